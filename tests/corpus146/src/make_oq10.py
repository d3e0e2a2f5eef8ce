"""Write docs/oq10.csv: a police and crime panel's action log exported from a shared
spreadsheet (UTF-8, LF, RFC 4180 quoting, multi-line cells).
Standard library only:  python3 src/make_oq10.py
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "oq10.csv")

HEAD = ["Log ID", "Inspection", "Type", "Area (HMICFRS)", "Area grade", "Finding",
        "Force update\n(latest first)", "Panel RAG", "Date added", "Closed?"]
ROWS = [
    ["NP-01", "PEEL 2023-25 (Northumbria Police, published 07/11/2024)", "Cause of concern",
     "Investigating crime", "Requires improvement",
     "Cause of concern 1\nThe force does not make sure that investigations are "
     "effectively planned and supervised, and too many cases are closed before all "
     "reasonable lines of enquiry have been followed.\nReport para 4.12",
     "Jan 2025: investigation standards team in place in all three area commands.\n"
     "Dec 2024: plan agreed with HMICFRS liaison lead.",
     "Amber", "21/11/2024", "No"],
    ["NP-02", "PEEL 2023-25 (Northumbria Police, published 07/11/2024)", "Recommendation",
     "Investigating crime", "Requires improvement",
     "Recommendation 1.1\nWithin six months, the force should make sure that every "
     "investigation has a recorded plan that is reviewed by a supervisor at set "
     "intervals.\nReport para 4.13",
     "Jan 2025: new plan template mandatory on the crime system from 13/01/2025.",
     "Amber", "21/11/2024", "No"],
    ["NP-03", "PEEL 2023-25 (Northumbria Police, published 07/11/2024)", "Recommendation",
     "Investigating crime", "Requires improvement",
     "Recommendation 1.2\nWithin six months, the force should make sure that "
     "investigations are only closed once a supervisor has confirmed that all "
     "proportionate lines of enquiry have been completed.\nReport para 4.13",
     "", "Red", "21/11/2024", "No"],
    ["NP-04", "PEEL 2023-25 (Northumbria Police, published 07/11/2024)",
     "Area for improvement", "Protecting vulnerable people", "Adequate",
     "AFI 3\nThe force should make sure that officers complete a full risk assessment "
     "for every missing person report and that high-risk cases are reviewed by an "
     "inspector.\nReport para 5.4",
     "Feb 2025: joint audit with Durham Constabulary missing persons team found 94% "
     "compliance.",
     "Green", "21/11/2024", "Yes"],
    ["NP-05", "PEEL 2023-25 (Northumbria Police, published 07/11/2024)",
     "Area for improvement", "Police powers and public treatment", "Adequate",
     "AFI 1\nThe force should improve how it records and monitors the use of force, so "
     "that it can identify any disproportionality.\nReport para 2.7",
     "Dec 2024: use of force dashboard shared with the independent advisory group.",
     "Amber", "21/11/2024", "No"],
    ["NP-06", "PEEL 2023-25 (Northumbria Police, published 07/11/2024)", "Good practice",
     "Preventing crime", "Good",
     "Operation Coastguard - multi-agency problem solving on the Tyne ferry routes.",
     "n/a", "n/a", "21/11/2024", "n/a"],
    ["NP-07", "PEEL 2021/22 (carried forward)", "Area for improvement",
     "Responding to the public", "Adequate",
     "AFI 2 (2021/22)\nThe force should reduce the number of 101 calls that are "
     "abandoned before they are answered.\nReport para 3.3",
     "Nov 2024: abandonment rate 6.1% (was 19% in 2022). HMICFRS graded responding "
     "to the public good in 2023-25.\nProposed for closure.",
     "Green", "14/10/2022", "Proposed"],
    ["TW-01", "Tyne and Wear Fire and Rescue Service inspection 2023", "For information",
     "Preventing fires", "Good",
     "Shown for the joint Safer Communities board only. Not a police finding.",
     "n/a", "n/a", "21/11/2024", "n/a"],
]
FOOT = [["Grades key", "Outstanding / Good / Adequate / Requires improvement / Inadequate",
         "", "", "", "", "", "", "", ""],
        ["Source", "HMICFRS PEEL 2023-25 report on Northumbria Police; OPCC action log "
         "v14 (Kim Hollister, Police and Crime Commissioner for Northumbria; "
         "Chief Constable Aaron Redhead)", "", "", "", "", "", "", "", ""]]


def main():
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(HEAD)
        for r in ROWS + FOOT:
            w.writerow(r)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
