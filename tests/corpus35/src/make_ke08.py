"""Write docs/ke08.docx: a force press statement in the first person; the force is named
only in the letterhead at the top of the body."""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from docxutil import set_cell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "ke08.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].footer.paragraphs[0].text = "Corporate Communications \u2013 press office line staffed 8am\u20136pm"

# letterhead: a two-cell table in the body
lh = doc.add_table(rows=1, cols=2)
p = set_cell(lh.rows[0].cells[0], "Nottinghamshire Police", bold=True)
p.runs[0].font.size = Pt(18)
p.runs[0].font.small_caps = True
p.runs[0].font.color.rgb = RGBColor(0x00, 0x33, 0x66)
p2 = set_cell(lh.rows[0].cells[1], "Press statement\nIssued: 18 October 2022, 00:01\nFor immediate release")
p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT

doc.add_heading("Outstanding at preventing crime: our response to today\u2019s inspection report", level=1)

doc.add_paragraph(
    "We welcome the report published today by His Majesty\u2019s Inspectorate of Constabulary "
    "and Fire & Rescue Services (HMICFRS), following the inspection of our force in the "
    "spring.")
doc.add_paragraph(
    "Inspectors judged us to be outstanding at preventing and deterring crime and "
    "antisocial behaviour and reducing vulnerability, the highest grade available. We were "
    "also graded good in six areas:")
for line in [
    "treatment of the public;",
    "protecting vulnerable people;",
    "managing offenders and suspects;",
    "disrupting serious organised crime;",
    "developing a positive workplace; and",
    "recording data about crime.",
]:
    doc.add_paragraph(line, style="List Bullet")
doc.add_paragraph(
    "Our response to the public, our investigation of crime and our strategic planning, "
    "organisational management and value for money were each judged adequate. As in every "
    "force inspected this year, the service we give victims was assessed but not graded.")

doc.add_paragraph("The inspector, Siobhan Marchetti-Lowe, said:")
doc.add_paragraph(
    "\u201cThe force has built its neighbourhood teams around problem-solving, and it shows. "
    "We saw officers working with schools, landlords and health partners to stop harm before "
    "it happened. The force now needs to bring the same grip to how it answers calls and "
    "manages investigations.\u201d", style="Quote")
doc.add_paragraph(
    "Siobhan Marchetti-Lowe is His Majesty\u2019s Inspector of Constabulary for the region.")

doc.add_paragraph("Chief Constable Adaeze Whitcombe said:")
doc.add_paragraph(
    "\u201cI am proud that our neighbourhood work has been recognised as outstanding. It is the "
    "result of years of effort by officers, staff and volunteers in every community we serve. "
    "We accept what the inspectors said about call handling and investigations, and we have "
    "already put more people into our control room.\u201d", style="Quote")

doc.add_paragraph(
    "The report contains four areas for improvement. We will publish our plan to address "
    "them, and the Police and Crime Commissioner will hold us to account for it at the public "
    "accountability board on 8 December.")

doc.add_paragraph("ENDS").alignment = WD_ALIGN_PARAGRAPH.CENTER
doc.add_heading("Notes to editors", level=2)
for line in [
    "HMICFRS grades forces on a five-point scale: outstanding, good, adequate, requires "
    "improvement and inadequate.",
    "The full report is available on the HMICFRS website.",
    "Figures on 101 call answering for 2022/23 will be published in the spring.",
]:
    doc.add_paragraph(line, style="List Number")
doc.save(OUT)
print("wrote", OUT)
