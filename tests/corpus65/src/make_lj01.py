"""lj01.csv: export from a force's inspection-recommendations monitoring system (stdlib)."""
import csv, os
from facts import *
HERE = os.path.dirname(os.path.abspath(__file__))
R21 = "HMICFRS PEEL 2021/22 - Hampshire and Isle of Wight Constabulary"
R25 = "HMICFRS PEEL 2023-25 - Hampshire and Isle of Wight Constabulary"
rows = [
 ["Reference", "Report", "Published", "Type", "Area", "Text", "Owner", "Status", "Last update", "Progress note"],
 ["HIOW-21-COC01", R21, "14/10/2022", "Cause of concern", "Investigating crime", H_COC21,
  "ACC Crime & Criminal Justice", "Closed", "03/07/2024",
  "HMICFRS revisit completed 11-13 June 2024.\nRevisit letter received 28/06/2024 confirming the cause of concern is discharged.\nEvidence pack EV-114 held on SharePoint."],
 ["HIOW-21-R01", R21, "14/10/2022", "Recommendation", "Investigating crime", H_REC21A,
  "Head of Investigations", "Closed", "03/07/2024",
  "28-day supervisory review now mandatory in the records system (\"Investigation Review\" task).\nCompliance 91% (Apr 2024 audit)."],
 ["HIOW-21-R02", R21, "14/10/2022", "Recommendation", "Investigating crime", H_REC21B,
  "Head of Investigations", "Closed", "03/07/2024",
  "Allocation matrix introduced Feb 2023; PIP1 training completed by 412 officers."],
 ["HIOW-21-R02-A3", R21, "14/10/2022", "Action", "Investigating crime",
  "Develop allocation matrix and publish on intranet", "DCI Investigation Standards", "Complete", "17/02/2023", ""],
 ["HIOW-21-AFI03", R21, "14/10/2022", "Area for improvement", "Responding to the public", H_AFI21,
  "Head of Contact Management", "Superseded", "09/05/2025",
  "Superseded by HIOW-25-AFI01 on publication of the PEEL 2023-25 report.\nAbandonment rate for 101 fell from 24% to 11% before closure."],
 ["HIOW-25-AFI01", R25, "09/05/2025", "Area for improvement", "Responding to the public", H_A1,
  "Head of Contact Management", "Open", "17/02/2026",
  "Revised THRIVE+ re-assessment prompt live in command and control since 01/12/2025.\nDip sample due March 2026."],
 ["HIOW-25-AFI01-A1", R25, "09/05/2025", "Action", "Responding to the public",
  "Add automated re-assessment prompt to command and control system", "Contact Management IT lead", "Complete", "01/12/2025", ""],
 ["HIOW-25-AFI02", R25, "09/05/2025", "Area for improvement", "Protecting vulnerable people", H_A2,
  "Head of Public Protection", "Open", "30/01/2026",
  "Voice of the child section made mandatory on the DA risk form.\nTraining package \"Seen and heard\" delivered to 68% of response officers."],
 ["HIOW-25-AFI03", R25, "09/05/2025", "Area for improvement", "Building, supporting and protecting the workforce", H_A3,
  "Head of People", "Open", "09/05/2025", ""],
 ["NAT-22-VET-R07", "HMICFRS thematic: An inspection of vetting, misconduct, and misogyny in the police service", "02/11/2022",
  "Recommendation (national)", "Vetting",
  "By 31 October 2023, chief constables should make sure that their force vetting units record the rationale for every decision to grant vetting clearance where adverse information has been found.",
  "Head of Professional Standards", "Closed", "12/10/2023", "National recommendation to all chief constables. Closed following PSD audit."],
 ["FORCE-24-07", "Force-identified improvement", "", "Action", "Responding to the public",
  "Review the 101 call-back offer at peak times", "Head of Contact Management", "Open", "22/01/2026", "Pilot extended to end of Q1 2026/27."],
]
with open(os.path.join(HERE, "..", "docs", "lj01.csv"), "w", encoding="utf-8", newline="") as fh:
    csv.writer(fh, lineterminator="\r\n").writerows(rows)
