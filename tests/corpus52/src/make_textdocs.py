"""Write the six text documents kw01-kw06 into docs/ with their exact bytes:
encodings, BOMs, line endings and invisible characters are set here, not left to an editor.

    python3 src/make_textdocs.py

Character escapes used below:
  \u00a0 no-break space      \u202f narrow no-break space   \u200b zero-width space
  \u200d zero-width joiner   \u00ad soft hyphen             \u2060 word joiner
  \f form feed (page break in text pasted from a PDF)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
NB, NNB, ZW, ZWJ, SHY = "\u00a0", "\u202f", "\u200b", "\u200d", "\u00ad"


def write(name, text, encoding="utf-8", newline="\n", bom=False):
    text = text.replace("\r\n", "\n")
    if newline != "\n":
        text = text.replace("\n", newline)
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(DOCS, name), "wb") as fh:
        fh.write(data)
    print("wrote", name, len(data), "bytes")


# ---------------------------------------------------------------------------------------
# kw01.txt -- PEEL legitimacy 2017 summary page saved as text from Windows: cp1252, CRLF,
# curly quotes and en dashes as cp1252 bytes, NBSPs, tabs for alignment, trailing spaces,
# a soft hyphen (0xAD) left in by the word processor.
KW01 = f"""HMICFRS \u2013 Her Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services   
Home > Publications > PEEL assessments > Northamptonshire Police  

PEEL: Police legitimacy 2017
An inspection of Northamptonshire Police

Published 12 December 2017   

Contents
  Overall judgement
  Fair treatment of the public
  Ethical and lawful workforce behaviour
  Fair treatment of the workforce
  Annex \u2013 About the data

------------------------------------------------------------------------

Overall judgement{NB}

How legitimate is Northamptonshire Police at keeping people safe and reducing crime?

\tGrade this year:\t\tRequires{NB}improvement 
\tGrade in 2016:\t\t\u2013 see below

Our overall judgement is that Northamptonshire Police requires{NB}improvement in the
legitimacy with which it keeps people safe and reduces crime. This is a decline since
last year, when HMIC judged the force to be good. The change is almost entirely the
result of our findings on vetting and on counter{SHY}corruption; the force\u2019s treatment
of the public and of its own workforce has held up well.

We grade forces on a four{NB}point scale: \u2018outstanding\u2019, \u2018good\u2019, \u2018requires
improvement\u2019 or \u2018inadequate\u2019. A description of each grade is in the annex.

Summary of question grades
  Question\t\t\t\t\t\tGrade
  Fair treatment of the public\t\t\t\tGood
  Ethical and lawful workforce behaviour\t\tRequires improvement   
  Fair treatment of the workforce\t\t\tGood

------------------------------------------------------------------------

1. To what extent does the force treat all of the people it serves with fairness and respect?

Northamptonshire Police is good at treating the people it serves with fairness and
respect. Officers we spoke to in Corby and Kettering understood why the way they speak
to people matters, and the force\u2019s scrutiny panel, which includes members of the
public, reviews body-worn video from a sample of stop and search encounters every month.
We found \u201cgood practice\u201d in how the force explains its use of force data to its
independent advisory group.

Area for improvement
\u2013 The force should analyse its use of force records so that it can explain to the public
  any difference in how often force is used on people from black, Asian and minority
  ethnic backgrounds.

------------------------------------------------------------------------

2. How well does the force ensure that its workforce behaves ethically and lawfully?

The force requires improvement in ensuring that its workforce behaves ethically and
lawfully. At the time of our inspection, 412 officers and staff were overdue for a vetting
renewal, and the counter-corruption unit did not have an adequate supply of trained
investigators to meet its demand. The Deputy{NB}Chief Constable chairs a monthly
professional standards board, but it had not yet tackled the backlog.

Areas for improvement
\u2013 The force should make sure that every officer and member of staff holds the level of
  vetting their post requires, and it should clear its backlog of vetting renewals.
\u2013 The force should strengthen its ability to find and deal with corruption. In
  particular, it should:
    \u2022 give its counter-corruption unit enough trained investigators to manage
      its caseload; and
    \u2022 monitor its computer systems proactively for signs that data is being misused.

The force recognises abuse of position for a sexual purpose as serious corruption, in
line with the national counter-corruption strategy.

