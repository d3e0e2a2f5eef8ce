"""Write the HTML sources of the three PDFs (src/mp03.html, mp06.html, mp08.html), the two
HTML documents (docs/mp04.html, docs/mp09.html) and the text document (docs/mp10.txt).

    python3 src/make_html.py
"""
import html
import os
import textwrap

from texts import MP03_AFI, MP04_AFI, MP06_AFI, MP06_COC, MP06_REC, MP08_AFI, MP09_AFI, MP10_AFI

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
e = html.escape

PRINT_CSS = """
body { font-family: Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.35;
       font-variant-ligatures: none; color: #111; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt; }
th, td { border: 1px solid #666; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: #d9d9d9; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
p.num { margin-left: 3em; text-indent: -3em; }
.green { background: #92d050; } .amber { background: #ffc000; } .red { background: #ff6b6b; }
.blue { background: #8db4e2; }
.box { border: 2px solid #333; padding: 6pt 10pt; margin: 8pt 0; }
"""


def page(title, body, css=PRINT_CSS, extra=""):
    return ("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<title>%s</title>\n<style>%s%s</style>\n</head>\n<body>\n%s\n</body>\n</html>\n"
            % (e(title), css, extra, body))


def num(n, text):
    return '<p class="num">%s&nbsp;&nbsp;&nbsp;%s</p>\n' % (n, text)


# ------------------------------------------------------------------ mp03 (PDF)
def mp03():
    rag = {"Green": "green", "Amber": "amber", "Red": "red"}
    rows = [
        ("L17-01", MP03_AFI[0], "Superintendent, Communities", "31/03/2018", "Amber",
         "Refresher training delivered to 82% of frontline officers. Body-worn video review panel "
         "meets monthly."),
        ("L17-02", MP03_AFI[1], "Head of Professional Standards", "30/06/2018", "Red",
         "Not yet due. Software options are being assessed with the Corporation\u2019s IT division."),
        ("L17-03", MP03_AFI[2], "Head of HR", "31/03/2018", "Green",
         "Grievance timescales reduced from 94 to 41 days. Staff survey question added."),
        ("L17-04", MP03_AFI[3], "Head of HR", "30/09/2018", "Amber",
         "Wellbeing champions now on every shift; Employee Assistance Programme relaunched."),
    ]
    trs = "".join(
        '<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td class="%s">%s</td><td>%s</td></tr>\n'
        % (r, e(a), e(o), d, rag[s], s, e(u)) for r, a, o, d, s, u in rows)
    body = f"""
<table style="width:auto;border:none"><tr><td style="border:none"><b>Committee:</b></td><td style="border:none">Police Performance and Resource Management Sub-Committee</td></tr>
<tr><td style="border:none"><b>Date:</b></td><td style="border:none">2 February 2018</td></tr>
<tr><td style="border:none"><b>Subject:</b></td><td style="border:none">HMICFRS Update</td></tr>
<tr><td style="border:none"><b>Report of:</b></td><td style="border:none">Commissioner of Police<br>Pol 09-18</td></tr>
<tr><td style="border:none"><b>Report author:</b></td><td style="border:none">Head of Strategic Development</td></tr>
<tr><td style="border:none"><b>For Information</b></td><td style="border:none"></td></tr></table>
<h2>Summary</h2>
<p>This report gives Members an overview of Her Majesty&#8217;s Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS) activity since the last meeting of the Sub-Committee on 30 November 2017, including the publication of the PEEL legitimacy report on the City of London Police and the progress made on the areas for improvement it contains.</p>
<h2>Recommendation</h2>
<p>Members are asked to note the report.</p>
<h2>Main Report</h2>
<h3>PEEL Legitimacy 2017</h3>
{num("1.", "HMICFRS published its PEEL legitimacy report on the Force on 12 December 2017, later than originally planned. The Force was graded as requires improvement, a downgrade from the good grade HMIC gave it in 2016.")}
{num("2.", "The judgements on the three questions were:")}
<table style="width:70%"><thead><tr><th>Question</th><th>2017 judgement</th></tr></thead><tbody>
<tr><td>How well does the force treat the people it serves with fairness and respect?</td><td>Good</td></tr>
<tr><td>How well does the force ensure that its workforce behaves ethically and lawfully?</td><td>Requires improvement</td></tr>
<tr><td>To what extent does the force treat its workforce with fairness and respect?</td><td>Requires improvement</td></tr>
</tbody></table>
{num("3.", "The report sets out four areas for improvement. They are tracked in Appendix 1, which shows the lead, due date, RAG status and latest update for each. The Assistant Commissioner chairs the monthly Inspection Board that owns the tracker.")}
{num("4.", "The Assistant Commissioner is not concerned by the areas identified and is confident they can be addressed within the current financial year.")}
<h3>PEEL Efficiency 2017</h3>
{num("5.", "The PEEL efficiency report, published on 9 November 2017, judged the Force to be good. There were no new areas for improvement.")}
<h3>Forthcoming activity</h3>
{num("6.", "The PEEL effectiveness report is due to be published in the week commencing 5 February 2018. The Force&#8217;s joint work with the Metropolitan Police Service on the policing of major events was examined as part of that inspection.")}
{num("7.", "HMICFRS has also announced that force management statements will be required from all forces from 2018. The Force&#8217;s first statement is being prepared by the Strategic Development team.")}
<p style="margin-top:24pt">Lionel Acheson-Ward<br>Commissioner of Police</p>
<h2 style="break-before: page">Appendix 1 &#8211; PEEL Legitimacy 2017: areas for improvement tracker</h2>
<p>RAG key: Green &#8211; complete or on track; Amber &#8211; some slippage; Red &#8211; at risk or not started.</p>
<table><thead><tr><th style="width:8%">Ref</th><th style="width:30%">Area for improvement</th><th>Lead</th><th>Due</th><th>RAG</th><th style="width:28%">Update</th></tr></thead><tbody>
{trs}</tbody></table>
"""
    open(os.path.join(HERE, "mp03.html"), "w", encoding="utf-8").write(
        page("HMICFRS Update", body, extra="@page { size: A4; margin: 18mm 16mm; }"))


