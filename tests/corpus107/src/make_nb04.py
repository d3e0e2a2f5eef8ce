"""Build docs/nb04.docx: a Superintendents' Association branch bulletin on Merseyside
Police's PEEL 2018/19 assessment (python-docx).  /tmp/nbvenv/bin/python src/make_nb04.py"""
import os
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "nb04.docx")

doc = Document()
doc.sections[0].header.paragraphs[0].text = "OFFICIAL - for members of the Merseyside branch only"
doc.sections[0].footer.paragraphs[0].text = "Police Superintendents' Association - Merseyside branch"

doc.add_heading("Merseyside Branch Bulletin", level=0)
doc.add_paragraph("Police Superintendents' Association | Autumn 2019 | Issue 14")
doc.add_heading("Branch response to the PEEL 2018/19 assessment of Merseyside Police", level=1)
doc.add_paragraph(
    "HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its integrated "
    "PEEL assessment of Merseyside Police on 2 May 2019. The force was judged to be good overall. "
    "Our members lead most of the teams the inspectors looked at, from public protection to "
    "neighbourhood policing, and the branch committee wants to put on record its thanks to them.")
doc.add_paragraph(
    "The branch chair, Chief Superintendent Claire Rowlands, said: \"This is a report our members can "
    "be proud of. It is also a report that says, in several places and in careful language, that the "
    "people delivering this service are tired. We should take both messages seriously.\"")

doc.add_heading("How the force was graded", level=2)
rows = [
    ("Effectiveness", "Good"),
    ("Preventing crime and tackling anti-social behaviour", "Good"),
    ("Investigating crime and reducing re-offending", "Not inspected in 2018/19 (good in 2017)"),
    ("Protecting vulnerable people", "Requires improvement"),
    ("Tackling serious and organised crime", "Good"),
    ("Efficiency", "Good"),
    ("Meeting current demands and using resources", "Good"),
    ("Planning for the future", "Good"),
    ("Legitimacy", "Good"),
    ("Treating the public fairly", "Good"),
    ("Ethical and lawful workforce behaviour", "Good"),
    ("Treating the workforce fairly", "Requires improvement"),
]
table = doc.add_table(rows=1, cols=2)
table.style = "Table Grid"
set_cell(table.rows[0].cells[0], "Pillar / question", bold=True)
set_cell(table.rows[0].cells[1], "Grade", bold=True)
for area, grade in rows:
    r = table.add_row()
    pillar = area in ("Effectiveness", "Efficiency", "Legitimacy")
    set_cell(r.cells[0], area, bold=pillar)
    set_cell(r.cells[1], grade, bold=pillar)
    if pillar:
        shade(r.cells[0], "D9E2F3")
        shade(r.cells[1], "D9E2F3")

doc.add_heading("What our members told us", level=2)
doc.add_paragraph(
    "The inspection fieldwork coincided with our own branch wellbeing survey. Of the 19 members who "
    "responded, 14 said they routinely worked more than 50 hours a week and 11 had cancelled at least "
    "one rest day in the previous month. Nine reported signs of anxiety or poor sleep they linked to "
    "work. These figures are in line with the national picture the Association published last year.")

doc.add_heading("The workforce findings", level=2)
doc.add_paragraph(
    "The grade for treating the workforce fairly will not surprise anyone who has read our survey. "
    "Under that question the report sets out two areas for improvement:")
doc.add_paragraph(
    "The force should ensure that its wellbeing provision reaches all parts of the workforce, "
    "including officers and staff working in specialist and remote roles.", style="Quote")
doc.add_paragraph(
    "The force should improve the way it identifies and supports officers and staff who carry "
    "heavy workloads over long periods.", style="Quote")
doc.add_paragraph(
    "On protecting vulnerable people, the report also says:")
doc.add_paragraph(
    "The force should ensure that risk assessments for missing children are reviewed by a "
    "supervisor at each stage of the investigation.", style="Quote")
doc.add_paragraph(
    "Superintendents who manage the public protection unit have asked that any new supervision "
    "requirement comes with the inspectors and sergeants needed to meet it.")

doc.add_heading("The force's reply", level=2)
doc.add_paragraph(
    "We shared this bulletin in draft with the chief officer team. Chief Constable Serena Marlow "
    "said: \"I welcome the Association's candour. Wellbeing is a standing item at my management board "
    "and I have asked Deputy Chief Constable Owen Pattinson to lead a review of workloads across the "
    "superintending ranks, reporting by the end of the year.\"")
doc.add_paragraph(
    "Assistant Chief Constable Dan Hulme will attend the branch meeting on 21 November to take "
    "questions on the public protection plan.")
doc.add_paragraph(
    "The Police and Crime Commissioner, Moira Hatherley, has also written to the branch to say "
    "that she will ask for a progress report on both workforce areas at her scrutiny meeting "
    "in January 2020.")
doc.add_heading("Dates for the diary", level=2)
doc.add_paragraph("21 November 2019 - branch meeting, Canning Place", style="List Bullet")
doc.add_paragraph("12 December 2019 - wellbeing workshop with Oscar Kilo", style="List Bullet")
doc.save(OUT)
print("wrote", OUT)
