"""kd08.csv: a PCC's PEEL 2023-25 findings register for Humberside Police (standard library).
CRLF line endings (as Excel writes them), UTF-8 without BOM."""
import csv
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "kd08.csv")
HEAD = ["Ref", "Source", "Finding type", "Area", "Finding (as published or summarised)",
        "Owner", "RAG", "Latest update (October 2025)"]
SRC = "HMICFRS PEEL 2023–25 report (published 17 June 2025)"
DCC = "Deputy Chief Constable Lorna Fairweather"
ROWS = [
    ["G01", SRC, "Graded judgement", "Police powers and public treatment",
     "Inspectors judged the force outstanding in how it treats the public and uses its powers.",
     "", "", ""],
    ["G02", SRC, "Graded judgement", "Preventing crime and anti-social behaviour",
     "The force's outstanding work to prevent crime is described as among the best the inspectorate has seen.",
     "", "", ""],
    ["G03", SRC, "Graded judgement", "Managing offenders and suspects",
     "Outstanding – for the second inspection running.", "", "", ""],
    ["G04", SRC, "Graded judgement", "Responding to the public",
     "Graded good. Emergency calls are answered quickly and attendance times are within target.",
     "", "", ""],
    ["G05", SRC, "Graded judgement", "Investigating crime",
     "Good, up from adequate in 2021/22.", "", "", ""],
    ["G06", SRC, "Graded judgement", "Protecting vulnerable people",
     "HMICFRS found the force good at protecting vulnerable people.", "", "", ""],
    ["G07", SRC, "Graded judgement", "Building, supporting and protecting the workforce",
     "Good.", "", "", ""],
    ["G08", SRC, "Graded judgement", "Leadership and force management",
     "The force was rated good; inspectors noted strong financial planning.", "", "", ""],
    ["G09", SRC, "Graded judgement", "Crime data integrity",
     "A grade of good was given. The force recorded 94.1% of reported crime.", "", "", ""],
    ["G10", SRC, "Not graded", "Providing a service to victims of crime",
     "The inspectorate does not grade this area.", "", "", ""],
    ["A01", SRC, "Area for improvement", "Responding to the public",
     "The force should improve how quickly it attends incidents that it has graded as needing a scheduled appointment.",
     "Chief Superintendent, Force Control", "Amber",
     "Additional appointment slots introduced from 1 May 2025; attendance within target rose to 81%."],
    ["A02", SRC, "Area for improvement", "Investigating crime",
     "We expect the force to make sure that a victim needs assessment is completed and recorded in every case.",
     "Head of Crime", "Red", ""],
    ["A03", SRC, "Area for improvement", "Leadership and force management",
     "Humberside Police needs to understand the skills its workforce will need in future, and plan its recruitment and training accordingly.",
     DCC, "Green", "Skills audit completed September 2025; workforce plan to be approved in December."],
    ["IP01", SRC, "Innovative practice", "Preventing crime and anti-social behaviour",
     "The force's early intervention scheme with schools is good practice that other forces could adopt.",
     "", "", ""],
    ["N01", "HMICFRS national thematic report (2024)", "National recommendation (all forces)",
     "Responding to the public",
     "By 31 March 2026, all chief constables should make sure that their forces record the reasons for delayed attendance.",
     "Chief Superintendent, Force Control", "Amber", "Reason codes added to command and control system."],
    ["F01", "HMICFRS fire and rescue inspection (2023)", "Not PEEL – for information",
     "Humberside Fire and Rescue Service",
     "Judged good at responding to emergencies; requires improvement at protecting the public through fire regulation.",
     "", "", ""],
    ["P01", "PCC scrutiny panel (July 2025)", "PCC recommendation",
     "Police powers and public treatment",
     "It is recommended that the force publishes its use of force data every quarter.",
     DCC, "Green", "First quarterly publication made in October 2025."],
]
with open(OUT, "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    w.writerow(["Office of the Police and Crime Commissioner for Humberside – Inspection findings register – Humberside Police"])
    w.writerow(HEAD)
    w.writerows(ROWS)
print("wrote", OUT)
