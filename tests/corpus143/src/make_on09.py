"""Write docs/on09.docx: a police federation branch bulletin laid out in a two-column
Word section (python-docx). Run with the venv's python from src/."""
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from docxutil import labelled, set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "on09.docx")


def set_cols(section, num, space_mm=8):
    sect_pr = section._sectPr
    cols = sect_pr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sect_pr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(int(space_mm * 56.7)))


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10)
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
    setattr(sec, side, Mm(16))
sec.header.paragraphs[0].text = "Wiltshire Police Federation - members only"

p = doc.add_paragraph()
r = p.add_run("BRANCH BULLETIN")
r.bold = True
r.font.size = Pt(26)
r.font.color.rgb = RGBColor(0x12, 0x3d, 0x6b)
doc.add_paragraph("Wiltshire Police Federation  |  Spring 2023  |  Issue 22")
h = doc.add_heading("Inspection report: 'our members deserve better than warm words'", level=1)

# Continuous section break: everything after this is set in two columns.
new = doc.add_section(WD_SECTION.CONTINUOUS)
set_cols(new, 2)

doc.add_paragraph(
    "The inspectorate's PEEL report on Wiltshire Police, from its 2021/22 round of "
    "inspections, makes uncomfortable reading for the force, and for the people who "
    "work in it. HMICFRS looked at ten areas of policing and gave the force a grade "
    "in each of them.")
doc.add_paragraph(
    "Branch chair Callum Fairbrother said: \"Nobody who has worked a late turn in "
    "Swindon will be surprised by what the inspectors found about answering calls. "
    "Our members are working flat out. They deserve better than warm words.\"")
doc.add_heading("The grades", level=2)
rows = [
    ("Treatment of the public", "Adequate"),
    ("Preventing crime and anti-social behaviour", "Good"),
    ("Responding to the public", "Requires improvement"),
    ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Adequate"),
    ("Managing offenders and suspects", "Adequate"),
    ("Disrupting serious organised crime", "Good"),
    ("Developing a positive workplace", "Adequate"),
    ("Good use of resources", "Requires improvement"),
    ("Recording data about crime", "Good"),
]
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
set_cell(t.rows[0].cells[0], "Area", bold=True)
set_cell(t.rows[0].cells[1], "Grade", bold=True)
for c in t.rows[0].cells:
    shade(c, "DCE6F0")
for area, g in rows:
    cells = t.add_row().cells
    set_cell(cells[0], area)
    set_cell(cells[1], g)
doc.add_paragraph(
    "Grades run from outstanding, through good, adequate and requires improvement, "
    "to inadequate. Providing a service to victims of crime is assessed but not graded.",
    style="Caption")
doc.add_heading("Calls and investigations", level=2)
doc.add_paragraph(
    "The lowest grades were for responding to the public, investigating crime and the "
    "use of resources. Inspectors found that the force did not have enough "
    "investigators with the right training, and that many officers were carrying "
    "heavy workloads. One of the report's areas for improvement says:")
doc.add_paragraph(
    "The force should make sure that it has enough trained investigators, and that "
    "the number of investigations allocated to each of them is manageable.",
    style="Intense Quote")
labelled(doc, "Force response:",
         "The force told the branch that 40 additional detective posts will be filled by "
         "September 2023, and that workloads are now reviewed every month.")
doc.add_paragraph("Another area for improvement deals with wellbeing:")
doc.add_paragraph(
    "The force should improve how it understands the wellbeing needs of its "
    "workforce, and make sure that supervisors have the time and training to support "
    "their teams.", style="Intense Quote")
doc.add_paragraph(
    "The branch has asked for a response on this one and has not yet received it.")
doc.add_heading("What the Chief Constable says", level=2)
doc.add_paragraph(
    "Chief Constable Desmond Akerele told a members' meeting in March that the force "
    "accepts the findings in full. He said the aim is to move every area graded "
    "requires improvement up to at least adequate by the next inspection.")
doc.add_heading("Elsewhere", level=2)
doc.add_paragraph(
    "Our colleagues in Dorset Police are also in the 2021/22 round, and Dorset & "
    "Wiltshire Fire and Rescue Service has been graded good for the way it responds "
    "to fires and other emergencies. The inspectorate's national State of Policing "
    "report, due in the summer, is expected to comment on officer workloads "
    "across the country.")
doc.add_paragraph(
    "Reps' surgeries run every Thursday at Gablecross and Devizes. Federation "
    "subscriptions for 2023/24 are unchanged.")
doc.core_properties.title = "Branch Bulletin Spring 2023"
doc.core_properties.author = "Wiltshire Police Federation"
doc.save(OUT)
print("wrote", OUT)
