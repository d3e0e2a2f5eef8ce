"""Write docs/m10.csv: an inspectorate 'data download' of PEEL 2023-25 grades for several
forces, as a spreadsheet exported to CSV: UTF-8 with a byte-order mark, CRLF line ends, a
title/notes preamble above the header row, quoted fields that contain commas, blank cells,
a force whose report is awaiting publication, and a closing note row.

Standard library only:
    python3 src/make_m10.py
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "m10.csv")

AREAS = [
    "Providing a service to victims of crime",
    "Police powers and public treatment",
    "Preventing and deterring crime and antisocial behaviour, and reducing vulnerability",
    "Responding to the public",
    "Investigating crime",
    "Protecting vulnerable people",
    "Managing offenders and suspects",
    "Building, supporting and protecting the workforce",
    "Leadership and force management",
]

# force, published, cause of concern raised, [(grade 2023-25, grade 2021/22)] in AREAS order
FORCES = [
    ("Northumbria Police", "13/02/2025", "No", [
        ("Not graded", "Not graded"), ("Good", "Good"), ("Outstanding", "Good"),
        ("Good", "Adequate"), ("Adequate", "Requires improvement"), ("Good", "Good"),
        ("Good", "Adequate"), ("Adequate", "Good"), ("Good", "Adequate")]),
    ("Cambridgeshire Constabulary", "07/11/2024", "Yes", [
        ("Not graded", "Not graded"), ("Adequate", "Good"), ("Good", "Good"),
        ("Requires improvement", "Adequate"), ("Requires improvement", "Adequate"),
        ("Adequate", "Requires improvement"), ("Good", "Good"), ("Good", ""),
        ("Adequate", "Adequate")]),
    ("West Mercia Police", "22/05/2025", "Yes", [
        ("Not graded", "Not graded"), ("Requires improvement", "Adequate"), ("Adequate", "Good"),
        ("Inadequate", "Requires improvement"), ("Requires improvement", "Requires improvement"),
        ("Requires improvement", "Adequate"), ("Adequate", "Adequate"), ("Adequate", "Good"),
        ("Requires improvement", "n/a")]),
]


def main():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["PEEL 2023\u20132025: graded judgements by force (extract)"])
    w.writerow(["Source: His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue "
                "Services (HMICFRS). Contains public sector information licensed under the Open "
                "Government Licence v3.0."])
    w.writerow(["Data correct at: 30/06/2025"])
    w.writerow(["Grades are Outstanding, Good, Adequate, Requires improvement or Inadequate. "
                "'Not graded' means that the area was inspected but not graded. The PEEL 2021/22 "
                "column gives the grade for the nearest area in the previous inspection."])
    w.writerow([])
    w.writerow(["Force", "Report published", "Area of policing", "PEEL 2023-25 grade",
                "PEEL 2021/22 grade", "Cause of concern raised"])
    for force, published, coc, grades in FORCES:
        for area, (now, then) in zip(AREAS, grades):
            w.writerow([force, published, area, now, then, coc])
    w.writerow(["British Transport Police", "", "All areas", "Awaiting publication", "", ""])
    w.writerow([])
    w.writerow(["Crime data integrity is graded separately and is not included in this extract."])
    with open(OUT, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(buf.getvalue())
    print("wrote", os.path.relpath(OUT))


if __name__ == "__main__":
    main()
