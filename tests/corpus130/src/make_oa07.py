"""oa07.csv: a library catalogue export (one row per record, abstract column). Standard library.
    python3 make_oa07.py   (run from src/)
"""
import csv

HEAD = ["Record ID", "Title", "Corporate author", "Publisher", "Date of publication",
        "Format", "Series", "Subject terms", "Abstract", "URL"]
ROWS = [
    ["LIB-014882", "PEEL: Police efficiency 2014 – Gloucestershire Constabulary",
     "Her Majesty's Inspectorate of Constabulary", "HMIC", "2014-11-27", "Report (PDF)",
     "PEEL assessments", "Police efficiency; Value for money; Gloucestershire",
     "Part of the first PEEL assessment. HMIC judged Gloucestershire Constabulary to be good overall "
     "for efficiency; the force has balanced its budget and plans further savings to 2018.",
     "https://www.justiceinspectorates.gov.uk/hmicfrs/publications/peel-police-efficiency-2014-gloucestershire/"],
    ["LIB-015230", "PEEL: Police efficiency 2015 – Gloucestershire Constabulary",
     "Her Majesty's Inspectorate of Constabulary", "HMIC", "2015-10-20", "Report (PDF)",
     "PEEL assessments", "Police efficiency; Demand management; Gloucestershire",
     "Gloucestershire Constabulary has been assessed as [abstract truncated in export]",
     "https://www.justiceinspectorates.gov.uk/hmicfrs/publications/peel-police-efficiency-2015-gloucestershire/"],
    ["LIB-015611", "PEEL: Police effectiveness 2015 (Vulnerability) – Lincolnshire Police",
     "Her Majesty's Inspectorate of Constabulary", "HMIC", "2015-12-15", "Report (PDF)",
     "PEEL assessments", "Vulnerable people; Missing persons; Domestic abuse",
     "Lincolnshire Police was judged to require improvement in how it protects those who are "
     "vulnerable from harm and supports victims. The report finds that the force's response to "
     "missing children is inconsistent.",
     "https://www.justiceinspectorates.gov.uk/hmicfrs/publications/peel-police-effectiveness-2015-vulnerability-lincolnshire/"],
    ["LIB-015612", "PEEL: Police effectiveness 2015 (Vulnerability) – Lincolnshire Police",
     "Her Majesty's Inspectorate of Constabulary", "HMIC", "2015-12-15", "Electronic resource",
     "PEEL assessments", "Vulnerable people; Missing persons; Domestic abuse",
     "Lincolnshire Police was judged to require improvement in how it protects those who are "
     "vulnerable from harm and supports victims. The report finds that the force's response to "
     "missing children is inconsistent.",
     "https://www.justiceinspectorates.gov.uk/hmicfrs/publications/peel-police-effectiveness-2015-vulnerability-lincolnshire/"],
    ["LIB-015704", "PEEL: Police legitimacy 2015 – Cumbria Constabulary",
     "Her Majesty's Inspectorate of Constabulary", "HMIC", "2016-02-11", "Report (PDF)",
     "PEEL assessments", "Police legitimacy; Ethics; Cumbria", "No abstract available.",
     "https://www.justiceinspectorates.gov.uk/hmicfrs/publications/peel-police-legitimacy-2015-cumbria/"],
    ["LIB-015790", "PEEL: Police effectiveness 2015 – Cumbria Constabulary",
     "Her Majesty's Inspectorate of Constabulary", "HMIC", "2016-02-18", "Report (PDF)",
     "PEEL assessments", "Police effectiveness; Crime prevention; Cumbria",
     "Cumbria Constabulary is good at keeping people safe and reducing crime. It is good at "
     "preventing crime and anti-social behaviour, but its approach to protecting vulnerable people "
     "requires improvement.",
     "https://www.justiceinspectorates.gov.uk/hmicfrs/publications/peel-police-effectiveness-2015-cumbria/"],
    ["LIB-015802", "Building the picture: an inspection of police information management",
     "Her Majesty's Inspectorate of Constabulary", "HMIC", "2015-07-23", "Report (PDF)",
     "Thematic inspections", "Information management; Intelligence",
     "A national inspection that found most forces' management of police information was good "
     "in parts but not consistent; Lincolnshire Police was one of the forces visited.",
     "https://www.justiceinspectorates.gov.uk/hmicfrs/publications/building-the-picture/"],
    ["LIB-015955", "State of Policing: the annual assessment of policing in England and Wales 2015",
     "Her Majesty's Chief Inspector of Constabulary", "HMIC", "2016-04-29", "Report (PDF)",
     "State of Policing", "Policing; Annual assessment",
     "Draws on the 2015 PEEL assessments. Five forces were judged outstanding in at least one "
     "pillar, while a small number were judged inadequate at protecting vulnerable people.",
     "https://www.justiceinspectorates.gov.uk/hmicfrs/publications/state-of-policing-2015/"],
]

with open("../docs/oa07.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    w.writerow(HEAD)
    w.writerows(ROWS)
print("wrote ../docs/oa07.csv")
