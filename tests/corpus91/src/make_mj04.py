"""mj04.docx: City of London Police Authority Board report on PEEL 2023-25 (python-docx)."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import set_cell, shade, labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "mj04.docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "OFFICIAL"
doc.sections[0].footer.paragraphs[0].text = "City of London Corporation - Police Authority Board"

t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for a, b in [("Committee(s):", "Police Authority Board"),
             ("Dated:", "8 October 2025"),
             ("Subject:", "HMICFRS PEEL 2023–25 inspection of the City of London Police"),
             ("Report of:", "Commissioner of Police"),
             ("Report author:", "Head of Inspection and Assurance, City of London Police"),
             ("For information", "")]:
    r = t.add_row().cells
    set_cell(r[0], a, bold=True)
    set_cell(r[1], b)

doc.add_heading("Summary", level=2)
doc.add_paragraph(
    "His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its PEEL "
    "2023–25 report on the City of London Police on 24 July 2025, following fieldwork in February and March. "
    "The force was graded outstanding in one area, good in two and adequate in six. No area was judged to "
    "require improvement or to be inadequate, and there are no causes of concern. The report sets out twelve "
    "areas for improvement, which the force’s Operational Improvement Board now oversees.")
doc.add_paragraph(
    "Members discussed the findings informally with His Majesty’s Inspector of Constabulary, Alun Rees-Whitaker, "
    "on 17 September 2025. The Chair of the Police Authority Board, Deputy Caroline Hewett, has written to the "
    "Commissioner of Police, Ruth Gascoyne, to welcome the report.")

doc.add_heading("Recommendation", level=2)
doc.add_paragraph("Members are asked to note the report.")

doc.add_heading("Main report", level=2)
doc.add_paragraph("1. The table below compares the force’s grades with those it received in its PEEL 2021/22 inspection.")
g = doc.add_table(rows=1, cols=3)
g.style = "Table Grid"
for c, h in zip(g.rows[0].cells, ["Area of policing", "PEEL 2023–25", "PEEL 2021/22"]):
    set_cell(c, h, bold=True)
    shade(c, "D9E2F3")
rows = [
    ("Police powers and public treatment", "Adequate", "Adequate"),
    ("Preventing and deterring crime and anti-social behaviour, and reducing vulnerability", "Adequate", "Good"),
    ("Responding to the public", "Good", "Good"),
    ("Investigating crime", "Good", "Requires improvement"),
    ("Protecting vulnerable people", "Adequate", "Adequate"),
    ("Managing offenders and suspects", "Adequate", "Good"),
    ("Building, supporting and protecting the workforce", "Adequate", "Adequate"),
    ("Leadership and force management", "Adequate", "Requires improvement"),
    ("Crime data integrity", "Outstanding", "Requires improvement"),
]
for row in rows:
    cells = g.add_row().cells
    for c, v in zip(cells, row):
        set_cell(c, v)
doc.add_paragraph(
    "2. In 2021/22 the force was also graded good for disrupting serious organised crime. That area was not "
    "graded for any force in 2023–25, and the inspectorate does not grade the service to victims of crime.")
doc.add_paragraph(
    "3. Leadership and force management replaces the 2021/22 area ‘good use of resources’; the inspectorate "
    "cautions that grades from the two rounds are not directly comparable.")
doc.add_paragraph(
    "4. The force is one of only a few in England and Wales with no area graded below adequate. By way of "
    "context, the Metropolitan Police Service, with which the force shares a boundary and a number of "
    "operational agreements, remains graded inadequate for investigating crime.")

doc.add_heading("Areas for improvement and the force’s response", level=2)
doc.add_paragraph("5. Six of the twelve areas for improvement are set out below with the force’s response. The remaining "
                  "six, on custody, vetting and the force’s national fraud functions, are reported to the Professional "
                  "Standards and Integrity Committee.")
a = doc.add_table(rows=1, cols=3)
a.style = "Table Grid"
for c, h in zip(a.rows[0].cells, ["No.", "Area for improvement", "Force response"]):
    set_cell(c, h, bold=True)
    shade(c, "D9E2F3")
afis = [
    ("AFI 1", "The force should improve how it records equality data, so that it can understand whether its use of powers affects some groups disproportionately.",
     "Self-defined ethnicity is now a mandatory field on stop and search and use of force records. Completion is 94 per cent."),
    ("AFI 2", "The force should review stop and search data regularly, and make sure that the reasons officers give for each search are scrutinised.",
     "The Stop and Search Scrutiny Panel now meets monthly and reviews a sample of body-worn video."),
    ("AFI 3", "The force should improve its understanding of why officers use force in some circumstances.",
     "A dip sample of use of force forms is under way and will report to the Board in January 2026."),
    ("AFI 4", "The force should improve its problem-solving processes, including how it evaluates its plans and where it stores them.",
     "A single problem-solving database has been procured and goes live in November 2025."),
    ("AFI 5", "The force should make sure that officers and staff are aware of the orders and schemes that can protect victims, and use them when they are needed.",
     "—"),
    ("AFI 6", "The force should make sure that its workforce plan reflects the skills it will need to deliver its national lead force responsibilities for fraud.",
     "The workforce plan was refreshed in August 2025 and is aligned with the Policing Plan."),
]
for row in afis:
    cells = a.add_row().cells
    for c, v in zip(cells, row):
        set_cell(c, v)

doc.add_heading("Good practice", level=2)
doc.add_paragraph("6. The inspectorate identified good practice in the force’s bail management, which it will share with "
                  "other forces, and noted the quality of the force’s joint work with British Transport Police on the "
                  "night-time economy.")
doc.add_heading("Corporate and strategic implications", level=2)
doc.add_paragraph("7. The findings will inform the Policing Plan 2026–29 and the force’s 2026/27 budget submission. "
                  "The Police Authority Team’s own assurance rating of the force’s improvement arrangements is "
                  "‘Substantial’.")
doc.add_heading("Conclusion", level=2)
doc.add_paragraph("8. The report recognises the significant progress the force has made since 2022. The Assistant "
                  "Commissioner (Operations and Security) will report progress on the areas for improvement to each "
                  "meeting of the Strategic Planning and Performance Committee.")
p = doc.add_paragraph()
p.add_run("Contact: ").bold = True
p.add_run("Inspection and Assurance Unit, City of London Police")
doc.save(OUT)
print("wrote", OUT)
