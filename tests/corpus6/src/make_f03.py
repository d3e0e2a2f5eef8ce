# Builds docs/f03.docx with python-docx (run with .venv/bin/python).
from docx import Document
from docx.shared import Pt
d = Document()
d.add_heading("Durham Constabulary", level=0)
d.add_heading("PEEL 2021/22: response and action plan", level=1)
p = d.add_paragraph()
p.add_run("Report: ").bold = True
p.add_run("PEEL 2021/22 – An inspection of Durham Constabulary (HMICFRS, published 9 September 2022)")
p = d.add_paragraph()
p.add_run("Executive lead: ").bold = True
p.add_run("Deputy Chief Constable Sian Pell")
p = d.add_paragraph()
p.add_run("Version: ").bold = True
p.add_run("0.4 DRAFT – for the Joint Audit Committee")
d.add_paragraph(
    "HMICFRS graded the constabulary outstanding at preventing crime and anti-social behaviour "
    "and good at treatment of the public. It found that the constabulary requires improvement "
    "at protecting vulnerable people. The inspection made one cause of concern, two "
    "recommendations and three areas for improvement. This template records the force's "
    "response to each and the status of the work.")
d.add_heading("Areas for improvement", level=2)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
hdr = t.rows[0].cells
for c, s in zip(hdr, ["Area for improvement", "Force response", "Status"]):
    c.text = ""
    c.paragraphs[0].add_run(s).bold = True
rows = [
 ("The force should make sure that it records the protected characteristics of victims, so that it understands the service it provides to different groups.",
  "Ethnicity and age are now mandatory fields on the crime recording system. The force will start monthly reporting on victim satisfaction by group from January 2023.",
  "In progress (Amber)"),
 ("The force should make sure that its use of force data is complete, and that officers record each use of force on the day it takes place.",
  "Body-worn video reviews are now used to check that use of force forms are submitted. Compliance rose to 91% in the last quarter.",
  "Complete (Green)"),
 ("The force should make sure that it understands the wellbeing needs of officers and staff who investigate child abuse, and that it provides them with regular support.",
  "",
  "Not started (Red)"),
]
for r in rows:
    cells = t.add_row().cells
    for c, s in zip(cells, r):
        c.text = s
d.add_heading("Cause of concern", level=2)
d.add_paragraph(
    "The force doesn't always identify and respond to vulnerable people effectively. "
    "Too often, referrals about children at risk are not shared with partner agencies "
    "quickly enough, and some risk assessments are incomplete.")
d.add_heading("Recommendations", level=3)
d.add_paragraph("Within six months, the force should make sure that referrals about children at risk are shared with partner agencies within 24 hours.", style="List Number")
d.add_paragraph("Within six months, the force should make sure that supervisors check every domestic abuse risk assessment for completeness.", style="List Number")
p = d.add_paragraph()
p.add_run("Force response: ").bold = True
p.add_run("to follow. The Deputy Chief Constable will present the force's plan for this cause of concern at the next Joint Audit Committee.")
d.save(str(__import__("pathlib").Path(__file__).resolve().parents[1] / "docs" / "f03.docx"))
