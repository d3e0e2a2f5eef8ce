"""t09.docx: a Police Federation branch statement responding to the force's PEEL grades."""
import os
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docxutil import shade, set_cell, labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "t09.docx")
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Merseyside Police Federation \u2013 Representing officers from constable to chief inspector"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
sec.footer.paragraphs[0].text = ("Merseyside Police Federation, Federation House, Liverpool. Part of the Police "
                                 "Federation of England and Wales.")

p = doc.add_paragraph()
r = p.add_run("STATEMENT")
r.bold = True
r.font.color.rgb = RGBColor(0x00, 0x2F, 0x6C)
doc.add_paragraph("For immediate release \u2013 30 January 2025")

doc.add_heading("\u201cA good report for the public \u2013 but the workforce grade tells officers\u2019 story\u201d", level=1)

doc.add_paragraph(
    "Merseyside Police Federation has responded to yesterday\u2019s publication of the PEEL 2023\u201325 "
    "inspection of Merseyside Police by His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue "
    "Services.")
doc.add_paragraph(
    "The inspectorate graded the force outstanding for preventing crime and good in five other areas: "
    "police powers and public treatment, responding to the public, investigating crime, managing "
    "offenders, and leadership and force management. Protecting vulnerable people was graded adequate.")
doc.add_paragraph(
    "But in the one area that is about the people who do the job \u2013 building, supporting and "
    "protecting the workforce \u2013 the force was found to require improvement. In the 2021/22 "
    "inspection, the same area (then called developing a positive workplace) was graded good.")

doc.add_heading("Branch chair\u2019s statement", level=2)
labelled(doc, "Branch Chair Kieran Molloy said:",
         "\u201cOur members should be proud. Inspectors have said that Merseyside is one of the best "
         "forces in the country at stopping crime before it happens, and that is down to the officers on "
         "the streets of Liverpool, Knowsley, Sefton, St Helens and the Wirral.")
doc.add_paragraph(
    "\u201cBut nobody who works here will be surprised by the workforce grade. We have response officers "
    "single-crewed on nights, detectives carrying thirty crimes each, and rest days cancelled at short "
    "notice. We have been saying this for two years. Now the inspectorate has said it too.\u201d")

doc.add_heading("What the inspectorate said", level=2)
doc.add_paragraph(
    "The report includes an area for improvement about the workforce, which the Federation supports "
    "in full:")
doc.add_paragraph(
    "The force should make sure that it understands the workload and wellbeing of its officers, "
    "particularly those in response and investigation teams, and takes action where demand is too "
    "high.", style="Intense Quote")
doc.add_paragraph(
    "The Federation will hold the force to account on this. We have asked for a seat on the force\u2019s "
    "wellbeing board and for monthly data on cancelled rest days.")

doc.add_heading("Meeting with the Chief Constable", level=2)
doc.add_paragraph(
    "Branch officials met Chief Constable Fiona Garside and Deputy Chief Constable Marcus Tennant on "
    "Tuesday. The Federation welcomes the Chief Constable\u2019s commitment to publish a workforce plan by "
    "the end of March, and an assistant chief constable has been appointed to lead it.")

doc.add_heading("Grades at a glance", level=2)
rows = [("Area", "Grade"),
        ("Preventing crime", "Outstanding"),
        ("Police powers and public treatment", "Good"),
        ("Responding to the public", "Good"),
        ("Investigating crime", "Good"),
        ("Managing offenders", "Good"),
        ("Leadership and force management", "Good"),
        ("Protecting vulnerable people", "Adequate"),
        ("Building, supporting and protecting the workforce", "Requires improvement")]
t = doc.add_table(rows=len(rows), cols=2)
t.style = "Light Grid Accent 1"
for (a, b), row in zip(rows, t.rows):
    set_cell(row.cells[0], a, bold=(a == "Area"))
    set_cell(row.cells[1], b, bold=(a == "Area"))
shade(t.rows[-1].cells[1], "F4CCCC")

doc.add_heading("Notes to editors", level=2)
for s in (
    "Merseyside Police Federation represents more than 3,800 officers from the rank of constable to "
    "chief inspector.",
    "The Police Federation of England and Wales national pay and morale survey 2024 found that 78% of "
    "Merseyside respondents felt they were not paid fairly. The Federation\u2019s own rating of morale in "
    "the force was \u201cpoor\u201d.",
    "Merseyside Fire and Rescue Service was inspected separately and is not covered by this statement.",
    "For media enquiries contact the branch office on 0151 000 0000.",
):
    doc.add_paragraph(s, style="List Number")
doc.add_paragraph("ENDS").alignment = WD_ALIGN_PARAGRAPH.CENTER
doc.core_properties.author = "MPF Comms"
doc.save(OUT)
print("wrote", OUT)
