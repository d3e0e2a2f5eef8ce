"""Build docs/mq03.docx: a local victims' charity briefing on HMIC's PEEL 2015 effectiveness
report for Bedfordshire Police (python-docx)."""
import os

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "mq03.docx")

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "Beds Victims' Voice | Briefing 2016/03"
doc.sections[0].footer.paragraphs[0].text = "Registered charity no. 1150000 (illustrative)"

doc.add_heading("Briefing: what the police inspectorate found about support for vulnerable victims in Bedfordshire", level=1)
p = doc.add_paragraph()
p.add_run("Published 3 March 2016. For members, partner agencies and local councillors.").italic = True

doc.add_heading("Summary", level=2)
doc.add_paragraph(
    "On 18 February 2016 Her Majesty's Inspectorate of Constabulary (HMIC) published the "
    "effectiveness part of its 2015 PEEL assessment of every police force in England and Wales. "
    "This briefing sets out what it said about Bedfordshire Police, and why it matters to the "
    "people we support.")
doc.add_paragraph(
    "HMIC judged that Bedfordshire Police requires improvement in how effectively it keeps people "
    "safe and reduces crime. The finding that concerns us most is that the force was judged "
    "inadequate at protecting vulnerable people from harm and supporting victims, and that HMIC "
    "raised a formal cause of concern about it.")

doc.add_heading("The grades", level=2)
doc.add_paragraph("HMIC grades forces as outstanding, good, requires improvement or inadequate. "
                  "For Bedfordshire it gave these grades:")
rows = [
    ("Question", "HMIC grade"),
    ("Overall: how effective is the force at keeping people safe and reducing crime?", "Requires improvement"),
    ("Preventing crime and anti-social behaviour", "Good"),
    ("Investigating crime and reducing re-offending", "Requires improvement"),
    ("Protecting vulnerable people and supporting victims", "Inadequate"),
    ("Tackling serious and organised crime", "Requires improvement"),
    ("Specialist capabilities", "Not graded"),
]
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for i, (a, b) in enumerate(rows):
    cells = t.add_row().cells
    cells[0].text = a
    cells[1].text = b
    if i == 0:
        for c in cells:
            c.paragraphs[0].runs[0].bold = True
doc.add_paragraph(
    "For comparison, the force's strategic partners in the three-force collaboration, "
    "Hertfordshire Constabulary and Cambridgeshire Constabulary, were both judged good. "
    "Nationally, four forces were judged to be inadequate at protecting vulnerable people, and "
    "31 forces had either a cause of concern or an area for improvement about vulnerability.")

doc.add_heading("The cause of concern", level=2)
doc.add_paragraph("HMIC set out its cause of concern in these words:")
doc.add_paragraph(
    "Bedfordshire Police is not doing enough to identify vulnerable victims when they first "
    "contact the force, and its response to children who go missing or are absent from home is "
    "not consistent enough to keep them safe.", style="Intense Quote")
doc.add_paragraph("HMIC made three recommendations to address it. We have added our own view "
                  "after each one, and the force's response where it has given us one.")

recs = [
    ("Recommendation 1",
     "Within three months, the force should make sure that call handlers use a structured "
     "assessment of vulnerability and risk for every call, and record the result on the incident log.",
     "Our view: this is overdue. Our helpline still hears from callers who were not asked whether "
     "they felt safe.",
     "Force response (29 February 2016): a new vulnerability screening question set went live in "
     "the control room on 22 February 2016, and compliance is being audited weekly."),
    ("Recommendation 2",
     "Within three months, the force should review how it grades reports of missing children, so "
     "that no child assessed as being at medium or high risk is recorded as absent.",
     "Our view: we support this and have offered to sit on the review group.",
     None),
    ("Recommendation 3",
     "Within six months, the force should make sure that every officer who attends a domestic "
     "abuse incident completes a risk assessment with the victim in person and not by telephone.",
     "Our view: telephone risk assessments can put victims in danger if the perpetrator is in the "
     "room. This recommendation must be met in full.",
     None),
]
for head, rec, view, resp in recs:
    doc.add_heading(head, level=3)
    doc.add_paragraph(rec)
    doc.add_paragraph(view)
    if resp:
        doc.add_paragraph(resp)

doc.add_heading("Areas for improvement that affect victims", level=2)
doc.add_paragraph("HMIC also listed areas for improvement. Two of them bear directly on victims:")
doc.add_paragraph(
    "The force should improve how it keeps victims informed about the progress of their "
    "investigations, in line with the Code of Practice for Victims of Crime.", style="List Bullet")
doc.add_paragraph(
    "The force should make sure that investigations are allocated to officers and staff with the "
    "skills and experience they need.", style="List Bullet")

doc.add_heading("What people said", level=2)
doc.add_paragraph(
    "HM Inspector of Constabulary Dominic Harwell said that the force had \"committed, caring "
    "officers who are let down by systems that do not always spot risk early enough\".")
doc.add_paragraph(
    "Temporary Chief Constable Amrik Dhaliwal told local media that the force accepted the "
    "findings and had already started work on each recommendation. Police and Crime Commissioner "
    "Oliver Brandreth said he would hold the force to account through his monthly accountability "
    "meetings.")

doc.add_heading("What we are asking for", level=2)
for line in [
    "A public update from the force on all three recommendations by June 2016.",
    "A seat for specialist victims' services on the force's vulnerability board.",
    "Ring-fenced funding for independent domestic violence advisers in the 2016/17 commissioning round.",
]:
    doc.add_paragraph(line, style="List Number")

doc.add_paragraph("Contact: policy@bedsvictimsvoice.example  |  ENDS")
doc.save(OUT)
print("wrote", OUT)
