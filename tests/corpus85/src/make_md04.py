"""Write docs/md04.csv: a PCC office's HMIC/HMICFRS recommendations tracker, as Excel
exports it to CSV (UTF-8 with BOM, CRLF, minimal quoting). Standard library only."""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "md04.csv")

HEAD = ["Ref", "Inspection", "Published", "HMICFRS grade (pillar)", "Section",
        "Type", "Finding text (as in report)", "Force update (Jan 2018)", "RAG", "Owner"]
ROWS = [
    ["L17-01", "PEEL Legitimacy 2017", "12/12/2017", "Good",
     "Fair treatment of the public", "AFI",
     "The force should improve how it monitors the use of force by its officers,\n"
     "including analysing data to identify any disproportionality.",
     "Use of force app live from Nov 17; first quarterly report to Scrutiny Panel in Feb.",
     "Green", "Supt Professional Standards"],
    ["L17-02", "PEEL Legitimacy 2017", "12/12/2017", "Good",
     "Ethical and lawful workforce behaviour", "AFI",
     "The force should ensure that its counter-corruption unit has enough capacity to "
     "assess all corruption intelligence promptly.",
     "", "Amber", "Head of PSD"],
    ["L17-03", "PEEL Legitimacy 2017", "12/12/2017", "Good",
     "Fair treatment of the workforce", "AFI",
     "The force should improve how it identifies and supports officers and staff whose "
     "wellbeing is at risk.",
     "Wellbeing leads appointed in each district. Chief Constable Olivia Pinkney chairs "
     "the People Board.",
     "Green", "Director of People"],
    ["E17-01", "PEEL Effectiveness 2017", "22/03/2018", "Good",
     "Protecting vulnerable people", "AFI",
     "The force should ensure that domestic abuse risk assessments are completed\n"
     "accurately, and reviewed by a supervisor, in every case.",
     "Audit of 200 DASH forms planned Q1 2018/19.", "Amber", "ACC Crime"],
    ["E17-02", "PEEL Effectiveness 2017", "22/03/2018", "Good",
     "Investigating crime", "AFI",
     "The force should reduce the backlog of digital devices awaiting examination.",
     "Not yet received", "Red", "ACC Crime"],
    ["", "", "", "", "", "", "", "", "", ""],
    ["Question grades", "", "", "", "", "", "", "", "", ""],
    ["Inspection", "Question", "Grade", "", "", "", "", "", "", ""],
    ["PEEL Legitimacy 2017", "Fair treatment of the public", "Good", "", "", "", "", "", "", ""],
    ["PEEL Legitimacy 2017", "Ethical and lawful workforce behaviour", "Good", "", "", "", "", "", "", ""],
    ["PEEL Legitimacy 2017", "Fair treatment of the workforce", "Requires improvement", "", "", "", "", "", "", ""],
    ["PEEL Effectiveness 2017", "Preventing crime and tackling ASB", "Good", "", "", "", "", "", "", ""],
    ["PEEL Effectiveness 2017", "Investigating crime", "Good", "", "", "", "", "", "", ""],
    ["PEEL Effectiveness 2017", "Protecting vulnerable people", "Requires improvement", "", "", "", "", "", "", ""],
    ["PEEL Effectiveness 2017", "Serious and organised crime", "Good", "", "", "", "", "", "", ""],
    ["PEEL Effectiveness 2017", "Specialist capabilities", "Ungraded", "", "", "", "", "", "", ""],
    ["FRS 2018/19 (for info)", "Hampshire Fire and Rescue Service - effectiveness", "Good", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", "", "", ""],
    ["Signed off: Michael Lane, Police and Crime Commissioner, 15/01/2018", "", "", "", "", "", "", "", "", ""],
    ["Source: PCC & Force Response to PEEL Legitimacy 2017 / PEEL Effectiveness 2017 – Hampshire Constabulary (hampshire-pcc.gov.uk)", "", "", "", "", "", "", "", "", ""],
]

with open(OUT, "w", encoding="utf-8-sig", newline="") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    w.writerow(HEAD)
    w.writerows(ROWS)
print("wrote", OUT)