# ------------------------------------------------------------------ mp06 (PDF)
def mp06():
    grades = [
        ("Police powers and public treatment", "Adequate", "\u2013"),
        ("Preventing crime", "Good", "\u2013"),
        ("Responding to the public", "Inadequate", "Requires improvement"),
        ("Investigating crime", "Requires improvement", "Adequate"),
        ("Protecting vulnerable people", "Requires improvement", "\u2013"),
        ("Managing offenders and suspects", "Adequate", "\u2013"),
        ("Building, supporting and protecting the workforce", "Adequate", "\u2013"),
        ("Leadership and force management", "Requires improvement", "\u2013"),
    ]
    g = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n" % (e(a), b, c) for a, b, c in grades)
    rag = {"Green": "green", "Amber": "amber", "Red": "red", "Blue": "blue"}
    rows = [
        ("REC1", "Recommendation", MP06_REC[0], "Recruit and train 46 call handlers; introduce demand-led rostering.", "Head of Contact", "Mar 2025", "Amber", "31 of 46 call handlers in post; rostering tool live in November."),
        ("REC2", "Recommendation", MP06_REC[1], "Abandoned-call dashboard and call-back protocol.", "Head of Contact", "Jan 2025", "Green", "Protocol live since 2 September; 96% of at-risk abandoned calls returned within 30 minutes."),
        ("AFI1", "Area for improvement", MP06_AFI["inv"], "Investigation allocation policy rewritten; crime screening moved to a central hub.", "Detective Chief Superintendent, Crime", "Jun 2025", "Amber", "New policy approved by Chief Officer Group in October."),
        ("AFI2", "Area for improvement", MP06_AFI["pvp"], "Joint protocol with the four local authorities.", "Head of Public Protection", "Apr 2025", "Red", "Cornwall Council protocol signed; Plymouth, Torbay and Devon not yet agreed."),
        ("AFI3", "Area for improvement", MP06_AFI["lfm"], "Replace the performance framework with a single force dashboard.", "Chief Finance Officer", "Sep 2025", "Amber", "Dashboard in testing."),
        ("AFI4", "Area for improvement", MP06_AFI["ppt"], "Monthly dip sample by supervisors; scrutiny panel review.", "Superintendent, Neighbourhoods", "Dec 2024", "Blue", "Complete. Grounds recorded as reasonable in 92% of the October sample."),
    ]
    tr = "".join(
        '<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td class="%s">%s</td><td>%s</td></tr>\n'
        % (a, b, e(c), e(d), e(o), t, rag[s], s, e(u)) for a, b, c, d, o, t, s, u in rows)
    body = f"""
<p style="text-align:right">OFFICIAL</p>
<h1>Devon &amp; Cornwall Police<br>PEEL 2023&#8211;25 Improvement Plan: Highlight Report</h1>
<p><b>Quarter 2, 2024/25 &#8211; to the Police and Crime Commissioner&#8217;s Accountability Board, 19 November 2024</b></p>
<h2>1. Purpose</h2>
{num("1.1", "This report updates the Accountability Board on the force&#8217;s progress against the cause of concern, recommendations and areas for improvement in the HMICFRS PEEL 2023&#8211;25 report, published on 30 May 2024.")}
{num("1.2", "The force remains in the Engage phase of HMICFRS&#8217;s monitoring process. The next Engage review is planned for February 2025.")}
<h2>2. Background</h2>
{num("2.1", "HM Inspector of Constabulary Rebecca Amberley-Scott graded the force in eight areas. Her grades, and the 2021/22 grade where the area was directly comparable, are below.")}
<table style="width:80%"><thead><tr><th>Area</th><th>PEEL 2023&#8211;25 grade</th><th>Grade in 2021/22</th></tr></thead><tbody>
{g}</tbody></table>
{num("2.2", "Crime data integrity was not inspected in this round. Victim service assessments were carried out but are not graded.")}
{num("2.3", "The cause of concern and its two recommendations are set out in full below. The inspectorate also made 14 areas for improvement, of which the four carried by this plan are shown in section 3; the others are being delivered through business as usual.")}
<div class="box"><p><b>Cause of concern &#8211; Responding to the public</b></p>
<p>{e(MP06_COC)}</p>
<p><b>Recommendations</b></p>
<p>1. {e(MP06_REC[0])}</p>
<p>2. {e(MP06_REC[1])}</p></div>
<h2 style="break-before: page">3. Progress</h2>
<p>RAG: Blue &#8211; complete; Green &#8211; on track; Amber &#8211; at risk, recoverable; Red &#8211; off track.</p>
<table style="font-size:9pt"><thead><tr><th>Ref</th><th>Type</th><th style="width:22%">Finding</th><th>Action</th><th>Owner</th><th>Target date</th><th>RAG</th><th>Commentary</th></tr></thead><tbody>
{tr}</tbody></table>
<h2>4. Partnership and collaboration</h2>
{num("4.1", "Changes to the shared alliance functions with Dorset Police are being reviewed jointly and are not affected by this plan. Good practice in call handling has been sought from other forces.")}
<h2>5. Sign-off</h2>
{num("5.1", "Temporary Chief Constable Sian Retallack has approved this report. Police and Crime Commissioner Edmund Treloar will publish it with the minutes of the Board.")}
"""
    open(os.path.join(HERE, "mp06.html"), "w", encoding="utf-8").write(
        page("PEEL 2023-25 Improvement Plan: Highlight Report", body,
             extra="@page { size: A4 landscape; margin: 14mm 14mm; }"))


