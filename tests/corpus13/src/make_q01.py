"""Write docs/q01.docx: a Police, Fire and Crime Commissioner's section 55 response
(Essex, PEEL 2023-25). The grades table has merged cells: a title row merged across the
table, grade cells merged down over the areas that share a grade, and a closing row
merged across.

    /tmp/c13venv/bin/python src/make_q01.py
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from docxutil import labelled, set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "q01.docx")

doc = Document()
doc.core_properties.title = "Section 55 response - PEEL 2023-25"
doc.core_properties.author = "Office of the PFCC"
style = doc.styles["Normal"]
style.font.name = "Arial"
style.font.size = Pt(11)

header = doc.sections[0].header.paragraphs[0]
header.text = "OFFICIAL \u2013 Essex PFCC response to HMICFRS"
header.alignment = WD_ALIGN_PARAGRAPH.RIGHT

doc.add_heading("Response to His Majesty\u2019s Inspectorate of Constabulary and Fire & "
                "Rescue Services: PEEL 2023\u201325, Essex Police", level=1)
doc.add_paragraph("Section 55 of the Police Act 1996 \u2013 response of the Police, Fire "
                  "and Crime Commissioner")

doc.add_heading("1. Introduction", level=2)
doc.add_paragraph(
    "HMICFRS published its PEEL 2023\u201325 report on Essex Police on 9 April 2025. "
    "Under section 55 of the Police Act 1996 the local policing body must publish a "
    "response to any inspection report within 56 days, and send a copy to the Home "
    "Secretary. This is the response of Police, Fire and Crime Commissioner Dominic "
    "Featherstone-Hale. It was prepared with Chief Constable Nerys Calloway, whose updates "
    "are set out below each area for improvement.")
doc.add_paragraph(
    "I welcome the report. The inspection was led by His Majesty's Inspector of "
    "Constabulary Rowena Kestle, and I am grateful to her team for the time they spent "
    "with officers, staff and partners across the county. The report found no cause of "
    "concern. It did identify eight areas for improvement; five of them relate to the "
    "graded areas below and are set out in section 3. The remaining three relate to "
    "custody and will be answered in my response to the joint custody inspection later "
    "this year.")

doc.add_heading("2. Grades", level=2)
doc.add_paragraph("HMICFRS grades each area on a five-point scale: outstanding, good, "
                  "adequate, requires improvement or inadequate. The table below restates "
                  "the grades the force received, with the grade for the same area in the "
                  "2021/22 inspection where one was given.")

rows = [
    ("Good", "Police powers and public treatment", "Adequate"),
    ("Good", "Preventing crime", "Good"),
    ("Good", "Managing offenders and suspects", "Good"),
    ("Good", "Building, supporting and protecting the workforce", "Good"),
    ("Good", "Crime data integrity", "Good"),
    ("Adequate", "Responding to the public", "Requires improvement"),
    ("Adequate", "Protecting vulnerable people", "Adequate"),
    ("Adequate", "Leadership and force management", "\u2013*"),
    ("Requires improvement", "Investigating crime", "Requires improvement"),
]
table = doc.add_table(rows=len(rows) + 3, cols=3)
table.style = "Table Grid"

title = table.cell(0, 0).merge(table.cell(0, 2))
set_cell(title, "PEEL 2023\u201325: grades given to Essex Police", bold=True)
shade(title, "1F3864")
title.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for c, h in enumerate(("Grade", "Area inspected", "Grade in 2021/22")):
    set_cell(table.cell(1, c), h, bold=True)
    shade(table.cell(1, c), "D9E2F3")

for i, (_, area, old) in enumerate(rows):
    set_cell(table.cell(i + 2, 1), area)
    set_cell(table.cell(i + 2, 2), old)

# Merge each run of equal grades down the first column, then write the grade once.
fills = {"Good": "C6E0B4", "Adequate": "FFE699", "Requires improvement": "F8CBAD"}
start = 0
while start < len(rows):
    end = start
    while end + 1 < len(rows) and rows[end + 1][0] == rows[start][0]:
        end += 1
    cell = table.cell(start + 2, 0)
    if end > start:
        cell = cell.merge(table.cell(end + 2, 0))
    set_cell(cell, rows[start][0], bold=True)
    shade(cell, fills[rows[start][0]])
    start = end + 1

last = table.cell(len(rows) + 2, 0).merge(table.cell(len(rows) + 2, 2))
set_cell(last, "Providing a service to victims of crime \u2013 HMICFRS does not grade "
               "this area.", italic=True)

note = doc.add_paragraph()
note.add_run("* In 2021/22 the inspectorate assessed strategic planning, organisational "
             "management and value for money, which is not directly comparable with this "
             "area.").italic = True

doc.add_paragraph(
    "HMICFRS also inspected Essex County Fire and Rescue Service in 2024 and judged it good "
    "at understanding the risk of fire. Those findings are answered separately and are not "
    "part of this response.")

doc.add_heading("3. Areas for improvement", level=2)
doc.add_paragraph(
    "Each area for improvement is quoted as it appears in the report. My comment follows, "
    "then the Chief Constable\u2019s update on the action the force has taken.")

AFIS = [
    ("Investigating crime", [
        ("The force should make sure that investigations are allocated to officers and staff "
         "with the right level of skill and experience, and that the number of "
         "investigations each investigator holds is manageable.",
         "I have asked for monthly data on investigator workloads to be reported to my "
         "Performance and Scrutiny Board from July 2025.",
         "A new allocation policy came into force on 2 June 2025. Volume crime is now "
         "assessed by a crime management unit before it is allocated, and detective "
         "sergeants review caseloads every four weeks. The average caseload of a constable "
         "in a local investigation team has fallen from 19 to 14."),
        ("The force should improve the supervision of investigations, so that each has a "
         "clear plan and the victim is kept informed of its progress.",
         "Victims told my office\u2019s survey that keeping them informed matters more to "
         "them than almost anything else. I will fund two additional victim liaison posts "
         "in 2025/26.",
         "Assistant Chief Constable Tobin Marsh leads an investigation standards programme. "
         "Every investigation now carries a supervisory plan on the crime system, and a "
         "monthly audit of 200 crimes checks that victims were updated."),
    ]),
    ("Responding to the public", [
        ("The force should reduce the number of non-emergency calls that are abandoned "
         "before they are answered, and make sure that callers who are promised a call back "
         "receive one.",
         "Call abandonment has been a concern raised with me at every public meeting this "
         "year.",
         "Twelve additional call handlers started in May 2025. In June the abandonment rate "
         "for 101 calls was 11 per cent, down from 24 per cent at the time of the "
         "inspection, and a call-back log is now checked by the duty inspector each shift."),
    ]),
    ("Protecting vulnerable people", [
        ("The force should make sure that officers record the views and experiences of "
         "children present when they attend incidents of domestic abuse.",
         "I will seek assurance on this at my October Performance and Scrutiny Board. An "
         "update from the force was not available when this response was prepared.",
         None),
    ]),
    ("Leadership and force management", [
        ("The force should make sure it understands the skills and capacity of its "
         "workforce, so that it can plan for the demand it expects over the next four years.",
         "This links to the medium-term financial plan for 2025/26 to 2028/29, which I will "
         "publish in the autumn.",
         "A skills audit of all officers and staff will be complete by September 2025, and "
         "its results will feed the next force management statement."),
    ]),
]
n = 0
for area, items in AFIS:
    doc.add_heading(area, level=3)
    for afi, comment, update in items:
        n += 1
        doc.add_paragraph("Area for improvement %d" % n).runs[0].bold = True
        doc.add_paragraph(afi, style="Quote")
        labelled(doc, "PFCC comment:", comment)
        if update:
            labelled(doc, "Chief Constable\u2019s update:", update)

doc.add_heading("4. Other findings", level=2)
doc.add_paragraph(
    "The report highlights as good practice the force\u2019s work with Kent Police through "
    "their joint Serious Crime Directorate, and its use of drones to search for missing "
    "people. I will ask the force to share both with other forces in the region.")
doc.add_paragraph(
    "I will publish a progress report against every area for improvement in six months.")

doc.add_paragraph()
doc.add_paragraph("Dominic Featherstone-Hale")
doc.add_paragraph("Police, Fire and Crime Commissioner for Essex")
doc.add_paragraph("3 June 2025")

doc.save(OUT)
print("wrote", OUT)
