"""Write docs/me10.csv: a bilingual HMICFRS recommendations tracker, as exported from a
spreadsheet by the Office of the Police and Crime Commissioner for Gwent (UTF-8 with BOM,
CRLF line endings, as Excel writes "CSV UTF-8"). Standard library only.

    python3 src/make_me10.py
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "me10.csv")

HEADER = ["Cyf / Ref", "Ffynhonnell / Source", "Math / Type", "Maes / Area",
          "Testun (Saesneg) / Text (English)", "Testun (Cymraeg) / Text (Welsh)",
          "Statws / Status", "Diweddariad yr heddlu / Force update", "Adolygu / Review"]

ROWS = [
    ["GW-2325-C1", "PEEL 2023-25", "Achos pryder / Cause of concern",
     "Responding to the public",
     "Gwent Police isn't answering calls from the public quickly enough, and it doesn't always "
     "assess the risk to callers when it decides how to respond.",
     "Nid yw Heddlu Gwent yn ateb galwadau gan y cyhoedd yn ddigon cyflym.",
     "Amber / Ambr",
     "New call-handling model went live on 1 September 2025; 999 answer times are now within "
     "the national standard on most days.",
     "Rhag/Dec 2025"],
    ["GW-2325-R1", "PEEL 2023-25", "Argymhelliad / Recommendation",
     "Responding to the public",
     "Within three months, the force should make sure that it answers emergency calls within "
     "the national standard of ten seconds.",
     "O fewn tri mis, dylai'r llu sicrhau ei fod yn ateb galwadau brys o fewn deg eiliad.",
     "Green / Gwyrdd", "Achieved in October 2025: 91% of 999 calls answered within ten seconds.",
     "Cwblhawyd / Complete"],
    ["GW-2325-R2", "PEEL 2023-25", "Argymhelliad / Recommendation",
     "Responding to the public",
     "Within six months, the force should make sure that call handlers use a structured risk "
     "assessment on every call and record their rationale.",
     "O fewn chwe mis, dylai'r llu sicrhau bod trinwyr galwadau yn defnyddio asesiad risg "
     "strwythuredig ar bob galwad.",
     "Red / Coch", "", "Rhag/Dec 2025"],
    ["GW-2325-A1", "PEEL 2023-25", "Maes i'w wella / Area for improvement",
     "Investigating crime",
     "The force should make sure that investigations are supervised effectively and that "
     "victims are updated in line with the Victims' Code.",
     "Dylai'r llu sicrhau bod ymchwiliadau'n cael eu goruchwylio'n effeithiol.",
     "Amber / Ambr",
     "Supervisory review audit in November 2025 found 74% compliance; retraining under way.",
     "Maw/Mar 2026"],
    ["GW-2325-A2", "PEEL 2023-25", "Maes i'w wella / Area for improvement",
     "Building, supporting and protecting the workforce",
     "The force should make sure that its wellbeing support reaches officers and staff in the "
     "control room and in investigation teams.",
     "Dylai'r llu sicrhau bod ei gymorth lles yn cyrraedd swyddogion a staff yr ystafell reoli.",
     "Green / Gwyrdd", "Trauma risk management practitioners now in every team.",
     "Cwblhawyd / Complete"],
    ["GW-2325-A3", "PEEL 2023-25", "Maes i'w wella / Area for improvement",
     "Leadership and force management",
     "The force should improve how it evaluates its change programme, so it can show what "
     "benefits the new operating model has delivered.",
     "Dylai'r llu wella'r ffordd y mae'n gwerthuso ei raglen newid.",
     "Not started / Heb ddechrau", "Not yet due.", "Meh/Jun 2026"],
    ["GW-2122-A5", "PEEL 2021/22 (carried forward / wedi'i gario ymlaen)",
     "Maes i'w wella / Area for improvement", "Protecting vulnerable people",
     "The force should make sure that officers attending domestic abuse incidents record the "
     "views of any children present.",
     "Dylai'r llu sicrhau bod swyddogion yn cofnodi barn plant sy'n bresennol mewn digwyddiadau "
     "cam-drin domestig.",
     "Green / Gwyrdd", "Voice of the child field made mandatory on the DASH form in 2023.",
     "Cwblhawyd / Complete"],
    ["TH-2022-R7", "Vetting, misconduct and misogyny thematic (2022)",
     "Argymhelliad / Recommendation", "Vetting",
     "By April 2023, chief constables should make sure that their vetting units record the "
     "rationale for every clearance decision.",
     "Erbyn Ebrill 2023, dylai prif gwnstabliaid sicrhau bod unedau fetio yn cofnodi eu "
     "rhesymeg.",
     "Green / Gwyrdd", "Implemented across the four Welsh forces.", "Cwblhawyd / Complete"],
]

NOTES = [
    ["", "Nodyn / Note", "", "",
     "PEEL 2023-25 grade for responding to the public: Requires improvement. Other grades are "
     "reported to the Strategy and Performance Board.",
     "Gradd PEEL 2023-25 ar gyfer ymateb i'r cyhoedd: Angen gwella.", "", "", ""],
    ["", "Diweddarwyd / Updated", "", "", "12/12/2025", "12/12/2025", "", "", ""],
]

with open(OUT, "w", encoding="utf-8-sig", newline="") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    w.writerow(HEADER)
    w.writerows(ROWS)
    w.writerows(NOTES)
print("wrote", OUT)
