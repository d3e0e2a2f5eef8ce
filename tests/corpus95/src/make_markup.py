"""Write docs/mo04.md, docs/mo05.html, docs/mo06.html and src/mo09.html, src/mo10.html."""
import os
from data import *

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
CODE = {O: "O", G: "G", RI: "RI", I: "I", A: "A", None: "–"}
SHORT = {PPT: "PPT", PREV: "PREV", RESP: "RESP", INV: "INV", PVP: "PVP", MOS: "MOS", WORK: "WORK", LFM: "LFM"}
LONG = {PPT: "Police powers and public treatment", PREV: "Preventing crime", RESP: "Responding to the public",
        INV: "Investigating crime", PVP: "Protecting vulnerable people", MOS: "Managing offenders",
        WORK: "Building, supporting and protecting the workforce", LFM: "Leadership and force management"}


def w(name, text, folder=DOCS):
    open(os.path.join(folder, name), "w", encoding="utf-8", newline="\n").write(text)


def mo04():
    rows = []
    for f in ["Derbyshire Constabulary", "Lincolnshire Police", "Nottinghamshire Police"]:
        rows.append("| %s | 2023-25 | %s |" % (f, " | ".join(CODE[P2325[f][a]] for a in AREAS2325)))
    rows.append("| Leicestershire Police | 2023-25 | | | | | | | | |")
    dictionary = "\n".join("| `%s` | %s |" % (SHORT[a], LONG[a]) for a in AREAS2325)
    w("mo04.md", """# peel-grades-em

Hand-transcribed PEEL grades for the East Midlands police forces, kept for a
comparative study of inspection outcomes. The files in `data/` are plain CSV, one row
per force and cycle. Grades are copied from the published HMICFRS force reports, not
from any official machine-readable release, so treat them as a secondary source and
check the report before citing a grade.

## Coverage

- `data/peel_2325.csv`: PEEL 2023-25, one column per graded area (this README shows it).
- `data/peel_2122.csv`: PEEL 2021/22, same layout but the older area names.
- Northamptonshire Police is kept in a separate repository with the rest of the
  East Midlands Special Operations Unit material and is not included here.

## Sample: `data/peel_2325.csv`

| force | cycle | PPT | PREV | RESP | INV | PVP | MOS | WORK | LFM |
|---|---|---|---|---|---|---|---|---|---|
%s

Empty cells: report not yet published when the file was last updated (Leicestershire).
A dash means the area was inspected but not graded.

### Grade codes

`O` outstanding, `G` good, `A` adequate, `RI` requires improvement, `I` inadequate.

### Column dictionary

| column | area as named in the report |
|---|---|
%s

Service to victims of crime is described in every report but never graded, so it has
no column. Crime data integrity was graded for some forces only and is left out of this
file for now (see issue #4).

## Changelog

- 2025-03-14: added Lincolnshire after its report came out.
- 2024-11-02: first commit, Derbyshire and Nottinghamshire.

## Licence

Data: Open Government Licence v3.0 (source material). Code: MIT.
""" % ("\n".join(rows), dictionary))