# ------------------------------------------------------------------ mp08 (PDF)
def mp08():
    rows = [
        ("H21-04", "PEEL 2021/22 AFI", MP08_AFI["inv"], "Head of Crime", "31/03/2023", "Complete",
         "Plans now generated automatically for all crimes screened in. Quality assurance audit found 88% compliant."),
        ("H21-05", "PEEL 2021/22 AFI", MP08_AFI["pvp"], "Head of Public Protection", "30/06/2023", "In progress",
         "Operation Encompass notifications are now sent to schools before 9am on the next school day."),
        ("H21-06", "PEEL 2021/22 AFI", MP08_AFI["pvp2"], "Head of Public Protection", "30/06/2023", "Overdue", ""),
        ("H21-09", "PEEL 2021/22 AFI", MP08_AFI["resp"], "Chief Superintendent, Operations", "30/09/2023", "In progress",
         "Attendance within target for priority incidents rose from 71% to 79%."),
        ("H19-11", "PEEL 2018/19 AFI (carried forward)", MP08_AFI["legacy"], "Head of People", "31/12/2023", "In progress",
         "Strategic workforce plan to be presented to the Chief Officer Group in September."),
        ("T22-02", "Thematic: vetting, misconduct and misogyny", "By 31 October 2023, chief constables should make sure that their forces have enough vetting staff.", "Head of Professional Standards", "31/10/2023", "In progress",
         "Tri-force vetting unit with Hertfordshire Constabulary and Cambridgeshire Constabulary to be reviewed."),
    ]
    tr = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n"
                 % (a, e(b), e(c), e(o), d, s, e(u)) for a, b, c, o, d, s, u in rows)
    body = f"""
<p style="text-align:right"><b>Agenda item 9</b></p>
<h1 style="font-size:15pt">Joint Audit Committee<br>HMICFRS recommendations and areas for improvement: progress report</h1>
<p>Meeting date: 21 June 2023<br>Report by: Deputy Chief Constable Tamsin Ogunleye<br>Security classification: Official</p>
<h2>1. Purpose</h2>
{num("1.1", "To provide the Committee with assurance on the progress Bedfordshire Police is making against the recommendations and areas for improvement made by HMICFRS.")}
<h2>2. Recommendation</h2>
{num("2.1", "That the Committee notes the report and the status of the items in Appendix A.")}
<h2>3. Background</h2>
{num("3.1", "The force&#8217;s PEEL 2021/22 report was published on 11 August 2022. The force was graded good in four areas and adequate in four, and it was found to require improvement in two: investigating crime and protecting vulnerable people. No cause of concern was identified.")}
{num("3.2", "Service to victims was assessed but not graded. The inspectorate grades on a five-point scale from outstanding to inadequate.")}
{num("3.3", "HMICFRS is expected to begin fieldwork for the PEEL 2023&#8211;25 inspection in the autumn, and the force&#8217;s force management statement was submitted on 31 May 2023.")}
<h2>4. Current position</h2>
{num("4.1", "As at 31 May 2023 the force held 41 open HMICFRS recommendations and areas for improvement, of which 12 arise from PEEL. Appendix A shows those considered by the Chief Officer Group to carry the most risk. Items H21-01 to H21-03, H21-07 and H21-08 are on track and are not reproduced.")}
{num("4.2", "One item, H21-06, is overdue. The Head of Public Protection has been asked to provide an update to the next meeting.")}
{num("4.3", "The Police and Crime Commissioner, Idris Fennimore, receives the full tracker each quarter through the Police and Crime Commissioner&#8217;s Accountability Board.")}
<h2>5. Risk and financial implications</h2>
{num("5.1", "There are no direct financial implications. The overdue item is recorded on the force risk register with an adequate level of control, pending review.")}
<h2 style="break-before: page">Appendix A &#8211; Selected open items</h2>
<table style="font-size:9pt"><thead><tr><th>Ref</th><th>Source</th><th style="width:28%">Recommendation / area for improvement</th><th>Owner</th><th>Target</th><th>Status</th><th style="width:25%">Update</th></tr></thead><tbody>
{tr}</tbody></table>
"""
    open(os.path.join(HERE, "mp08.html"), "w", encoding="utf-8").write(
        page("Joint Audit Committee - HMICFRS progress report", body,
             extra="@page { size: A4; margin: 16mm 14mm; }"))


