"""la10.docx: a briefing for councillors on Lancashire's PEEL 2023-25 report, written at
reading age 9 (police and crime panel paper)."""
import os
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import shade, set_cell, labelled

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "la10.docx")

doc = Document()
doc.styles["Normal"].font.name = "Verdana"
doc.styles["Normal"].font.size = Pt(14)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Lancashire Police and Crime Panel – 23 July 2025 – Item 6"
sec.footer.paragraphs[0].text = "Written at reading age 9 (checked with a readability tool)"

doc.add_heading("Item 6: The police inspection – a short guide for councillors", 0)
t = doc.add_table(rows=4, cols=2)
t.style = "Table Grid"
for r, (a, b) in zip(t.rows, [
        ("Report by", "Panel support officer"),
        ("Purpose", "For information. There is nothing to decide."),
        ("Report about", "Lancashire Constabulary, PEEL 2023–25"),
        ("Why this is short", "Members asked for a simple version of the full paper (item 5).")]):
    set_cell(r.cells[0], a, bold=True)
    shade(r.cells[0], "E7E6E6")
    set_cell(r.cells[1], b)

doc.add_heading("1. What is this about?", 1)
for s in [
    "The police get checked by inspectors.",
    "The inspectors are called HMICFRS.",
    "They looked at Lancashire Constabulary.",
    "They wrote a report in 2025.",
    "This paper tells you what it says, in short words.",
]:
    doc.add_paragraph(s)

doc.add_heading("2. The grades", 1)
doc.add_paragraph("There are five grades. The best is outstanding. The worst is inadequate.")
doc.add_paragraph("Lancashire got no outstanding grades and no inadequate grades.")
g = doc.add_table(rows=1, cols=2)
g.style = "Table Grid"
set_cell(g.rows[0].cells[0], "Grade", bold=True)
set_cell(g.rows[0].cells[1], "What the police did", bold=True)
rows = [
    ("Good", "Treating the public fairly. Managing offenders."),
    ("Adequate", "Preventing crime. Protecting vulnerable people. Looking after the "
                 "workforce. Leadership and running the force."),
    ("Requires improvement", "Responding to the public. Investigating crime."),
]
for grade, what in rows:
    c = g.add_row().cells
    set_cell(c[0], grade, bold=True)
    set_cell(c[1], what)
    shade(c[0], {"Good": "C6EFCE", "Adequate": "FFEB9C",
                 "Requires improvement": "F8CBAD"}[grade])

doc.add_heading("3. What must get better", 1)
doc.add_paragraph("The inspectors listed four areas for improvement.")
doc.add_paragraph("Here are the exact words for three of them.")
afis = [
    ("Calls", "The force should make sure it assesses the risk to callers consistently, using "
              "a structured approach, when they first contact it.",
     "The force has a new set of questions for call handlers. It started in May."),
    ("Investigations", "The force should make sure that investigations are carried out by "
                       "officers with the right skills, and that supervisors review them "
                       "regularly.",
     "Sergeants now check every open case once a month."),
    ("Anti-social behaviour", "The force should make sure that officers and staff understand "
                              "how to identify and record repeat victims of anti-social "
                              "behaviour.", None),
]
for head, text, update in afis:
    doc.add_heading(head, 2)
    doc.add_paragraph(text, style="Intense Quote")
    if update:
        labelled(doc, "What the force says it has done:", update)
    else:
        labelled(doc, "What the force says it has done:", "We have not had an answer yet.")
doc.add_paragraph(
    "The fourth one is about stop and search records. The force should write down why each "
    "search happened. (These are our words, not the inspectors’.)")

doc.add_heading("4. Is this good or bad?", 1)
doc.add_paragraph("It is mixed.")
doc.add_paragraph(
    "Next door, Cumbria Constabulary was graded adequate for responding to the public in "
    "its last inspection, in 2021/22.")
doc.add_paragraph("So Lancashire is behind on calls.")
doc.add_paragraph(
    "Lancashire Fire and Rescue Service had its own inspection. It is not part of this "
    "paper.")

doc.add_heading("5. Who to ask", 1)
doc.add_paragraph(
    "Gareth Holroyd, Police and Crime Commissioner for Lancashire, will come to the "
    "meeting.")
doc.add_paragraph(
    "Chief Constable Rachel Ainsworth-Beck has been invited too. She will bring Assistant "
    "Chief Constable Owen Tiplady, who leads on calls.")
doc.add_paragraph(
    "Good questions to ask: How long do people wait on 101 now? When will the force hit "
    "its target?")
doc.save(OUT)
print("wrote", OUT)
