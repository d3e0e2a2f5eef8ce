"""Write the text-format documents of corpus57 (lb04.html, lb05.txt, lb06.txt, lb09.csv,
lb10.txt) into ../docs with their exact bytes: mojibake, encodings and line endings.

Standard library only:  python3 src/make_text.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


def mojibake(s):
    """UTF-8 text wrongly decoded as Windows-1252 (undefined bytes kept as C1 controls),
    as a CMS does when it reads a UTF-8 export as cp1252 and saves it again as UTF-8."""
    out = []
    for b in s.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def write(name, text, encoding="utf-8", newline="\n"):
    data = text.replace("\n", newline).encode(encoding)
    with open(os.path.join(DOCS, name), "wb") as fh:
        fh.write(data)
    print("wrote", name, len(data), "bytes")


# ---------------------------------------------------------------- lb04.html
# A PCC news page whose body went through a UTF-8 -> cp1252 -> UTF-8 round trip in the CMS.
# The site chrome (menu, footer) is clean; the article body is mojibake throughout.
LB04_BODY = """<p class="lede">Nottinghamshire’s Police and Crime Commissioner, Yasmin Okafor, has welcomed the publication of the PEEL 2023–25 report on Nottinghamshire Police, and says the force must now “get the basics right” for victims of crime.</p>
<p>His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its findings on 11 April 2025. The force was graded across eight areas of policing:</p>
<ul>
<li>Police powers and public treatment – <strong>Adequate</strong></li>
<li>Preventing crime – <strong>Good</strong></li>
<li>Responding to the public – <strong>Adequate</strong></li>
<li>Investigating crime – <strong>Requires improvement</strong></li>
<li>Protecting vulnerable people – <strong>Requires improvement</strong></li>
<li>Managing offenders – <strong>Adequate</strong></li>
<li>Building, supporting and protecting the workforce – <strong>Good</strong></li>
<li>Leadership and force management – <strong>Adequate</strong></li>
</ul>
<p>The grade for responding to the public is an improvement on the force’s last inspection in 2021/22, when it was graded “requires improvement” in that area. The Commissioner said:</p>
<blockquote><p>“I’m pleased that the inspectors recognised the hard work that has gone into answering 999 and 101 calls more quickly. But two grades of requires improvement, for investigating crime and for protecting vulnerable people, are not good enough for the people of Nottingham and Nottinghamshire. I will be asking the Chief Constable for a clear plan, and I will publish it.”</p></blockquote>
<p>The report sets out seven areas for improvement and no causes of concern. Among them, the inspectorate says:</p>
<blockquote><p>The force should make sure that the force’s investigations are allocated to officers with the right skills, and that supervisors review them regularly.</p></blockquote>
<p>Chief Constable Owen Bracegirdle said: “We accept every one of the inspectorate’s findings. Our new investigation standards unit started work in March, and we have already reduced the number of open investigations per officer.”</p>
<p>The Commissioner has set aside £1.2m from the 2025/26 budget for additional detective training. Her formal response to HMICFRS, required under section 55 of the Police Act 1996, will be published on this website within 56 days.</p>
<h3>Notes</h3>
<ol>
<li>HMICFRS grades forces as “outstanding”, “good”, “adequate”, “requires improvement” or “inadequate”.</li>
<li>The full report is available on the HMICFRS website. The force’s 2025–26 Police and Crime Plan consultation closes on 30 May 2025.</li>
</ol>
"""

LB04 = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Commissioner welcomes PEEL report | Nottinghamshire Police and Crime Commissioner</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}
header{background:#00365c;color:#fff;padding:10px 24px}
nav a{color:#fff;margin-right:14px;text-decoration:none;font-size:14px}
.crumbs{font-size:13px;padding:8px 24px;background:#eef2f5}
main{max-width:760px;padding:10px 24px}
.cookie{background:#ffd966;padding:8px 24px;font-size:13px}
footer{background:#222;color:#ccc;font-size:12px;padding:14px 24px;margin-top:30px}
.date{color:#666;font-size:13px}
blockquote{border-left:4px solid #00365c;margin:10px 0;padding:2px 12px;background:#f6f8fa}
</style>
</head>
<body>
<div class="cookie">We use cookies to make this site work and to understand how you use it. <a href="#">Accept all cookies</a> | <a href="#">Cookie settings</a> (cookie policy updated 1 January 2024)</div>
<header>
<div style="font-size:20px;font-weight:bold">Nottinghamshire Police and Crime Commissioner</div>
<nav><a href="/">Home</a><a href="/about">About the Commissioner</a><a href="/plan">Police and Crime Plan</a><a href="/news">News</a><a href="/transparency">Transparency</a><a href="/contact">Contact</a></nav>
</header>
<div class="crumbs"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; Commissioner welcomes PEEL report</div>
<main>
<h1>""" + mojibake("Commissioner’s response to PEEL 2023–25 inspection") + """</h1>
<p class="date">Posted: 11 April 2025 | Category: Accountability</p>
""" + mojibake(LB04_BODY) + """<aside>
<h3>Related news</h3>
<ul>
<li><a href="/news/budget-2025">Council tax precept agreed for 2025/26</a></li>
<li><a href="/news/victims-fund">Victims' fund opens for bids</a></li>
<li><a href="/news/derbyshire-collab">Joint firearms unit with Derbyshire marks five years</a></li>
</ul>
</aside>
</main>
<footer>
<p>Office of the Police and Crime Commissioner for Nottinghamshire, Arnot Hill House, Arnold. &copy; 2025. <a href="#">Accessibility statement</a> | <a href="#">Privacy notice</a> | <a href="#">Complaints</a></p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------- lb05.txt
# Text copied out of a PEEL report PDF viewer: hard line breaks, hyphenation left in,
# running titles and page numbers dropped into the middle of paragraphs.
LB05 = """PEEL 2023–25
Police effectiveness, efficiency and legitimacy
An inspection of Northamptonshire Police
Contents
Overall summary 1
Our judgements 1
HMI’s observations 2
Causes of concern and recommendations 3
Areas for improvement 4
Overall summary
Our judgements
Our inspection assessed how good Northamptonshire Police is in eight
areas of policing. We make graded judgements in seven of these eight
areas as follows:
Inadequate
Responding to the public
Requires improvement
Police powers and public treatment
Investigating crime
Leadership and force management
Adequate
Preventing crime
Protecting vulnerable people
Building, supporting and protecting the
workforce
Good
Managing offenders
We also inspected how effective the force is at disrupting serious
organised crime. We no longer grade forces on this area, and we
report it separately at a regional level.
We set out our detailed findings about things the force is doing
well and where it should improve in the rest of this report.
HMI’s observations
I have concerns about the performance of Northamptonshire Police in
keeping people safe and reducing crime. In particular, the force needs
to improve how it responds to the public. In our 2021/22 inspection
we graded the force as requires improvement for responding to the
public, and its performance in this area has since deteriorated.
Too many emergency calls are not answered within ten seconds, and the
force doesn’t always identify repeat or vulnerable callers when it
first speaks to them. I recognise that the force has a new chief officer
team, and that it has begun to put in place a plan to improve its con-
tact management. But this work is at an early stage, and the force

