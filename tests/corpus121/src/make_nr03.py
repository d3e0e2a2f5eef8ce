"""nr03.docx: a PCC's 'then and now' article for Gloucestershire (python-docx)."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import set_cell, shade, labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "nr03.docx")
doc = Document()
doc.sections[0].header.paragraphs[0].text = "Office of the Police and Crime Commissioner for Gloucestershire"
doc.add_heading("Three years on: how far Gloucestershire Constabulary has come", 1)
p = doc.add_paragraph()
p.add_run("By Charles Penrose, Police and Crime Commissioner for Gloucestershire").italic = True
doc.add_paragraph(
    "When I was elected in May 2021 I was handed, within days, a draft inspection report on the "
    "constabulary I was now responsible for overseeing. It made grim reading. The 2021/22 PEEL "
    "report, published that autumn, judged the force inadequate in six areas, among them responding "
    "to the public and recording data about crime, and within months the force had been placed in "
    "the inspectorate\u2019s enhanced monitoring process, known as Engage.")
doc.add_paragraph(
    "It had not always been like that. In the pillar inspections of 2016 and 2017 Gloucestershire "
    "was good at keeping people safe and reducing crime, and in 2017 HMICFRS also judged it good at "
    "preventing crime and tackling anti-social behaviour. But efficiency slipped to requires "
    "improvement in 2017, and by the 2018/19 integrated inspection the force required improvement for "
    "both effectiveness and efficiency, with only legitimacy still rated good. Nobody in charge at "
    "the time seems to have treated that as a warning.")
doc.add_paragraph("The inspectors\u2019 main cause of concern in 2021 was this:")
doc.add_paragraph(
    "The constabulary does not record all of the crimes reported to it, and as a result some victims "
    "are not offered the support they are entitled to and some offenders are not pursued.",
    style="Quote")
doc.add_heading("Then and now", 2)
doc.add_paragraph("The table compares the grades I inherited with those in the 2023\u201325 PEEL report, "
                  "published in March 2025.")
rows = [
    ("Area", "When I took office (2021/22)", "Now (2023\u201325)"),
    ("Responding to the public", "Inadequate", "Adequate"),
    ("Investigating crime", "Requires improvement", "Good"),
    ("Protecting vulnerable people", "Inadequate", "Adequate"),
    ("Preventing crime and antisocial behaviour", "Good", "Good"),
    ("Recording data about crime", "Inadequate", "Not inspected"),
    ("Leadership and force management", "\u2013", "Requires improvement"),
]
t = doc.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for r, row in enumerate(rows):
    for c, val in enumerate(row):
        set_cell(t.cell(r, c), val, bold=(r == 0))
        if r == 0:
            shade(t.cell(r, c), "D9E2F3")
doc.add_paragraph(
    "The other three areas graded inadequate in 2021/22 are covered in my annual report and not "
    "repeated here. Leadership and force management was not a graded area in 2021/22.")
doc.add_paragraph(
    "The inspectors have now closed the 2021 cause of concern, and in October 2024 the force left "
    "Engage. I want to thank Chief Constable Fiona Lattimer, who arrived in 2022 and has led that "
    "recovery, and her predecessor, Chief Constable Robert Hanbury, who served from 2017 to 2022 "
    "and began the work in his final year.")
doc.add_heading("What still needs to improve", 2)
doc.add_paragraph("The 2023\u201325 report leaves the force with areas for improvement. Two matter most to me:")
labelled(doc, "Investigations:",
         "The constabulary should make sure that it allocates investigations to officers with "
         "the right skills, and that supervisors review them regularly.")
labelled(doc, "Leadership:",
         "The constabulary should improve how it plans its workforce, so that it has enough "
         "detectives and call handlers for the demand it expects.")
doc.add_paragraph(
    "I have asked the Chief Constable for a quarterly update on both, and I will publish those updates. "
    "I am also working with my fellow commissioners in Avon and Somerset, Wiltshire, Dorset and Devon "
    "and Cornwall on regional contracts, which is good value for taxpayers. Gloucestershire Fire and "
    "Rescue Service is not part of my remit.")
doc.add_paragraph("Charles Penrose\nPolice and Crime Commissioner for Gloucestershire\nJune 2025")
doc.save(OUT)
print("wrote", OUT)
