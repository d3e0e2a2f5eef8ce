"""Build docs/mm03.docx: Northamptonshire OPFCC Accountability Board paper (python-docx)."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell, labelled

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "mm03.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)
hdr = doc.sections[0].header.paragraphs[0]
hdr.text = "OFFICIAL - Northamptonshire Police, Fire and Crime Commissioner"

doc.add_paragraph("JOINT ACCOUNTABILITY BOARD", style="Title")
t = doc.add_table(rows=4, cols=2)
t.style = "Table Grid"
for i, (k, v) in enumerate([("Date", "10 October 2024"), ("Agenda item", "5"),
                             ("Title", "HMICFRS inspections: Northamptonshire Police and Northamptonshire Fire and Rescue Service"),
                             ("Author", "Head of Assurance, OPFCC")]):
    set_cell(t.cell(i, 0), k, bold=True)
    set_cell(t.cell(i, 1), v)

doc.add_heading("1. Purpose", level=1)
doc.add_paragraph(
    "This paper gives the Police, Fire and Crime Commissioner, Danielle Stone, one view of the most "
    "recent inspection findings for the two services she oversees. It covers the PEEL 2023-25 "
    "inspection of Northamptonshire Police by His Majesty's Inspectorate of Constabulary and Fire & "
    "Rescue Services (HMICFRS) and the inspectorate's 2023-25 effectiveness, efficiency and people "
    "inspection of Northamptonshire Fire and Rescue Service. Chief Constable Ivan Balhatchet and the "
    "Chief Fire Officer will attend for this item.")

doc.add_heading("2. Northamptonshire Police - PEEL 2023-25", level=1)
doc.add_paragraph(
    "HM Inspector of Constabulary Roy Wilsher led the inspection. The report was published in "
    "February 2024. Grades are shown as they now stand on the HMICFRS website.")
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Area", "Grade", "Note"]):
    set_cell(c, h, bold=True)
    shade(c, "D9E2F3")
rows = [
    ("Recording data about crime", "Outstanding", ""),
    ("Police powers and public treatment", "Good", ""),
    ("Preventing crime", "Adequate", ""),
    ("Responding to the public", "Requires improvement",
     "Published as adequate. Changed on 8 August 2024 because call data supplied by the force was incorrect."),
    ("Investigating crime", "Requires improvement", ""),
    ("Protecting vulnerable people", "Adequate", ""),
    ("Managing offenders and suspects", "Adequate", ""),
    ("Building, supporting and protecting the workforce", "Adequate", ""),
    ("Leadership and force management", "Adequate", ""),
    ("Providing a service to victims of crime", "Not graded", ""),
]
for a, g, n in rows:
    r = t.add_row().cells
    set_cell(r[0], a)
    set_cell(r[1], g)
    set_cell(r[2], n)
doc.add_paragraph("The report contained no causes of concern. It identified six areas for improvement; "
                  "the four that remain open are tracked in section 4.")

doc.add_heading("3. Northamptonshire Fire and Rescue Service - 2023-25", level=1)
doc.add_paragraph(
    "Fire and rescue services are graded in 11 areas under the headings effectiveness, efficiency "
    "and people. The service was found good in three areas, adequate in six and requires improvement in two.")
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Area (fire)", "Grade"]):
    set_cell(c, h, bold=True)
    shade(c, "FBE4D5")
for a, g in [("Understanding fire and risk", "Good"), ("Preventing fire and risk", "Good"),
             ("Responding to major and multi-agency incidents", "Good"),
             ("Public safety through fire regulation", "Requires improvement"),
             ("Promoting fairness and diversity", "Requires improvement"),
             ("Other six areas", "Adequate")]:
    r = t.add_row().cells
    set_cell(r[0], a)
    set_cell(r[1], g)
doc.add_paragraph(
    "Fire area for improvement (for information): the service should make sure that its protection "
    "staff are trained to the level their role requires. This is monitored at the Fire Accountability Board, not here.")

doc.add_heading("4. Police areas for improvement - progress", level=1)
afis = [
    ("Investigating crime",
     "The force should make sure that investigations are supervised effectively and that supervisors record their reviews.",
     "A supervision template was introduced in April 2024. Dip sampling in August found reviews recorded in 78 percent of cases."),
    ("Investigating crime",
     "The force should make sure it seeks and records the views of victims before it closes an investigation with an out-of-court disposal or no further action.",
     "Training for all investigators is booked for November 2024."),
    ("Responding to the public",
     "The force should answer emergency calls within the national standard and reduce the number of non-emergency calls that are abandoned.",
     "999 calls answered within ten seconds rose to 86 percent in September. Abandonment of 101 calls is now 9 percent."),
    ("Protecting vulnerable people",
     "The force should make sure that referrals about children at risk are shared with partner agencies without delay.",
     "Update not received from the force at the time of writing."),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Area", "Area for improvement", "Force update (September 2024)"]):
    set_cell(c, h, bold=True)
    shade(c, "D9E2F3")
for a, s, u in afis:
    r = t.add_row().cells
    set_cell(r[0], a)
    set_cell(r[1], s)
    set_cell(r[2], u)

doc.add_heading("5. Recommendation", level=1)
doc.add_paragraph("The Commissioner is asked to note the grades for both services and the progress reported, "
                  "and to ask the Chief Constable for a further update on the protecting vulnerable people "
                  "area for improvement at the December board.")
labelled(doc, "Good practice:", "the report described the force's crime recording audit as good practice for other forces.")
doc.save(OUT)
print("wrote", OUT)
