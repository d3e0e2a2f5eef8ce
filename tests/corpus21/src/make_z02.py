"""z02.docx -- the Word (accessible) version of a PEEL 2021/22 report on Gwent Police.

    /tmp/c21venv/bin/python src/make_z02.py
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt, Cm, RGBColor

from docxutil import add_cell_para, header_footer, repeat_header, set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "z02.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
for name, size in (("Heading 1", 18), ("Heading 2", 14), ("Heading 3", 12)):
    doc.styles[name].font.name = "Arial"
    doc.styles[name].font.size = Pt(size)
    doc.styles[name].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
header_footer(doc, "PEEL 2021/22 – Police effectiveness, efficiency and legitimacy: Gwent Police",
              "")

doc.add_paragraph("PEEL 2021/22", style="Subtitle")
doc.add_paragraph("Police effectiveness, efficiency and legitimacy", style="Title")
doc.add_paragraph("An inspection of Gwent Police")
doc.add_paragraph("Published: 25 August 2022")
p = doc.add_paragraph()
p.add_run("This is the accessible Word version of our report. The PDF version has the same "
          "content. If you need it in another format, for example Welsh (Cymraeg), contact "
          "us at the address on our website.").italic = True

doc.add_heading("Contents", level=1)
for line in ("Overall summary", "Our judgments", "Her Majesty’s Inspector’s observations",
             "Causes of concern and recommendations", "Areas for improvement (by area)",
             "About the data"):
    doc.add_paragraph(line, style="List Paragraph")

doc.add_page_break()
doc.add_heading("Overall summary", level=1)
doc.add_heading("Our judgments", level=2)
doc.add_paragraph(
    "Our inspection assessed how good Gwent Police is in ten areas of policing. We make "
    "graded judgments in nine of these ten as follows. The first paragraph of each cell "
    "below gives the grade; the paragraphs after it summarise why.")

AREAS = [
    ("Engaging with and treating the public with fairness and respect", "Adequate",
     ["The force has good links with its diverse communities, but its scrutiny of the use "
      "of force is limited."]),
    ("Preventing crime and anti-social behaviour", "Good",
     ["Neighbourhood officers are visible and use problem-solving well.",
      "The force works closely with local authorities across its five boroughs."]),
    ("Responding to the public", "Requires improvement",
     ["Too many 101 calls are abandoned, and callers are not always told when an officer "
      "will attend."]),
    ("Investigating crime", "Requires improvement",
     ["Investigations are not always planned or supervised, and victims’ wishes are not "
      "always recorded."]),
    ("Protecting vulnerable people", "Inadequate",
     ["We have identified a cause of concern in this area. Risk is not always identified "
      "when vulnerable people first contact the force.",
      "See the section “Causes of concern and recommendations”."]),
    ("Managing offenders and suspects", "Adequate",
     ["Registered sex offenders are managed well, but the number of wanted people is too "
      "high."]),
    ("Building, supporting and protecting the workforce", "Adequate",
     ["Wellbeing support is available but the force does not understand how well it works."]),
    ("Strategic planning, organisational management and value for money", "Adequate",
     ["The force’s plans are not always based on a full understanding of demand."]),
    ("Recording data about crime", "Good",
     ["The force records over 94 percent of reported crime. This is good, although it "
      "should improve its recording of some crimes against children."]),
]
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = t.rows[0].cells
set_cell(hdr[0], "Area of policing", bold=True)
set_cell(hdr[1], "Grade and summary", bold=True)
shade(hdr[0], "1F3A5F")
shade(hdr[1], "1F3A5F")
for c in hdr:
    for r in c.paragraphs[0].runs:
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
repeat_header(t.rows[0])
FILL = {"Good": "D9EAD3", "Adequate": "FFF2CC", "Requires improvement": "FCE5CD",
        "Inadequate": "F4CCCC"}
for area, grade, expl in AREAS:
    row = t.add_row().cells
    set_cell(row[0], area)
    set_cell(row[1], grade, bold=True)
    for e in expl:
        add_cell_para(row[1], e)
    shade(row[1], FILL[grade])
for row in t.rows:
    row.cells[0].width = Cm(7)
    row.cells[1].width = Cm(9)

doc.add_paragraph()
doc.add_paragraph(
    "We also inspected how effective a service the force gives to victims of crime. We "
    "don’t make a graded judgment in this overall area. We do not grade disrupting serious "
    "organised crime in this report: it will be inspected as part of a regional "
    "inspection of the Southern Wales Regional Organised Crime Unit, which serves Gwent "
    "Police, South Wales Police and Dyfed-Powys Police.")
p = doc.add_paragraph()
p.add_run("Our grading scale: ").bold = True
p.add_run("outstanding; good; adequate; requires improvement; inadequate. Judgments are based "
          "on our characteristics of good policing.")

doc.add_heading("Her Majesty’s Inspector’s observations", level=2)
for para in (
    "I am concerned about aspects of Gwent Police’s performance in keeping people safe, "
    "reducing crime and providing a service to victims.",
    "The force has been through a difficult period of change. It introduced a new "
    "operating model in 2021 and it has had to absorb a large number of new recruits. "
    "Much of its workforce is inexperienced, and this shows in the quality of some "
    "investigations.",
    "In our 2018/19 inspection we judged the force to be good at effectiveness, and it "
    "remains good at preventing crime. But its response to vulnerable people is not good "
    "enough, and we have graded it inadequate in this area. We have set out a cause of "
    "concern with three recommendations.",
    "I am encouraged by the commitment of Chief Constable Pamela Kelleher and her chief "
    "officer team, who accepted our findings during the inspection and began to act on "
    "them straight away. I will monitor the force’s progress closely.",
):
    doc.add_paragraph(para)
p = doc.add_paragraph()
p.add_run("Gareth Penhallow").bold = True
doc.add_paragraph("Her Majesty’s Inspector of Constabulary")

doc.add_page_break()
doc.add_heading("Causes of concern and recommendations", level=1)
doc.add_heading("Protecting vulnerable people", level=2)
doc.add_heading("Cause of concern", level=3)
doc.add_paragraph(
    "Gwent Police does not identify and assess risk well enough when it first receives "
    "reports involving vulnerable people, and it is too slow to safeguard some children who "
    "go missing from home or are at risk of exploitation.")
doc.add_heading("Recommendations", level=3)
for rec in (
    "Within three months, the force should make sure that all call handlers use a "
    "structured risk assessment when a call involves a vulnerable person, and that "
    "supervisors check the quality of these assessments.",
    "Within six months, the force should review how it responds to reports of missing "
    "children, so that those at high risk are located and safeguarded without delay.",
    "Within six months, the force should work with its safeguarding partners to make sure "
    "that children at risk of exploitation are referred and assessed promptly.",
):
    doc.add_paragraph(rec, style="List Number 2")

doc.add_heading("Areas for improvement (by area)", level=1)
doc.add_paragraph(
    "We have identified eight areas for improvement. They are numbered across the report.")

AFIS = [
    ("Engaging with and treating the public with fairness and respect",
     "Does the force engage with and treat the public fairly?",
     ["The force should improve how it monitors the use of force, including the completion "
      "of use of force forms and the analysis of any disproportionality."]),
    ("Responding to the public", "How well does the force respond to the public?",
     ["The force should make sure that it answers 101 calls within a reasonable time, and "
      "that callers are told when to expect an officer to attend.",
      "The force should make sure that repeat victims are identified when they contact it, "
      "so that its response takes account of their history."]),
    ("Investigating crime", "How well does the force investigate crime?",
     ["The force should make sure that investigation plans are recorded and are reviewed "
      "by supervisors.",
      "The force should improve the way it records a victim’s decision to withdraw support "
      "for a prosecution, and consider evidence-led prosecutions in those cases."]),
    ("Managing offenders and suspects", "How well does the force manage offenders and suspects?",
     ["The force should reduce the number of outstanding wanted persons and make sure each "
      "case is reviewed regularly."]),
    ("Building, supporting and protecting the workforce",
     "Does the force support and protect its workforce?",
     ["The force should improve its understanding of workforce wellbeing, so that it can "
      "target support where it is most needed."]),
    ("Strategic planning, organisational management and value for money",
     "How well does the force plan and manage its resources?",
     ["The force should make sure it has a clear understanding of current and future "
      "demand, and that it uses this to plan its workforce and finances."]),
]
for area, question, items in AFIS:
    doc.add_heading(area, level=2)
    p = doc.add_paragraph()
    p.add_run(question).italic = True
    for item in items:
        doc.add_paragraph(item, style="List Number")
    if area == "Preventing crime and anti-social behaviour":
        pass

doc.add_heading("Preventing crime and anti-social behaviour", level=2)
doc.add_paragraph("We found no areas for improvement in this area.")
p = doc.add_paragraph()
p.add_run("Innovative practice: ").bold = True
p.add_run("The force’s “Safer Streets” partnership in Newport reduced burglary by a third in "
          "a year. We consider this good practice that other forces could adopt.")

doc.add_heading("About the data", level=1)
doc.add_paragraph(
    "Data in this report comes from a range of sources, including the force’s own data and "
    "data that all forces give to the Home Office. In our 2021 report on the police "
    "response to violence against women and girls we recommended that all chief "
    "constables should make the response to such offences an immediate priority; that "
    "recommendation is national and is not repeated here.")
doc.add_paragraph("© HMICFRS 2022. Her Majesty’s Inspectorate of Constabulary and Fire & Rescue "
                  "Services.")

doc.save(OUT)
print("wrote", OUT)
