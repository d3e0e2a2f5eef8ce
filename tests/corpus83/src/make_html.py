"""Write src/mb02.html, mb04.html, mb09.html (printed to PDF) and docs/mb05.html, docs/mb10.html.
    python3 src/make_html.py
"""
import os
from html import escape as e
import data as D

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")

PRINT_CSS = """
@page { size: A4 landscape; margin: 14mm 12mm 16mm 12mm;
        @bottom-right { content: "Page " counter(page); font: 8pt Arial; } }
body { font: 10pt Arial, sans-serif; font-variant-ligatures: none; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt; }
th, td { border: 1px solid #555; padding: 4px 5px; vertical-align: top; text-align: left; }
th { background: #1f3864; color: #fff; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
.g { background: #c6efce; } .a { background: #ffeb9c; } .r { background: #ffc7ce; }
.band td { background: #e7e6e6; font-weight: bold; }
h1 { font-size: 15pt; } h2 { font-size: 12pt; margin-top: 14pt; }
.small { font-size: 8.5pt; color: #333; }
"""
RAGC = {"Green": "g", "Amber": "a", "Red": "r", "GREEN": "g", "AMBER": "a", "RED": "r"}


def page(title, body, css=PRINT_CSS):
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title>\n"
            "<style>%s</style></head>\n<body>\n%s\n</body></html>\n" % (e(title), css, body))


def write(path, text):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


# ------------------------------------------------------------ mb02 West Mercia (PDF)
def mb02():
    rows = []
    for area, text, upd, status in D.MB02_AFI:
        rows.append("<tr><td>PEEL 2021/22</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"
                    % (e(area), e(text), e(upd), e(status)))
    old = D.MB02_OLD
    rows.append("<tr><td>%s</td><td>Legitimacy (carried forward)</td><td>%s</td><td>%s</td><td>%s</td></tr>" % tuple(map(e, old)))
    cu = D.MB02_CUSTODY
    rows.append("<tr><td>%s</td><td>Custody</td><td>%s</td><td>%s</td><td>%s</td></tr>" % tuple(map(e, cu)))
    body = """
<p class="small">WEST MERCIA POLICE AND CRIME PANEL &nbsp;|&nbsp; 14 February 2023 &nbsp;|&nbsp; Agenda item 6</p>
<h1>HMICFRS inspection activity and the force&#8217;s progress</h1>
<p><b>Report of the Police and Crime Commissioner</b></p>
<h2>Purpose</h2>
<p>1. To update the Panel on His Majesty&#8217;s Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS)
reports that concern West Mercia Police, and on the progress made against the areas for improvement those reports contain.
The Panel last considered this subject in September 2022.</p>
<h2>Background</h2>
<p>2. The PEEL 2021/22 report on West Mercia was published in April 2022. Of the nine areas assessed, eight were graded.
Preventing crime was graded good. Treatment of the public, protecting vulnerable people, managing offenders and
developing a positive workplace were each graded adequate. Three areas &#8211; investigating crime, responding to the public
and good use of resources &#8211; were graded requires improvement.</p>
<p>3. Grades under the 2021/22 framework cannot be compared directly with those of the 2018/19 assessment, because the
methodology changed and a fifth grade, adequate, was introduced.</p>
<p>4. John Campion, the Police and Crime Commissioner, holds the Chief Constable, Pippa Mills, to account for this work at his
monthly assurance meetings. Wendy Williams, His Majesty&#8217;s Inspector of Constabulary, attended the December meeting.</p>
<p>5. The force shares a custody and justice collaboration agreement with Warwickshire Police; items that arise from joint
inspections are tracked by both forces.</p>
<h2>Progress</h2>
<p>6. Appendix 1 lists the open and recently closed items. Status is the force&#8217;s own assessment, reviewed by the
Commissioner&#8217;s office.</p>
<h2 style="break-before: page">Appendix 1 &#8211; Inspection tracker</h2>
<table>
<thead><tr><th style="width:11%">Source</th><th style="width:14%">Area</th><th style="width:30%">Area for improvement / recommendation</th><th>Force update</th><th style="width:11%">Status</th></tr></thead>
<tbody>
""" + "\n".join(rows) + """
</tbody></table>
<p class="small">Items from thematic and joint inspections are shown where the force has an action to complete. Custody
inspections are carried out jointly with HM Inspectorate of Prisons.</p>
"""
    write(os.path.join(HERE, "mb02.html"), page("West Mercia Police and Crime Panel – HMICFRS update", body))


