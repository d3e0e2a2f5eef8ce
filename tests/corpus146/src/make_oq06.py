"""Write docs/oq06.txt: a tracker saved from Excel as "Text (Tab delimited)".

Like Excel's export it is cp1252, CRLF between rows, LF inside quoted multi-line
cells, and inner quotes doubled. Standard library only:  python3 src/make_oq06.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "oq06.txt")

ROWS = [
    ["Merseyside Police \u2013 HMICFRS recommendations and AFI tracker (export 17/02/2025)"],
    [],
    ["Ref", "Source", "Inspection area", "Area grade", "Finding type",
     "Recommendation / area for improvement", "Lead", "RAG", "Latest update", "Last reviewed"],
    ["MER-23-01", "PEEL 2023\u201325", "Investigating crime", "Adequate", "AFI",
     "The force should make sure that all investigations are reviewed by a supervisor "
     "within the timescales set in its own policy.",
     "ACC Crime", "Amber",
     "Compliance 71% in January (was 58%).\nNew supervision dashboard live 03/02.\n"
     "Target 90% by June 2025.", "14/02/2025"],
    ["MER-23-02", "PEEL 2023\u201325", "Investigating crime", "Adequate", "AFI",
     "The force should improve how it keeps victims informed about the progress of "
     "their case, in line with the Victims' Code.",
     "ACC Crime", "Red", "No update received", "14/02/2025"],
    ["MER-23-03", "PEEL 2023\u201325", "Protecting vulnerable people", "Requires improvement",
     "AFI",
     "AFI (priority)\nThe force should make sure that officers attending domestic abuse "
     "incidents complete the risk assessment with the victim, and record the reason when "
     "they cannot.\nSee report p. 41",
     "Head of Public Protection", "Amber",
     "Body-worn video audit of 200 incidents done.\nCompletion now 83% (was 64%).",
     "10/02/2025"],
    ["MER-23-04", "PEEL 2023\u201325", "Responding to the public", "Good", "Good practice",
     "The \"Call it out\" text-back service for people who hang up on 101 was noted as "
     "good practice.",
     "Head of Contact", "n/a", "Shared with the regional contact network.", "10/02/2025"],
    ["MER-23-05", "PEEL 2023\u201325", "Building, supporting and protecting the workforce",
     "Good", "AFI",
     "The force should make sure that newly promoted sergeants and inspectors receive "
     "leadership training within six months of promotion.",
     "Director of People", "Green",
     "Complete \u2013 96% of 2024 promotees trained.\nJoint course run with Cheshire "
     "Constabulary.", "03/02/2025"],
    ["MER-21-07", "PEEL 2021/22 (carried forward)", "Protecting vulnerable people",
     "Adequate", "AFI",
     "The force should improve how it records the voice of the child when officers "
     "attend incidents where children are present.",
     "Head of Public Protection", "Amber",
     "Voice of the child field made mandatory on the DA form in 2023.\nRe-audit due "
     "April 2025.", "10/02/2025"],
    ["NAT-24-02", "HMICFRS thematic: vetting, misconduct and misogyny", "\u2013", "\u2013",
     "National recommendation",
     "By 31 October 2024, chief constables should make sure their vetting units apply "
     "the revised authorised professional practice.",
     "Head of PSD", "Green", "Complete", "20/01/2025"],
    ["FRS-22-01", "Merseyside Fire & Rescue Service inspection 2022 (for information)",
     "Preventing fires and other risks", "Outstanding", "Note",
     "Fire service grade shown for the joint estates board only \u2013 not a police "
     "finding.", "\u2013", "n/a", "\u2013", "20/01/2025"],
    [],
    ["RAG key: Green = complete; Amber = on track; Red = off track or no update; "
     "n/a = no action needed"],
]


def cell(v):
    if any(c in v for c in '\t\n"'):
        return '"' + v.replace('"', '""') + '"'
    return v


def main():
    lines = ["\t".join(cell(v) for v in row) for row in ROWS]
    data = "\r\n".join(lines) + "\r\n"
    with open(OUT, "wb") as fh:
        fh.write(data.encode("cp1252"))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
