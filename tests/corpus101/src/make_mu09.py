"""Write docs/mu09.docx: a Joint Audit Committee briefing on Hertfordshire Constabulary's PEEL 2023-25 report."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import shade, repeat_header, set_cell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "mu09.docx")
COL = {"Outstanding": "00703C", "Good": "92D050", "Adequate": "FFE699", "Requires improvement": "F4B183",
       "Inadequate": "FF7C80", "–": "FFFFFF", "Not graded": "D9D9D9"}

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "Hertfordshire Joint Audit Committee – 27 November 2024 – Item 9"

doc.add_heading("HMICFRS PEEL 2023–25: inspection of Hertfordshire Constabulary", level=1)
doc.add_paragraph("Briefing for the Joint Audit Committee from the Chief Constable and the Police and Crime Commissioner")
doc.add_heading("1. Summary", level=2)
doc.add_paragraph(
    "His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services published its PEEL report on the "
    "constabulary on 15 October 2024. The inspection took place between February and April 2024. The "
    "constabulary was graded good in six of the eight areas inspected and adequate in the other two. "
    "There are no causes of concern and no recommendations; the report contains four areas for improvement.")
doc.add_paragraph(
    "Chief Constable Charlie Hall and Police and Crime Commissioner Jonathan Ash-Edwards have agreed that "
    "progress on the areas for improvement will be reported to this Committee every six months.")

doc.add_heading("2. Grades", level=2)
t = doc.add_table(rows=2, cols=3)
t.style = "Table Grid"
a = t.cell(0, 0).merge(t.cell(0, 2))
set_cell(a, "Table 1: PEEL 2023–25 graded judgments", bold=True)
shade(a, "D9E2F3")
repeat_header(t.rows[0])
repeat_header(t.rows[1])
for c, txt in zip(t.rows[1].cells, ["Area", "Grade", "Previous grade (PEEL 2021/22)"]):
    set_cell(c, txt, bold=True)
rows = [
    ("Police powers and public treatment", "Good", "Good"),
    ("Preventing crime", "Good", "Outstanding"),
    ("Responding to the public", "Adequate", "Good"),
    ("Investigating crime", "Good", "Good"),
    ("Protecting vulnerable people", "Good", "Adequate"),
    ("Managing offenders and suspects", "Adequate", "Adequate"),
    ("Building, supporting and protecting the workforce", "Good", "Good"),
    ("Leadership and force management", "Good", "–"),
    ("Victim service assessment", "Not graded", "Not graded"),
]
for area, g, prev in rows:
    r = t.add_row()
    set_cell(r.cells[0], area)
    set_cell(r.cells[1], g, bold=True)
    shade(r.cells[1], COL[g])
    set_cell(r.cells[2], prev)
doc.add_paragraph("Leadership and force management was not assessed in this form in 2021/22, when the nearest "
                  "area was ‘good use of resources’. HMICFRS’s grades are outstanding, good, adequate, "
                  "requires improvement and inadequate.")

doc.add_heading("3. Areas for improvement", level=2)
t2 = doc.add_table(rows=1, cols=4)
t2.style = "Table Grid"
repeat_header(t2.rows[0])
for c, txt in zip(t2.rows[0].cells, ["Ref", "Area", "Area for improvement", "Progress at 31 October 2024"]):
    set_cell(c, txt, bold=True)
    shade(c, "D9E2F3")
afis = [
    ("AFI 1", "Responding to the public",
     "The constabulary should make sure that it assesses risk consistently when it receives calls, using a structured process, and that it records its decisions.",
     "THRIVE+ refresher training completed by 88% of control room staff; audit of 200 calls scheduled for December."),
    ("AFI 2", "Responding to the public",
     "The constabulary should reduce the time it takes to attend incidents graded as a priority response.",
     "A new shift pattern for response officers starts in January 2025."),
    ("AFI 3", "Managing offenders and suspects",
     "The constabulary should make sure that it manages the risk posed by registered sex offenders in line with national guidance, including completing home visits on time.",
     "No update yet – to be reported at the next meeting."),
    ("AFI 4", "Managing offenders and suspects",
     "The constabulary should improve how quickly it deals with the backlog of suspects who are wanted or circulated on the Police National Computer.",
     "Dedicated arrest team in place since September; the number of outstanding suspects has fallen by a third."),
]
for ref, area, text, prog in afis:
    r = t2.add_row()
    for c, v in zip(r.cells, (ref, area, text, prog)):
        set_cell(c, v)

doc.add_heading("4. The constabulary’s PEEL record", level=2)
doc.add_paragraph("For context, Table 2 sets out the constabulary’s pillar grades since PEEL began in 2014.")
t3 = doc.add_table(rows=1, cols=4)
t3.style = "Table Grid"
repeat_header(t3.rows[0])
for c, txt in zip(t3.rows[0].cells, ["Year", "Effectiveness", "Efficiency", "Legitimacy"]):
    set_cell(c, txt, bold=True)
hist = [
    ("2014", "Not graded overall", "Good", "Not graded overall"),
    ("2015", "Good", "Good", "Good"),
    ("2016", "Good", "Good", "Good"),
    ("2017", "Good", "Good", "Good"),
    ("2018/19", "Good", "Good", "Good"),
]
for row in hist:
    r = t3.add_row()
    for c, v in zip(r.cells, row):
        set_cell(c, v)
doc.add_paragraph("From 2021/22 HMICFRS has graded areas of policing rather than pillars (see Table 1).")
doc.add_heading("5. Recommendation", level=2)
doc.add_paragraph("The Committee is asked to note the report and the progress on the areas for improvement.")
doc.save(OUT)
print("wrote", OUT)
