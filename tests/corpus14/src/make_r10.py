"""Write docs/r10.docx: an HMICFRS "at a glance" accessible summary of the PEEL 2023-25
inspection of Cheshire Constabulary, with tables whose header cells are merged.

    /tmp/c14venv/bin/python make_r10.py      (run from src/)
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from docxutil import page_field, repeat_header, set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "r10.docx")

FILL = {"Outstanding": "1C6B3A", "Good": "6FB24A", "Adequate": "F2C230",
        "Requires improvement": "E67E22", "Inadequate": "C0392B"}

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(12)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Cheshire Constabulary – PEEL 2023–25 at a glance"
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
page_field(fp)


def para(text="", bold=False, style=None, size=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    return p


def grade_cell(cell, grade):
    set_cell(cell, grade, bold=True)
    base = grade.rstrip("¹²")
    if base in FILL:
        shade(cell, FILL[base])


doc.add_heading("PEEL 2023–25: Cheshire Constabulary at a glance", level=0)
para("An accessible summary of our inspection report", size=14)
para("Published 11 September 2025")

doc.add_heading("About this summary", level=1)
para("This is a short summary of our inspection of Cheshire Constabulary. We are His "
     "Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS). We inspect "
     "police forces to find out how good they are at their job. We call this kind of "
     "inspection PEEL.")
para("The inspection was led by Idris Vaughan-Lloyd, His Majesty's Inspector of Constabulary. "
     "The person in charge of Cheshire Constabulary is Chief Constable Naomi Kerridge. The "
     "police and crime commissioner, Callum Rowe, makes sure the force does a good job for "
     "the people of Cheshire.")
para("You can read the full report on our website. It is 42 pages long.")

doc.add_heading("Our grades", level=1)
para("The table shows the grade we gave the force for each area of policing. It also shows "
     "the grade from our last inspection, in 2021/22, so that you can compare them.")

t = doc.add_table(rows=2, cols=3)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
area_hdr = t.cell(0, 0).merge(t.cell(1, 0))
set_cell(area_hdr, "Area of policing", bold=True)
grade_hdr = t.cell(0, 1).merge(t.cell(0, 2))
set_cell(grade_hdr, "Grade", bold=True)
set_cell(t.cell(1, 1), "2023–25", bold=True)
set_cell(t.cell(1, 2), "2021/22", bold=True)
for c in (area_hdr, grade_hdr, t.cell(1, 1), t.cell(1, 2)):
    shade(c, "D9D4E6")
repeat_header(t.rows[0])
repeat_header(t.rows[1])

ROWS = [
    ("Police powers and public treatment", "Good", "Good"),
    ("Preventing and deterring crime and antisocial behaviour, and reducing vulnerability",
     "Good", "Good"),
    ("Responding to the public", "Good", "Adequate"),
    ("Investigating crime", "Adequate", "Adequate"),
    ("Protecting vulnerable people", "Good", "Good"),
    ("Managing offenders and suspects", "Outstanding", "Good"),
    ("Building, supporting and protecting the workforce", "Good", "Good¹"),
    ("Leadership and force management", "Good", "Good²"),
]
for area, g23, g21 in ROWS:
    cells = t.add_row().cells
    set_cell(cells[0], area)
    grade_cell(cells[1], g23)
    grade_cell(cells[2], g21)
row = t.add_row()
set_cell(row.cells[0], "Providing a service to victims of crime")
ng = row.cells[1].merge(row.cells[2])
set_cell(ng, "We don’t grade this area", italic=True)
row = t.add_row()
set_cell(row.cells[0], "Recording data about crime")
set_cell(row.cells[1], "Not graded separately", italic=True)
grade_cell(row.cells[2], "Good")

for note in ("¹ In 2021/22 this area was called “Developing a positive workplace”.",
             "² In 2021/22 we graded a different area, “Good use of resources”."):
    p = para(note)
    p.runs[0].font.size = Pt(10)

doc.add_heading("What the force needs to do better", level=1)
para("We found two things the force needs to improve. We call these areas for improvement.")

t2 = doc.add_table(rows=2, cols=3)
t2.style = "Table Grid"
title = t2.cell(0, 0).merge(t2.cell(0, 2))
set_cell(title, "Areas for improvement", bold=True)
shade(title, "D9D4E6")
for c, h in zip(t2.rows[1].cells, ("Area", "What we found", "What the force should do")):
    set_cell(c, h, bold=True)
    shade(c, "EFEFF4")
for area, found, afi in (
    ("Investigating crime",
     "When victims decide not to support a prosecution, officers do not always write down "
     "why.",
     "The force should make sure that it records whether a victim supports a prosecution, "
     "and the reasons why when a victim withdraws their support."),
    ("Police powers and public treatment",
     "Some officers do not write down clearly why they searched someone.",
     "The force should make sure that officers record clearly the grounds for every stop and "
     "search they carry out."),
):
    cells = t2.add_row().cells
    set_cell(cells[0], area)
    set_cell(cells[1], found)
    set_cell(cells[2], afi)

doc.add_heading("What our grades mean", level=1)
t3 = doc.add_table(rows=1, cols=2)
t3.style = "Table Grid"
k = t3.cell(0, 0).merge(t3.cell(0, 1))
set_cell(k, "Grade key", bold=True)
for g, meaning in (
    ("Outstanding", "The force is doing much better than we expect."),
    ("Good", "The force is doing what we expect."),
    ("Adequate", "The force is doing some things well but could do better."),
    ("Requires improvement", "The force needs to do better."),
    ("Inadequate", "The force is not doing well enough and there is a serious problem."),
):
    cells = t3.add_row().cells
    grade_cell(cells[0], g)
    set_cell(cells[1], meaning)

doc.add_heading("More information", level=1)
para("We also inspect fire and rescue services. Our report on Cheshire Fire and Rescue "
     "Service was published on 28 August 2025.")
para("If you need this summary in another format, such as Easy Read, large print or Welsh, "
     "email contactus@hmicfrs.gov.uk or phone 0300 071 6800.")

doc.save(OUT)
print("wrote", OUT)
