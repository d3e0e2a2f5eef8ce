"""Build docs/ni05.docx: a job advert and role summary for Deputy Chief Constable,
Hertfordshire Constabulary (January 2018, PEEL 2017 context). python-docx."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "ni05.docx")

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "Hertfordshire Constabulary - Chief Officer Recruitment"

doc.add_heading("Deputy Chief Constable", level=0)
doc.add_paragraph("Hertfordshire Constabulary, Force Headquarters, Welwyn Garden City")

t = doc.add_table(rows=5, cols=2)
t.style = "Table Grid"
for i, (a, b) in enumerate([
        ("Salary", "£133,476 per annum (Deputy Chief Constable, Hertfordshire pay point)"),
        ("Tenure", "Fixed term, normally five years"),
        ("Closing date", "Friday 9 February 2018, 12:00"),
        ("Assessment centre", "Tuesday 27 and Wednesday 28 February 2018"),
        ("Reference", "HC/CO/2018/02")]):
    set_cell(t.cell(i, 0), a, bold=True)
    shade(t.cell(i, 0), "DCE6F1")
    set_cell(t.cell(i, 1), b)

doc.add_paragraph("")
doc.add_paragraph(
    "Chief Constable Gareth Linacre invites applications for the post of Deputy Chief Constable, which "
    "falls vacant in April 2018 when Deputy Chief Constable Fiona Aldridge leaves to become Chief "
    "Constable of Cambridgeshire Constabulary.")

doc.add_heading("About Hertfordshire", level=1)
doc.add_paragraph(
    "Hertfordshire is a safe county with some of the lowest crime rates in the country. The constabulary "
    "serves 1.18 million people with around 2,000 officers, 1,700 staff and 300 special constables. Many "
    "support services, including major crime, armed policing and scientific services, are delivered in "
    "collaboration with Bedfordshire Police and Cambridgeshire Constabulary (the BCH collaboration).")
doc.add_paragraph(
    "The constabulary has a strong inspection record. In the PEEL 2017 programme HMICFRS judged it to be "
    "good at operating efficiently and good in the way it treats the public and its workforce. In 2016 "
    "HMIC had graded the constabulary good at keeping people safe and reducing crime; the 2017 "
    "effectiveness report is expected in March.")
doc.add_paragraph("The 2017 legitimacy report did, however, say that:")
doc.add_paragraph(
    "The constabulary should improve how it monitors the use of force by its officers, so that it can "
    "identify and act on any disproportionality.", style="List Bullet")
doc.add_paragraph(
    "The constabulary should ensure that its vetting of officers and staff complies with the national "
    "guidance, and clear its backlog of vetting reviews.", style="List Bullet")
doc.add_paragraph(
    "Responsibility for both of these sits with the Deputy Chief Constable as the chief officer lead for "
    "professional standards. The successful candidate will also be expected to lead the constabulary's "
    "2018/19 efficiency planning, where HMICFRS noted that the constabulary's workforce plans did not "
    "yet look far enough ahead.")

doc.add_heading("The role", level=1)
for line in [
        "Deputise for the Chief Constable and lead the constabulary in their absence.",
        "Lead professional standards, the anti-corruption unit and the vetting unit.",
        "Hold the chief officer portfolio for people, including wellbeing and the Police Federation relationship.",
        "Work with the Police and Crime Commissioner for Hertfordshire and his office on the Police and Crime Plan."]:
    doc.add_paragraph(line, style="List Number")

doc.add_heading("Who we are looking for", level=1)
doc.add_paragraph(
    "You will be a serving Assistant Chief Constable or Deputy Chief Constable (or equivalent) who has "
    "completed the Strategic Command Course. You will be able to show how you have improved the "
    "legitimacy of a force and how you have worked with partners to protect vulnerable people.")

doc.add_heading("How to apply", level=1)
doc.add_paragraph(
    "Please download the application form and send it, with a covering letter of no more than two pages, "
    "to the Chief Officer Recruitment team by the closing date. For an informal discussion please contact "
    "the Chief Constable's staff officer.")
doc.add_paragraph("Hertfordshire Constabulary is an equal opportunities employer.")
doc.save(OUT)
print("wrote", OUT)
