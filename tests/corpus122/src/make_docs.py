"""Write the text-format documents of corpus122 (HTML, CSV, Markdown, text) and the HTML
sources of the two PDFs. Standard library only:  python3 src/make_docs.py"""
import csv
import io
import os
from data import *

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
COLOUR = {O: "#1b5e20", G: "#66bb6a", A: "#fdd835", RI: "#fb8c00", I: "#c62828"}


def write(name, text, where=DOCS):
    with open(os.path.join(where, name), "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


# ---------------------------------------------------------------- ns01.html
def ns01():
    rows = []
    regions = {}
    for r in NS01:
        if r[0]:
            cur = r[0]
        regions[cur] = regions.get(cur, 0) + 1
    cur = None
    for reg, name, _, e1, e2, e3 in NS01:
        cells = ""
        if reg:
            cells += '<th scope="rowgroup" rowspan="%d" class="region">%s</th>' % (regions[reg], reg)
        cells += '<th scope="row"><a href="/hmic/peel-assessments/peel-2016/%s/">%s</a></th>' % (
            name.lower().replace(" ", "-"), name)
        for g in (e1, e2, e3):
            cells += '<td class="g-%s">%s</td>' % (g.split()[0].lower(), g)
        cells += '<td class="ng">Not graded</td>'
        rows.append("      <tr>%s</tr>" % cells)
    cnt = {}
    for col in range(3):
        for g in (O, G, RI, I):
            cnt[(col, g)] = sum(1 for r in NS01 if r[3 + col] == g)
    def cl(col):
        return " &middot; ".join("%s %d" % (g, cnt[(col, g)]) for g in (O, G, RI, I) if cnt[(col, g)])
    html = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>PEEL 2016 &ndash; grades by region &ndash; HMIC</title>
<style>
body { font-family: Arial, Helvetica, sans-serif; margin: 0; color: #222; }
header { background: #00264d; color: #fff; padding: 10px 24px; }
header a { color: #fff; }
nav.crumbs { font-size: 13px; padding: 8px 24px; background: #eef2f6; }
main { padding: 8px 24px 40px; max-width: 1000px; }
table { border-collapse: collapse; width: 100%%; font-size: 14px; }
th, td { border: 1px solid #9aa5b1; padding: 6px 8px; text-align: left; }
thead th { background: #00264d; color: #fff; }
th.region { background: #dfe6ee; vertical-align: top; }
td.g-outstanding { background: #1b5e20; color: #fff; }
td.g-good { background: #8bc34a; }
td.g-requires { background: #ff9800; }
td.g-inadequate { background: #c62828; color: #fff; }
td.ng { color: #666; font-style: italic; }
tfoot td, tfoot th { background: #f4f4f4; font-size: 13px; }
.toggle span { display: inline-block; border: 1px solid #00264d; padding: 2px 10px; margin-right: 4px; }
.toggle span.on { background: #00264d; color: #fff; }
.key span { display: inline-block; width: 14px; height: 14px; vertical-align: middle; margin: 0 4px 0 12px; }
</style>
</head>
<body>
<header><a href="/hmic/">HMIC</a> &nbsp;|&nbsp; Her Majesty's Inspectorate of Constabulary</header>
<nav class="crumbs"><a href="/hmic/">Home</a> &rsaquo; <a href="/hmic/peel-assessments/">PEEL assessments</a> &rsaquo; PEEL 2016</nav>
<main>
<h1>PEEL 2016: grades table</h1>
<p>This is an overview of the grades that police forces in England and Wales received in PEEL 2016,
shown here for two regions. Forces were graded on three pillars &ndash; effectiveness, efficiency and
legitimacy. Leadership was assessed in 2016 but was not given a graded judgment.</p>
<p class="toggle">View: <span>Wheel</span><span class="on">Accessible table</span> &nbsp; Data: <span class="on">Pillar</span><span>Question</span> &nbsp; Group by region: <span>Off</span><span class="on">On</span></p>
<p class="key">Key:<span style="background:#1b5e20"></span>Outstanding<span style="background:#8bc34a"></span>Good<span style="background:#ff9800"></span>Requires improvement<span style="background:#c62828"></span>Inadequate</p>
<table>
  <caption style="text-align:left;font-weight:bold;padding:6px 0">Table 1: PEEL 2016 pillar grades, North East and Wales</caption>
  <thead>
    <tr><th scope="col">Region</th><th scope="col">Force</th><th scope="col">Effectiveness</th><th scope="col">Efficiency</th><th scope="col">Legitimacy</th><th scope="col">Leadership</th></tr>
  </thead>
  <tbody>
%s
  </tbody>
  <tfoot>
    <tr><th colspan="2" scope="row">Number of forces by grade</th><td>%s</td><td>%s</td><td>%s</td><td>&ndash;</td></tr>
    <tr><td colspan="6">Notes: Effectiveness grades were published in March 2017, efficiency grades in November 2016 and legitimacy grades in December 2016. The specialist capabilities question within effectiveness was not graded. Grades for all 43 forces are on the <a href="/hmic/peel-assessments/peel-2016/">PEEL 2016 page</a>.</td></tr>
  </tfoot>
</table>
<p>Select a force name to read its PEEL 2016 reports.</p>
</main>
<footer style="font-size:12px;padding:12px 24px;border-top:1px solid #ccc">&copy; HMIC 2017 &middot; <a href="/hmic/accessibility/">Accessibility</a> &middot; <a href="/hmic/cookies/">Cookies</a></footer>
</body>
</html>
""" % ("\n".join(rows), cl(0), cl(1), cl(2))
    write("ns01.html", html)


# ---------------------------------------------------------------- ns02 (PDF source)
def ns02():
    heads = "".join("<th>%s</th>" % short for short, _ in NS02_FORCES)
    body = []
    for label, key, gs in NS02_ROWS:
        tds = "".join('<td class="c%s">%s</td>' % (g.split()[0].lower().replace("/", ""), g) for g in gs)
        body.append("<tr><th>%s</th>%s</tr>" % (label, tds))
    body.insert(0, '<tr><th>Providing a service to the victims of crime</th><td colspan="5" class="span">Not graded in PEEL 2021/22 &ndash; narrative finding only</td></tr>')
    good = []
    for i in range(5):
        n = sum(1 for _, _, gs in NS02_ROWS if gs[i] in (G, O))
        m = sum(1 for _, _, gs in NS02_ROWS if gs[i] not in (NI, NA))
        good.append("<td>%d of %d</td>" % (n, m))
    body.append('<tr class="tot"><th>Areas graded good or outstanding</th>%s</tr>' % "".join(good))
    rows = "\n".join(body)
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Agenda item 7 - PEEL comparison</title>
<style>
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; font-variant-ligatures: none; }
h1 { font-size: 15pt; margin: 0 0 4px; } h2 { font-size: 12pt; margin-top: 18px; }
.meta td { border: none; padding: 1px 8px 1px 0; }
table.cmp { border-collapse: collapse; width: 100%%; margin-top: 8px; }
table.cmp th, table.cmp td { border: 1px solid #555; padding: 6px 5px; vertical-align: top; font-size: 9.5pt; }
table.cmp thead th { background: #d9d9d9; }
table.cmp thead { display: table-header-group; }
table.cmp tr { break-inside: avoid; }
table.cmp tbody th { text-align: left; font-weight: normal; width: 30%%; }
td.coutstanding { background: #a5d6a7; } td.cgood { background: #dcedc8; } td.cadequate { background: #fff9c4; }
td.crequires { background: #ffe0b2; } td.cinadequate { background: #ffcdd2; } td.cnot, td.cna { color: #555; font-style: italic; }
td.span { text-align: center; font-style: italic; }
tr.tot th, tr.tot td { font-weight: bold; background: #f2f2f2; }
tr.key td, tr.note td { font-size: 8.5pt; background: #fafafa; }
.box { border: 1px solid #777; padding: 6px 10px; margin: 8px 0; }
</style></head><body>
<p style="text-align:right;font-size:9pt">OFFICIAL</p>
<h1>Lincolnshire Police and Crime Panel</h1>
<table class="meta"><tr><td><b>Meeting:</b></td><td>Friday 2 December 2022</td></tr>
<tr><td><b>Agenda item:</b></td><td>7</td></tr>
<tr><td><b>Report of:</b></td><td>The Chief Executive, Office of the Police and Crime Commissioner for Lincolnshire</td></tr>
<tr><td><b>Title:</b></td><td>PEEL 2021/22: how Lincolnshire compares with its most similar forces</td></tr></table>
<h2>1. Purpose</h2>
<p>1.1 At the September meeting, members asked how the grades that His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS) gave Lincolnshire Police in its PEEL 2021/22 inspection compare with those of forces that are similar in size, population and demand. This report answers that question. It does not repeat the full findings, which the Panel considered on 23 September 2022.</p>
<p>1.2 The comparison uses the four forces in Lincolnshire's most similar group (MSG) whose PEEL 2021/22 reports had been published by 1 November 2022. HMICFRS warns that its grades are not a league table, and the Commissioner shares that view; the table is offered to help members frame questions.</p>
<h2>2. Background</h2>
<p>2.1 In PEEL 2021/22 HMICFRS graded each force in up to ten areas on a five-point scale. The Panel will recall that the scale was widened from four grades to five for this cycle, so a grade of adequate has no equivalent in earlier years. Disrupting serious organised crime is inspected separately with the regional organised crime units and has been reported for only some forces, and crime data integrity was inspected only in forces where HMICFRS had not recently examined it.</p>
<p>2.2 Police and Crime Commissioner Harriet Kellaway has asked Chief Constable Rhodri Penhallow to report on progress against the force's twelve areas for improvement at each quarterly accountability board. HMICFRS raised no cause of concern about Lincolnshire Police.</p>
<h2>3. The comparison</h2>
<p>3.1 Table 1 sets out the grades by area (rows) and force (columns). The names are those used in the 2021/22 reports.</p>
<table class="cmp">
<thead><tr><th>PEEL 2021/22 area</th>%s</tr></thead>
<tbody>
%s
<tr class="key"><td colspan="6"><b>Key:</b> Outstanding &middot; Good &middot; Adequate &middot; Requires improvement &middot; Inadequate. &ldquo;Not inspected&rdquo; means the area was not part of that force's 2021/22 inspection; &ldquo;n/a&rdquo; means HMICFRS had inspected crime data integrity in the force separately in 2020 and did not repeat it.</td></tr>
<tr class="note"><td colspan="6"><b>Source:</b> HMICFRS PEEL 2021/22 force reports, published between March and October 2022. Compiled by the Office of the Police and Crime Commissioner.</td></tr>
</tbody>
</table>
<h2>4. Observations</h2>
<p>4.1 Lincolnshire's strongest results, in treating the public fairly, preventing crime and developing a positive workplace, are in line with Norfolk and Suffolk. The area of greatest concern to the Commissioner is protecting vulnerable people, where Lincolnshire is the only force in the group to be graded requires improvement.</p>
<p>4.2 Two of the twelve areas for improvement relate directly to that finding and to investigation standards, and are reproduced below with the force's position.</p>
<div class="box"><p><b>Area for improvement (protecting vulnerable people)</b></p>
<p>%s</p>
<p><b>Force position, November 2022:</b> A vulnerability screening prompt has been added to the call-handling system, and attending officers now complete a short needs assessment on body-worn devices. Early audit results will be reported in March.</p></div>
<div class="box"><p><b>Area for improvement (investigating crime)</b></p>
<p>%s</p>
<p><b>Force position, November 2022:</b> To be reported at the next accountability board.</p></div>
<h2>5. Recommendation</h2>
<p>5.1 That the Panel notes the report.</p>
<p style="font-size:9pt;margin-top:24px">Contact: Scrutiny and Performance Officer, OPCC Lincolnshire. Background papers: none.</p>
</body></html>
""" % (heads, rows, NS02_AFI1, NS02_AFI2)
    write("ns02.html", html, HERE)


# ---------------------------------------------------------------- ns04.html
def svg_dot(grade):
    from urllib.parse import quote
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18"><rect width="18" height="18" rx="3" fill="%s"/></svg>' % COLOUR[grade]
    return '<img src="data:image/svg+xml,%s" width="18" height="18" alt="%s">' % (quote(svg), grade)


def ns04():
    head = "".join('<th scope="col">%s</th>' % a for a, _ in NS04_AREAS)
    rows = []
    for shown, _, gs in NS04:
        tds = "".join("<td>%s</td>" % svg_dot(g) for g in gs)
        rows.append('<tr><th scope="row">%s</th>%s<td class="dash">&ndash;</td></tr>' % (shown, tds))
    key = " ".join('<span class="k">%s %s</span>' % (svg_dot(g).replace('alt="%s"' % g, 'alt=""'), g) for g in (O, G, A, RI, I))
    html = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>How police forces across the South East were graded by the inspectorate | The Southern Courier</title>
<style>
body { font-family: Georgia, serif; margin: 0; color: #111; }
.top { background: #111; color: #fff; font-family: Arial, sans-serif; padding: 8px 20px; font-size: 14px; }
article { max-width: 860px; margin: 0 auto; padding: 10px 20px 40px; }
.byline { font-family: Arial, sans-serif; font-size: 13px; color: #555; }
table { border-collapse: collapse; font-family: Arial, sans-serif; font-size: 13px; margin: 12px 0; }
th, td { border-bottom: 1px solid #ddd; padding: 6px; text-align: center; }
th[scope=row] { text-align: left; }
thead th { font-size: 11px; vertical-align: bottom; max-width: 90px; }
.k { margin-right: 14px; font-family: Arial, sans-serif; font-size: 13px; }
.k img { vertical-align: middle; }
.src { font-family: Arial, sans-serif; font-size: 12px; color: #555; }
aside { border-left: 4px solid #999; padding-left: 12px; font-family: Arial, sans-serif; font-size: 14px; }
</style>
</head>
<body>
<div class="top">The Southern Courier &middot; News &middot; Crime &middot; Data</div>
<article>
<p class="byline">DATA &middot; By Imogen Tull, data reporter &middot; 14 March 2025, updated 15 March 2025</p>
<h1>How police forces across the South East were graded by the inspectorate</h1>
<p><strong>Four of the region's five police forces have now had their latest PEEL report. We have put the grades side by side.</strong></p>
<p>Every few years His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS) inspects each police force in England and Wales on its effectiveness, efficiency and legitimacy &ndash; known as PEEL. In the current round, which runs from 2023 to 2025, forces are graded in eight areas on a five-point scale.</p>
<p>Kent Police came out best in the region. It was the only force in the South East to be graded outstanding in any area, for preventing crime, and it has no area graded below adequate.</p>
<p>At the other end, Thames Valley Police was told it requires improvement in two areas, including responding to the public, where inspectors found that too many 101 calls were abandoned. Sussex Police also requires improvement in investigating crime.</p>
<p>Surrey Police, the fifth force in the region, is still waiting for its report, which HMICFRS expects to publish in the summer. It is not included in the chart.</p>
<h2>The grades</h2>
<p>Each square shows the grade the force received in that area. Hover over a square, or use a screen reader, to see the grade.</p>
<p>%s</p>
<table>
<thead><tr><th scope="col">Force</th>%s<th scope="col">Crime data integrity</th></tr></thead>
<tbody>
%s
</tbody>
</table>
<p class="src">Crime data integrity is inspected only in some forces in this round; none of these four has yet been graded on it (&ndash;). Source: HMICFRS PEEL 2023&ndash;25 force reports. Chart: Southern Courier data team.</p>
<h2>What the forces said</h2>
<p>Chief Constable Tobias Wrenfield of Kent Police said his officers should be proud of the result, but added that &ldquo;outstanding is not the same as finished&rdquo;.</p>
<p>Mirela Ostrowski, Police and Crime Commissioner for Thames Valley, said she would be holding the force to account for the speed at which it answers calls, and that a new contact centre opened in January.</p>
<aside>Elsewhere, Essex Police and Bedfordshire Police are among the forces due to be inspected later this year. In December the inspectorate moved Devon and Cornwall Police out of its enhanced monitoring process.</aside>
<p class="src">Related: Fire service inspection: how your brigade did &middot; Crime figures for your area</p>
</article>
</body>
</html>
""" % (key, head, "\n".join(rows))
    write("ns04.html", html)


# ---------------------------------------------------------------- ns05 (PDF source)
def ns05():
    cols = [O, G, RI, I]
    body = []
    for label, pillar, key, g in NS05_ROWS:
        if g is None:
            body.append('<tr><td class="q">%s</td><td colspan="4" class="ung">Ungraded</td></tr>' % label)
            continue
        ticks = "".join('<td class="t">%s</td>' % ("\u2713" if c == g else "") for c in cols)
        cls = "p" if pillar else "q"
        body.append('<tr class="%s"><td class="%s">%s</td>%s</tr>' % ("prow" if pillar else "", cls, label, ticks))
    afi_rows = []
    for key, text, tick, comment in NS05_AFIS:
        afi_rows.append("<tr><td>%s</td><td class=\"t\">%s</td><td>%s</td></tr>" % (text, tick, comment or "&mdash;"))
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Annual Report 2019-20 - Section 4</title>
<style>
@page { size: A4; margin: 20mm 18mm; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; font-variant-ligatures: none; color: #1a1a1a; }
h1 { font-size: 16pt; color: #003a70; margin-bottom: 2px; } h2 { font-size: 12.5pt; color: #003a70; }
.cy { color: #555; font-style: italic; }
table { border-collapse: collapse; width: 100%%; margin: 8px 0; }
th, td { border: 1px solid #8c8c8c; padding: 5px 6px; }
thead th { background: #003a70; color: #fff; font-size: 9.5pt; }
td.t { text-align: center; font-size: 13pt; width: 13%%; }
tr.prow td { background: #e6eef6; font-weight: bold; }
td.q { padding-left: 18px; }
td.ung { text-align: center; font-style: italic; color: #555; }
.small { font-size: 8.5pt; color: #444; }
</style></head><body>
<p class="small">Office of the Police and Crime Commissioner for Gwent &middot; Swyddfa Comisiynydd Heddlu a Throseddu Gwent</p>
<h1>Annual Report 2019&ndash;20</h1>
<p class="cy">Adroddiad Blynyddol 2019&ndash;20</p>
<h2>Section 4: What the inspectors found</h2>
<p>Every year Her Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS) publishes an assessment of Gwent Police (Heddlu Gwent) as part of its PEEL programme. The report on the 2018/19 assessment was published on 27 September 2019. The chart below shows, for each pillar and each question, the grade HMICFRS awarded: a tick marks the grade.</p>
<table>
<thead><tr><th style="text-align:left">PEEL 2018/19</th><th>Outstanding</th><th>Good</th><th>Requires improvement</th><th>Inadequate</th></tr></thead>
<tbody>
%s
</tbody>
</table>
<p class="small">Specialist capabilities are assessed but not graded. Grades for South Wales Police and Dyfed-Powys Police, our partners in the southern Wales collaboration, are published on the HMICFRS website.</p>
<p>I am pleased that the force was graded good in all three pillars and that the way it treats its own workforce was judged outstanding. Protecting vulnerable people remains the area where I expect the most progress, and it is the subject of two of the areas for improvement below.</p>
<p>&mdash; Ceri Vaughan-Rhys, Police and Crime Commissioner for Gwent</p>
<h2>Progress against the areas for improvement</h2>
<p>HMICFRS identified six areas for improvement in its 2018/19 report. Four are shown here; the other two, on call handling and on the use of force data, were closed by the inspectorate in its autumn 2019 monitoring. A tick (&#10003;) means the Commissioner is satisfied the area has been addressed; a cross (&#10007;) means it has not yet been.</p>
<table>
<thead><tr><th style="text-align:left;width:46%%">Area for improvement</th><th>Addressed?</th><th style="text-align:left">Chief Constable's comment</th></tr></thead>
<tbody>
%s
</tbody>
</table>
<p class="small">Comments were provided by Chief Constable Morgan Tresilian in March 2020. Where no comment is shown, the force's update was still awaited at the time of publication.</p>
</body></html>
""" % ("\n".join(body), "\n".join(afi_rows))
    write("ns05.html", html, HERE)


# ---------------------------------------------------------------- ns06.csv
def ns06():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Force", "Region", "Report published", "Victim service"] + [c for c, _ in NS06_COLS]
               + ["Causes of concern", "Areas for improvement"])
    for shown, _, pub, gs, coc, afi in NS06:
        region = "Wales" if shown == "North Wales Police" else "North West"
        w.writerow([shown, region, pub, "n/a"] + gs + [coc, afi])
    tot = []
    for i in range(len(NS06_COLS)):
        n = sum(1 for r in NS06 if r[3][i] in (G, O))
        tot.append(str(n) if NS06[0][3][i] != NI else "")
    w.writerow(["Forces graded Good or Outstanding", "", "", ""] + tot
               + [sum(r[4] for r in NS06), sum(r[5] for r in NS06)])
    w.writerow(["Notes: PEEL 2021/22 grades from HMICFRS force reports. Victim service is not graded (n/a). "
                "Disrupting SOC was not inspected in these forces in 2021/22. Grades: Outstanding, Good, Adequate, "
                "Requires improvement, Inadequate."] + [""] * (len(NS06_COLS) + 5))
    write("ns06.csv", buf.getvalue())


# ---------------------------------------------------------------- ns07.md
def ns07():
    rows = "\n".join("| %s | %s | %s | %s | %s |" % r[:1] + r[2:] if False else
                     "| %s | %s | %s | %s | %s |" % (r[0], r[2], r[3], r[4], r[5]) for r in NS07_ROWS)
    md = """---
title: "HMICFRS inspections: how is the force doing?"
layout: page
permalink: /scrutiny/hmicfrs/peel-scorecard/
---

# HMICFRS inspections: how is the force doing?

*Last reviewed: 4 November 2024*

Police and Crime Commissioner Beatrix Pellow set a target in her Police and Crime Plan 2021–2025 for
Devon and Cornwall Police to be graded **good** in every area of its next PEEL inspection, except
leadership and force management, where the target is adequate. This page compares the force's grades in
PEEL 2021/22 and PEEL 2023–25 with that target.

The targets are the Commissioner's own. They are not grades and they are not set by His Majesty's
Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS).

## Scorecard

| Area | PEEL 2021/22 | Plan target | PEEL 2023–25 | Target met? |
|:-----|:------------:|:-----------:|:------------:|:-----------:|
%s

Notes:

1. In PEEL 2021/22 the last two areas were called "good use of resources" and "developing a positive
   workplace"; the rows use the 2023–25 names.
2. Providing a service to victims of crime is not graded in either inspection.
3. Crime data integrity was not part of the 2023–25 inspection of this force, so the target cannot be
   assessed (–).

**Summary:** 3 of 8 targets met, 5 not met, 1 not assessed.

## Cause of concern and recommendations

The 2023–25 report, published on 18 October 2024, gives one cause of concern, on investigations. It
follows the cause of concern about investigating crime that HMICFRS raised in 2021/22.

> **Cause of concern:** %s
>
> **Recommendations**
>
> 1. %s
> 2. %s

**Force update (Chief Constable Jory Menheniot, October 2024):** An investigation standards board,
chaired by the Deputy Chief Constable, now meets every fortnight. All open investigations older than
90 days have been reviewed, and the force has asked the College of Policing to review its outcomes
process.

**Commissioner's view:** The Commissioner will take a report on both recommendations at every
Performance and Accountability Board until HMICFRS closes the cause of concern.

## Related

- [Dorset Police PEEL grades](https://www.dorset.pcc.police.uk/) (our strategic alliance partner)
- [Police and Crime Plan 2021–2025](/plan/)
""" % (rows, NS07_COC, NS07_RECS[0], NS07_RECS[1])
    write("ns07.md", md)


# ---------------------------------------------------------------- ns08.txt
def ns08():
    years = ["2014", "2015", "2016", "2017"]
    lines = []
    hdr = "%-28s%-8s%-8s%-8s%-8s" % ("Pillar / question", *years)
    lines.append(hdr.rstrip())
    lines.append("-" * 60)
    for label, pillar, key, cells in NS08:
        row = "%-28s" % label + "".join("%-8s" % cells.get(y, "-") for y in years)
        lines.append(row.rstrip())
        if label.startswith("  Specialist") or label.startswith("  Planning") or label.startswith("  Fair treatment (s"):
            lines.append("")
    lines.append("-" * 60)
    table = "\n".join(lines)
    txt = """STAFFORDSHIRE POLICE, FIRE AND CRIME PANEL
Briefing note 3 -- for the meeting of 18 June 2018

PEEL: FOUR YEARS OF INSPECTION RESULTS FOR STAFFORDSHIRE POLICE

Prepared by the Panel's scrutiny officer at the request of the Chair.

1. Purpose

Members asked for one page showing every PEEL judgement the force has received
since the programme began, so that changes can be seen year by year. The table
below gives the grades for 2014 to 2017. The 2014 to 2016 assessments were made
by HMIC; from July 2017 the inspectorate became HMICFRS, which published the 2017
reports (the effectiveness report for 2017 appeared in March 2018).

2. Grades by year

Key:  O  = Outstanding       G  = Good
      RI = Requires improvement
      I  = Inadequate
      NI = not inspected that year (the previous grade stands)
      NG = assessed but not graded
      -  = no such question that year

%s

Notes
(a) 2014 was a transitional year: only efficiency received an overall grade.
(b) The 2015 question set was different from 2016 and 2017. The 2015
    efficiency and legitimacy questions do not map onto the rows above and are
    not shown.
(c) In 2017 HMICFRS used a risk-based approach to effectiveness and did not
    re-inspect preventing crime or serious and organised crime in this force.
(d) Leadership was assessed in 2015, 2016 and 2017 but never graded.

3. Points for members

- Protecting vulnerable people has been graded RI in each of the last three
  years and is the only question where no improvement has been recorded.
- The 2017 planning-for-the-future grade is the force's first "O" in any
  PEEL question.
- Chief Constable Gareth Lomasney will attend the September meeting to answer
  questions on the vulnerability plan.

Contact: Scrutiny Officer, Staffordshire Police, Fire and Crime Panel
""" % table
    write("ns08.txt", txt)


# ---------------------------------------------------------------- ns10.md
NS10 = [  # force (shown), canonical, [(year, pillar, grade or text, notes)]
    ("Cambridgeshire Constabulary", "Cambridgeshire Constabulary", [
        ("2014", "Effectiveness", "Not graded overall", "Question grades only"),
        ("2014", "Efficiency", G, ""),
        ("2015", "Effectiveness", G, ""),
        ("2015", "Efficiency", G, ""),
        ("2015", "Legitimacy", RI, "Stop and search question"),
        ("2015", "Leadership", "Not graded", ""),
    ]),
    ("Essex Police", "Essex Police", [
        ("2014", "Effectiveness", "Not graded overall", "Question grades only"),
        ("2014", "Efficiency", RI, "One of three forces"),
        ("2015", "Effectiveness", RI, "Report of February 2016"),
        ("2015", "Efficiency", G, ""),
        ("2015", "Legitimacy", G, ""),
        ("2015", "Leadership", "Not graded", ""),
    ]),
    ("Hertfordshire Constabulary", "Hertfordshire Constabulary", [
        ("2014", "Effectiveness", "Not graded overall", "Question grades only"),
        ("2014", "Efficiency", G, ""),
        ("2015", "Effectiveness", G, ""),
        ("2015", "Efficiency", O, ""),
        ("2015", "Legitimacy", G, ""),
        ("2015", "Leadership", "Not graded", ""),
    ]),
]


def ns10():
    out = []
    for shown, _, rows in NS10:
        first = True
        for y, p, g, n in rows:
            out.append("| %s | %s | %s | %s | %s |" % (shown if first else "", y, p, g, n))
            first = False
    md = """# peel-grades-eastern

Pillar-level PEEL grades for three forces in the Eastern region, 2014 and 2015, keyed in by hand from
HMIC's PEEL assessment pages for a university project on police collaboration. Bedfordshire Police, the
third member of the Bedfordshire, Cambridgeshire and Hertfordshire collaboration, is in
`data/beds.csv` and is not shown here.

## Format

`grades.md` is a long table: one row per force, year and pillar. As in the spreadsheet it was exported
from, the force name is written only on the first of its rows; blank force cells repeat the force above.

Grades use HMIC's four-point scale: Outstanding, Good, Requires improvement, Inadequate. In 2014 HMIC gave
an overall grade for efficiency only (nationally five forces were outstanding, 35 good and three required
improvement); effectiveness was graded question by question, and legitimacy was not graded.

## Table

| Force | Year | Pillar | Grade | Notes |
|-------|------|--------|-------|-------|
%s

## Caveats

- Published dates are not the assessment years: the 2015 effectiveness grades were published in
  February 2016.
- The 2014 question grades for effectiveness are in `data/questions-2014.csv`.
- Licence: contains public sector information licensed under the Open Government Licence v3.0.
""" % "\n".join(out)
    write("ns10.md", md)


if __name__ == "__main__":
    ns01(); ns02(); ns04(); ns05(); ns06(); ns07(); ns08(); ns10()
    print("ok")
