"""x07.csv: an OPCC 'HMICFRS inspections tracker' exported from Excel as CSV
(semicolon-separated, Windows-1252, CRLF rows, LF inside quoted multi-line cells).

    python3 make_x07.py   (run from src/; standard library only)
"""
import csv
import io

HEAD = ["Report", "Type", "Recommendation", "Status", "Update", "Date closed"]
P = "HMICFRS PEEL 2023\u201325 \u2013 "
ROWS = [
    [P + "Investigating crime", "Cause of concern",
     "The force doesn\u2019t always carry out effective investigations. Too many investigations are "
     "not supervised, and victims are not always kept informed.",
     "Open \u2013 on track",
     "Investigation Standards Board set up Feb 2025 (chair: ACC Crime).\n"
     "Supervisory review compliance 79% (June 2025), target 90%.\n"
     "HMICFRS revisit expected Q4 2025/26.", ""],
    [P + "Investigating crime", "Recommendation",
     "Within six months, the force should make sure that every investigation has a recorded "
     "supervisory review within seven days of allocation.",
     "Open \u2013 on track",
     "New Athena review task live 1 April 2025. Compliance reported weekly to the Investigation "
     "Standards Board.", ""],
    [P + "Investigating crime", "Recommendation",
     "Within six months, the force should make sure that victims are updated at the intervals "
     "agreed with them and in line with the Victims\u2019 Code.",
     "Open \u2013 overdue", "", ""],
    [P + "Protecting vulnerable people", "AFI",
     "The force should improve how it manages registered sex offenders by:\n"
     "- completing risk assessments within the timescales set by national guidance; and\n"
     "- reducing the number of overdue home visits.",
     "Open",
     "Backlog of overdue visits reduced from 212 to 64 (30 June 2025).\n"
     "Two additional MOSOVO officers in post from August.", ""],
    [P + "Responding to the public", "AFI",
     "The force should make sure that it records the vulnerability of callers and uses it to "
     "decide how quickly to attend.",
     "Proposed for closure",
     "THRIVE+ recorded on 97% of incidents (audit May 2025). Closure paper to OPCC "
     "Assurance Board 10/07/2025.", ""],
    [P + "Police powers and public treatment", "AFI",
     "The force should make sure that officers use body-worn video during every stop and "
     "search encounter.",
     "Open", "Awaiting update from force lead", ""],
    [P + "Leadership and force management", "AFI",
     "The force should make sure that its estates and fleet plans are affordable within its "
     "medium-term financial plan.",
     "Closed",
     "Estates strategy 2025\u201330 and fleet replacement programme approved by PCC on "
     "14/03/2025; both costed in the MTFP.", "14/03/2025"],
    ["HMICFRS PEEL 2021/22 \u2013 Protecting vulnerable people", "AFI",
     "The force should make sure that it completes checks on the suitability of applicants "
     "for domestic violence disclosure scheme requests within the required time.",
     "Closed",
     "Dedicated DVDS team since Jan 2023. 96% of requests completed within 28 days.",
     "02/05/2024"],
    ["HMICFRS \u2013 An inspection of vetting, misconduct and misogyny in the police service (2022)",
     "Recommendation",
     "By 30 April 2023, chief constables should make sure that the vetting decisions of their "
     "forces are recorded with a clear rationale.",
     "Closed", "Vetting Unit decision template updated; audit completed.", "28/04/2023"],
    ["HMICFRS \u2013 Joint thematic inspection of the criminal justice journey for "
     "individuals with mental health needs (2021)", "Recommendation",
     "Chief constables should work with health partners to agree local protocols for the "
     "sharing of information about individuals in custody.",
     "Open", "Protocol with Herefordshire and Worcestershire Health and Care NHS Trust in "
     "draft.", ""],
    ["Super-complaint \u2013 police response to stalking (2024)", "Recommendation",
     "Chief constables should make sure that stalking protection orders are considered in "
     "every stalking case.",
     "Open", "", ""],
]

buf = io.StringIO()
w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
w.writerow(["OPCC West Mercia \u2013 HMICFRS inspections tracker (West Mercia Police) \u2013 exported 21/07/2025", "", "", "", "", ""])
w.writerow(HEAD)
for r in ROWS:
    w.writerow(r)
with open("../docs/x07.csv", "wb") as fh:
    fh.write(buf.getvalue().encode("cp1252"))
print("wrote docs/x07.csv")
