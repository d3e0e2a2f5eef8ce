"""Write docs/lv10.csv: a long-format research dataset of inspection grades for the West
Midlands region forces, one row per force, period and pillar/area. Standard library."""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "lv10.csv")

ROWS = [
    # force, inspection, period, pillar, area, grade, inspectorate
    ("Staffordshire Police", "PEEL", "2016", "Effectiveness", "(overall)", "Requires improvement", "HMIC"),
    ("Staffordshire Police", "PEEL", "2017", "Efficiency", "(overall)", "Good", "HMICFRS"),
    ("Staffordshire Police", "PEEL", "2018/19", "Effectiveness", "(overall)", "Good", "HMICFRS"),
    ("Staffordshire Police", "PEEL", "2018/19", "Efficiency", "(overall)", "Good", "HMICFRS"),
    ("Staffordshire Police", "PEEL", "2018/19", "Legitimacy", "(overall)", "Good", "HMICFRS"),
    ("Staffordshire Police", "PEEL", "2021/22", "", "Treatment of the public", "Good", "HMICFRS"),
    ("Staffordshire Police", "PEEL", "2021/22", "", "Responding to the public", "Requires improvement", "HMICFRS"),
    ("Staffordshire Police", "PEEL", "2021/22", "", "Investigating crime", "Adequate", "HMICFRS"),
    ("Staffordshire Fire and Rescue Service", "Fire and rescue", "2018/19", "Effectiveness", "(overall)", "Good", "HMICFRS"),
    ("West Midlands Police", "PEEL", "2016", "Effectiveness", "(overall)", "Good", "HMIC"),
    ("West Midlands Police", "PEEL", "2016", "Efficiency", "(overall)", "Good", "HMIC"),
    ("West Midlands Police", "PEEL", "2016", "Efficiency", "Understanding demand", "Good", "HMIC"),
    ("West Midlands Police", "PEEL", "2016", "Efficiency", "Use of resources", "Good", "HMIC"),
    ("West Midlands Police", "PEEL", "2016", "Efficiency", "Planning for the future", "Outstanding", "HMIC"),
    ("West Midlands Police", "Crime data integrity", "2019", "", "(overall)", "Inadequate", "HMICFRS"),
    ("West Midlands Police", "PEEL", "2021/22", "", "Responding to the public", "Adequate", "HMICFRS"),
    ("West Midlands Police", "PEEL", "2021/22", "", "Investigating crime", "Requires improvement", "HMICFRS"),
    ("Warwickshire Police", "PEEL", "2016", "Effectiveness", "(overall)", "Good", "HMIC"),
    ("Warwickshire Police", "PEEL", "2017", "Legitimacy", "(overall)", "Good", "HMICFRS"),
    ("Warwickshire Police", "PEEL", "2017", "Legitimacy", "Fair treatment of the public", "Good", "HMICFRS"),
    ("Warwickshire Police", "PEEL", "2017", "Legitimacy", "Ethical and lawful workforce behaviour", "Requires improvement", "HMICFRS"),
    ("Warwickshire Police", "PEEL", "2017", "Legitimacy", "Fair treatment of the workforce", "Good", "HMICFRS"),
    ("Warwickshire Police", "PEEL", "2021/22", "", "Providing a service to the victims of crime", "Not graded", "HMICFRS"),
    ("Warwickshire Police", "PEEL", "2021/22", "", "Preventing crime and anti-social behaviour", "Adequate", "HMICFRS"),
    ("West Mercia Police", "PEEL", "2015", "Legitimacy", "(overall)", "Good", "HMIC"),
    ("West Mercia Police", "PEEL", "2016", "Effectiveness", "(overall)", "Good", "HMIC"),
    ("West Mercia Police", "PEEL", "2021/22", "", "(all areas)", "", "HMICFRS"),
]
NOTES = {
    ("West Midlands Police", "Crime data integrity"): "Standalone inspection; not part of PEEL",
    ("Staffordshire Fire and Rescue Service", "Fire and rescue"): "Fire and rescue service; excluded from analysis",
    ("West Mercia Police", "PEEL"): "",
}

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(["force", "inspection", "period", "pillar", "area", "grade", "inspectorate", "note"])
for r in ROWS:
    note = ""
    if r[1] != "PEEL":
        note = NOTES[(r[0], r[1])]
    elif r[0] == "West Mercia Police" and r[2] == "2021/22":
        note = "Report not published at time of extraction"
    elif r[5] == "Not graded":
        note = "Area assessed without a grade"
    w.writerow(list(r) + [note])
with open(OUT, "w", encoding="utf-8", newline="") as fh:
    fh.write(buf.getvalue())
print("wrote", OUT)
