"""Write docs/n02.docx: the summary of an integrated PEEL 2018/19 assessment
(Nottinghamshire Police, written "Notts Police" in most places).

Run with a python that has python-docx (a throwaway venv, e.g. /tmp/c11venv):
    /tmp/c11venv/bin/python src/make_n02.py
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "n02.docx")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def bold_para(doc, label, rest=None):
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    if rest:
        p.add_run(rest)
    return p


doc = Document()
doc.core_properties.title = "PEEL 2018/19 - Notts Police - summary"
doc.core_properties.author = "HMICFRS"
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19"
sec.footer.paragraphs[0].text = "\u00a9 HMICFRS 2019"

doc.add_heading("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", level=0)
doc.add_paragraph("An inspection of Nottinghamshire Police")
doc.add_paragraph("Summary of findings \u2013 published 2 May 2019")

doc.add_heading("Our judgements", level=1)
doc.add_paragraph(
    "This assessment by Her Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue "
    "Services (HMICFRS) brings together our findings on the effectiveness, efficiency and "
    "legitimacy of Notts Police. Our fieldwork took place in October and November 2018. The "
    "table below sets out our graded judgements for each of the three pillars.")

t = doc.add_table(rows=4, cols=3)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
rows = [
    ("Pillar", "Grade", "Last inspection"),
    ("Effectiveness", "Requires improvement", "Good"),
    ("Efficiency", "Good", "Good"),
    ("Legitimacy", "Good", "Requires improvement"),
]
for r, vals in enumerate(rows):
    for c, v in enumerate(vals):
        cell = t.cell(r, c)
        cell.text = v
        if r == 0:
            cell.paragraphs[0].runs[0].bold = True
            shade(cell, "1F3864")
            cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
p = doc.add_paragraph()
r = p.add_run("The \u2018Last inspection\u2019 column shows the grades we gave the force in our "
              "2017 PEEL inspections of effectiveness, efficiency and legitimacy.")
r.italic = True
r.font.size = Pt(9)

p = doc.add_paragraph()
r = p.add_run("Grading scale: ")
r.bold = True
r.font.size = Pt(9)
r = p.add_run("outstanding \u2013 good \u2013 requires improvement \u2013 inadequate. We describe "
              "what each grade means in the methodology section of our website.")
r.font.size = Pt(9)

doc.add_heading("HM Inspector\u2019s observations", level=1)
doc.add_paragraph(
    "I am pleased that Notts Police has built on its strengths in efficiency, and that it "
    "has done much to improve the way it treats its own workforce since our last inspection. "
    "Its leaders are visible, and officers and staff told us that they feel listened to.")
doc.add_paragraph(
    "However, I am concerned that the force\u2019s effectiveness has deteriorated. In "
    "particular, it is not consistently keeping vulnerable people safe. Too often, calls "
    "from people at risk wait in a queue because there is nobody available to attend, and "
    "supervisors do not always check that risk has been properly assessed. I have set out "
    "two causes of concern below, together with our recommendations.")
doc.add_paragraph(
    "We found some good practice in the way the force works with the city and county "
    "councils to manage the demand created by people who go missing from care, and we "
    "will be sharing it with other forces.")
p = doc.add_paragraph()
p.add_run("Ffion Carradine-Owusu").bold = True
doc.add_paragraph("HM Inspector of Constabulary")

doc.add_heading("Causes of concern", level=1)

doc.add_heading("Effectiveness \u2013 Protecting vulnerable people", level=2)
bold_para(doc, "Cause of concern")
doc.add_paragraph(
    "Notts Police does not always respond promptly to incidents involving vulnerable "
    "people, and it does not always complete or review risk assessments for victims of "
    "domestic abuse. As a result, some vulnerable people are left at continued risk of "
    "harm.")
bold_para(doc, "Recommendations")
doc.add_paragraph(
    "To address this cause of concern, we recommend that within six months the force "
    "should:")
for item in (
        "(a) make sure that calls involving vulnerable people are graded and attended in "
        "line with its own policy;",
        "(b) ensure that a risk assessment is completed for every domestic abuse incident "
        "and reviewed by a supervisor; and",
        "(c) improve how it monitors the time taken to attend incidents, so that delays "
        "are identified and acted on."):
    p = doc.add_paragraph(item)
    p.paragraph_format.left_indent = Cm(1)

doc.add_heading("Legitimacy \u2013 Ethical and lawful workforce behaviour", level=2)
bold_para(doc, "Cause of concern")
doc.add_paragraph(
    "The force has a large backlog of vetting, and a significant number of officers and "
    "staff do not hold the level of vetting that their role requires.")
bold_para(doc, "Recommendations")
for item in (
        "(a) The force should clear its vetting backlog by 31 March 2020 and make sure "
        "that every officer and member of staff holds the vetting their role requires.",
        "(b) The force should give its counter-corruption unit enough trained staff to "
        "monitor its IT systems proactively."):
    p = doc.add_paragraph(item)
    p.paragraph_format.left_indent = Cm(1)

doc.add_heading("Areas for improvement", level=1)
doc.add_heading("Effectiveness", level=2)
bold_para(doc, "Investigating crime")
doc.add_paragraph(
    "The force should make sure that all investigations are allocated to staff with the "
    "right skills, and that supervisors record their reviews.", style="List Bullet")
doc.add_heading("Efficiency", level=2)
bold_para(doc, "Meeting current demands and using resources")
doc.add_paragraph(
    "The force should improve its understanding of the skills of its workforce, so that it "
    "can match people with the right skills to the demand it faces.", style="List Bullet")
bold_para(doc, "Planning for the future")
doc.add_paragraph("We found no areas for improvement.")
doc.add_heading("Legitimacy", level=2)
bold_para(doc, "Fair treatment of the public")
doc.add_paragraph(
    "The force should make sure that officers record the reason for every use of force, "
    "and that the records are scrutinised by people outside the force.",
    style="List Bullet")

doc.add_heading("About this summary", level=1)
doc.add_paragraph(
    "The full report, including our findings on each question, is available on our "
    "website. The force\u2019s budget figures refer to the 2018/19 financial year unless "
    "stated otherwise. An Assistant Chief Constable acted as the force\u2019s liaison "
    "officer throughout the inspection.")

doc.save(OUT)
print("wrote", OUT)
