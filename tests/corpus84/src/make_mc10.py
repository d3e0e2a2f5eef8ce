"""Write docs/mc10.csv: the PEEL 2015 accessible grades table (effectiveness questions),
as downloaded for five forces.   python3 src/make_mc10.py"""
import csv, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "mc10.csv")
rows = [
    ["Force", "Region", "Effectiveness (overall)",
     "Effectiveness - Question 1: How effective is the force at preventing crime and anti-social behaviour, and keeping people safe?",
     "Effectiveness - Question 2: How effective is the force at investigating crime and managing offenders?",
     "Effectiveness - Question 3: How effective is the force at protecting from harm those who are vulnerable, and supporting victims?",
     "Effectiveness - Question 4: How effective is the force at tackling serious and organised crime, including its arrangement for fulfilling its national policing responsibilities?"],
    ["Bedfordshire", "Eastern", "Requires improvement", "Good", "Requires improvement", "Requires improvement", "Good"],
    ["Durham", "North Eastern", "Good", "Outstanding", "Good", "Good", "Good"],
    ["Kent", "South Eastern", "Good", "Good", "Good", "Requires improvement", "Good"],
    ["Lancashire", "North Western", "Good", "Good", "Good", "Good", "Good"],
    ["Wiltshire", "South Western", "Requires improvement", "Good", "Requires improvement", "Requires improvement", "Requires improvement"],
    [],
    ["Source: HMIC, PEEL 2015 assessment, accessible grades table (view=table, data=question). Grades as published in February 2016."],
]
with open(OUT, "w", newline="", encoding="utf-8") as fh:
    csv.writer(fh, lineterminator="\r\n").writerows(rows)
print("wrote", OUT)
