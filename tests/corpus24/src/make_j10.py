"""j10.docx: a PCC's response to HMIC PEEL: Police effectiveness 2016 (Gloucestershire)."""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor

from docxutil import header_text, labelled, page_number_footer, set_cell, shade

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "j10.docx")

doc = Document()
sec = doc.sections[0]
header_text(sec, "Police and Crime Commissioner for Gloucestershire")
page_number_footer(sec, "PCC response \u2013 HMIC effectiveness 2016 \u2013 ")
doc.styles["Normal"].font.name = "Verdana"
doc.styles["Normal"].font.size = Pt(10)

doc.add_heading("Response of the Police and Crime Commissioner to HMIC PEEL: Police "
                "effectiveness 2016 \u2013 Gloucestershire Constabulary", level=1)
t = doc.add_table(rows=3, cols=2)
t.style = "Table Grid"
for row, (k, v) in zip(t.rows, [("HMIC report published", "2 March 2017"),
                                 ("Response published", "26 April 2017"),
                                 ("Copied to", "Home Secretary; HMIC; Gloucestershire Police "
                                               "and Crime Panel")]):
    set_cell(row.cells[0], k, bold=True)
    set_cell(row.cells[1], v)
    shade(row.cells[0], "EEEEEE")

doc.add_heading("Introduction", level=2)
doc.add_paragraph(
    "Under section 55 of the Police Act 1996 I must publish my comments on every report by Her "
    "Majesty's Inspectorate of Constabulary (HMIC) on Gloucestershire Constabulary, and send a "
    "copy to the Home Secretary. This is my response to the effectiveness element of HMIC's "
    "2016 PEEL programme.")
doc.add_paragraph(
    "HMIC's overall judgement is that Gloucestershire Constabulary requires improvement in the "
    "way it keeps people safe and reduces crime. In 2015 HMIC judged the constabulary to be good "
    "at keeping people safe and reducing crime, so this year's result is a step backwards and I "
    "do not underestimate it. I have discussed the findings with HM Inspector of Constabulary "
    "Dennis Okoro, and with Chief Constable Alec Drummond-Fry, who has accepted them in full.")
doc.add_paragraph(
    "It is worth setting this report beside the other two PEEL reports published this winter. "
    "The legitimacy report, published in December 2016, judged the constabulary to be good. "
    "The efficiency report, published in November, made a number of observations about "
    "workforce planning, to which I responded at the time.")

doc.add_heading("Summary of HMIC's judgements", level=2)
g = doc.add_table(rows=1, cols=2)
g.style = "Table Grid"
g.alignment = WD_TABLE_ALIGNMENT.CENTER
title = g.rows[0].cells[0].merge(g.rows[0].cells[1])
set_cell(title, "How effective is the force at keeping people safe and reducing crime? "
                "Overall judgement: Requires improvement", bold=True)
shade(title, "FCE4D6")
for q, gr in [
    ("How effective is the force at preventing crime, tackling anti-social behaviour and "
     "keeping people safe?", "Good"),
    ("How effective is the force at investigating crime and reducing re-offending?",
     "Requires improvement"),
    ("How effective is the force at protecting from harm those who are vulnerable, and "
     "supporting victims?", "Requires improvement"),
    ("How effective is the force at tackling serious and organised crime?", "Good"),
    ("How effective are the force's specialist capabilities?", "Ungraded"),
]:
    row = g.add_row()
    set_cell(row.cells[0], q)
    set_cell(row.cells[1], gr, bold=True)
for row in g.rows[1:]:
    row.cells[0].width = Cm(12)
    row.cells[1].width = Cm(4)
p = doc.add_paragraph("HMIC uses four grades: outstanding, good, requires improvement and "
                      "inadequate. The specialist capabilities question is not graded.")
p.runs[0].italic = True
p.runs[0].font.size = Pt(8.5)

doc.add_paragraph(
    "The specialist capabilities that HMIC examined, including firearms, are delivered through "
    "the tri-force collaboration with Avon and Somerset Constabulary and Wiltshire Police. "
    "HMIC found the arrangements to be in line with the national requirement.")

doc.add_heading("Investigating crime and reducing re-offending", level=2)
doc.add_paragraph("HMIC identified the following cause of concern:")
doc.add_paragraph(
    "HMIC is concerned that Gloucestershire Constabulary does not investigate crime to a "
    "consistent standard. Too many investigations are poorly supervised, and victims are not "
    "always kept informed about the progress of their case.", style="Intense Quote")
doc.add_paragraph("To address this cause of concern, HMIC recommended that:")

recs = [
    ("The constabulary should immediately review how it allocates crimes for investigation, so "
     "that each is given to an officer with the skills and experience to deal with it.",
     "A crime allocation policy, based on the national crime allocation model, was adopted on "
     "13 March 2017. Deputy Chief Constable Maria Fenwick chairs the implementation group."),
    ("The constabulary should, within six months, ensure that supervisors review "
     "investigations at regular intervals and record clear plans for each.",
     "Supervisory review fields have been made mandatory on the crime recording system. "
     "Compliance is reported monthly to the Chief Officer Group."),
    ("The constabulary should ensure that victims are updated on the progress of their case in "
     "line with the Code of Practice for Victims of Crime.",
     "The victim care unit will contact every victim of a recorded crime within five days. A "
     "telephone survey of 500 victims will measure the result."),
]
for i, (rec, resp) in enumerate(recs, 1):
    doc.add_paragraph(rec, style="List Number")
    labelled(doc, "Constabulary response:", resp)

doc.add_heading("Protecting vulnerable people and supporting victims", level=2)
doc.add_paragraph("HMIC identified two areas for improvement:")
afis = [
    ("The constabulary should improve its understanding of the nature and scale of child sexual "
     "exploitation in the county.",
     "A problem profile has been commissioned jointly with the county council and will be "
     "completed by July 2017."),
    ("The constabulary should ensure that officers attending domestic abuse incidents complete "
     "a risk assessment, and that each assessment is reviewed by a supervisor.",
     "All frontline officers have been retrained in the DASH risk assessment. The domestic "
     "abuse unit now reviews every assessment within 24 hours."),
]
for afi, resp in afis:
    doc.add_paragraph(afi, style="List Bullet")
    labelled(doc, "Constabulary response:", resp)

doc.add_heading("Preventing crime and tackling anti-social behaviour", level=2)
doc.add_paragraph(
    "The constabulary was graded good here. HMIC nevertheless identified one area for "
    "improvement:")
doc.add_paragraph(
    "The constabulary should evaluate its problem-solving work so that it knows which approaches "
    "reduce demand.", style="List Bullet")
doc.add_paragraph(
    "The Chief Constable's response to this area was not available when this response was "
    "published. I will place it on my website when I receive it.")

doc.add_heading("National recommendation", level=2)
doc.add_paragraph(
    "In its national report HMIC also recommended that every force should review its approach "
    "to the investigation of crimes reported online. This is addressed to all forces and is "
    "not specific to Gloucestershire; I will monitor the national response.")

doc.add_heading("Conclusion", level=2)
doc.add_paragraph(
    "I am disappointed with the overall judgement, but I am confident that the Chief Constable "
    "has understood the inspectorate's findings and is acting on them. I will scrutinise "
    "progress at my monthly Accountability Board and report to the Police and Crime Panel on 15 "
    "June 2017.")
doc.add_paragraph()
p = doc.add_paragraph()
p.add_run("Cedric Holloway").bold = True
doc.add_paragraph("Police and Crime Commissioner for Gloucestershire")
doc.add_paragraph("26 April 2017")
doc.save(OUT)
print("wrote", OUT)
