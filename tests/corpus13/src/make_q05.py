"""Write docs/q05.docx: an excerpt from a force management statement (North Yorkshire
Police, FMS 2025) that refers to the last PEEL grades in passing in an "Inspection
findings" table and tracks areas for improvement by ID (PEEL23-AFI-04 ...).

    /tmp/c13venv/bin/python src/make_q05.py
"""
import os

from docx import Document
from docx.shared import Pt

from docxutil import labelled, set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "q05.docx")

doc = Document()
doc.core_properties.title = "FMS 2025 - Section 9 extract"
doc.core_properties.author = "Strategic Planning Unit"
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "OFFICIAL-SENSITIVE (extract released as OFFICIAL)"

doc.add_heading("North Yorkshire Police \u2013 Force Management Statement 2025", level=1)
doc.add_paragraph("Extract: section 9, Learning from inspection and review")
doc.add_paragraph(
    "Document owner: Head of Strategic Planning. Approved by the Chief Officer Group on "
    "28 April 2025. Submitted to HMICFRS on 30 May 2025.")

doc.add_heading("9.1 How inspection findings shape this statement", level=2)
doc.add_paragraph(
    "This statement looks ahead four years, to 2028/29. Where an inspection has told us "
    "something about our capacity, capability or the demand we face, it is reflected in "
    "the relevant chapter. The table below lists the inspections that informed this "
    "year\u2019s statement. It is not a full record of every grade; the published reports "
    "are the authoritative source.")

doc.add_paragraph("Table 9.1: Inspection findings").runs[0].bold = True
rows = [
    ("Inspection", "Published", "Findings referred to in this FMS", "Chapters"),
    ("PEEL 2023\u201325", "November 2024",
     "Responding to the public: good. Investigating crime: requires improvement. "
     "Leadership and force management: requires improvement. Nine areas for improvement "
     "(see 9.2).", "3, 5, 11"),
    ("PEEL 2021/22", "August 2022",
     "Protecting vulnerable people was graded adequate. One area for improvement remains "
     "open (PEEL21-AFI-07).", "6"),
    ("Crime data integrity inspection", "2019",
     "Graded requires improvement at the time; re-audited internally in 2024.", "5"),
    ("Joint targeted area inspection (Scarborough)", "2024",
     "Not graded. Partnership findings only.", "6"),
    ("HMICFRS inspection of North Yorkshire Fire and Rescue Service", "2023",
     "Outside the scope of this statement.", "\u2013"),
]
table = doc.add_table(rows=len(rows), cols=4)
table.style = "Table Grid"
for r, row in enumerate(rows):
    for c, text in enumerate(row):
        set_cell(table.cell(r, c), text, bold=(r == 0))
        if r == 0:
            shade(table.cell(r, c), "DDEBF7")

doc.add_paragraph()
doc.add_paragraph(
    "Our other PEEL 2023\u201325 grades are set out in the report and are not repeated "
    "here. Managing offenders and suspects, which was good practice in the last "
    "statement, is discussed in chapter 7.")

doc.add_heading("9.2 Areas for improvement: current position", level=2)
doc.add_paragraph(
    "Each area for improvement has an ID, a named chief officer lead and an owner. The "
    "positions below are as at 31 March 2025. Items closed before this statement (for "
    "example PEEL23-AFI-02, closed in FMS 2024 addendum) are not repeated. The chief "
    "officer lead for investigation is ACC Ruth Halloran.")

AFIS = [
    ("PEEL23-AFI-01", "Investigating crime",
     "The force should make sure that investigation plans are recorded for all crimes that "
     "it investigates, and that they are reviewed by a supervisor.",
     "Crime Investigation Standards Board",
     "Plans are now mandatory for all crimes allocated to an investigator. Supervisory "
     "review rose from 61 to 83 percent between October and March."),
    ("PEEL23-AFI-03", "Investigating crime",
     "The force should reduce the time it takes to examine digital devices seized during "
     "investigations.",
     "Head of Digital Forensics",
     "Backlog of devices awaiting examination down from 1,140 to 690. Two additional "
     "kiosks funded in the 2025/26 budget."),
    ("PEEL23-AFI-04", "Leadership and force management",
     "The force should make sure it has a clear understanding of the demand it faces, so "
     "that it can allocate its resources to where they are needed most.",
     "Head of Strategic Planning",
     "This statement is the main response. A new demand model was introduced in January "
     "2025 and informs chapters 3 to 5."),
    ("PEEL23-AFI-06", "Leadership and force management",
     "The force should make sure that its change programme has enough capacity to deliver "
     "the benefits it has planned.",
     "Chief Finance Officer",
     "\u2013"),
    ("PEEL21-AFI-07", "Protecting vulnerable people",
     "The force should improve how it shares information with partner agencies about "
     "children at risk of exploitation.",
     "Head of Safeguarding",
     "A joint exploitation hub with North Yorkshire Council opened in February 2025; "
     "closure will be proposed to the Chief Officer Group in June."),
]
doc.add_paragraph("Table 9.2: Open areas for improvement").runs[0].bold = True
t2 = doc.add_table(rows=len(AFIS) + 1, cols=5)
t2.style = "Table Grid"
for c, h in enumerate(("ID", "Area", "Area for improvement", "Owner",
                       "Current position (31 March 2025)")):
    set_cell(t2.cell(0, c), h, bold=True)
    shade(t2.cell(0, c), "DDEBF7")
for r, row in enumerate(AFIS, start=1):
    for c, text in enumerate(row):
        set_cell(t2.cell(r, c), text)

doc.add_paragraph()
doc.add_paragraph(
    "PEEL23-AFI-05, PEEL23-AFI-07, PEEL23-AFI-08 and PEEL23-AFI-09 relate to responding to "
    "the public and managing offenders; they are tracked in chapters 3 and 7.")

doc.add_heading("9.3 Oversight", level=2)
labelled(doc, "Governance:",
         "Progress is reported quarterly to the Chief Officer Group, chaired by Chief "
         "Constable Alistair Penrose-Hyde, and to the Deputy Mayor for Policing, Fire and "
         "Crime, Yvonne Castleton, at her Public Accountability Meeting.")
labelled(doc, "Assurance level:",
         "Adequate. The internal audit of the AFI process (March 2025) found the tracker "
         "complete and up to date.")

doc.save(OUT)
print("wrote", OUT)