# ------------------------------------------------------------------ mp04 (HTML document)
def mp04():
    afis = [
        (MP04_AFI[0], "Force response: A new investigation standards unit was created in April 2017, "
         "and every crime now receives a supervisory review within 72 hours."),
        (MP04_AFI[1], "Force response: The public protection unit has recruited four additional "
         "offender managers, and all overdue visits were completed by the end of May 2017."),
        (MP04_AFI[2], "Force response: Response awaited."),
    ]
    items = "".join('<li><p class="afi">%s</p>\n<p class="resp">%s</p></li>\n' % (e(a), e(r))
                    for a, r in afis)
    css = """body{font-family:Georgia,serif;max-width:60em;margin:auto} nav a{margin-right:1em}
.crumb{font-size:90%} .afi{font-weight:bold} .resp{margin-left:1.5em}
table{border-collapse:collapse} td,th{border:1px solid #999;padding:4px 8px}"""
    body = f"""<a class="skip" href="#main">skip to main content</a>
<header><p><img src="/img/opcc-lincs-logo.png" alt="Lincolnshire Police and Crime Commissioner"></p>
<nav><a href="/">Home</a><a href="/transparency/">Transparency</a><a href="/news/">News</a><a href="/contact/">Contact</a></nav></header>
<p class="crumb"><a href="/transparency/">Transparency</a> &rsaquo; <a href="/transparency/hmicfrs-inspections/">HMICFRS inspections</a> &rsaquo; <a href="/transparency/hmicfrs-inspections/peel-assessments/">PEEL assessments</a></p>
<main id="main">
<h1>2016 PEEL police effectiveness inspection</h1>
<p><strong>Published:</strong> March 2017 &middot; <strong>Page updated:</strong> 9 June 2017</p>
<p>As part of its annual inspections of police effectiveness, efficiency and legitimacy (PEEL), HMIC looked at how effective Lincolnshire Police is at keeping people safe and reducing crime. The inspection covered five questions:</p>
<ol>
<li>How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?</li>
<li>How effective is the force at investigating crime and reducing re-offending?</li>
<li>How effective is the force at protecting those who are vulnerable from harm, and supporting victims?</li>
<li>How effective is the force at tackling serious and organised crime?</li>
<li>How effective are the force&rsquo;s specialist capabilities?</li>
</ol>
<h2>What HMIC found</h2>
<p>HMIC judged Lincolnshire Police to be good at keeping people safe and reducing crime. Last year HMIC also graded the force as good for effectiveness.</p>
<table><tr><th>Question</th><th>Judgement</th></tr>
<tr><td>Preventing crime and anti-social behaviour</td><td>Good</td></tr>
<tr><td>Investigating crime and reducing re-offending</td><td>Requires improvement</td></tr>
<tr><td>Protecting vulnerable people and supporting victims</td><td>Good</td></tr>
<tr><td>Tackling serious and organised crime</td><td>Good</td></tr>
<tr><td>Specialist capabilities</td><td>Not graded</td></tr></table>
<p>HMIC grades forces as outstanding, good, requires improvement or inadequate. The specialist capabilities question is not graded; HMIC found that the force had the arrangements it needs to meet its national commitments, working through the East Midlands Special Operations Unit with Nottinghamshire Police and the other forces in the region.</p>
<h2>Areas for improvement and the force&rsquo;s response</h2>
<ul class="afis">
{items}</ul>
<h2>Commissioner&rsquo;s comments</h2>
<p>Police and Crime Commissioner Alastair Penhaligon said: &ldquo;I am pleased that the inspectors recognise the good work done to protect vulnerable people in Lincolnshire. I have asked Chief Constable Neville Ormerod to report to me each quarter on the investigation standards work until HMIC is satisfied.&rdquo;</p>
<p><a href="/documents/peel-2016-effectiveness-lincolnshire.pdf">Read the full HMIC report (PDF)</a></p>
</main>
<footer><p>&copy; Office of the Police and Crime Commissioner for Lincolnshire &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/accessibility/">Accessibility</a></p></footer>"""
    open(os.path.join(DOCS, "mp04.html"), "w", encoding="utf-8").write(
        page("2016 PEEL police effectiveness inspection | Lincolnshire PCC", body, css=css))


