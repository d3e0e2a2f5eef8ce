"""Write docs/lv02.csv: an export of a PEEL grades table (by pillar, grouped by region),
one row per force and year, South West forces, 2014-2017. Standard library only."""
import csv
import io
import os
from data import LV02, SW, WORD

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "lv02.csv")

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(["PEEL assessments: grades by pillar (group by region: on)"])
w.writerow(["Exported 14/06/2018 from the accessible grades table"])
w.writerow([])
w.writerow(["Region", "Force", "PEEL year", "Effectiveness", "Efficiency", "Legitimacy",
            "Leadership"])
for force in SW:
    for year in ("2014", "2015", "2016", "2017"):
        e, ef, l = LV02[force][year]
        row = ["South West", force, year]
        for g in (e, ef, l):
            row.append(WORD[g] if g else "Not graded in 2014")
        row.append("n/a" if year == "2014" else "Ungraded")
        w.writerow(row)
w.writerow([])
w.writerow(["Key", "Outstanding | Good | Requires improvement | Inadequate | Ungraded"])
w.writerow(["Note", "Grades for 2014 to 2016 were awarded by HMIC. From July 2017 the "
            "inspectorate became HMICFRS, which awarded the 2017 grades."])
w.writerow(["Note", "In 2014 only efficiency received a graded judgment; leadership was "
            "assessed from 2015 but not graded."])
with open(OUT, "w", encoding="utf-8", newline="") as fh:
    fh.write(buf.getvalue())
print("wrote", OUT)
