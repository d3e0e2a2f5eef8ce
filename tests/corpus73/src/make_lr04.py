"""lr04.docx: an analyst pasted the HMICFRS 'PEEL assessments' force page for West Mercia
Police (PEEL 2017) into a Word document. python-docx; run from src/."""
from docx import Document
from docx.shared import Pt, RGBColor
from docxutil import set_cell, shade

doc = Document()
doc.sections[0].header.paragraphs[0].text = "OFFICIAL – Strategic Planning Unit"
doc.sections[0].footer.paragraphs[0].text = "Page 1"

p = doc.add_paragraph()
r = p.add_run("Pasted from the HMICFRS website (justiceinspectorates.gov.uk/hmicfrs/peel-assessments/peel-2017/west-mercia/) "
              "on 23 March 2018 for the alliance performance board. Formatting tidied; links removed. "
              "Warwickshire Police has its own page and is not included here. – K. Bellamy, analyst")
r.italic = True
r.font.size = Pt(9)

doc.add_paragraph("Home > PEEL assessments > PEEL 2017 > West Mercia Police")
doc.add_heading("West Mercia Police", level=1)
doc.add_paragraph("PEEL 2017")
doc.add_paragraph("Choose a year: 2014 | 2015 | 2016 | 2017")

doc.add_paragraph("Key")
key = doc.add_table(rows=1, cols=4)
key.style = "Table Grid"
for cell, (word, fill) in zip(key.rows[0].cells, [("Outstanding", "1F6F3F"), ("Good", "7DBB42"),
                                                   ("Requires improvement", "F2A900"), ("Inadequate", "C8102E")]):
    set_cell(cell, word)
    shade(cell, fill)

doc.add_heading("Effectiveness", level=2)
doc.add_paragraph("Good").runs[0].bold = True
doc.add_paragraph("Last updated 22/03/2018")
doc.add_paragraph(
    "West Mercia Police is good at keeping people safe and reducing crime. It has a clear understanding of the "
    "threats facing its communities, and its safer neighbourhood teams work well with partner organisations to "
    "prevent crime. The force is good at protecting vulnerable people, although it needs to do more to understand "
    "the scale of modern slavery in its area. We identified some areas for improvement, which are set out in the report.")
doc.add_paragraph("Questions for Effectiveness")
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for q, g in [
    ("How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?", "Good"),
    ("How effective is the force at investigating crime and reducing re-offending?", "Good"),
    ("How effective is the force at protecting those who are vulnerable from harm, and supporting victims?", "Good"),
    ("How effective is the force at tackling serious and organised crime?", "Requires improvement"),
    ("How effective are the force’s specialist capabilities?", "Ungraded"),
]:
    row = t.add_row().cells
    set_cell(row[0], q)
    set_cell(row[1], g, bold=True)

doc.add_heading("Efficiency", level=2)
doc.add_paragraph("Good").runs[0].bold = True
doc.add_paragraph("Last updated 09/11/2017")
doc.add_paragraph(
    "West Mercia Police is good at operating efficiently and providing sustainable services to the public. "
    "This is an improvement on last year, when HMIC judged the force to require improvement. Its strategic alliance "
    "with a neighbouring force has allowed it to share support functions and make substantial savings.")
doc.add_paragraph("Questions for Efficiency")
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for q, g in [
    ("How well does the force understand demand?", "Good"),
    ("How well does the force use its resources?", "Good"),
    ("How well is the force planning for the future?", "Good"),
]:
    row = t.add_row().cells
    set_cell(row[0], q)
    set_cell(row[1], g, bold=True)

doc.add_heading("Legitimacy", level=2)
doc.add_paragraph("Good").runs[0].bold = True
doc.add_paragraph("Last updated 12/12/2017")
doc.add_paragraph(
    "West Mercia Police is good at treating the public and its workforce legitimately. The force has a good "
    "understanding of how to treat people fairly and with respect, and it seeks feedback from the public, "
    "including people who are less likely to trust the police.")
doc.add_paragraph("Questions for Legitimacy")
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for q, g in [
    ("To what extent does the force treat all of the people it serves with fairness and respect?", "Good"),
    ("How well does the force ensure that its workforce behaves ethically and lawfully?", "Good"),
    ("To what extent does the force treat its workforce with fairness and respect?", "Requires improvement"),
]:
    row = t.add_row().cells
    set_cell(row[0], q)
    set_cell(row[1], g, bold=True)

doc.add_heading("Leadership", level=2)
doc.add_paragraph(
    "In 2017 leadership was not assessed as a separate question set; it was woven into the questions for "
    "effectiveness, efficiency and legitimacy. Leadership is not graded.")

doc.add_heading("Reports", level=2)
for line in ["PEEL: Police effectiveness 2017 – West Mercia Police (PDF document)",
             "PEEL: Police efficiency 2017 – West Mercia Police (PDF document)",
             "PEEL: Police legitimacy 2017 – West Mercia Police (PDF document)"]:
    doc.add_paragraph(line, style="List Bullet")

doc.save("../docs/lr04.docx")
print("wrote ../docs/lr04.docx")
