"""Write docs/lo10.docx: the OPCC analyst's own briefing for an incoming commissioner."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import set_cell, shade, labelled

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "lo10.docx")

doc = Document()
doc.core_properties.author = "OPCC Suffolk - Performance and Scrutiny"
doc.core_properties.title = "Inspection history briefing"
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "OFFICIAL-SENSITIVE \u2013 not for publication"
doc.sections[0].footer.paragraphs[0].text = "Prepared by the OPCC analyst, January 2026 \u2013 v0.3 DRAFT"

doc.add_heading("Briefing: Suffolk Constabulary\u2019s inspection history, 2015\u20132025", level=1)
labelled(doc, "For:", "the incoming Police and Crime Commissioner (induction pack, section C)")
labelled(doc, "Date:", "12 January 2026")
labelled(doc, "Purpose:", "To summarise what HMIC and, since July 2017, HMICFRS have said about "
         "the constabulary, and which findings remain open.")

doc.add_heading("1. Key points", level=2)
for b in (
    "The constabulary has never been graded inadequate in any PEEL area.",
    "Its most recent PEEL report (March 2025) graded it outstanding for preventing crime, the "
    "first outstanding grade the constabulary has received.",
    "Investigations are the main weakness: the 2023\u201325 report raised a cause of concern, "
    "and an investigation AFI from 2021/22 is still open.",
    "Chief Constable Rachel Dunmore has led the force since 2021. The inspector responsible "
    "for the region is Lorna Pettigrew, His Majesty\u2019s Inspector of Constabulary.",
):
    doc.add_paragraph(b, style="List Bullet")

doc.add_heading("2. Pillar grades, 2015 to 2018/19", level=2)
doc.add_paragraph("Table 1: Grades by year (overall pillar judgements)", style="Caption")
rows = [
    ("Year", "Inspectorate", "Effectiveness", "Efficiency", "Legitimacy"),
    ("2015", "HMIC", "Good", "Good", "Good"),
    ("2016", "HMIC", "Good", "Good", "Good"),
    ("2017", "HMICFRS", "Requires improvement", "Good", "Good"),
    ("2018/19", "HMICFRS", "Good", "Good", "Good"),
]
t = doc.add_table(rows=len(rows), cols=5)
t.style = "Table Grid"
for r, row in enumerate(rows):
    for c, v in enumerate(row):
        set_cell(t.cell(r, c), v, bold=(r == 0))
        if r == 0:
            shade(t.cell(r, c), "BDD7EE")
doc.add_paragraph("Leadership was assessed in 2016 and 2017 but not graded. The 2016 efficiency "
                  "report graded planning for the future as requires improvement; the other two "
                  "efficiency questions were good.")

doc.add_heading("3. Area grades, 2021/22 and 2023\u201325", level=2)
doc.add_paragraph("Table 2: PEEL grades by area", style="Caption")
AREAS = [
    ("Police powers and public treatment (2021/22: Treatment of the public)", "Good", "Good"),
    ("Preventing crime", "Good", "Outstanding"),
    ("Responding to the public", "Requires improvement", "Adequate"),
    ("Investigating crime", "Adequate", "Requires improvement"),
    ("Protecting vulnerable people", "Adequate", "Adequate"),
    ("Managing offenders and suspects", "Good", "Good"),
    ("Disrupting serious organised crime", "Adequate", "Not inspected"),
    ("Workforce (2021/22: Developing a positive workplace)", "Good", "Good"),
    ("Leadership and force management (2021/22: Good use of resources)", "Good", "Adequate"),
    ("Crime data integrity", "Good", "Good"),
]
t2 = doc.add_table(rows=len(AREAS) + 2, cols=3)
t2.style = "Table Grid"
top = t2.cell(0, 1).merge(t2.cell(0, 2))
set_cell(t2.cell(0, 0), "", bold=True)
set_cell(top, "PEEL inspection", bold=True)
for c, v in enumerate(("Area", "2021/22", "2023\u201325")):
    set_cell(t2.cell(1, c), v, bold=True)
    shade(t2.cell(1, c), "BDD7EE")
for r, row in enumerate(AREAS, 2):
    for c, v in enumerate(row):
        set_cell(t2.cell(r, c), v)
doc.add_paragraph("Victim service was not graded in either inspection. For comparison, Norfolk "
                  "Constabulary (our collaboration partner) was graded adequate for investigating "
                  "crime in 2023\u201325; see the regional sheet for the other forces.")

doc.add_heading("4. Open areas for improvement", level=2)
doc.add_paragraph("The cause of concern and its recommendation (refs P1 and P2 in the Panel "
                  "tracker) are also open and are reported separately. Closed items are not "
                  "listed.")
OPEN = [
    ("P4", "Responding to the public (2023\u201325)",
     "The constabulary should reduce the time it takes to answer non-emergency calls, and make "
     "sure that callers who hang up before being answered are called back where there may be a "
     "risk of harm.",
     "Force update (Dec 2025): average 101 answer time 5 min 20 s."),
    ("P5", "Protecting vulnerable people (2023\u201325)",
     "The constabulary should make sure that officers consistently complete the domestic abuse, "
     "stalking and harassment risk assessment, and that supervisors check its quality.",
     "No update provided by the force."),
    ("P6", "Leadership and force management (2023\u201325)",
     "The constabulary should evaluate its change programmes, so that it knows whether they "
     "have delivered the benefits it expected.",
     "Force update (Nov 2025): contact centre evaluation under way, due March 2026."),
    ("2122-AFI-05", "Investigating crime (2021/22)",
     "The constabulary should make sure it has enough trained detectives to meet demand in its "
     "investigation hubs.",
     "Force update (Dec 2025): 41 detective vacancies; carried into the investigation standards plan."),
]
t3 = doc.add_table(rows=len(OPEN) + 1, cols=4)
t3.style = "Table Grid"
for c, v in enumerate(("Ref", "Area (inspection)", "Area for improvement", "Latest position")):
    set_cell(t3.cell(0, c), v, bold=True)
    shade(t3.cell(0, c), "BDD7EE")
for r, row in enumerate(OPEN, 1):
    for c, v in enumerate(row):
        set_cell(t3.cell(r, c), v)

doc.add_heading("5. Things not to confuse", level=2)
for b in (
    "\u201cGood practice\u201d notes in reports are not grades.",
    "Suffolk Fire and Rescue Service is inspected by HMICFRS too, but it is a county council "
    "service; its grades (good for responding to fires) are not police grades.",
    "National recommendations to all chief constables (for example the 2024 retail crime "
    "thematic) are tracked by the force but are not PEEL findings.",
):
    doc.add_paragraph(b, style="List Bullet")
doc.save(OUT)
print("wrote", OUT)
