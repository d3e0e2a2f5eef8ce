"""Build docs/nx03.docx: an OPCC quarterly performance dashboard exported to Word (Gwent)."""
import os
import tempfile

from docx import Document
from docx.shared import Cm, Pt

from docxutil import labelled, set_cell, shade
from pngutil import set_alt, solid_png

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "nx03.docx")

doc = Document()
doc.sections[0].header.paragraphs[0].text = "OFFICIAL - Exported from the OPCC Performance Dashboard (Power BI) on 14/11/2024 09:12"
doc.sections[0].footer.paragraphs[0].text = "Page layout generated automatically; visuals converted to images."

doc.add_heading("Joint Audit and Scrutiny Board: Performance Dashboard, Quarter 2 2024/25", level=1)
doc.add_paragraph("Prepared for Jane Mudd, Police and Crime Commissioner for Gwent, and Chief Constable Mark Hobrough. "
                  "This Word version of the dashboard was produced for board members who use screen readers. "
                  "Each visual is followed by its data as text.")

doc.add_heading("Page 4: Inspection outcomes", level=2)
doc.add_paragraph("Tile 4.1 summarises Heddlu Gwent's grades from His Majesty's Inspectorate of Constabulary and "
                  "Fire & Rescue Services (HMICFRS) PEEL 2023–25 inspection, published in the quarter. "
                  "On the live dashboard the tiles are coloured using the RAG key below; hovering shows the grade.")

tmp = os.path.join(tempfile.gettempdir(), "nx03_tile.png")
solid_png(tmp)
shape = doc.add_picture(tmp, width=Cm(12))
set_alt(shape, "Dashboard tile: PEEL 2023 to 2025 grade profile for Gwent Police. Five areas green, three amber, one red.",
        "Tile 4.1")
cap = doc.add_paragraph("Figure 4.1: PEEL 2023–25 grade profile (dashboard tile). Data shown in Table 4.1.")
cap.style = doc.styles["Caption"]

doc.add_paragraph("RAG key: Green = Outstanding or Good; Amber = Adequate; Red = Requires improvement or Inadequate; Grey = not graded.")

rows = [
    ("Police powers and public treatment", "Green", "Good", "Green"),
    ("Preventing crime", "Green", "Good", "Green"),
    ("Responding to the public", "Red", "Requires improvement", "Amber"),
    ("Investigating crime", "Amber", "Adequate", "Amber"),
    ("Protecting vulnerable people", "Amber", "Adequate", "Red"),
    ("Managing offenders and suspects", "Green", "Good", "Green"),
    ("Disrupting serious organised crime", "Green", "Good", "n/a"),
    ("Building, supporting and protecting the workforce", "Amber", "Adequate", "Amber"),
    ("Leadership and force management", "Green", "Good", "Green"),
    ("Providing a service to the victims of crime", "Grey", "Not graded", "Grey"),
]
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Area", "RAG", "Grade 2023–25", "RAG 2021/22")):
    set_cell(c, h, bold=True)
fills = {"Green": "78B943", "Amber": "F5A623", "Red": "D0021B", "Grey": "BBBBBB"}
for area, rag, grade, old in rows:
    cells = t.add_row().cells
    set_cell(cells[0], area)
    set_cell(cells[1], rag)
    set_cell(cells[2], grade)
    set_cell(cells[3], old)
    shade(cells[1], fills[rag])
    if old in fills:
        shade(cells[3], fills[old])
doc.add_paragraph("Table 4.1: Tile 4.1 as text. The 2021/22 column shows only the RAG colour that was held on the previous "
                  "version of the dashboard; the 2021/22 grades themselves were not carried over when the dashboard was rebuilt.")

doc.add_paragraph("Tile 4.2 (KPI card): 5 of 9 graded areas green (56%). All-Wales comparison: South Wales Police, "
                  "Dyfed-Powys Police and North Wales Police have not yet been inspected under PEEL 2023–25.")

doc.add_heading("Page 5: Cause of concern and recommendations", level=2)
labelled(doc, "Cause of concern:", "Gwent Police is not answering emergency and non-emergency calls quickly enough, "
         "and it does not always assess the risk to callers properly when it cannot send an officer straight away.")
labelled(doc, "Recommendation 1:", "Within six months, the force should make sure that it has enough trained call "
         "handlers on every shift to meet the national standard for answering 999 calls.")
labelled(doc, "Force update (October 2024):", "Twenty-two new call handlers have completed training and the 999 answer "
         "rate within ten seconds has risen to 87%. A revised THRIVE risk assessment form went live in September.")
labelled(doc, "Status:", "Amber – on track")

doc.add_heading("Page 6: Open areas for improvement", level=2)
t2 = doc.add_table(rows=1, cols=4)
t2.style = "Table Grid"
for c, h in zip(t2.rows[0].cells, ("Ref", "Area for improvement", "Progress", "RAG")):
    set_cell(c, h, bold=True)
afis = [
    ("AFI 1", "The force should improve how it records and reviews the risk assessments it completes for victims of domestic abuse.",
     "Audit of 200 risk assessments completed in August; a supervisor check has been added to the Niche workflow.", "Amber"),
    ("AFI 2", "The force should make sure that investigations are allocated to officers with the right skills and that investigation plans are recorded.",
     "Investigation standards team in place since July; compliance with plan recording is 68% and rising.", "Amber"),
    ("AFI 3", "The force should improve how it monitors the wellbeing of officers and staff who work in high-risk roles.",
     "Update due at the Quarter 3 board.", "Grey"),
]
for ref, afi, prog, rag in afis:
    cells = t2.add_row().cells
    set_cell(cells[0], ref)
    set_cell(cells[1], afi)
    set_cell(cells[2], prog)
    set_cell(cells[3], rag)
    shade(cells[3], fills[rag])

doc.add_paragraph("Good practice noted by HMICFRS: the force's Early Action Together programme with schools.")
doc.add_paragraph("Dashboard notes: Gwent's fire and rescue service partner, South Wales Fire and Rescue Service, is inspected separately "
                  "and its grades are not shown here. Figures refresh overnight; the 2025/26 budget tile is on page 9.")
doc.save(OUT)
print("wrote", OUT)
