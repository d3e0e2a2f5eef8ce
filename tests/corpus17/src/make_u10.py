"""Write docs/u10.csv: HMIC / HMICFRS PEEL pillar grades by force and year, 2015-2017,
as exported from a spreadsheet (UTF-8 with BOM, CRLF line endings). Standard library only.

    python3 make_u10.py      (run from src/)
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "u10.csv")

G, O, RI = "Good", "Outstanding", "Requires improvement"
HEADER = ["Force", "Region", "PEEL year", "Inspectorate", "Effectiveness", "Efficiency",
          "Legitimacy", "Leadership", "Notes"]
ROWS = [
    ("Northumbria Police", "North East", "2015", "HMIC", G, G, G, "Not graded", ""),
    ("Northumbria Police", "North East", "2016", "HMIC", G, G, G, "Not graded", ""),
    ("Northumbria Police", "North East", "2017", "HMICFRS", G, O, G, "Not graded",
     "Effectiveness 2017 published 22/03/2018"),
    ("North Yorkshire Police", "Yorkshire and the Humber", "2015", "HMIC", RI, G, G,
     "Not graded", ""),
    ("North Yorkshire Police", "Yorkshire and the Humber", "2016", "HMIC", G, G, RI,
     "Not graded", ""),
    ("North Yorkshire Police", "Yorkshire and the Humber", "2017", "HMICFRS", G, RI, G,
     "Not graded", "Effectiveness 2017 published 22/03/2018"),
    ("South Yorkshire Police", "Yorkshire and the Humber", "2015", "HMIC", RI, G, G,
     "Not graded", "Vulnerability findings published 15/12/2015"),
    ("South Yorkshire Police", "Yorkshire and the Humber", "2016", "HMIC", RI, G, G,
     "Not graded", ""),
    ("South Yorkshire Police", "Yorkshire and the Humber", "2017", "HMICFRS", G, G, RI,
     "Not graded", "Effectiveness 2017 published 22/03/2018"),
    ("West Yorkshire Police", "Yorkshire and the Humber", "2015", "HMIC", G, G, G,
     "Not graded", ""),
    ("West Yorkshire Police", "Yorkshire and the Humber", "2016", "HMIC", G, G, G,
     "Not graded", ""),
    ("West Yorkshire Police", "Yorkshire and the Humber", "2017", "HMICFRS", RI, G, G,
     "Not graded", "Effectiveness 2017 published 22/03/2018"),
]


def main():
    with open(OUT, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)  # default lineterminator is \r\n
        w.writerow(HEADER)
        for row in ROWS:
            w.writerow(row)
        w.writerow(["Source: HMIC and HMICFRS PEEL force reports, 2015-2017. HMIC became "
                    "HMICFRS in July 2017. Leadership was assessed but not graded.",
                    "", "", "", "", "", "", "", ""])
    print("wrote", OUT)


if __name__ == "__main__":
    main()
