"""Write docs/q10.docx: a joint press release from two neighbouring police and crime
commissioners (Wiltshire and Swindon; Avon and Somerset), issued as a Word document, on
the two forces' collaboration. It cites both forces' PEEL 2023-25 grades and quotes both
PCCs and one Chief Constable.

    /tmp/c13venv/bin/python src/make_q10.py
"""
import os

from docx import Document
from docx.shared import Pt

from docxutil import set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "q10.docx")

doc = Document()
doc.core_properties.title = "Joint press release - Western Operational Support Command"
doc.core_properties.author = "OPCC Wiltshire and Swindon"
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].footer.paragraphs[0].text = "OPCC Wiltshire and Swindon \u2013 News"

meta = doc.add_table(rows=3, cols=2)
meta.style = "Table Grid"
for r, (k, v) in enumerate((
        ("Joint press release", "For immediate release"),
        ("Date", "18 June 2025"),
        ("Issued by", "Office of the Police and Crime Commissioner for Wiltshire and "
                      "Swindon, with the Office of the Police and Crime Commissioner for "
                      "Avon and Somerset"))):
    set_cell(meta.cell(r, 0), k, bold=True)
    set_cell(meta.cell(r, 1), v)
    shade(meta.cell(r, 0), "E2EFDA")

doc.add_heading("Wiltshire and Avon and Somerset to share firearms, dogs and roads policing "
                "from 2026", level=1)

PARAS = [
    "The police and crime commissioners for Wiltshire and Swindon and for Avon and Somerset "
    "have agreed that Wiltshire Police and Avon and Somerset Constabulary will bring their "
    "armed response, dog and roads policing teams together in a single Western Operational "
    "Support Command from April 2026.",
    "The decision follows both forces\u2019 PEEL 2023\u201325 inspections by His Majesty\u2019s "
    "Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS). Avon and Somerset "
    "Constabulary, whose report was published in November 2024, was graded good for police "
    "powers and public treatment and for managing offenders and suspects, but requires "
    "improvement in investigating crime. Wiltshire Police, whose report was published in "
    "March, was graded adequate for managing offenders and suspects and requires "
    "improvement in three areas, including investigating crime. It was graded inadequate "
    "for responding to the public, the same grade it received in 2021/22.",
    "The commissioners say a shared command will put more specialist officers on the roads "
    "of both counties, free local officers to respond to calls, and save about \u00a33.1 "
    "million a year from 2026/27.",
]
for text in PARAS:
    doc.add_paragraph(text)

QUOTES = [
    ("Graham Tull-Withers, the Police and Crime Commissioner for Wiltshire and Swindon, "
     "said:",
     "\u201cThe inspectors were clear that Wiltshire Police has to get better at responding "
     "to the public, and I have been equally clear with the Chief Constable about that. "
     "This partnership is one of the ways we will do it. Specialist teams working across "
     "both counties will mean fewer local officers are pulled away from answering "
     "calls.\u201d"),
    ("Avon and Somerset\u2019s Police and Crime Commissioner, Lowri Penberthy, said:",
     "\u201cOur force was judged good at managing the offenders who pose the greatest risk, "
     "and our roads policing team is among the best in the country. Sharing it with our "
     "neighbours makes sense for residents on both sides of the border, and I am confident "
     "it will be good value for taxpayers.\u201d"),
    ("Chief Constable Saoirse Mulcahy of Wiltshire Police said:",
     "\u201cWe have accepted every finding in our PEEL report. Our improvement plan for "
     "responding to the public is already showing results, and this collaboration will "
     "give us resilience we could not build alone.\u201d"),
]
for lead, quote in QUOTES:
    doc.add_paragraph(lead)
    doc.add_paragraph(quote, style="Quote")

for text in [
    "Avon and Somerset\u2019s Chief Constable has also welcomed the agreement. The new "
    "command will be led by an assistant chief constable from Avon and Somerset, with a "
    "Wiltshire superintendent as deputy. Staff associations in both forces will be "
    "consulted over the summer, and the Deputy Police and Crime Commissioner for Wiltshire "
    "and Swindon will chair the joint oversight board.",
    "The arrangement builds on the South West regional collaborations that already link "
    "both forces with Dorset Police, Devon and Cornwall Police and Gloucestershire "
    "Constabulary, including the regional organised crime unit.",
    "ENDS",
]:
    doc.add_paragraph(text)

doc.add_heading("Notes to editors", level=2)
for text in [
    "HMICFRS grades forces as outstanding, good, adequate, requires improvement or "
    "inadequate in each area it inspects. The full reports are on the HMICFRS website.",
    "The collaboration agreement is made under section 22A of the Police Act 1996 and will "
    "be published with the decision notice.",
    "Media enquiries: OPCC Wiltshire and Swindon communications team, 01380 000000.",
]:
    doc.add_paragraph(text, style="List Number")

doc.save(OUT)
print("wrote", OUT)
