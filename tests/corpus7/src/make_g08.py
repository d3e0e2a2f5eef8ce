"""Make docs/g08.docx: a 2018/19-style PEEL summary for Lincolnshire Police, with the three
pillars graded as "Pillar: Grade" lines, an overall paragraph and a legacy-era question
graded in prose. Run with a python that has python-docx."""
import datetime
import os

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "g08.docx")

doc = Document()
doc.core_properties.author = "HMICFRS"
doc.core_properties.title = "PEEL 2018/19 Lincolnshire Police"
doc.core_properties.created = datetime.datetime(2019, 9, 27, 9, 0, 0)
doc.core_properties.modified = datetime.datetime(2019, 9, 27, 9, 0, 0)
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)

doc.add_heading("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", level=0)
doc.add_paragraph("An inspection of Lincolnshire Police")
doc.add_paragraph("Published September 2019 by Her Majesty’s Inspectorate of Constabulary and "
                  "Fire & Rescue Services (HMICFRS)")

doc.add_heading("Force in numbers and our judgments", level=1)
for pillar, grade in (("Effectiveness", "Good"), ("Efficiency", "Requires improvement"),
                      ("Legitimacy", "Good")):
    p = doc.add_paragraph()
    p.add_run(pillar + ": ").bold = True
    p.add_run(grade)

doc.add_heading("Overall summary", level=1)
doc.add_paragraph(
    "Lincolnshire Police keeps people safe across a large and largely rural county, and it does so "
    "with one of the lowest levels of funding per head of population in England. Since our last "
    "inspection it has strengthened its neighbourhood teams and rebuilt its approach to "
    "investigations, and the public can have confidence that crimes reported to it are taken "
    "seriously. Its culture is ethical and its people feel valued. The force’s main weakness is "
    "its planning: it does not yet know enough about the skills of its workforce, and its "
    "savings plans beyond 2021 depend on assumptions it has not tested. We will monitor its "
    "progress closely.")
p = doc.add_paragraph()
p.add_run("Wendy Darrow").bold = True
doc.add_paragraph("HM Inspector of Constabulary")

doc.add_heading("Effectiveness", level=1)
doc.add_heading("How effective is the force at protecting vulnerable people?", level=2)
doc.add_paragraph(
    "We found that the force requires improvement in how it protects vulnerable people and "
    "supports victims. Officers recognise vulnerability well when they first attend an incident, "
    "but the force’s public protection unit carries more work than it can manage. Some domestic "
    "abuse cases assessed as medium risk waited more than a week to be reviewed, and the voice of "
    "the child was rarely recorded.")
doc.add_heading("Area for improvement", level=3)
doc.add_paragraph(
    "The force should make sure that domestic abuse cases assessed as medium risk are reviewed "
    "within the timescales set out in its own policy, and that officers record the views and "
    "experiences of any children present.", style="List Bullet")

doc.add_heading("Efficiency", level=1)
doc.add_heading("How well does the force plan for the future?", level=2)
doc.add_paragraph(
    "The force has a clear picture of the demand it faces now, but its workforce plan is not "
    "based on a full understanding of the skills its officers and staff have. Its medium-term "
    "financial plan shows a gap from 2021 that it has not yet shown how it will close.")
doc.add_heading("Area for improvement", level=3)
doc.add_paragraph(
    "The force should carry out a full audit of the skills and capabilities of its workforce, and "
    "use it to plan the workforce it will need in the future.", style="List Bullet")

doc.add_heading("Legitimacy", level=1)
doc.add_paragraph(
    "Lincolnshire Police treats the public and its own workforce fairly. It uses stop and search "
    "proportionately, and its counter-corruption unit has the resources it needs. We did not "
    "identify any areas for improvement in this pillar.")

doc.add_paragraph("© HMICFRS 2019")
doc.save(OUT)
print("wrote", os.path.normpath(OUT))