def mo05():
    tr = []
    for f, eff, effic, leg in MO05:
        tr.append("      <tr><th scope=\"row\">%s</th><td>%s</td><td>%s</td><td>%s</td><td>Ungraded</td></tr>"
                  % (f, eff, effic, leg))
    w("mo05.html", """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>PEEL 2015 &ndash; accessible grades table &ndash; HMICFRS</title>
<style>
body{font-family:Arial,sans-serif;margin:0}
header{background:#003a69;color:#fff;padding:10px 24px}
main{padding:16px 24px;max-width:980px}
table{border-collapse:collapse;margin:12px 0}
th,td{border:1px solid #b1b4b6;padding:6px 10px;text-align:left}
thead th{background:#f3f2f1}
tr.region th{background:#dde7f0;font-weight:bold}
.key span{display:inline-block;margin-right:14px}
</style>
</head>
<body>
<header>
  <div>His Majesty&rsquo;s Inspectorate of Constabulary and Fire &amp; Rescue Services</div>
  <nav><a href="#" style="color:#fff">Home</a> &rsaquo; <a href="#" style="color:#fff">PEEL assessments</a> &rsaquo; PEEL 2015</nav>
</header>
<main>
<h1>PEEL 2015: accessible grades table</h1>
<p>This is an overview of the grades that forces in the Eastern region received for PEEL 2015.
The overview for all 43 forces can be shown as a wheel, a map or this table. Use the
filters to change the region or to show the question grades instead of the pillar grades.</p>
<p>PEEL 2015 was carried out by HMIC. The inspectorate was renamed in July 2017, when it took
on the inspection of fire and rescue services; the grades below were not changed.</p>
<form><label>View <select><option>Table</option><option>Wheel</option></select></label>
<label>Data <select><option selected>Pillar</option><option>Question</option></select></label>
<label>Group by region <select><option>On</option><option>Off</option></select></label></form>
<table>
  <caption>Pillar grades, PEEL 2015, Eastern region</caption>
  <thead>
    <tr><th rowspan="2" scope="col">Force</th><th colspan="4" scope="colgroup">Pillar</th></tr>
    <tr><th scope="col">Effectiveness</th><th scope="col">Efficiency</th><th scope="col">Legitimacy</th><th scope="col">Leadership</th></tr>
  </thead>
  <tbody>
    <tr class="region"><th colspan="5">Eastern</th></tr>
%s
  </tbody>
</table>
<div class="key"><strong>Key</strong>
<span>Outstanding</span><span>Good</span><span>Requires improvement</span><span>Inadequate</span><span>Ungraded</span></div>
<p>Leadership was assessed in 2015 for the first time but was not graded. Efficiency grades
were published in October 2015, effectiveness and legitimacy grades in February 2016.</p>
<p><a href="#">Download this table (CSV)</a></p>
</main>
<footer style="padding:12px 24px;font-size:0.8em">&copy; Crown copyright. All content is available under the Open Government Licence v3.0.</footer>
</body>
</html>
""" % "\n".join(tr))