PEEL 2023–25 Northamptonshire Police
2

must make sure it is sustained. The force manages registered sex
offenders well. It has a good understanding of the risk they pose, and
it works well with partner agencies to manage that risk.
Lorna Whitcombe
His Majesty’s Inspector of Constabulary
Causes of concern and recommendations
Responding to the public
Cause of concern
The force doesn’t answer calls from the public quickly enough, and it
doesn’t always assess the risk to callers properly. This means that
vulnerable people may not get the help they need when they need it.
Recommendation
By 30 September 2025, the force should make sure that it answers
emergency calls within the national standard of ten seconds.
Recommendation
By 30 September 2025, the force should make sure that its call hand-
lers use a structured risk assessment for every call, and that super-
visors audit how it is used.
Our inspection found an adequate supply of call handlers on most
shifts, but not on Friday and Saturday nights when demand is highest.
Areas for improvement
Police powers and public treatment
Area for improvement
The force should improve how it records and monitors its officers’
use of force, including the reasons for each use of force.

PEEL 2023–25 Northamptonshire Police
3

Investigating crime
Area for improvement
The force should make sure that victims are kept informed of the
progress of their investigations, and that it records whether
each victim wants to support a prosecution.
Leadership and force management
Area for improvement
The force should develop a workforce plan that is based on a clear
under-
standing of current and future demand.
We saw an example of good practice in how the force shares
intelligence with Northamptonshire Fire and Rescue Service, which
we have shared with other forces.
© HMICFRS 2025
www.justiceinspectorates.gov.uk/hmicfrs

