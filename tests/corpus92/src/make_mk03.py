"""mk03.docx: a force's Freedom of Information response listing PEEL 2018/19 grades and AFIs."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import set_cell, shade, labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "mk03.docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL – Lincolnshire Police Information Rights"
sec.footer.paragraphs[0].text = "Lincolnshire Police, PO Box 999, Lincoln LN5 7PH"

doc.add_heading("FREEDOM OF INFORMATION REQUEST", level=1)
labelled(doc, "Reference number:", "FOI 000417/20")
labelled(doc, "Date received:", "20 January 2020")
labelled(doc, "Date of response:", "14 February 2020")

doc.add_heading("Your request", level=2)
doc.add_paragraph("1. Please tell me the grades Lincolnshire Police received in its most recent PEEL inspection.")
doc.add_paragraph("2. Please list each area for improvement the inspectorate gave the force.")
doc.add_paragraph("3. Did the inspectorate find any cause of concern? If so, what was it?")

doc.add_heading("Our response", level=2)
doc.add_paragraph(
    "Lincolnshire Police has considered your request under the Freedom of Information Act 2000. "
    "The information you asked for is already published by Her Majesty’s Inspectorate of Constabulary "
    "and Fire & Rescue Services (HMICFRS), so strictly it is exempt under section 21 of the Act. "
    "To help you, we have set it out below.")
doc.add_paragraph(
    "The most recent inspection is PEEL: Police effectiveness, efficiency and legitimacy 2018/19, "
    "published by HMICFRS on 2 May 2019.")

doc.add_heading("Question 1 – grades", level=3)
rows = [
    ("Effectiveness (overall)", "Requires improvement"),
    ("Preventing crime and tackling anti-social behaviour", "Good"),
    ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Requires improvement"),
    ("Tackling serious and organised crime", "Good"),
    ("Efficiency (overall)", "Good"),
    ("Meeting current demands and using resources", "Good"),
    ("Planning for the future", "Good"),
    ("Legitimacy (overall)", "Good"),
    ("Treating the public fairly", "Good"),
    ("Ethical and lawful workforce behaviour", "Good"),
    ("Treating the workforce fairly", "Requires improvement"),
]
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
set_cell(t.rows[0].cells[0], "Area", bold=True)
set_cell(t.rows[0].cells[1], "HMICFRS judgment", bold=True)
shade(t.rows[0].cells[0], "D9D9D9")
shade(t.rows[0].cells[1], "D9D9D9")
for area, grade in rows:
    r = t.add_row()
    set_cell(r.cells[0], area, bold=area.endswith("(overall)"))
    set_cell(r.cells[1], grade)
doc.add_paragraph(
    "Armed policing and specialist capabilities were inspected but not graded. For information, the "
    "grading scale used in 2018/19 was outstanding, good, requires improvement or inadequate.")

doc.add_heading("Question 2 – areas for improvement", level=3)
doc.add_paragraph("HMICFRS gave the force four areas for improvement in 2018/19. They are copied below exactly as published, under the heading they appear under in the report.")
afis = [
    ("Preventing crime and tackling anti-social behaviour",
     "The force should make sure that its neighbourhood officers are not routinely taken away from their neighbourhoods to cover response duties."),
    ("Protecting vulnerable people",
     "The force should improve how it assesses and records risk when it responds to reports of missing children, so that the level of risk reflects the child’s circumstances."),
    ("Protecting vulnerable people",
     "The force should make sure that domestic abuse protection notices and orders are used whenever they would protect a victim."),
    ("Treating the workforce fairly",
     "The force should do more to understand why some of its officers and staff do not trust its promotion processes, and act on what it finds."),
]
n = 0
for head, text in afis:
    n += 1
    p = doc.add_paragraph()
    p.add_run("%d. %s" % (n, head)).bold = True
    doc.add_paragraph(text, style="Quote")

doc.add_heading("Question 3 – causes of concern", level=3)
doc.add_paragraph("Yes. HMICFRS identified one cause of concern, under Investigating crime:")
doc.add_paragraph(
    "Lincolnshire Police does not investigate crime to a consistently good standard. Too many investigations "
    "are given to officers who lack the training for them, and supervisors do not check them often enough.",
    style="Quote")
doc.add_paragraph("The inspectorate made two recommendations to address it:")
doc.add_paragraph(
    "By 31 October 2019, the force should make sure that every investigation is given to an officer with the right training and experience for it.",
    style="List Number")
doc.add_paragraph(
    "By 31 October 2019, the force should make sure that supervisors review open investigations regularly and record clear direction.",
    style="List Number")
doc.add_paragraph(
    "We do not hold a single document that records progress against each item, so that part of the "
    "information is not held. Progress is reported to the Police and Crime Commissioner, Marc Jones, at his "
    "public scrutiny meetings.")
doc.add_paragraph(
    "Chief Constable Bill Skelly has asked us to add that the force has welcomed the report and that a "
    "further inspection is expected in 2021. Nothing in this response refers to Lincolnshire Fire and Rescue.")
doc.add_heading("Your right to complain", level=2)
doc.add_paragraph(
    "If you are unhappy with how we dealt with your request, you may ask for an internal review within 40 "
    "working days. If you remain unhappy you may complain to the Information Commissioner’s Office.")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("Information Rights Officer, Lincolnshire Police")
doc.save(OUT)
print("wrote", OUT)
