"""Build docs/ne02.docx: a Chief Constable's letter to the PCC with his comments on
HMIC PEEL: Police effectiveness 2016 (section 55(4) comments), Leicestershire Police.

    /tmp/nevenv/bin/python src/make_ne02.py   (run from src/ or anywhere)
"""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "ne02.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = "Leicestershire Police – Office of the Chief Constable – CC/HMIC/17/031"

p = doc.add_paragraph()
r = p.add_run("LEICESTERSHIRE POLICE")
r.bold = True
r.font.size = Pt(15)
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p = doc.add_paragraph("Office of the Chief Constable\nForce Headquarters, St Johns\nEnderby, Leicester LE19 2BX\nTel: 0116 222 2222")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

doc.add_paragraph("Our ref: CC/HMIC/17/031\nYour ref: OPCC/S55/2017/04\nDate: 6 March 2017")
doc.add_paragraph("Mr Rupert Ashcombe\nPolice and Crime Commissioner for Leicestershire\nOffice of the Police and Crime Commissioner\nSt Johns, Enderby\nLeicester LE19 2BX")
doc.add_paragraph("Dear Rupert,")
p = doc.add_paragraph()
p.add_run("HMIC PEEL: Police effectiveness 2016 – my comments under section 55 of the Police Act 1996").bold = True

paras = [
    "Thank you for your letter of 14 February inviting my comments on HMIC’s effectiveness report on "
    "the force, which was published on 2 March 2017. I set them out below so that you can take them "
    "into account in your own response to the Home Secretary.",
    "HMIC judged the force to require improvement in its overall effectiveness at keeping people safe "
    "and reducing crime. I accept that judgement. In the 2015 effectiveness inspection the force was "
    "also judged to require improvement, and I know that you, like me, wanted to see a better result "
    "this time.",
    "There is a good deal in the report to be proud of. The force was judged good at preventing crime "
    "and tackling anti-social behaviour, and good at tackling serious and organised crime, in which our "
    "work through the East Midlands Special Operations Unit with Derbyshire Constabulary, "
    "Nottinghamshire Police, Northamptonshire Police and Lincolnshire Police was recognised.",
    "The report found that the force requires improvement at investigating crime and reducing "
    "re-offending, and at protecting vulnerable people from harm and supporting victims. HMIC did not "
    "grade our specialist capabilities, but it found that we have suitable arrangements in place.",
    "HMIC set out eight areas for improvement. Four of them relate to work that is already complete or "
    "covered by other plans; I have set out the other four, and what we are doing about each, in the "
    "table below.",
]
for t in paras:
    doc.add_paragraph(t, style="List Number")

table = doc.add_table(rows=1, cols=3)
table.style = "Table Grid"
hdr = ["Ref", "Area for improvement (as worded by HMIC)", "Force comment"]
for c, t in zip(table.rows[0].cells, hdr):
    set_cell(c, t, bold=True)
    shade(c, "D9E2F3")
rows = [
    ("E16-01", "The force should improve the quality and supervision of its investigations, so that all reasonable lines of enquiry are followed.",
     "A new investigation standards unit started work in January. Every crime allocated to a local "
     "investigation team is now reviewed by a sergeant within 72 hours."),
    ("E16-02", "The force should ensure that it has enough trained detectives to investigate serious and complex crime.",
     "We are recruiting 45 trainee investigators in 2017/18 and have offered a detective pathway to "
     "officers in their second year of service."),
    ("E16-03", "The force should ensure that officers attending domestic abuse incidents complete risk assessments to a consistent standard and that these are reviewed promptly.",
     "Deputy Chief Constable Priya Landsdowne chairs a monthly domestic abuse board. Compliance with the "
     "risk assessment has risen from 71% to 93% since November."),
    ("E16-04", "The force should evaluate its neighbourhood problem-solving work and share what works across the force.",
     "–"),
]
for ref, afi, comment in rows:
    cells = table.add_row().cells
    set_cell(cells[0], ref)
    set_cell(cells[1], afi)
    set_cell(cells[2], comment)

more = [
    "Assistant Chief Constable Tom Gravell will report progress against the full action plan to your "
    "Strategic Assurance Board each quarter. The plan is enclosed.",
    "I would be happy to discuss any of this with you before you respond to the Home Secretary.",
]
for t in more:
    doc.add_paragraph(t, style="List Number")

doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("Marcus Ellery QPM\nChief Constable")
doc.add_paragraph("Enc: HMIC Effectiveness 2016 action plan (version 3)")
doc.add_paragraph("cc: Helen Marchbank, HM Inspector of Constabulary")
doc.save(OUT)
print("wrote", OUT)
