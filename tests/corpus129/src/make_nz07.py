"""nz07.docx: the PEEL police efficiency 2017 report page for Hampshire Constabulary, as
kept on the HMICFRS site, copied into Word (python-docx). Run from src/."""
from docx import Document
from docx.shared import Pt

from docxutil import set_cell, labelled

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].footer.paragraphs[0].text = "Source: HMICFRS website – page saved for the PCC's office"

doc.add_paragraph("Home › Publications › PEEL: Police efficiency 2017 – Hampshire Constabulary")
doc.add_heading("PEEL: Police efficiency 2017 – Hampshire Constabulary", level=1)
doc.add_paragraph("Published on: 9 November 2017")
doc.add_paragraph("Publication types: Inspection reports    Police forces: Hampshire")
doc.add_paragraph("Download: PEEL: Police efficiency 2017 – Hampshire Constabulary (PDF document)    "
                  "Data: Hampshire efficiency data 2017 (XLSX)")

doc.add_heading("Key facts", level=2)
doc.add_paragraph(
    "This is the third of our annual efficiency inspections of Hampshire Constabulary under "
    "PEEL. The inspection took place in May and June 2017, shortly before HMIC took on the "
    "inspection of fire and rescue services and became HMICFRS.")

doc.add_heading("Overall judgment", level=2)
p = doc.add_paragraph()
p.add_run("Hampshire Constabulary has been judged as ")
p.add_run("good").bold = True
p.add_run(" at how efficiently it keeps people safe and reduces crime. In HMIC’s 2016 efficiency "
          "inspection, the force was also judged to be good.")

t = doc.add_table(rows=4, cols=2)
t.style = "Light Grid Accent 1"
set_cell(t.cell(0, 0), "Question", bold=True)
set_cell(t.cell(0, 1), "Judgment", bold=True)
for r, (q, g) in enumerate([
        ("How well does the force understand demand?", "Good"),
        ("How well does the force use its resources?", "Requires improvement"),
        ("How well is the force planning for the future?", "Good")], start=1):
    set_cell(t.cell(r, 0), q)
    set_cell(t.cell(r, 1), g)

doc.add_paragraph(
    "HMICFRS judgments are: outstanding, good, requires improvement and inadequate.")

doc.add_heading("Summary", level=2)
doc.add_paragraph(
    "Hampshire Constabulary, which polices Hampshire, the Isle of Wight, Portsmouth and "
    "Southampton, has a good understanding of the demand for its services. It works with "
    "Thames Valley Police on a joint operations unit for roads policing and firearms, which "
    "has saved both forces money. However, the force is not yet using its workforce as well as "
    "it could, and it does not have a full picture of the skills of its officers and staff.")

doc.add_heading("Areas for improvement", level=2)
doc.add_paragraph(
    "The force should undertake an assessment of the skills and capabilities of its workforce, "
    "so that it understands any gaps and can plan to fill them.", style="List Number")
doc.add_paragraph(
    "The force should make sure that the benefits of its investment in mobile technology are "
    "measured and realised.", style="List Number")
doc.add_paragraph(
    "The force should develop its understanding of hidden and emerging demand, including "
    "demand that is likely to arise from online crime.", style="List Number")

labelled(doc, "Note:", "Areas for improvement 1 and 2 relate to how the force uses its resources. "
         "Area for improvement 3 relates to its understanding of demand.")

doc.add_heading("HM Inspector’s comment", level=2)
doc.add_paragraph(
    "“Hampshire Constabulary has planned carefully for its future, and its shared working "
    "with Thames Valley Police is a good example for other forces.” – Matthew Pryor-Kenning, "
    "HM Inspector of Constabulary")

doc.add_heading("Related publications", level=2)
for s in ["PEEL: Police efficiency 2017 – Thames Valley Police",
          "PEEL: Police efficiency 2017 – Dorset Police",
          "Hampshire Fire and Rescue Service: Fire and rescue service inspection 2018/19"]:
    doc.add_paragraph(s, style="List Bullet")
doc.save("../docs/nz07.docx")
print("wrote docs/nz07.docx")