------------------------------------------------------------------------

3. To what extent does the force treat its workforce with fairness and respect?

The force is good at treating its workforce with fairness and respect. Officers and
staff told us they felt able to raise concerns, and the force acts on its staff survey.

Area for improvement
\u2013 The force should make sure that the wellbeing support it offers reaches officers and
  staff in its response teams, where demand is highest.

------------------------------------------------------------------------

Annex \u2013 About the data
The figures in this report come from the force\u2019s data return of May 2017 and from the
Home Office. \u201cBME\u201d is used here as the force uses it in its own reports.

HM Inspector of Constabulary: Wendell Okafor

\u00a9 HMICFRS 2017. You may re-use this information free of charge (Open Government Licence).
"""

# ---------------------------------------------------------------------------------------
# kw02.txt -- North Yorkshire PEEL 2023-25 report copied out of the PDF: UTF-8, form feeds
# between pages, running headers and page numbers, a contents list with dotted leaders,
# the grade table pasted column by column, an AFI that runs over a page break, mixed line
# endings (LF, a CRLF block, a few CR-only lines) and ligature characters in prose.
P1 = """PEEL 2023\u201325
Police effectiveness, efficiency and legitimacy
An inspection of North Yorkshire Police

His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services
Published: 6 February 2025
"""
P2 = """North Yorkshire Police \u2013 PEEL 2023\u201325 inspection report
Contents
Overall summary .................................................................. 3
Our judgements ................................................................... 3
HM Inspector\u2019s observations ....................................................... 4
Responding to the public ........................................................ 6
Investigating crime ................................................................. 7
Leadership and force management ........................................... 9
About the data .................................................................... 11
2
"""
P3 = """North Yorkshire Police \u2013 PEEL 2023\u201325 inspection report
Overall summary
Our judgements
Our inspection assessed how good North Yorkshire Police is in nine areas of
policing. We make graded judgements in eight of these nine areas. We don\u2019t
grade the service the force gives to victims of crime.
Outstanding
No areas
Good
Police powers and public
treatment
Managing offenders and
suspects
Crime data integrity
Adequate
Preventing and deterring crime
and antisocial behaviour, and
reducing vulnerability
Protecting vulnerable people
Building, supporting and
protecting the workforce
Requires improvement
Responding to the public
Investigating crime
Leadership and force
management
Inadequate
No areas
Grades are on a \ufb01ve-point scale: outstanding, good, adequate, requires
improvement and inadequate. Changes to the way we inspect mean that these
grades can\u2019t be compared directly with those from the 2021/22 inspection.
3
"""
P4 = """North Yorkshire Police \u2013 PEEL 2023\u201325 inspection report
HM Inspector\u2019s observations
I am pleased with some aspects of North Yorkshire Police\u2019s performance, but the
force needs to improve how it answers calls and investigates crime.
The force covers the largest county in England, and we saw how officers in the
Dales and on the coast make good use of local knowledge. Its management of
registered sex offenders is good, and its crime recording is accurate.
However, the force takes too long to answer non-emergency calls and too many
investigations lack a plan. Its senior leaders don\u2019t yet have a clear enough
picture of the demand the force will face, or of the skills its workforce will
need to meet it. The Assistant Chief Constable for local policing is leading a
review of the control room, and I will return to it in my next visit.
Lucinda Garwood
His Majesty\u2019s Inspector of Constabulary
4
"""
P6 = """North Yorkshire Police \u2013 PEEL 2023\u201325 inspection report
Responding to the public
Requires improvement
The force answers most 999 calls quickly, but only 41 percent of 101 calls were
answered within three minutes in the six months before our inspection.
Area for improvement 1
The force should make sure that it answers non-emergency calls promptly, and
that callers who hang up before their call is answered are called back when
there is a risk to them.
Investigating crime
Requires improvement
Area for improvement 2
The force should make sure that every investigation has a plan that a
supervisor has set and that is reviewed at regular intervals.
Area for improvement 3
The force should make sure that it seeks the views of victims before it
closes an investigation that has no suspect, and that it records those views
6
"""
P7 = """North Yorkshire Police \u2013 PEEL 2023\u201325 inspection report
on the crime record.
Officers told us that they often held more than 20 investigations at once. We
found that the force\u2019s \ufb01le quality was adequate, but delays in charging
decisions added to victims\u2019 frustration.
7
"""
P9 = """North Yorkshire Police \u2013 PEEL 2023\u201325 inspection report
Leadership and force management
Requires improvement
Area for improvement 4
The force should develop a better understanding of its future demand and of
the skills and capacity of its workforce, so that it can plan and \ufb01nance
the changes it needs to make.
Chief Constable Tobias Renwick has set out plans to change the structure of
the force, and the Police, Fire and Crime Commissioner has agreed a budget for
2025/26. North Yorkshire Fire and Rescue Service, which shares the force\u2019s
estate, was not part of this inspection.
9
"""
# pages 1-4 LF; page 6 CRLF (pasted in a second go); pages 7 and 9 end in CR-only lines
KW02 = (P1 + "\f" + P2 + "\f" + P3 + "\f" + P4 + "\f" + P6.replace("\n", "\r\n") + "\f"
        + P7 + "\f" + P9.replace("\n", "\r"))

# ---------------------------------------------------------------------------------------
# kw03.html -- HMICFRS news release, West Midlands Police PEEL 2021/22, saved with
# <meta charset="windows-1252">: cp1252 bytes mixed with named and numeric entities.
KW03 = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta charset="windows-1252">
<title>West Midlands Police inadequate at responding to the public &ndash; HMICFRS</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#0b0c0c}
.cookie{background:#f3f2f1;padding:12px 20px;border-bottom:2px solid #b1b4b6}
header{background:#2a255b;color:#fff;padding:14px 20px}
nav a{color:#fff;margin-right:18px}
.crumbs{font-size:14px;padding:8px 20px}
main{max-width:760px;padding:0 20px}
.meta{color:#505a5f;font-size:14px}
aside{border-top:4px solid #2a255b;margin-top:30px;padding-top:10px}
footer{background:#f3f2f1;padding:20px;font-size:13px;margin-top:40px}
</style>
</head>
<body>
<div class="cookie" role="region" aria-label="Cookies on this site">
<p><strong>Cookies on HMICFRS</strong></p>
<p>We use some essential cookies to make this website work. We’d like to set additional cookies to understand how you use the site. Your choice lasts for 12&nbsp;months.</p>
<p><button>Accept additional cookies</button> <button>Reject additional cookies</button> <a href="#">View cookies</a></p>
</div>
<header>
<p><strong>HMICFRS</strong> His Majesty&rsquo;s Inspectorate of Constabulary and Fire &amp; Rescue Services</p>
<nav><a href="#">About us</a><a href="#">Our work</a><a href="#">Publications</a><a href="#">News</a><a href="#">Contact</a></nav>
</header>
<div class="crumbs"><a href="#">Home</a> &rsaquo; <a href="#">News</a> &rsaquo; News feed</div>
<main>
<h1>West Midlands Police inadequate at responding to the public&nbsp;&ndash; HMICFRS</h1>
<p class="meta">Published: 22 September 2022 &nbsp;|&nbsp; Category: PEEL &nbsp;|&nbsp; Force: West Midlands</p>

<p>West Midlands Police needs to answer calls from the public much more quickly, the police inspectorate has said.</p>

<p>His Majesty&#8217;s Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS) assessed the force&#8217;s performance across nine areas of policing as part of its PEEL 2021/22 inspection programme. It found the force to be <strong>inadequate</strong> at responding to the public, and raised a cause of concern about the time it takes to answer emergency and non-emergency calls.</p>

<p>HMICFRS also found that West Midlands Police was:</p>
<ul>
<li>good at preventing crime and anti-social behaviour;</li>
<li>good at tackling serious and organised crime;</li>
<li>adequate at treatment of the public;</li>
<li>adequate at managing offenders and suspects;</li>
<li>adequate at developing a positive workplace;</li>
<li>adequate at recording data about crime;</li>
<li>requires&nbsp;improvement at investigating crime;</li>
<li>requires improvement at protecting vulnerable people; and</li>
<li>requires improvement at good use of resources.</li>
</ul>
<p>The inspectorate doesn’t grade the service the force provides to victims of crime.</p>

<p>HM Inspector of Constabulary Wendell Okafor said:</p>
<blockquote><p>&ldquo;I have real concerns about how long people in the West Midlands wait when they call the police. In the six months before our inspection, many 999 calls were not answered within 10&nbsp;seconds, and callers to 101 could wait more than half an hour.</p>
<p>&ldquo;The force’s neighbourhood teams are doing good work to prevent crime, and its regional organised crime partnership with Staffordshire Police and West Mercia Police is effective. But the force must get the basics right for the people who call it for help, and it must do so urgently.&rdquo;</p></blockquote>

<p>Chief&nbsp;Constable Rashida Colebrook said the force accepted the findings and had already recruited 60 more call handlers. Owen Featherby, the Police and Crime Commissioner for the West Midlands, said he would &ldquo;hold the force to account for every one of the report&#8217;s recommendations&rdquo;.</p>

<h2>Notes to editors</h2>
<ol>
<li>HMICFRS grades forces on a five-point scale: outstanding, good, adequate, requires improvement and inadequate.</li>
<li>The report on West Midlands Police is available on our website, with its areas for improvement.</li>
<li>Our <a href="#">PEEL 2021/22 methodology</a> explains what we inspected. West Midlands Fire Service was inspected separately and is not covered by this release.</li>
<li>For press enquiries, call 0300&nbsp;071&nbsp;6543 (09:00&ndash;17:00, Monday to Friday).</li>
</ol>

<aside>
<h2>Related content</h2>
<ul>
<li><a href="#">PEEL 2021/22: An inspection of West Midlands Police</a></li>
<li><a href="#">Police response to calls for service &ndash; national findings</a></li>
<li><a href="#">Northamptonshire Police PEEL 2021/22 news release</a></li>
</ul>
</aside>
</main>
<footer>
<p><a href="#">Accessibility</a> &middot; <a href="#">Privacy</a> &middot; <a href="#">Cookies</a> &middot; <a href="#">Freedom of information</a></p>
<p>&copy; Crown copyright. All content is available under the Open Government Licence v3.0, except where otherwise stated.</p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------
# kw04.md -- South Yorkshire PCC response record as Markdown from a static-site CMS:
# UTF-8 with BOM, old-Mac CR-only line endings, YAML front matter, HTML entities and
# backslash escapes (\* \- 1\.), zero-width space in one word.
KW04 = f"""---
layout: post
title: "Response to the HMICFRS PEEL 2023\u201325 inspection of South Yorkshire Police"
date: 2025-03-18
categories: [scrutiny, hmicfrs]
---

