"""Write docs/kb01.csv: an OPCC area-for-improvement tracker exported from Excel
(Derbyshire, PEEL 2023-25). cp1252, CRLF. A 'PEEL grade' column in abbreviations with a
key row, and a separate 'RAG' column in colours.

    python3 src/make_kb01.py
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "kb01.csv")

rows = [
    ["Office of the Police and Crime Commissioner for Derbyshire \u2013 HMICFRS recommendations and areas for improvement tracker", "", "", "", "", "", "", "", ""],
    ["Snapshot taken 03/06/2025 for the Strategic Governance Board. Owner: Performance & Assurance Team", "", "", "", "", "", "", "", ""],
    ["Key: PEEL grade = the grade HMICFRS gave the area in the inspection named in Source. O = Outstanding; G = Good; A = Adequate; RI = Requires improvement; I = Inadequate; NG = not graded", "", "", "", "", "", "", "", ""],
    ["Key: RAG = OPCC view of delivery. Red = off track; Amber = at risk; Green = on track; Blue = complete and evidenced", "", "", "", "", "", "", "", ""],
    ["Ref", "Source", "PEEL area", "PEEL grade", "Recommendation / AFI (as published)", "Force lead", "RAG", "% complete", "Latest update from the force"],
    ["DER-23-01", "PEEL 2023\u201325 AFI", "Investigating crime", "RI",
     "The force should make sure that every investigation has a documented plan, and that supervisors review it at the intervals set out in force policy.",
     "D/Supt Crime", "Amber", "55%",
     "Investigation plan template built into Niche in February. Dip sample of 120 crimes in May found a plan on 71%; supervisory reviews still late in two sections."],
    ["DER-23-02", "PEEL 2023\u201325 AFI", "Investigating crime", "RI",
     "The force should reduce the number of investigations closed with outcome 16 (victim does not support action) without a record of why the victim withdrew.",
     "D/Supt Crime", "Red", "20%",
     "Outcome 16 rationale field made mandatory from 1 July. Until then no reliable baseline \u2013 flagged to the Board as off track."],
    ["DER-23-03", "PEEL 2023\u201325 AFI", "Responding to the public", "A",
     "The force should make sure that the risk assessment carried out at the first point of contact is recorded for every call for service.",
     "Supt Contact Mgt", "Green", "80%",
     "THRIVE+ prompt added to the call-handling screen; compliance 93% in April against 64% at inspection."],
    ["DER-23-04", "PEEL 2023\u201325 AFI", "Protecting vulnerable people", "A",
     "The force should improve how it records the voice of the child when officers attend domestic abuse incidents.",
     "D/Supt PVP", "Amber", "40%",
     "No update received for this period."],
    ["DER-23-05", "PEEL 2023\u201325 AFI", "Building, supporting and protecting the workforce", "A",
     "The force should make sure that its wellbeing offer reaches officers and staff working night shifts and in rural stations.",
     "Head of People", "Green", "75%",
     "Mobile wellbeing van visiting Buxton, Matlock and Ashbourne fortnightly; TRiM referrals up 30%."],
    ["DER-23-06", "PEEL 2023\u201325 AFI", "Leadership and force management", "A",
     "The force should develop a workforce plan that links the skills it needs to the demand it expects over the next three years.",
     "Chief Finance Officer", "Blue", "100%",
     "Workforce plan 2025\u201328 approved by Chief Officer Team on 12 March; evidence pack sent to HMICFRS FLL."],
    ["DER-23-07", "PEEL 2023\u201325 AFI", "Police powers and public treatment", "G",
     "The force should make sure that officers record the grounds for a stop and search in enough detail for a supervisor to judge whether they were reasonable.",
     "Supt Neighbourhoods", "Green", "85%",
     "External scrutiny panel now reviews 40 records a month; 'grounds not recorded' down from 14% to 4%."],
    ["DER-21-09", "PEEL 2021/22 AFI (carried forward)", "Investigating crime", "RI",
     "The force should make sure that victims are updated about their case at the frequency agreed with them.",
     "D/Supt Crime", "Red", "30%",
     "Carried into the 2023\u201325 plan. Victim update compliance 58% (target 90%)."],
    ["NAT-24-03", "HMICFRS thematic (all forces)", "n/a", "NG",
     "By October 2025, chief constables should make sure that all officers who attend domestic abuse incidents have completed the updated DA Matters training.",
     "Head of L&D", "Amber", "60%",
     "National recommendation \u2013 tracked for information only; not part of the PEEL plan."],
    ["Totals: 9 items; Red 2, Amber 3, Green 3, Blue 1. Good practice noted by HMICFRS (Op Pendle) is recorded on the separate learning log.", "", "", "", "", "", "", "", ""],
]

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerows(rows)
with open(OUT, "wb") as fh:
    fh.write(buf.getvalue().encode("cp1252"))
print("wrote", OUT)
