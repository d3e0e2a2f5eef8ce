"""la07.docx: a community newsletter with a 'PEEL at a glance' box about Durham Constabulary."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import shade, set_cell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "la07.docx")

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Aycliffe Village Voice – Spring 2025 – Issue 61"
sec.footer.paragraphs[0].text = "Printed by volunteers. Please recycle."

doc.add_heading("Aycliffe Village Voice", 0)
doc.add_paragraph("News from your community association – Spring 2025").italic = True

doc.add_heading("Litter pick a big success", 1)
doc.add_paragraph(
    "Thank you to the 42 people who turned out on a cold Saturday in February. We filled "
    "63 bags and found two bicycles in the beck. A good turnout like that makes the village "
    "look cared for, and the parish council has promised new bins by the play park.")

doc.add_heading("How is our police force doing?", 1)
doc.add_paragraph(
    "Several of you asked about the recent inspection of Durham Constabulary after it was "
    "mentioned at the January residents’ meeting. Our secretary, Brian Lumsden, read the "
    "report so the rest of us didn’t have to. Here it is at a glance.")

box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
cell = box.rows[0].cells[0]
shade(cell, "FFF2CC")
set_cell(cell, "AT A GLANCE: Durham Constabulary’s PEEL inspection", bold=True)
lines = [
    "Who inspected: HMICFRS, the police inspectorate",
    "Published: February 2025",
    "Outstanding: managing offenders and suspects",
    "Good: police powers and public treatment; preventing crime; responding to the public; "
    "protecting vulnerable people; the workforce; leadership and force management",
    "Adequate: investigating crime",
    "Not graded: how well the force serves victims",
    "Areas for improvement: 3",
    "Causes of concern: none",
]
for line in lines:
    p = cell.add_paragraph(line, style="List Bullet")

doc.add_paragraph()
doc.add_paragraph(
    "Brian says the one that matters most round here is the delay in examining phones and "
    "laptops, which has held up a couple of cases people in the village know about. The "
    "report puts it like this:")
q = doc.add_paragraph(
    "The force should improve how quickly it examines digital devices, so that "
    "investigations are not delayed.", style="Intense Quote")
doc.add_paragraph(
    "Our neighbourhood sergeant told the January meeting that extra examiners have started, "
    "and that waits are already shorter. We will ask for an update in the summer.")
doc.add_paragraph(
    "The Police and Crime Commissioner, Joanne Pattinson-Wilde, has published a response to "
    "the report, in large print as well as standard print. Copies are in the library.")
doc.add_paragraph(
    "(For comparison: neighbouring Northumbria Police was inspected around the same time. "
    "We have not read that one.)")

doc.add_heading("Fire station open day", 1)
doc.add_paragraph(
    "County Durham and Darlington Fire and Rescue Service will open Aycliffe fire station on "
    "Saturday 17 May, 10am to 2pm. Children can sit in the engine. The service was rated "
    "good at preventing fires in its last inspection, and the crew say they would like "
    "to keep it that way, so come and get a free smoke alarm check.")

doc.add_heading("Dates for your diary", 1)
t = doc.add_table(rows=1, cols=2)
t.style = "Light List Accent 1"
set_cell(t.rows[0].cells[0], "Date", bold=True)
set_cell(t.rows[0].cells[1], "What", bold=True)
for d, w in [("Tue 8 April, 7pm", "Residents’ meeting, village hall"),
             ("Sat 17 May", "Fire station open day"),
             ("Sun 22 June", "Summer fair – stall bookings by 31 May"),
             ("Wed 2 July, 6.30pm", "PACT meeting with the neighbourhood police team")]:
    r = t.add_row().cells
    set_cell(r[0], d)
    set_cell(r[1], w)

doc.add_paragraph()
doc.add_paragraph(
    "Community association helpline (for hall bookings and lost property): Monday, Wednesday "
    "and Friday, 10am to midday.")
doc.save(OUT)
print("wrote", OUT)
