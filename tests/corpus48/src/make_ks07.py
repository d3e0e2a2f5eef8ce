"""ks07.csv: Gloucestershire OPCC performance scorecard export (UTF-8 with BOM, CRLF)."""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "ks07.csv")

HEAD = ["Ref", "Plan priority", "Measure", "Period", "Value", "Target", "Status", "Trend", "Commentary", "Lead"]
P = "Q4 2024/25"
rows = [
    ["1.1", "Accessible and accountable", "999 calls answered within 10 seconds", P, "87%", "90%", "At risk", "Improving", "Up from 82% in Q3.", "Chief Constable"],
    ["1.2", "Accessible and accountable", "101 calls answered within 3 minutes", P, "64%", "75%", "Requires improvement", "Deteriorating", "Staffing vacancies in the control room; recruitment of 18 call handlers under way.", "Chief Constable"],
    ["1.3", "Accessible and accountable", "Residents who think police do a good or excellent job (crime survey)", "12 months to Dec 2024", "58%", "65%", "At risk", "Stable", "", "Chief Constable"],
    ["2.1", "Tackling crime", "Charge/summons rate - all crime", P, "8.9%", "10%", "On track", "Improving", "", "Chief Constable"],
    ["2.2", "Tackling crime", "Residential burglary offences", "12 months", "1,102", "Reduce", "Good", "Improving", "Down 9% on previous year.", "Chief Constable"],
    ["2.3", "Tackling crime", "Serious violence offences", "12 months", "1,846", "Reduce", "On track", "Stable", "", "Chief Constable"],
    ["3.1", "Supporting victims", "Victims referred to Victim Support Gloucestershire", P, "3,915", "n/a", "Good", "Stable", "", "OPCC"],
    ["3.2", "Supporting victims", "Victims' Code compliance (audit)", P, "72%", "90%", "Requires improvement", "Stable", "See 5.4.", "Chief Constable"],
    ["4.1", "Value for money", "Revenue outturn variance", "2024/25", "-0.4%", "+/-1%", "Good", "Stable", "Underspend of £0.6m.", "Chief Finance Officer"],
    ["4.2", "Value for money", "Internal audit opinion", "2024/25", "Reasonable assurance", "Reasonable or better", "Good", "Stable", "", "Chief Finance Officer"],
    ["5.1", "HMICFRS PEEL 2023-25", "Grade: Police powers and public treatment", "PEEL 2023-25", "Adequate", "Good", "At risk", "n/a", "Report published 10 July 2024.", "Chief Constable"],
    ["5.2", "HMICFRS PEEL 2023-25", "Grade: Preventing crime", "PEEL 2023-25", "Adequate", "Good", "At risk", "n/a", "", "Chief Constable"],
    ["5.3", "HMICFRS PEEL 2023-25", "Grade: Responding to the public", "PEEL 2023-25", "Adequate", "Good", "At risk", "n/a", "", "Chief Constable"],
    ["5.4", "HMICFRS PEEL 2023-25", "Grade: Investigating crime", "PEEL 2023-25", "Requires improvement", "Good", "Requires improvement", "Improving",
     "Graded inadequate in 2021/22. Area for improvement: The force should make sure that victims are updated at the points set out in the Victims' Code and that this is recorded. Progress: a victim contact team was set up in January 2025; compliance rose from 61% to 72%.", "Chief Constable"],
    ["5.5", "HMICFRS PEEL 2023-25", "Grade: Protecting vulnerable people", "PEEL 2023-25", "Adequate", "Good", "At risk", "n/a", "", "Chief Constable"],
    ["5.6", "HMICFRS PEEL 2023-25", "Grade: Managing offenders and suspects", "PEEL 2023-25", "Good", "Good", "Good", "n/a", "", "Chief Constable"],
    ["5.7", "HMICFRS PEEL 2023-25", "Grade: Building, supporting and protecting the workforce", "PEEL 2023-25", "Requires improvement", "Good", "Requires improvement", "n/a",
     "Area for improvement: The force should make sure that all officers and staff have a regular wellbeing conversation with their supervisor. Progress: not yet reported by the force.", "Chief Constable"],
    ["5.8", "HMICFRS PEEL 2023-25", "Grade: Leadership and force management", "PEEL 2023-25", "Adequate", "Good", "At risk", "n/a", "", "Chief Constable"],
    ["5.9", "HMICFRS PEEL 2023-25", "Victim service (not graded)", "PEEL 2023-25", "Not graded", "n/a", "n/a", "n/a", "", "Chief Constable"],
    ["5.10", "HMICFRS PEEL 2023-25", "Open areas for improvement", P, "9", "0", "On track", "Improving", "Down from 13 at publication.", "Chief Constable"],
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(HEAD)
w.writerows(rows)
w.writerow(["Notes", "", "Status key: Good = target met; On track = expected to meet target; At risk = may not meet target; Requires improvement = not meeting target and action plan in place. PEEL grades are awarded by HMICFRS; targets for PEEL grades are the Commissioner's ambition for the next inspection.", "", "", "", "", "", "Source: Office of the Police and Crime Commissioner for Gloucestershire. Data for Gloucestershire Constabulary, extracted 22 April 2025.", ""])
with open(OUT, "w", encoding="utf-8-sig", newline="") as fh:
    fh.write(buf.getvalue())
print("wrote", OUT)
