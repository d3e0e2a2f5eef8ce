"""Write docs/n10.csv: an export from a grades database (UTF-8 with BOM, CRLF, columns
Grade, Area, Force, Published, Inspection; fields quoted only where they contain a comma).

Standard library only:
    python3 src/make_n10.py
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "n10.csv")

MET, COL = "Metropolitan Police Service", "City of London Police"
P25, P22 = "PEEL 2023\u201325", "PEEL 2021/22"
ROWS = [
    ("Grade", "Area", "Force", "Published", "Inspection"),
    ("Adequate", "Police powers and public treatment", MET, "2025-03-27", P25),
    ("Adequate", "Preventing and deterring crime and antisocial behaviour, and reducing vulnerability", MET, "2025-03-27", P25),
    ("Requires improvement", "Responding to the public", MET, "2025-03-27", P25),
    ("Requires improvement", "Investigating crime", MET, "2025-03-27", P25),
    ("Requires improvement", "Protecting vulnerable people", MET, "2025-03-27", P25),
    ("Good", "Managing offenders and suspects", MET, "2025-03-27", P25),
    ("Adequate", "Building, supporting and protecting the workforce", MET, "2025-03-27", P25),
    ("Adequate", "Leadership and force management", MET, "2025-03-27", P25),
    ("Not graded", "Providing a service to victims of crime", MET, "2025-03-27", P25),
    ("Good", "Crime data integrity", MET, "2025-03-27", P25),
    ("Good", "Engaging with and treating the public with fairness and respect", COL, "2022-08-05", P22),
    ("Outstanding", "Preventing crime and anti-social behaviour", COL, "2022-08-05", P22),
    ("Good", "Responding to the public", COL, "2022-08-05", P22),
    ("Adequate", "Investigating crime", COL, "2022-08-05", P22),
    ("Good", "Protecting vulnerable people", COL, "2022-08-05", P22),
    ("Adequate", "Managing offenders and suspects", COL, "2022-08-05", P22),
    ("", "Disrupting serious organised crime", COL, "2022-08-05", P22),
    ("Good", "Building, supporting and protecting the workforce", COL, "2022-08-05", P22),
    ("Requires improvement", "Strategic planning, organisational management and value for money", COL, "2022-08-05", P22),
    ("Good", "Police powers and public treatment", COL, "2024-11-20", P25),
    ("Good", "Responding to the public", COL, "2024-11-20", P25),
    ("Adequate", "Investigating crime", COL, "2024-11-20", P25),
    ("Good", "Leadership and force management", COL, "2024-11-20", P25),
]

buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
for r in ROWS:
    w.writerow(r)
with open(OUT, "w", encoding="utf-8-sig", newline="") as fh:
    fh.write(buf.getvalue())
print("wrote", OUT)
