"""f06.csv: Sussex Police findings tracker exported from a spreadsheet (cp1252, CRLF, a title
row above the header, quoted multi-line cells). Standard library only."""
import csv
import io

rows = [
    ["Sussex Police – HMICFRS findings tracker (extract for the Police and Crime Panel, 24 January 2025)", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", ""],
    ["Ref", "Type", "Source report", "PEEL area (grade)", "Finding", "Update", "Status", "Last reviewed"],
    ["SX-23-01", "AFI", "PEEL 2023–25 (published 8 October 2024)", "Responding to the public (Requires improvement)",
     "The force should make sure that it answers emergency calls within the national standard of 10 seconds.",
     "Q2: 90% of 999 calls answered in 10 seconds (was 76%).\nQ3: 88% – dip in December owing to sickness; 14 new call handlers start in February.",
     "Amber", "14/01/2025"],
    ["SX-23-02", "AFI", "PEEL 2023–25 (published 8 October 2024)", "Responding to the public (Requires improvement)",
     "The force should make sure that it identifies vulnerable callers, assesses the risk to them, and records that assessment when the call is first received.",
     "Q2: THRIVE refresher delivered to all contact staff.\nQ3: Dip-sample of 200 calls found the risk assessment recorded in 93%.",
     "Green", "14/01/2025"],
    ["SX-23-03", "AFI", "PEEL 2023–25 (published 8 October 2024)", "Investigating crime (Requires improvement)",
     "The force should make sure that victims' needs are assessed, and that the force's decision whether to refer them to support services is recorded.",
     "Q3: Victim needs assessment now mandatory at crime recording. Referral rate to the Safe:Space Sussex service up from 38% to 61%.",
     "Green", "09/01/2025"],
    ["SX-23-04", "AFI", "PEEL 2023–25 (published 8 October 2024)", "Investigating crime (Requires improvement)",
     "The force should improve how it gathers evidence from the scene in cases of violent crime, including its use of body-worn video.",
     "", "Not started", "09/01/2025"],
    ["SX-23-05", "AFI", "PEEL 2023–25 (published 8 October 2024)", "Protecting vulnerable people (Adequate)",
     "The force should make sure that it shares information with children's social care promptly after officers attend an incident at which a child is present.",
     "Q3: Automated notification to the four local authority front doors went live on 2 December 2024. Average time to share: 22 hours (was 4 days).",
     "Green", "16/01/2025"],
    ["SX-23-06", "AFI", "PEEL 2023–25 (published 8 October 2024)", "Leadership and force management (Adequate)",
     "The force should make sure that its plans for future workforce and financial demands are realistic and based on a clear understanding of demand.",
     "Q3: Demand modelling commissioned from an external partner; report due March 2025.\n\"Medium-term financial plan 2025/26 to 2028/29\" agreed with the PCC on 20 December 2024.",
     "Amber", "16/01/2025"],
    ["SX-21-09", "AFI", "PEEL 2021/22 (carried forward)", "Preventing crime (Good)",
     "The force should make sure it evaluates its problem-solving work and shares what it learns across the force.",
     "Q3: Problem-solving evaluation toolkit in use in all three divisions; 34 evaluations published on the intranet.",
     "Complete", "02/12/2024"],
    ["SX-NT-02", "Recommendation", "National thematic: vetting, misconduct and misogyny (2022) – addressed to all chief constables",
     "n/a",
     "By 30 April 2023, chief constables should make sure that their vetting units have enough staff to carry out their work.",
     "Vetting unit establishment increased by 9 posts in 2023; no backlog since June 2024.",
     "Complete", "02/12/2024"],
    ["SX-CP-01", "Recommendation", "National child protection inspection: Sussex Police (2024)",
     "n/a",
     "The force should make sure that officers hear and record the voice of the child in every case of neglect.",
     "Q3: Voice of the child prompt added to the crime report. Audit planned for April 2025.",
     "Amber", "16/01/2025"],
]
notes = [
    ["Notes: Grades are those HMICFRS gave in the PEEL 2023–25 report. The tracker lists only open findings and those closed since the last Panel meeting. Owner column removed for publication.", "", "", "", "", "", "", ""],
    ["Good practice identified by HMICFRS (the Sussex Safer Streets partnership) is not tracked.", "", "", "", "", "", "", ""],
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
for r in rows + [[""] * 8] + notes:
    w.writerow([c.replace("\n", "\r\n") if False else c for c in r])
text = buf.getvalue()
with open("../docs/f06.csv", "wb") as fh:
    fh.write(text.encode("cp1252"))
print("wrote f06.csv")
