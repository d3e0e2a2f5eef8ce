"""Write src/kb09.html (then printed to docs/kb09.pdf): a regional comparison page of PEEL
2023-25 grades for the five East Midlands forces, abbreviated in a dense table with a key
above it.

    python3 src/make_kb09.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "kb09.html")

AREAS = ["PPT", "PREV", "RESP", "INV", "PVP", "MOS", "WORK", "LFM", "CDI", "VS"]
FORCES = [
    ("Derbyshire Constabulary", "20 Aug 2024", "G G A RI A G A A G NG", 9, 0, 1),
    ("Leicestershire Police", "15 Oct 2024", "A G G A RI A G G A NG", 8, 0, 2),
    ("Lincolnshire Police", "11 Feb 2025", "G A RI RI A G G A RI NG", 11, 1, 1),
    ("Northamptonshire Police", "26 Nov 2024", "A O A A A G G G G NG", 6, 0, 3),
    ("Nottinghamshire Police", "4 Mar 2025", "RI A G RI RI A A A A NG", 11, 1, 0),
]
CLS = {"O": "o", "G": "g", "A": "a", "RI": "ri", "I": "i", "NG": "ng"}

rows = []
for name, pub, grades, afi, coc, gp in FORCES:
    cells = "".join('<td class="%s">%s</td>' % (CLS[g], g) for g in grades.split())
    rows.append('<tr><th scope="row">%s</th><td class="pub">%s</td>%s<td class="n">%d</td>'
                '<td class="n">%d</td><td class="n">%d</td></tr>' % (name, pub, cells, afi, coc, gp))

html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Regional PEEL comparison 2023–25 – East Midlands</title>
<style>
@page { size: A4 landscape; margin: 14mm 12mm 14mm 12mm;
  @bottom-left { content: "East Midlands Criminal Justice and Policing Collaboration · Insight series no. 7"; font: 7.5pt Arial, sans-serif; color: #666; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 7.5pt Arial, sans-serif; color: #666; } }
body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 9pt; color: #222; font-variant-ligatures: none; }
.crumbs { font-size: 7.5pt; color: #666; }
h1 { font-size: 16pt; margin: 4px 0; color: #0f4c5c; }
.key { border: 1px solid #bbb; background: #f6f8f9; padding: 5px 8px; margin: 8px 0; font-size: 8pt; }
.key span.sw { display: inline-block; padding: 0 4px; border-radius: 2px; font-weight: bold; margin-right: 2px; }
table { border-collapse: collapse; width: 100%%; font-size: 8.5pt; }
th, td { border: 1px solid #999; padding: 3px 4px; text-align: center; }
thead th { background: #0f4c5c; color: #fff; font-size: 8pt; }
tbody th { text-align: left; font-weight: normal; white-space: nowrap; }
td.pub { white-space: nowrap; font-size: 8pt; }
.o { background: #1d4e89; color: #fff; } .g { background: #2e8540; color: #fff; } .a { background: #f2c94c; }
.ri { background: #e67e22; color: #fff; } .i { background: #a61b1b; color: #fff; } .ng { background: #d5d8dc; color: #444; }
td.n { background: #fff; }
.notes { font-size: 8pt; margin-top: 6px; }
.notes li { margin-bottom: 2px; }
</style>
</head>
<body>
<div class="crumbs">Home › Insight › Inspection and assurance › Regional PEEL comparison</div>
<h1>How the East Midlands forces were graded: PEEL 2023–25</h1>
<p>All five forces in the region have now received their PEEL 2023–25 reports from His Majesty’s Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS). This page brings the grades together so that commissioners, chief officers and the regional Joint Committee can see them side by side. It does not replace the reports, which remain the authoritative source. Page updated 21 March 2025.</p>

<div class="key">
<strong>Key to grades:</strong>
<span class="sw o">O</span> Outstanding &nbsp;
<span class="sw g">G</span> Good &nbsp;
<span class="sw a">A</span> Adequate &nbsp;
<span class="sw ri">RI</span> Requires improvement &nbsp;
<span class="sw i">I</span> Inadequate &nbsp;
<span class="sw ng">NG</span> Not graded<br>
<strong>Key to areas:</strong> PPT police powers and public treatment · PREV preventing crime and antisocial behaviour · RESP responding to the public · INV investigating crime · PVP protecting vulnerable people · MOS managing offenders and suspects · WORK building, supporting and protecting the workforce · LFM leadership and force management · CDI crime data integrity · VS providing a service to victims of crime<br>
<strong>Other columns:</strong> AFI number of areas for improvement · CoC number of causes of concern · GP examples of good practice named in the report (counts, not grades)
</div>

<table>
<thead><tr><th>Force</th><th>Published</th>%s<th>AFI</th><th>CoC</th><th>GP</th></tr></thead>
<tbody>
%s
</tbody>
</table>

<ul class="notes">
<li>Serious and organised crime is tackled by the East Midlands Special Operations Unit (EMSOU). HMICFRS did not grade disrupting serious organised crime at force level in this round for any of the five forces.</li>
<li>Northamptonshire is one of only a handful of forces nationally to have an outstanding grade in the 2023–25 round.</li>
<li>Across England and Wales, about a third of all grades given in the round were good or better (HMICFRS State of Policing 2024). No East Midlands force received an inadequate grade.</li>
<li>The regional Joint Committee uses its own RAG rating for collaboration projects; those ratings are reported separately and are not shown here.</li>
</ul>
<p style="font-size:8pt;color:#555">Related: <u>Regional crime data dashboard</u> · <u>EMSOU annual report 2023/24</u> · <u>Contact the Insight team</u></p>
</body>
</html>
""" % ("".join("<th>%s</th>" % a for a in AREAS), "\n".join(rows))

with open(OUT, "w", encoding="utf-8") as fh:
    fh.write(html)
print("wrote", OUT)
