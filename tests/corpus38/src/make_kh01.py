"""Write src/kh01.html (printed to docs/kh01.pdf): a PCC office performance paper with a
table of 2023-25 PEEL grades, forces as columns and areas as rows, RAG colours and totals."""
import os
from grades import *

HERE = os.path.dirname(os.path.abspath(__file__))
FORCES = [(DUR, "Durham"), (CLE, "Cleveland"), (NUM, "Northumbria")]

rows = []
for k in K2325:
    cells = "".join('<td style="background:%s">%s</td>' % (RAG[g(f, P2325, k)], g(f, P2325, k))
                    for f, _ in FORCES)
    rows.append("<tr><th scope=row>%s</th>%s</tr>" % (NAME2325[k], cells))
for label, pick in (("Number graded outstanding or good", (O, G)),
                    ("Number graded adequate", (A,)),
                    ("Number graded requires improvement or inadequate", (RI, I))):
    cells = "".join("<td class=num>%d</td>" % sum(1 for k in K2325 if g(f, P2325, k) in pick)
                    for f, _ in FORCES)
    rows.append('<tr class=tot><th scope=row>%s</th>%s</tr>' % (label, cells))
cells = "".join("<td class=num>%.2f</td>" % (sum(NUM_OF[g(f, P2325, k)] for k in K2325) / 8)
                for f, _ in FORCES)
rows.append('<tr class=tot><th scope=row>Average score (1 = best, 5 = worst)</th>%s</tr>' % cells)

html = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Police and Crime Panel – Performance report Q2 2026/27</title>
<style>
@page { size: A4; margin: 20mm 18mm 22mm 18mm;
  @bottom-left { content: "Durham Police and Crime Panel – 12 November 2026"; font: 8pt Arial; color:#555 }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Arial; color:#555 } }
body { font-family: Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.4; font-variant-ligatures: none; }
h1 { font-size: 16pt; margin: 0 0 4pt } h2 { font-size: 12.5pt; margin-top: 16pt; color:#1f3864 }
.meta td { padding: 2pt 8pt 2pt 0; vertical-align: top } .meta td:first-child { font-weight: bold }
.stamp { float:right; border:1px solid #333; padding:2pt 6pt; font-size:9pt }
table.g { border-collapse: collapse; width: 100%; margin-top: 6pt; font-size: 9.5pt }
table.g th, table.g td { border: 1px solid #888; padding: 3pt 5pt; text-align: left; vertical-align: top }
table.g thead th { background: #1f3864; color: #fff }
table.g td { text-align:center } table.g tr.tot th, table.g tr.tot td { background:#eee; font-style: italic }
.caption { font-weight: bold; margin-top: 10pt }
.key span { display:inline-block; padding:1pt 5pt; margin-right:4pt; border:1px solid #888; font-size:8.5pt }
.small { font-size: 8.5pt; color: #333 }
</style></head><body>
<div class=stamp>Agenda item 6</div>
<h1>Police and Crime Panel<br>Performance report: quarter 2, 2026/27</h1>
<table class=meta>
<tr><td>Report of:</td><td>Police and Crime Commissioner Moira Halstead</td></tr>
<tr><td>Author:</td><td>Kelvin Ashdown, Head of Performance and Insight, Office of the Police and Crime Commissioner</td></tr>
<tr><td>Date of meeting:</td><td>12 November 2026</td></tr>
<tr><td>Status:</td><td>For information</td></tr>
</table>

<h2>1. Purpose</h2>
<p>This report gives the Panel the Commissioner’s quarterly view of performance. Section 4 responds to the
Panel’s request of 3 September 2026 for a comparison of Durham Constabulary’s PEEL grades with those of the other
two forces in the North East.</p>

<h2>2. Recommendation</h2>
<p>The Panel is asked to note the report and to agree that the next performance report (due February 2027) includes
the force’s plan for the areas graded adequate.</p>

<h2>3. Headlines for the quarter</h2>
<ul>
<li>999 calls answered within 10 seconds: 91.4% (national target 90%).</li>
<li>Recorded crime down 3.1% on the same quarter of 2025/26; positive outcome rate 14.2%.</li>
<li>Victim satisfaction (whole experience): 78%, within the expected range.</li>
</ul>

<h2>4. PEEL: how Durham compares with its neighbours</h2>
<p>HMICFRS graded all three North East forces in its PEEL 2023–25 round. The table below sets the grades side by
side. The OPCC performance team has added the colours, the counts and an average score; these are not part of the
inspectorate’s reports and should be read with care, because the five grades are not points on an even scale.</p>
<p class=caption>Table 3: PEEL 2023–25 grades by area, North East forces</p>
<p class="key small">Key: <span style="background:#1b7837;color:#fff">Outstanding</span><span style="background:#7fbf7b">Good</span><span style="background:#fee08b">Adequate</span><span style="background:#fdae61">Requires improvement</span><span style="background:#d73027;color:#fff">Inadequate</span></p>
<table class=g>
<thead><tr><th>Area (PEEL 2023–25)</th><th>Durham Constabulary</th><th>Cleveland Police</th><th>Northumbria Police</th></tr></thead>
<tbody>
@@ROWS@@
<tr><th scope=row>Notes</th><td colspan=3 style="text-align:left">Victim service assessment: not graded for any force. Crime data
integrity is not shown: Cleveland’s was inspected separately in 2024 and is not comparable with the other two.
Average score: outstanding = 1 … inadequate = 5; a lower number is better.</td></tr>
</tbody></table>
<p class=small>Source: HMICFRS PEEL 2023–25 reports for each force (published March 2024 to June 2025); OPCC analysis.</p>

<p>Durham’s profile is the strongest of the three: six of its eight areas are graded good, and none requires
improvement. Protecting vulnerable people moved from adequate in 2021/22 to good, which reflects the investment in the
Harbour domestic abuse team since 2023. The two areas graded adequate, responding to the public and building,
supporting and protecting the workforce, are the subject of the force’s improvement plan, which Chief Constable
Rhodri Vance presented to the Commissioner’s scrutiny board on 14 October 2026.</p>
<p>Cleveland Police is in the inspectorate’s Engage phase. The Commissioner has offered the Cleveland Commissioner’s
office access to Durham’s analysts under the existing collaboration agreement; this is not a merger of functions.</p>

<h2>5. Other inspection activity</h2>
<p>County Durham and Darlington Fire and Rescue Service was graded good for preventing fires and other risks in its
2025 inspection. That grade is shown for completeness only and is outside the Panel’s remit. A national thematic
inspection of neighbourhood policing (2026) made four recommendations to all chief constables; the force’s response is
on the Commissioner’s website.</p>

<h2>6. Financial implications</h2>
<p>None arising from this report. The 2027/28 precept proposal comes to the Panel in January 2027.</p>
<p class=small>Background papers: HMICFRS PEEL 2023–25 inspection reports; Police and Crime Plan 2025–29.
Contact: performance@durham-opcc.example.gov.uk</p>
</body></html>
""".replace("@@ROWS@@", "\n".join(rows))

with open(os.path.join(HERE, "kh01.html"), "w", encoding="utf-8") as fh:
    fh.write(html)
