"""Build docs/nw07.docx: a police and crime panel paper from the Leicestershire OPCC on
forthcoming HMICFRS inspections (python-docx). Run from src/ with the corpus venv."""
from docx import Document
from docx.shared import Pt

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Leicester, Leicestershire and Rutland Police and Crime Panel"
sec.footer.paragraphs[0].text = "Page 1"

doc.add_paragraph("POLICE AND CRIME PANEL \u2013 7 DECEMBER 2023").runs[0].bold = True
doc.add_paragraph("REPORT OF THE OFFICE OF THE POLICE AND CRIME COMMISSIONER").runs[0].bold = True
doc.add_paragraph("AGENDA ITEM 9: FORTHCOMING HMICFRS INSPECTIONS OF LEICESTERSHIRE POLICE").runs[0].bold = True

doc.add_heading("Purpose of the report", level=2)
doc.add_paragraph(
    "1. To inform the Panel of the inspections that His Majesty\u2019s Inspectorate of "
    "Constabulary and Fire & Rescue Services (HMICFRS) has told Leicestershire Police to expect over the "
    "coming months, and of how the Commissioner will oversee the force\u2019s preparation.")

doc.add_heading("Recommendation", level=2)
doc.add_paragraph("2. The Panel is asked to note the report.")

doc.add_heading("Background", level=2)
doc.add_paragraph(
    "3. The Police and Crime Commissioner, Rupert Matthews, has a statutory duty under section "
    "55 of the Police Act 1996 to respond to every HMICFRS report on the force. He does not "
    "take part in inspections, but he is interviewed during fieldwork and receives the "
    "initial feedback alongside Chief Constable Rob Nixon.")
doc.add_paragraph(
    "4. For reference, the grades the force received in its last PEEL inspection (2021/22, "
    "published in June 2022) are reproduced below.")

t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
t.rows[0].cells[0].text = "PEEL 2021/22 area"
t.rows[0].cells[1].text = "HMICFRS grade"
for a, g in [
    ("Treatment of the public", "Good"),
    ("Preventing crime", "Good"),
    ("Responding to the public", "Adequate"),
    ("Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Good"),
    ("Managing offenders", "Good"),
    ("Developing a positive workplace", "Adequate"),
    ("Good use of resources", "Good"),
    ("Providing a service to victims of crime", "Not graded"),
]:
    r = t.add_row().cells
    r[0].text = a
    r[1].text = g

doc.add_heading("Forthcoming inspections", level=2)
doc.add_paragraph(
    "5. HMICFRS has notified the force of the following activity. Dates are those given by "
    "HMICFRS and may move.")

t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for i, h in enumerate(["Inspection", "Type", "Fieldwork", "Expected publication"]):
    t.rows[0].cells[i].text = h
for row in [
    ("PEEL 2023\u201325", "All-force, graded", "15\u201326 January 2024", "Summer 2024"),
    ("Regional organised crime unit (EMSOU)", "Thematic, joint with Derbyshire Constabulary, "
     "Lincolnshire Police, Northamptonshire Police and Nottinghamshire Police",
     "February 2024", "Not yet known"),
    ("Vetting, misconduct and misogyny \u2013 follow-up", "Thematic", "March 2024",
     "National report only"),
]:
    r = t.add_row().cells
    for i, v in enumerate(row):
        r[i].text = v

doc.add_heading("PEEL 2023\u201325", level=2)
doc.add_paragraph(
    "6. The 2023\u201325 framework changes the areas that are graded. \u2018Developing a "
    "positive workplace\u2019 becomes \u2018Building, supporting and protecting the "
    "workforce\u2019, and \u2018Good use of resources\u2019 becomes \u2018Leadership and force "
    "management\u2019. Police powers and public treatment is assessed as one area.")
doc.add_paragraph(
    "7. The force has carried out a self-assessment against the new framework, which the "
    "Commissioner\u2019s office has reviewed. It rates the force as good in most areas and "
    "adequate in responding to the public. The Panel should treat this as the force\u2019s own "
    "view; the Commissioner will not comment on likely grades before the report is published.")
doc.add_paragraph(
    "8. HMICFRS has indicated that it will look closely at how the force answers and attends "
    "calls, and at the supervision of investigations. These are lines of enquiry rather than "
    "findings.")

doc.add_heading("Oversight by the Commissioner", level=2)
doc.add_paragraph(
    "9. The Commissioner\u2019s Strategic Assurance Board will receive a readiness update in "
    "January 2024 and, after publication, the force\u2019s action plan for any areas for "
    "improvement. The Commissioner\u2019s formal response will be published on the OPCC website "
    "within 56 days of the report.")

doc.add_heading("Implications", level=2)
doc.add_paragraph("Financial: none arising from this report.")
doc.add_paragraph("Legal: none.")
doc.add_paragraph("Equality: none.")

doc.add_paragraph("Person to contact: Lizzie Starr, Chief Executive, OPCC")

doc.save("../docs/nw07.docx")
print("wrote ../docs/nw07.docx")
