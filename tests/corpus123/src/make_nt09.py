"""Write docs/nt09.csv: an export of a force's inspection recommendation tracker
(Derbyshire Constabulary, PEEL 2021/22), as sent with a Joint Audit, Risk and Assurance
Committee paper. Standard library only: python3 src/make_nt09.py"""
import csv
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "nt09.csv")
HEAD = ["Ref", "Source", "Published", "Item type", "Graded area", "Area grade",
        "Recommendation / AFI", "Owner", "Due date", "Status", "RAG", "Latest update"]
P = "HMICFRS PEEL 2021/22"
ROWS = [
    ["P21-AFI-01", P, "05/07/2022", "Area for improvement", "Treatment of the public", "Adequate",
     "The force should make sure it records the reasons for every use of force, including when handcuffs are used.",
     "Head of Operational Support", "31/03/2023", "Closed", "Green",
     "Use of force form made mandatory on body-worn video upload. Compliance 96% in Q3."],
    ["P21-AFI-02", P, "05/07/2022", "Area for improvement", "Preventing crime and anti-social behaviour", "Good",
     "The force should evaluate its problem-solving work so that it knows which approaches are effective.",
     "Head of Neighbourhood Policing", "30/06/2023", "Open", "Amber",
     "Evaluation template agreed with the University of Derby; 12 plans evaluated so far."],
    ["P21-AFI-03", P, "05/07/2022", "Area for improvement", "Responding to the public", "Requires improvement",
     "The force should make sure that it attends incidents within the times it has set for each grade of call.",
     "Supt Contact Management", "31/12/2022", "Open", "Red", ""],
    ["P21-AFI-04", P, "05/07/2022", "Area for improvement", "Investigating crime", "Requires improvement",
     "The force should make sure that it records victims' reasons when they withdraw support for an investigation, and considers evidence-led prosecutions.",
     "Head of Crime", "31/03/2023", "Open", "Amber",
     "Victim withdrawal statement template introduced in October 2022; audit due February."],
    ["P21-AFI-05", P, "05/07/2022", "Area for improvement", "Protecting vulnerable people", "Adequate",
     "The force should make sure that officers attending domestic abuse incidents always consider using protective orders.",
     "Head of Public Protection", "31/12/2022", "Closed", "Green",
     "DVPN/DVPO use increased by 40% on the previous year. Closure agreed at Inspection Board 14/12/2022."],
    ["P21-AFI-06", P, "05/07/2022", "Area for improvement", "Good use of resources", "Adequate",
     "The force should improve how it measures the benefits of its change programme.",
     "Head of Change", "30/09/2023", "Open", "Amber",
     "Benefits realisation framework drafted; to Chief Officer Team in March."],
    ["IOPC-22-07", "IOPC learning recommendation", "11/10/2022", "Recommendation", "n/a", "n/a",
     "Review guidance on welfare checks for detainees under the influence of alcohol.",
     "Head of Custody", "31/01/2023", "Closed", "Green", "Guidance reissued."],
    ["VAWG-R3", "HMICFRS thematic: police engagement with women and girls", "16/09/2021", "Recommendation", "n/a", "n/a",
     "Chief constables should ensure that specialist support for victims of VAWG offences is available in every force.",
     "Head of Public Protection", "31/03/2022", "Closed", "Green", "National recommendation to all forces; position reported to NPCC."],
    ["IA-2223-04", "Internal audit (limited assurance): overtime", "28/11/2022", "Management action", "n/a", "n/a",
     "Overtime claims over 10 hours per week to be authorised by an inspector or above.",
     "Head of Finance", "28/02/2023", "Open", "Amber", "System change requested."],
]
with open(OUT, "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    w.writerow(HEAD)
    w.writerows(ROWS)
    w.writerow(["Extracted from the Derbyshire Constabulary inspection tracker on 13/01/2023 for the Joint Audit, Risk and Assurance Committee of 26/01/2023. RAG is the force's assessment of progress and is not a grade."] + [""] * 11)
print("wrote", OUT)