def mo06():
    def row(cells, cls="xl66"):
        return "  <tr height=40>\n" + "".join("   <td class=%s>%s</td>\n" % (cls, c) for c in cells) + "  </tr>\n"
    br = "<br style='mso-data-placement:same-cell'>"
    rows = [
        ["CoC1", "Cause of concern", "Effectiveness &#8211; protecting vulnerable people",
         "The force is not consistently identifying vulnerable people when they first contact it," + br +
         "and too many incidents involving vulnerable victims are not attended within the times it has set.",
         "DCC Moss", "Amber",
         "Vulnerability screening added to the contact centre script in January 2020. Attendance times reported monthly to the PCC&#8217;s Holding to Account meeting."],
        ["R1.1", "Recommendation", "Effectiveness &#8211; protecting vulnerable people",
         "Within three months, the force should review how its control room assesses risk at the first point of contact, so that calls involving vulnerable people are given the right priority.",
         "ACC Local Policing", "Green", "Review complete (December 2019). THRIVE refresher training delivered to all call handlers."],
        ["R1.2", "Recommendation", "Effectiveness &#8211; protecting vulnerable people",
         "Within six months, the force should make sure that it has enough officers available to attend incidents involving vulnerable victims within the times it sets itself.",
         "ACC Local Policing", "Amber", "Demand and resourcing review under way; affected by the end of the alliance with Warwickshire Police in October 2019."],
        ["AFI1", "Area for improvement", "Effectiveness &#8211; investigating crime",
         "The force should improve the supervision of investigations so that lines of enquiry are followed up promptly and victims are kept up to date.",
         "Head of Crime", "Amber", "Supervisor review template launched. Dip sample due May 2020."],
        ["AFI2", "Area for improvement", "Efficiency &#8211; planning for the future",
         "The force should develop a fuller understanding of the skills of its workforce, including police staff and volunteers, so that it can plan for future needs.",
         "Director of People", "Green", "Skills audit completed for officers; police staff and volunteers to follow."],
        ["AFI3", "Area for improvement", "Legitimacy &#8211; ethical and lawful workforce",
         "The force should make sure that all its officers and staff hold the level of vetting their posts require, and should clear its backlog of vetting renewals.",
         "Head of PSD", "Red", ""],
        ["AFI4", "Area for improvement", "Legitimacy &#8211; fair treatment of the workforce",
         "The force should put in place a fair process to identify officers and staff who show potential, and should support their development.",
         "Director of People", "Amber", "Talent scheme designed; first cohort to be selected in June 2020."],
    ]
    body = "".join(row(r) for r in rows)
    w("mo06.html", """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<title>PEEL tracker</title>
<style>
<!--table {mso-displayed-decimal-separator:"\\.";}
.xl65 {font-weight:700;font-family:Arial;font-size:10.0pt;background:#1F3864;color:white;border:.5pt solid windowtext;white-space:normal;}
.xl66 {font-family:Arial;font-size:10.0pt;vertical-align:top;border:.5pt solid windowtext;white-space:normal;}
.xl67 {font-weight:700;font-family:Arial;font-size:12.0pt;}
.xl68 {font-family:Arial;font-size:10.0pt;}
-->
</style>
<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>PEEL 2018-19</x:Name>
 <x:WorksheetOptions><x:FreezePanes/><x:SplitHorizontal>5</x:SplitHorizontal></x:WorksheetOptions>
 </x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook>
</xml><![endif]-->
</head>
<body link="#0563C1" vlink="#954F72">
<table border=0 cellpadding=0 cellspacing=0 width=1480 style='border-collapse:collapse;table-layout:fixed;width:1110pt'>
 <col width=60><col width=130><col width=200><col width=480><col width=120><col width=70><col width=420>
 <tr height=24>
  <td colspan=7 class=xl67>West Mercia Police &#8211; HMICFRS PEEL 2018/19 &#8211; causes of concern, recommendations and areas for improvement</td>
 </tr>
 <tr height=20>
  <td colspan=7 class=xl68>Tracker owner: Deputy Chief Constable Julian Moss. Reviewed quarterly by Police and Crime Commissioner Gareth Holloway and Chief Constable Fiona Marlowe. Last updated 31/03/2020.</td>
 </tr>
 <tr height=20>
  <td colspan=2 class=xl68>Pillar judgments (report published 2 May 2019):</td>
  <td class=xl68>Effectiveness: Requires improvement</td>
  <td class=xl68>Efficiency: Good</td>
  <td colspan=3 class=xl68>Legitimacy: Good</td>
 </tr>
 <tr height=20><td colspan=7 class=xl68></td></tr>
 <tr height=20>
  <td class=xl65>Ref</td><td class=xl65>Type</td><td class=xl65>Pillar / question</td><td class=xl65>Description (as worded by HMICFRS)</td><td class=xl65>Lead</td><td class=xl65>RAG</td><td class=xl65>Update (Q4 2019/20)</td>
 </tr>
%s <tr height=20>
  <td colspan=7 class=xl68>RAG: Green = complete or on track; Amber = some slippage; Red = not started or off track. Blank update = not received by the deadline.</td>
 </tr>
</table>
</body>
</html>
""" % body)


