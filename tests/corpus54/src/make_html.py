"""Write src/ky06.html, src/ky07.html, src/ky08.html (printed to PDF by build.sh) and the
plain documents docs/ky09.html and docs/ky10.txt (cp1252, CRLF). Standard library only."""
import os
from facts import *

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
N = "\u2013"
AP = "\u2019"


def w(path, text, enc="utf-8", newline="\n"):
    with open(path, "w", encoding=enc, newline=newline) as fh:
        fh.write(text)


def gcls(g):
    return g.lower().replace(" ", "-")

# ====================================================================== ky06 North Wales (HMICFRS-style PDF)
BLURB = {
    PPT: "The force uses its powers fairly. Its scrutiny panels include young people, and it acts on what they tell it about stop and search.",
    PREV: "Neighbourhood teams and the rural crime team work closely with communities and partners to solve problems before they escalate. The force evaluates what works and shares it.",
    RESP: "The force answers emergency calls quickly and assesses risk consistently using a structured model. It mostly attends incidents within its target times.",
    INV: "Investigations are well supervised and victims are kept informed. The force needs to reduce the time taken to examine seized digital devices.",
    PVP: "The force understands the nature of vulnerability in its area, but it does not always record the voice of the child or act quickly enough to protect victims of domestic abuse.",
    MOS: "The force manages registered sex offenders effectively and uses its integrated offender management scheme well.",
    WORK: "The force supports the wellbeing of its workforce and has a clear plan to improve the diversity of its officers and staff.",
    LFM: "Leaders understand demand and have a realistic medium-term financial plan. The force works well with Welsh partners.",
}


