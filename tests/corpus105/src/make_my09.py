"""my09.csv: a force's inspection recommendations tracker exported to CSV (Leicestershire
Police). Standard library only."""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "my09.csv")

HEAD = ["Ref", "Source report", "Inspectorate", "Published", "Item type", "Area",
        "Grade", "Text", "Lead", "Latest update", "Status"]
ROWS = [
    ["P21-G05", "PEEL 2021/22", "HMICFRS", "2022-07-14", "Graded judgement", "Responding to the public",
     "Requires improvement", "", "ACC Local Policing", "", "n/a"],
    ["P21-G11", "PEEL 2021/22", "HMICFRS", "2022-07-14", "Graded judgement", "Recording data about crime",
     "Good", "", "Force Crime Registrar", "", "n/a"],
    ["P21-AFI-03", "PEEL 2021/22", "HMICFRS", "2022-07-14", "Area for improvement", "Responding to the public",
     "", "The force should make sure that it answers non-emergency calls promptly and that callers are given an appropriate response.",
     "ACC Local Policing", "Average answer time for 101 calls is now 4 minutes 10 seconds (target 5 minutes). Digital contact channel launched October 2022.", "Complete - awaiting HMICFRS sign-off"],
    ["P21-AFI-06", "PEEL 2021/22", "HMICFRS", "2022-07-14", "Area for improvement", "Investigating crime",
     "", "The force should improve the supervision of investigations, making sure that supervisors record their reviews and set clear actions.",
     "Head of Crime", "", "Open"],
    ["P19-AFI-02", "PEEL 2018/19", "HMICFRS", "2019-05-02", "Area for improvement", "Protecting vulnerable people",
     "", "The force should make sure that officers and staff understand how to identify and respond to hidden harms such as modern slavery.",
     "Head of Public Protection", "Training delivered to all frontline officers. Closed by HMICFRS in PEEL 2021/22.", "Closed"],
    ["CDI19-R01", "Crime Data Integrity 2019", "HMICFRS", "2019-09-19", "Recommendation", "Crime recording",
     "Good", "Within three months, the force should make sure that reports of crime received through its public protection unit are recorded within 24 hours.",
     "Force Crime Registrar", "Audit in December 2019 showed 96% compliance.", "Closed"],
    ["CUS23-CoC1", "Joint inspection of police custody", "HMICFRS / CQC", "2023-03-08", "Cause of concern", "Custody",
     "", "The force cannot be confident that detainees at risk of self-harm are observed at the level their risk assessment requires.",
     "Chief Inspector Custody", "New observation recording introduced on NICHE; dip sampling weekly.", "Open"],
    ["CUS23-R02", "Joint inspection of police custody", "HMICFRS / CQC", "2023-03-08", "Recommendation", "Custody",
     "", "The force should make sure that children are not held in custody overnight unless there is no alternative.",
     "Chief Inspector Custody", "", "Open"],
    ["VMM22-R14", "Vetting, misconduct and misogyny (national)", "HMICFRS", "2022-11-02", "Recommendation", "Professional standards",
     "", "By 30 April 2023, chief constables should make sure that their vetting units record the reasons for every decision to grant clearance despite adverse information.",
     "Head of Professional Standards", "Vetting decision log updated. Dip sample by Joint Audit Committee March 2023.", "Complete"],
    ["IOPC-LR-07", "IOPC learning recommendation (death following police contact)", "IOPC", "2023-01-20", "Learning recommendation", "Call handling",
     "", "The force should remind call handlers that a caller's reported intoxication does not remove the need to assess their vulnerability.",
     "Head of Contact Management", "Briefing issued 1 February 2023.", "Complete"],
]

with open(OUT, "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    w.writerow(["Leicestershire Police - Inspection and review recommendations tracker"])
    w.writerow(["Exported 2023-04-17 by Strategic Planning and Inspection Unit. OFFICIAL."])
    w.writerow(HEAD)
    w.writerows(ROWS)
    w.writerow([])
    w.writerow(["Only HMICFRS items are reported to the Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland. Grades are shown for graded judgements only."])
print("wrote", OUT)
