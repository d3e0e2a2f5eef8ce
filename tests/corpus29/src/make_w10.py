"""w10.docx: extracts from a thematic inspection (foreword, recommendations, annexes) with an
annex listing the forces visited and their PEEL grades 'for context'."""
import os
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_BREAK
from docxutil import shade, set_cell, labelled, header_text, repeat_header
from master import G2325, G2122, PVP

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "w10.docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
header_text(doc, "Closing the gap: the police response to stalking",
            "\u00a9 His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services 2025 | ISBN 978-1-00000-000-0")

doc.add_heading("Closing the gap: an inspection of how well the police respond to stalking", level=0)
doc.add_paragraph("His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services")
doc.add_paragraph("Published 25 March 2025")
doc.add_paragraph("This document reproduces the foreword, the recommendations and the annexes of the report. "
                  "The full report, including our findings chapter by chapter, is published separately.").runs[0].italic = True

doc.add_heading("Foreword", level=1)
doc.add_paragraph(
    "Stalking ruins lives. It is a pattern of fixated and obsessive behaviour that can go on for "
    "years, and it too often ends in serious violence. In 2017 we inspected the police response to "
    "stalking and harassment and made a series of recommendations. This inspection asked how much "
    "has changed.")
doc.add_paragraph(
    "The answer is: not enough. We found committed officers in every force we visited, and some "
    "good practice, but victims still have to report repeatedly before the pattern is recognised. "
    "Stalking protection orders are used far less than they should be.")
doc.add_paragraph(
    "I am grateful to the six forces that hosted our fieldwork, and above all to the victims who "
    "spoke to us.")
doc.add_paragraph("Juliet Marrable-Kent")
doc.add_paragraph("His Majesty's Inspector of Constabulary")

doc.add_heading("Recommendations", level=1)
doc.add_paragraph(
    "Our recommendations are addressed to all chief constables and to national policing bodies. "
    "They are not directed at any individual force, including those we visited.")
RECS = [
    ("Recommendation 1", "By 30 September 2025, chief constables should make sure that every report of harassment is reviewed to establish whether the behaviour amounts to stalking, and that the outcome of the review is recorded."),
    ("Recommendation 2", "By 31 December 2025, chief constables should make sure that officers consider applying for a stalking protection order in every stalking case, and record their reasons when they decide not to."),
    ("Recommendation 3", "By 31 March 2026, the College of Policing, working with the National Police Chiefs\u2019 Council lead for stalking and harassment, should update the authorised professional practice on stalking to reflect the findings of this inspection."),
]
for lab, text in RECS:
    p = doc.add_paragraph()
    p.add_run(lab + ": ").bold = True
    p.add_run(text)

doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
doc.add_heading("Annex A: Methodology", level=1)
doc.add_paragraph(
    "Between June and November 2024 we visited six forces. In each force we reviewed 40 case files "
    "involving stalking or harassment, interviewed officers and staff, and held focus groups with "
    "specialist support services. We also surveyed 1,214 officers nationally, and the Metropolitan "
    "Police Service gave us data on its stalking clinic, although we did not visit it.")
doc.add_paragraph(
    "This inspection did not grade forces. Our findings were assessed against the expectations set "
    "out in Annex C. A force that complied with all of them was said to have an adequate framework "
    "in place; this is a description, not a PEEL grade.")

doc.add_heading("Annex B: Forces we visited", level=1)
doc.add_paragraph(
    "For context, the table shows each force\u2019s grade for protecting vulnerable people in its "
    "most recent PEEL inspection. These grades were not awarded as part of this inspection.")
VISITED = [("Dyfed-Powys Police", "June 2024"), ("Hertfordshire Constabulary", "July 2024"),
           ("Kent Police", "July 2024"), ("Merseyside Police", "September 2024"),
           ("Northumbria Police", "October 2024"), ("Thames Valley Police", "November 2024")]
t = doc.add_table(rows=2 + len(VISITED), cols=4)
t.style = "Table Grid"
set_cell(t.cell(0, 0), "Force", bold=True)
set_cell(t.cell(0, 1), "Fieldwork", bold=True)
m = t.cell(0, 2).merge(t.cell(0, 3))
set_cell(m, "PEEL: protecting vulnerable people (for context)", bold=True)
a = t.cell(0, 0).merge(t.cell(1, 0)); set_cell(a, "Force", bold=True)
b = t.cell(0, 1).merge(t.cell(1, 1)); set_cell(b, "Fieldwork", bold=True)
set_cell(t.cell(1, 2), "Grade", bold=True)
set_cell(t.cell(1, 3), "PEEL inspection", bold=True)
for c in range(4):
    shade(t.cell(0, c), "DCE6F0"); shade(t.cell(1, c), "DCE6F0")
repeat_header(t.rows[0]); repeat_header(t.rows[1])
for r, (f, when) in enumerate(VISITED, start=2):
    set_cell(t.cell(r, 0), f)
    set_cell(t.cell(r, 1), when)
    gr = G2325[f][1]
    if gr:
        set_cell(t.cell(r, 2), gr[PVP]); set_cell(t.cell(r, 3), "2023\u201325")
    else:
        set_cell(t.cell(r, 2), G2122[f][PVP]); set_cell(t.cell(r, 3), "2021/22 \u2020")
doc.add_paragraph(
    "\u2020 Hertfordshire Constabulary has not yet been inspected in the 2023\u201325 PEEL "
    "programme, so the grade shown is from its 2021/22 PEEL inspection.")

doc.add_heading("Annex C: Our expectations", level=1)
for text in [
        "Forces identify stalking at the first point of contact, including when it is reported as harassment or a breach of an order.",
        "Every stalking victim receives a risk assessment and is referred to a specialist advocate.",
        "Investigations are overseen by a supervisor with training in stalking.",
        "Forces use the full range of protective orders, including stalking protection orders."]:
    doc.add_paragraph(text, style="List Bullet")
doc.add_paragraph(
    "Force-level findings against these expectations were given to each force we visited in a "
    "confidential feedback letter and are not published.")
doc.save(OUT)
print("wrote", OUT)
