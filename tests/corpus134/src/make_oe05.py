"""oe05.docx: an evidence paper from Policing in Wales to a Senedd committee, with the four
Welsh forces' PEEL 2023-25 grades in one wide table.

    /tmp/c134venv/bin/python src/make_oe05.py
"""
import os

from docx import Document
from docx.shared import Pt

from docxutil import set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "oe05.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "ESJ(6)-24-25 Papur 3 / Paper 3"

doc.add_paragraph("Senedd Cymru / Welsh Parliament")
doc.add_paragraph("Pwyllgor Cydraddoldeb a Chyfiawnder Cymdeithasol / Equality and Social Justice Committee")
doc.add_paragraph("Meeting of 22 September 2025")
doc.add_heading("Evidence paper from Plismona yng Nghymru / Policing in Wales: inspection findings for the four Welsh forces", level=1)

doc.add_heading("1. Introduction", level=2)
doc.add_paragraph(
    "This paper responds to the Committee's letter of 3 July 2025. Policing is reserved to the "
    "UK Government, but the four forces in Wales work every day with devolved services and with "
    "the Welsh Government, whose Programme for Government runs to 2026. The paper summarises what "
    "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) found in its "
    "most recent PEEL inspections of Dyfed-Powys Police, Gwent Police, North Wales Police and "
    "South Wales Police.")

doc.add_heading("2. PEEL 2023–25 grades", level=2)
doc.add_paragraph("Table 1: PEEL 2023–25 graded judgments for the forces in Wales")
cols = ("Area", "Dyfed-Powys", "Gwent", "North Wales", "South Wales")
rows = [
    ("Police powers and public treatment", "Good", "Adequate", "Good", "Adequate"),
    ("Preventing crime", "Good", "Good", "Good", "Good"),
    ("Responding to the public", "Adequate", "Adequate", "Adequate", "Requires improvement"),
    ("Investigating crime", "Adequate", "Requires improvement", "Requires improvement", "Adequate"),
    ("Protecting vulnerable people", "Adequate", "Requires improvement", "Requires improvement", "Adequate"),
    ("Managing offenders and suspects", "Good", "Adequate", "Good", "Good"),
    ("Building, supporting and protecting the workforce", "Good", "Good", "Good", "Good"),
    ("Leadership and force management", "Adequate", "Adequate", "Requires improvement", "Good"),
    ("Crime data integrity", "Good", "Good", "Outstanding", "Adequate"),
    ("Victim service assessment", "Not graded", "Not graded", "Not graded", "Not graded"),
]
t = doc.add_table(rows=1, cols=len(cols))
t.style = "Table Grid"
for c, txt in zip(t.rows[0].cells, cols):
    set_cell(c, txt, bold=True)
    shade(c, "DCE6F1")
for r in rows:
    cells = t.add_row().cells
    for c, txt in zip(cells, r):
        set_cell(c, txt)
doc.add_paragraph(
    "Source: HMICFRS force reports. The five grades, from highest to lowest, are outstanding, "
    "good, adequate, requires improvement and inadequate. No Welsh force received an inadequate "
    "grade in any area.").runs[0].italic = True

doc.add_paragraph(
    "Crynodeb: cafodd Heddlu Gogledd Cymru radd ‘Rhagorol’ am gywirdeb data troseddau, ac mae "
    "angen i Heddlu Gwent a Heddlu Gogledd Cymru wella’r ffordd y maent yn ymchwilio i drosedd. "
    "(Summary: North Wales Police was graded outstanding for crime data integrity, and Gwent "
    "Police and North Wales Police both need to improve how they investigate crime.)")

doc.add_heading("3. Change since 2021/22", level=2)
doc.add_paragraph(
    "HMICFRS advises that grades from the two cycles should not be compared directly. With "
    "that caution, Members may note that Gwent Police had been graded as requiring improvement "
    "for responding to the public in 2021/22, and is now adequate; that North Wales Police was "
    "graded outstanding for crime data integrity in 2021/22 as well; and that Dyfed-Powys Police "
    "has moved from requires improvement to adequate for investigating crime.")

doc.add_heading("4. Cross-border working", level=2)
doc.add_paragraph(
    "Seven in ten people in Wales live within fifty miles of the border. The forces work with "
    "Cheshire Constabulary, West Mercia Police and Avon and Somerset Constabulary on roads "
    "policing and organised crime, and with British Transport Police on the rail network. These "
    "forces are inspected separately and their grades are not set out here.")

doc.add_heading("5. Fire and rescue", level=2)
doc.add_paragraph(
    "The Committee also asked about the three fire and rescue services. HMICFRS inspects fire "
    "and rescue services in England only; in Wales they are overseen by the Welsh Government "
    "and its Chief Fire and Rescue Adviser. Their performance is therefore outside this paper.")

doc.add_heading("6. Contact", level=2)
doc.add_paragraph(
    "This paper is submitted on behalf of the four Police and Crime Commissioners and the four "
    "Chief Constables by Gethin ap Dafydd, Police and Crime Commissioner for Dyfed-Powys and "
    "Chair of Policing in Wales.")
doc.save(OUT)
print("wrote", OUT)
