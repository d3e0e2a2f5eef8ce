"""Write docs/nw08.csv: Merseyside Police's HMICFRS liaison tracker for its PEEL 2021/22
inspection, one row per stage (standard library only). Run from src/."""
import csv

ROWS = [
    ("Date", "Stage", "Inspection", "Owner", "Detail", "Status"),
    ("2021-09-14", "Notification", "PEEL 2021/22", "Force liaison lead",
     "Letter from HMICFRS confirming Merseyside Police in the second tranche; HMICFRS "
     "lead staff officer assigned", "Complete"),
    ("2021-10-04", "Document request", "PEEL 2021/22", "Strategic Planning",
     "187 documents requested; FMS 2021 submitted as part of return", "Complete"),
    ("2021-10-18", "Staff survey", "PEEL 2021/22", "Corporate Comms",
     "HMICFRS workforce survey open for 3 weeks; 1,412 responses", "Complete"),
    ("2021-11-22", "Fieldwork", "PEEL 2021/22", "Force liaison lead",
     "Fieldwork 22 Nov - 3 Dec 2021: focus groups, reality testing at St Anne Street and "
     "Wirral, control room observation", "Complete"),
    ("2021-12-10", "Hot debrief", "PEEL 2021/22", "Chief officer team",
     "Initial feedback only - inspectors indicated responding to the public 'may be graded "
     "inadequate'; not a final grade", "Complete"),
    ("2022-03-15", "Factual accuracy check", "PEEL 2021/22", "Strategic Planning",
     "Draft report received under embargo; 41 comments returned", "Complete"),
    ("2022-05-05", "Publication", "PEEL 2021/22", "Corporate Comms",
     "Report published. Grades: preventing crime and anti-social behaviour - Outstanding; "
     "treatment of the public - Good; investigating crime - Good; protecting vulnerable "
     "people - Good; managing offenders and suspects - Good; good use of resources - Good; "
     "developing a positive workplace - Adequate; responding to the public - Requires "
     "improvement", "Complete"),
    ("2022-05-05", "Publication", "PEEL 2021/22", "Corporate Comms",
     "Victim service assessment: not graded", "Complete"),
    ("2022-06-30", "PCC response", "PEEL 2021/22", "OPCC",
     "Commissioner Emily Spurrell's s.55 response published", "Complete"),
    ("2022-07-01", "Action plan", "PEEL 2021/22", "Strategic Planning",
     "7 AFIs logged on the improvement register (AFI-01 to AFI-07)", "In progress"),
    ("2024-02-01", "Notification (expected)", "PEEL 2023-25", "Force liaison lead",
     "Next PEEL inspection expected in 2024; target: outstanding in preventing crime again "
     "and good in responding to the public", "Not started"),
]

with open("../docs/nw08.csv", "w", newline="", encoding="utf-8") as fh:
    csv.writer(fh, lineterminator="\r\n").writerows(ROWS)
print("wrote ../docs/nw08.csv")