[Home](/) &rsaquo; [Holding the police to account](/accountability/) &rsaquo; HMICFRS reports

# Response to the HMICFRS PEEL 2023&ndash;25 inspection of South Yorkshire Police

**Published:** 18 March 2025 &nbsp;|&nbsp; **Response under section&nbsp;55 of the Police Act 1996**

| | |
|---|---|
| **Force** | South Yorkshire |
| **Report published** | 4 March 2025 |
| **Commissioner** | Annabel Thursby, Police and Crime Commissioner |

## Commissioner&rsquo;s summary

I welcome His Majesty&rsquo;s Inspectorate of Constabulary and Fire &amp; Rescue Services&rsquo; report on South Yorkshire Police. It is a strong report. The inspectorate judged the force **outstanding** at managing offenders and suspects, and the Chief{NB}Constable, Lauren Ashworth-Bligh, deserves credit for the work behind that grade.

The force was graded as follows\\*:

* Outstanding &ndash; managing offenders and suspects
* Good &ndash; police powers and public treatment; preventing and deterring crime; protecting vulnerable people; building, supporting and protecting the workforce; leadership and force management
* Adequate &ndash; responding to the public; investigating crime; crime data integrity

\\* Victim service assessments are not graded.

The report contains no causes of concern and three areas for improvement. I set out each below with the force&rsquo;s update. I will review progress at my public accountability board on 10 June 2025.