def ky06():
    css = """
@page { size: A4; margin: 0; }
@page land { size: A4 landscape; margin: 0; }
body { margin: 0; font-family: Arial, Helvetica, sans-serif; font-size: 10.5pt; color: #111;
       font-variant-ligatures: none; }
.page { width: 210mm; height: 296mm; position: relative; box-sizing: border-box; padding: 22mm 20mm 26mm 20mm;
        break-after: page; overflow: hidden; }
.page.land { page: land; width: 297mm; height: 209mm; }
.rh { position: absolute; top: 9mm; left: 20mm; right: 20mm; font-size: 8pt; color: #555;
      border-bottom: 0.5pt solid #999; padding-bottom: 1mm; }
.rf { position: absolute; bottom: 9mm; left: 20mm; right: 20mm; font-size: 8pt; color: #555; text-align: right; }
.fn { position: absolute; bottom: 16mm; left: 20mm; right: 20mm; font-size: 8pt; border-top: 0.5pt solid #333;
      padding-top: 1mm; width: 60mm; }
.fn p { width: 160mm; margin: 0 0 1mm 0; }
h1 { font-size: 20pt; color: #1f3864; } h2 { font-size: 14pt; color: #1f3864; margin-top: 8mm; }
h3 { font-size: 11.5pt; color: #1f3864; }
.toc div { display: flex; margin: 1.5mm 0; } .toc .lead { flex: 1; border-bottom: 1pt dotted #333; margin: 0 2mm 1mm 2mm; }
.toc .l2 { padding-left: 8mm; }
table { border-collapse: collapse; width: 100%; } th, td { border: 0.5pt solid #777; padding: 1.5mm; vertical-align: top; text-align: left; }
th { background: #1f3864; color: #fff; } .caption { font-weight: bold; margin: 3mm 0 1mm 0; }
.afi { border-left: 3pt solid #1f3864; padding-left: 3mm; margin: 2mm 0; }
.box { border: 0.75pt solid #1f3864; background: #eef3fa; padding: 3mm; margin: 3mm 0; }
"""
    def page(n, body, fns=None, land=False):
        f = ""
        if fns:
            f = '<div class="fn">' + "".join("<p><sup>%d</sup> %s</p>" % x for x in fns) + "</div>"
        return ('<div class="page%s"><div class="rh">PEEL 2023%s25 Police effectiveness, efficiency and legitimacy %s '
                'An inspection of North Wales Police</div>%s%s<div class="rf">%d</div></div>\n'
                % (" land" if land else "", N, N, body, f, n))

    rows = [(k, GRADES[NW][k], BLURB[k]) for k in KEYS]
    def trs(rs):
        return "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (AREA[k], g, b) for k, g, b in rs)
    head = "<thead><tr><th style='width:38%'>Area</th><th style='width:16%'>Grade</th><th>Summary</th></tr></thead>"
    toc_e = [("1", "Overall summary", 2, 1), ("1.1", "Our judgements", 2, 2), ("1.2", "HM Inspector" + AP + "s observations", 3, 2),
             ("2", "Areas for improvement", 3, 1), ("2.1", "Protecting vulnerable people", 3, 2),
             ("2.2", "Investigating crime", 4, 2), ("", "Appendix A: Contact data", 5, 1)]
    toc_html = "".join('<div class="%s"><span>%s %s</span><span class="lead"></span><span>%d</span></div>'
                       % ("l2" if lvl == 2 else "", num, t, p) for num, t, p, lvl in toc_e)
    p1 = ("<p style='font-size:9pt;color:#555'>His Majesty" + AP + "s Inspectorate of Constabulary and Fire &amp; Rescue Services</p>"
          "<h1>PEEL 2023" + N + "25<br>Police effectiveness, efficiency and legitimacy</h1>"
          "<p style='font-size:14pt'>An inspection of North Wales Police (Heddlu Gogledd Cymru)</p>"
          "<p>Published: 3 June 2025. Also available in Welsh.</p>"
          "<h2>Contents</h2><div class='toc'>" + toc_html + "</div>")
    p2 = ("<h2>1 Overall summary</h2><h3>1.1 Our judgements</h3>"
          "<p>Our inspection assessed how good North Wales Police is in nine areas of policing. We make graded judgements in eight of these "
          "areas. We grade on a five-point scale: outstanding, good, adequate, requires improvement or inadequate.<sup>1</sup> We don" + AP +
          "t grade how well a force provides a service to victims of crime.</p>"
          "<p class='caption'>Table 1: Graded judgements, North Wales Police</p><table>" + head + "<tbody>" + trs(rows[:5]) + "</tbody></table>")
    p3 = ("<p class='caption'>Table 1 (continued)</p><table>" + head + "<tbody>" + trs(rows[5:]) + "</tbody></table>"
          "<h3>1.2 HM Inspector" + AP + "s observations</h3>"
          "<p>I am pleased with the performance of North Wales Police in keeping people safe and reducing crime. The force" + AP + "s work to prevent "
          "crime is outstanding and an example to others; we have shared it nationally as innovative practice.<sup>2</sup></p>"
          "<p>My report sets out the few areas in which the force needs to improve.</p>"
          "<p><b>Cressida Hollinrake</b><br>His Majesty" + AP + "s Inspector of Constabulary</p>"
          "<h2>2 Areas for improvement</h2><h3>2.1 Protecting vulnerable people</h3>"
          "<p>Area for improvement 1</p><p class='afi'>" + NW_AFI[0][1] + "</p>")
    p4 = ("<p>Area for improvement 2</p><p class='afi'>" + NW_AFI[1][1] + "</p>"
          "<p>Domestic violence protection orders give victims breathing space. In 14 of the 32 cases we reviewed, the application was made "
          "more than 48 hours after the arrest.</p>"
          "<h3>2.2 Investigating crime</h3><p>Area for improvement 3</p><p class='afi'>" + NW_AFI[2][1] + "</p>"
          "<div class='box'><b>Good practice in an adequate area</b><br>The force" + AP + "s safeguarding hub in Wrexham shares information with "
          "health visitors on the same day. We have not made any recommendations or identified any causes of concern.</div>"
          "<p>We recommended in our 2024 national child protection report that all chief constables should review how "
          "they record the voice of the child. That is a national recommendation, not one for this force alone.</p>")
    p5 = ("<h2>Appendix A: Contact data</h2><p class='caption'>Figure A1: Emergency and non-emergency calls, North Wales Police, 12 months to March 2025</p>"
          "<table><thead><tr><th>Quarter</th><th>999 calls</th><th>Answered in 10 seconds</th><th>101 calls</th><th>Abandoned (101)</th>"
          "<th>Online reports</th></tr></thead><tbody>"
          "<tr><td>Apr" + N + "Jun 2024</td><td>28,410</td><td>93.1%</td><td>61,220</td><td>7.4%</td><td>9,870</td></tr>"
          "<tr><td>Jul" + N + "Sep 2024</td><td>31,905</td><td>91.8%</td><td>64,010</td><td>8.2%</td><td>10,115</td></tr>"
          "<tr><td>Oct" + N + "Dec 2024</td><td>26,744</td><td>94.0%</td><td>57,388</td><td>6.1%</td><td>9,402</td></tr>"
          "<tr><td>Jan" + N + "Mar 2025</td><td>25,990</td><td>94.6%</td><td>55,041</td><td>5.9%</td><td>9,950</td></tr>"
          "</tbody></table><p>Source: force data, not verified by HMICFRS. The England and Wales figure for 999 calls answered within "
          "10 seconds was 86.4 percent.</p>")
    html = ("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>PEEL 2023-25 North Wales Police</title><style>" + css +
            "</style></head><body>" + page(1, p1) +
            page(2, p2, [(1, "The grading scale is explained on our website, with the characteristics of good for each area.")]) +
            page(3, p3, [(2, "Innovative practice is not a grade. Examples are published in our Police effectiveness library.")]) +
            page(4, p4) + page(5, p5, land=True) + "</body></html>\n")
    w(os.path.join(HERE, "ky06.html"), html)


