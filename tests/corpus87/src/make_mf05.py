"""Build docs/mf05.docx: a Word copy of an HMICFRS single-force news release (PEEL 2023-25).

    /tmp/mfvenv/bin/python src/make_mf05.py
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "mf05.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "HMICFRS press release \u2013 OFFICIAL"
doc.sections[0].footer.paragraphs[0].text = "His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services"

p = doc.add_paragraph()
p.add_run("PRESS RELEASE").bold = True
p = doc.add_paragraph()
p.add_run("Embargoed until 00:01 on Friday 17 November 2023").bold = True

doc.add_heading("Merseyside Police is outstanding at preventing crime, says inspectorate", level=1)

doc.add_paragraph(
    "Merseyside Police is outstanding at preventing crime and at tackling serious and "
    "organised crime, according to His Majesty\u2019s Inspectorate of Constabulary and "
    "Fire & Rescue Services (HMICFRS).")
doc.add_paragraph(
    "The inspectorate assessed the force across nine areas of policing as part of its "
    "police effectiveness, efficiency and legitimacy (PEEL) inspection programme for "
    "2023\u201325. Inspectors visited the force in the spring and summer of 2023.")
doc.add_paragraph("HMICFRS judged Merseyside Police to be:")
for item in [
    "outstanding at preventing crime and disrupting serious organised crime;",
    "good at police powers and public treatment, responding to the public, protecting "
    "vulnerable people, managing offenders and suspects, building, supporting and "
    "protecting the workforce, and leadership and force management; and",
    "adequate at investigating crime.",
]:
    doc.add_paragraph(item, style="List Bullet")
doc.add_paragraph(
    "In the last PEEL inspection, in 2021/22, the force was also graded outstanding for "
    "preventing crime, one of only a handful of forces to receive the top grade in that area.")

doc.add_paragraph("His Majesty\u2019s Inspector of Constabulary Noel Dunsmore said:")
doc.add_paragraph(
    "\u201cMerseyside Police has built on the strong foundations we saw two years ago. Its "
    "work to stop violence among young people, carried out with schools, councils and "
    "Merseyside Fire and Rescue Service, is some of the best I have seen, and it makes "
    "life very difficult for organised crime groups.", style="Quote")
doc.add_paragraph(
    "\u201cThe force does need to improve the quality of some of its investigations. Too "
    "many victims told us they had not heard from the investigating officer, and "
    "supervisors did not always check that investigations were progressing.\u201d",
    style="Quote")

doc.add_paragraph("The report sets out four areas for improvement for the force, including:")
for item in [
    "The force should make sure that investigation plans are recorded and reviewed by a "
    "supervisor, and that victims are updated at agreed intervals.",
    "The force should reduce the time it takes to examine digital devices seized as "
    "evidence.",
]:
    doc.add_paragraph(item, style="List Bullet")

doc.add_paragraph(
    "Inspectors also found two examples of innovative practice, including the force\u2019s "
    "approach to identifying young people at risk of criminal exploitation. Chief Constable "
    "Serena Kennedy and Assistant Chief Constable Jenny Sims met inspectors to discuss the "
    "findings before publication.")

p = doc.add_paragraph()
p.add_run("ENDS").bold = True
p.alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.add_heading("Notes to editors", level=2)
for item in [
    "The report on Merseyside Police is available on the HMICFRS website from 00:01 on "
    "17 November 2023.",
    "HMICFRS grades police forces on a five-point scale: outstanding, good, adequate, "
    "requires improvement and inadequate.",
    "Providing a service to victims of crime is assessed in PEEL 2023\u201325 but is not "
    "graded.",
    "An area for improvement is an aspect of practice, policy or performance that is "
    "falling short of what we expect. Forces are not given a deadline for addressing it.",
    "For further information, please contact the HMICFRS press office on 0300 071 6XXX.",
]:
    doc.add_paragraph(item, style="List Number")

doc.save(OUT)
print("wrote", OUT)
