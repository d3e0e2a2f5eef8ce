"""kn05.docx: Lancashire Constabulary's PEEL 2021/22 improvement plan (Word)."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Mm, RGBColor
from docxutil import shade, set_cell, page_number_footer

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL – Lancashire Constabulary – PEEL Improvement Plan v3.1"
page_number_footer(sec, "Page ")

t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("Lancashire Constabulary")
r.bold = True
r.font.size = Pt(20)
doc.add_paragraph("PEEL 2021/22 Improvement Plan", style="Title")
meta = doc.add_table(rows=0, cols=2)
meta.style = "Light List Accent 1"
for k, v in (("Version", "3.1 (July 2022)"),
             ("Plan owner", "Deputy Chief Constable Gareth Fylde"),
             ("Governance", "PEEL Improvement Board, chaired by the plan owner; quarterly "
                            "report to the Strategic Scrutiny Board"),
             ("Author", "Sophie Wyre, Head of Performance and Inspection"),
             ("Next review", "31 October 2022")):
    row = meta.add_row()
    set_cell(row.cells[0], k, bold=True)
    set_cell(row.cells[1], v)

doc.add_heading("Foreword", level=1)
doc.add_paragraph(
    "Nearly two hundred years ago Sir Robert Peel, who was born a few miles from our southern "
    "boundary, set out the principle that the police are the public and the public are the "
    "police. That principle guides this plan.")
doc.add_paragraph(
    "Her Majesty’s Inspector of Constabulary Rhiannon Featherby published her PEEL 2021/22 "
    "report on Lancashire Constabulary in May 2022. I am proud that the inspectorate found us "
    "good in five areas, including the way we treat the public and the way we manage "
    "offenders. I am equally clear that we require improvement in how we respond to the public "
    "and how we investigate crime, and this plan sets out what we are doing about it.")
doc.add_paragraph(
    "The Police and Crime Commissioner, Clive Pendle, holds me to account for delivering the "
    "plan at his Strategic Scrutiny Board, and I have asked the Deputy Chief Constable to lead "
    "the work day to day.")
sig = doc.add_paragraph()
sig.add_run("Alison Wrea QPM").bold = True
sig.add_run("\nChief Constable\nLancashire Constabulary")

doc.add_heading("1. Our grades", level=1)
doc.add_paragraph("Table 1: PEEL 2021/22 grades for Lancashire Constabulary", style="Caption")
grades = [
    ("Treatment of the public", "Good"),
    ("Preventing crime and anti-social behaviour", "Adequate"),
    ("Responding to the public", "Requires improvement"),
    ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Adequate"),
    ("Managing offenders and suspects", "Good"),
    ("Disrupting serious organised crime", "Good"),
    ("Developing a positive workplace", "Good"),
    ("Good use of resources", "Adequate"),
    ("Recording data about crime", "Good"),
]
fills = {"Good": "A9D08E", "Adequate": "FFE699", "Requires improvement": "F4B183"}
gt = doc.add_table(rows=1, cols=2)
gt.style = "Table Grid"
set_cell(gt.rows[0].cells[0], "Area", bold=True)
set_cell(gt.rows[0].cells[1], "Grade", bold=True)
for a, g in grades:
    row = gt.add_row()
    set_cell(row.cells[0], a)
    set_cell(row.cells[1], g)
    shade(row.cells[1], fills[g])
doc.add_paragraph(
    "The inspectorate also reported on our service to victims of crime, which is not graded.")

doc.add_heading("2. Areas for improvement and actions", level=1)
doc.add_paragraph(
    "The report contains eight areas for improvement. The four that relate to our two "
    "‘requires improvement’ grades are tracked in this plan; the remaining four are tracked by "
    "the relevant portfolio boards. The lead officer is responsible for delivery and the owner "
    "is the chief officer accountable to the Board.")
new_sec = doc.add_section()
new_sec.orientation = WD_ORIENT.LANDSCAPE
new_sec.page_width, new_sec.page_height = Mm(297), Mm(210)
cols = ("Ref", "Area", "Area for improvement", "Lead officer", "Owner", "Status",
        "Progress update")
at = doc.add_table(rows=1, cols=len(cols))
at.style = "Table Grid"
for c, h in zip(at.rows[0].cells, cols):
    set_cell(c, h, bold=True)
    shade(c, "1F3864")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
afis = [
    ("AFI 1", "Responding to the public",
     "The force should reduce the number of 101 calls that are abandoned before they are "
     "answered.",
     "Ch Supt Dan Ribble", "ACC Kirsty Lune", "Amber",
     "Call-back service launched 6 June 2022. Abandonment rate down from 24% to 17% in June."),
    ("AFI 2", "Responding to the public",
     "The force should make sure that it attends incidents within the timescales it has set, "
     "and that it tells callers when attendance will be delayed.",
     "Ch Supt Dan Ribble", "ACC Kirsty Lune", "Amber",
     "Demand review completed; revised shift pattern to be consulted on in September."),
    ("AFI 3", "Investigating crime",
     "The force should make sure that investigation plans are recorded and that supervisors "
     "check that the plans are followed.",
     "Det Ch Supt Amira Calder", "DCC Gareth Fylde", "Green",
     "Investigation plan template mandatory from 1 July 2022; compliance 91% at July audit."),
    ("AFI 4", "Investigating crime",
     "The force should make sure it seeks the views of victims before finalising "
     "investigations with outcome 16 (victim does not support further action).",
     "Det Ch Supt Amira Calder", "DCC Gareth Fylde", "Not started",
     "–"),
]
for rec in afis:
    row = at.add_row()
    for c, v in zip(row.cells, rec):
        set_cell(c, v)
    st = rec[5]
    shade(row.cells[5], {"Amber": "FFC000", "Green": "92D050", "Not started": "D9D9D9"}[st])

doc.add_paragraph()
doc.add_paragraph(
    "Status key: Green – on track; Amber – some risk to delivery; Red – off track; Not started.")
doc.add_heading("3. Assurance", level=1)
doc.add_paragraph(
    "Internal audit will review the evidence for AFI 3 in November 2022. Where the Board is "
    "satisfied that an area for improvement has been addressed, the Head of Performance and "
    "Inspection will submit evidence to HMICFRS through the monitoring portal.")
doc.save("../docs/kn05.docx")
print("wrote kn05.docx")
