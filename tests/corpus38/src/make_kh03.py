"""Write docs/kh03.csv: a long-format export (one line per force, period and area) of
North West PEEL grades, UTF-8 with CRLF line endings, with count and source rows at the end."""
import csv, io, os
from grades import *

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "kh03.csv")
FORCES = [(LAN, "Lancashire"), (MER, "Merseyside"), (CUM, "Cumbria")]

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(["Force", "Area", "Period", "Grade", "Score", "Change vs 2021/22", "Notes"])
counts = {}
for f, short in FORCES:
    for period, keys, names in ((P2122, K2122, NAME2122), (P2325, K2325, NAME2325)):
        label = "2021/22" if period == P2122 else "2023–25"
        for k in keys:
            gr = g(f, period, k)
            counts[(short, label, gr)] = counts.get((short, label, gr), 0) + 1
            chg, note = "", ""
            if period == P2325:
                d = change(f, k)
                chg = "%+d" % d if d else "0"
                if k == WORK:
                    chg, note = "", "Not comparable (area redefined)"
                if k == LFM:
                    note = "2021/22 area was Good use of resources"
            if f == MER and period == P2325 and k == RESP:
                note = "Grade confirmed after factual accuracy check"
            w.writerow([short, names[k], label, gr, NUM_OF[gr], chg, note])
        w.writerow([short, "Victim service assessment", label, "Not graded", "", "", ""])
w.writerow([])
w.writerow(["Counts (2023–25)", "", "", "", "", "", ""])
for gr in (O, G, A, RI, I):
    w.writerow(["All three forces", "Number of areas graded " + gr.lower(), "2023–25", "",
                sum(counts.get((s, "2023–25", gr), 0) for _, s in FORCES), "", "count, not a grade"])
w.writerow([])
w.writerow(["Source: HMICFRS PEEL 2021/22 and PEEL 2023–25 force reports. Score: 1 = Outstanding, 2 = Good, "
            "3 = Adequate, 4 = Requires improvement, 5 = Inadequate. Change: + means a better grade.",
            "", "", "", "", "", ""])
w.writerow(["Extracted by NW Regional Analysis Hub, 2 December 2026. Not an official statistic.",
            "", "", "", "", "", ""])
with open(OUT, "w", encoding="utf-8", newline="") as fh:
    fh.write(buf.getvalue())
