"""kx04.docx: a House of Commons Library-style constituency briefing on West Yorkshire Police."""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from docxutil import set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "kx04.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "House of Commons Library \u2022 Constituency Casework briefing"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.text = "Number CBP 10211, 28 January 2025 \u2022 commonslibrary.parliament.uk"

p = doc.add_paragraph()
r = p.add_run("Research Briefing")
r.bold = True
r.font.color.rgb = RGBColor(0x00, 0x6E, 0x51)
doc.add_heading("Policing in West Yorkshire: what the latest PEEL inspection found", level=0)
doc.add_paragraph("By Rowan Ellery, Grace Moffat\n28 January 2025")

doc.add_heading("Summary", level=1)
doc.add_paragraph(
    "This briefing is written for Members of Parliament representing constituencies in West "
    "Yorkshire and their staff. It summarises the findings of His Majesty\u2019s Inspectorate of "
    "Constabulary and Fire & Rescue Services (HMICFRS) on West Yorkshire Police in the PEEL "
    "2023\u201325 programme, compares them with the force\u2019s 2021/22 inspection, and sets "
    "out the local governance arrangements.")
for t in (
    "West Yorkshire Police was graded outstanding for the integrity of its crime data, the first "
    "force in the 2023\u201325 programme to receive that grade.",
    "It was judged good in seven other areas and adequate in one.",
    "Investigating crime improved from adequate in 2021/22 to good.",
    "HMICFRS identified no causes of concern and four areas for improvement.",
):
    doc.add_paragraph(t, style="List Bullet")

doc.add_heading("1. Background: what PEEL inspections are", level=1)
doc.add_paragraph(
    "PEEL stands for police effectiveness, efficiency and legitimacy. Since 2021/22 HMICFRS has "
    "graded each force on a five-point scale (outstanding, good, adequate, requires improvement, "
    "inadequate) in a number of separate areas, rather than giving an overall grade. The areas "
    "changed slightly between the 2021/22 and 2023\u201325 programmes: for example, \u201cgood "
    "use of resources\u201d became \u201cleadership and force management\u201d. Readers should "
    "not treat a single grade as a verdict on the whole force.")
doc.add_paragraph(
    "The inspectorate is independent of the Home Office. Its grades are not the same as the "
    "Government\u2019s own measures, such as the target of 13,000 additional neighbourhood "
    "officers and PCSOs by 2029, or the ambition to halve violence against women and girls "
    "within a decade. Those are covered in Library briefing CBP 10098.")

doc.add_heading("2. West Yorkshire Police: grades", level=1)
doc.add_paragraph(
    "Table 1 sets out the grades in the report published on 9 October 2024, with the "
    "corresponding grade from the 2021/22 inspection where the area was assessed in a "
    "comparable way.")
cap = doc.add_paragraph()
cap.add_run("Table 1: West Yorkshire Police, PEEL grades by area").bold = True

rows = [
    ("Area", "PEEL 2021/22", "PEEL 2023\u201325"),
    ("Police powers and public treatment", "Good", "Good"),
    ("Preventing and deterring crime and antisocial behaviour", "Good", "Good"),
    ("Responding to the public", "Adequate", "Good"),
    ("Investigating crime", "Adequate", "Good"),
    ("Protecting vulnerable people", "Adequate", "Adequate"),
    ("Managing offenders and suspects", "Good", "Good"),
    ("Building, supporting and protecting the workforce", "Good", "Good"),
    ("Leadership and force management", "Good\u00b9", "Good"),
    ("Crime data integrity", "Good", "Outstanding"),
    ("Disrupting serious organised crime", "Not graded", "Not graded\u00b2"),
]
tbl = doc.add_table(rows=len(rows), cols=3)
tbl.style = "Table Grid"
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        set_cell(tbl.cell(i, j), val, bold=(i == 0))
        if i == 0:
            shade(tbl.cell(i, j), "D9EAD3")
foot = doc.add_paragraph()
r = foot.add_run(
    "Source: HMICFRS, PEEL 2023\u201325 Police effectiveness, efficiency and legitimacy: An "
    "inspection of West Yorkshire Police (October 2024); HMICFRS, PEEL 2021/22 inspection of "
    "West Yorkshire Police. Notes: (1) In 2021/22 this area was called \u201cgood use of "
    "resources\u201d. (2) Serious organised crime is inspected at regional level and is not "
    "graded in force reports.")
r.italic = True
r.font.size = Pt(8.5)

doc.add_heading("3. Areas for improvement", level=1)
doc.add_paragraph(
    "HMICFRS identified four areas for improvement. Three relate to protecting vulnerable "
    "people and to the force\u2019s use of its own data, and are set out in full in the "
    "report. The one most often raised in casework concerns domestic abuse:")
q = doc.add_paragraph(
    "The force should make sure that risk assessments for victims of domestic abuse are "
    "reviewed by a supervisor within 24 hours, and that the review is recorded.",
    style="Intense Quote")
doc.add_paragraph(
    "West Yorkshire Police told the Library that supervisors\u2019 reviews are now monitored "
    "weekly by its safeguarding governance board. The Library has not verified this.")

doc.add_heading("4. Governance and accountability", level=1)
doc.add_paragraph(
    "In West Yorkshire the functions of a police and crime commissioner are exercised by the "
    "Mayor of West Yorkshire, supported by a Deputy Mayor for Policing and Crime. The Mayor "
    "sets the police and crime plan and the budget, and holds the Chief Constable to account. "
    "The Chief Constable, Rebecca Hollings, leads the force; Assistant Chief Constable Imran "
    "Sadiq leads its crime data integrity work.")
doc.add_paragraph(
    "Members may also wish to know that West Yorkshire Fire and Rescue Service was inspected "
    "separately in 2024 and graded good for preventing fires and other risks. That inspection "
    "is not covered here.")

doc.add_heading("5. Constituency data", level=1)
doc.add_paragraph(
    "In the year to September 2024, 312,400 crimes were recorded across the force area, and "
    "the force received just over 1.1 million calls for service. Figures for individual "
    "constituencies are available in the Library\u2019s crime dashboard. Counts are not "
    "comparable between years because of changes in recording practice.")

doc.add_heading("About the Library", level=2)
p = doc.add_paragraph(
    "The House of Commons Library is a research and information service based in the UK "
    "Parliament. This information is provided to Members of Parliament in support of their "
    "parliamentary duties. It is a general briefing only and should not be relied on as a "
    "substitute for specific advice.")
p.runs[0].font.size = Pt(8.5)

doc.core_properties.title = "Policing in West Yorkshire"
doc.core_properties.author = "House of Commons Library"
doc.save(OUT)
print("wrote", OUT)