# ------------------------------------------------------------------ mp09 (HTML document)
def mp09():
    css = """body{font-family:Arial,sans-serif;max-width:62em;margin:auto} nav a{margin-right:1em}
summary{font-weight:bold;cursor:pointer} table{border-collapse:collapse} td,th{border:1px solid #bbb;padding:4px 8px}
.rate{font-size:90%;color:#555}"""
    det = [
        ("Neighbourhood policing", MP09_AFI[0],
         "What we are doing: Neighbourhood officers are now ring-fenced, and any abstraction has to be "
         "approved by a superintendent. Abstraction rates are published on our website every quarter."),
        ("Managing sex offenders", MP09_AFI[1],
         "What we are doing: We have reorganised our offender management teams and cleared the backlog "
         "of overdue visits."),
        ("Fairness at work", MP09_AFI[2], "Update coming soon."),
    ]
    ds = "".join('<details><summary>%s</summary>\n<p><em>Area for improvement:</em></p>\n<p>%s</p>\n<p>%s</p>\n</details>\n'
                 % (e(s), e(a), e(w)) for s, a, w in det)
    body = f"""<header><nav><a href="/">Home</a><a href="/report/">Report</a><a href="/news/">News</a><a href="/about-us/">About us</a></nav>
<p>You are here: <a href="/about-us/">About us</a> &gt; <a href="/about-us/our-performance/">Our performance</a> &gt; PEEL inspections</p></header>
<main>
<h1>Police Effectiveness, Efficiency and Legitimacy (PEEL) inspections</h1>
<p>Every year Her Majesty&#39;s Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS) assesses each of the 43 police forces in England and Wales. Its PEEL inspections tell you how well we are doing in important areas of our work, in a way you can compare with other forces and with previous years.</p>
<h2>Our latest results</h2>
<p>In the 2018/19 inspection Lancashire Constabulary was rated outstanding for efficiency, and good for both effectiveness and legitimacy.</p>
<p>HM Inspector of Constabulary Tessa Marwood said the constabulary plans well for the future and invests where demand is growing.</p>
<table><caption>How each question was graded in 2018/19</caption>
<tr><th>Question</th><th>Grade</th></tr>
<tr><td>Preventing crime and tackling anti-social behaviour</td><td>Good</td></tr>
<tr><td>Investigating crime</td><td>Good</td></tr>
<tr><td>Protecting vulnerable people</td><td>Good</td></tr>
<tr><td>Tackling serious and organised crime</td><td>Good</td></tr>
<tr><td>Meeting current demands and using resources</td><td>Outstanding</td></tr>
<tr><td>Planning for the future</td><td>Outstanding</td></tr>
<tr><td>Treating the public fairly</td><td>Good</td></tr>
<tr><td>Ethical and lawful workforce behaviour</td><td>Good</td></tr>
<tr><td>Treating the workforce fairly</td><td>Good</td></tr>
</table>
<p>Chief Constable Declan Whitlow said: &quot;This is a very good result, and it belongs to our officers, staff and volunteers. We know there is more to do, and we have already started.&quot;</p>
<p>We work with Merseyside Police and the other forces of the North West on serious and organised crime through the regional organised crime unit.</p>
<h2>What we are doing about the areas for improvement</h2>
<p>The inspectorate gave us three areas for improvement. Select each one to see what we are doing.</p>
{ds}
<p><a href="https://www.justiceinspectorates.gov.uk/hmicfrs/">Read the 2018/19 HMICFRS report about us</a></p>
<h2>Other pages in this section</h2>
<ul><li><a href="/about-us/our-performance/crime-data/">Crime data</a></li><li><a href="/about-us/our-performance/complaints/">Complaints</a></li></ul>
<p class="rate">Rate this page: <a href="#">Good</a> | <a href="#">Poor</a></p>
</main>"""
    open(os.path.join(DOCS, "mp09.html"), "w", encoding="utf-8").write(
        page("PEEL inspections | Lancashire Constabulary", body, css=css))