# ====================================================================== ky07 Dorset PCC response (flowing PDF)
def ky07():
    resp = [
        "The Chief Constable tells me that a new investigation standards team began work in April 2025. It reviews a random sample of "
        "200 crimes each month and reports compliance with the plan-and-review standard to the Performance Board. Compliance rose from "
        "64 per cent in April to 81 per cent in August. I will continue to monitor this closely through my Quarterly Accountability "
        "Meeting and will ask for the figure to be published on my website.",
        "Operation Castle, the force" + AP + "s neighbourhood-led burglary operation, has been refreshed. The force reports that the "
        "proportion of residential burglaries with an identified suspect rose by six percentage points between January and July. "
        "Shoplifting remains a concern for rural retailers and I have asked for a breakdown by district.",
        "The force has no update on this area for improvement at the time of writing; I have asked the Chief Constable for a "
        "written position before the Panel meets.",
        "A workforce skills audit is under way and will feed into the 2026/27 workforce plan and the medium-term financial strategy. "
        "My office is represented on the project board.",
    ]
    rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td></tr>" % (k, t, r) for k, ((q, t), r) in enumerate(zip(DOR_AFI, resp), 1))
    css = """
@page { size: A4; margin: 22mm 20mm 22mm 20mm;
  @top-left { content: "Dorset Police and Crime Commissioner"; font: 8pt Arial; color: #555; }
  @top-right { content: "Response to HMICFRS PEEL 2023\\2013 25"; font: 8pt Arial; color: #555; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt Arial; color: #555; } }
body { font-family: Calibri, Arial, sans-serif; font-size: 11pt; font-variant-ligatures: none; line-height: 1.35; }
h1 { font-size: 18pt; color: #2e5597; } h2 { font-size: 13pt; color: #2e5597; } h3 { font-size: 11.5pt; color: #2e5597; }
table { border-collapse: collapse; width: 100%; } th, td { border: 0.5pt solid #000; padding: 4pt; vertical-align: top; text-align: left; }
thead { display: table-header-group; } tr { break-inside: avoid; } th { background: #d9e2f3; }
.toc div { display: flex; } .toc .lead { flex: 1; border-bottom: 1pt dotted #000; margin: 0 3pt 4pt 3pt; }
.fnote { font-size: 8.5pt; border-top: 0.5pt solid #000; margin-top: 10mm; padding-top: 2mm; width: 60mm; white-space: nowrap; }
"""
    body = (
        "<h1>Police and Crime Commissioner" + AP + "s response to the HMICFRS PEEL 2023" + N + "25 inspection of Dorset Police</h1>"
        "<p>Published under section 55 of the Police Act 1996 on 11 April 2025.</p>"
        "<div class='toc'><div><span>1 Introduction</span><span class='lead'></span><span>1</span></div>"
        "<div><span>2 The inspection findings</span><span class='lead'></span><span>1</span></div>"
        "<div><span>&nbsp;&nbsp;&nbsp;2.1 Grades</span><span class='lead'></span><span>1</span></div>"
        "<div><span>&nbsp;&nbsp;&nbsp;2.2 Comparison with 2021/22</span><span class='lead'></span><span>2</span></div>"
        "<div><span>3 Areas for improvement and responses</span><span class='lead'></span><span>2</span></div>"
        "<div><span>4 Conclusion</span><span class='lead'></span><span>3</span></div></div>"
        "<h2>1 Introduction</h2>"
        "<p>As the Police and Crime Commissioner for Dorset, I must publish comments on any report of His Majesty" + AP + "s Inspectorate of "
        "Constabulary and Fire &amp; Rescue Services (HMICFRS) that concerns Dorset Police. I have asked the Chief Constable, Alistair "
        "Fenwick-Oduya, for his response and I summarise it below.</p>"
        "<p>I would like to thank His Majesty" + AP + "s Inspector of Constabulary Lorcan Whitlow and his team for a thorough and fair "
        "inspection, which took place between September and November 2024.</p>"
        "<h2>2 The inspection findings</h2><h3>2.1 Grades</h3>"
        "<p>The inspectorate graded Dorset Police as follows.</p>"
        "<table><thead><tr><th>Area of policing</th><th>Grade</th></tr></thead><tbody>" +
        "".join("<tr><td>%s</td><td>%s</td></tr>" % (AREA[k], GRADES[DOR][k]) for k in KEYS) +
        "<tr><td>Providing a service to victims of crime</td><td>Not graded</td></tr></tbody></table>"
        "<p>Dorset & Wiltshire Fire and Rescue Service is inspected separately; its 2024 grades are reported to the Fire Authority.</p>"
        "<h3>2.2 Comparison with 2021/22</h3>"
        "<p>In 2021/22 the force was graded requires improvement for investigating crime. It is now adequate. This is real progress and "
        "reflects the investment I approved in the 2023/24 budget for additional detectives. The other areas cannot be compared "
        "directly because the inspection framework changed.</p>"
        "<p>I have also considered the report alongside the findings of my own Police and Crime Plan performance framework. The two "
        "tell a consistent story: the force is visible and responsive, and its neighbourhood policing is valued by residents, but "
        "investigations take too long and too few suspects are identified for burglary and theft. My Victims" + AP + " Bureau reports "
        "that victims of these crimes are the least satisfied with the service they receive. I have therefore made investigation "
        "standards a standing item at my Quarterly Accountability Meeting, and I will publish the force" + AP + "s figures each quarter. "
        "My office will also commission an independent survey of victims of burglary in the spring, so that the public can judge "
        "for themselves whether the service has improved.</p>"
        "<h2>3 Areas for improvement and responses</h2>"
        "<p>The report made four areas for improvement. It did not make any recommendations or identify any causes of concern. Each area "
        "for improvement is set out below with the force" + AP + "s response and my comments.</p>"
        "<table><thead><tr><th style='width:6%'>No.</th><th style='width:40%'>Area for improvement</th><th>Force response and PCC comment</th></tr></thead><tbody>"
        + rows + "</tbody></table>"
        "<h2>4 Conclusion</h2><p>Dorset remains one of the safest places in the country. I will publish an update on these areas for "
        "improvement in the autumn, and I will continue to work with neighbouring commissioners in Hampshire and Avon and Somerset on "
        "shared contact centre standards.</p>"
        "<p>Barnaby Kettleby<br>Police and Crime Commissioner for Dorset</p>"
        "<div class='fnote'>Footnote: Police Act 1996, section 55(1) as amended.</div>")
    html = ("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>PCC response PEEL 2023-25</title><style>" + css +
            "</style></head><body>" + body + "</body></html>\n")
    w(os.path.join(HERE, "ky07.html"), html)


