"""Write docs/kh06.md: an analyst's repository README with a matrix of 2023-25 PEEL grades as
numbers (1 = Outstanding ... 5 = Inadequate), forces as rows, short area codes as columns,
a mean column, a change column and a count table."""
import os
from grades import *

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "kh06.md")
CODES = ["PPT", "PREV", "RESP", "INV", "PVP", "MOS", "WORK", "LFM"]
FORCES = [(DUR, "Durham Constabulary"), (CLE, "Cleveland Police"), (NUM, "Northumbria Police"),
          (HUM, "Humberside Police")]

L = []
L.append("# peel-north-east-matrix\n")
L.append("Small, hand-maintained dataset of PEEL 2023–25 grades for the forces in our benchmarking group, kept "
         "as numbers so that they can be charted. Maintained by the performance team in the Office of the "
         "Police and Crime Commissioner for Northumbria. Last updated: 28 November 2026.\n")
L.append("> **Not official statistics.** The grades are copied by hand from the HMICFRS force reports. If a cell "
         "disagrees with the published report, the report is right. Please raise an issue.\n")
L.append("## Key\n")
L.append("| Score | Grade |\n|---:|---|")
for gr in (O, G, A, RI, I):
    L.append("| %d | %s |" % (NUM_OF[gr], gr))
L.append("")
L.append("Area codes: " + "; ".join("`%s` %s" % (c, NAME2325[k]) for c, k in zip(CODES, K2325)) + ".\n")
L.append("## Matrix: PEEL 2023–25\n")
L.append("| Force | " + " | ".join(CODES) + " | Mean | Net change vs 2021/22 |")
L.append("|---|" + "---:|" * len(CODES) + "---:|---:|")
for f, name in FORCES:
    nums = [NUM_OF[g(f, P2325, k)] for k in K2325]
    net = sum(change(f, k) for k in K2325 if k != WORK)
    L.append("| %s | %s | %.2f | %+d |" % (name, " | ".join(str(n) for n in nums), sum(nums) / 8.0, net))
L.append("| **Group mean** | " + " | ".join(
    "%.2f" % (sum(NUM_OF[g(f, P2325, k)] for f, _ in FORCES) / 4.0) for k in K2325) + " | | |")
L.append("")
L.append("Notes")
L.append("")
L.append("- Lower is better. The mean treats the scale as if the steps were equal; it is for charting only.")
L.append("- *Net change* adds up the per-area movement since 2021/22 (+1 = one grade better), leaving out "
         "`WORK`, which is not comparable with the old *Developing a positive workplace* area.")
L.append("- Cleveland Police, crime data integrity (inspected 2024, published separately): 4 (requires "
         "improvement). Not comparable with the areas above, so it is not in the matrix or the means.")
L.append("- Victim service assessment is not graded and has no column.\n")
L.append("## Count of grades\n")
L.append("| Grade | Count (4 forces x 8 areas) |\n|---|---:|")
for gr in (O, G, A, RI, I):
    L.append("| %s | %d |" % (gr, sum(1 for f, _ in FORCES for k in K2325 if g(f, P2325, k) == gr)))
L.append("| **Total** | **32** |\n")
L.append("## Files\n")
L.append("- `data/peel_2023_25_scores.csv` – the matrix above in long form")
L.append("- `R/plot_matrix.R` – heat map used in the quarterly performance pack")
L.append("- `CHANGELOG.md` – corrections (v1.3 fixed a transposed pair of Humberside cells)\n")
L.append("## Source\n")
L.append("His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services, PEEL 2023–25 inspection reports "
         "for each force, and PEEL 2021/22 reports for the change column. Licence: Open Government Licence v3.0.")
with open(OUT, "w", encoding="utf-8") as fh:
    fh.write("\n".join(L) + "\n")
