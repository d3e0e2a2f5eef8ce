"""Write src/kh08.html (printed to docs/kh08.pdf): a working paper's appendix table, one row per
force and area with both periods as columns, split across pages with its header repeated,
ending with totals and counts."""
import os
from grades import *

HERE = os.path.dirname(os.path.abspath(__file__))
FORCES = [(CHE, "Cheshire Constabulary"), (CUM, "Cumbria Constabulary"),
          (LAN, "Lancashire Constabulary"), (MER, "Merseyside Police")]

def gc(gr):
    if gr not in RAG:
        return "<td class=na>%s</td>" % gr
    return '<td style="background:%s">%s</td>' % (RAG[gr], gr)

rows = []
for f, name in FORCES:
    for k in K2325 + [SOC, CDI]:
        a = g(f, P2122, k)
        if k in (SOC, CDI):
            b = "Regional inspection" if k == SOC else "Not inspected"
            area = NAME2122[k]
            d = "n/a"
        else:
            b = g(f, P2325, k)
            area = NAME2325[k]
            dd = change(f, k)
            d = "same" if dd == 0 else ("up" if dd > 0 else "down")
            if k == WORK:
                d = "not comparable"
        mark = "&dagger;" if (f == LAN and k == WORK) else ""
        rows.append("<tr><td>%s</td><td>%s%s</td>%s%s<td>%s</td></tr>" % (name, area, mark, gc(a), gc(b), d))

cnt = {gr: sum(1 for f, _ in FORCES for k in K2325 if g(f, P2325, k) == gr) for gr in (O, G, A, RI, I)}
tot = ["<tr class=tot><td colspan=3>Number of 2023–25 grades: %s</td><td>%d</td><td></td></tr>" % (gr.lower(), cnt[gr])
       for gr in (O, G, A, RI, I)]
ups = sum(1 for f, _ in FORCES for k in K2325 if k != WORK and change(f, k) > 0)
downs = sum(1 for f, _ in FORCES for k in K2325 if k != WORK and change(f, k) < 0)
tot.append("<tr class=tot><td colspan=3>Areas moving up / down (comparable areas only)</td><td>%d / %d</td><td></td></tr>" % (ups, downs))

html = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Working paper 7 – Appendix B</title>
<style>
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-left { content: "Working paper 7: Inspection and improvement in North West policing"; font: 8pt 'Times New Roman'; color:#444 }
  @bottom-right { content: "B-" counter(page); font: 8pt 'Times New Roman' } }
body { font-family: 'Times New Roman', serif; font-size: 11pt; line-height: 1.45; font-variant-ligatures: none; }
h1 { font-size: 15pt } h2 { font-size: 12pt }
table.lt { border-collapse: collapse; width: 100%; font-size: 10pt; font-family: Arial, sans-serif }
table.lt th, table.lt td { border: 1px solid #999; padding: 4pt 5pt; text-align: left; vertical-align: top }
table.lt thead th { background:#e6e6e6 } table.lt thead { display: table-header-group }
table.lt tr { break-inside: avoid } td.na { color:#555; font-style: italic }
tr.tot td { background:#f0f0f0; font-weight: bold }
.fn { font-size: 9pt }
</style></head><body>
<h1>Appendix B: PEEL grades by force and area, 2021/22 and 2023–25</h1>
<p>This appendix lists every graded area for the four North West forces studied in the working paper, so that readers
can check the movements discussed in chapter 3 against the published grades. Each row gives the area as it was named
in the 2023–25 round, with the grade the same force received for the matching 2021/22 area. Two 2021/22 areas
(disrupting serious organised crime, and recording data about crime) had no force-level counterpart in 2023–25 and are
listed last for each force. Direction is our own label: “up” means a better grade than in 2021/22.</p>
<p>All grades are those published by His Majesty’s Inspectorate of Constabulary and Fire &amp; Rescue Services. We
coloured them with the inspectorate’s five-point palette: outstanding, good, adequate, requires improvement,
inadequate.</p>
<table class=lt>
<thead><tr><th>Force</th><th>Area (2023–25 name)</th><th>PEEL 2021/22</th><th>PEEL 2023–25</th><th>Direction</th></tr></thead>
<tbody>
@@ROWS@@
@@TOT@@
</tbody></table>
<p class=fn>† Lancashire Constabulary: the workforce grade was under review by the inspectorate when this paper was
finalised (October 2026) following a request from the force; we show the published grade and treat it as provisional.
“Not comparable”: the 2021/22 area was “Developing a positive workplace”. The leadership and force management row
compares with the 2021/22 area “Good use of resources”, and the police powers row with “Treatment of the public”.
Source: HMICFRS PEEL reports, 2022–2025; authors’ analysis.</p>
<p class=fn>Counts are of the 32 grades in the eight 2023–25 areas. They are not grades and are not the inspectorate’s figures.</p>
</body></html>
""".replace("@@ROWS@@", "\n".join(rows)).replace("@@TOT@@", "\n".join(tot))
with open(os.path.join(HERE, "kh08.html"), "w", encoding="utf-8") as fh:
    fh.write(html)
