"""nz09.csv: a PEEL 2014 accessible grades table (standard library). Run from src/."""
import csv

Q = {"RC": "How effective is the force at reducing crime and preventing offending?",
     "IO": "How effective is the force at investigating offending?",
     "ASB": "How effective is the force at tackling anti-social behaviour?"}
DATA = {
    "Durham Constabulary": ("Good", {"RC": "Good", "IO": "Outstanding", "ASB": "Good"}, "Outstanding"),
    "Cleveland Police": ("Requires improvement", {"RC": "Requires improvement", "IO": "Requires improvement", "ASB": "Good"}, "Good"),
    "Northumbria Police": ("Good", {"RC": "Good", "IO": "Good", "ASB": "Good"}, "Good"),
    "North Yorkshire Police": ("Good", {"RC": "Good", "IO": "Good", "ASB": "Outstanding"}, "Requires improvement"),
}
rows = [["Force", "Region", "Year", "Pillar", "Question", "Judgement", "Report published"]]
for f, (eff, qs, effic) in DATA.items():
    rows.append([f, "North East", "2014", "Effectiveness", "(overall)", eff, "27/11/2014"])
    for k in ("RC", "IO", "ASB"):
        rows.append([f, "North East", "2014", "Effectiveness", Q[k], qs[k], "27/11/2014"])
    rows.append([f, "North East", "2014", "Efficiency", "(overall)", effic, "20/11/2014"])
    rows.append([f, "North East", "2014", "Legitimacy", "(overall)", "Not graded in 2014", "-"])
rows.append(["Source: HMIC, PEEL 2014 accessible grades table (peel-assessments/peel-2014/?view=table). "
             "Legitimacy was inspected in 2014 but not graded. Grades for 2015 onwards are on each "
             "force's page.", "", "", "", "", "", ""])
with open("../docs/nz09.csv", "w", newline="", encoding="utf-8") as fh:
    csv.writer(fh, lineterminator="\r\n").writerows(rows)
print("wrote docs/nz09.csv")