PEEL 2023–25 Northamptonshire Police
4
"""

# ---------------------------------------------------------------- lb06.txt
# A stakeholder email (HTML) flattened to plain text by the recipient's mail client,
# then forwarded.
LB06 = """From: Karen Whitlow <karen.whitlow@derbyshire-partnership.example.org>
Sent: 21 July 2022 16:05
To: Community Safety Partnership members
Subject: FW: Derbyshire Constabulary - PEEL inspection results

Colleagues - forwarding for information, ahead of the CSP board on 4 August. Karen

---------- Forwarded message ---------
From: Corporate Communications, Derbyshire Constabulary <corpcomms@derbyshire-police.example.org>
Date: Tue, 19 Jul 2022 at 10:01
Subject: Derbyshire Constabulary - PEEL inspection results
To: Partner distribution list <partners@derbyshire-police.example.org>


[image: Derbyshire Constabulary]

Dear partner,

*PEEL inspection 2021/22: our results*

Today His Majesty's Inspectorate of Constabulary and Fire & Rescue Services
(HMICFRS) published its PEEL inspection report on Derbyshire Constabulary.
You can read the full report here:
<https://www.justiceinspectorates.gov.uk/hmicfrs/publications/peel-assessment-2021-22-derbyshire/>

We are proud that the force was graded *Outstanding* for preventing crime
and anti-social behaviour, one of only a handful of forces to receive
that grade.

[image: grade chart]

The full set of grades is:

   - Treatment of the public: *Good*
   - Preventing crime and anti-social behaviour: *Outstanding*
   - Responding to the public: *Adequate*
   - Investigating crime: *Good*
   - Protecting vulnerable people: *Good*
   - Managing offenders and suspects: *Good*
   - Disrupting serious organised crime: *Good*
   - Developing a positive workplace: *Good*
   - Good use of resources: *Adequate*
   - Recording data about crime: *Good*

Providing a service to victims of crime was not given a grade.

Chief Constable Sunita Marwaha said: "This report reflects the commitment
of our officers, staff and volunteers, and the strength of our partnerships
with you. We know where we need to improve, and we have already started."

The inspectorate identified two areas for improvement:

   1. The force should make sure that it answers emergency calls within
   the national standard, and that it records the vulnerability of callers
   at the first point of contact.
   2. The force should improve its understanding of the demand it faces,
   so that it can match its workforce to that demand over the medium term.

Derbyshire's Police and Crime Commissioner, Angus Marlowe, will publish his
response on his website <https://www.derbyshire-pcc.example.org/peel> and
will present it to the Police and Crime Panel on 8 September.

If you have any questions, please reply to this email or contact your
local neighbourhood inspector.

Kind regards,

*Corporate Communications*
Derbyshire Constabulary | Butterley Hall, Ripley, Derbyshire
<https://www.derbyshire.police.uk>

[image: Twitter] <https://twitter.com/derbyshirecops> [image: Facebook]
<https://www.facebook.com/derbyshireconstabulary>