# ====================================================================== ky08 Hampshire audit committee (PDF, landscape appendix)
def ky08():
    ups = [
        ("Green", "Victim contact contract in place for all allocated crimes since March 2025. Compliance 92% in August."),
        ("Amber", "Evidence-led prosecution guidance reissued June 2025; specialist adviser in post. Charge rate for domestic abuse 9.8% (target 12%)."),
        ("Amber", "Referral quality checked by the MASH before sending; audit due November 2025."),
        ("Amber", "Update awaited from Contact Management."),
        ("Green", "Use of force dashboard launched; monthly body-worn video sampling."),
    ]
    trs = ""
    for k, ((q, t), (st, up)) in enumerate(zip(HAM_AFI, ups), 1):
        trs += ("<tr><td>PEEL 2023" + N + "25</td><td>AFI %d</td><td>%s</td><td>%s</td><td class='%s'>%s</td><td>%s</td></tr>"
                % (k, AREA[q], t, st.lower(), st, up))
    trs += ("<tr><td>PEEL 2021/22 (carried forward)</td><td>AFI 3</td><td>Investigating crime</td><td>" + HAM_2122_AFI +
            "</td><td class='amber'>Amber</td><td>Initial investigation checklist launched on mobile devices; HMICFRS will review at the "
            "next inspection.</td></tr>"
            "<tr><td>National thematic: vetting (2022)</td><td>Rec 12</td><td>Workforce</td><td>Chief constables should make sure their "
            "forces carry out vetting reviews when there is a change of role.</td><td class='green'>Green</td><td>Complete.</td></tr>")
    css = """
@page { size: A4; margin: 20mm 18mm 20mm 18mm;
  @bottom-left { content: "Joint Audit Committee 24 September 2025 \\2013  Item 9"; font: 8pt 'Liberation Sans', Arial; }
  @bottom-right { content: counter(page); font: 8pt 'Liberation Sans', Arial; } }
@page wide { size: A4 landscape; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; font-variant-ligatures: none; }
.wide { page: wide; break-before: page; }
table { border-collapse: collapse; width: 100%; } th, td { border: 0.5pt solid #444; padding: 3pt; vertical-align: top; text-align: left; font-size: 9.5pt; }
thead { display: table-header-group; } tr { break-inside: avoid; } th { background: #ddd; }
.green { background: #c6efce; } .amber { background: #ffeb9c; } .red { background: #ffc7ce; }
.meta td { border: none; padding: 1pt 6pt 1pt 0; }
"""
    filler = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in [
        ("Custody: unannounced inspection (with HMI Prisons)", "March 2025", "Report received; 6 recommendations; action plan agreed"),
        ("Joint targeted area inspection (Southampton)", "May 2025", "Not graded; local partnership action plan"),
        ("Crime data integrity", "Not inspected in this period", "\u2013"),
        ("PEEL 2023" + N + "25", "Published 10 April 2025", "5 areas for improvement; no causes of concern"),
    ])
    body = (
        "<table class='meta'><tr><td><b>Meeting</b></td><td>Joint Audit Committee, Hampshire and Isle of Wight</td></tr>"
        "<tr><td><b>Date</b></td><td>24 September 2025</td></tr><tr><td><b>Agenda item</b></td><td>9</td></tr>"
        "<tr><td><b>Report of</b></td><td>Deputy Chief Constable Helena Marchbank</td></tr>"
        "<tr><td><b>Classification</b></td><td>OFFICIAL</td></tr></table>"
        "<h1 style='font-size:15pt'>External inspection: recommendations and areas for improvement</h1>"
        "<h2 style='font-size:12pt'>1. Purpose</h2><p>1.1 To provide the Committee with assurance that Hampshire Constabulary has effective "
        "arrangements to track and act on the findings of His Majesty" + AP + "s Inspectorate of Constabulary and Fire &amp; Rescue Services "
        "(HMICFRS).</p>"
        "<h2 style='font-size:12pt'>2. Inspection activity since the last meeting</h2>"
        "<table><thead><tr><th>Inspection</th><th>Date</th><th>Outcome</th></tr></thead><tbody>" + filler + "</tbody></table>"
        "<h2 style='font-size:12pt'>3. PEEL 2023" + N + "25</h2>"
        "<p>3.1 The PEEL report graded the force requires improvement for investigating crime and for protecting vulnerable people. "
        "The force was graded good for preventing crime and for building, supporting and protecting the workforce, and adequate in the "
        "remaining four graded areas.</p>"
        "<p>3.2 Investigating crime was graded requires improvement in 2021/22 as well, and one 2021/22 area for improvement has been "
        "carried forward. Hampshire and Isle of Wight Fire and Rescue Service" + AP + "s inspection findings are reported to the Fire "
        "Authority" + AP + "s own committee.</p>"
        "<p>3.3 Appendix A lists each open item with its RAG status. Items rated Green are proposed for closure by the Chief Constable, "
        "Declan Rusholme, at the Force Inspection Board in October.</p>"
        "<h2 style='font-size:12pt'>4. Recommendation</h2><p>4.1 The Committee is asked to note the report.</p>"
        "<div class='wide'><h2 style='font-size:12pt'>Appendix A: HMICFRS tracker (open items)</h2>"
        "<table><thead><tr><th style='width:11%'>Source</th><th style='width:7%'>Ref</th><th style='width:14%'>Area</th>"
        "<th style='width:33%'>Area for improvement / recommendation</th><th style='width:7%'>RAG</th><th>Update</th></tr></thead><tbody>"
        + trs + trs_pad() + "</tbody></table></div>")
    html = ("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>JAC item 9</title><style>" + css +
            "</style></head><body>" + body + "</body></html>\n")
    w(os.path.join(HERE, "ky08.html"), html)


