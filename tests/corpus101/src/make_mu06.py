"""Write src/mu06.html from mu06_data.py (standard library)."""
import os
from mu06_data import FORCES, PILLARS, EFF_Q, QGRADES, NOTES

HERE = os.path.dirname(os.path.abspath(__file__))
CLS = {"Outstanding": "o", "Good": "g", "Requires improvement": "r", "Inadequate": "i", None: "n"}


def cell(grade, extra=""):
    return '<td class="%s">%s%s</td>' % (CLS[grade], grade or "Ungraded", extra)


rows1 = []
for official, printed in FORCES:
    p = PILLARS[official]
    tds = "".join(cell(p[k][0]) + '<td class="prev">%s</td>' % p[k][1] for k in ("Effectiveness", "Efficiency", "Legitimacy"))
    rows1.append("<tr><th>%s</th>%s<td class=\"n\">Not graded</td></tr>" % (printed, tds))

rows2 = []
for official, printed in FORCES:
    for (key, label), grade in zip(EFF_Q, QGRADES[official]):
        note = NOTES.get((official, key), "")
        rows2.append("<tr><td>%s</td><td>%s</td>%s<td>%s</td></tr>" % (printed, label, cell(grade), note))

html = open(os.path.join(HERE, "mu06_template.html"), encoding="utf-8").read()
html = html.replace("@@ROWS1@@", "\n".join(rows1)).replace("@@ROWS2@@", "\n".join(rows2))
with open(os.path.join(HERE, "mu06.html"), "w", encoding="utf-8") as fh:
    fh.write(html)
print("wrote mu06.html")
