"""kj08.docx: Devon and Cornwall OPCC report to the Police and Crime Panel. A borderless
layout table for the report summary, a continuous section break into two columns, the
grades only in a floating 'At a glance' text box, and an AFI table with a merged title row."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docxutil import shade, cell_paras, header_footer, new_section, add_textbox

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "kj08.docx")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2)
header_footer(sec, "Devon and Cornwall Police and Crime Panel – 24 January 2025",
              "OFFICIAL – Item 7")

doc.add_heading("HMICFRS PEEL inspection 2023–25: progress report", level=1)
lay = doc.add_table(rows=2, cols=2)
cell_paras(lay.cell(0, 0), [("Report of", True, 9, "004B87")])
cell_paras(lay.cell(0, 1), [("The Police and Crime Commissioner", False, 9, None)])
cell_paras(lay.cell(1, 0), [("Recommendation", True, 9, "004B87")])
cell_paras(lay.cell(1, 1), [("That the Panel notes the progress made by Devon and Cornwall Police "
                             "and the Commissioner’s arrangements for oversight.", False, 9, None)])
for c in (lay.cell(0, 0), lay.cell(1, 0)):
    shade(c, "E6EEF6")

new_section(doc, columns=2)
doc.add_heading("1. Background", level=2)
p = doc.add_paragraph()
add_textbox(p, [
    ("At a glance: PEEL 2023–25 grades", True, 10),
    ("Police powers and public treatment – Adequate", False, 8.5),
    ("Preventing crime – Good", False, 8.5),
    ("Responding to the public – Adequate", False, 8.5),
    ("Investigating crime – Requires improvement", False, 8.5),
    ("Protecting vulnerable people – Requires improvement", False, 8.5),
    ("Managing offenders and suspects – Adequate", False, 8.5),
    ("Building, supporting and protecting the workforce – Good", False, 8.5),
    ("Leadership and force management – Adequate", False, 8.5),
    ("Scale: outstanding, good, adequate, requires improvement, inadequate.", False, 7),
], width_cm=7.6, height_cm=7.2, align="right", fill="E6EEF6")
p.add_run(
    "His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its PEEL "
    "report on Devon and Cornwall Police on 17 July 2024. The grades are shown in the panel. This paper "
    "updates the Panel on the cause of concern, the recommendation that goes with it, and the areas "
    "for improvement that the Commissioner has prioritised.")
doc.add_paragraph(
    "The two grades of requires improvement – investigating crime and protecting vulnerable people – "
    "are the focus of this report. In 2021/22 the force was graded adequate for protecting vulnerable "
    "people, so that area has declined. The force remains in the inspectorate’s routine monitoring "
    "and is not in enhanced monitoring.")
doc.add_paragraph(
    "The force ended its strategic alliance with Dorset Police in 2018, and the two forces now "
    "collaborate only on specific services such as roads policing. The Panel asked at its last "
    "meeting whether the alliance affected the grades; the inspectorate’s report does not suggest so.")
doc.add_heading("2. Cause of concern", level=2)
doc.add_paragraph(
    "Devon and Cornwall Police does not identify and respond to risk well enough when it first deals "
    "with vulnerable people, and it does not always make sure that safeguarding referrals are made.",
    style="Intense Quote")
doc.add_paragraph("Recommendation", style="Heading 3")
doc.add_paragraph(
    "By 31 January 2025, the force should make sure that officers and staff complete a structured "
    "risk assessment for every domestic abuse incident and that supervisors review it.",
    style="Intense Quote")
doc.add_paragraph(
    "Force update: Acting Chief Constable Gideon Trevail reports that a new risk assessment form went "
    "live in September 2024 and supervisory review is now at 81 per cent. The force expects to meet "
    "the recommendation by its deadline.")
doc.add_paragraph(
    "Commissioner’s assessment: Progress is good but incomplete. The Commissioner will seek "
    "independent assurance through the Office’s own dip-sampling in February.")
doc.add_heading("3. Areas for improvement", level=2)
doc.add_paragraph(
    "The report contains nine areas for improvement. The table sets out the two the Commissioner has "
    "prioritised. Progress on the others is reported to the Commissioner’s Performance and Accountability "
    "Board.")

new_section(doc, columns=1)
tb = doc.add_table(rows=2, cols=3)
tb.style = "Table Grid"
title = tb.cell(0, 0).merge(tb.cell(0, 2))
cell_paras(title, [("Prioritised areas for improvement", True, 10, "FFFFFF")]); shade(title, "004B87")
for c, h in zip(tb.rows[1].cells, ("Area", "Area for improvement", "Force update")):
    cell_paras(c, [(h, True, 9, None)]); shade(c, "E6EEF6")
rows = [
    ("Investigating crime",
     "The force should make sure that investigations are allocated to officers with the right "
     "skills and are completed without unnecessary delay.",
     "A crime allocation policy was agreed in October. Average caseloads in CID have fallen from 21 "
     "to 16."),
    ("Investigating crime",
     "The force should improve how it records and acts on the wishes of victims, including when "
     "victims withdraw their support for an investigation.",
     "No update this quarter."),
]
for r in rows:
    cells = tb.add_row().cells
    for c, v in zip(cells, r):
        cell_paras(c, [(v, False, 9, None)])
doc.add_paragraph()
doc.add_paragraph(
    "The Commissioner thanks His Majesty’s Inspector of Constabulary Priya Ramaswamy-Holt and her "
    "team for their engagement during the inspection.")
doc.add_paragraph("Contact: Tamsin Polglaze, Police and Crime Commissioner for Devon, Cornwall and "
                  "the Isles of Scilly")
doc.save(OUT)
print("wrote", OUT)