def trs_pad():
    rows = [("Custody inspection (2025)", "Rec %d" % k, "Custody", t, "Amber", u) for k, t, u in [
        (1, "The force should make sure that detainees are offered a free phone call on arrival.", "New booking-in script from 1 October."),
        (2, "The force should improve the recording of the reasons for removing detainees" + AP + " clothing.", "Custody sergeant briefing delivered."),
        (3, "The force should make sure that ligature knives are checked at every shift change.", "Checklist added to handover."),
        (4, "The force should reduce the time detainees wait for a mental health assessment.", "Joint protocol with NHS trust in draft."),
        (5, "The force should make sure that detainees" + AP + " property is recorded and signed for at booking-in.", "Audit of property records planned for December."),
        (6, "The force should make sure that children are not held overnight in custody unless there is no alternative.", "Local authority protocol refreshed; monthly review by the custody inspector."),
        (7, "The force should improve the recording of use of force in custody suites.", "Recording form added to the custody system."),
        (8, "The force should make sure that interpreters are booked promptly for detainees who need them.", "Contract renegotiated with telephone interpreting provider."),
        (9, "The force should make sure that cell call bells are answered within two minutes.", "Monitoring introduced; 94% answered within two minutes in August."),
        (10, "The force should review the arrangements for detainees" + AP + " access to showers and exercise.", "Exercise yard refurbishment scheduled for 2026."),
    ]]
    return "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td class='amber'>%s</td><td>%s</td></tr>" % r for r in rows)


