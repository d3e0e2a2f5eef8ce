"""t08.csv: a think-tank's wide spreadsheet export (windows-1252, CRLF: Excel's plain "CSV" on Windows)."""
import csv
import io
import os
from master import G2325, G2122, AREAS, AREAS2122

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "t08.csv")
ORDER = ["Cheshire Constabulary", "Derbyshire Constabulary", "Gwent Police", "Hampshire Constabulary",
         "Humberside Police", "Lancashire Constabulary", "Merseyside Police", "Northumbria Police",
         "Nottinghamshire Police", "South Wales Police", "Thames Valley Police", "West Midlands Police"]
LABEL = {"Hampshire Constabulary": "Hampshire and Isle of Wight Constabulary"}
REGION = {"Cheshire Constabulary": "North West", "Derbyshire Constabulary": "East Midlands",
          "Gwent Police": "Wales", "Hampshire Constabulary": "South East",
          "Humberside Police": "Yorkshire and the Humber", "Lancashire Constabulary": "North West",
          "Merseyside Police": "North West", "Northumbria Police": "North East",
          "Nottinghamshire Police": "East Midlands", "South Wales Police": "Wales",
          "Thames Valley Police": "South East", "West Midlands Police": "West Midlands"}
PUB = {"Cheshire Constabulary": "06/11/2024", "Derbyshire Constabulary": "12/03/2025",
       "Gwent Police": "15/05/2025", "Hampshire Constabulary": "24/04/2025",
       "Humberside Police": "", "Lancashire Constabulary": "12/08/2025",
       "Merseyside Police": "29/01/2025", "Northumbria Police": "18/12/2024",
       "Nottinghamshire Police": "21/05/2025", "South Wales Police": "20/03/2025",
       "Thames Valley Police": "05/06/2025", "West Midlands Police": "10/06/2025"}
ENGAGE = {"Gwent Police": "Yes (since May 2025)", "Lancashire Constabulary": "Yes (since Aug 2025)",
          "West Midlands Police": "Yes (since 2022)"}
NOTES = {
    "Cheshire Constabulary": "Only force in sample with an outstanding grade outside preventing crime. FRS inspected separately (good).",
    "Derbyshire Constabulary": "101 abandonment cited; 2 AFIs on call handling.",
    "Gwent Police": "Cause of concern: call handling. Rated poorly in local press coverage.",
    "Hampshire Constabulary": "Responding grade unchanged since 2021/22.",
    "Humberside Police": "2023\u201325 report awaited; 2021/22 grades shown for reference only.",
    "Lancashire Constabulary": "Cause of concern: protecting vulnerable people (domestic abuse risk assessment).",
    "Merseyside Police": "Workforce is the only area below adequate. \u00a34.2m wellbeing fund announced Feb 2025.",
    "Northumbria Police": "Domestic abuse review model cited as good practice.",
    "Nottinghamshire Police": "No area graded good or better.",
    "South Wales Police": "",
    "Thames Valley Police": "Responding improved from 2021/22.",
    "West Midlands Police": "Lowest grade in sample for investigating crime.",
}
NAMES = {
    "treatment-of-public": "Police powers and public treatment",
    "preventing-crime": "Preventing crime",
    "responding-to-public": "Responding to the public",
    "investigating-crime": "Investigating crime",
    "protecting-vulnerable": "Protecting vulnerable people",
    "managing-offenders": "Managing offenders",
    "workforce": "Building, supporting and protecting the workforce",
    "leadership-management": "Leadership and force management",
}

header = ["Force", "Region", "PEEL 2023\u201325 report published"]
for a in AREAS:
    header.append("%s (2023\u201325)" % NAMES[a])
    if a in AREAS2122:
        header.append("%s (2021/22)" % NAMES[a])
header += ["In engage?", "Analyst notes", "Source notes"]

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(["Policing Futures Unit \u2013 PEEL grades tracker (selected forces) \u2013 export 02/09/2025"])
w.writerow(header)
for f in ORDER:
    row = [LABEL.get(f, f), REGION[f], PUB[f] or "not yet published"]
    for a in AREAS:
        row.append(G2325[f][AREAS.index(a)] if f in G2325 else "")
        if a in AREAS2122:
            row.append(G2122[f][AREAS2122.index(a)])
    src = "HMICFRS PEEL 2021/22 report" if f not in G2325 else "HMICFRS PEEL 2023\u201325 and 2021/22 reports"
    row += [ENGAGE.get(f, "No"), NOTES[f], src]
    w.writerow(row)
w.writerow([])
w.writerow(["Key: Outstanding / Good / Adequate / Requires improvement / Inadequate. Blank = not yet inspected in this round. "
            "2021/22 columns shown only where the area was graded under the same name. Victim service assessment is not graded."])
w.writerow(["Not for onward publication without attribution. Policing Futures Unit is an independent research charity."])
with open(OUT, "w", encoding="cp1252", newline="") as fh:
    fh.write(buf.getvalue())
print("wrote", OUT)
