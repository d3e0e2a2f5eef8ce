"""Write src/w06.html (an infographic-style all-Wales PEEL summary, printed to PDF)."""
import os
from collections import Counter
from master import G2325, KEYS, PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = [("Dyfed-Powys Police", "Dyfed-Powys", "Heddlu Dyfed-Powys"),
        ("Gwent Police", "Heddlu Gwent", ""),
        ("North Wales Police", "North Wales", "Heddlu Gogledd Cymru"),
        ("South Wales Police", "South Wales", "Heddlu De Cymru")]
HEAD = {PPT: ("&#9878;", "Police powers &amp; public treatment"), PREV: ("&#9730;", "Preventing crime &amp; ASB"),
        RESP: ("&#9742;", "Responding to the public"), INV: ("&#9906;", "Investigating crime"),
        PVP: ("&#9829;", "Protecting vulnerable people"), MOS: ("&#9873;", "Managing offenders &amp; suspects"),
        WORK: ("&#9787;", "Workforce"), LFM: ("&#9733;", "Leadership &amp; force management")}
CLS = {"Outstanding": "o", "Good": "g", "Adequate": "a", "Requires improvement": "r", "Inadequate": "i"}
head = "".join('<th><div class="ic">%s</div>%s</th>' % HEAD[k] for k in KEYS)
body = []
for f, main, welsh in ROWS:
    cells = "".join('<td class="%s">%s</td>' % (CLS[G2325[f][1][k]], G2325[f][1][k]) for k in KEYS)
    lab = "<b>%s</b>%s" % (main, ("<br><i>%s</i>" % welsh) if welsh else "")
    body.append("<tr><th class=\"rowh\">%s</th>%s</tr>" % (lab, cells))
c = Counter(G2325[f][1][k] for f, _, _ in ROWS for k in KEYS)
html = open(os.path.join(HERE, "w06.tmpl.html"), encoding="utf-8").read()
html = html.replace("{{HEAD}}", head).replace("{{ROWS}}", "\n".join(body))
for g in CLS:
    html = html.replace("{{%s}}" % g, str(c[g]))
open(os.path.join(HERE, "w06.html"), "w", encoding="utf-8").write(html)
print(c)