# ------------------------------------------------------------ mb04 Cleveland (PDF)
def mb04():
    rows = ['<tr class="band"><td colspan="7">Cause of concern</td></tr>']
    for ref, area, text, upd, rag, own in D.MB04_COC:
        rows.append('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td class="%s">%s</td><td>%s</td><td>June 2020</td></tr>'
                    % (e(ref), e(area), e(text), e(upd), RAGC[rag], rag, e(own)))
    rows.append('<tr class="band"><td colspan="7">Recommendations arising from cause of concern 1</td></tr>')
    for ref, area, text, upd, rag, own in D.MB04_REC:
        rows.append('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td class="%s">%s</td><td>%s</td><td>March 2020</td></tr>'
                    % (e(ref), e(area), e(text), e(upd), RAGC[rag], rag, e(own)))
    rows.append('<tr class="band"><td colspan="7">Areas for improvement (selected)</td></tr>')
    for ref, area, text, upd, rag, own in D.MB04_AFI:
        rows.append('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td class="%s">%s</td><td>%s</td><td>2020/21</td></tr>'
                    % (e(ref), e(area), e(text), e(upd) or "&#8212;", RAGC[rag], rag, e(own)))
    body = """
<p class="small">CLEVELAND POLICE &#8211; OFFICIAL</p>
<h1>Force Improvement Plan: response to the HMICFRS PEEL 2018/19 assessment</h1>
<p>Progress report to the Police and Crime Commissioner&#8217;s Scrutiny, Delivery and Performance meeting, 24 March 2020</p>
<table style="width:60%">
<thead><tr><th colspan="2">PEEL 2018/19 &#8211; pillar judgements (published 27 September 2019)</th></tr></thead>
<tbody>
<tr><td>Effectiveness</td><td class="r">Inadequate</td></tr>
<tr><td>Efficiency</td><td class="r">Inadequate</td></tr>
<tr><td>Legitimacy</td><td class="r">Inadequate</td></tr>
</tbody></table>
<p>HMICFRS judged the force inadequate at protecting vulnerable people and found that the force requires improvement in
how it investigates crime. It was placed in the Inspectorate&#8217;s enhanced monitoring process (Engage) in 2019.</p>
<p>Barry Coppinger, Police and Crime Commissioner for Cleveland, has asked for a monthly update. Chief Constable Richard Lewis,
who took up post in 2019, is the senior responsible owner for the plan. Matt Parr, HM Inspector of Constabulary, reviewed
progress with the chief officer team in February 2020.</p>
<p>RAG key: Green &#8211; complete or on track; Amber &#8211; some slippage; Red &#8211; off track or not yet started.</p>
<table>
<thead>
<tr><th rowspan="2" style="width:6%">Ref</th><th rowspan="2" style="width:12%">Theme</th><th rowspan="2" style="width:28%">HMICFRS finding</th><th colspan="2">Position at March 2020</th><th rowspan="2">Owner</th><th rowspan="2">Target</th></tr>
<tr><th>Update</th><th>RAG</th></tr>
</thead>
<tbody>
""" + "\n".join(rows) + """
</tbody></table>
<p class="small">Durham Constabulary has provided peer support on vulnerability. A further improvement plan covering the
remaining areas for improvement is held by the Force Improvement Board.</p>
"""
    write(os.path.join(HERE, "mb04.html"), page("Cleveland Police – Force Improvement Plan", body))


# ------------------------------------------------------------ mb09 Gwent (PDF)
def mb09():
    rows = []
    for ref, area, text, upd, rag, status in D.MB09_ITEMS:
        u = "".join("<p>%s</p>" % e(p) for p in upd) if upd else "<p>No update submitted for this period.</p>"
        rows.append('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td class="%s">%s</td><td>%s</td></tr>'
                    % (e(ref), e(area), e(text), u, RAGC[rag], rag, e(status)))
    body = """
<p class="small">Office of the Police and Crime Commissioner for Gwent / Swyddfa Comisiynydd Heddlu a Throseddu Gwent</p>
<h1>Strategy and Performance Board &#8211; HMICFRS recommendations tracker</h1>
<p>Meeting of 10 December 2024. Presented by the Head of Strategic Planning, Gwent Police.</p>
<p>The PEEL 2023&#8211;25 report on Gwent Police was published in August 2024. HMICFRS graded police powers and public
treatment as good, which matches the good grade the force received for the treatment of the public in 2021/22.
Investigating crime was graded requires improvement, protecting vulnerable people was graded adequate and
leadership and force management was graded adequate.</p>
<p>Jane Mudd, Police and Crime Commissioner for Gwent, scrutinises progress at this Board. The Chief Constable, Mark Hobrough,
attended for this item. Joint firearms and forensic services with South Wales Police and Dyfed-Powys Police are outside the
scope of this tracker.</p>
<table>
<thead>
<tr><th rowspan="2" style="width:6%">Ref</th><th rowspan="2" style="width:13%">Area</th><th rowspan="2" style="width:27%">Area for improvement</th><th colspan="3">Force position</th></tr>
<tr><th>Update</th><th style="width:7%">RAG</th><th style="width:12%">Status</th></tr>
</thead>
<tbody>
""" + "\n".join(rows) + """
</tbody></table>
<p class="small">The report contained no causes of concern and no recommendations. The RAG rating reflects delivery against the
force action plan; it is not an inspection grade.</p>
"""
    write(os.path.join(HERE, "mb09.html"), page("Gwent – HMICFRS recommendations tracker", body))


