"""Build docs/mq08.docx: university lecture notes (handout) on police inspection, with a
Lancashire Constabulary case study (python-docx)."""
import os

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "mq08.docx")

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "PLC5012 Police Governance and Accountability - Semester 1"

doc.add_heading("Week 6 lecture notes: inspection and the PEEL framework", level=1)
doc.add_paragraph("Dr R. Okonjo-Marsh  |  Lecture given 7 November 2022  |  Handout for students")

doc.add_heading("1. Learning outcomes", level=2)
for s in ["Explain who inspects the police in England and Wales and under what powers.",
          "Describe how the PEEL framework changed between 2014 and 2021/22.",
          "Read a force's inspection history critically."]:
    doc.add_paragraph(s, style="List Bullet")

doc.add_heading("2. The inspectorate", level=2)
doc.add_paragraph(
    "Her Majesty's Inspectorate of Constabulary (HMIC) was created in 1856. Its powers now come "
    "from section 54 of the Police Act 1996. In July 2017 it took on the inspection of fire and "
    "rescue services in England and became HMICFRS; since the accession in September 2022 the "
    "\"Her\" has become \"His\". Remember that the inspectorate inspects and reports; it does not "
    "direct forces. Direction is the job of the chief constable, and holding the chief to account "
    "is the job of the police and crime commissioner.")

doc.add_heading("3. How PEEL grades have worked", level=2)
doc.add_paragraph(
    "From 2014 to 2018/19 forces were graded on a four-point scale (outstanding, good, requires "
    "improvement, inadequate) for each pillar and for most questions within it. 2014 was a "
    "transitional year: only efficiency received an overall grade. From 2021/22 the inspectorate "
    "grades areas of policing, not pillars, and uses five grades:")
for g in ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]:
    doc.add_paragraph(g, style="List Number")
doc.add_paragraph(
    "A fall from good to adequate between 2018/19 and 2021/22 does not necessarily mean "
    "performance got worse. The scale itself changed.")

doc.add_heading("4. Case study: Lancashire Constabulary", level=2)
doc.add_paragraph(
    "We use Lancashire because it has a long, mostly stable inspection record. The table shows "
    "the headline grades we discussed in the lecture (pillar grades up to 2017).")
rows = [
    ("Year", "Inspectorate", "Pillar", "Headline grade"),
    ("2014", "HMIC", "Efficiency", "Good"),
    ("2015", "HMIC", "Effectiveness", "Good"),
    ("2016", "HMIC", "Effectiveness", "Good"),
    ("2017", "HMICFRS", "Legitimacy", "Good"),
    ("2021/22", "HMICFRS", "Graded by area", "See below"),
]
t = doc.add_table(rows=0, cols=4)
t.style = "Table Grid"
for i, r in enumerate(rows):
    cells = t.add_row().cells
    for c, v in zip(cells, r):
        c.text = v
        if i == 0:
            c.paragraphs[0].runs[0].bold = True
doc.add_paragraph(
    "In 2021/22 the force was judged outstanding at preventing crime and anti-social behaviour, "
    "good at investigating crime and at managing offenders and suspects, adequate at responding "
    "to the public, and requires improvement at protecting vulnerable people. Its other grades "
    "are in the report and you should look them up before the seminar.")
doc.add_paragraph(
    "HM Inspector of Constabulary Owain Pritchard described the force's problem-solving approach "
    "to neighbourhood crime as \"among the best we have seen\". Note, however, that the same report "
    "contained this area for improvement:")
doc.add_paragraph(
    "The force should make sure that officers complete a risk assessment for every domestic abuse "
    "incident they attend, and that supervisors check the quality of those assessments.",
    style="Quote")
doc.add_paragraph(
    "Compare Merseyside Police, which was also graded outstanding for preventing crime in 2021/22. "
    "Two neighbouring forces with the same top grade in one area can still have very different "
    "records on vulnerability.")

doc.add_heading("5. Seminar questions", level=2)
for q in [
    "Why might a force that is good at investigating crime require improvement at protecting vulnerable people?",
    "Is a single-word grade a fair way to tell the public about their force?",
    "Find one cause of concern in any 2021/22 report and explain what the force did about it.",
]:
    doc.add_paragraph(q, style="List Number")

doc.add_heading("6. Reading", level=2)
doc.add_paragraph("HMICFRS (2022) PEEL 2021/22: An inspection of Lancashire Constabulary.")
doc.add_paragraph("HMICFRS (2023) State of Policing: The Annual Assessment of Policing in England and Wales 2022.")
doc.add_paragraph("Reiner, R. (2010) The Politics of the Police, 4th edn. Oxford: OUP, chapter 8.")
doc.save(OUT)
print("wrote", OUT)
