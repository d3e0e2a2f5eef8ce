"""Write src/w02.html (a newspaper's 'how does your force compare' article, printed to PDF)."""
import os
from collections import Counter
from master import G2325, RESP

HERE = os.path.dirname(os.path.abspath(__file__))
SHORT = {
    "Avon and Somerset Constabulary": "Avon & Somerset", "Devon and Cornwall Police": "Devon & Cornwall",
    "Metropolitan Police Service": "Metropolitan Police (the Met)", "City of London Police": "City of London",
    "Hampshire Constabulary": "Hampshire and Isle of Wight Constabulary",
}
def short(f):
    if f in SHORT:
        return SHORT[f]
    for suf in (" Constabulary", " Police"):
        if f.endswith(suf):
            return f[: -len(suf)]
    return f

CSS = {"Outstanding": "o", "Good": "g", "Adequate": "a", "Requires improvement": "r", "Inadequate": "i"}
rows = []
for f in sorted(G2325, key=short):
    date, gr = G2325[f]
    if gr is None:
        rows.append('<tr><td>%s</td><td class="n">Not yet inspected</td><td>&ndash;</td></tr>' % short(f))
    else:
        g = gr[RESP]
        d, m, y = date.split("/")
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][int(m) - 1]
        rows.append('<tr><td>%s</td><td class="%s">%s</td><td>%s %s</td></tr>' % (short(f), CSS[g], g, mon, y))
counts = Counter(gr[RESP] for _, gr in G2325.values() if gr)
n = sum(counts.values())

html = open(os.path.join(HERE, "w02.tmpl.html"), encoding="utf-8").read()
html = html.replace("{{ROWS}}", "\n".join(rows)).replace("{{N}}", str(n))
for k, v in counts.items():
    html = html.replace("{{%s}}" % k, str(v))
open(os.path.join(HERE, "w02.html"), "w", encoding="utf-8").write(html)
print(dict(counts), n)
