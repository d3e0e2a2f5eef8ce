"""Write docs/ke06.csv: a small long-format export (UTF-8 with BOM, CRLF, as Excel saves it).
Forces are given by code and short name; the period only by the published date."""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "ke06.csv")

G, A, RI = "Good", "Adequate", "Requires improvement"
AREAS = ["Police powers and public treatment", "Preventing crime", "Responding to the public",
         "Investigating crime", "Protecting vulnerable people", "Managing offenders and suspects",
         "Building, supporting and protecting the workforce", "Leadership and force management"]
FORCES = [
    ("AS", "Avon & Somerset", "2025-03-19", [G, A, A, RI, A, G, A, A]),
    ("DC", "Devon & Cornwall", "2025-02-20", [A, G, RI, RI, A, G, A, RI]),
    ("TV", "Thames Valley", "2024-11-08", [A, G, G, A, RI, G, G, A]),
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(["force_code", "force_short", "area", "grade", "published", "source"])
for code, short, pub, gs in FORCES:
    for area, g in zip(AREAS, gs):
        w.writerow([code, short, area, g, pub, "HMICFRS PEEL"])
    w.writerow([code, short, "Victim service assessment", "Not graded", pub, "HMICFRS PEEL"])
w.writerow(["GW", "Gwent", "Preventing crime", "Good", "2024-07-19", "HMICFRS PEEL"])
w.writerow(["GW", "Gwent", "Responding to the public", "", "2024-07-19", "HMICFRS PEEL"])
w.writerow(["", "", "", "", "", ""])
w.writerow(["# exported 2025-04-02 from regional performance dashboard; Gwent rows incomplete "
            "(awaiting upload); fire and rescue grades held in a separate sheet", "", "", "", "", ""])
with open(OUT, "w", encoding="utf-8-sig", newline="") as fh:
    fh.write(buf.getvalue())
print("wrote", OUT)
