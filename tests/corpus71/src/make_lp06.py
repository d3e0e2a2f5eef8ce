"""lp06.docx: Devon and Cornwall Police press release, PEEL 2023-25."""
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import set_cell, shade

doc = Document()
doc.styles["Normal"].font.name = "Calibri"; doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Devon & Cornwall Police – Corporate Communications"
sec.footer.paragraphs[0].text = "OFFICIAL – for publication"

t = doc.add_table(rows=2, cols=2); t.style = "Table Grid"
set_cell(t.rows[0].cells[0], "PRESS RELEASE", bold=True); shade(t.rows[0].cells[0], "002D62")
t.rows[0].cells[0].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
set_cell(t.rows[0].cells[1], "Embargoed until 00:01, Thursday 6 February 2025")
set_cell(t.rows[1].cells[0], "Ref: DCP/PR/2025/031")
set_cell(t.rows[1].cells[1], "Contact: press office, 01392 452 200 (media enquiries only)")

h = doc.add_heading("Inspectors recognise progress in 999 response as force sets out improvement plan", level=1)
p = doc.add_paragraph()
p.add_run("Devon and Cornwall Police has welcomed a report from His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS), which found the force good at preventing crime and good at building, supporting and protecting its workforce.").bold = True

doc.add_paragraph("The PEEL 2023–25 inspection, carried out last summer, graded the force in eight areas of policing. Inspectors found that it was adequate at police powers and public treatment, investigating crime and managing offenders and suspects.")
doc.add_paragraph("The report says the force requires improvement at responding to the public, protecting vulnerable people, and leadership and force management. In its 2021/22 inspection, HMICFRS graded the force inadequate for responding to the public, and the force was placed under enhanced monitoring in the Engage process. It left Engage in May 2024.")
doc.add_paragraph("The report raises no causes of concern and sets out seven areas for improvement, which the force has already begun to address.")

doc.add_paragraph("Temporary Chief Constable Martin Rosevear said:")
doc.add_paragraph("“Two years ago, too many people who called us in an emergency were waiting too long. Inspectors have seen the change our control room staff have made, and I want to thank them. We are not where we want to be yet, and I accept every one of the areas for improvement in this report.”", style="Quote")

doc.add_paragraph("Alison Trebilcock, Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly, said:")
doc.add_paragraph("“The public will be encouraged by this report, but our communities deserve a force that is good across the board. I will be scrutinising the plan for protecting vulnerable people closely at my Accountability and Standards Board.”", style="Quote")

doc.add_paragraph("His Majesty’s Inspector of Constabulary Clare Ashworth-Vine said the force had “made real progress” and pointed to its partnership with Avon and Somerset Constabulary on rural crime as an example of good practice.")

doc.add_heading("Summary of grades", level=2)
gt = doc.add_table(rows=1, cols=2); gt.style = "Light Grid Accent 1"
set_cell(gt.rows[0].cells[0], "Area", bold=True); set_cell(gt.rows[0].cells[1], "Grade", bold=True)
for a, g in [("Police powers and public treatment", "Adequate"), ("Preventing crime", "Good"),
             ("Responding to the public", "Requires improvement"), ("Investigating crime", "Adequate"),
             ("Protecting vulnerable people", "Requires improvement"), ("Managing offenders and suspects", "Adequate"),
             ("Building, supporting and protecting the workforce", "Good"),
             ("Leadership and force management", "Requires improvement")]:
    r = gt.add_row(); set_cell(r.cells[0], a); set_cell(r.cells[1], g)

e = doc.add_paragraph("ENDS"); e.alignment = WD_ALIGN_PARAGRAPH.CENTER
doc.add_heading("Notes to editors", level=2)
doc.add_paragraph("HMICFRS grades forces as outstanding, good, adequate, requires improvement or inadequate. It does not grade the service a force gives to victims of crime.", style="List Number")
doc.add_paragraph("Devon and Somerset Fire and Rescue Service was inspected separately in 2023 and was graded good at preventing fires. It is not part of this report.", style="List Number")
doc.add_paragraph("The full report is available on the HMICFRS website. Interviews with an Assistant Chief Constable can be arranged through the press office.", style="List Number")
doc.save("../docs/lp06.docx")
print("wrote lp06.docx")