## Areas for improvement

### Responding to the public

> The force should reduce the number of calls to its 101 non\\-emergency number that are abandoned before they are answered.

**Chief Constable&rsquo;s update:** A call-back option went live in January. Abandonment fell from 19% to 11% in February; the target is under 10% by July.

### Investigating crime

> The force should make sure that supervisors set and review an investigation plan for every crime it allocates for investigation.

**Chief Constable&rsquo;s update:** Deputy Chief Constable Faisal Karimi chairs a monthly investigation standards board. A dip sample of 200 crimes in February found plans on 84% of them.

### Crime data integrity

> The force should improve the accuracy with which it records stalking and harass{ZW}ment offences reported as part of domestic abuse incidents.

**Chief Constable&rsquo;s update:** To follow in the June report.

## What happens next

1\\. My office will publish the next update in July 2025.
\\- Members of the public can send questions for the accountability board to the office by 30 May 2025.

*Page last reviewed: 18 March 2025*
"""

# ---------------------------------------------------------------------------------------
# kw05.csv -- City of London Police Authority Board PEEL tracker, exported from Excel as
# "CSV UTF-8": BOM, CRLF rows, LF inside quoted cells (Alt+Enter), NBSPs, a narrow
# no-break space before "AM" in the export stamp, curly quotes.
KW05_ROWS = [
    ["City of London Police Authority Board \u2013 HMICFRS recommendations tracker", "", "", "", "", "", "", ""],
    ["Exported 03/03/2025, 09:41" + NNB + "AM by Police Authority Team", "", "", "", "", "", "", ""],
    ["Ref", "Inspection", "Area", "Grade (PEEL 2023\u201325)", "Type",
     "Recommendation / area for improvement", "Force update (February 2025)", "RAG"],
    ["CoLP-PEEL-01", "PEEL 2023\u201325", "Police powers and public treatment", "Good", "\u2013", "\u2013", "\u2013", ""],
    ["CoLP-PEEL-02", "PEEL 2023\u201325", "Preventing and deterring crime", "Good", "\u2013", "\u2013", "\u2013", ""],
    ["CoLP-PEEL-03", "PEEL 2023\u201325", "Responding to the public", "Adequate", "AFI",
     "The force should make sure that it records the reasons when it lowers the priority of a call, and that a supervisor reviews those reasons.",
     "Control room supervisors now review every downgraded call on the shift.\nDip sample due April.", "Amber"],
    ["CoLP-PEEL-04", "PEEL 2023\u201325", "Investigating crime", "Requires" + NB + "improvement", "AFI",
     "The force should make sure that it gives victims of fraud a clear explanation\nwhen their report is not allocated for investigation.",
     "New victim letter agreed with Action Fraud; in use from 1 February.", "Green"],
    ["CoLP-PEEL-05", "PEEL 2023\u201325", "Investigating crime", "Requires" + NB + "improvement", "AFI",
     "The force should improve the quality of supervision recorded on investigations, including evidence of reviews at set intervals.",
     "", "Red"],
    ["CoLP-PEEL-06", "PEEL 2023\u201325", "Protecting vulnerable people", "Adequate", "AFI",
     "The force should make sure that officers and staff understand how to identify and respond to the risks faced by people who are exploited by criminals.",
     "Training for all frontline officers booked for Q1 2025/26.\nCriminal exploitation lead appointed.", "Amber"],
    ["CoLP-PEEL-07", "PEEL 2023\u201325", "Managing offenders and suspects", "Adequate", "AFI",
     "The force should make sure that it reviews risk assessments for registered sex offenders within the timescales national guidance sets.",
     "Backlog of 9 reviews cleared on 14 February.", "Green"],
    ["CoLP-PEEL-08", "PEEL 2023\u201325", "Building, supporting and protecting the workforce", "Good", "\u2013", "\u2013", "\u2013", ""],
    ["CoLP-PEEL-09", "PEEL 2023\u201325", "Leadership and force management", "Adequate", "\u2013", "\u2013", "\u2013", ""],
    ["CoLP-PEEL-10", "PEEL 2023\u201325", "Crime data integrity", "Good", "\u2013", "\u2013", "\u2013", ""],
    ["CoLP-PEEL-11", "PEEL 2023\u201325", "Victim service assessment", "Not graded", "\u2013", "\u2013", "\u2013", ""],
    ["NAT-FRAUD-R3", "Fraud: time to choose (national)", "\u2013", "\u2013", "Recommendation to all chief constables",
     "By 31 March 2025, chief constables should make sure that every fraud report is assessed for vulnerability within 24 hours.",
     "Assessed within 24 hours since 2023.", "Green"],
    ["Key: Green \u2013 complete; Amber \u2013 on track; Red \u2013 behind plan. \u201c\u2013\u201d = nothing to report.", "", "", "", "", "", "", ""],
]


def csv_text(rows):
    out = []
    for row in rows:
        cells = []
        for c in row:
            if any(ch in c for ch in ',"\n') or c != c.strip():
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(",".join(cells))
    return "\r\n".join(out) + "\r\n"


# ---------------------------------------------------------------------------------------
# kw06.txt -- an e-mail to panel members forwarding the embargoed HMICFRS release on
# South Yorkshire Police, saved as text: "> " quoting at two levels, hard wrap at 72,
# a zero-width joiner and zero-width spaces copied from the web page.
KW06 = f"""From: Panel Support <panel.support@southyorks-pcp.example.gov.uk>
Sent: 03 March 2025 16:52
To: Police and Crime Panel Members
Subject: FW: EMBARGOED until 00:01 4 March \u2013 HMICFRS PEEL report, South Yorkshire Police