# ====================================================================== ky09 Gloucestershire HMICFRS web page
def ky09():
    def grade_row(k):
        return "<tr><th scope='row'>%s</th><td class='grade grade--%s'>%s</td></tr>" % (AREA[k], gcls(GRADES[GLO][k]), GRADES[GLO][k])
    afis = {}
    for q, t in GLO_AFI:
        afis.setdefault(q, []).append(t)
    acc = ""
    for k in KEYS:
        items = afis.get(k)
        inner = ("<p>We found the following area for improvement:</p><ul>" + "".join("<li>%s</li>" % t for t in items) + "</ul>") if items else \
            "<p>We didn" + AP + "t identify any areas for improvement.</p>"
        acc += ("<details class='accordion'><summary><h3>%s</h3><span class='grade-tag'>%s</span></summary>%s</details>\n"
                % (AREA[k], GRADES[GLO][k], inner))
    subs = "".join("<li>%s</li>" % s for s in GLO_R1B_SUBS)
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>PEEL 2023{N}25: Gloucestershire Constabulary - His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services</title></head>
<body>
<div id="cookie-banner" role="region" aria-label="Cookies"><p>We use cookies to collect information about how you use our website.</p>
<button>Accept analytics cookies</button> <button>Reject analytics cookies</button> <a href="/cookies/">View cookies</a></div>
<header class="site-header"><a href="/" class="logo">HMICFRS</a>
<nav><ul><li><a href="/our-work/">Our work</a></li><li><a href="/publications/">Publications</a></li><li><a href="/police-forces/">Police forces</a></li>
<li><a href="/fire-and-rescue-services/">Fire &amp; rescue services</a></li><li><a href="/about-us/">About us</a></li></ul></nav></header>
<nav class="breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/police-forces/">Police forces</a></li>
<li><a href="/police-forces/gloucestershire/">Gloucestershire</a></li><li>PEEL 2023{N}25</li></ol></nav>
<main>
<p class="kicker">Police effectiveness, efficiency and legitimacy</p>
<h1>PEEL 2023{N}25: An inspection of Gloucestershire Constabulary</h1>
<p class="meta">Published on: 17 July 2025 &middot; Last updated: 21 July 2025 &middot; Force: Gloucestershire</p>
<aside class="download"><a href="/wp-content/uploads/peel-2023-25-gloucestershire.pdf">Download the full report (PDF, 1.2MB)</a>
<a href="/wp-content/uploads/peel-2023-25-gloucestershire-data.ods">Data pack (ODS)</a></aside>

