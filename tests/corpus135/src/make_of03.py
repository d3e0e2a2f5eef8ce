"""of03.docx: Hertfordshire Constabulary PEEL 2023-25 improvement plan (landscape Word table)."""
import os
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Mm, Pt
from docxutil import shade, set_cell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "of03.docx")

doc = Document()
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Mm(297), Mm(210)
for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
    setattr(sec, side, Mm(15))
sec.header.paragraphs[0].text = "OFFICIAL \u2013 Hertfordshire Constabulary PEEL improvement plan"
sec.footer.paragraphs[0].text = "Version 1.4 \u2013 owned by the Organisational Improvement Unit"
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)

doc.add_heading("PEEL 2023\u201325 improvement plan", level=1)
doc.add_paragraph("Hertfordshire Constabulary \u2013 version 1.4, reviewed at Force Performance Board")

doc.add_heading("1. Purpose", level=2)
doc.add_paragraph(
    "This plan sets out how we will respond to the areas for improvement in our PEEL 2023\u201325 "
    "report from HMICFRS. Each area for improvement has an accountable chief officer, a lead, "
    "actions and a target date. The plan is reviewed every month and progress is reported to "
    "the Police and Crime Commissioner at the quarterly accountability meeting.")

doc.add_heading("2. Our grades", level=2)
doc.add_paragraph(
    "In the inspection we were graded good for police powers and public treatment, preventing "
    "crime, managing offenders and suspects, building, supporting and protecting the workforce, "
    "and leadership and force management. We were graded adequate for responding to the public "
    "and for protecting vulnerable people. Investigating crime was graded requires improvement, "
    "and that is where most of this plan\u2019s actions sit.")
doc.add_paragraph(
    "For comparison, Bedfordshire Police, our partner in the joint protective services "
    "collaboration, received its own PEEL report in the same round. Its findings on shared units "
    "are being taken forward jointly and are not repeated here.")
doc.add_paragraph(
    "Chief Constable Sadie Pennock said: \u201cWe accept the findings. The inspectors recognised a "
    "great deal of good practice, but we owe victims better investigations, and this plan is how "
    "we will deliver them.\u201d")

doc.add_heading("3. Action plan", level=2)
doc.add_paragraph("RAG key: G \u2013 complete; A \u2013 on track; R \u2013 behind plan.")
rows = [
    ("AFI 1", "Investigating crime",
     "The force should make sure that investigations are properly supervised and that supervisors record a clear plan at the start of each investigation.",
     "Introduce a mandatory supervisory review field in Athena; dip-sample 50 crimes a month.",
     "Det Supt, Crime", "31/03/2025", "A",
     "Review field went live in October. Compliance is 71% against a target of 90%."),
    ("AFI 2", "Investigating crime",
     "The force should make sure that victims are updated in line with the Code of Practice for Victims of Crime, and that this is recorded.",
     "Automated victim update texts; audit of victim contact in 100 crimes each quarter.",
     "Head of Victim Care", "30/06/2025", "A",
     "Text updates launched for burglary and vehicle crime. Wider roll-out due spring 2025."),
    ("AFI 3", "Investigating crime",
     "The force should reduce the backlog of digital devices awaiting examination.",
     "Second kiosk per hub; triage criteria agreed with CPS.",
     "Head of Digital Forensics", "31/12/2024", "G",
     "Backlog down from 640 devices to 210. Action closed at Board."),
    ("AFI 4", "Responding to the public",
     "The force should improve the speed with which it answers non-emergency calls.",
     "Recruit 24 additional call handlers; introduce online call-back booking.",
     "Head of Contact Management", "31/03/2025", "R",
     "Recruitment behind plan because of vetting delays."),
    ("AFI 5", "Protecting vulnerable people",
     "The force should make sure that officers consider the voice of the child when they attend domestic abuse incidents.",
     "Voice of the child question added to DASH; training for all response officers.",
     "Det Supt, Safeguarding", "30/09/2025", "A",
     ""),
]
headers = ("Ref", "Area", "Area for improvement (HMICFRS wording)", "Our actions", "Lead",
           "Target date", "RAG", "Progress update")
table = doc.add_table(rows=1, cols=len(headers))
table.style = "Table Grid"
for cell, h in zip(table.rows[0].cells, headers):
    set_cell(cell, h, bold=True)
    shade(cell, "1F3864")
    cell.paragraphs[0].runs[0].font.color.rgb = None
for r in rows:
    cells = table.add_row().cells
    for cell, value in zip(cells, r):
        set_cell(cell, value)
    shade(cells[6], {"G": "C6EFCE", "A": "FFEB9C", "R": "FFC7CE"}[r[6]])

doc.add_heading("4. National recommendations", level=2)
doc.add_paragraph(
    "The inspectorate\u2019s national report on police race and equality, published in 2024, "
    "recommended that chief constables should review how they record the ethnicity of people "
    "stopped and searched. This is tracked in our national recommendations log, not in this plan.")

doc.add_heading("5. Governance", level=2)
doc.add_paragraph(
    "The plan is owned by Deputy Chief Constable Marcus Ellery. Leads report progress in writing "
    "by the 10th of each month. Actions rated R for two consecutive months are escalated to the "
    "Chief Officer Group.")
doc.save(OUT)
print("wrote", OUT)