# ------------------------------------------------------------------ mp10 (text document)
def wrap(text, width=88):
    return "\n".join(textwrap.wrap(text, width))


def mp10():
    L = []
    L.append("Commissioner's Response to HMIC PEEL: Police Legitimacy 2015 \u2013 Gwent Police")
    L.append("Ymateb y Comisiynydd / Commissioner's Response")
    L.append("")
    L.append("Date of publication: 9 February 2016")
    L.append("Date of this response: 30 March 2016")
    L.append("")
    L.append("1. Introduction")
    L.append("")
    L.append(wrap("1.1 Her Majesty's Inspectorate of Constabulary (HMIC) published its report on the "
                  "legitimacy of Gwent Police on 11 February 2016, as part of its annual PEEL "
                  "assessment. Section 55 of the Police Act 1996 requires me to publish my comments "
                  "on the report within 56 days, and to set out what the force will do in response."))
    L.append("")
    L.append(wrap("1.2 HMIC judged Gwent Police to be good at how legitimately it keeps people safe and "
                  "reduces crime. Within that overall judgement:"))
    L.append("")
    L.append(wrap("- How well does the force understand, engage with and treat fairly the people it "
                  "serves to maintain and improve its legitimacy? Good"))
    L.append(wrap("- To what extent does practice and behaviour reinforce the wellbeing of staff and an "
                  "ethical culture? Requires improvement"))
    L.append(wrap("- To what extent are decisions taken on the use of stop and search and Taser fair "
                  "and appropriate? Good"))
    L.append("")
    L.append(wrap("1.3 I have asked Chief Constable Elin Rowlands-Hart for her comments, and they are "
                  "included below together with the force's action plan. The joint firearms unit that "
                  "Heddlu Gwent runs with South Wales Police and Dyfed-Powys Police was not examined."))
    L.append("")
    L.append("                                                                      Page 1 of 3")
    L.append("\f")
    L.append("2. Chief Constable's comments")
    L.append("")
    L.append(wrap("2.1 \"I welcome the report and accept each of its areas for improvement. Members of "
                  "the public told HMIC that they trust us, and that is a tribute to the way our "
                  "officers and staff conduct themselves. The inspectorate rightly challenges us on "
                  "the wellbeing of our own people, and I have asked the Deputy Chief Constable to "
                  "lead that work.\""))
    L.append("")
    L.append("3. Areas for improvement and action plan")
    L.append("")
    plan = [
        ("AFI 1", MP10_AFI[0], "Action: Code of Ethics workshops for all supervisors by September 2016; "
         "ethics questions added to the PDR process.", "Lead: Head of Professional Standards",
         "Status: On track"),
        ("AFI 2", MP10_AFI[1], "Action: Wellbeing survey commissioned from the University of South "
         "Wales; Blue Light Programme launched for all staff.", "Lead: Head of People Services",
         "Status: On track"),
        ("AFI 3", MP10_AFI[2], "Action: To be confirmed following the national stop and search review.",
         "Lead: Not yet assigned", "Status: Not started"),
    ]
    for ref, afi, act, lead, st in plan:
        L.append(ref)
        L.append(wrap(afi))
        L.append(wrap(act))
        L.append(lead)
        L.append(st)
        L.append("")
    L.append("                                                                      Page 2 of 3")
    L.append("\f")
    L.append("4. Commissioner's comments")
    L.append("")
    L.append(wrap("4.1 I am pleased that HMIC found the force good overall. In 2014, HMIC did not grade "
                  "legitimacy, so this is the first graded judgement Gwent Police has received in this "
                  "area. I will monitor the action plan through my Strategy and Performance Board."))
    L.append("")
    L.append(wrap("4.2 Rwy'n croesawu'r adroddiad hwn ac yn diolch i swyddogion a staff Heddlu Gwent "
                  "am eu gwaith."))
    L.append("")
    L.append("Dafydd Prys-Morgan")
    L.append("Police and Crime Commissioner for Gwent")
    L.append("")
    L.append("                                                                      Page 3 of 3")
    open(os.path.join(DOCS, "mp10.txt"), "w", encoding="utf-8").write("\n".join(L) + "\n")


if __name__ == "__main__":
    mp03(); mp06(); mp08(); mp04(); mp09(); mp10()
    print("wrote src/mp03.html src/mp06.html src/mp08.html docs/mp04.html docs/mp09.html docs/mp10.txt")
