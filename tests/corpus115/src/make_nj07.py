"""Build docs/nj07.docx: a PCC newsletter's "You asked, we answered" column about
West Mercia Police's PEEL efficiency 2017 report.

    /tmp/njvenv/bin/python src/make_nj07.py
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from docxutil import set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "nj07.docx")

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)

foot = doc.sections[0].footer.paragraphs[0]
foot.text = "Safer West Mercia \u2013 Community newsletter \u2013 Winter 2017/18 \u2013 page 4"
foot.alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.add_heading("You asked, we answered", level=0)
intro = doc.add_paragraph()
r = intro.add_run(
    "Every issue, Police and Crime Commissioner Edward Marchbank answers questions sent in by "
    "residents. This time most of your questions were about the inspection report on the "
    "efficiency of West Mercia Police, published on 9 November 2017. Questions have been shortened.")
r.italic = True


def question(text, asker):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = True
    run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    a = p.add_run("  (" + asker + ")")
    a.italic = True


def answer(text):
    return doc.add_paragraph(text)


question("I read in the paper that inspectors think West Mercia \u201crequires improvement\u201d. "
         "Is that right?", "Sue, Ludlow")
answer("It is, but only for efficiency. Her Majesty's Inspectorate of Constabulary and Fire & "
       "Rescue Services (HMICFRS) looks at how efficient each force is once a year, and this "
       "year it judged West Mercia Police to require improvement. The report looks at three "
       "questions, and the grade for each is in the table below.")
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
for i, h in enumerate(["Question", "Grade"]):
    set_cell(t.rows[0].cells[i], h, bold=True)
    shade(t.rows[0].cells[i], "DEEAF6")
for q, g in [
    ("How well does the force understand demand?", "Good"),
    ("How well does the force use its resources?", "Requires improvement"),
    ("How well is the force planning for the future?", "Requires improvement"),
]:
    row = t.add_row()
    set_cell(row.cells[0], q)
    set_cell(row.cells[1], g)
answer("Last year the then HMIC judged the force to be good for efficiency, so this is a "
       "disappointing result, and I have told the Chief Constable so.")

question("West Mercia works in an alliance with Warwickshire. Did they get the same result?",
         "Graham, Stratford-upon-Avon")
answer("Warwickshire Police gets its own report, although many of the findings are shared because "
       "so much of the two forces' work is done jointly. Warwickshire was also graded as requiring "
       "improvement for efficiency this year.")

question("What do the inspectors want the force to do?", "Amira, Worcester")
answer("The report sets out four areas for improvement. I have asked Chief Constable Martin "
       "Holloway-Price for an update on each, and his replies are included where the force has "
       "given one.")
afis = [
    ("The force should make sure that it understands the skills of its workforce, so that it "
     "can plan how to meet future demand.",
     "A skills audit of all officers and staff will be completed by March 2018."),
    ("The force should review how it allocates officers to shifts, so that the number of "
     "officers on duty matches the times of highest demand.",
     "A new shift pattern for response officers is being consulted on with staff associations."),
    ("The force should make sure that its plans for investment in technology are costed and "
     "linked to the benefits it expects them to bring.",
     None),
    ("The force should improve how it assesses the benefits of its collaboration with other "
     "organisations.",
     "The alliance has commissioned an independent review of shared services."),
]
for text, update in afis:
    doc.add_paragraph(text, style="List Number")
    if update:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Pt(36)
        p.add_run("Force update: ").bold = True
        p.add_run(update)

question("Was there a cause of concern?", "Pete, Telford")
answer("No. The inspectors did not identify any cause of concern, and they made no "
       "recommendations to the force in this report.")

question("Does this mean my local station will close?", "Dawn, Kidderminster")
answer("No. The efficiency grade is not linked to any decision about individual stations. "
       "Decisions about the estate are set out in my estates strategy, which you can read on my "
       "website.")

sig = doc.add_paragraph()
sig.add_run("Edward Marchbank").bold = True
sig.add_run("\nPolice and Crime Commissioner for West Mercia")
doc.add_paragraph("Send us your questions for the next issue: yourquestions@westmercia-pcc.example")

doc.save(OUT)
print("wrote", OUT)
