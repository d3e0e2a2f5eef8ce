"""Write docs/n08.docx: a force's PEEL 2021/22 action plan (Cambridgeshire Constabulary,
called "Cambs Police" in the title). One heading per cause of concern; the cause of
concern in a shaded single-cell table; its recommendations as a Word numbered list
("List Number"), each followed by an Action / Owner / Date table.

Run with a python that has python-docx (a throwaway venv, e.g. /tmp/c11venv):
    /tmp/c11venv/bin/python src/make_n08.py
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "n08.docx")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def coc_box(doc, text):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    c.text = text
    shade(c, "FCE4D6")
    doc.add_paragraph()


def action_table(doc, rows):
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Action", "Owner", "Date")):
        cell = t.cell(0, i)
        cell.text = h
        cell.paragraphs[0].runs[0].bold = True
        shade(cell, "D9E2F3")
    for r, vals in enumerate(rows, start=1):
        for c, v in enumerate(vals):
            t.cell(r, c).text = v
    for row in t.rows:
        row.cells[0].width = Cm(10)
        row.cells[1].width = Cm(4)
        row.cells[2].width = Cm(2.5)
    doc.add_paragraph()


doc = Document()
doc.core_properties.title = "PEEL 2021/22 action plan"
doc.core_properties.author = "Corporate Development, Cambs Police"
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL \u2013 Cambs Police \u2013 PEEL action plan"

doc.add_heading("PEEL 2021/22: Action plan", level=0)
doc.add_paragraph("Cambridgeshire Constabulary \u2013 response to the HMICFRS inspection report "
                  "published on 29 September 2022")

v = doc.add_table(rows=4, cols=2)
v.style = "Table Grid"
for r, (a, b) in enumerate((
        ("Version", "2.1"),
        ("Status", "Approved"),
        ("Approved by", "Imogen Latchford-Byrne, Deputy Chief Constable"),
        ("Next review", "Force Performance Board, January 2023"))):
    v.cell(r, 0).text = a
    v.cell(r, 1).text = b
    v.cell(r, 0).paragraphs[0].runs[0].bold = True
doc.add_paragraph()

doc.add_heading("Introduction", level=1)
doc.add_paragraph(
    "His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services graded the "
    "force in nine areas of policing. We were graded good at preventing crime and "
    "anti-social behaviour and at managing offenders and suspects. We were graded "
    "inadequate at responding to the public and requires improvement at protecting "
    "vulnerable people. Our other grades were adequate.")
doc.add_paragraph(
    "The inspectorate raised two causes of concern and made four recommendations. This "
    "plan sets out the action Cambs Police is taking on each one. The 17 areas for improvement in "
    "the report are managed through the force\u2019s AFI register and are not repeated "
    "here. The plan uses the owners\u2019 roles rather than their names so that it stays "
    "accurate when people change posts.")

# Cause of concern 1
doc.add_heading("Cause of concern 1: Responding to the public", level=1)
coc_box(doc,
        "The force is not answering emergency and non-emergency calls quickly enough. "
        "This means that it cannot always identify callers who are vulnerable or respond "
        "to them in good time.")
doc.add_paragraph("Recommendations", style="Heading 3")
doc.add_paragraph(
    "Within three months, the force should make sure that it has enough call handlers "
    "on duty to answer emergency calls within ten seconds.", style="List Number")
action_table(doc, [
    ("Recruit and train 30 additional call handlers, in two intakes.",
     "Superintendent, Demand Hub", "Jan 2023"),
    ("Move to a demand-led shift pattern in the control room.",
     "Chief Inspector, Control Room", "Dec 2022"),
])
doc.add_paragraph(
    "Within three months, the force should make sure that call handlers use a structured "
    "risk assessment for every call, so that vulnerable callers are identified.",
    style="List Number")
action_table(doc, [
    ("Make the THRIVE risk assessment a mandatory field in the command and control system.",
     "Head of ICT", "Nov 2022"),
    ("Audit 50 calls a week for risk assessment quality and report the results monthly.",
     "Chief Inspector, Control Room", "Dec 2022"),
])

# Cause of concern 2
doc.add_heading("Cause of concern 2: Protecting vulnerable people", level=1)
coc_box(doc,
        "The force does not always take effective action to safeguard vulnerable people. "
        "Referrals to partner agencies are often delayed, and officers do not always "
        "complete risk assessments when they attend domestic abuse incidents.")
doc.add_paragraph("Recommendations", style="Heading 3")
doc.add_paragraph(
    "Within six months, the force should make sure that referrals about vulnerable "
    "adults and children are sent to partner agencies within 24 hours.",
    style="List Number")
action_table(doc, [
    ("Introduce a 24-hour referral standard in the Multi-Agency Safeguarding Hub, with "
     "daily exception reports.", "Detective Superintendent, Safeguarding", "Jan 2023"),
])
doc.add_paragraph(
    "Within six months, the force should make sure that officers complete a domestic "
    "abuse risk assessment at every incident they attend, and that supervisors check "
    "its quality.", style="List Number")
action_table(doc, [
    ("Deliver refresher training on the DASH risk assessment to all response officers.",
     "Head of Learning and Development", "Feb 2023"),
    ("Add a supervisor sign-off step to the domestic abuse report.",
     "Detective Superintendent, Safeguarding", "Mar 2023"),
])

doc.add_heading("Monitoring", level=1)
doc.add_paragraph(
    "Progress is reported monthly to the Force Performance Board, chaired by the Deputy "
    "Chief Constable, and quarterly to the Police and Crime Commissioner. The Assistant "
    "Chief Constable (Local Policing) is the senior responsible owner for cause of concern "
    "1. An action is closed only when the evidence has been checked by Corporate "
    "Development and the improvement has been sustained for three months.")

doc.save(OUT)
print("wrote", OUT)
