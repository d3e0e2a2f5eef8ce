"""Write docs/r09.csv: a long-format export of PEEL grades (one row per force, inspection,
area), UTF-8 with a byte-order mark and CRLF line endings, as a spreadsheet export gives it.

    python3 make_r09.py      (run from src/)
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "r09.csv")

A23 = ["Providing a service to victims of crime",
       "Police powers and public treatment",
       "Preventing and deterring crime and antisocial behaviour, and reducing vulnerability",
       "Responding to the public", "Investigating crime", "Protecting vulnerable people",
       "Managing offenders and suspects", "Building, supporting and protecting the workforce",
       "Leadership and force management"]
A21 = ["Providing a service to victims of crime", "Treatment of the public",
       "Preventing crime and anti-social behaviour", "Responding to the public",
       "Investigating crime", "Protecting vulnerable people", "Managing offenders and suspects",
       "Developing a positive workplace", "Good use of resources", "Recording data about crime"]
NG = "Not graded"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"

ROWS = [
    # force, code, inspection, published, grades in area order
    ("Cheshire Constabulary", "cheshire", "PEEL 2023–25", "2025-09-11", A23, [NG, G, G, G, A, G, O, G, G]),
    ("Cheshire Constabulary", "cheshire", "PEEL 2021/22", "2022-06-30", A21, [NG, G, G, A, A, G, G, G, G, G]),
    ("Derbyshire Constabulary", "derbyshire", "PEEL 2023–25", "2025-06-12", A23, [NG, A, G, RI, A, A, G, G, A]),
    ("Derbyshire Constabulary", "derbyshire", "PEEL 2021/22", "2022-11-04", A21, [NG, G, G, A, RI, A, G, G, A, G]),
    ("Derbyshire Constabulary", "derbyshire", "PEEL 2018/19", "2019-09-27",
     ["Effectiveness", "Efficiency", "Legitimacy"], [G, G, G]),
    ("Gwent Police", "gwent", "PEEL 2023–25", "2025-09-11", A23, [NG, G, A, RI, A, RI, G, A, A]),
    ("Northumbria Police", "northumbria", "PEEL 2023–25", "2025-09-11", A23, [NG, G, O, A, RI, G, G, A, G]),
    ("Northumbria Police", "northumbria", "PEEL 2021/22", "2022-09-15", A21, [NG, A, G, RI, A, A, G, G, A, G]),
    ("South Yorkshire Police", "south-yorkshire", "PEEL 2023–25", "2025-09-11", A23, [NG, G, A, G, RI, A, A, G, A]),
    ("West Midlands Police", "west-midlands", "PEEL 2023–25", "2025-04-10", A23, [NG, A, A, I, RI, RI, A, A, RI]),
]


def main():
    with open(OUT, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(["force_name", "force_id", "inspection", "publication_date", "area", "grade"])
        for force, code, insp, pub, areas, grades in ROWS:
            assert len(areas) == len(grades)
            for area, grade in zip(areas, grades):
                w.writerow([force, code, insp, pub, area, grade])
        w.writerow([])
        w.writerow(["Source: HMICFRS PEEL assessment data, extracted 1 October 2025. "
                    "Grades: Outstanding, Good, Adequate, Requires improvement, Inadequate. "
                    "2018/19 grades are by pillar."])
    print("wrote", OUT)


if __name__ == "__main__":
    main()
