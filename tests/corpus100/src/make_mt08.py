"""Write docs/mt08.docx: a Word copy of Gwent Police's 'How we are doing' page on PEEL 2021/22."""
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "mt08.docx")


def shade(cell, fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def labelled(doc, label, text):
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(" " + text)
    return p


doc = Document()
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Gwent Police | Heddlu Gwent - copy of web page saved 3 March 2023"
sec.footer.paragraphs[0].text = "Uncontrolled when printed. Check gwent.police.uk for the latest version."

doc.add_paragraph("Home > About us > How we are doing > HMICFRS PEEL 2021/22")
doc.add_heading("How we are doing: our PEEL 2021/22 inspection", level=1)
doc.add_paragraph(
    "In 2022 His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) "
    "inspected Gwent Police as part of its PEEL programme. The report was published on 12 August 2022. "
    "This page sets out our grades, the inspectorate's findings and the progress we have made since.")
doc.add_paragraph(
    "Mae'r dudalen hon ar gael yn Gymraeg hefyd. (This page is also available in Welsh.)")

doc.add_heading("Our grades", level=2)
rows = [
    ("Area", "Grade"),
    ("Treatment of the public", "Good"),
    ("Preventing crime and anti-social behaviour", "Good"),
    ("Responding to the public", "Requires improvement"),
    ("Investigating crime", "Inadequate"),
    ("Protecting vulnerable people", "Adequate"),
    ("Managing offenders and suspects", "Adequate"),
    ("Developing a positive workplace", "Good"),
    ("Good use of resources", "Adequate"),
    ("Recording data about crime", "Good"),
]
fills = {"Good": "C8E6C9", "Adequate": "FFF3C4", "Requires improvement": "FFD8B0", "Inadequate": "F5B7B1"}
t = doc.add_table(rows=len(rows), cols=2)
t.style = "Table Grid"
for i, (a, g) in enumerate(rows):
    t.cell(i, 0).text = a
    t.cell(i, 1).text = g
    if i == 0:
        for c in t.rows[0].cells:
            c.paragraphs[0].runs[0].bold = True
            shade(c, "1F3864")
            c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    else:
        shade(t.cell(i, 1), fills[g])
doc.add_paragraph(
    "Providing a service to victims of crime is assessed but not graded. Serious and organised crime "
    "is assessed in the inspectorate's regional reports.")

doc.add_heading("Cause of concern: investigating crime", level=2)
doc.add_paragraph(
    "The inspectorate found one cause of concern. We have reproduced it in full, with the "
    "recommendations that go with it and our progress on each.")
q = doc.add_paragraph(style="Intense Quote")
q.add_run("Gwent Police is not carrying out effective investigations, which means that too many victims "
          "do not receive a satisfactory outcome.")
doc.add_paragraph("To address this, the inspectorate recommended:")
recs = [
    ("Recommendation 1", "Within six months, the force should make sure that all investigations are allocated "
     "to an investigator with the right skills and experience, and that supervisors review them regularly.",
     "Complete. An allocation policy was introduced in October 2022 and an audit in February 2023 found "
     "92 per cent of investigations were correctly allocated."),
    ("Recommendation 2", "Within six months, the force should make sure that it records whether victims "
     "want to support an investigation, and the reasons if they do not.",
     "In progress. Recording has improved from 48 per cent to 81 per cent of relevant cases."),
]
for label, text, upd in recs:
    doc.add_paragraph(label, style="Heading 3")
    doc.add_paragraph(text)
    labelled(doc, "Our progress:", upd)

doc.add_heading("Areas for improvement", level=2)
doc.add_paragraph(
    "The report contains fourteen areas for improvement. The table below shows those we report on "
    "to the Police and Crime Commissioner every quarter.")
afis = [
    ("Area", "Area for improvement", "Our progress"),
    ("Responding to the public", "The force should make sure that calls for service are answered promptly and "
     "that it meets its own targets for attending incidents.",
     "A new demand management desk went live in January 2023."),
    ("Responding to the public", "The force should make sure that the THRIVE risk assessment is always completed "
     "and recorded when calls are received.",
     "Compliance is now 96 per cent and is checked daily."),
    ("Protecting vulnerable people", "The force should improve how it shares information with partner agencies "
     "about children who are at risk of exploitation.",
     "Not yet started - scheduled for quarter 2 of 2023/24."),
    ("Managing offenders and suspects", "The force should reduce the time it takes to arrest wanted suspects.",
     "We have set up a dedicated arrest team in each local policing area."),
]
t2 = doc.add_table(rows=len(afis), cols=3)
t2.style = "Table Grid"
for i, r in enumerate(afis):
    for j, v in enumerate(r):
        t2.cell(i, j).text = v
        if i == 0:
            t2.cell(i, j).paragraphs[0].runs[0].bold = True

doc.add_heading("What our leaders say", level=2)
doc.add_paragraph(
    "Chief Constable Pam Kelly said: \"I am not satisfied with our grade for investigating crime, and "
    "neither are our officers. Our improvement plan is overseen personally by Deputy Chief Constable "
    "Amanda Blakeman.\"")
doc.add_paragraph(
    "Jeff Cuthbert, Police and Crime Commissioner for Gwent, said: \"I will scrutinise the force's "
    "progress at every one of my strategy and performance boards.\"")
doc.add_paragraph(
    "Our specialist firearms and dog units are provided jointly with South Wales Police and Dyfed-Powys "
    "Police through the Joint Firearms Unit. The unit was not graded separately in this inspection.")
doc.add_paragraph("Download the full report (PDF, 2.4MB) | Read the PCC's response")
doc.save(OUT)
print("wrote", OUT)