<section id="hmi-summary"><h2>His Majesty{AP}s Inspector{AP}s summary</h2>
<p>I have significant concerns about the performance of Gloucestershire Constabulary. Too many people who call the police wait too long,
and the force does not understand its demand well enough to plan for the future. For these reasons we have moved the force into our
Engage process.</p>
<p>There are some positive findings. The force manages offenders and suspects adequately, and its neighbourhood teams know their
communities. I have seen good practice in its work with the county{AP}s schools.</p>
<p class="signature">Fennella Arkwright<br>His Majesty{AP}s Inspector of Constabulary</p></section>

<section id="grades"><h2>Our judgements</h2>
<p>Our inspection assessed how good Gloucestershire Constabulary is in nine areas of policing. We make graded judgements in eight of these
nine areas. We grade on a five-point scale (outstanding, good, adequate, requires improvement and inadequate). We don{AP}t grade how well
a force provides a service to victims of crime.</p>
<table class="grades"><caption>Gloucestershire Constabulary grades</caption><thead><tr><th scope="col">Area of policing</th><th scope="col">Grade</th></tr></thead>
<tbody>{"".join(grade_row(k) for k in KEYS)}</tbody></table></section>

<section id="causes-of-concern"><h2>Causes of concern</h2>
<div class="callout callout--concern"><h3>Responding to the public</h3>
<p class="label">Cause of concern</p><p>{GLO_CC1}</p>
<p class="label">Recommendations</p><ul><li>{GLO_R1A}</li><li>{GLO_R1B_LEAD}<ul>{subs}</ul></li></ul></div>
<div class="callout callout--concern"><h3>Leadership and force management</h3>
<p class="label">Cause of concern</p><p>{GLO_CC2}</p>
<p class="label">Recommendation</p><ul><li>{GLO_R2A}</li></ul></div></section>

