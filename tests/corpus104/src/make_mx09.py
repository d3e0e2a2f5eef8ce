"""mx09.docx: the HMIC PEEL 2015 effectiveness web page for Staffordshire Police, pasted into
Word (a 'Word copy' of an old web page, with the page's link text and layout tables kept).
python-docx (venv /tmp/mxvenv)."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "mx09.docx")

doc = Document()
doc.sections[0].header.paragraphs[0].text = "Office of the Staffordshire Commissioner – briefing copy"
doc.sections[0].footer.paragraphs[0].text = "Printed 24/02/2016"

p = doc.add_paragraph()
r = p.add_run("Copied from: http://www.justiceinspectorates.gov.uk/hmic/peel-assessments/peel-2015/staffordshire/ "
              "on 24 February 2016. Skip to content | Accessibility | Cookies")
r.font.size = Pt(8)

doc.add_paragraph("You are here: Home » PEEL assessments » PEEL 2015 » Staffordshire")
doc.add_heading("Staffordshire Police", level=1)
doc.add_paragraph("Effectiveness     Efficiency     Legitimacy     Leadership")
doc.add_heading("Effectiveness 2015", level=2)
doc.add_paragraph("Published: 18/02/2016")

lay = doc.add_table(rows=1, cols=2)
set_cell(lay.rows[0].cells[0], "How effective is the force at keeping people safe and reducing crime?", bold=True)
set_cell(lay.rows[0].cells[1], "Good")
shade(lay.rows[0].cells[1], "C6E0B4")

doc.add_paragraph(
    "Staffordshire Police is good at keeping people safe and reducing crime. It prevents crime "
    "well and its investigations are generally of a good standard, but the way it protects "
    "vulnerable people, and in particular children who go missing, needs to improve.")

t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
for c, txt in zip(t.rows[0].cells, ["Question", "Judgment"]):
    set_cell(c, txt, bold=True)
    shade(c, "D9D9D9")
for qtxt, g in [
    ("How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?", "Good"),
    ("How effective is the force at investigating crime and managing offenders?", "Good"),
    ("How effective is the force at protecting from harm those who are vulnerable, and supporting victims?", "Requires improvement"),
    ("How effective is the force at tackling serious and organised crime, including its arrangements for fulfilling its national policing responsibilities?", "Good"),
]:
    cells = t.add_row().cells
    set_cell(cells[0], qtxt)
    set_cell(cells[1], g)

doc.add_paragraph()
doc.add_heading("Cause of concern", level=3)
doc.add_paragraph(
    "HMIC is concerned that Staffordshire Police does not treat enough of the children who go "
    "missing from home as being at risk, and that the information it gathers when they return is "
    "not used to protect them from sexual exploitation.")
doc.add_heading("Recommendations", level=3)
doc.add_paragraph("HMIC makes two recommendations to address this cause of concern.")
doc.add_paragraph(
    "Within three months, the force should review every open missing child case to make sure that the level of risk has been assessed "
    "by a trained supervisor.", style="List Bullet")
doc.add_paragraph(
    "The force should ensure that return interviews are carried out and that what they reveal is passed to the "
    "child sexual exploitation team and to the local authority.", style="List Bullet")

doc.add_heading("Areas for improvement", level=3)
doc.add_paragraph(
    "Staffordshire Police should make sure that officers attending domestic abuse incidents "
    "complete a risk assessment at the scene in every case.", style="List Number")
doc.add_paragraph(
    "The force should make better use of its neighbourhood teams to manage the risk posed by "
    "registered sex offenders in their areas.", style="List Number")
doc.add_paragraph(
    "The force should improve the way it records the outcome of investigations, so that it can "
    "tell whether victims are receiving the service they should.", style="List Number")

doc.add_paragraph("Download the report (PDF document)")
doc.add_paragraph("Read the Staffordshire Commissioner’s response (PDF document)")

doc.add_heading("Leadership", level=2)
doc.add_paragraph("Leadership was assessed in 2015 but has not been graded. "
                  "Read the leadership summary for Staffordshire Police.")

doc.add_heading("HMI quote", level=3)
doc.add_paragraph(
    "HM Inspector of Constabulary Dominic Reeve said: “I am pleased that the force has already "
    "begun work on missing children. Chief Constable Gareth Morland has assured me that every case "
    "is now reviewed daily, and we will check this when we return.”")

doc.add_paragraph("Related: West Midlands Police – PEEL 2015 | West Mercia Police – PEEL 2015 | "
                  "Effectiveness: national overview")
doc.add_paragraph("Commissioner’s office note: the efficiency (October 2015) and legitimacy "
                  "(February 2016) grades are in the separate briefing.")
doc.save(OUT)
print("wrote", OUT)
