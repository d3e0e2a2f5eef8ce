"""lu08.docx: Derbyshire PCC's response to PEEL 2023-25 (python-docx), tables and numbered headings."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell, labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "lu08.docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)
doc.sections[0].footer.paragraphs[0].text = "Derbyshire Police and Crime Commissioner – response to HMICFRS"

doc.add_heading("Derbyshire Police and Crime Commissioner", level=1)
doc.add_heading("Response to HMICFRS PEEL 2023–25: An inspection of Derbyshire Constabulary", level=2)
doc.add_paragraph("HMICFRS published its PEEL report on Derbyshire Constabulary on 14 June 2024. I have considered "
                  "the report together with the comments of Chief Constable Owen Marchetti. My response follows.")
doc.add_heading("Grades awarded", level=3)
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Area", "PEEL 2023–25", "PEEL 2021/22")):
    set_cell(c, h, bold=True); shade(c, "E2EFD9")
for row in (("Police powers and public treatment", "Adequate", "Good"),
            ("Preventing crime", "Good", "Good"),
            ("Responding to the public", "Requires improvement", "Adequate"),
            ("Investigating crime", "Adequate", "Adequate"),
            ("Protecting vulnerable people", "Adequate", "Good"),
            ("Managing offenders and suspects", "Good", "Good"),
            ("Building, supporting and protecting the workforce", "Good", "Good*"),
            ("Leadership and force management", "Adequate", "–")):
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        set_cell(c, v)
doc.add_paragraph("* In 2021/22 this area was called \u2018Developing a positive workplace\u2019. Leadership and force "
                  "management was not assessed in the same way in 2021/22.")
doc.add_paragraph("The inspectorate did not identify any causes of concern. It made four areas for improvement.")
doc.add_heading("Areas for improvement", level=3)
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Ref", "Area", "Area for improvement", "Force action")):
    set_cell(c, h, bold=True); shade(c, "E2EFD9")
rows = [
    ("AFI 1", "Responding to the public",
     "The force should make sure that it attends incidents within the times it has set, and that it tells callers if attendance will be delayed.",
     "A revised deployment policy was introduced in September 2024. Attendance within target rose to 81 percent in the first quarter."),
    ("AFI 2", "Responding to the public",
     "The force should make sure that call handlers use the THRIVE risk assessment consistently.",
     "All call handlers have completed refresher training, and supervisors audit 20 calls each month."),
    ("AFI 3", "Police powers and public treatment",
     "The force should improve how it records the grounds for stop and search, so that it can show the power is used fairly.",
     "Work is under way with the Independent Advisory Group; a new recording template will launch in January 2025."),
    ("AFI 4", "Protecting vulnerable people",
     "The force should make sure that it refers all eligible cases to the domestic violence disclosure scheme and processes them within the expected timescale.",
     "–"),
]
for row in rows:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        set_cell(c, v)
doc.add_heading("Commissioner's comments", level=3)
doc.add_paragraph("I am disappointed that the force's response grade has fallen, and I will hold the Chief Constable "
                  "to account for improvement at my public accountability meetings. Derbyshire Fire and Rescue "
                  "Service's recent good grade for prevention shows what joint working on the ground can achieve.")
p = doc.add_paragraph()
p.add_run("Harriet Coleby").bold = True
doc.add_paragraph("Police and Crime Commissioner for Derbyshire")
doc.add_paragraph("October 2024")
doc.save(OUT)
print("wrote", OUT)
