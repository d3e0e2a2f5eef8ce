"""Write src/lv07.html (printed to docs/lv07.pdf): a regional newspaper's league table of
PEEL 2023-25 grades for South East forces, with coded column heads and a points score."""
import os
from data import LV07, WORD, POINTS, AREAS_2325

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "lv07.html")
CODES = ["PPT", "PREV", "RESP", "INV", "PVP", "MOS", "WORK", "LFM"]
CLS = {"O": "o", "G": "g", "A": "a", "R": "r", "I": "i"}

ranked = sorted(LV07, key=lambda x: -sum(POINTS[g] for g in x[2]))
rows = []
pos = 0
last = None
for n, (force, short, gr) in enumerate(ranked, start=1):
    pts = sum(POINTS[g] for g in gr)
    if pts != last:
        pos = n
    last = pts
    label = str(pos) if sum(1 for f in ranked if sum(POINTS[g] for g in f[2]) == pts) == 1 else "=%d" % pos
    cells = "".join('<td class="%s">%s</td>' % (CLS[g], WORD[g]) for g in gr)
    rows.append("<tr><td>%s</td><th>%s</th>%s<td class=\"pts\">%d</td></tr>" % (label, short, cells, pts))
rows.append('<tr><td>&ndash;</td><th>Sussex</th><td colspan="8" class="wait">Report not yet published (expected early 2025)</td><td class="pts">&ndash;</td></tr>')
legend = "".join("<li><strong>%s</strong> %s</li>" % (c, a) for c, a in zip(CODES, AREAS_2325))

html = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>How our police forces measure up</title>
<style>
@page {{ size: A4 landscape; margin: 12mm; }}
body {{ font-family: "DejaVu Serif", Georgia, serif; font-size: 10pt; font-variant-ligatures: none; }}
.mast {{ font-family: "DejaVu Sans", Arial, sans-serif; border-bottom: 3px solid #a00; font-size: 9pt; color: #a00; }}
h1 {{ font-size: 22pt; margin: 6px 0; }}
.stand {{ font-size: 12pt; color: #333; }}
.by {{ font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8.5pt; color: #555; }}
.cols {{ column-count: 2; column-gap: 18px; }}
table {{ border-collapse: collapse; width: 100%; font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8.5pt; margin: 8px 0; }}
th, td {{ border: 1px solid #bbb; padding: 3px 4px; text-align: center; }}
tbody th {{ text-align: left; }}
td.o {{ background: #4a90c8; color: #fff; }} td.g {{ background: #7bbf6a; }} td.a {{ background: #f2e394; }}
td.r {{ background: #f2a65a; }} td.i {{ background: #d9534f; color: #fff; }} td.pts {{ font-weight: bold; }}
td.wait {{ font-style: italic; color: #555; }}
.legend {{ font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8pt; columns: 2; }}
.legend li {{ list-style: none; }}
</style></head><body>
<div class="mast">THE WEALD &amp; DOWNS GAZETTE &nbsp;·&nbsp; NEWS &nbsp;·&nbsp; Saturday 23 November 2024 &nbsp;·&nbsp; Page 14</div>
<h1>How our police forces measure up</h1>
<p class="stand">Surrey tops our table of the region's latest inspection grades, while Thames Valley trails the field</p>
<p class="by">By Marcus Ellery, Home Affairs Correspondent</p>
<table>
<thead><tr><th>Rank</th><th>Force</th>{heads}<th>Points</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<ul class="legend">{legend}</ul>
<p class="by">Points: outstanding 4, good 3, adequate 2, requires improvement 1, inadequate 0. The points and the ranking are the Gazette's own; the inspectorate does not rank forces. Victim service is assessed but not graded and is left out.</p>
<div class="cols">
<p>The police inspectorate, HMICFRS, has now published its 2023&ndash;25 PEEL reports on four of the five forces that cover our readers, and the Gazette has put the grades side by side for the first time.</p>
<p>Surrey Police comes out on top, with the only outstanding grade in the region &ndash; for preventing crime. Surrey's Police and Crime Commissioner, Imogen Fairley, said the result showed that "neighbourhood teams are back where residents can see them".</p>
<p>Kent and Hampshire and Isle of Wight Constabulary share second place on 21 points. Kent's Chief Constable, Rachel Oduya, said the force was "disappointed but not surprised" to be graded adequate for investigating crime, and pointed to 200 extra detectives recruited since the inspection.</p>
<p>Thames Valley Police, the largest force in the region, was graded requires improvement in three areas and was not judged good in any. Its report says call handling has improved since the inspectors visited.</p>
<p>Sussex Police is still waiting for its report. When we asked, Kent Fire and Rescue Service pointed out that it was rated good in its own inspection last year &ndash; but fire services are assessed against a different framework and are not included here.</p>
<p>Across England and Wales, the inspectorate has so far given out more good grades than any other, and only a handful of inadequate ones.</p>
</div>
</body></html>
""".format(heads="".join("<th>%s</th>" % c for c in CODES), rows="\n".join(rows), legend=legend)
with open(OUT, "w", encoding="utf-8") as fh:
    fh.write(html)
print("wrote", OUT)
