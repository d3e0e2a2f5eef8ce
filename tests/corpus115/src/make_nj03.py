"""Build docs/nj03.docx: written questions and answers for a PCC's Performance and
Accountability Board (PEEL item), Avon and Somerset, PEEL 2023-25.

    /tmp/njvenv/bin/python src/make_nj03.py
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from docxutil import labelled, set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "nj03.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)

hdr = doc.sections[0].header.paragraphs[0]
hdr.text = "OFFICIAL - Performance and Accountability Board"
hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT

doc.add_heading("Performance and Accountability Board", level=0)
doc.add_paragraph("Monday 17 March 2025, 10:00, Police Headquarters, Portishead (and broadcast live)")
doc.add_heading("Item 3: PEEL \u2013 written questions and answers", level=1)
doc.add_paragraph(
    "The questions below were put to the force before the meeting by the Police and Crime "
    "Commissioner and by members of the public. The force's written answers were published with "
    "the agenda. Supplementary questions asked at the meeting are recorded in the minutes.")

tbl = doc.add_table(rows=1, cols=2)
tbl.style = "Table Grid"
set_cell(tbl.rows[0].cells[0], "Present", bold=True)
set_cell(tbl.rows[0].cells[1], "Role", bold=True)
for name, role in [
    ("Adrian Lomas", "Police and Crime Commissioner for Avon and Somerset"),
    ("Joanna Pettifer", "Chief Constable"),
    ("Oliver Banfield-Ross", "Deputy Chief Constable"),
    ("Priya Lal", "Assistant Chief Constable, Local Policing"),
    ("Kerry Ashcombe", "Chief of Staff, Office of the PCC"),
]:
    row = tbl.add_row()
    set_cell(row.cells[0], name)
    set_cell(row.cells[1], role)

doc.add_paragraph()

# Question 1
doc.add_paragraph().add_run(
    "Question 1 (PCC): Please set out the grades His Majesty's Inspectorate of Constabulary and "
    "Fire & Rescue Services (HMICFRS) gave the force in its PEEL 2023\u201325 report.").bold = True
labelled(doc, "Answer (Chief Constable):",
         "The report was published on 6 February 2025. HM Inspector of Constabulary Graham Dunmore "
         "graded the force in eight areas, as follows.")
g = doc.add_table(rows=1, cols=2)
g.style = "Table Grid"
set_cell(g.rows[0].cells[0], "Area", bold=True)
set_cell(g.rows[0].cells[1], "Grade", bold=True)
shade(g.rows[0].cells[0], "D9E2F3")
shade(g.rows[0].cells[1], "D9E2F3")
for area, grade in [
    ("Police powers and public treatment", "Good"),
    ("Preventing crime", "Good"),
    ("Responding to the public", "Adequate"),
    ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Adequate"),
    ("Managing offenders and suspects", "Good"),
    ("Building, supporting and protecting the workforce", "Adequate"),
    ("Leadership and force management", "Good"),
]:
    row = g.add_row()
    set_cell(row.cells[0], area)
    set_cell(row.cells[1], grade)
doc.add_paragraph(
    "HMICFRS also assessed how the force provides a service to victims of crime. This area is "
    "not graded.")

# Question 2
doc.add_paragraph().add_run(
    "Question 2 (PCC): Investigating crime is the only area graded requires improvement. What did "
    "the inspectors ask the force to improve, and what has been done since?").bold = True
labelled(doc, "Answer (Chief Constable):",
         "The report makes two areas for improvement about investigations. They are quoted below "
         "with the force's update on each.")
doc.add_paragraph(
    "The force should make sure that investigations are allocated promptly to officers and staff "
    "with the skills and capacity to carry them out.", style="Quote")
labelled(doc, "Force update:",
         "A new allocation policy took effect on 3 March 2025. Deputy Chief Constable "
         "Oliver Banfield-Ross chairs a fortnightly investigation standards meeting that reviews "
         "every case that has waited more than seven days for allocation.")
doc.add_paragraph(
    "The force should improve how it keeps victims updated about the progress of their "
    "investigations, in line with the Code of Practice for Victims of Crime.", style="Quote")
labelled(doc, "Force update:",
         "Victim updates are now prompted by the crime recording system every 28 days. Compliance "
         "is reported to the Commissioner each quarter.")

# Question 3
doc.add_paragraph().add_run(
    "Question 3 (PCC): Was any area graded outstanding or inadequate?").bold = True
labelled(doc, "Answer (Chief Constable):",
         "No. No area was graded outstanding and none was graded inadequate. The inspectors did "
         "not identify any cause of concern.")

# Question 4
doc.add_paragraph().add_run(
    "Question 4 (member of the public, Taunton): How does Avon and Somerset compare with "
    "neighbouring forces on investigations?").bold = True
labelled(doc, "Answer (Chief Constable):",
         "Each force is inspected at a different point in the cycle, so comparisons need care. "
         "Wiltshire Police, for example, was graded adequate for investigating crime in its "
         "2023\u201325 inspection. We work closely with Gloucestershire Constabulary and Devon and "
         "Cornwall Police through the regional organised crime unit, and we have asked both forces "
         "to share their approaches to investigation allocation.")

# Question 5
doc.add_paragraph().add_run(
    "Question 5 (member of the public, Weston-super-Mare): The inspectors also looked at custody "
    "last year. Is that part of PEEL?").bold = True
labelled(doc, "Answer (Deputy Chief Constable):",
         "No. The joint inspection of custody by HMICFRS and HM Inspectorate of Prisons is a "
         "separate programme. It made 14 recommendations, which are tracked through the custody "
         "improvement board and reported to the Commissioner separately.")

# Question 6
doc.add_paragraph().add_run(
    "Question 6 (PCC): The report describes the force's neighbourhood policing as good practice. "
    "Will this be shared?").bold = True
labelled(doc, "Answer (Chief Constable):",
         "Yes. The College of Policing has asked to include our neighbourhood problem-solving "
         "model in its practice bank.")

doc.add_paragraph()
p = doc.add_paragraph()
p.add_run("Commissioner's comment: ").bold = True
p.add_run("I welcome the force's progress and will keep investigations on the agenda of this "
          "Board until the grade improves. Adrian Lomas, Police and Crime Commissioner for "
          "Avon and Somerset")

doc.save(OUT)
print("wrote", OUT)
