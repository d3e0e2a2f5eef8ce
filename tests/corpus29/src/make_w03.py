"""Write src/w03.html (a written parliamentary answer, printed to PDF)."""
import os
from master import G2325, G2122, INV

HERE = os.path.dirname(os.path.abspath(__file__))
FORCES = ["Bedfordshire Police", "Cambridgeshire Constabulary", "Essex Police",
          "Hampshire Constabulary", "Hertfordshire Constabulary", "Kent Police",
          "Norfolk Constabulary", "Suffolk Constabulary", "Surrey Police", "Sussex Police",
          "Thames Valley Police"]
rows = []
for f in FORCES:
    now = G2325[f][1]
    rows.append("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (
        f, G2122[f][INV], now[INV] if now else "Not yet inspected*"))
html = open(os.path.join(HERE, "w03.tmpl.html"), encoding="utf-8").read().replace("{{ROWS}}", "\n".join(rows))
open(os.path.join(HERE, "w03.html"), "w", encoding="utf-8").write(html)
