"""t01.csv: a force's HMICFRS recommendations tracker exported from Excel (cp1252, CRLF).
Standard library only:  python3 make_t01.py  (run from src/)"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "t01.csv")

HEAD = ["Ref", "Report", "Published", "Type", "Area", "Text", "Owner", "Due", "RAG status",
        "Latest update", "Closed?"]
R23 = "PEEL 2023\u201325: An inspection of Durham Constabulary"
R21 = "PEEL 2021/22: An inspection of Durham Constabulary"
ROWS = [
    ["DUR-P23-C1", R23, "20/02/2025", "Cause of concern", "Investigating crime",
     "Durham Constabulary does not investigate crime to a consistently good standard, and too "
     "many victims wait a long time for their case to be resolved.",
     "ACC Crime & Justice", "31/08/2025", "Amber",
     "04/06/2025 \u2013 Investigation standards board now meets monthly, chaired by ACC. "
     "Backlog of investigations over 90 days down from 1,140 to 812.\n"
     "11/03/2025 \u2013 Terms of reference for the board agreed.", "N"],
    ["DUR-P23-C1-R1", R23, "20/02/2025", "Recommendation", "Investigating crime",
     "Within six months, the force should make sure that every investigation is allocated to an "
     "officer or member of staff with the skills and accreditation it needs.",
     "ACC Crime & Justice", "20/08/2025", "Amber",
     "04/06/2025 \u2013 Allocation policy rewritten; PIP level now checked at the point of "
     "allocation on the crime system.\nAudit of 200 crimes planned for July.", "N"],
    ["DUR-P23-C1-R2", R23, "20/02/2025", "Recommendation", "Investigating crime",
     "Within six months, the force should make sure that supervisors review investigations at "
     "set intervals and record what they have directed.",
     "ACC Crime & Justice", "20/08/2025", "Red",
     "04/06/2025 \u2013 Supervisor review template live in two of three areas. Roll-out in "
     "the south delayed by the IT freeze; new date 30/09/2025.", "N"],
    ["DUR-P23-01", R23, "20/02/2025", "AFI", "Responding to the public",
     "The force should reduce the time it takes to answer non-emergency calls and should tell "
     "callers how long they are likely to wait.",
     "ACC Operations", "31/03/2026", "Green",
     "02/06/2025 \u2013 Queue-position message introduced on 101 from 1 May.\n"
     "Average answer time for May 4m 12s (Jan: 9m 40s). Proposed for closure at June "
     "Force Improvement Board.", "Y"],
    ["DUR-P23-02", R23, "20/02/2025", "AFI", "Protecting vulnerable people",
     "The force should make sure that officers attending domestic abuse incidents record the "
     "views and needs of any children present.",
     "ACC Operations", "30/11/2025", "Amber",
     "28/05/2025 \u2013 Voice of the child prompt added to the DA risk form. Compliance in "
     "dip sample 61% (target 90%).", "N"],
    ["DUR-P23-03", R23, "20/02/2025", "AFI", "Leadership and force management",
     "The force should improve how it evaluates its change programme, so that it can show "
     "whether the money it has invested is improving the service it provides.",
     "Director of Finance & Resources", "31/03/2026", "Red", "", "N"],
    ["DUR-P23-04", R23, "20/02/2025", "AFI", "Police powers and public treatment",
     "The force should make sure that officers switch on body-worn video for every stop and "
     "search, and that supervisors review a sample of the footage each month.",
     "ACC Operations", "30/06/2025", "Green",
     "15/05/2025 \u2013 Monthly BWV dip sample in place since March; activation rate 94%.\n"
     "Closed by Force Improvement Board 20/05/2025.", "Y"],
    ["DUR-P21-06", R21, "15/07/2022", "AFI", "Managing offenders and suspects",
     "The force should make sure it visits registered sex offenders when their risk "
     "management plans say it should, and that overdue visits are escalated.",
     "ACC Crime & Justice", "31/03/2023", "Green",
     "Closed 14/03/2023 \u2013 overdue visits now reported weekly to the PPU DCI.\n"
     "Not repeated in PEEL 2023\u201325 report.", "Y"],
    ["DUR-P21-09", R21, "15/07/2022", "AFI", "Building, supporting and protecting the workforce",
     "The force should understand why officers with less than five years\u2019 service are "
     "leaving and should act on what it finds.",
     "Director of People", "31/12/2023", "Amber",
     "06/06/2025 \u2013 Exit interview analysis presented to People Board in April.\n"
     "Carried forward: HMICFRS did not close this AFI at PEEL 2023\u201325 fieldwork.", "N"],
    ["CUST-24-03", "Report on an unannounced inspection visit to police custody suites in "
     "Durham (joint HMICFRS / HMI Prisons)", "09/10/2024", "AFI", "Custody",
     "The force should make sure that detainees are offered a shower and a change of clothing "
     "when they are held for more than 24 hours.",
     "Ch Supt Criminal Justice", "31/03/2025", "Green",
     "Complete \u2013 provision checked at each custody inspection log review.", "Y"],
    ["NAT-VMM-07", "An inspection of vetting, misconduct and misogyny in the police service",
     "02/11/2022", "Recommendation", "Vetting",
     "By 31 October 2023, chief constables should make sure that their vetting units record "
     "the rationale for every decision to grant clearance where adverse information is known.",
     "Head of Professional Standards", "31/10/2023", "Green",
     "Closed \u2013 national recommendation; evidence submitted to HMICFRS portal 25/10/2023.",
     "Y"],
]
TAIL = [["Exported from Durham Constabulary Inspection Tracker (HMICFRS) \u2013 "
         "05/06/2025 09:14 \u2013 OFFICIAL", "", "", "", "", "", "", "", "", "", ""]]


def main():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEAD)
    for r in ROWS + TAIL:
        w.writerow([c.replace("\n", "\r\n") for c in r])
    with open(OUT, "wb") as fh:
        fh.write(buf.getvalue().encode("cp1252"))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
