"""Write docs/ke03.docx: a one-page internal briefing note on D&C's PEEL report."""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from docxutil import set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "ke03.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL-SENSITIVE"
sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
sec.footer.paragraphs[0].text = "Strategic Planning & Performance | BN-2025-014 | Page 1 of 1"

p = doc.add_paragraph()
r = p.add_run("Devon & Cornwall Police")
r.bold = True
r.font.color.rgb = RGBColor(0x00, 0x2D, 0x62)
p.add_run("\tBriefing note").italic = True

t = doc.add_table(rows=4, cols=2)
t.style = "Table Grid"
rows = [("To:", "Chief Constable Ewan Tresidder"),
        ("From:", "Head of Strategic Planning & Performance"),
        ("Date:", "24 February 2025"),
        ("Subject:", "HMICFRS PEEL \u2013 D&C")]
for row, (k, v) in zip(t.rows, rows):
    set_cell(row.cells[0], k, bold=True)
    shade(row.cells[0], "E7ECF2")
    set_cell(row.cells[1], v, bold=(k == "Subject:"))

doc.add_heading("Purpose", level=2)
doc.add_paragraph(
    "To summarise the PEEL report published on 20 February 2025 ahead of Chief Officer "
    "Group on 3 March, and to agree owners for the areas for improvement. This closes our "
    "part of the 2023-2025 cycle; the next inspection is not expected before 2027.")

doc.add_heading("Headlines", level=2)
for line in [
    "Graded good in two areas: preventing crime; managing offenders and suspects.",
    "Adequate for police powers and public treatment, for protecting vulnerable people and "
    "for building, supporting and protecting the workforce.",
    "Requires improvement: responding to the public, investigating crime, and leadership and "
    "force management (down from adequate for the equivalent area last time).",
    "No causes of concern. 11 AFIs in total (4 new in investigation; 3 in call handling).",
    "His Majesty\u2019s Inspector Rosalind Achebe-Varley noted \u2018good practice\u2019 in the rural crime team, which "
    "will feature in the national practice library.",
]:
    doc.add_paragraph(line, style="List Bullet")

doc.add_heading("AFIs needing an early decision", level=2)
afis = [
    ("Responding to the public",
     "The force should make sure it answers emergency and non-emergency calls within "
     "national targets, and that callers who abandon a call are contacted again when there "
     "is a risk of harm."),
    ("Investigating crime",
     "The force should make sure that supervisors review investigations at regular "
     "intervals and record clear direction on the investigation plan."),
    ("Leadership and force management",
     "The force should make sure its workforce plan reflects the demand it has identified, "
     "including the number of detectives it needs."),
]
tbl = doc.add_table(rows=1, cols=3)
tbl.style = "Table Grid"
for c, h in zip(tbl.rows[0].cells, ("Area", "AFI (report wording)", "Proposed owner")):
    set_cell(c, h, bold=True)
    shade(c, "002D62")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
owners = ["ACC Operations", "DCC (Crime & Justice portfolio)", "Director of People"]
for (area, text), owner in zip(afis, owners):
    cells = tbl.add_row().cells
    set_cell(cells[0], area)
    set_cell(cells[1], text)
    set_cell(cells[2], owner)

doc.add_heading("Recommendation", level=2)
doc.add_paragraph(
    "That the Chief Constable agrees the owners above and asks for a single improvement "
    "plan by 31 March, to be reported to the OPCC accountability board in April (2025/26 "
    "Q1). Media lines were issued on the day of publication and are attached at Annex A "
    "(not included in this version).")
doc.save(OUT)
print("wrote", OUT)
