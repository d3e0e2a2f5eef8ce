"""Build docs/nw03.docx: an HMICFRS letter notifying Gwent Police of its PEEL 2023-25
inspection (python-docx). Run from src/ with the corpus venv."""
from docx import Document
from docx.shared import Pt

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL-SENSITIVE"
sec.footer.paragraphs[0].text = "HMICFRS Cardiff office  |  Ref: PEEL23/GWE/01"

doc.add_paragraph("His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services")
doc.add_paragraph("Cardiff office\n3rd Floor, Ty Caerwys\nCardiff")
doc.add_paragraph("14 March 2023")
doc.add_paragraph("Chief Constable Pam Kelly\nGwent Police\nPolice Headquarters\nCroesyceiliog\nCwmbr\u00e2n")
p = doc.add_paragraph()
p.add_run("Dear Chief Constable").bold = False

h = doc.add_paragraph()
h.add_run("PEEL 2023\u201325: notification of inspection of Gwent Police").bold = True

doc.add_paragraph(
    "I am writing to confirm the arrangements for our inspection of Gwent Police as part of the "
    "police effectiveness, efficiency and legitimacy (PEEL) programme for 2023\u201325. The "
    "inspection is carried out under section 54 of the Police Act 1996, and the programme was "
    "approved by the Home Secretary in line with Schedule 4A to that Act.")

doc.add_paragraph(
    "The force liaison lead we have agreed with your staff officer is Chief Inspector Ffion "
    "Rhys-Howells. Our lead staff officer for the inspection will be Owen Prothero, who will "
    "contact her this week.")

h = doc.add_paragraph()
h.add_run("Timetable").bold = True

t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
t.rows[0].cells[0].text = "Activity"
t.rows[0].cells[1].text = "Date"
for a, d in [
    ("Document and data request issued", "20 March 2023"),
    ("Return of documents and data", "21 April 2023"),
    ("Survey of the workforce", "24 April to 12 May 2023"),
    ("Victim case file review", "May 2023"),
    ("Fieldwork", "5 to 16 June 2023"),
    ("Initial feedback to chief officers", "23 June 2023"),
    ("Publication (provisional)", "Autumn 2023"),
]:
    r = t.add_row().cells
    r[0].text = a
    r[1].text = d

doc.add_paragraph()
doc.add_paragraph(
    "During fieldwork we would like to hold focus groups with response officers, call handlers, "
    "investigators, supervisors and police staff, and to speak to the Police and Crime "
    "Commissioner, Jeff Cuthbert, and representatives of the local criminal justice board. "
    "We will also observe the morning management meeting and shadow officers on patrol.")

h = doc.add_paragraph()
h.add_run("Areas of focus").bold = True

doc.add_paragraph(
    "The framework for 2023\u201325 covers every area of policing that we grade. Drawing on "
    "our monitoring of the force and on your force management statement, we intend to look "
    "in more depth at the following:")
for item in [
    "The force should be able to demonstrate that it records crime accurately at the first "
    "point of contact.",
    "How the force identifies and responds to repeat victims of domestic abuse.",
    "How well the force manages the risk posed by registered sex offenders, including the "
    "timeliness of home visits.",
]:
    doc.add_paragraph(item, style="List Bullet")

doc.add_paragraph(
    "We will also follow up the eleven areas for improvement in our 2021/22 report. There is no "
    "need to send us a separate update on these; the document request asks for your "
    "current position on each.")

doc.add_paragraph(
    "Grades are only decided at our moderation panel after fieldwork. Nothing said in initial "
    "feedback should be taken as a final grade, and I would ask that no expected or provisional "
    "grade is shared publicly before publication.")

doc.add_paragraph(
    "I am copying this letter to the Police and Crime Commissioner. Please do not hesitate to "
    "contact me if you have any questions.")

doc.add_paragraph("Yours sincerely")
doc.add_paragraph("Wendy Williams CBE\nHis Majesty\u2019s Inspector of Constabulary")
doc.add_paragraph("cc: Jeff Cuthbert, Police and Crime Commissioner for Gwent")

doc.save("../docs/nw03.docx")
print("wrote ../docs/nw03.docx")
