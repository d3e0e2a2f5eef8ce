"""Write docs/og05.docx: 'PEEL 2023-2025: Humberside Police - findings in areas we do not
grade', as a Word file (python-docx)."""
import os
import sys

from docx import Document
from docx.shared import Pt

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxutil import labelled, set_cell  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "og05.docx")

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "OFFICIAL"
doc.sections[0].footer.paragraphs[0].text = "PEEL 2023–2025 Humberside Police – ungraded areas"

doc.add_heading("PEEL 2023–2025", 0)
doc.add_paragraph("Humberside Police: findings in the areas we inspected but did not grade")
doc.add_paragraph("Published: 19 July 2024")

doc.add_heading("Introduction", level=1)
doc.add_paragraph(
    "As part of PEEL 2023–2025, His Majesty’s Inspectorate of Constabulary and Fire & Rescue "
    "Services (HMICFRS) looks at some areas of policing without giving them a grade. This "
    "document sets out what we found in those areas at Humberside Police. Our graded "
    "judgements for the force are in the main PEEL report, published on the same day.")
doc.add_paragraph(
    "The areas covered are: how the force meets its obligations under the strategic policing "
    "requirement; how it protects the public from armed threats; and its vetting and "
    "counter-corruption arrangements.")

t = doc.add_table(rows=1, cols=3)
t.style = "Light Grid Accent 1"
for c, h in zip(t.rows[0].cells, ["Area", "Graded?", "Areas for improvement"]):
    set_cell(c, h, bold=True)
for row in [("Strategic policing requirement", "No", "1"),
            ("Protecting the public from armed threats", "No", "1"),
            ("Vetting and counter-corruption", "No", "0")]:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        set_cell(c, v)

doc.add_heading("Strategic policing requirement", level=1)
doc.add_paragraph(
    "The force understands the national threats it must help to meet and has plans for each. "
    "It tests its public order mobilisation plans with the other forces of the Yorkshire and "
    "the Humber region, including South Yorkshire Police.")
labelled(doc, "Area for improvement 1:",
         "The force should make sure that its assessment of the threat from serious violence is "
         "updated at least once a year and shared with the relevant community safety partnerships.")
doc.add_paragraph(
    "The last assessment we saw was dated January 2022. Since then the pattern of knife crime "
    "in Hull has changed markedly.")

doc.add_heading("Protecting the public from armed threats", level=1)
doc.add_paragraph(
    "Armed response officers are well trained and well led. The force has enough of them to "
    "meet the demand set out in its armed policing strategic threat and risk assessment.")
labelled(doc, "Area for improvement 2:",
         "The force should make sure that all commanders who may authorise the deployment of "
         "armed officers take part in at least one live exercise each year.")

doc.add_heading("Vetting and counter-corruption", level=1)
doc.add_paragraph(
    "All officers and staff hold the level of vetting their role needs, and the counter-"
    "corruption unit has enough investigators. We did not identify any areas for improvement "
    "in this area. This is good practice that other forces could learn from.")

doc.add_heading("Next steps", level=1)
doc.add_paragraph(
    "We will review the force’s progress on both areas for improvement through our routine "
    "monitoring. Humberside Fire and Rescue Service is inspected separately.")
doc.add_paragraph("Helena Castleford")
doc.add_paragraph("His Majesty’s Inspector of Constabulary")
doc.save(OUT)
print("wrote", OUT)
