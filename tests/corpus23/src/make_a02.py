"""a02.docx -- accessible Word version of a PEEL 2021/22 report (Gwent Police).

    /tmp/c23venv/bin/python make_a02.py     (run from src/)
"""
import os

from docx import Document
from docx.shared import Pt

from docxhelp import borders, header_footer, set_cell, shade

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "a02.docx")

doc = Document()
doc.core_properties.title = "PEEL 2021/22 Gwent Police accessible"
doc.core_properties.author = "HMICFRS Publications"
header_footer(doc, "OFFICIAL – Heddlu Gwent / Gwent Police – PEEL 2021/22 (accessible version)",
              "© HMICFRS 2022 – accessible version produced for screen readers")
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)


def grade_table(grade):
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Grade", bold=True)
    set_cell(t.cell(0, 1), grade)
    shade(t.cell(0, 0), "D9E2F3")
    doc.add_paragraph()


def bullets(items, style="List Bullet"):
    for it in items:
        doc.add_paragraph(it, style=style)


doc.add_paragraph("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", style="Subtitle")
doc.add_heading("PEEL 2021/22: Police effectiveness, efficiency and legitimacy", level=0)
doc.add_paragraph("An inspection of Gwent Police")
doc.add_paragraph("Published 13 October 2022. This accessible version contains the same text as the "
                  "PDF report. Charts are described in words, and the grades are given in tables "
                  "so that they can be read by assistive technology. A Welsh language version "
                  "(Arolygiad o Heddlu Gwent) is also available.")

doc.add_heading("Contents", level=1)
for line in ["About this accessible version", "Overall summary", "HM Inspector's observations",
             "Providing a service to the victims of crime", "Treatment of the public",
             "Preventing crime and anti-social behaviour", "Responding to the public",
             "Investigating crime", "Protecting vulnerable people",
             "Managing offenders and suspects", "Disrupting serious organised crime",
             "Developing a positive workplace", "Good use of resources",
             "Recording data about crime"]:
    doc.add_paragraph(line, style="List Paragraph")

doc.add_heading("Overall summary", level=1)
doc.add_paragraph("We inspected how good Gwent Police is in ten areas of policing. We make a "
                  "graded judgement in eight of them. The grade for each area is given in a "
                  "table directly under the area's heading in the sections that follow, and our "
                  "judgement on recording data about crime comes from a separate audit carried "
                  "out earlier in 2022.")
doc.add_paragraph("Our grades use a five-point scale: outstanding, good, adequate, requires "
                  "improvement and inadequate. Because the scale changed in 2021, grades in "
                  "this report should not be compared with the pillar grades of PEEL 2018/19.")

doc.add_heading("HM Inspector's observations", level=1)
doc.add_paragraph("Gwent Police has some clear strengths. It works well with local authorities "
                  "across its five council areas to prevent crime, and the way it manages sex "
                  "offenders in the community is effective.")
doc.add_paragraph("But I have significant concerns about how the force responds to people who "
                  "call it for help. Too many calls wait too long to be answered, and call "
                  "handlers don't always identify the risk to the caller. I have therefore "
                  "raised a cause of concern, and I have written to Chief Constable Aled "
                  "Brannigan setting out what I expect the force to do. I have also shared my "
                  "findings with Mererid Hollis, the Police and Crime Commissioner for Gwent.")
doc.add_paragraph("The force's joint firearms unit, shared with South Wales Police and Dyfed-Powys "
                  "Police, was outside the scope of this inspection.")
doc.add_paragraph("Siân Trevelyan")
doc.add_paragraph("His Majesty's Inspector of Constabulary")

doc.add_heading("Providing a service to the victims of crime", level=1)
grade_table("Not graded")
doc.add_paragraph("We don't grade this area. The force records most crimes correctly at the first "
                  "point of contact, but victims are not always told about the Victims' Code.")

doc.add_heading("Treatment of the public", level=1)
grade_table("Adequate")
doc.add_paragraph("Officers use stop and search fairly, and the force's records show reasonable "
                  "grounds in most cases. The force knows less about how different communities "
                  "see it.")
doc.add_heading("Areas for improvement", level=2)
bullets(["The force should improve how it gathers and uses the views of its communities, "
         "including those whose voices are seldom heard, to improve the service it provides."])

