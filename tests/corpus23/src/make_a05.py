"""a05.docx -- a force corporate communications "PEEL spotlight" handout for staff
(Merseyside Police, PEEL 2023-25 against 2021/22).

    /tmp/c23venv/bin/python make_a05.py     (run from src/)
"""
import os

from docx import Document
from docx.shared import Pt, RGBColor

from docxhelp import header_footer, set_cell, shade

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "a05.docx")

doc = Document()
doc.core_properties.title = "PEEL spotlight - staff briefing"
doc.core_properties.author = "Corporate Communications"
header_footer(doc, "OFFICIAL – for internal use – Merseyside Police Corporate Communications",
              "Spotlight no. 41 | Questions? Email the Strategic Development team via the intranet")
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)

t = doc.add_paragraph()
r = t.add_run("SPOTLIGHT")
r.bold = True
r.font.size = Pt(26)
r.font.color.rgb = RGBColor(0x00, 0x2D, 0x62)
doc.add_paragraph("Our PEEL 2023–25 inspection: what it said and what happens next", style="Title")
doc.add_paragraph("Staff briefing | Issued by Merseyside Police Corporate Communications | March 2025 | "
                  "Please share with colleagues who do not have regular intranet access")

doc.add_heading("A message from the Chief Constable", level=1)
doc.add_paragraph("Last month His Majesty's Inspectorate of Constabulary and Fire & Rescue Services "
                  "(HMICFRS) published its report on our force. I want every one of you to read "
                  "this briefing, because the report is about your work.")
doc.add_paragraph("The inspectors judged us outstanding for preventing crime and for managing "
                  "offenders and suspects. Only a handful of forces in the country have been "
                  "given that grade in either area, and it reflects years of patient work by "
                  "neighbourhood teams and our offender management units. We are good in five "
                  "more areas, and the inspectors recognised our improvement in answering 999 "
                  "and 101 calls.")
doc.add_paragraph("There is still work to do. We are adequate at responding to the public, and "
                  "the inspectors set out three areas for improvement, which are listed below "
                  "with what we are doing about each. The Police and Crime Commissioner, "
                  "Joanne Okafor-Reid, will hold me to account for our progress at her "
                  "scrutiny meetings, and Deputy Chief Constable Callum Aspinall will lead the "
                  "improvement plan.")
doc.add_paragraph("Thank you for everything you do for the people of Merseyside.")
doc.add_paragraph("Rowan Ashby-Kerr")
doc.add_paragraph("Chief Constable")

doc.add_heading("Our grades at a glance", level=1)
doc.add_paragraph("The table compares our grades in the last two PEEL inspections. The 2021/22 "
                  "inspection graded some areas under different names; we have put them "
                  "against the nearest 2023–25 area. An arrow shows the direction of travel.")

rows = [
    ("Area", "2021/22", "2023–25", "Direction of travel"),
    ("Police powers and public treatment", "Adequate", "Good", "↑"),
    ("Preventing crime and antisocial behaviour", "Outstanding", "Outstanding", "→"),
    ("Responding to the public", "Requires improvement", "Adequate", "↑"),
    ("Investigating crime", "Adequate", "Good", "↑"),
    ("Protecting vulnerable people", "Good", "Good", "→"),
    ("Managing offenders and suspects", "Good", "Outstanding", "↑"),
    ("Building, supporting and protecting the workforce", "Good", "Good", "→"),
    ("Leadership and force management", "Adequate", "Good", "↑"),
    ("Crime data integrity", "Good", "Not inspected", "–"),
]
fills = {"Outstanding": "1E6B3A", "Good": "70AD47", "Adequate": "FFD966",
         "Requires improvement": "F4B183", "Inadequate": "C00000"}
tab = doc.add_table(rows=len(rows), cols=4)
tab.style = "Table Grid"
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        set_cell(tab.cell(i, j), val, bold=(i == 0), align="center" if j else None)
        if i == 0:
            shade(tab.cell(i, j), "002D62")
            tab.cell(i, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        elif val in fills:
            shade(tab.cell(i, j), fills[val])
doc.add_paragraph("2021/22 names: 'Treatment of the public', 'Developing a positive workplace' "
                  "and 'Good use of resources'. Crime data integrity was graded in 2021/22 as "
                  "'Recording data about crime'. HMICFRS does not grade the service we give to "
                  "victims of crime.", style="Caption")

doc.add_heading("What the inspectors asked us to improve", level=1)
doc.add_paragraph("HMICFRS did not identify any cause of concern. It gave us three areas for "
                  "improvement. Each is quoted below exactly as it appears in the report, "
                  "followed by the action we are taking.")
afis = [
    ("Responding to the public",
     "The force should make sure that call handlers consistently use its structured "
     "assessment model to identify the risk to callers, and that they record the result.",
     "All call handlers completed refresher training on the THRIVE+ model by the end of "
     "February. The contact centre quality team now audits 200 calls a month and feeds "
     "the results back to individual call handlers."),
    ("Responding to the public",
     "The force should reduce the number of calls to its non-emergency number that are "
     "abandoned before they are answered.",
     "We have recruited 22 more call handlers, and the new web chat service will go live "
     "in June. Abandonment rates are reported weekly to the chief officer team."),
    ("Protecting vulnerable people",
     "The force should make sure that officers seek the voice of the child and record it "
     "when they attend domestic abuse incidents where children are present.",
     "A new prompt has been added to the domestic abuse risk assessment on officers' mobile "
     "devices. Early audits show the child's voice is now recorded in most cases, and "
     "supervisors check every record."),
]
tab2 = doc.add_table(rows=1 + len(afis), cols=3)
tab2.style = "Table Grid"
for j, h in enumerate(("Area", "What HMICFRS said", "What we are doing")):
    set_cell(tab2.cell(0, j), h, bold=True)
    shade(tab2.cell(0, j), "D9E2F3")
for i, (area, said, doing) in enumerate(afis, start=1):
    set_cell(tab2.cell(i, 0), area)
    set_cell(tab2.cell(i, 1), said)
    set_cell(tab2.cell(i, 2), doing)

doc.add_heading("Recognised by the inspectors", level=1)
for line in ["Operation Shoreline, our partnership work on county lines with the Wirral and "
             "Sefton community safety partnerships, was highlighted as innovative practice.",
             "The inspectors called our integrated offender management scheme 'a model for "
             "other forces', and colleagues from Cheshire Constabulary and Lancashire "
             "Constabulary have visited to learn from it.",
             "Our wellbeing dogs and peer supporters were singled out as good practice."]:
    doc.add_paragraph(line, style="List Bullet")

doc.add_heading("Next steps", level=1)
doc.add_paragraph("Assistant Chief Constable Fiona Delacroix-Hume will report on each area for "
                  "improvement to the Force Performance Board every quarter. The full report "
                  "is on the HMICFRS website, and a summary video from the Chief Constable "
                  "and Merseyside Fire and Rescue Service's chief fire officer on our shared "
                  "control room is on the intranet. The next PEEL inspection is expected "
                  "in 2027.")

doc.save(OUT)
print("wrote", OUT)
