"""Write docs/mu08.docx: the Bedfordshire PCC's response to HMIC PEEL: Police effectiveness 2015."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docxutil import shade, repeat_header, set_cell, labelled

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "mu08.docx")
COL = {"Good": "A8D5A2", "Requires improvement": "F9C784", "Inadequate": "E88A8A"}

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL – Office of the Police and Crime Commissioner for Bedfordshire"
sec.footer.paragraphs[0].text = "PCC response to HMIC effectiveness 2015 – page"

doc.add_heading("Response of the Police and Crime Commissioner for Bedfordshire to HMIC’s report "
                "PEEL: Police effectiveness 2015 (Bedfordshire Police)", level=1)
doc.add_paragraph("Published under section 55 of the Police Act 1996. Date of response: 14 April 2016.")
doc.add_heading("Commissioner’s summary", level=2)
doc.add_paragraph(
    "I welcome HMIC’s report, which was published on 18 February 2016. It is a fair account of a force "
    "that is working hard with the smallest budget per head of population of any force in the country. "
    "HMIC judged Bedfordshire Police to require improvement in how effectively it keeps people "
    "safe and reduces crime, the same overall judgment as in its vulnerability report of December 2015.")
doc.add_paragraph(
    "The report identifies one cause of concern and four areas for improvement. I have asked "
    "Chief Constable Jon Boutcher to give me a written update on each of them, and these are set out "
    "below alongside my own comments. The Chief Constable has my full support, and I will continue "
    "to press the Home Office for a fairer funding settlement for Bedfordshire.")
doc.add_paragraph(
    "Much of the force’s specialist work is delivered in collaboration with Hertfordshire Constabulary "
    "and Cambridgeshire Constabulary, and HMIC has recognised that these arrangements work well.")

doc.add_heading("Table 1: HMIC’s judgments", level=2)
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
hdr = t.rows[0]
repeat_header(hdr)
for c, txt in zip(hdr.cells, ["Question", "HMIC judgment", "Commissioner’s comment"]):
    set_cell(c, txt, bold=True)
    shade(c, "1F3864")
    c.paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(255, 255, 255)
rows = [
    ("Overall: how effective is the force at keeping people safe and reducing crime?", "Requires improvement",
     "Disappointing but not unexpected, given the pressures on the force."),
    ("How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?", "Good",
     "Community policing teams have been protected despite the budget."),
    ("How effective is the force at investigating crime and reducing re-offending?", "Requires improvement",
     "See area for improvement 2."),
    ("How effective is the force at protecting from harm those who are vulnerable, and supporting victims?", "Inadequate",
     "This is the most serious finding in the report. See the cause of concern below."),
    ("How effective is the force at tackling serious and organised crime, including its arrangements for fulfilling its national policing responsibilities?", "Good",
     "The Eastern Region Special Operations Unit was praised."),
]
for q, g, c in rows:
    r = t.add_row()
    set_cell(r.cells[0], q)
    set_cell(r.cells[1], g, bold=True)
    shade(r.cells[1], COL[g])
    set_cell(r.cells[2], c)

doc.add_heading("Cause of concern", level=2)
doc.add_paragraph(
    "Bedfordshire Police does not respond consistently to vulnerable people when they first contact the "
    "force, and some victims of domestic abuse are not visited as quickly as their risk requires.",
    style="Intense Quote")
doc.add_paragraph("To address this cause of concern, HMIC recommended that the force should immediately:")
doc.add_paragraph("make sure that call handlers identify vulnerability and repeat victims at the first point of contact;", style="List Bullet")
doc.add_paragraph("review how it grades and attends incidents of domestic abuse, so that victims at high risk are visited without delay; and", style="List Bullet")
doc.add_paragraph("make sure that supervisors check the risk assessments officers complete at domestic abuse incidents.", style="List Bullet")
labelled(doc, "Force update:", "A vulnerability desk has operated in the control room since March 2016. "
         "Attendance times for domestic abuse incidents are reviewed at the daily management meeting.")
labelled(doc, "Commissioner’s comment:", "I have funded two additional independent domestic violence advisers.")

doc.add_heading("Table 2: Areas for improvement", level=2)
t2 = doc.add_table(rows=1, cols=3)
t2.style = "Table Grid"
repeat_header(t2.rows[0])
for c, txt in zip(t2.rows[0].cells, ["No.", "Area for improvement", "Force update (April 2016)"]):
    set_cell(c, txt, bold=True)
    shade(c, "D9E2F3")
afis = [
    ("1", "The force should improve its analysis of crime and anti-social behaviour so that it understands the threats facing its communities, including those that are hidden.",
     "A new strategic assessment was completed in March 2016 and includes a section on hidden harm."),
    ("2", "The force should make sure that investigations are allocated to officers with the right skills, and that they are supervised effectively.",
     "An investigations standards unit has been set up and audits 50 cases a month."),
    ("3", "The force should ensure that it manages registered sex offenders in line with national guidance, and that it has enough trained staff to do so.",
     "Two additional offender managers have been recruited; the backlog of visits will be cleared by July 2016."),
    ("4", "The force should improve how it gathers and uses intelligence about organised crime groups from its neighbourhood teams.",
     "Awaiting update from the force."),
]
for n, a, u in afis:
    r = t2.add_row()
    set_cell(r.cells[0], n)
    set_cell(r.cells[1], a)
    set_cell(r.cells[2], u, italic=(u.startswith("Awaiting")))

doc.add_paragraph()
doc.add_paragraph("HM Inspector of Constabulary Zoë Billingham met the Chief Constable and me on 3 March 2016 "
                  "to discuss the report. HMIC will revisit the force’s work on vulnerability later this year.")
doc.add_paragraph("Olly Martins")
doc.add_paragraph("Police and Crime Commissioner for Bedfordshire")
doc.save(OUT)
print("wrote", OUT)