def mo09():
    rows = []
    for f, years in MO09.items():
        first = True
        for y, (eff, effic, leg) in years.items():
            comment = ""
            if f == "Avon and Somerset Constabulary" and y == "2017":
                comment = "Legitimacy outstanding &ndash; only force in region"
            if f == "Gloucestershire Constabulary" and y == "2016":
                comment = "Two pillars RI; efficiency plan agreed with OPCC"
            cell = "<td rowspan=\"2\">%s</td>" % f if first else ""
            rows.append("<tr>%s<td>%s</td><td>%s</td><td>%s</td><td>%s</td><td class=\"c\">%s</td></tr>"
                        % (cell, y, eff, effic, leg, comment))
            first = False
    w("mo09.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>SW_PEEL</title>
<style>
@page { size: A4 landscape; margin: 14mm;
  @top-left { content: "SW_PEEL"; font: 9pt Calibri, Arial, sans-serif; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt Calibri, Arial, sans-serif; } }
body { font: 10pt Calibri, Arial, sans-serif; font-variant-ligatures: none; }
table { border-collapse: collapse; }
td, th { border: 0.5pt solid #999; padding: 2pt 5pt; vertical-align: bottom; }
th { background: #D9E1F2; font-weight: bold; }
td.c { width: 220pt; }
.t { font-size: 12pt; font-weight: bold; border: none; }
</style></head><body>
<table>
<tr><td class="t" colspan="6" style="border:none">South West region &ndash; PEEL pillar judgments 2016 and 2017</td></tr>
<tr><td colspan="6" style="border:none">Prepared for Police and Crime Commissioner Edwin Tarrant by the performance team, Office of the PCC for Wiltshire and Swindon</td></tr>
<tr><th rowspan="2">Force</th><th rowspan="2">PEEL year</th><th colspan="3">Pillar judgment</th><th rowspan="2">Comment</th></tr>
<tr><th>Effectiveness</th><th>Efficiency</th><th>Legitimacy</th></tr>
%s
<tr><td colspan="6" style="border:none">&nbsp;</td></tr>
<tr><td colspan="6" style="border:none">Notes: 2016 judgments were made by HMIC; 2017 judgments by HMICFRS (HMIC took on fire and rescue services in July 2017). Leadership was not graded in either year.</td></tr>
<tr><td colspan="6" style="border:none">Dorset Police is not shown: its figures are reported with the Devon and Cornwall strategic alliance papers.</td></tr>
<tr><td colspan="6" style="border:none">Possible judgments: Outstanding, Good, Requires improvement, Inadequate.</td></tr>
</table>
</body></html>
""" % "\n".join(rows), HERE)


def mo10():
    counts = {PPT: (0, 9, 14, 6, 1), PREV: (4, 18, 6, 2, 0), RESP: (1, 7, 12, 9, 1), INV: (0, 5, 13, 11, 1),
              PVP: (0, 8, 15, 7, 0), MOS: (3, 14, 10, 3, 0), WORK: (1, 15, 11, 3, 0), LFM: (0, 10, 14, 5, 1)}
    t1 = "\n".join("<tr><td>%s</td>%s</tr>" % (LONG[a], "".join("<td class=\"n\">%d</td>" % c for c in counts[a]))
                   for a in AREAS2325)
    t2 = []
    for f in ["Cheshire Constabulary", "Cumbria Constabulary", "Merseyside Police"]:
        t2.append("<tr><td>%s</td><td>%s</td>%s</tr>" % (
            f, {"Cheshire Constabulary": "12/11/2024", "Cumbria Constabulary": "28/01/2025",
                "Merseyside Police": "05/03/2025"}[f],
            "".join("<td>%s</td>" % P2325[f][a] for a in AREAS2325)))
    t2.append("<tr><td>Lancashire Constabulary</td><td>&ndash;</td><td colspan=\"8\">Report not yet published</td></tr>")
    hdr = "".join("<th>%s</th>" % LONG[a] for a in AREAS2325)
    w("mo10.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>PEEL 2023-25 data tables</title>
<style>
@page { size: A4 landscape; margin: 12mm;
  @top-left { content: "PEEL 2023–25 data tables – Tables 1 and 2"; font: 8pt Arial, sans-serif; }
  @bottom-right { content: "Page " counter(page); font: 8pt Arial, sans-serif; } }
body { font: 9pt Arial, sans-serif; font-variant-ligatures: none; }
table { border-collapse: collapse; margin-bottom: 10pt; }
td, th { border: 0.5pt solid #808080; padding: 2pt 4pt; }
th { background: #E7E6E6; width: 70pt; font-weight: bold; }
td.n { text-align: right; }
h1 { font-size: 12pt; } h2 { font-size: 10pt; margin: 8pt 0 3pt; }
</style></head><body>
<h1>HMICFRS &ndash; PEEL 2023&ndash;25: data tables (North West forces extract)</h1>
<p>Published alongside the force reports. Figures for Table 1 cover all reports published to 31 March 2025. This extract does not include fire and rescue service inspections.</p>
<h2>Table 1: Number of forces by grade and area</h2>
<table>
<tr><th>Area</th><th>Outstanding</th><th>Good</th><th>Adequate</th><th>Requires improvement</th><th>Inadequate</th></tr>
%s
</table>
<h2>Table 2: Grades by force, North West region</h2>
<table>
<tr><th>Force</th><th>Report published</th>%s</tr>
%s
</table>
<p>Notes: (1) Providing a service to victims of crime is not graded. (2) Crime data integrity is graded only where it was inspected and is not shown here. (3) Disrupting serious organised crime is reported separately by region.</p>
</body></html>
""" % (t1, hdr, "\n".join(t2)), HERE)


if __name__ == "__main__":
    mo04(); mo05(); mo06(); mo09(); mo10()
