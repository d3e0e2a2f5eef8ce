"""Build docs/ni02.docx: a Police and Crime Commissioner's report to the Gwent Police and
Crime Panel proposing a Chief Constable (PEEL 2018/19 context). python-docx."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import set_cell, shade, labelled

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "ni02.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "SWYDDFA COMISIYNYDD HEDDLU A THROSEDDU GWENT / OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR GWENT"
sec.footer.paragraphs[0].text = "Report to Gwent Police and Crime Panel - 14 June 2019 - Page 1"

doc.add_heading("Gwent Police and Crime Panel", level=1)
doc.add_paragraph("Report of the Police and Crime Commissioner: proposed appointment of Chief Constable")
t = doc.add_table(rows=4, cols=2)
t.style = "Table Grid"
for i, (a, b) in enumerate([
        ("Meeting", "Confirmation hearing, 14 June 2019, 10:00, Council Chamber, Ty Gwent"),
        ("Author", "Chief Executive, Office of the Police and Crime Commissioner"),
        ("Status", "For decision"),
        ("Appendices", "A: Role profile. B: Candidate's application (exempt). C: Independent member's report.")]):
    set_cell(t.cell(i, 0), a, bold=True)
    shade(t.cell(i, 0), "E7E6E6")
    set_cell(t.cell(i, 1), b)

doc.add_heading("1. Introduction", level=2)
doc.add_paragraph(
    "1.1 In accordance with Schedule 8 of the Police Reform and Social Responsibility Act 2011, "
    "I write to notify the Panel that I propose to appoint Temporary Chief Constable Siân Pritchard-Evans "
    "as Chief Constable of Gwent Police. Ms Pritchard-Evans has led the force on a temporary basis since "
    "the retirement of Chief Constable Geraint Mostyn on 28 February 2019.")
doc.add_paragraph(
    "1.2 The vacancy was advertised on the College of Policing website and in the national press from "
    "8 April 2019, closing on 3 May 2019. Three candidates applied; two were shortlisted and interviewed on "
    "22 May 2019 by a panel that I chaired.")

doc.add_heading("2. Career summary", level=2)
doc.add_paragraph(
    "2.1 Ms Pritchard-Evans began her service with South Wales Police in 1994. She became Assistant Chief "
    "Constable in Dyfed-Powys Police in 2013, with responsibility for local policing and the force control "
    "room, and returned to Gwent as Deputy Chief Constable in 2016. She holds a master's degree in "
    "criminology from Cardiff University and is a fluent Welsh speaker.")

doc.add_heading("3. Why the candidate meets the requirements of the role", level=2)
doc.add_paragraph(
    "3.1 The role profile asked for a leader who could build on the force's strengths while addressing what "
    "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) found in its most recent "
    "assessment. In the PEEL 2018/19 report, published on 2 May 2019, HMICFRS judged Gwent Police to be good "
    "at keeping people safe and reducing crime (effectiveness), good at operating efficiently, and said that "
    "the way the force treats the public and its workforce (legitimacy) requires improvement.")
doc.add_paragraph(
    "3.2 The inspectorate graded the force good at protecting vulnerable people and good at tackling serious "
    "and organised crime, but it found the force's treatment of its own workforce to be inadequate in places "
    "and graded that question as requiring improvement.")
doc.add_paragraph(
    "3.3 During the assessment the candidate set out a credible plan for each of the areas for improvement "
    "that HMICFRS identified. The three that I regard as most pressing are set out below, with the "
    "candidate's proposed response.")

aff = [
    ("The force should improve how it identifies and responds to the wellbeing needs of its officers and "
     "staff, in particular those working in the public protection unit.",
     "A wellbeing lead will be appointed for each command by September 2019, and trauma risk assessments will "
     "be offered to all public protection staff."),
    ("The force should make sure that its processes for selection and promotion are fair and are seen to be "
     "fair by the workforce.",
     "All promotion boards from July 2019 will include an independent member, and the results will be "
     "published by protected characteristic."),
    ("The force should make sure it has a sound understanding of the capabilities and skills of its "
     "workforce, so that it can plan for the future.",
     None),
]
for n, (a, r) in enumerate(aff, start=1):
    p = doc.add_paragraph()
    p.add_run("Area for improvement %d" % n).bold = True
    doc.add_paragraph(a, style="Intense Quote")
    if r:
        labelled(doc, "Candidate's response:", r)
    else:
        labelled(doc, "Candidate's response:", "To be developed with the Chief Officer Team after appointment.")

doc.add_heading("4. Personal independence", level=2)
doc.add_paragraph(
    "4.1 The candidate has no personal or business relationship with me or with any member of my office. "
    "The independent member, Mr Aled Harries, observed every stage of the process and his report (Appendix C) "
    "concludes that it was fair and open.")

doc.add_heading("5. Terms of appointment", level=2)
doc.add_paragraph(
    "5.1 The appointment would be for a fixed term of five years from 1 July 2019 at a salary of £147,000, "
    "in line with the Chief Officer pay scale.")

doc.add_heading("6. Recommendation", level=2)
doc.add_paragraph("6.1 That the Panel confirms the appointment of Siân Pritchard-Evans as Chief Constable of Gwent Police.")
doc.add_paragraph("")
doc.add_paragraph("Jeff Cuthbertson-Lloyd")
doc.add_paragraph("Police and Crime Commissioner for Gwent")
doc.save(OUT)
print("wrote", OUT)
