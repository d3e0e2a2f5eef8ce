"""kf08.docx: 'Annex A: PEEL grades by force' (data-tables annex), landscape, merged header cells."""
import os
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from docxkit import fill, put, page_field, repeat_header

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "kf08.docx")
O, G, A, RI, I = "Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"
FILL = {O: "5BA66B", G: "A9D5B2", A: "FCE7A6", RI: "F7C08F", I: "EC8A8A"}
ROWS = [
    ("Bedfordshire Police", "June 2024", [G, O, G, A, G, G, A, G]),
    ("Cleveland Police", "January 2025", [RI, A, RI, I, RI, A, A, RI]),
    ("Cumbria Constabulary", "November 2024", [G, G, A, G, G, O, G, G]),
    ("Devon and Cornwall Police", "March 2025", [A, A, RI, RI, A, G, A, RI]),
    ("Dyfed-Powys Police", "September 2024", [G, G, G, A, A, G, G, G]),
    ("Gloucestershire Constabulary", "October 2025", [A, RI, I, RI, RI, A, RI, I]),
    ("Greater Manchester Police", "April 2025", [G, G, O, G, A, G, G, G]),
    ("Humberside Police ²", "February 2025", [O, G, G, G, G, A, O, G]),
    ("Lincolnshire Police ³", "July 2025", [A, G, G, A, A, G, G, A]),
    ("Wiltshire Police", "May 2025", [G, A, A, RI, A, A, G, A]),
]
AREAS = ["Police powers and public treatment", "Preventing crime", "Responding to the public",
         "Investigating crime", "Protecting vulnerable people", "Managing offenders and suspects",
         "Building, supporting and protecting the workforce", "Leadership and force management"]

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(1.6); sec.top_margin = sec.bottom_margin = Cm(1.6)
hp = sec.header.paragraphs[0]; hp.text = "State of Policing 2025 – Annex A"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER; page_field(fp)

doc.add_heading("Annex A: PEEL grades by force", level=1)
doc.add_paragraph(
    "This annex accompanies State of Policing: The Annual Assessment of Policing in England and Wales 2025, "
    "published by His Majesty’s Chief Inspector of Constabulary. Table A1 gives the graded judgements from the PEEL 2023–25 "
    "inspection of each force whose report we refer to in the main text. The full set of grades for all 43 forces is "
    "available as a spreadsheet on the HMICFRS website.")
doc.add_paragraph(
    "We grade forces on a five-point scale: outstanding, good, adequate, requires improvement and inadequate. "
    "We report on the service forces give to victims of crime but do not grade it, so it is not shown.")

cap = doc.add_paragraph(); cap.add_run("Table A1: PEEL 2023–25 graded judgements, by force¹").bold = True
t = doc.add_table(rows=2, cols=10); t.style = "Table Grid"
h1, h2 = t.rows[0].cells, t.rows[1].cells
a = h1[0].merge(h2[0]); put(a, "Force", bold=True, size=8.5)
b = h1[1].merge(h2[1]); put(b, "Report published", bold=True, size=8.5)
c = h1[2].merge(h1[9]); put(c, "Graded area", bold=True, size=8.5, align="c")
for cell in (a, b, c):
    fill(cell, "3B2566")
for i, area in enumerate(AREAS):
    put(h2[2 + i], area, bold=True, size=7.5); fill(h2[2 + i], "D9D2E9")
for cell in (a, b, c):
    for r in cell.paragraphs[0].runs:
        r.font.color.rgb = __import__("docx.shared", fromlist=["RGBColor"]).RGBColor(0xFF, 0xFF, 0xFF)
repeat_header(t.rows[0]); repeat_header(t.rows[1])
for force, pub, gs in ROWS:
    cells = t.add_row().cells
    put(cells[0], force, size=8.5); put(cells[1], pub, size=8.5)
    for i, g in enumerate(gs):
        put(cells[2 + i], g, size=8); fill(cells[2 + i], FILL[g])

for note in [
    "¹ Forces are listed alphabetically. Dates are the month in which we published the force’s PEEL 2023–25 report.",
    "² Humberside Police: the grade for managing offenders and suspects is the corrected grade. The report was updated on 14 March 2025.",
    "³ Lincolnshire Police was also graded good for crime data integrity. We inspected crime data integrity in a sample of forces only.",
]:
    p = doc.add_paragraph(note); p.runs[0].font.size = Pt(8)

doc.add_page_break()
cap = doc.add_paragraph(); cap.add_run("Table A2: Number of forces in England and Wales at each grade, PEEL 2023–25 (all 43 forces)").bold = True
t2 = doc.add_table(rows=1, cols=6); t2.style = "Table Grid"
for cell, h in zip(t2.rows[0].cells, ["Graded area", O, G, A, RI, I]):
    put(cell, h, bold=True, size=8.5); fill(cell, "D9D2E9")
for row in [("Responding to the public", "3", "15", "14", "8", "3"),
            ("Investigating crime", "1", "12", "16", "11", "3"),
            ("Protecting vulnerable people", "2", "16", "17", "7", "1"),
            ("Leadership and force management", "2", "19", "14", "6", "2")]:
    cells = t2.add_row().cells
    for cell, v in zip(cells, row):
        put(cell, v, size=8.5)
doc.add_paragraph()
cap = doc.add_paragraph(); cap.add_run("Table A3: Forces in the Engage phase of monitoring at 1 December 2025").bold = True
t3 = doc.add_table(rows=1, cols=3); t3.style = "Table Grid"
for cell, h in zip(t3.rows[0].cells, ["Force", "Entered Engage", "Causes of concern open"]):
    put(cell, h, bold=True, size=8.5); fill(cell, "D9D2E9")
for row in [("Cleveland Police", "March 2025", "1"), ("Gloucestershire Constabulary", "November 2025", "2")]:
    cells = t3.add_row().cells
    for cell, v in zip(cells, row):
        put(cell, v, size=8.5)
p = doc.add_paragraph("Wiltshire Police left Engage in June 2025 and is no longer listed.")
p = doc.add_paragraph("Source: HMICFRS. Crown copyright 2026.")
doc.core_properties.title = "State of Policing 2025 - Annex A"
doc.save(OUT)
print("wrote", OUT)
