"""Write the corpus94 documents: src/mn01.html and src/mn02.html (printed to PDF by build.sh),
docs/mn03.docx, docs/mn04.docx (python-docx), and docs/mn05.html ... docs/mn10.txt.

    /tmp/mnvenv/bin/python src/make_docs.py
"""
import csv
import io
import os

from data import (ABBR, A, AREAS2325, EFF2016, G, I, LEG2017, O, P1819, P2325, RI, SCORE,
                  SHORT, SOP2016)

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")

# ---- statements shared with make_gold.py ----------------------------------------------
MN02_COC = ("Cleveland Police does not understand the demand it faces well enough, and so it "
            "cannot show that it has the right people, with the right skills, in the right "
            "places to meet that demand.")
MN02_REC = ("To address this, we recommend that within six months the force should: carry out a "
            "thorough analysis of current and likely future demand across all its functions; "
            "and use that analysis to set out how it will match its workforce and its budget "
            "to that demand.")
MN03_COC = ("The force is not answering emergency and non-emergency calls quickly enough, and "
            "call handlers do not always assess the risk to callers properly, so some people "
            "in need are not getting the right response.")
MN04_AFI_GLOS = ("The constabulary should make sure that investigations are supervised "
                 "effectively, with documented supervisory reviews that set clear actions for "
                 "investigators.")
MN04_AFI_KENT = ("The force should make sure that it assesses the needs of victims and records "
                 "the reasons when a victim withdraws support for an investigation.")
MN10_COC = ("Devon and Cornwall Police isn\u2019t answering calls from the public quickly "
            "enough, and it doesn\u2019t make sure that the risk to a caller is properly assessed "
            "before their call is placed in a queue.")
MN10_RECS = [
    ("Within three months, the force should make sure that it has enough trained call "
     "handlers on every shift to answer emergency calls within the national standard."),
    ("Within six months, the force should introduce a structured risk assessment that is "
     "used for every call for service and is subject to regular supervisory checks."),
]


def write(name, text, encoding="utf-8", folder=DOCS):
    with open(os.path.join(folder, name), "w", encoding=encoding, newline="") as fh:
        fh.write(text)


# ---- mn01: State of Policing 2016, Annex E (landscape PDF) -----------------------------
def mn01():
    rows = []
    arrows = {"Bedfordshire Police": "\u2193<sup>3</sup>", "Hertfordshire Constabulary": "=",
              "Durham Constabulary": "\u2191", "Essex Police": "="}
    for region, forces in SOP2016:
        first = True
        for f, short, eff, effi, leg in forces:
            reg = '<td rowspan="%d" class="reg">%s</td>' % (len(forces), region) if first else ""
            first = False
            rows.append("<tr>%s<td>%s</td><td class='g'>%s</td><td class='g'>%s</td>"
                        "<td class='g'>%s</td><td class='g'>\u2013</td><td class='g'>%s</td></tr>"
                        % (reg, short, ABBR[eff], ABBR[effi], ABBR[leg], arrows.get(f, "=")))
    html = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>State of Policing 2016 - Annex E</title>
<style>
@page { size: A4 landscape; margin: 14mm 14mm 16mm 14mm;
  @bottom-right { content: "STATE OF POLICING  " counter(page); font: 8pt Arial; } }
