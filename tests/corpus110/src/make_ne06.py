"""Build docs/ne06.docx: a PCC's letter to HM Chief Inspector of Constabulary responding to
PEEL: Police legitimacy 2017 (Warwickshire Police).

    /tmp/nevenv/bin/python src/make_ne06.py
"""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "ne06.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.5)
sec.header.paragraphs[0].text = "Police and Crime Commissioner for Warwickshire"
sec.footer.paragraphs[0].text = "3 Northgate Street, Warwick CV34 4SP | www.warwickshire-pcc.gov.uk"

p = doc.add_paragraph()
r = p.add_run("Office of the Police and Crime Commissioner for Warwickshire")
r.bold = True
r.font.size = Pt(13)
doc.add_paragraph("3 Northgate Street\nWarwick\nCV34 4SP\nTelephone: 01926 412322")
doc.add_paragraph("20 February 2018")
doc.add_paragraph("Sir Thomas Winsor\nHM Chief Inspector of Constabulary\nHMICFRS\n6th Floor, Globe House\n89 Eccleston Square\nLondon SW1V 1PN")
doc.add_paragraph("By email")
doc.add_paragraph("Dear Sir Thomas,")
p = doc.add_paragraph()
p.add_run("PEEL: Police legitimacy 2017 – Warwickshire Police").bold = True

body = [
    "Thank you for the legitimacy report on Warwickshire Police, which HMICFRS published on "
    "12 December 2017. This letter is my response under section 55 of the Police Act 1996. I have "
    "considered the comments of the Chief Constable, which I enclose.",
    "I was disappointed that the force was judged to require improvement in its legitimacy overall, "
    "having been judged good by HMIC in 2016. The report found the force good at treating all of the "
    "people it serves with fairness and respect. It was graded as requires improvement both in "
    "ensuring that its workforce behaves ethically and lawfully, and in treating its workforce with "
    "fairness and respect.",
    "Much of the force’s professional standards and vetting work is delivered jointly with West Mercia "
    "Police under our strategic alliance. I note that West Mercia Police received the same overall "
    "grade, and I have discussed the shared findings with my counterpart there.",
    "The report set out areas for improvement. The Chief Constable’s progress against the three that "
    "concern me most is summarised in the table below.",
]
for t in body:
    doc.add_paragraph(t)

table = doc.add_table(rows=1, cols=2)
table.style = "Table Grid"
for c, t in zip(table.rows[0].cells, ["Area for improvement", "Progress reported by the Chief Constable"]):
    set_cell(c, t, bold=True)
    shade(c, "E2EFD9")
rows = [
    ("The force should ensure that it has the capacity and capability to identify and act on intelligence about officers and staff who may abuse their position for a sexual purpose.",
     "Two additional investigators joined the alliance counter-corruption unit in January, and the unit "
     "now monitors the use of force systems by all staff."),
    ("The force should ensure that all officers and staff are vetted to the level required by national guidance.",
     "A vetting backlog of 412 cases has been reduced to 96; the remainder will be cleared by June 2018."),
    ("The force should improve the way it identifies and supports officers and staff who are experiencing stress or trauma.",
     "Update to follow."),
]
for afi, upd in rows:
    cells = table.add_row().cells
    set_cell(cells[0], afi)
    set_cell(cells[1], upd)

for t in [
    "I will monitor these areas through my quarterly performance meetings with the Chief Constable, "
    "and I will publish the minutes of those meetings.",
    "I am copying this letter to the Home Secretary.",
]:
    doc.add_paragraph(t)

doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("Philippa Hartigan\nPolice and Crime Commissioner for Warwickshire")
doc.add_paragraph("Enc. Chief Constable’s comments (3 pages)")
doc.add_paragraph("cc: Chief Constable Graham Ashworth-Vale, Warwickshire Police\ncc: Rt Hon Amber Rudd MP, Home Secretary")
doc.save(OUT)
print("wrote", OUT)