<section id="findings"><h2>Areas for improvement by area of policing</h2>
{acc}</section>
<p class="related-note">This inspection was carried out before the force{AP}s new chief officer team was in place. Dorset Police and
Avon and Somerset Constabulary were inspected in the same period.</p>
</main>
<aside class="related"><h2>Related content</h2><ul>
<li><a href="#">PEEL 2021/22: An inspection of Gloucestershire Constabulary</a></li>
<li><a href="#">Gloucestershire Fire and Rescue Service: Inspection 2023{N}25</a></li>
<li><a href="#">PEEL spotlight report: Answering the call</a></li></ul></aside>
<footer><ul><li><a href="/accessibility/">Accessibility</a></li><li><a href="/privacy-notice/">Privacy</a></li><li><a href="/cookies/">Cookies</a></li></ul>
<p>&copy; Crown copyright 2025. All content is available under the Open Government Licence v3.0.</p></footer>
</body></html>
"""
    w(os.path.join(DOCS, "ky09.html"), html)


# ====================================================================== ky10 Avon and Somerset annual report chapter (cp1252 CRLF)
def ky10():
    g = GRADES[AS]
    afi_block = ""
    upd = [
        "What we have done: we recruited 45 call handlers and introduced a call-back service. The average wait for a 101 call is now under five minutes.",
        "What we have done: the Force Incident Manager now reviews every incident that is outside its attendance time.",
        "What we have done: we have added triage staff to the Lighthouse safeguarding hub and cut the backlog by two thirds.",
        None,
    ]
    for k, ((q, t), u) in enumerate(zip(AS_AFI, upd), 1):
        afi_block += "%d.\t%s\r\n" % (k, t)
        if u:
            afi_block += "\t%s\r\n" % u
        afi_block += "\r\n"
    text = (
        "Avon and Somerset Constabulary \u2013 Annual Report 2024/25\r\n"
        "Chapter 5: Holding ourselves to account\r\n"
        "\r\n"
        "Contents of this chapter\r\n"
        "5.1\tOur PEEL inspection\t23\r\n"
        "5.2\tWhat we were asked to improve\t24\r\n"
        "5.3\tComplaints and professional standards\t25\r\n"
        "\r\n"
        "5.1 Our PEEL inspection\r\n"
        "\r\n"
        "In May 2025 His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its PEEL "
        "2023\u201325 report on Avon and Somerset Constabulary. We were graded good in four areas: police powers and public "
        "treatment; preventing crime; managing offenders and suspects; and leadership and force management.\r\n"
        "\r\n"
        "We were graded adequate for investigating crime, for protecting vulnerable people and for building, supporting and "
        "protecting the workforce.\r\n"
        "\r\n"
        "Our grade for responding to the public was requires improvement. That is still not where we want to be, but it is a step "
        "forward: in the 2021/22 inspection we were graded inadequate for responding to the public, and the inspectorate raised a "
        "cause of concern about our call handling. That cause of concern has since been closed.\r\n"
        "\r\n"
        "\u201cI am proud of what our people have achieved, and clear about what we still have to do,\u201d said Chief Constable "
        "Piers Haldane-Croft.\r\n"
        "\r\n"
        "Police and Crime Commissioner Thandiwe Morcombe said: \u201cThe public told me that getting through on 101 was their "
        "biggest frustration. I am pleased the inspectors have recognised the progress, and I will keep pressing for more.\u201d\r\n"
        "\r\n"
        "5.2 What we were asked to improve\r\n"
        "\r\n"
        "The report contains four areas for improvement and no recommendations. They are set out below, with what we have "
        "done so far.\r\n"
        "\r\n" + afi_block +
        "The fourth is being taken forward through our new leadership programme, which starts in January 2026.\r\n"
        "\r\n"
        "Our partners in the South West region, including Dorset Police and Gloucestershire Constabulary, share our regional "
        "organised crime unit. Good practice from the region is shared through the regional PEEL network.\r\n"
        "\r\n"
        "5.3 Complaints and professional standards\r\n"
        "\r\n"
        "o\tWe recorded 1,942 complaints in 2024/25, 6% fewer than the previous year.\r\n"
        "o\tThe average time to finalise a complaint was 41 working days.\r\n"
        "o\tOur vetting unit cleared 98% of applications within 30 days.\r\n"
        "\r\n"
        "\u00a9 Avon and Somerset Constabulary 2025. This chapter is also available in large print on request.\r\n")
    w(os.path.join(DOCS, "ky10.txt"), text, enc="cp1252", newline="")


if __name__ == "__main__":
    for f in (ky06, ky07, ky08, ky09, ky10):
        f()
    print("ok")
