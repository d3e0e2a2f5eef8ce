"""Write docs/q09.csv: a wide grades table, one row per force and one column per
PEEL 2023-25 area, plus an ungraded "Victim service" column. The second line holds short
column codes. A trailing note row names the source. Standard library only:

    python3 src/make_q09.py
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "q09.csv")

HEAD = ["Force", "Published", "Inspection",
        "Police powers and public treatment", "Preventing crime", "Responding to the public",
        "Investigating crime", "Protecting vulnerable people",
        "Managing offenders and suspects",
        "Building, supporting and protecting the workforce",
        "Leadership and force management", "Victim service"]
CODES = ["force", "pub_date", "insp", "PPT", "PREV", "RESP", "INV", "PVP", "MOS", "WORK",
         "LFM", "VS"]
ROWS = [
    ["Avon and Somerset Constabulary", "2024-11-28", "PEEL 2023\u201325",
     "Good", "Adequate", "Adequate", "Requires Improvement", "Adequate", "Good", "Adequate",
     "Adequate", "Not graded"],
    ["Cumbria Constabulary", "2024-06-20", "PEEL 2023\u201325",
     "Good", "Good", "Good", "Good", "Adequate", "Good", "Outstanding", "Good",
     "Not graded"],
    ["Greater Manchester Police", "2024-09-05", "PEEL 2023\u201325",
     "Adequate", "Good", "Good", "Good", "Adequate", "Adequate", "Good", "Good",
     "Not graded"],
    ["Surrey Police", "2025-04-02", "PEEL 2023\u201325",
     "Good", "Outstanding", "Requires Improvement", "Adequate", "Good", "Good", "Good",
     "Good", "Not graded"],
]
NOTE = ["Source: HMICFRS PEEL 2023\u201325 force reports. The inspectorate reports on the "
        "service to victims but does not grade it."] + [""] * (len(HEAD) - 1)

with open(OUT, "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(HEAD)
    w.writerow(CODES)
    w.writerows(ROWS)
    w.writerow(NOTE)
print("wrote", OUT)
