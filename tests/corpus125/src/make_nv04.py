"""nv04.docx: a PCC's report to the police and crime panel (Derbyshire Constabulary, HMIC PEEL Effectiveness 2016)."""
import os
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].footer.paragraphs[0].text = "Derbyshire Police and Crime Panel \u2013 22 June 2017 \u2013 Item 7"

doc.add_heading("DERBYSHIRE POLICE AND CRIME PANEL", level=1)
doc.add_paragraph("REPORT OF THE POLICE AND CRIME COMMISSIONER")
p = doc.add_paragraph()
p.add_run("HMIC PEEL: POLICE EFFECTIVENESS 2016 \u2013 PROGRESS AGAINST AREAS FOR IMPROVEMENT").bold = True

doc.add_heading("1. Purpose of the report", level=2)
doc.add_paragraph(
    "1.1 To update the Panel on the progress Derbyshire Constabulary has made against the areas for "
    "improvement in Her Majesty\u2019s Inspectorate of Constabulary\u2019s (HMIC) effectiveness report, "
    "published on 2 March 2017.")

doc.add_heading("2. Background", level=2)
doc.add_paragraph(
    "2.1 HMIC judged Derbyshire Constabulary to be good at keeping people safe and reducing crime. The force "
    "was judged good at preventing crime and tackling anti-social behaviour, good at protecting vulnerable "
    "people and good at tackling serious and organised crime. It was judged to require improvement in "
    "investigating crime and reducing re-offending. Specialist capabilities were inspected but not graded.")
doc.add_paragraph(
    "2.2 HM Inspector of Constabulary Martin Greaves noted that the force works well with neighbouring "
    "forces in the East Midlands Special Operations Unit, including Nottinghamshire Police and "
    "Leicestershire Police.")
doc.add_paragraph("2.3 HMIC made five areas for improvement, grouped as follows:")

themes = [
    ("Preventing crime", [
        "The force should ensure that its neighbourhood officers are not routinely taken away from their "
        "local areas to cover response duties."]),
    ("Investigating crime", [
        "The force should improve the quality and supervision of its investigations, so that all reasonable "
        "lines of enquiry are followed.",
        "The force should ensure that it makes full use of bail conditions and other measures to manage "
        "suspects released during an investigation.",
        "The force should reduce the time taken to examine digital devices seized as evidence."]),
    ("Protecting vulnerable people", [
        "The force should improve how it shares information about children who are at risk of sexual "
        "exploitation with local partners."]),
]
for theme, afis in themes:
    doc.add_paragraph(theme, style="List Bullet")
    for a in afis:
        doc.add_paragraph(a, style="List Bullet 2")

doc.add_heading("3. Progress", level=2)
doc.add_paragraph("3.1 The Chief Constable, Peter Goodall, has provided the following updates.")
updates = [
    ("The force should ensure that its neighbourhood officers are not routinely taken away from their local "
     "areas to cover response duties.",
     ["A new abstraction policy took effect on 1 May 2017. Abstractions are recorded daily and reviewed by the "
      "divisional commanders each week.",
      "Abstraction fell by 40 per cent between March and May."]),
    ("The force should improve the quality and supervision of its investigations, so that all reasonable "
     "lines of enquiry are followed.",
     ["An investigative standards programme has been launched, and each sergeant now reviews open "
      "investigations with the officer every 28 days."]),
    ("The force should reduce the time taken to examine digital devices seized as evidence.",
     ["Two additional examiners have been recruited. The backlog fell from 410 devices in January to 260 "
      "in May."]),
    ("The force should improve how it shares information about children who are at risk of sexual "
     "exploitation with local partners.",
     ["An information-sharing agreement with Derby City Council and Derbyshire County Council was signed in "
      "April. Next steps: evaluate the agreement after six months; report the findings to the Panel."]),
]
for heading, paras in updates:
    doc.add_heading(heading, level=3)
    for t in paras:
        doc.add_paragraph(t)
doc.add_paragraph(
    "3.2 Work on the use of bail conditions is being taken forward nationally, following the changes in the "
    "Policing and Crime Act 2017, and an update will follow once the College of Policing issues guidance.")

doc.add_heading("4. Recommendation", level=2)
doc.add_paragraph("4.1 That the Panel notes the report.")
doc.add_paragraph("Hardev Sandhu")
doc.add_paragraph("Police and Crime Commissioner for Derbyshire")
doc.save(os.path.join(HERE, "..", "docs", "nv04.docx"))