Dear Members,

Please see below the inspectorate's embargoed release about South Yorkshire
Police, which the Commissioner's office forwarded to us this afternoon. The
full report will be on the HMICFRS website from 00:01 tomorrow. Please do not
share it before then.

The Commissioner's formal response will come to the panel meeting on 21 March.

Kind regards
Joanne
Panel Support Officer

-----Original Message-----
From: OPCC Communications
Sent: 03 March 2025 15:10
Subject: FW: EMBARGOED \u2013 PEEL 2023\u201325 South Yorkshire

> Panel colleagues \u2013 for information. Embargo applies.
>
> > HMICFRS NEWS RELEASE \u2013 EMBARGOED UNTIL 00:01 TUESDAY 4 MARCH 2025
> >
> > South Yorkshire Police outstanding at managing offenders, says
> > inspectorate
> >
> > South Yorkshire Police is outstanding at managing offenders and
> > suspects, His Majesty\u2019s Inspectorate of Constabulary and Fire &
> > Rescue Services (HMICFRS) has found.
> >
> > In its PEEL 2023\u201325 inspection, the inspectorate also graded the
> > force:
> >
> > * good at police powers and public treatment;
> > * good at preventing and deterring crime and antisocial behaviour, and
> >   reducing vulnerability;
> > * good at protecting vulnerable people;
> > * good at building, supporting and protecting the workforce;
> > * good at leadership and force management;
> > * adequate at responding to the public;
> > * adequate at investigating crime; and
> > * adequate at crime data integrity.
> >
> > His Majesty\u2019s Inspector of Constabulary Lucinda Garwood said:
> >
> > \u201cSouth Yorkshire Police has made real progress. Its work with
> > probation and partners to manage registered sex offenders is among the
> > best we have seen, and officers have a good understanding of how to
> > use their powers fairly.
> >
> > \u201cThe force now needs to answer its non-emergency calls faster and
> > make sure that every investigation is properly supervised.\u201d
> >
> > The inspectorate made three areas for improvement:
> >
> > * The force should reduce the number of calls to its 101 non-emergency
> >   number that are abandoned before they are answered.
> > * The force should make sure that supervisors set and review an
> >   investigation plan for every crime it allocates for investigation.
> > * The force should improve the accuracy with which it records stalking
> >   and harass{ZW}ment offences reported as part of domestic abuse incidents.
> >
> > Notes to editors
> > 1. HMICFRS grades forces as outstanding, good, adequate, requires
> >    improvement or inadequate.
> > 2. Victim service assessments are not graded.
> > 3. South Yorkshire Fire & Rescue was last inspected in 2023 and is not
> >    covered by this release.
> >
> > ENDS
"""


def main():
    write("kw01.txt", KW01, encoding="cp1252", newline="\r\n")
    with open(os.path.join(DOCS, "kw02.txt"), "wb") as fh:
        fh.write(KW02.encode("utf-8"))
    print("wrote kw02.txt")
    write("kw03.html", KW03, encoding="cp1252", newline="\r\n")
    write("kw04.md", KW04, newline="\r", bom=True)
    with open(os.path.join(DOCS, "kw05.csv"), "wb") as fh:
        fh.write(b"\xef\xbb\xbf" + csv_text(KW05_ROWS).encode("utf-8"))
    print("wrote kw05.csv")
    write("kw06.txt", KW06.replace("\u2019s embargoed", "'s embargoed"))


if __name__ == "__main__":
    main()