WEB_CSS = """
body { font-family: Verdana, sans-serif; font-size: 13px; margin: 0; }
header, nav, footer { background: #14213d; color: #fff; padding: 8px 16px; }
nav a, footer a { color: #fca311; margin-right: 12px; }
main { padding: 12px 20px; max-width: 1100px; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 5px; vertical-align: top; }
th { background: #e5e5e5; }
.GREEN { background: #c6efce; } .AMBER { background: #ffeb9c; } .RED { background: #ffc7ce; }
"""


# ------------------------------------------------------------ mb05 City of London (HTML)
def mb05():
    rows = []
    for ref, area, text, upd, rag in D.MB05_AFI:
        rows.append('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td class="%s">%s</td></tr>'
                    % (e(ref), e(area), e(text), e(upd), rag, rag))
    ref, text, upd, rag = D.MB05_REC_AF
    rows.append('<tr><td>%s</td><td>National fraud inspection</td><td>%s</td><td>%s</td><td class="%s">%s</td></tr>'
                % (e(ref), e(text), e(upd), rag, rag))
    body = """
<header>City of London Corporation &#8211; Committee details</header>
<nav><a href="#">Home</a><a href="#">Committees</a><a href="#">Meetings</a><a href="#">Agenda item</a></nav>
<main>
<h1>Agenda item</h1>
<h2>HMICFRS Inspection Update</h2>
<p><b>Report of the Commissioner of Police.</b></p>
<h3>Minutes:</h3>
<p>The Committee received a report of the Commissioner of Police, Angela McLaren, which updated Members on the force&#8217;s
progress against HMICFRS inspection findings.</p>
<p>The Head of Strategic Development explained that 21 items were now GREEN, 6 AMBER and 3 RED. A Member asked for closure
dates for every open item; the Head of Strategic Development agreed to provide them.</p>
<p>In its PEEL 2021/22 report the Inspectorate had graded the City of London Police good at responding to the public and
good at managing offenders and suspects; adequate for the treatment of the public, investigating crime, protecting
vulnerable people and building a positive workplace; and requires improvement for preventing crime and anti-social behaviour
and for strategic planning, organisational management and value for money. A Member observed that the Metropolitan Police
Service had been placed in enhanced monitoring, and asked whether the force&#8217;s own position was at risk; the
Commissioner said it was not.</p>
<p>RESOLVED, that &#8211; the report be noted.</p>
<h3>Supporting documents:</h3>
<p>Appendix A &#8211; extract from the inspection action log</p>
<table>
<thead><tr><th>Ref</th><th>Area</th><th>Finding</th><th>Latest position</th><th>RAG</th></tr></thead>
<tbody>
""" + "\n".join(rows) + """
</tbody></table>
</main>
<footer>&#169; City of London Corporation &#183; <a href="#">Accessibility</a> <a href="#">Privacy</a></footer>
"""
    write(os.path.join(DOCS, "mb05.html"), page("Agenda item - HMICFRS Inspection Update", body, WEB_CSS))


# ------------------------------------------------------------ mb10 Lincolnshire (HTML)
def mb10():
    def rows(items):
        out = []
        for text, upd in items:
            out.append("<tr><td>%s</td><td>%s</td><td>%s</td></tr>"
                       % (e(text), e(upd) if upd else "<em>Awaiting update from the force</em>",
                          "Closed" if upd else "Open"))
        return "\n".join(out)
    body = """
<header>Lincolnshire Police and Crime Commissioner</header>
<nav><a href="#">Home</a><a href="#">Holding the force to account</a><a href="#">HMIC inspections</a></nav>
<main>
<h1>HMIC PEEL inspections: progress against areas for improvement</h1>
<p><i>Last updated 3 March 2017</i></p>
<p>Marc Jones, Lincolnshire&#8217;s Police and Crime Commissioner, publishes the force&#8217;s progress against each area
for improvement that HMIC identifies. The Chief Constable, Neil Rhodes, provides the updates below.</p>
<p>HMIC grades forces on a four-point scale: outstanding, good, requires improvement or inadequate.</p>
<h2>PEEL: Police efficiency 2015</h2>
<p>Lincolnshire Police was judged to be good at efficiency. HMIC noted the force&#8217;s strategic partnership with G4S and
its collaboration with Leicestershire Police, Nottinghamshire Police and Northamptonshire Police through the East Midlands
region.</p>
<table>
<thead><tr><th>Area for improvement</th><th>Force update</th><th>Status</th></tr></thead>
<tbody>
""" + rows(D.MB10_2015) + """
</tbody></table>
<h2>PEEL: Police effectiveness 2016</h2>
<p>The force was graded as requires improvement for effectiveness, published March 2017.</p>
<table>
<thead><tr><th>Area for improvement</th><th>Force update</th><th>Status</th></tr></thead>
<tbody>
""" + rows(D.MB10_2016) + """
</tbody></table>
</main>
<footer>Office of the Police and Crime Commissioner for Lincolnshire &#183; Deepdale Lane, Nettleham</footer>
"""
    write(os.path.join(DOCS, "mb10.html"), page("HMIC PEEL inspections - Lincolnshire PCC", body, WEB_CSS))


if __name__ == "__main__":
    mb02(); mb04(); mb09(); mb05(); mb10()
    print("html written")