This email and any attachments are confidential and intended solely for
the addressee. If you have received it in error, please notify the sender
and delete it. Derbyshire Constabulary accepts no liability for any
damage caused by viruses.
"""

# ---------------------------------------------------------------- lb09.csv
# A regional grades list, opened and re-saved by Excel as "CSV (Comma delimited)":
# cp1252, CRLF, quoted fields, trailing empty columns, and one Period cell that Excel
# turned into a date ("Jan-25").
LB09_ROWS = [
    ["East Midlands forces – latest PEEL grades (compiled for the regional OPCC chief executives group)", "", "", "", "", "", "", ""],
    ["Force", "Inspection", "Period", "Area", "Grade", "Previous grade (2021/22)", "Published", "Comment"],
]
def _rows(force, period, published, items):
    for area, grade, prev, comment in items:
        LB09_ROWS.append([force, "PEEL", period, area, grade, prev, published, comment])

_rows("Leicestershire Police", "2023–25", "06/02/2025", [
    ("Police powers and public treatment", "Good", "", ""),
    ("Preventing crime", "Good", "", ""),
    ("Responding to the public", "Requires improvement", "", "101 abandonment rate, see AFI"),
    ("Investigating crime", "Adequate", "", ""),
    ("Protecting vulnerable people", "Adequate", "", ""),
    ("Managing offenders", "Good", "", ""),
    ("Disrupting serious organised crime", "Not graded", "", "Reported at regional level"),
    ("Building, supporting and protecting the workforce", "Good", "", ""),
    ("Leadership and force management", "Adequate", "", ""),
    ("Crime data integrity", "Good", "", ""),
])
_rows("Nottinghamshire Police", "2023–25", "11/04/2025", [
    ("Police powers and public treatment", "Adequate", "", ""),
    ("Preventing crime", "Good", "", ""),
    ("Responding to the public", "Adequate", "Requires improvement", "Improved since 2021/22"),
    ("Investigating crime", "Requires improvement", "", ""),
    ("Protecting vulnerable people", "Requires improvement", "", ""),
    ("Managing offenders", "Adequate", "", ""),
    ("Building, supporting and protecting the workforce", "Good", "", ""),
    ("Leadership and force management", "Adequate", "", ""),
])
_rows("Northamptonshire Police", "2023–25", "20/03/2025", [
    ("Police powers and public treatment", "Requires improvement", "", ""),
    ("Preventing crime", "Adequate", "", ""),
    ("Responding to the public", "Inadequate", "Requires improvement", "Cause of concern, 2 recommendations"),
    ("Investigating crime", "Requires improvement", "", ""),
    ("Protecting vulnerable people", "Adequate", "", ""),
    ("Managing offenders", "Good", "", ""),
    ("Building, supporting and protecting the workforce", "Adequate", "", ""),
    ("Leadership and force management", "Requires improvement", "", ""),
])
_rows("Lincolnshire Police", "2023–25", "21/11/2024", [
    ("Police powers and public treatment", "Good", "", ""),
    ("Preventing crime", "Adequate", "", ""),
    ("Responding to the public", "Good", "", ""),
    ("Investigating crime", "Adequate", "", ""),
    ("Protecting vulnerable people", "Requires improvement", "", ""),
    ("Managing offenders", "Good", "", ""),
    ("Building, supporting and protecting the workforce", "Adequate", "", ""),
    ("Leadership and force management", "Good", "", ""),
])
_rows("Derbyshire Constabulary", "2021/22", "19/07/2022", [
    ("Treatment of the public", "Good", "", "2023–25 inspection not yet published"),
    ("Preventing crime and anti-social behaviour", "Outstanding", "", ""),
    ("Responding to the public", "Adequate", "", ""),
    ("Investigating crime", "Good", "", ""),
    ("Protecting vulnerable people", "Good", "", ""),
    ("Managing offenders and suspects", "Good", "", ""),
    ("Disrupting serious organised crime", "Good", "", ""),
    ("Developing a positive workplace", "Good", "", ""),
    ("Good use of resources", "Adequate", "", ""),
    ("Recording data about crime", "Good", "", ""),
    ("Providing a service to the victims of crime", "Not graded", "", ""),
])
# Excel's date conversion: one Leicestershire cell "2023-25" became a date (Jan-25).
for r in LB09_ROWS:
    if r[0] == "Leicestershire Police" and r[3] == "Investigating crime":
        r[2] = "Jan-25"
LB09_ROWS.append(["Source: HMICFRS PEEL reports. Grades as published; 'Not graded' means no grade was given for the area.", "", "", "", "", "", "", ""])


def csv_line(cells):
    out = []
    for c in cells:
        if any(ch in c for ch in ',"\n'):
            c = '"' + c.replace('"', '""') + '"'
        out.append(c)
    return ",".join(out)


LB09 = "\n".join(csv_line(r) for r in LB09_ROWS) + "\n"

# ---------------------------------------------------------------- lb10.txt
# An Excel tracker saved as "Text (Tab delimited)": cp1252, CRLF, cells with quotes or
# line breaks wrapped in quotes with doubled inner quotes.
T = "\t"
LB10_ROWS = [
    ["Leicestershire Police – HMICFRS recommendations and areas for improvement tracker", "", "", "", "", "", "", ""],
    ["Version 7 – owner: Strategic Planning and Inspection Unit – updated 28/03/2025", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", ""],
    ["Ref", "Source", "Area", "Area grade", "Recommendation / AFI", "Lead", "RAG", "Latest update"],
    ["LEI-2325-01", "PEEL 2023–25 (published 06/02/2025)", "Responding to the public", "Requires improvement",
     "The force should make sure that it answers non-emergency calls promptly, and that it reduces the number of calls abandoned before they are answered.",
     "Ch Supt, Contact Management", "Amber",
     'New shift pattern live 06/01/2025; 12 extra call handlers. The "call-back promise" started in February.\nAbandonment 19% (target 10%).'],
    ["LEI-2325-02", "PEEL 2023–25 (published 06/02/2025)", "Investigating crime", "Adequate",
     "The force should improve how it supervises investigations, so that every investigation has a clear plan and victims are updated in line with the Victims’ Code.",
     "Det Ch Supt, Crime", "Green",
     "Day 7 / day 28 supervisory reviews in place; compliance 88% in March audit."],
    ["LEI-2325-03", "PEEL 2023–25 (published 06/02/2025)", "Protecting vulnerable people", "Adequate",
     "The force should make sure that officers consistently complete a risk assessment when they attend incidents of domestic abuse.",
     "ACC Kerrigan", "Red", ""],
    ["LEI-2325-04", "PEEL 2023–25 (published 06/02/2025)", "Leadership and force management", "Adequate",
     "The force should make sure that its workforce plan reflects the skills it will need to meet future demand, and that it monitors progress against the plan.",
     "Director of People", "Amber",
     "Draft workforce plan to Chief Officer Group 15/04/2025."],
    ["LEI-2122-06", "PEEL 2021/22 (carried forward)", "Good use of resources", "Adequate",
     "The force should improve its understanding of the costs of its services, so that it can make informed decisions about where to invest.",
     "Director of Finance", "Complete",
     "Closed 03/2024 – activity-based costing model adopted and refreshed quarterly."],
    ["NAT-2024-02", "National thematic (to all chief constables)", "Vetting", "",
     "By 31 March 2025, chief constables should make sure that every officer and member of staff has current vetting clearance.",
     "Head of PSD", "Green", "98.6% compliant."],
    ["", "", "", "", "", "", "", ""],
    ["RAG key: Green = on track or complete; Amber = some slippage; Red = behind plan. Grades are HMICFRS grades on the five-point scale (outstanding, good, adequate, requires improvement, inadequate).", "", "", "", "", "", "", ""],
]


def tab_line(cells):
    out = []
    for c in cells:
        if any(ch in c for ch in '"\n\t'):
            c = '"' + c.replace('"', '""') + '"'
        out.append(c)
    return T.join(out)


LB10 = "\n".join(tab_line(r) for r in LB10_ROWS) + "\n"


def main():
    os.makedirs(DOCS, exist_ok=True)
    write("lb04.html", LB04)
    write("lb05.txt", LB05)
    write("lb06.txt", LB06, newline="\r\n")
    write("lb09.csv", LB09, encoding="cp1252", newline="\r\n")
    write("lb10.txt", LB10, encoding="cp1252", newline="\r\n")


if __name__ == "__main__":
    main()
