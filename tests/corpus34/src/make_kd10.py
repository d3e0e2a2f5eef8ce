"""kd10.docx: Gwent Police and Crime Panel briefing paper on the PEEL 2023-25 inspection."""
import os
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt
from docxutil import header_text, labelled, page_number_footer, shade

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "kd10.docx")
doc = Document()
sec = doc.sections[0]
header_text(sec, "Gwent Police and Crime Panel · Panel Heddlu a Throseddu Gwent")
page_number_footer(sec)

doc.add_paragraph("Agenda item 6").runs[0].bold = True
doc.add_heading("Briefing paper: HMICFRS PEEL 2023–25 inspection of Gwent Police", 0)
meta = doc.add_table(rows=0, cols=2)
meta.style = "Light List Accent 1"
for k, v in (("Report of", "Chief Executive, Office of the Police and Crime Commissioner for Gwent"),
             ("Meeting date", "26 September 2025"),
             ("Purpose", "For information and scrutiny"),
             ("Recommendation", "It is recommended that the Panel notes the report and the "
                                "Commissioner’s oversight arrangements.")):
    c = meta.add_row().cells
    c[0].text, c[1].text = k, v

doc.add_heading("1. Background", 1)
doc.add_paragraph(
    "1.1 His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services published its PEEL "
    "2023–25 report on Gwent Police on 15 July 2025. Heddlu Gwent was inspected in February and "
    "March 2025. This paper summarises the findings; the full report is available on the "
    "inspectorate’s website.")
doc.add_paragraph(
    "1.2 Members will recall that the Panel asked in June whether the force was likely to be "
    "graded inadequate in any area. It was not.")

doc.add_heading("2. Findings", 1)
doc.add_paragraph(
    "2.1 Good: that is the grade HMICFRS gave Gwent Police for police powers and public treatment, "
    "for protecting vulnerable people and for leadership and force management. Inspectors "
    "concluded that the force is also good at building, supporting and protecting its workforce.")
doc.add_paragraph(
    "2.2 The force was judged adequate at preventing crime, at responding to the public and at "
    "managing offenders and suspects. Those three adequate grades mean the force meets the "
    "standard expected, without exceeding it.")
doc.add_paragraph(
    "2.3 Two areas require improvement: investigating crime, and crime data integrity. On the "
    "latter, the inspectorate estimates that the force failed to record about one in eight "
    "reported violent crimes.")
doc.add_paragraph(
    "2.4 For comparison, South Wales Fire and Rescue Service, which covers the Gwent area, was "
    "judged to require improvement in protecting the public through fire regulation in its own "
    "2023 inspection. That is not a policing grade.")

doc.add_heading("3. Areas for improvement", 1)
doc.add_paragraph(
    "3.1 The report makes no recommendations and identifies no cause of concern. It sets out five "
    "areas for improvement, listed below with the force’s response.")
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, txt in zip(t.rows[0].cells, ("Area", "Area for improvement", "Force response")):
    c.text = txt
    shade(c, "DEEAF6")
rows = [
    ("Investigating crime",
     "The force should make sure that investigations are allocated to staff with the right "
     "skills, and that supervisors check that every reasonable line of enquiry is followed.",
     "An allocation policy was agreed in August 2025."),
    ("Investigating crime",
     "Inspectors want to see the force make better use of body-worn video evidence in cases of "
     "domestic abuse.",
     "Body-worn video is now mandatory at domestic abuse incidents."),
    ("Crime data integrity",
     "Gwent Police needs to improve how it records crimes of violence, including those reported "
     "to it by other agencies.",
     "A crime recording audit team of six staff is being recruited."),
    ("Responding to the public",
     "We expect the force to reduce the time it takes to attend incidents it has graded as "
     "requiring a priority response.",
     "–"),
    ("Preventing crime",
     "The force should evaluate its problem-solving work, so that it knows which approaches "
     "reduce crime.",
     "The force is working with Cardiff University on an evaluation framework."),
]
for row in rows:
    cells = t.add_row().cells
    for c, txt in zip(cells, row):
        c.text = txt
# merge the two "Investigating crime" area cells
a = t.cell(1, 0)
b = t.cell(2, 0)
m = a.merge(b)
m.text = "Investigating crime"

doc.add_heading("4. Commissioner’s oversight", 1)
doc.add_paragraph(
    "4.1 The Commissioner, Elinor Prydderch-Hale, has asked the Chief Constable to report on "
    "progress at each quarterly Strategy and Performance Board. Chief Constable Tomos Rathbone has "
    "welcomed the report and described the crime recording findings as disappointing.")
doc.add_paragraph(
    "4.2 The Commissioner notes that investigation standards would have been graded inadequate if "
    "the inspection had taken place a year earlier, in the force’s own view. She regards the "
    "current grade as good progress but not yet good enough.")
doc.add_paragraph(
    "4.3 Comisiynydd Heddlu a Throseddu Gwent: the Welsh language version of this paper is "
    "available on request.")
doc.save(OUT)
print("wrote", OUT)
