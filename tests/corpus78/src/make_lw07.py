"""lw07.docx: one chapter ("Protecting vulnerable people") of the PEEL 2023-25 web report
on Gwent Police, copied from the browser into Word. The boxed items arrive as one-cell
tables, as Word pastes a bordered <div>.

    /tmp/lwvenv/bin/python src/make_lw07.py
"""
import os
from docx import Document
from docxutil import set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "lw07.docx")

doc = Document()
doc.sections[0].header.paragraphs[0].text = "Heddlu Gwent Police – PEEL working file"


def boxed(label, paras, fill="E8F0F7"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell = t.rows[0].cells[0]
    shade(cell, fill)
    set_cell(cell, label, bold=True)
    for text in paras:
        cell.add_paragraph(text)
    doc.add_paragraph()


doc.add_paragraph("PEEL 2023–25: An inspection of Gwent Police")
doc.add_paragraph("Published on: 25 April 2025")
doc.add_heading("Protecting vulnerable people", level=1)
p = doc.add_paragraph()
p.add_run("Requires improvement").bold = True
doc.add_paragraph("This section sets out our detailed findings that underpin our judgement on how "
                  "well Gwent Police protects vulnerable people.")
doc.add_paragraph("Gwent Police requires improvement at protecting vulnerable people. In 2021/22 we "
                  "graded the force adequate in this area.")

doc.add_heading("Cause of concern", level=2)
boxed("Cause of concern", [
    "Gwent Police doesn’t always identify and manage the risk to victims of domestic abuse when "
    "it first attends an incident, and it doesn’t always take safeguarding action quickly enough.",
], fill="FBE9EB")
doc.add_heading("Recommendations", level=3)
doc.add_paragraph("By 31 October 2025, the force should make sure that officers complete a domestic "
                  "abuse risk assessment at every incident they attend, and that supervisors check "
                  "its quality.", style="List Number")
doc.add_paragraph("By 31 October 2025, the force should make sure that high-risk cases are referred to "
                  "the multi-agency risk assessment conference without delay.", style="List Number")

doc.add_heading("Main findings", level=2)
doc.add_heading("The force doesn’t always assess risk well", level=3)
doc.add_paragraph("We reviewed 40 domestic abuse incidents. In 12 of them, the risk assessment was "
                  "incomplete, or its grade didn’t match the information the victim had given.")
doc.add_paragraph("The force has good arrangements with South Wales Fire and Rescue Service and with the "
                  "five local authorities in its area to refer people at risk of exploitation.")

doc.add_heading("The force could make better use of protective orders", level=3)
boxed("Area for improvement", [
    "The force should make sure that it considers a domestic abuse protection notice in every "
    "suitable case, and that it monitors compliance with the orders it obtains.",
])
doc.add_paragraph("Detective Chief Superintendent Anwen Pryce leads the force’s public protection unit. "
                  "She told us that a new training package would be delivered to all response officers "
                  "by the end of 2025. Chief Constable Mark Hobrough also described the force’s plans "
                  "when we met him in January 2025.")

doc.add_heading("Innovative practice", level=3)
doc.add_paragraph("The force’s Operation Harbour team works with housing providers to find safe "
                  "accommodation for victims within 24 hours. We consider this good practice.")

doc.add_paragraph("Next: Managing offenders and suspects")
doc.save(OUT)
print("wrote", OUT)
