"""Write docs/h08.csv: a semicolon-delimited export of a PEEL AFI tracker (South Yorkshire).

The tracker's export pads every cell with one space on each side, writes a title row
above the header, uses a decimal comma in the progress column, and starts with a UTF-8
byte order mark (as "CSV UTF-8" exports from spreadsheet software do). Cells that
contain a semicolon are quoted by the csv module. Standard library only:
    python3 src/make_h08.py
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "h08.csv")

TITLE = "South Yorkshire Police – HMICFRS PEEL 2023–25 – areas for improvement tracker (export 02/06/2025)"
HEADER = ["Ref", "Area", "Description", "Owner", "Update", "Status", "Progress %", "Next review"]
ROWS = [
    ["SYP-AFI-01", "Responding to the public",
     "The force should make sure that it answers non-emergency calls promptly and that callers are told how long they can expect to wait.",
     "Head of Contact Management",
     "Queue message giving expected wait went live 3 March 2025. Average 101 answer time in May was 4 min 10 s (January 11 min 40 s).",
     "On track", "62,5", "14/07/2025"],
    ["SYP-AFI-02", "Investigating crime",
     "The force should improve the supervision of investigations; in particular, supervisors should record a review at each key stage and set clear actions for the investigating officer.",
     "Det Ch Supt, Crime Services",
     "New supervisory review template in the crime system from 1 April 2025. Dip sample of 120 investigations in May: 71 % had a recorded review at each key stage.",
     "In progress", "40,0", "14/07/2025"],
    ["SYP-AFI-03", "Protecting vulnerable people",
     "The force should make sure that officers record the voice of the child when they attend incidents where children are present.",
     "Head of Public Protection",
     "",
     "Not started", "0,0", "14/07/2025"],
    ["SYP-AFI-04", "Managing offenders and suspects",
     "The force should reduce the number of outstanding wanted persons and make sure that each one has a named officer responsible for locating them.",
     "Supt, Operational Support",
     "Wanted persons list cut from 612 to 398 since February. Every record now has a named officer; weekly review chaired by the Superintendent.",
     "Complete", "100,0", "n/a"],
    ["SYP-AFI-05", "Leadership and force management",
     "The force should make sure that its workforce plan reflects the skills it will need to investigate digital and online crime.",
     "Director of People",
     "Digital skills audit under way across CID and neighbourhood teams; results due to the Workforce Board in August. Good early response rate (78 %).",
     "On track", "25,5", "11/08/2025"],
]


def pad(cell):
    return " %s " % cell if cell else ""


with open(OUT, "w", encoding="utf-8-sig", newline="") as fh:
    w = csv.writer(fh, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow([pad(TITLE)] + [""] * (len(HEADER) - 1))
    w.writerow([pad(h) for h in HEADER])
    for row in ROWS:
        w.writerow([pad(c) for c in row])
print("wrote", os.path.normpath(OUT))
