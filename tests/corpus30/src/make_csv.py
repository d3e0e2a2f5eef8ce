"""Write docs/i08.csv: a West Yorkshire Mayor's office tracker (cp1252, CRLF). Standard library.

    python3 src/make_csv.py
"""
import csv
import io
import os

import texts as T

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "i08.csv")

AREA = {
    "responding-to-public": "Responding to the public",
    "treatment-of-public": "Police powers and public treatment",
    "protecting-vulnerable": "Protecting vulnerable people",
    "leadership-management": "Leadership and force management",
    "investigating-crime": "Investigating crime",
}
GRADE = {
    "responding-to-public": "Adequate",
    "treatment-of-public": "Good",
    "protecting-vulnerable": "Good",
    "leadership-management": "Adequate",
}

rows = [["Ref", "Source", "Published", "Type", "Area", "Area grade", "Text", "Force lead",
         "Status", "Latest update", "Next review"]]
updates = [
    ("Amber \u2013 in progress", "Average attendance time for priority incidents down to "
     "52 minutes (target 60). Rural districts still above target.", "Jul-25 DMAM"),
    ("Green \u2013 on track", "New callback-time script in use since 1 May.", "Jul-25 DMAM"),
    ("Green \u2013 complete", "Use-of-force form now mandatory on the records system; "
     "compliance 96%.", "Closed"),
    ("Amber \u2013 in progress", "", "Sep-25 DMAM"),
    ("Red \u2013 behind plan", "Collaboration costs review delayed to autumn \u2013 "
     "awaiting regional finance data.", "Jul-25 DMAM"),
]
leads = ["ACC Operations", "ACC Operations", "ACC Local Policing", "ACC Crime", "DCC"]
for n, ((area, text), (status, upd, nxt), lead) in enumerate(
        zip(T.WYP_AFI, updates, leads), start=1):
    rows.append(["WYP-P23-%02d" % n, "PEEL 2023-25 (HMICFRS)", "19/03/2025",
                 "Area for improvement", AREA[area], GRADE[area], text, lead, status, upd, nxt])
rows.append(["WYP-P21-07", "PEEL 2021/22 (HMICFRS)", "08/07/2022",
             "Area for improvement (carried forward)", "Investigating crime", "",
             T.WYP_AFI_2122, "ACC Crime", "Amber \u2013 in progress",
             "Safeguarding investigator uplift of 40 posts; 31 filled.", "Sep-25 DMAM"])
rows.append(["NAT-24-03", "National thematic \u2013 police response to stalking",
             "14/11/2024", "Recommendation (to all chief constables)", "", "",
             "By April 2025, chief constables should make sure that every stalking report is "
             "reviewed by a trained supervisor.", "ACC Crime", "Green \u2013 complete",
             "Supervisor review in place.", "Closed"])
rows.append(["MO-25-02", "Mayor\u2019s Police and Crime Plan", "01/04/2025", "Mayoral action",
             "Preventing crime", "", "Publish a neighbourhood policing pledge for every ward.",
             "ACC Local Policing", "Green \u2013 on track", "Pledges drafted for 98 of 124 wards.",
             "Jul-25 DMAM"])
rows.append([])
rows.append(["Notes"])
rows.append(["1. DMAM = Deputy Mayor\u2019s Accountability Meeting. Tracker owned by the Mayor's "
             "Policing and Crime Team, West Yorkshire Combined Authority."])
rows.append(["2. Area grade = HMICFRS grade for that area in PEEL 2023-25. West Yorkshire "
             "Police was graded outstanding for preventing crime (no AFIs)."])
rows.append(["3. Status key: Green / Amber / Red. Last refreshed 30/05/2025."])

buf = io.StringIO()
csv.writer(buf, lineterminator="\r\n").writerows(rows)
with open(OUT, "w", encoding="cp1252", newline="") as fh:
    fh.write(buf.getvalue())
print("wrote", OUT)
