"""Write docs/lh04.docx: a West Mercia Police FOI disclosure-log entry (request and response)
that restates the force's PEEL 2023-25 grades and areas for improvement with progress.

    /tmp/lh63venv/bin/python src/make_lh04.py
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from docxutil import labelled, set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "lh04.docx")

doc = Document()
doc.core_properties.title = "FOI 2025-0412 PEEL areas for improvement"
doc.core_properties.author = "Information Compliance Unit"
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL"
sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
sec.footer.paragraphs[0].text = "West Mercia Police \u2013 Disclosure log \u2013 FOI 2025/0412"

doc.add_heading("Freedom of Information disclosure log", level=1)
meta = doc.add_table(rows=4, cols=2)
meta.style = "Table Grid"
for r, (k, v) in enumerate((
        ("Reference", "FOI 2025/0412"),
        ("Date received", "3 June 2025"),
        ("Date responded", "27 June 2025"),
        ("Category", "Performance and inspection"))):
    set_cell(meta.cell(r, 0), k, bold=True)
    set_cell(meta.cell(r, 1), v)
    shade(meta.cell(r, 0), "DDEBF7")

doc.add_heading("Request", level=2)
doc.add_paragraph(
    "I would like to know the following about West Mercia Police\u2019s most recent PEEL "
    "inspection by HMICFRS:")
for t in (
        "the grade the force received in each area and, if possible, the grades it received "
        "for the same areas last time;",
        "each area for improvement in the report, with what the force has done about it so far;",
        "whether the force has been placed in the Engage monitoring process."):
    doc.add_paragraph(t, style="List Number")

doc.add_heading("Response", level=2)
doc.add_paragraph(
    "West Mercia Police has considered your request under the Freedom of Information Act 2000. "
    "We can confirm that we hold information relevant to your request. Much of it is already "
    "published by His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services "
    "and is reasonably accessible to you (section 21), but we have set it out below for "
    "convenience.")

doc.add_heading("Question 1 \u2013 Grades", level=3)
doc.add_paragraph(
    "The PEEL 2023\u201325 report on West Mercia Police was published on 20 February 2025. "
    "The inspectorate graded the force as follows:")
grades = doc.add_table(rows=1, cols=2)
grades.style = "Light Grid Accent 1"
set_cell(grades.rows[0].cells[0], "Area of policing", bold=True)
set_cell(grades.rows[0].cells[1], "Grade (PEEL 2023\u201325)", bold=True)
for area, g in (
        ("Police powers and public treatment", "Good"),
        ("Preventing crime", "Adequate"),
        ("Responding to the public", "Requires improvement"),
        ("Investigating crime", "Requires improvement"),
        ("Protecting vulnerable people", "Adequate"),
        ("Managing offenders and suspects", "Good"),
        ("Building, supporting and protecting the workforce", "Adequate"),
        ("Leadership and force management", "Adequate"),
        ("Crime data integrity", "Good"),
        ("Providing a service to victims of crime", "Not graded")):
    row = grades.add_row().cells
    set_cell(row[0], area)
    set_cell(row[1], g)
doc.add_paragraph(
    "For the previous inspection (PEEL 2021/22) the areas were named and grouped differently, "
    "so a like-for-like comparison is only possible for some of them. In 2021/22 the force was "
    "graded inadequate for responding to the public and requires improvement for investigating "
    "crime. We do not hold a comparison for the remaining areas in recorded form.")

doc.add_heading("Question 2 \u2013 Areas for improvement", level=3)
doc.add_paragraph(
    "The report contains five areas for improvement and no causes of concern. Each is "
    "reproduced below exactly as it appears in the report, with a summary of the action taken "
    "to date. Where the \u2018Action taken\u2019 column cites an exemption, please see the "
    "section 31 explanation at the end of this response.")
afis = doc.add_table(rows=1, cols=4)
afis.style = "Table Grid"
for c, h in enumerate(("No.", "Area of policing", "Area for improvement (HMICFRS wording)", "Action taken")):
    set_cell(afis.rows[0].cells[c], h, bold=True)
    shade(afis.rows[0].cells[c], "DDEBF7")
AFIS = [
    ("1", "Responding to the public", "The force should make sure that it answers non-emergency calls promptly and that "
          "callers who abandon a call are contacted again where there is a risk of harm.",
     "A call-back team was set up in the Force Operations Centre in April 2025. Abandoned "
     "non-emergency calls with a risk marker are now returned within 60 minutes; this is "
     "checked daily by the duty inspector."),
    ("2", "Investigating crime", "The force should make sure that investigation plans are recorded and supervised, and "
          "that victims are updated in line with the Code of Practice for Victims of Crime.",
     "A new investigation plan template went live on the crime system in May 2025. Monthly "
     "audits of victim updates are reported to the Assistant Chief Constable (Crime)."),
    ("3", "Protecting vulnerable people", "The force should improve how it shares information with partner agencies about "
          "children who are at risk of exploitation.",
     "Exempt \u2013 section 31(1)(a) and (b). See explanation below."),
    ("4", "Building, supporting and protecting the workforce", "The force should make sure that its wellbeing provision reaches staff working in the "
          "control room.",
     "A trauma-risk management (TRiM) practitioner is now based in each control room, and "
     "control-room staff have been added to the annual wellbeing survey."),
    ("5", "Preventing crime", "The force should evaluate its problem-solving work so that it understands which "
          "approaches reduce demand.",
     "An evaluation framework was agreed with the University of Worcester in March 2025; the "
     "first evaluation report is due in December 2025."),
]
for n, area, a, t in AFIS:
    row = afis.add_row().cells
    set_cell(row[0], n)
    set_cell(row[1], area)
    set_cell(row[2], a)
    set_cell(row[3], t)

doc.add_heading("Question 3 \u2013 Monitoring", level=3)
doc.add_paragraph(
    "West Mercia Police has not been placed in the Engage process. The inspectorate noted "
    "one example of good practice in the force\u2019s use of drones to search for missing "
    "people; this is not a grade.")

doc.add_heading("Section 31 explanation", level=3)
doc.add_paragraph(
    "Disclosure of the detail of our information-sharing arrangements with partner agencies "
    "about children at risk of exploitation would be likely to prejudice the prevention and "
    "detection of crime. Having weighed the public interest, we consider that it favours "
    "withholding this part of the information at this time.")
doc.add_paragraph(
    "Please note that Hereford & Worcester Fire and Rescue Service and Shropshire Fire and "
    "Rescue Service are separate public authorities; requests about their inspections should "
    "be made to them directly.")
labelled(doc, "Right of review:",
         "If you are dissatisfied with this response you may ask for an internal review within "
         "40 working days by writing to the Information Compliance Unit, West Mercia Police, "
         "Hindlip Hall, Worcester WR3 8SP.")
doc.add_paragraph("Information Compliance Unit\nWest Mercia Police")
doc.save(OUT)
print("wrote", OUT)
