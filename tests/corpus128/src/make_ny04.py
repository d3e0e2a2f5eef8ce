"""ny04.docx: Staffordshire Commissioner, narrative report to the statement of accounts 2019/20 (python-docx)."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "ny04.docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
doc.sections[0].header.paragraphs[0].text = "Statement of Accounts 2019/20 - Police and Crime Group"
doc.sections[0].footer.paragraphs[0].text = "Staffordshire Commissioner for Police, Fire & Rescue and Crime"

doc.add_heading("Staffordshire Commissioner for Police, Fire & Rescue and Crime", 0)
doc.add_paragraph("Police and Crime Group Statement of Accounts 2019/20 (unaudited)")
doc.add_heading("Narrative Report", 1)

paras = [
    ("1.", "Introduction",
     "Welcome to the Statement of Accounts for the Staffordshire Commissioner (Police and Crime) and "
     "the Group for the year ended 31 March 2020. The Group comprises the Commissioner and the Chief "
     "Constable of Staffordshire Police. Since 1 August 2018 the Commissioner has also been the fire "
     "and rescue authority; Staffordshire Fire and Rescue Service prepares separate accounts."),
    ("2.", "Governance",
     "Matthew Ellis, Staffordshire Commissioner for Police, Fire & Rescue and Crime, was first elected "
     "in 2012 and re-elected in 2016. Chief Constable Gareth Morgan took up post in January 2018. The "
     "Commissioner's Strategic Governance Board meets monthly to scrutinise force performance."),
    ("3.", "Performance: HMICFRS PEEL 2018/19",
     "HMICFRS published its integrated PEEL assessment of Staffordshire Police in May 2019. The force "
     "was judged to require improvement in its effectiveness and to be good in its efficiency and in "
     "its legitimacy. Within the effectiveness pillar, investigating crime and protecting vulnerable "
     "people were both judged to require improvement. The inspectorate graded the force good at "
     "planning for the future and good at treating the public fairly."),
    ("4.", "",
     "The inspectorate raised a cause of concern about the way the force investigates crime and made "
     "recommendations to address it. The table below sets out the main findings the force is acting "
     "on, with the Chief Constable's update at 31 March 2020."),
]
for num, head, text in paras:
    if head:
        doc.add_heading(num + " " + head, 2)
    doc.add_paragraph(text)

t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Finding", "Type", "Force update (March 2020)"]):
    set_cell(c, h, bold=True)
    shade(c, "DDEBF7")
for finding, typ, upd in [
    ("The force does not investigate crime to a consistently good standard, and too many investigations are not supervised effectively.",
     "Cause of concern",
     "Investigation Standards Unit created in September 2019; 2,000 officers trained in the new investigation framework."),
    ("The force should make sure that investigations are allocated to officers with the right skills and that supervisors review them regularly.",
     "Recommendation",
     "Crime allocation policy revised; compliance with supervisory reviews rose from 54% to 81%."),
    ("The force should improve how it identifies vulnerable people at the first point of contact.",
     "Area for improvement",
     "THRIVE assessment embedded in the control room; dip-sampling shows 92% compliance."),
]:
    cells = t.add_row().cells
    set_cell(cells[0], finding); set_cell(cells[1], typ); set_cell(cells[2], upd)

doc.add_heading("5. Fire and rescue", 2)
doc.add_paragraph(
    "Staffordshire Fire and Rescue Service was inspected by HMICFRS in its first round of fire "
    "inspections. It was graded good for effectiveness, good for efficiency and requires improvement "
    "for how well it looks after its people. These results relate to the Fire and Rescue Authority "
    "and are reported in its own accounts.")

doc.add_heading("6. Financial performance 2019/20", 2)
doc.add_paragraph("Revenue outturn for the Police and Crime Group (figures in £m):")
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["", "Budget", "Outturn", "Variance"]):
    set_cell(c, h, bold=True)
    shade(c, "DDEBF7")
for row in [("Police force", "199.4", "198.7", "(0.7)"),
            ("Office of the Commissioner", "1.3", "1.2", "(0.1)"),
            ("Commissioning and grants", "4.1", "4.3", "0.2"),
            ("Capital financing", "3.2", "3.2", "0.0"),
            ("Total", "208.0", "207.4", "(0.6)")]:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        set_cell(c, v)

doc.add_heading("7. Audit and assurance", 2)
doc.add_paragraph(
    "The external auditor gave an unqualified opinion on the 2018/19 accounts and an unqualified "
    "value for money conclusion. The Head of Internal Audit's opinion for 2019/20 is adequate "
    "assurance, with limited assurance on fleet management. The joint risk register rates the "
    "financial impact of COVID-19 as a red risk (score 20).")
doc.add_paragraph(
    "Staffordshire Police continues to work with West Mercia Police and Warwickshire Police on "
    "regional firearms training.")
doc.save(OUT)
print("wrote", OUT)
