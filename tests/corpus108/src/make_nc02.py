"""Build docs/nc02.docx: a Staffordshire Commissioner's PEEL governance report to the panel."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell, labelled

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "nc02.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
hdr = doc.sections[0].header.paragraphs[0]
hdr.text = "OFFICIAL - Police, Fire and Crime Panel - 6 March 2023"

doc.add_paragraph("Staffordshire Police, Fire and Crime Panel", style="Title")
doc.add_paragraph("Report of the Staffordshire Commissioner for Police, Fire and Rescue and Crime")
doc.add_heading("PEEL governance: holding the Chief Constable to account for improvement", level=1)

doc.add_heading("1. Purpose of the report", level=2)
doc.add_paragraph(
    "1.1 To inform the Panel of the arrangements the Commissioner has put in place to hold the "
    "Chief Constable to account for the improvements required following the PEEL 2021/22 "
    "inspection of Staffordshire Police, and to report progress to the end of January 2023.")
doc.add_paragraph("1.2 The Panel is asked to note the report.")

doc.add_heading("2. Background", level=2)
doc.add_paragraph(
    "2.1 His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published "
    "its PEEL 2021/22 report on Staffordshire Police on 30 September 2022. HMICFRS raised two causes "
    "of concern and identified eleven areas for improvement. Because of the causes of concern, the "
    "force was moved into the 'engage' phase of the HMICFRS monitoring process, and its progress is "
    "now discussed at the national Policing Performance Oversight Group, chaired by His Majesty's "
    "Chief Inspector of Constabulary, Andy Cooke.")
doc.add_paragraph("2.2 The grades given in the report are set out below.")

t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
set_cell(t.rows[0].cells[0], "PEEL 2021/22 area", bold=True)
set_cell(t.rows[0].cells[1], "Grade", bold=True)
rows = [
    ("Providing a service to the victims of crime", "Not graded"),
    ("Treatment of the public", "Adequate"),
    ("Preventing crime and anti-social behaviour", "Good"),
    ("Responding to the public", "Inadequate"),
    ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Requires improvement"),
    ("Managing offenders and suspects", "Adequate"),
    ("Developing a positive workplace", "Adequate"),
    ("Good use of resources", "Requires improvement"),
]
for a, g in rows:
    r = t.add_row().cells
    set_cell(r[0], a)
    set_cell(r[1], g)

doc.add_paragraph(
    "2.3 HMICFRS returned in December 2022 to look at progress against the causes of concern. "
    "Its letter of 1 February 2023 found that improvements had been made but that there was more "
    "to do. Separately, Staffordshire Fire and Rescue Service was judged good at understanding the "
    "risk of fire and other emergencies in its own inspection; that is not considered here.")

doc.add_heading("3. Governance arrangements", level=2)
doc.add_paragraph(
    "3.1 The Commissioner holds the Chief Constable to account through a monthly PEEL Improvement "
    "Board, which he chairs, and through the public Strategic Governance Board. Progress on each "
    "recommendation is given a delivery status by the Commissioner's office. The status is not an "
    "inspection grade and should not be read as one.")
key = doc.add_table(rows=1, cols=4)
key.style = "Table Grid"
for c, (txt, fill) in zip(key.rows[0].cells, [("Blue - complete", "BDD7EE"), ("Green - on track", "C6EFCE"),
                                               ("Amber - at risk", "FFEB9C"), ("Red - off track", "FFC7CE")]):
    set_cell(c, txt)
    shade(c, fill)

doc.add_heading("4. Causes of concern", level=2)
doc.add_paragraph("Cause of concern 1: responding to the public", style="Heading 3")
doc.add_paragraph(
    "The force isn't answering emergency and non-emergency calls quickly enough, and it doesn't "
    "always assess the risk to callers properly. This means that vulnerable people may not get the "
    "help they need.", style="Quote")
doc.add_paragraph("HMICFRS recommended that:")
doc.add_paragraph(
    "Within three months, the force should make sure that it answers emergency calls within the "
    "national standard and reduces the number of non-emergency calls that are abandoned.",
    style="List Number")
labelled(doc, "Force progress:",
         "Emergency calls answered within ten seconds rose from 61 percent in September to 89 percent "
         "in January. The abandonment rate for 101 calls has fallen to 14 percent. Status: Green.")
doc.add_paragraph(
    "Within three months, the force should make sure that call handlers use a structured "
    "assessment of threat, harm and risk for every call, and that repeat and vulnerable callers are "
    "identified.", style="List Number")
labelled(doc, "Force progress:",
         "THRIVE+ training was completed by all call handlers in November 2022, and dip sampling shows "
         "the assessment is used in 93 percent of calls. Status: Blue.")

doc.add_paragraph("Cause of concern 2: investigating crime", style="Heading 3")
doc.add_paragraph(
    "The force doesn't always carry out effective investigations, and too many victims are not "
    "given the support they need or told how their case is progressing.", style="Quote")
doc.add_paragraph("HMICFRS recommended that:")
doc.add_paragraph(
    "Within six months, the force should make sure that investigations are supervised effectively "
    "and that there is a clear investigation plan where one is needed.", style="List Number")
labelled(doc, "Force progress:",
         "A new supervisory review template is in use. The force accepts that compliance is uneven "
         "across the three local policing areas. Status: Amber.")

doc.add_heading("5. Areas for improvement", level=2)
doc.add_paragraph(
    "5.1 Of the eleven areas for improvement, four have been closed by the force and agreed as "
    "closed by the Commissioner's office. Three that the Panel asked about in December are "
    "reported below.")
a = doc.add_table(rows=1, cols=3)
a.style = "Table Grid"
for c, txt in zip(a.rows[0].cells, ["Area", "Area for improvement", "Update"]):
    set_cell(c, txt, bold=True)
afis = [
    ("Treatment of the public",
     "The force should improve how it records and monitors the use of force by its officers, so "
     "that it can identify any disproportionality.",
     "A revised use of force form went live in November 2022 and is reviewed quarterly by the "
     "Independent Scrutiny Panel. Status: Green."),
    ("Protecting vulnerable people",
     "The force should make sure that officers consistently complete DASH risk assessments at "
     "domestic abuse incidents and that supervisors review them.",
     "Completion rate is 96 percent. Supervisory review is being audited. Status: Green."),
    ("Good use of resources",
     "The force should develop its understanding of demand so that it can plan its workforce and "
     "finances effectively.",
     "Update to be provided to the March PEEL Improvement Board."),
]
for area, text, upd in afis:
    r = a.add_row().cells
    set_cell(r[0], area)
    set_cell(r[1], text)
    set_cell(r[2], upd)

doc.add_heading("6. Comment from the Commissioner", level=2)
doc.add_paragraph(
    "\"I have been clear with the Chief Constable that the public of Staffordshire deserve better "
    "than an inadequate service when they call for help. I am encouraged by the progress on 999 "
    "calls, but I will not be satisfied until this is sustained, and the investigation work is "
    "clearly behind where I want it to be.\"")
doc.add_paragraph(
    "Michael Ashcombe, Staffordshire Commissioner for Police, Fire and Rescue and Crime")
doc.add_paragraph(
    "Chief Constable Christopher Eldridge attended the Panel meeting and answered members' "
    "questions. Contact officer: Head of Performance and Assurance, Staffordshire Commissioner's Office.")
doc.save(OUT)
print("wrote", OUT)
