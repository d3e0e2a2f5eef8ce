"""nn04.docx: Devon and Cornwall Police PEEL improvement board terms of reference (PEEL 2021/22)."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell, labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "nn04.docx")
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "OFFICIAL"

doc.add_heading("PEEL Improvement Board", 0)
doc.add_paragraph("Terms of Reference – version 1.2 (approved by Chief Officer Group, 14 March 2023)")

doc.add_heading("1. Background", 1)
doc.add_paragraph(
    "1.1 HMICFRS published its PEEL 2021/22 report on Devon & Cornwall Police in October 2022. "
    "The force was graded inadequate for responding to the public, and requires improvement for "
    "investigating crime and for protecting vulnerable people. It was graded good at preventing "
    "crime and anti-social behaviour and at managing offenders and suspects.")
doc.add_paragraph(
    "1.2 The report raised one cause of concern about the handling of calls for service. In "
    "November 2022 the inspectorate moved the force into its enhanced level of monitoring, known "
    "as Engage. This board is the force's single point of governance for the improvement work "
    "that follows.")
doc.add_paragraph("The cause of concern reads:")
doc.add_paragraph(
    "The force is not answering emergency and non-emergency calls quickly enough, and does not "
    "always identify vulnerable and repeat callers. As a result, some people who need help may "
    "not receive an appropriate response.", style="Quote")
doc.add_paragraph("HMICFRS made two recommendations to address it:")
labelled(doc, "Recommendation 1.",
         "Within three months, the force should put in place a plan to reduce the time taken to "
         "answer 999 and 101 calls, and should monitor the number of callers who abandon their "
         "call.")
labelled(doc, "Recommendation 2.",
         "Within six months, the force should make sure that call handlers use a structured "
         "risk assessment on every call, so that repeat and vulnerable victims are identified.")

doc.add_heading("2. Purpose", 1)
doc.add_paragraph(
    "2.1 The board will direct, co-ordinate and assure the force's response to the cause of "
    "concern, the two recommendations and the areas for improvement listed in Appendix 1. It "
    "will provide evidence to HMICFRS through the Police Performance Oversight Group process.")

doc.add_heading("3. Membership", 1)
rows = [
    ("Role on the board", "Post holder"),
    ("Chair", "Chief Constable Hazel Trevithick"),
    ("Vice-chair", "Deputy Chief Constable Jim Polglase"),
    ("Contact and response lead", "Assistant Chief Constable, Local Policing"),
    ("OPCC observer", "Chief Executive, Office of the Police and Crime Commissioner"),
    ("By invitation", "HMICFRS force liaison lead"),
]
t = doc.add_table(rows=len(rows), cols=2)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        set_cell(t.cell(i, j), v, bold=(i == 0))
doc.add_paragraph(
    "3.2 The Police and Crime Commissioner, Tamsin Kerrow, receives the board's highlight report "
    "each month and may attend any meeting. Dorset Police, the force's former strategic alliance "
    "partner, will be invited when joint functions are discussed.")

doc.add_heading("4. Exit criteria", 1)
doc.add_paragraph(
    "4.1 The board will recommend that the force asks to leave Engage when it can evidence "
    "sustained improvement. Its working targets are below; they are the force's own and have no "
    "status with the inspectorate.")
rows = [
    ("PEEL area", "Grade (PEEL 2021/22)", "Board target"),
    ("Responding to the public", "Inadequate", "Adequate or better"),
    ("Investigating crime", "Requires improvement", "Adequate or better"),
    ("Protecting vulnerable people", "Requires improvement", "Adequate or better"),
]
t = doc.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        set_cell(t.cell(i, j), v, bold=(i == 0))
        if i == 0:
            shade(t.cell(i, j), "E2EFDA")

doc.add_heading("5. Meetings and reporting", 1)
doc.add_paragraph(
    "5.1 The board meets every four weeks until March 2024 and then every eight weeks. A quorum "
    "is the chair or vice-chair plus two members. Minutes and the action log are kept by the "
    "Strategic Planning Unit.")

doc.add_heading("Appendix 1: Areas for improvement in scope", 1)
rows = [
    ("AFI", "PEEL 2021/22 area", "Area for improvement", "Workstream"),
    ("AFI 3", "Responding to the public",
     "The force should make sure that it attends incidents within the times it has set for each "
     "grade of call, and that it tells callers when attendance will be delayed.", "WS1 Contact"),
    ("AFI 6", "Investigating crime",
     "The force should improve the quality of its investigations, so that evidence is gathered "
     "promptly and every investigation has an appropriate plan.", "WS2 Investigation"),
    ("AFI 9", "Protecting vulnerable people",
     "The force should make sure that officers carry out and record risk assessments when they "
     "attend domestic abuse incidents.", "WS3 Safeguarding"),
]
t = doc.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        set_cell(t.cell(i, j), v, bold=(i == 0))
doc.add_paragraph("Review date for these terms of reference: March 2024.")
doc.save(OUT)
print("wrote", OUT)
