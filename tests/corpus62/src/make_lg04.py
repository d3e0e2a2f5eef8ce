"""lg04.docx: Cumbria PFCC's section 55 response to PEEL 2021/22, August 2022 (python-docx)."""
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell, labelled

doc = Document()
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Office of the Police, Fire and Crime Commissioner for Cumbria"
sec.footer.paragraphs[0].text = "OFFICIAL – published under section 55 of the Police Act 1996"

doc.add_heading("Response to HMICFRS PEEL 2021/22 inspection of Cumbria Constabulary", 0)
labelled(doc, "Date:", "9 August 2022")
labelled(doc, "Report published:", "14 June 2022")
labelled(doc, "Response deadline:", "9 August 2022 (56 days)")

doc.add_heading("Commissioner’s statement", 1)
doc.add_paragraph(
    "As Police, Fire and Crime Commissioner for Cumbria, I, Gareth Lindqvist, welcome this report from Her Majesty’s "
    "Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS). I have discussed it in detail "
    "with Chief Constable Rachel Hensby at my Public Accountability Conference on 26 July 2022, and I "
    "have asked her to provide the updates set out below.")
doc.add_paragraph(
    "The inspection, led by HM Inspector of Constabulary Anthony Pellowe, is the first under the "
    "new PEEL framework. It is pleasing that the constabulary was graded good in five of the eight graded areas "
    "inspected, and that no causes of concern were identified. Inspectors also recorded good practice in "
    "the force’s work with the Cumbria Safeguarding Hub.")
doc.add_paragraph(
    "Members of the public should note that these grades are not comparable with the constabulary’s "
    "previous PEEL results, because the inspectorate has moved from a four-point to a five-point scale.")

doc.add_heading("Grades awarded", 1)
t = doc.add_table(rows=1, cols=2)
t.style = "Light Grid Accent 1"
set_cell(t.rows[0].cells[0], "Area of policing", bold=True)
set_cell(t.rows[0].cells[1], "Grade", bold=True)
data = [
    ("Engaging with and treating the public with fairness and respect", "Good"),
    ("Preventing crime and anti-social behaviour", "Good"),
    ("Responding to the public", "Adequate"),
    ("Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Adequate"),
    ("Managing offenders and suspects", "Good"),
    ("Developing a positive workplace", "Good"),
    ("Good use of resources", "Good"),
    ("Providing a service to the victims of crime", "Not graded"),
]
for a, g in data:
    c = t.add_row().cells
    set_cell(c[0], a)
    set_cell(c[1], g)
row = t.add_row()
m = row.cells[0].merge(row.cells[1])
set_cell(m, "Crime recording was not assessed for Cumbria in this round; the constabulary’s last crime data "
            "integrity inspection was in 2020.", italic=True)
shade(m, "EDEDED")
doc.add_paragraph("")
doc.add_paragraph(
    "For comparison, Cumbria Fire and Rescue Service, which I also oversee, was judged to require "
    "improvement in its most recent HMICFRS inspection. My response to that report is published separately.")

doc.add_heading("Areas for improvement and the force’s response", 1)
doc.add_paragraph("HMICFRS identified four areas for improvement. Each is set out below with the Chief "
                  "Constable’s response and my own comment.")

afis = [
    ("Responding to the public",
     "The force should improve how its control room identifies repeat and vulnerable callers, so that the response it gives reflects the risk they face.",
     "A revised THRIVE+ triage template went live in the Command and Control system on 4 July 2022. Repeat callers are now flagged automatically after a second contact within 28 days.",
     "I will monitor repeat-caller data through the quarterly performance report."),
    ("Investigating crime",
     "The force should make sure that all investigations are subject to regular supervisory review, and that these reviews give clear direction to the investigating officer.",
     "An investigation standards framework has been agreed. Sergeants now complete a review within seven days of allocation and at least every 28 days thereafter.",
     None),
    ("Investigating crime",
     "The force should reduce the backlog of digital devices waiting to be examined, so that investigations are not delayed.",
     None,
     "The Chief Constable’s update on this area was not available at the time of publication. I have asked for a written update by 31 December 2022."),
    ("Protecting vulnerable people",
     "The force should improve its understanding of the scale and nature of child criminal exploitation in Cumbria, working with partners to share information.",
     "A partnership problem profile on child criminal exploitation is being produced with the county council and will be completed in October 2022.",
     "I have funded an additional analyst post for this work."),
]
for n, (area, text, resp, comment) in enumerate(afis, 1):
    doc.add_heading("%s – area for improvement %d" % (area, n), 2)
    doc.add_paragraph(text, style="Quote")
    if resp:
        labelled(doc, "Chief Constable’s response:", resp)
    if comment:
        labelled(doc, "Commissioner’s comment:", comment)

doc.add_heading("Conclusion", 1)
doc.add_paragraph("I am satisfied that the Chief Constable has adequate plans in place to address the "
                  "areas for improvement, and I will continue to hold her to account for their delivery.")
p = doc.add_paragraph()
p.add_run("Gareth Lindqvist").bold = True
p.add_run("\nPolice, Fire and Crime Commissioner for Cumbria")
doc.save("../docs/lg04.docx")