doc.add_heading("Preventing crime and anti-social behaviour", level=1)
grade_table("Good")
doc.add_paragraph("Neighbourhood teams are well established and work with partners to solve "
                  "local problems. We found good practice in the force's work with schools on "
                  "knife crime.")

doc.add_heading("Responding to the public", level=1)
grade_table("Requires improvement")
doc.add_paragraph("The force answers fewer than seven in ten emergency calls within ten seconds, "
                  "and the average wait for a non-emergency call is more than eight minutes.")
coc = doc.add_table(rows=1, cols=1)
borders(coc, size=18)
cell = coc.cell(0, 0)
shade(cell, "FFF2CC")
set_cell(cell, "Cause of concern", bold=True)
cell.add_paragraph("Gwent Police doesn't answer emergency and non-emergency calls quickly "
                   "enough, and it doesn't always assess the risk to callers. This means that "
                   "some people who are vulnerable may not get the help they need when they "
                   "need it.")
doc.add_paragraph()
doc.add_heading("Recommendations", level=2)
bullets(["By 31 March 2023, the force should make sure that it has enough trained call handlers "
         "on duty to answer emergency and non-emergency calls within national and local "
         "targets.",
         "By 31 March 2023, the force should make sure that call handlers use a structured risk "
         "assessment for every call and record the result.",
         "By 31 March 2023, the force should make sure that control room supervisors review "
         "calls that are waiting for attendance, so that the response changes if the risk to "
         "the caller changes."], style="List Number")
doc.add_heading("Areas for improvement", level=2)
bullets(["The force should make sure that it gives callers appropriate advice on preserving "
         "evidence and on preventing further crime."])

doc.add_heading("Investigating crime", level=1)
grade_table("Adequate")
doc.add_paragraph("Most investigations are allocated to staff with the right skills, but the "
                  "quality of supervision varies between areas.")
doc.add_heading("Areas for improvement", level=2)
doc.add_paragraph("The force should improve the quality of its investigations by making sure "
                  "that:", style="List Bullet")
bullets(["investigation plans are recorded for every investigation;",
         "supervisors review investigations at regular intervals; and",
         "victims are kept updated about the progress of their case."], style="List Bullet 2")

doc.add_heading("Protecting vulnerable people", level=1)
grade_table("Requires improvement")
doc.add_paragraph("Officers recognise vulnerability, but the force doesn't always use the legal "
                  "powers it has to protect victims of domestic abuse.")
doc.add_heading("Areas for improvement", level=2)
bullets(["The force should make sure that it applies for domestic violence protection notices "
         "and orders in all suitable cases.",
         "The force should make sure that officers use body-worn video at all domestic abuse "
         "incidents they attend."])

doc.add_heading("Managing offenders and suspects", level=1)
grade_table("Good")
doc.add_paragraph("The force manages registered sex offenders well and prioritises wanted "
                  "suspects according to risk. There are no areas for improvement in this area.")

doc.add_heading("Disrupting serious organised crime", level=1)
grade_table("Not graded in this report")
doc.add_paragraph("We inspect serious organised crime regionally. Our findings for the southern "
                  "Wales region will be published separately.")

doc.add_heading("Developing a positive workplace", level=1)
grade_table("Adequate")
doc.add_paragraph("The workforce is proud to work for the force, but some officers didn't know "
                  "how to get wellbeing support.")
doc.add_heading("Areas for improvement", level=2)
bullets(["The force should make sure that its wellbeing services are well publicised and that "
         "supervisors know how to refer officers and staff to them."])

doc.add_heading("Good use of resources", level=1)
grade_table("Adequate")
doc.add_paragraph("The force has balanced its budget for 2022/23, but its plans for 2024/25 "
                  "depend on savings that are not yet identified.")
doc.add_heading("Areas for improvement", level=2)
bullets(["The force should make sure it understands the demand it faces, including hidden "
         "demand, so that it can plan how to use its resources."])

doc.add_heading("Recording data about crime", level=1)
grade_table("Good")
doc.add_paragraph("The force records 94.1 percent of reported crime, an improvement since our "
                  "last audit.")

doc.save(OUT)
print("wrote", OUT)