body { font-family: Arial, Helvetica, sans-serif; font-size: 10pt; font-variant-ligatures: none; color: #1b1b1b; }
h1 { font-size: 17pt; color: #5b2c83; margin: 0 0 4mm 0; }
h2 { font-size: 12pt; color: #5b2c83; }
table { border-collapse: collapse; width: 100%%; }
th { background: #5b2c83; color: #fff; font-size: 9pt; padding: 4px 6px; text-align: left; }
td { border-bottom: 1px solid #c9bcd8; padding: 3px 6px; font-size: 9.5pt; }
td.g { text-align: center; width: 11%%; }
td.reg { font-weight: bold; background: #efe9f5; vertical-align: top; }
.key { border: 1px solid #5b2c83; padding: 4px 8px; margin: 3mm 0; font-size: 9pt; }
.fn { font-size: 8pt; }
.sig { margin-top: 6mm; }
</style></head><body>
<p style="font-size:8pt;color:#5b2c83">STATE OF POLICING &ndash; THE ANNUAL ASSESSMENT OF POLICING IN ENGLAND AND WALES 2016 &middot; ANNEXES</p>
<h1>Annex E: PEEL 2016 judgments by force (extract)</h1>
<p>This annex gathers in one place the graded judgments that HMIC reached for each force in
the 2016 PEEL assessment. The efficiency and legitimacy reports were published in November and
December 2016 and the effectiveness reports on 2 March 2017, so some judgments post-date the
end of the inspection year. The extract below covers the North East, North West and Eastern
regions; the complete table for all 43 forces is on our website.</p>
<div class="key"><b>Key:</b> &nbsp; O = Outstanding &nbsp;&nbsp; G = Good &nbsp;&nbsp; RI = Requires improvement &nbsp;&nbsp; I = Inadequate &nbsp;&nbsp; &ndash; = assessed but not graded</div>
<table>
<thead><tr><th>Region</th><th>Force</th><th>Effectiveness</th><th>Efficiency</th><th>Legitimacy</th><th>Leadership<sup>1</sup></th><th>Effectiveness since 2015<sup>2</sup></th></tr></thead>
<tbody>
%s
</tbody></table>
<p class="fn"><sup>1</sup> Leadership was assessed in 2016 as part of the spring inspection, but no graded judgment was given; a narrative assessment appears in each force&rsquo;s report.<br>
<sup>2</sup> &uarr; better, = unchanged, &darr; worse, compared with the 2015 effectiveness judgment.<br>
<sup>3</sup> In 2015 Bedfordshire Police was judged to require improvement for effectiveness. We revisited the force in the summer of 2017.</p>
<h2>Commentary</h2>
<p>Durham Constabulary is the only force in England and Wales to have been judged outstanding in
all three graded pillars. In the North West, Lancashire Constabulary was judged outstanding
for efficiency, and every other force in the region was judged good in each pillar. The
Eastern region presents a more mixed picture. Bedfordshire Police is the only force in the
country to have been judged inadequate for effectiveness in 2016, and Essex Police was one
of a small number of forces judged to require improvement for legitimacy. Its neighbour,
Suffolk Constabulary, is reported in the South East section of this annex.</p>
<p>Forces in these three regions also work closely with partners outside policing. Cleveland
and Durham, for example, share several specialist units with North Yorkshire Police.</p>
<div class="sig"><b>Sir Thomas Winsor</b><br>HM Chief Inspector of Constabulary</div>
</body></html>
""" % "\n".join(rows)
    write("mn01.html", html, folder=HERE)


# ---- mn02: PEEL spotlight report 2018/19 group 2 (portrait PDF) ------------------------
SYM = {O: "\u2605", G: "\u25cf", RI: "\u25d0", I: "\u25cb"}


def mn02():
    names = {"Cumbria Constabulary": "Cumbria", "Derbyshire Constabulary": "Derbyshire",
             "Gwent Police": "Gwent", "Northumbria Police": "Northumbria",
             "Surrey Police": "Surrey", "Warwickshire Police": "Warwickshire"}
    rows = []
    for f, gs in P1819.items():
        cells = "".join("<td class='s'>%s</td>" % SYM[g] for g in gs)
        rows.append("<tr><td>%s</td>%s</tr>" % (names[f], cells))
    html = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>PEEL spotlight report</title>
<style>
@page { size: A4; margin: 18mm 16mm; @bottom-center { content: counter(page); font: 8pt Arial; } }
body { font-family: Arial, Helvetica, sans-serif; font-size: 10.5pt; font-variant-ligatures: none; line-height: 1.4; }
.cover { height: 240mm; break-after: page; }
.cover h1 { font-size: 24pt; color: #1d3c6e; margin-top: 60mm; }
h2 { color: #1d3c6e; font-size: 14pt; }
h3 { color: #1d3c6e; font-size: 11.5pt; }
table { border-collapse: collapse; width: 100%%; margin: 2mm 0; }
th, td { border: 1px solid #9aa9c2; padding: 3px 4px; font-size: 9pt; }
th { background: #dfe6f1; }
td.s { text-align: center; font-size: 11pt; }
.key { font-size: 9pt; }
.box { border: 2px solid #b0302f; padding: 4px 10px; margin: 3mm 0; background: #fbeeee; }
.info { border-left: 4px solid #1d3c6e; padding: 2px 10px; background: #eef2f8; }
</style></head><body>
<div class="cover">
<p>HMICFRS</p>
<h1>PEEL spotlight report<br>Strain on the front line</h1>
<p style="font-size:13pt">Themes from the second group of 2018/19 PEEL inspections</p>
<p>September 2019</p>
<p style="font-size:8pt;margin-top:90mm">&copy; HMICFRS 2019 &middot; ISBN: 978-1-78655-000-0</p>
</div>
<h2>Foreword</h2>
<p>This report draws out the themes from the fourteen force reports in the second group of our
2018/19 integrated PEEL inspections. Most of these forces continue to perform well. They keep
people safe, use their money sensibly and treat the public and their own people fairly. But
more of them now require improvement in one or more areas, and for the first time in this
inspection year we have given inadequate grades.</p>
<p>Alongside this group we are publishing our report on Cleveland Police, which we inspected
in the third group. We have graded Cleveland as inadequate in each of the three pillars. We
have brought the report forward because of the seriousness of our findings, and the force is
now receiving support to improve.</p>
<p><b>Matt Parr</b><br>HM Inspector of Constabulary</p>
<h2>Grades at a glance</h2>
<p>Figure 1 shows the question-level grades for six of the forces in this group. The grades
for all fourteen forces, and for the first group, are on our website. Across the fourteen
forces we gave eleven requires improvement grades at question level and no inadequate
grades.</p>
<p><b>Figure 1: Question grades, PEEL 2018/19, selected forces in the second group</b></p>
<table>
<thead><tr><th rowspan="2">Force</th><th colspan="4">Effectiveness</th><th colspan="2">Efficiency</th><th colspan="3">Legitimacy</th></tr>
<tr><th>E1</th><th>E2</th><th>E3</th><th>E4</th><th>F1</th><th>F2</th><th>L1</th><th>L2</th><th>L3</th></tr></thead>
<tbody>
%s
</tbody></table>
<p class="key"><b>Key:</b> %s Outstanding &nbsp; %s Good &nbsp; %s Requires improvement &nbsp; %s Inadequate<br>
E1 Preventing crime and tackling anti-social behaviour &middot; E2 Investigating crime and reducing re-offending &middot;
E3 Protecting vulnerable people and supporting victims &middot; E4 Tackling serious and organised crime &middot;
F1 Using resources to meet demand &middot; F2 Planning for the future &middot;
L1 Treating the public fairly &middot; L2 Ethical and lawful workforce behaviour &middot; L3 Treating the workforce fairly.
Specialist capabilities were inspected but not graded.</p>
<h2>Workforce under pressure</h2>
<p>Warwickshire Police, which works in a strategic alliance with West Mercia Police, requires
improvement in its effectiveness and its efficiency. The alliance is due to end in 2019, and
the force will need to rebuild several functions on its own. West Mercia Police was inspected
in the third group and is not covered here.</p>
<div class="info"><p><b>Innovative practice: Northumbria Police</b><br>We saw good practice in the
way the force supports officers who have dealt with traumatic incidents, with a wellbeing
check offered within 72 hours.</p></div>
<h2>Using resources to meet demand</h2>
<p>In Cleveland we found a force that does not have a clear picture of the work it has to do.
We identified the following cause of concern.</p>
<div class="box"><p><b>Cause of concern</b></p><p>%s</p>
<p><b>Recommendation</b></p><p>To address this, we recommend that within six months the force should:</p>
<ul><li>carry out a thorough analysis of current and likely future demand across all its functions; and</li>
<li>use that analysis to set out how it will match its workforce and its budget to that demand.</li></ul></div>
<h2>National recommendation</h2>
<p>We recommend that by March 2020 every force should review how it records the skills of its
workforce, so that it can plan for the capabilities it will need. This is not a
recommendation to any one of the forces named in this report.</p>
</body></html>
""" % ("\n".join(rows), SYM[O], SYM[G], SYM[RI], SYM[I], MN02_COC)
    write("mn02.html", html, folder=HERE)


# ---- mn03: House of Commons Library briefing (DOCX) -----------------------------------
def mn03():
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Commons Library Research Briefing"
    doc.add_paragraph("Research Briefing").runs[0].bold = True
    doc.add_heading("Police performance: inspection and the PEEL programme", 0)
    doc.add_paragraph("By Hannah Whitcombe and Rhys Lowther\n14 July 2023")

    def para(parts, style=None):
        p = doc.add_paragraph(style=style)
        for t in parts:
            if isinstance(t, int):
                r = p.add_run(str(t))
                r.font.superscript = True
            else:
                p.add_run(t)
        return p

    doc.add_heading("Summary", 1)
    para(["His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) "
          "inspects the 43 territorial police forces in England and Wales. Its main tool is the "
          "police effectiveness, efficiency and legitimacy (PEEL) inspection, in which each "
          "force is graded on a number of core questions.", 1, " This briefing explains how "
          "PEEL works, summarises the results of the 2021/22 cycle and lists the forces that "
          "HMICFRS is monitoring most closely."])
    doc.add_heading("1 How forces are graded", 1)
    para(["Since 2021/22 HMICFRS has used a five-point scale: outstanding, good, adequate, "
          "requires improvement and inadequate.", 2, " Earlier PEEL assessments, from 2014 to "
          "2018/19, used four grades and were organised under the three pillars of "
          "effectiveness, efficiency and legitimacy. The inspectorate cautions that grades "
          "from the two systems cannot be compared directly."])
    doc.add_heading("2 Results of PEEL 2021/22", 1)
    para(["The 2021/22 inspections produced a wide spread of grades. Durham Constabulary was "
          "graded outstanding for preventing crime,", 3, " while Greater Manchester Police was "
          "graded inadequate for recording data about crime and requires improvement for both "
          "responding to the public and protecting vulnerable people.", 4, " GMP\u2019s "
          "investigation of crime was graded adequate. Its Chief Constable, Stephen Watson, "
          "told the Home Affairs Committee that the force had \u201cturned a corner\u201d."])
    para(["Wiltshire Police was graded inadequate for protecting vulnerable people and for "
          "investigating crime.", 5, " Staffordshire Police was graded inadequate for responding "
          "to the public and requires improvement for investigating crime. In Staffordshire\u2019s "
          "case HMICFRS identified a cause of concern:"])
    doc.add_paragraph(MN03_COC, style="Intense Quote")
    para(["HMICFRS\u2019s HM Chief Inspector of Constabulary, Andy Cooke, has said that too many "
          "forces are failing to get the basics right.", 6])
    doc.add_heading("3 Enhanced monitoring", 1)
    para(["Where HMICFRS has serious concerns about a force it may move it into the \u201cengage\u201d "
          "phase of its monitoring process. Table 1 lists the forces in that phase at the time "
          "of writing. Greater Manchester Police left the engage phase in October 2022."])
    doc.add_paragraph("Table 1: Forces in the engage phase, June 2023").runs[0].bold = True
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Force", "Entered engage", "Main concern")):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for row in [("Cleveland Police", "September 2019", "Leadership, demand and culture"),
                ("Metropolitan Police Service", "June 2022", "Counter-corruption and vetting"),
                ("Gloucestershire Constabulary", "September 2022", "Investigations and victim care"),
                ("Staffordshire Police", "September 2022", "Call handling"),
                ("Devon and Cornwall Police", "November 2022", "Call handling and crime recording"),
                ("Wiltshire Police", "December 2022", "Vulnerability and investigations")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    para(["Source: HMICFRS, Monitoring process: forces in engage, accessed 30 June 2023"])
    doc.add_heading("4 The 2023\u201325 cycle", 1)
    para(["The first reports of the 2023\u201325 cycle were published in autumn 2023. The framework "
          "adds a question on leadership and force management, and victim service is assessed "
          "without a grade.", 7])
    doc.add_heading("Notes", 2)
    for n, t_ in enumerate([
            "Police Act 1996, section 54.",
            "HMICFRS, PEEL 2021/22 assessment framework, 2021.",
            "HMICFRS, PEEL 2021/22: An inspection of Durham Constabulary, September 2022.",
            "HMICFRS, PEEL 2021/22: An inspection of Greater Manchester Police, October 2022.",
            "HMICFRS, PEEL 2021/22: An inspection of Wiltshire Police, December 2022.",
            "HMICFRS, State of Policing 2022, 9 June 2023.",
            "HMICFRS, PEEL Assessment Framework 2023\u20132025, February 2023."], start=1):
        p = doc.add_paragraph()
        r = p.add_run(str(n))
        r.font.superscript = True
        p.add_run(" " + t_)
        p.runs[1].font.size = Pt(8)
    doc.save(os.path.join(DOCS, "mn03.docx"))


# ---- mn04: College of Policing evidence briefing (DOCX) -------------------------------
def mn04():
    from docx import Document
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "College of Policing \u2013 OFFICIAL"
    doc.add_heading("Investigation standards: what PEEL 2021/22 tells us", 0)
    doc.add_paragraph("Evidence briefing \u2013 College of Policing, in partnership with the "
                      "National Police Chiefs\u2019 Council (NPCC)")
    doc.add_heading("Why this briefing", 1)
    doc.add_paragraph(
        "Investigating crime was one of the core questions graded in every force inspected "
        "under the 2021/22 PEEL programme. We reviewed the reports of 17 forces to find out "
        "what distinguished the forces graded highly from those where the inspectorate found "
        "weaknesses. Table 1 groups those forces by the grade they received for investigating "
        "crime.")
    doc.add_paragraph("Table 1: Investigating crime \u2013 PEEL 2021/22 grades of the forces "
                      "reviewed").runs[0].bold = True
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for c, h in zip(t.rows[0].cells, ("Grade", "Forces", "Number")):
        c.text = h
    groups = [
        (O, ["None of the forces reviewed"], "0"),
        (G, ["Durham Constabulary", "Hampshire Constabulary", "Leicestershire Police",
             "Suffolk Constabulary", "West Mercia Police"], "5"),
        (A, ["Greater Manchester Police", "Kent Police", "Lincolnshire Police",
             "Norfolk Constabulary"], "4"),
        (RI, ["Cleveland Police", "Gloucestershire Constabulary", "Staffordshire Police"], "3"),
        (I, ["Wiltshire Police"], "1"),
    ]
    for g, fs, n in groups:
        cells = t.add_row().cells
        cells[0].text = g
        cells[1].text = fs[0]
        for f in fs[1:]:
            cells[1].add_paragraph(f)
        cells[2].text = n
    doc.add_paragraph("Four of the 17 reports we reviewed did not reach us in time to be "
                      "included in Table 1. Grades for every force are published by HMICFRS.")
    doc.add_heading("What the better forces do", 1)
    doc.add_paragraph(
        "Hampshire Constabulary\u2019s investigation hubs were highlighted by the inspectorate as "
        "innovative practice, and several forces have since visited them. Durham\u2019s use of "
        "daily case reviews by detective sergeants is another example of good practice. "
        "Suffolk and its neighbour Norfolk share a joint investigation team for serious "
        "cases.")
    doc.add_heading("Common areas for improvement", 1)
    doc.add_paragraph("The areas for improvement given to forces were often worded in similar "
                      "ways. The report on Gloucestershire Constabulary said:")
    doc.add_paragraph(MN04_AFI_GLOS, style="Quote")
    doc.add_paragraph("Kent Police was given this area for improvement:")
    doc.add_paragraph(MN04_AFI_KENT, style="Quote")
    doc.add_paragraph("Kent Police has told us that it has since introduced a victim needs "
                      "assessment on its crime recording system; we have not yet been able to "
                      "evaluate it.")
    doc.add_heading("What we recommend", 1)
    doc.add_paragraph("Forces should consider adopting a single supervisory review template "
                      "for all volume crime investigations.", style="List Number")
    doc.add_paragraph("Forces should make sure that investigators receive the College\u2019s "
                      "refreshed investigation training within 12 months of appointment.",
                      style="List Number")
    doc.add_paragraph("Andy Marsh, Chief Executive Officer of the College of Policing, said the "
                      "findings would shape the next edition of the national investigation "
                      "standards.")
    doc.save(os.path.join(DOCS, "mn04.docx"))


# ---- mn05: news page, effectiveness 2016 grades grouped (HTML) ------------------------
def mn05():
    def lis(g):
        return "\n".join("      <li>%s</li>" % SHORT[f] for f in EFF2016[g])
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Police effectiveness: how does your force rate? | ITV News</title>
<style>body{font-family:Georgia,serif;max-width:720px;margin:auto}nav a{margin-right:1em}.byline{color:#666;font-size:.9em}</style>
</head><body>
<nav><a href="/news">News</a><a href="/news/uk">UK</a><a href="/news/regions">Your area</a></nav>
<article>
<h1>Police &lsquo;under strain&rsquo;: how does your local force rate?</h1>
<p class="byline">ITV Report &middot; 2 March 2017 at 12:01am</p>
<p>Police forces in England and Wales are struggling to do the basics, according to the
watchdog, which warned that a shortage of detectives is leaving vulnerable victims at risk.</p>
<p>Her Majesty&rsquo;s Inspectorate of Constabulary (HMIC) said that tens of thousands of wanted
suspects were not being actively pursued, and that some forces were downgrading emergency
calls to give themselves more time to respond.</p>
<blockquote>&ldquo;Most forces are doing a good job in difficult circumstances, but in too many
places the public are being let down,&rdquo; said Zo&euml; Billingham, HM Inspector of Constabulary.</blockquote>
<p>The inspectorate looked at four questions for each force:</p>
<ul>
<li>how well does it prevent crime and anti-social behaviour?</li>
<li>how well does it investigate crime and manage offenders?</li>
<li>how well does it protect vulnerable people and support victims?</li>
<li>how well does it tackle serious and organised crime?</li>
</ul>
<p>The findings come from HMIC&rsquo;s PEEL 2016 effectiveness inspection, carried out last
autumn. HMIC gave each force an overall grade for effectiveness:</p>
<h3>Outstanding</h3>
<ul>
%s
</ul>
<h3>Good</h3>
<ul>
%s
</ul>
<h3>Requires improvement</h3>
<ul>
%s
</ul>
<h3>Inadequate</h3>
<ul>
%s
</ul>
<p>Bedfordshire, rated as requiring improvement in the 2015 assessment, was the only force to fall to the
bottom grade. British Transport Police, which HMIC inspects separately, is not included in the
list.</p>
<p><a href="/news/2017-03-01/police-chiefs-respond">Read more: police chiefs respond to the report</a></p>
</article>
<footer><p>&copy; ITV plc 2017</p></footer>
</body></html>
""" % (lis(O), lis(G), lis(RI), lis(I))
    write("mn05.html", html)


# ---- mn06: HMICFRS accessible grades table, 2023-25, grouped by region (HTML) ---------
REGIONS6 = [("Eastern", ["Bedfordshire Police", "Cambridgeshire Constabulary", "Essex Police"]),
            ("South West", ["Avon and Somerset Constabulary", "Gloucestershire Constabulary",
                            "Wiltshire Police"]),
            ("North West", ["Cheshire Constabulary", "Cumbria Constabulary",
                            "Lancashire Constabulary"])]


def mn06():
    head = "".join("<th scope='col'>%s</th>" % name for _, name in AREAS2325)
    body = []
    for region, forces in REGIONS6:
        body.append("<tr class='region'><th colspan='9' scope='rowgroup'>%s</th></tr>" % region)
        for f in forces:
            if f not in P2325:
                body.append("<tr><th scope='row'>%s</th><td colspan='8'>Report not yet "
                            "published</td></tr>" % f)
                continue
            cells = "".join("<td class='%s'>%s</td>" % (ABBR[g].lower(), g) for g in P2325[f])
            body.append("<tr><th scope='row'>%s</th>%s</tr>" % (f, cells))
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>PEEL 2023&ndash;25: grades table &ndash; HMICFRS</title>
<style>
body{font-family:Arial,sans-serif;font-size:14px}
table{border-collapse:collapse}th,td{border:1px solid #bbb;padding:4px 6px;font-size:12px}
tr.region th{background:#233b6e;color:#fff;text-align:left}
td.o{background:#1c6b3a;color:#fff}td.g{background:#5fa55a}td.a{background:#f2d24b}
td.ri{background:#f29b4b}td.i{background:#d9534f;color:#fff}
</style></head><body>
<header><p><a href="/hmicfrs/">His Majesty&rsquo;s Inspectorate of Constabulary and Fire &amp; Rescue Services</a></p>
<nav aria-label="breadcrumb"><a href="/hmicfrs/">Home</a> &rsaquo; <a href="/hmicfrs/peel-assessments/">PEEL assessments</a> &rsaquo; PEEL 2023&ndash;25</nav></header>
<main>
<h1>PEEL 2023&ndash;25: grades by force</h1>
<p>This accessible table shows the grades each police force has received so far in the PEEL
2023&ndash;25 inspection cycle. We update it as each force report is published. You can view
the grades as a chart, or switch off the grouping by region.</p>
<p>Group by region: <b>On</b> | <a href="?group_by_region=off">Off</a> &nbsp; View: <a href="?view=chart">Chart</a> | <b>Table</b></p>
<p>The grades are: outstanding, good, adequate, requires improvement and inadequate. We assess
how well each force provides a service to victims of crime, but we do not grade it, so it
does not appear in the table.</p>
<table>
<caption>Grades by force and area, PEEL 2023&ndash;25 (regions shown: Eastern, South West, North West)</caption>
<thead><tr><th scope="col">Force</th>%s</tr></thead>
<tbody>
%s
</tbody></table>
<p>Fire and rescue service inspection results are shown on the separate FRS assessments pages.</p>
</main>
<footer><p>Last updated: 14 March 2025</p></footer>
</body></html>
""" % (head, "\n".join(body))
    write("mn06.html", html)


# ---- mn07: policing blog comparison (Markdown) ----------------------------------------
def mn07():
    rows = []
    ranked = sorted(P2325.items(), key=lambda kv: -sum(SCORE[g] for g in kv[1]) / 8)
    for n, (f, gs) in enumerate(ranked, 1):
        rows.append("| %d | %s | %.2f |" % (n, f, sum(SCORE[g] for g in gs) / 8))
    text = """# First PEEL reports of 2025: a mixed picture

*Posted 11 February 2025 by Gareth Pryce in Strategic awareness, PEEL*

The first PEEL reports of 2025 are out. In the past fortnight HMICFRS has published its
findings for Bedfordshire, Cheshire, and Avon and Somerset, and the results could hardly be
more different. If you are preparing for a promotion board, this is exactly the kind of
strategic awareness the panel will expect you to have.

## A quick reminder

PEEL (police effectiveness, efficiency and legitimacy) is how the inspectorate judges the
overall performance of each of the 43 forces. We are in the **2023–25** cycle, and each force
is graded in eight areas on a five-point scale. A consultation on the 2025–29 framework has
already closed.

## The three reports

**Bedfordshire Police** received good grades for preventing crime and for managing offenders,
but requires improvement for responding to the public and for leadership and force
management. Its other four graded areas were adequate.

**Cheshire Constabulary** was the standout. It was graded outstanding for preventing crime,
the only outstanding grade so far this year, and good in every other area the inspectorate
graded.

**Avon and Somerset Constabulary** had a more mixed report:

- Good: preventing crime; building, supporting and protecting the workforce
- Adequate: police powers and public treatment; protecting vulnerable people; managing offenders; leadership and force management
- Requires improvement: responding to the public; investigating crime

Investigating crime continues to be the weak spot nationally. Essex Police, reported on last
year, was also graded requires improvement for investigating crime.

## How do forces compare?

I have turned each force's 2023–25 grades into an average score, from 0 for inadequate up to
4 for outstanding. The table covers the forces reported on so far in three regions;
Lancashire Constabulary's report has not been published yet.

| Rank | Force | Average score (0–4) |
|---:|---|---:|
%s

*Scores are my own calculation, not the inspectorate's, and give every area equal weight.*

## What it means for you

Read your own force's report before your board, know its grades, and have a view on what you
would do about its areas for improvement. Good luck!
""" % "\n".join(rows)
    write("mn07.md", text)


# ---- mn08: long-format research dataset (CSV) -----------------------------------------
def mn08():
    region = {"Kent Police": "South East", "Sussex Police": "South East",
              "Surrey Police": "South East", "Hampshire Constabulary": "South East",
              "Thames Valley Police": "South East", "Dorset Police": "South West",
              "Devon and Cornwall Police": "South West", "Wiltshire Police": "South West"}
    qlabels = ["Overall", "Fair treatment of the public", "Ethical and lawful workforce",
               "Fair treatment of the workforce"]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["force", "region", "peel_year", "pillar", "question", "grade", "grade_score",
                "published", "source"])
    for f, gs in LEG2017.items():
        for q, g in zip(qlabels, gs):
            w.writerow([f, region[f], "2017", "Legitimacy", q, g, {O: 4, G: 3, RI: 2, I: 1}[g],
                        "2017-12-12", "HMICFRS PEEL: Police legitimacy 2017"])
    w.writerow(["Kent Police", "South East", "2016", "Legitimacy", "Overall", O, 4,
                "2016-12-08", "HMIC PEEL: Police legitimacy 2016"])
    w.writerow(["Sussex Police", "South East", "2016", "Legitimacy", "Overall", "", "",
                "2016-12-08", "HMIC PEEL: Police legitimacy 2016 (value missing in source file)"])
    w.writerow(["# grade_score: 4 = Outstanding, 3 = Good, 2 = Requires improvement, "
                "1 = Inadequate (PEEL 2015-2017 four-point scale)", "", "", "", "", "", "", "", ""])
    write("mn08.csv", out.getvalue())


# ---- mn09: Hansard written ministerial statement, PEEL 2015 (cp1252 TXT) --------------
def mn09():
    text = """Skip to main content
Hansard
Home > Commons > Written Statements

State of Policing: England and Wales
Volume 606: debated on Thursday 25 February 2016
Written Ministerial Statement HCWS558

The Minister for Policing, Crime, Criminal Justice and Victims (Mike Penning):

Yesterday Her Majesty\u2019s Chief Inspector of Constabulary, Sir Thomas Winsor, laid before
Parliament his annual assessment of policing in England and Wales, as section 54 of the Police
Act 1996 requires. Copies are available in the Vote Office.

Today HMIC has published on its website the judgments from its 2015 police effectiveness,
efficiency and legitimacy (PEEL) inspections. This is the first time that every force has been
assessed on all three pillars in a single year, and it gives the public a clear view of how
their local force is performing.

I want to congratulate the forces that were judged outstanding. Kent Police was judged
outstanding for legitimacy, and Durham Constabulary, Lancashire Constabulary and West
Yorkshire Police were each judged outstanding for efficiency. Durham was also judged good for
legitimacy.

I am, however, disappointed that so many forces \u2013 nineteen in all \u2013 were judged to require
improvement in at least one of the three pillars. Bedfordshire Police, for example, was judged
to require improvement for effectiveness. Its neighbours, Cambridgeshire Constabulary and
Hertfordshire Constabulary, already share a number of services with it, and I expect that
collaboration to help.

Police and crime commissioners must hold their chief constables to account for the areas for
improvement that HMIC has identified, and the public will rightly expect to see progress when
the 2016 judgments are published. This Government has protected overall police spending in
real terms, with \u00a3900 million more available to forces next year, so there is no excuse for
standing still.

[HCWS558]
"""
    write("mn09.txt", text.replace("\n", "\r\n"), encoding="cp1252")


# ---- mn10: State of Policing 2022 extract (TXT) ---------------------------------------
def mn10():
    text = """State of Policing: The Annual Assessment of Policing in England and Wales 2022
His Majesty's Inspectorate of Constabulary and Fire & Rescue Services
Published on: 9 June 2023

Part 2: Our inspections

PEEL inspections

Between 1 December 2021 and 31 March 2023 we completed the 2021/22 cycle of PEEL
inspections, assessing all 43 forces in England and Wales. Across the cycle we gave 29
outstanding grades and 95 inadequate grades, and 11 forces were graded inadequate in at least
one area.[12]

Some forces did very well. Durham Constabulary, for example, was graded outstanding for
preventing crime and antisocial behaviour, and good for investigating crime.[13] Others are
struggling with the basics. Devon and Cornwall Police was graded inadequate for responding to
the public, and we identified the following cause of concern:

    %s

We made two recommendations to the force:

    1. %s
    2. %s

Cleveland Police, which has been in the engage phase of our monitoring process since September
2019, was graded inadequate for responding to the public and requires improvement for
investigating crime. Greater Manchester Police left the engage phase in October 2022, but was
graded inadequate for recording data about crime.[14] The Metropolitan Police Service and
Gloucestershire Constabulary remain in the engage phase.

Fire and rescue services

In our third round of fire and rescue service inspections we graded two services inadequate
for their effectiveness. These findings are reported in our separate State of Fire and Rescue
report.

Our recommendations

Recommendation 3: By 31 March 2024, chief constables should make sure that their forces
answer emergency calls in line with the national standard. This applies to all forces, not
only to those named in this report.

Andy Cooke
HM Chief Inspector of Constabulary

[12] Grades for every force are available on our website.
[13] PEEL 2021/22: An inspection of Durham Constabulary, published 23 September 2022.
[14] PEEL 2021/22: An inspection of Greater Manchester Police, published 14 October 2022.
""" % (MN10_COC, MN10_RECS[0], MN10_RECS[1])
    write("mn10.txt", text)


def main():
    os.makedirs(DOCS, exist_ok=True)
    for fn in (mn01, mn02, mn03, mn04, mn05, mn06, mn07, mn08, mn09, mn10):
        fn()
    print("done")


if __name__ == "__main__":
    main()
