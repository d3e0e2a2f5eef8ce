"""Write src/kh04.html (printed to docs/kh04.pdf): a research briefing with a pivot table,
forces as rows and period x area as two header rows, grades as short forms with a key."""
import os
from grades import *

HERE = os.path.dirname(os.path.abspath(__file__))
AREAS = [(RESP, "Responding to the public"), (INV, "Investigating crime"),
         (PVP, "Protecting vulnerable people"), (MOS, "Managing offenders and suspects")]
REGIONS = [("North East", [(DUR, "Durham"), (CLE, "Cleveland"), (NUM, "Northumbria")]),
           ("North West", [(CHE, "Cheshire"), (CUM, "Cumbria"), (LAN, "Lancashire"), (MER, "Merseyside")]),
           ("Yorkshire and the Humber", [(HUM, "Humberside"), (NYP, "North Yorkshire"), (WYP, "West Yorkshire")])]

def cell(f, period, k, mark=""):
    gr = g(f, period, k)
    fg = "#fff" if gr in (O, I) else "#000"
    return '<td style="background:%s;color:%s">%s%s</td>' % (RAG[gr], fg, SHORT[gr], mark)

rows = []
for region, forces in REGIONS:
    rows.append('<tr class=reg><th colspan=10>%s</th></tr>' % region)
    for f, short in forces:
        tds = "".join(cell(f, P2122, k) for k, _ in AREAS)
        tds += "".join(cell(f, P2325, k, "*" if (f == CLE and k == RESP) else "") for k, _ in AREAS)
        up = sum(1 for k, _ in AREAS if change(f, k) > 0)
        rows.append("<tr><th scope=row>%s</th>%s<td class=n>%d</td></tr>" % (short, tds, up))

head_areas = "".join("<th>%s</th>" % n for _, n in AREAS)
html = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Briefing 14: Northern forces under PEEL</title>
<style>
@page { size: A4 landscape; margin: 16mm 16mm 18mm 16mm;
  @top-right { content: "Northern Policing Research Unit · Briefing 14"; font: 8pt Georgia; color:#666 }
  @bottom-center { content: counter(page); font: 8pt Georgia } }
body { font-family: Georgia, serif; font-size: 10.5pt; line-height: 1.45; font-variant-ligatures: none; }
h1 { font-size: 18pt; margin: 0 } .sub { color:#555; margin: 2pt 0 10pt }
h2 { font-size: 12pt; margin: 12pt 0 4pt }
.cols { column-count: 2; column-gap: 10mm }
table.p { border-collapse: collapse; width: 100%; font-family: Arial, sans-serif; font-size: 9pt; margin: 6pt 0 }
table.p th, table.p td { border: 1px solid #777; padding: 2.5pt 4pt; text-align: center }
table.p thead th { background:#333; color:#fff } table.p th[scope=row] { text-align:left; font-weight: normal }
table.p tr.reg th { background:#ddd; text-align:left; font-style: italic }
td.n { background:#f4f4f4 }
.key { font-family: Arial, sans-serif; font-size: 8.5pt }
.box { border-left: 3pt solid #333; padding: 2pt 8pt; background:#f6f6f6; font-size: 9.5pt }
.fn { font-size: 8.5pt; color:#333 }
</style></head><body>
<h1>Northern forces under PEEL: what moved between 2021/22 and 2023–25?</h1>
<p class=sub>Briefing 14 · Northern Policing Research Unit · December 2026 · Dr Helena Swarbrick and Oluwaseun Pike</p>
<div class=box>Summary: of the 40 grades shown for the ten northern forces, 12 improved between the two rounds, 25 stayed
the same and 3 fell. The largest movements were in responding to the public and in investigating crime, where four
forces each gained a grade.
These are our counts from the published reports, not the inspectorate’s.</div>
<h2>Why these four areas?</h2>
<div class=cols>
<p>The inspectorate (HMICFRS) changed how it described several PEEL areas between the 2021/22 and 2023–25 rounds. Four
areas kept the same name and broadly the same questions: responding to the public, investigating crime, protecting
vulnerable people, and managing offenders and suspects. We compare only those four, because a change of grade in a
renamed area may reflect the new framework rather than any change in the force.</p>
<p>We show the grade as a short form, coloured as the inspectorate colours its grade charts. The final column counts
the areas, of the four, in which a force received a better grade in 2023–25 than in 2021/22. It is a count, not a
grade. We have not averaged grades: the scale is ordinal and an average would suggest a precision that is not there.</p>
</div>
<h2>Table 1: Grades in four comparable areas, by force and PEEL round</h2>
<p class=key>Key: O = Outstanding · G = Good · A = Adequate · RI = Requires improvement · I = Inadequate</p>
<table class=p>
<thead>
<tr><th rowspan=2>Force</th><th colspan=4>PEEL 2021/22</th><th colspan=4>PEEL 2023–25</th><th rowspan=2>Areas improved (count)</th></tr>
<tr>@@AREAS@@@@AREAS@@</tr>
</thead>
<tbody>
@@ROWS@@
</tbody></table>
<p class=fn>* Cleveland Police: the inspectorate reissued the 2023–25 report in May 2025 after correcting a figure in the
responding chapter. The grade did not change, but we treat it as provisional pending the revisit. Source: HMICFRS PEEL
2021/22 and PEEL 2023–25 reports, published 2022 to 2025; NPRU analysis. Forces are listed alphabetically within each region.</p>
<h2>What the table does not show</h2>
<div class=cols>
<p>The four areas leave out the leadership and workforce areas, in which the northern forces were graded more
favourably in 2023–25 than in 2021/22, and the serious and organised crime area, which was inspected regionally in the
second round. Readers should not infer from Table 1 that a force is good or poor overall: the inspectorate no longer
gives an overall grade.</p>
<p>Nor does the table reflect the inspectorate’s monitoring. At the time of writing one northern force was in the
Engage process. Our next briefing will look at the causes of concern and the recommendations that came with the
2023–25 reports, and at how the ten police and crime commissioners have reported on them to their panels.</p>
</div>
<p class=fn>© Northern Policing Research Unit 2026. This briefing may be reproduced with acknowledgement. Views are the
authors’ own.</p>
</body></html>
""".replace("@@AREAS@@", head_areas).replace("@@ROWS@@", "\n".join(rows))
with open(os.path.join(HERE, "kh04.html"), "w", encoding="utf-8") as fh:
    fh.write(html)

# print the summary counts used in the box, as a check
tot = [change(f, k) for _, fs in REGIONS for f, _ in fs for k, _ in AREAS]
print("up", sum(1 for d in tot if d > 0), "same", sum(1 for d in tot if d == 0), "down", sum(1 for d in tot if d < 0))
print({k: sum(1 for _, fs in REGIONS for f, _ in fs if change(f, k) > 0) for k, _ in AREAS})
