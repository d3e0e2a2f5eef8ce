"""my06.docx: a Police, Fire and Crime Commissioner's quarterly summary of inspection reports
(Cumbria, PEEL 2023-25 beside a fire and rescue service round 3 report), python-docx."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell, labelled

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "my06.docx")

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "OFFICIAL"
doc.sections[0].footer.paragraphs[0].text = "Cumbria Commissioner - Inspection summary Q3 2024/25"

doc.add_heading("Office of the Cumbria Police, Fire and Crime Commissioner", level=1)
doc.add_heading("Inspection reports: Commissioner's summary and responses, October to December 2024", level=2)
doc.add_paragraph(
    "This paper summarises the inspection reports published in the quarter about Cumbria "
    "Constabulary and Cumbria Fire and Rescue Service, both of which I now govern. It "
    "includes my statutory comments on the police reports under section 55 of the Police Act "
    "1996. Since April 2023 I have also been the fire and rescue authority for the county, and "
    "HMICFRS inspects the fire and rescue service against a separate framework.")
doc.add_paragraph("Alan Threlkeld, Police, Fire and Crime Commissioner for Cumbria")

doc.add_heading("1. PEEL 2023\u201325: Cumbria Constabulary", level=2)
doc.add_paragraph(
    "HMICFRS published its PEEL 2023\u201325 report on the Constabulary on 15 October 2024. "
    "His Majesty's Inspector of Constabulary Imogen Ashworth-Kerr found a force that \"is good at "
    "working with its communities but needs to do more for vulnerable people\". The grades are:")
grades = [
    ("Area of policing", "Grade"),
    ("Police powers and public treatment", "Good"),
    ("Preventing crime", "Adequate"),
    ("Responding to the public", "Good"),
    ("Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Requires improvement"),
    ("Managing offenders and suspects", "Good"),
    ("Building, supporting and protecting the workforce", "Adequate"),
    ("Leadership and force management", "Good"),
    ("Providing a service to victims of crime", "Not graded"),
]
t = doc.add_table(rows=len(grades), cols=2)
t.style = "Table Grid"
for i, (a, g) in enumerate(grades):
    set_cell(t.cell(i, 0), a, bold=(i == 0))
    set_cell(t.cell(i, 1), g, bold=(i == 0))
    if i == 0:
        shade(t.cell(i, 0), "BDD7EE"); shade(t.cell(i, 1), "BDD7EE")
doc.add_paragraph(
    "The report raises no cause of concern. It identifies five areas for improvement; the two "
    "about protecting vulnerable people are set out below with the Constabulary's response.")

doc.add_paragraph("Area for improvement 1", style="Heading 3")
doc.add_paragraph(
    "The Constabulary should make sure that it completes risk assessments for all victims of "
    "domestic abuse at the first contact, and that supervisors review them within 24 hours.",
    style="Quote")
labelled(doc, "Constabulary response:",
         "A revised risk assessment has been built into the command and control system, and a "
         "daily supervisory review was introduced in November. Compliance was 91% in December.")

doc.add_paragraph("Area for improvement 2", style="Heading 3")
doc.add_paragraph(
    "The Constabulary should improve the way it identifies and records children who go missing "
    "repeatedly, so that it can share information with partners and reduce the risk they face.",
    style="Quote")
labelled(doc, "Commissioner's comment:",
         "I will receive the Constabulary's plan at my Public Accountability Conference in "
         "February 2025.")

doc.add_paragraph(
    "Chief Constable Rachel Hewitson has told me that the protecting vulnerable people plan will be "
    "overseen by her Deputy, and I will report progress to the Police, Fire and Crime Panel.")

doc.add_heading("2. Fire and rescue service inspection 2023\u201325: Cumbria Fire and Rescue Service", level=2)
doc.add_paragraph(
    "HMICFRS published its third-round report on Cumbria Fire and Rescue Service on 28 November "
    "2024. Fire and rescue inspections now use the same five grades as PEEL, applied to eleven "
    "areas of the service's work. The report was led by His Majesty's Inspector of Fire & Rescue "
    "Services Owain Prydderch.")
fr = [
    ("Area", "Grade"),
    ("Understanding fires and other risks", "Adequate"),
    ("Preventing fires and other risks", "Good"),
    ("Protecting the public through fire regulation", "Requires improvement"),
    ("Responding to fires and other emergencies", "Good"),
    ("Responding to major and multi-agency incidents", "Good"),
    ("Making best use of resources", "Adequate"),
    ("Making the fire and rescue service affordable now and in the future", "Adequate"),
    ("Promoting the right values and culture", "Requires improvement"),
    ("Getting the right people with the right skills", "Good"),
    ("Ensuring fairness and promoting diversity", "Inadequate"),
    ("Managing performance and developing leaders", "Adequate"),
]
t2 = doc.add_table(rows=len(fr), cols=2)
t2.style = "Table Grid"
for i, (a, g) in enumerate(fr):
    set_cell(t2.cell(i, 0), a, bold=(i == 0))
    set_cell(t2.cell(i, 1), g, bold=(i == 0))
    if i == 0:
        shade(t2.cell(i, 0), "F8CBAD"); shade(t2.cell(i, 1), "F8CBAD")
doc.add_paragraph(
    "The inspectorate found a cause of concern in the service's approach to fairness and "
    "diversity:")
doc.add_paragraph(
    "The service has not done enough to understand why people from under-represented groups "
    "leave it, and staff do not have confidence that grievances are dealt with fairly.",
    style="Quote")
doc.add_paragraph(
    "The Chief Fire Officer has submitted an action plan to HMICFRS, which will revisit the "
    "service in spring 2025.")

doc.add_heading("3. Other reports", level=2)
doc.add_paragraph(
    "Custody. A joint inspection of police custody in Cumbria, carried out by HMICFRS and the "
    "Care Quality Commission, was published on 3 December 2024. Custody inspections are not "
    "graded. It found one cause of concern, about the availability of appropriate adults for "
    "children at night, and made two recommendations.")
doc.add_paragraph(
    "National thematic. HMICFRS's inspection of activism and impartiality in policing makes "
    "recommendations to all chief constables. The Constabulary has already acted on the one "
    "due by the end of 2024.")
doc.add_paragraph(
    "Youth justice. Cumbria Youth Justice Service was rated good by HM Inspectorate of Probation "
    "in October. This is included for the Panel's information only.")
doc.save(OUT)
print("wrote", OUT)
