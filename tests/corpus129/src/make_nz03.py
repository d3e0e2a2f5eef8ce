"""nz03.docx: the PEEL 2021/22 report page for Dyfed-Powys Police, copied from the browser
and pasted into Word (python-docx). Run from src/: /tmp/nzvenv/bin/python make_nz03.py"""
from docx import Document
from docx.shared import Pt

from docxutil import set_cell, shade

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)
doc.sections[0].header.paragraphs[0].text = "Copied from hmicfrs.justiceinspectorates.gov.uk, 3 June 2025"

p = doc.add_paragraph("Home > Publications > PEEL 2021/22: Dyfed-Powys Police")
p.runs[0].font.size = Pt(8.5)
doc.add_paragraph("Print this page   Download PDF (Welsh version available)   Share this page")
doc.add_heading("PEEL 2021/22 Police effectiveness, efficiency and legitimacy", level=1)
doc.add_paragraph("An inspection of Dyfed-Powys Police (Heddlu Dyfed-Powys)")
doc.add_paragraph("Published on: 30 September 2022")
doc.add_paragraph("Inspection fieldwork took place between November 2021 and March 2022.")

doc.add_heading("Overall summary", level=2)
doc.add_heading("Our judgements", level=3)
doc.add_paragraph(
    "Our inspection assessed how good Dyfed-Powys Police is in 10 areas of policing. We make "
    "graded judgements in nine of these ten areas. We are not making a graded judgement for the "
    "service the force provides to victims of crime. Serious and organised crime is now "
    "inspected at a regional level, and we will report on the Tarian regional organised crime "
    "unit separately.")
doc.add_paragraph("Grades are shown below, from the highest to the lowest.")

rows = [
    ("Outstanding", ["No areas"]),
    ("Good", ["Treatment of the public", "Prevention and deterrence", "Protecting vulnerable people",
              "Managing offenders", "Developing a positive workplace"]),
    ("Adequate", ["Responding to the public", "Investigating crime", "Good use of resources"]),
    ("Requires improvement", ["Recording data about crime"]),
    ("Inadequate", ["No areas"]),
]
fills = {"Outstanding": "C6E0B4", "Good": "D4EDDA", "Adequate": "FFF3CD",
         "Requires improvement": "F8D7DA", "Inadequate": "F4B6B6"}
t = doc.add_table(rows=len(rows), cols=2)
t.style = "Table Grid"
for r, (grade, areas) in enumerate(rows):
    set_cell(t.cell(r, 0), grade, bold=True)
    shade(t.cell(r, 0), fills[grade])
    c = t.cell(r, 1)
    set_cell(c, areas[0])
    for a in areas[1:]:
        c.add_paragraph(a)

doc.add_paragraph(
    "We also inspected how well the force is disrupting serious and organised crime as part "
    "of the regional inspection; no grade is shown here.")

doc.add_heading("HM Inspector’s observations", level=3)
doc.add_paragraph(
    "I am pleased with the performance of Heddlu Dyfed-Powys in keeping people safe and reducing "
    "crime. The force polices the largest area in England and Wales, with many rural communities "
    "and a Welsh-speaking population, and it has a good understanding of its communities.")
doc.add_paragraph(
    "The force has improved the way it records crime since our 2018/19 inspection, but there is "
    "more to do, especially for crimes reported during incidents of domestic abuse.")
doc.add_paragraph("Wendy Thorogood-Ellis, His Majesty’s Inspector of Constabulary")

doc.add_heading("Responding to the public", level=2)
doc.add_paragraph("Adequate")
doc.add_paragraph("Dyfed-Powys Police is adequate at responding to the public.")
doc.add_heading("Areas for improvement", level=3)
doc.add_paragraph(
    "The force should make sure that call handlers give appropriate crime prevention and "
    "evidence preservation advice to callers.", style="List Bullet")
doc.add_paragraph(
    "The force should make sure it uses the THRIVE risk assessment consistently when it grades "
    "calls for service.", style="List Bullet")

doc.add_heading("Investigating crime", level=2)
doc.add_paragraph("Adequate")
doc.add_heading("Area for improvement", level=3)
doc.add_paragraph(
    "The force should make sure that it records victim personal statements and the reasons "
    "when a victim does not wish to make one.", style="List Bullet")

doc.add_heading("Protecting vulnerable people", level=2)
doc.add_paragraph("Good")
doc.add_paragraph("Innovative practice").runs[0].bold = True
doc.add_paragraph(
    "The force works with Hywel Dda health board to place mental health practitioners in its "
    "control room. This has reduced the number of people detained under section 136 of the "
    "Mental Health Act.")

doc.add_heading("Good use of resources", level=2)
doc.add_paragraph("Adequate")
doc.add_heading("Area for improvement", level=3)
doc.add_paragraph(
    "The force should develop its understanding of the skills of its workforce, so that it can "
    "plan for the capabilities it will need in the future.", style="List Bullet")

doc.add_heading("Recording data about crime", level=2)
doc.add_paragraph("Requires improvement")
doc.add_paragraph(
    "The force records 88.6 percent (with a confidence interval of +/- 2.1 percent) of crimes "
    "reported to it. The England and Wales average for forces inspected in 2021/22 is 92.4 percent.")
doc.add_heading("Areas for improvement", level=3)
doc.add_paragraph(
    "The force should make sure that crimes of controlling or coercive behaviour are recorded "
    "when they are reported as part of a domestic abuse incident.", style="List Bullet")
doc.add_paragraph(
    "The force should improve the way it records equality data for victims of crime.",
    style="List Bullet")

doc.add_heading("Related reports", level=3)
doc.add_paragraph("PEEL 2021/22: Gwent Police", style="List Bullet")
doc.add_paragraph("PEEL 2021/22: North Wales Police", style="List Bullet")
doc.add_paragraph("Mid and West Wales Fire and Rescue Service is not inspected by HMICFRS; Welsh fire and rescue services are inspected by the Welsh Government.")
doc.save("../docs/nz03.docx")
print("wrote docs/nz03.docx")
