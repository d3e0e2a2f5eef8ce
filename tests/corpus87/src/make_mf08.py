"""Build docs/mf08.docx: a Word copy of HMIC's national news release for State of Policing 2016.

    /tmp/mfvenv/bin/python src/make_mf08.py
"""
import os

from docx import Document
from docx.shared import Pt

from docxutil import set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "mf08.docx")

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "HMIC Press Office \u2013 for immediate release"

doc.add_paragraph("NEWS RELEASE")
doc.add_paragraph("Thursday 2 March 2017")
doc.add_heading("State of Policing 2016: police must not let the strain on their "
                "services put the public at risk", level=1)

doc.add_paragraph(
    "The police service in England and Wales is, for the most part, doing a good job in "
    "difficult circumstances, but there are signs that some forces are struggling to meet "
    "the demands placed on them, Her Majesty\u2019s Chief Inspector of Constabulary has "
    "warned.")
doc.add_paragraph(
    "In his annual assessment of policing, published today, Sir Thomas Winsor draws on "
    "the findings of HMIC\u2019s PEEL inspections of all 43 forces during 2016, which "
    "examined their effectiveness, efficiency, legitimacy and leadership.")

doc.add_paragraph("HM Chief Inspector of Constabulary Sir Thomas Winsor said:")
doc.add_paragraph(
    "\u201cThe great majority of police officers and staff do a remarkable job, and most "
    "forces are judged good. But too many forces are dealing with rising demand by "
    "rationing their response, sometimes by not attending calls they should attend. That "
    "is a dangerous path, and forces must not take it.\u201d", style="Quote")

doc.add_heading("Force results", level=2)
doc.add_paragraph(
    "Durham Constabulary was judged outstanding for both effectiveness and efficiency, a "
    "result Sir Thomas described as \u201cexemplary\u201d.")
doc.add_paragraph(
    "Two forces, Bedfordshire Police and Essex Police, were judged inadequate at protecting "
    "vulnerable people. Essex Police, which was graded inadequate for effectiveness overall "
    "in 2015, has improved to requires improvement, but still has more to do. Bedfordshire "
    "Police was graded requires improvement for effectiveness overall.")
doc.add_paragraph(
    "Leadership was assessed in every force but was not graded. Forces in Wales, including "
    "Dyfed-Powys Police, were inspected in the same way as those in England.")

doc.add_paragraph("Table 1: Number of forces at each grade, PEEL 2016")
rows = [
    ("Pillar", "Outstanding", "Good", "Requires improvement", "Inadequate"),
    ("Effectiveness", "2", "32", "9", "0"),
    ("Efficiency", "4", "31", "8", "0"),
    ("Legitimacy", "2", "35", "6", "0"),
]
table = doc.add_table(rows=len(rows), cols=5)
table.style = "Table Grid"
for r, row in enumerate(rows):
    for c, val in enumerate(row):
        set_cell(table.cell(r, c), val, bold=(r == 0))
        if r == 0:
            shade(table.cell(r, c), "D9E2F3")

doc.add_paragraph("")
doc.add_paragraph("ENDS")
doc.add_heading("Notes to editors", level=2)
for item in [
    "State of Policing: The Annual Assessment of Policing in England and Wales 2016 is "
    "presented to Parliament under section 54 of the Police Act 1996.",
    "HMIC grades forces as outstanding, good, requires improvement or inadequate.",
    "Each force\u2019s PEEL reports can be found on the HMIC website.",
    "Media enquiries: HMIC press office, 0300 071 6XXX (out of hours: 07836 2XX XXX).",
]:
    doc.add_paragraph(item, style="List Number")

doc.save(OUT)
print("wrote", OUT)
