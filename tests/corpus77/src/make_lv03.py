"""Write src/lv03.html (printed to docs/lv03.pdf): pages from an annual assessment's
annex of inspections by force, PEEL 2017. Standard library only."""
import os
from data import LV03, WORD

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "lv03.html")

CHANGE = {"Derbyshire Constabulary": ("=", "=", "="), "Leicestershire Police": ("=", "&#9650;", "="),
          "Lincolnshire Police": ("=", "=", "&#9660;"), "Northamptonshire Police": ("&#9660;", "=", "="),
          "Nottinghamshire Police": ("&#9650;", "=", "="), "Dyfed-Powys Police": ("=", "=", "="),
          "Gwent Police": ("=", "=", "="), "North Wales Police": ("&#9650;", "=", "="),
          "South Wales Police": ("=", "&#9650;", "=")}
CDI = {"Derbyshire Constabulary": "&ndash;", "Leicestershire Police": "&ndash;",
       "Lincolnshire Police": "Good (Jan 2018)", "Northamptonshire Police": "&ndash;",
       "Nottinghamshire Police": "&ndash;", "Dyfed-Powys Police": "&ndash;",
       "Gwent Police": "Requires improvement (Nov 2017)", "North Wales Police": "&ndash;",
       "South Wales Police": "&ndash;"}
OTHER = {"Derbyshire Constabulary": "Custody (Sep 2017)", "Leicestershire Police": "&ndash;",
         "Lincolnshire Police": "&ndash;", "Northamptonshire Police": "Stalking and harassment (joint, Jul 2017)",
         "Nottinghamshire Police": "&ndash;", "Dyfed-Powys Police": "Custody (Dec 2017)",
         "Gwent Police": "&ndash;", "North Wales Police": "&ndash;", "South Wales Police": "&ndash;"}
CLS = {"O": "o", "G": "g", "R": "r", "I": "i"}

rows = []
for region, forces in LV03:
    rows.append('<tr class="region"><td colspan="7">%s</td></tr>' % region)
    for force, gr in forces:
        ch = CHANGE[force]
        cells = "".join('<td class="%s">%s <span class="chg">%s</span></td>' % (CLS[g], WORD[g], c)
                        for g, c in zip(gr, ch))
        rows.append('<tr><th scope="row">%s</th>%s<td class="u">Assessed, not graded</td>'
                    '<td>%s</td><td>%s</td></tr>' % (force, cells, CDI[force], OTHER[force]))

html = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>State of Policing 2017 - Annex E</title>
<style>
@page {{ size: A4 landscape; margin: 14mm 12mm 16mm 12mm; }}
body {{ font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9.5pt; color: #222;
        font-variant-ligatures: none; }}
.run {{ color: #1d4f7a; font-size: 8pt; border-bottom: 1px solid #1d4f7a; margin-bottom: 8px; }}
h1 {{ color: #1d4f7a; font-size: 18pt; margin: 4px 0; }}
h2 {{ color: #1d4f7a; font-size: 12pt; }}
table {{ border-collapse: collapse; width: 100%; margin-top: 6px; }}
th, td {{ border: 1px solid #9aa; padding: 4px 5px; text-align: left; vertical-align: top; }}
thead th {{ background: #1d4f7a; color: #fff; }}
tr.region td {{ background: #dde6ee; font-weight: bold; }}
td.o {{ background: #7fb8e6; }} td.g {{ background: #a9d8a1; }}
td.r {{ background: #f6d58c; }} td.i {{ background: #ef9a9a; }} td.u {{ color: #666; }}
.chg {{ color: #444; font-size: 8pt; }}
.key span {{ display: inline-block; padding: 1px 6px; margin-right: 6px; border: 1px solid #999; }}
.small {{ font-size: 8pt; color: #444; }}
tr {{ break-inside: avoid; }}
</style></head><body>
<div class="run">STATE OF POLICING &ndash; THE ANNUAL ASSESSMENT OF POLICING IN ENGLAND AND WALES 2017 &nbsp;|&nbsp; ANNEXES</div>
<h1>Annex E: Our inspections by force</h1>
<p>This annex sets out, force by force, the graded judgments from our 2017 PEEL inspections of
effectiveness, efficiency and legitimacy, together with the other force inspections we
published between March 2017 and March 2018. Our leadership inspection was not graded.
Across England and Wales we judged two forces to be outstanding at legitimacy and six to
require improvement; for efficiency, four forces were outstanding and one was inadequate.
Those national totals cover all 43 forces; only the forces of the East Midlands and Wales
appear on these pages. The rest are set out by region on the preceding pages.</p>
<p>HMICFRS began inspecting fire and rescue services in 2018. No fire and rescue service findings
appear in this annex.</p>

<div class="key small"><strong>Key:</strong>
<span style="background:#7fb8e6">Outstanding</span><span style="background:#a9d8a1">Good</span>
<span style="background:#f6d58c">Requires improvement</span><span style="background:#ef9a9a">Inadequate</span>
&#9650; better than 2016 &nbsp; &#9660; worse than 2016 &nbsp; = unchanged from 2016</div>

<table>
<thead><tr><th>Force</th><th>PEEL 2017: Effectiveness</th><th>PEEL 2017: Efficiency</th>
<th>PEEL 2017: Legitimacy</th><th>PEEL 2017: Leadership</th>
<th>Crime data integrity</th><th>Other inspections published</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<p class="small">Crime data integrity inspections are graded separately from PEEL and on their own
timetable; the date is the month of publication. Joint inspections are carried out with other
inspectorates and are not graded.</p>
<p class="small">186 &nbsp; STATE OF POLICING</p>
</body></html>
""".format(rows="\n".join(rows))
with open(OUT, "w", encoding="utf-8") as fh:
    fh.write(html)
print("wrote", OUT)
