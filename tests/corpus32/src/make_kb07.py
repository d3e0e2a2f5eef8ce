"""Write docs/kb07.docx: a PCC's assurance report on a PEEL inspection (Suffolk, PEEL
2023-25). It reports the HMICFRS grades and rates its own assurance 'Substantial',
'Reasonable' or 'Limited' in a separate column.

    /tmp/c32venv/bin/python src/make_kb07.py
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from docxutil import labelled, set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "kb07.docx")

doc = Document()
doc.core_properties.title = "Assurance report - PEEL 2023-25"
doc.core_properties.author = "Suffolk OPCC"
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)

hp = doc.sections[0].header.paragraphs[0]
hp.text = "Accountability and Performance Panel \u2013 Paper APP/25/09"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.sections[0].footer.paragraphs[0].text = "Suffolk Police and Crime Commissioner \u2013 Public"

doc.add_heading("Assurance report: HMICFRS PEEL 2023\u201325 inspection of Suffolk "
                "Constabulary", level=0)
t = doc.add_table(rows=4, cols=2)
t.style = "Light List Accent 1"
for i, (k, v) in enumerate((
        ("Meeting", "Accountability and Performance Panel, 7 March 2025"),
        ("Report of", "Tamsin Oakley-Burrows, Police and Crime Commissioner for Suffolk"),
        ("Force lead", "Deputy Chief Constable Ruth Abimbola"),
        ("Classification", "Public"))):
    set_cell(t.cell(i, 0), k, bold=True)
    set_cell(t.cell(i, 1), v)

doc.add_heading("1. Introduction", level=1)
doc.add_paragraph(
    "1.1 His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services published "
    "its PEEL report on Suffolk Constabulary on 29 January 2025. The inspection was led by "
    "His Majesty's Inspector of Constabulary Felicity Dunmore. This report sets out the "
    "grades the force received and, for each graded area, the level of assurance the "
    "Commissioner takes from the evidence the force has given her since publication.")
doc.add_paragraph(
    "1.2 The assurance levels are the Commissioner\u2019s own. They are not grades and "
    "should not be compared with the inspectorate\u2019s five-point scale.")

doc.add_heading("2. Grades and assurance", level=1)
rows = [
    ("Police powers and public treatment", "Good", "Substantial"),
    ("Preventing crime and antisocial behaviour", "Good", "Substantial"),
    ("Responding to the public", "Good", "Reasonable"),
    ("Investigating crime", "Adequate", "Limited"),
    ("Protecting vulnerable people", "Adequate", "Reasonable"),
    ("Managing offenders and suspects", "Good", "Substantial"),
    ("Building, supporting and protecting the workforce", "Good", "Reasonable"),
    ("Leadership and force management", "Adequate", "Reasonable"),
    ("Crime data integrity", "Adequate", "Limited"),
]
t = doc.add_table(rows=len(rows) + 1, cols=3)
t.style = "Table Grid"
for c, h in enumerate(("Area", "HMICFRS grade", "PCC assurance level")):
    set_cell(t.cell(0, c), h, bold=True)
    shade(t.cell(0, c), "DEEAF6")
fill = {"Substantial": "C6EFCE", "Reasonable": "FFF2CC", "Limited": "F8CBAD"}
for i, (a, g, s) in enumerate(rows, start=1):
    set_cell(t.cell(i, 0), a)
    set_cell(t.cell(i, 1), g)
    set_cell(t.cell(i, 2), s)
    shade(t.cell(i, 2), fill[s])

doc.add_paragraph("Providing a service to victims of crime was inspected but not graded.")
doc.add_heading("Assurance levels used in this report", level=3)
for lvl, d in (
        ("Substantial", "the force has shown, with evidence, that it is delivering and that "
                        "the improvement is being sustained."),
        ("Reasonable", "plans are in place and progress is being made, but some evidence is "
                       "still outstanding."),
        ("Limited", "plans are at an early stage or the evidence provided does not yet show "
                    "improvement."),
        ("No assurance", "no plan or evidence has been provided.")):
    p = doc.add_paragraph(style="List Bullet")
    p.add_run(lvl + ": ").bold = True
    p.add_run(d)

doc.add_heading("3. Areas for improvement where assurance is limited", level=1)
doc.add_paragraph(
    "3.1 The report made seven areas for improvement and no recommendations. Three are "
    "set out below because the Commissioner\u2019s assurance in them is limited. The "
    "others are tracked through the joint Norfolk and Suffolk improvement board, since "
    "several of the relevant functions are shared with Norfolk Constabulary.")

afis = [
    ("Investigating crime",
     "The force should make sure that it allocates investigations to staff with the "
     "appropriate skills, and that the workload of its investigators is manageable.",
     "A workload tool is being piloted in the Ipswich CID office; results are due in April.",
     "Limited"),
    ("Investigating crime",
     "The force should improve the quality of the files it sends to the Crown Prosecution "
     "Service so that fewer are returned for further work.",
     None, "Limited"),
    ("Crime data integrity",
     "The force should make sure that all reports of crime are recorded correctly and "
     "within 24 hours, including those received from partner agencies.",
     "An audit in February found a compliance rate of 88%, up from 81% at inspection. The "
     "force holds an adequate number of trained auditors but wants to train more.",
     "Limited"),
]
for n, (area, text, update, lvl) in enumerate(afis, start=1):
    doc.add_heading("AFI %d \u2013 %s" % (n, area), level=3)
    doc.add_paragraph(text, style="Quote")
    if update:
        labelled(doc, "Force update:", update)
    else:
        labelled(doc, "Force update:", "Not received by the deadline for this paper.")
    labelled(doc, "PCC assurance:", lvl)

doc.add_heading("4. Commissioner\u2019s view", level=1)
doc.add_paragraph(
    "4.1 The Commissioner welcomes a report that finds Suffolk Constabulary good in five "
    "areas. Chief Constable Marcus Ellery has accepted every area for improvement. "
    "Assistant Chief Constable Ben Harker will lead the investigations work, reporting to "
    "the Deputy Chief Constable.")
doc.add_paragraph(
    "4.2 Suffolk Fire and Rescue Service is inspected by the same inspectorate but is "
    "accountable to the county council, not to the Commissioner, and is not covered here.")
doc.add_heading("5. Recommendation", level=1)
doc.add_paragraph("5.1 The Panel is asked to note the grades and the assurance levels, and "
                  "to receive a further report in September 2025.")

doc.save(OUT)
print("wrote", OUT)
