"""my03.docx: a council overview and scrutiny report on inspection outcomes for community
safety partners (Medway / Kent), python-docx."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "my03.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "Medway Council - Regeneration, Culture and Environment Overview and Scrutiny Committee"

doc.add_paragraph("REGENERATION, CULTURE AND ENVIRONMENT OVERVIEW AND SCRUTINY COMMITTEE").runs[0].bold = True
doc.add_paragraph("16 MARCH 2023")
doc.add_heading("INSPECTION OUTCOMES FOR COMMUNITY SAFETY PARTNERS 2022/23", level=1)
doc.add_paragraph("Report from: Director of Place and Deputy Chief Executive")
doc.add_paragraph("Author: Community Safety Partnership Manager")

doc.add_heading("Summary", level=2)
doc.add_paragraph(
    "This report brings together, for the first time in one place, the results of the external "
    "inspections published during 2022/23 of the agencies that make up the Medway Community Safety "
    "Partnership (CSP). It has been prepared at the request of the Committee following its meeting "
    "in October 2022. Each inspectorate uses its own framework and scale, so the judgements in "
    "Table 1 cannot be compared with one another.")

doc.add_heading("1. Recommendation", level=2)
doc.add_paragraph("1.1 The Committee is asked to note the inspection outcomes set out in this report "
                  "and the actions being taken by partners in response.")

doc.add_heading("2. Inspections published in 2022/23", level=2)
doc.add_paragraph("Table 1: Inspection outcomes for CSP partner agencies")
rows = [
    ("Agency", "Inspectorate", "Inspection", "Published", "Judgement"),
    ("Medway Council Children's Services", "Ofsted", "Inspection of local authority children's services (ILACS)", "August 2022", "Requires improvement to be good"),
    ("Medway Youth Justice Service", "HM Inspectorate of Probation", "Inspection of youth offending services", "June 2022", "Requires improvement"),
    ("Medway NHS Foundation Trust", "Care Quality Commission", "Well-led and core services", "October 2022", "Requires improvement"),
    ("Kent Fire and Rescue Service", "HMICFRS", "Fire and rescue service inspection 2021/22", "January 2022", "Effectiveness: Good; Efficiency: Good; People: Requires improvement"),
    ("Kent Police", "HMICFRS", "PEEL 2021/22", "November 2022", "Good in five areas, adequate in three, requires improvement in one (see section 3)"),
    ("Kent Police custody", "HMICFRS with CQC", "Joint inspection of police custody", "February 2023", "Not graded"),
]
t = doc.add_table(rows=len(rows), cols=5)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        set_cell(t.cell(i, j), v, bold=(i == 0))
        if i == 0:
            shade(t.cell(i, j), "D9D9D9")

doc.add_heading("3. Kent Police: PEEL 2021/22", level=2)
doc.add_paragraph(
    "3.1 His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published "
    "its PEEL report on Kent Police in November 2022. Of most relevance to the Partnership, the "
    "force was judged good at preventing crime and anti-social behaviour and good at investigating "
    "crime. It was graded adequate at protecting vulnerable people, and requires improvement in "
    "responding to the public, where inspectors found that too many non-emergency calls went "
    "unanswered. The force was also judged good at treatment of the public.")
doc.add_paragraph(
    "3.2 The report sets out seven areas for improvement. The two that partners can most directly "
    "help with are shown in Table 2, with the update Kent Police gave to the Kent Community Safety "
    "Partnership in February 2023.")
doc.add_paragraph("Table 2: Selected PEEL areas for improvement")
afis = [
    ("No.", "Area for improvement", "Kent Police update"),
    ("1", "The force should make sure that officers consider the needs of children present at incidents of domestic abuse and share that information with the local authority promptly.",
     "A revised referral form was introduced in January, and a daily joint triage with Medway Council children's services began on 6 February."),
    ("2", "The force should improve the quality of its problem-solving plans for anti-social behaviour, and evaluate them so that what works can be shared with partners.",
     "\u2014"),
]
t2 = doc.add_table(rows=len(afis), cols=3)
t2.style = "Table Grid"
for i, r in enumerate(afis):
    for j, v in enumerate(r):
        set_cell(t2.cell(i, j), v, bold=(i == 0))
        if i == 0:
            shade(t2.cell(i, j), "D9D9D9")
doc.add_paragraph(
    "3.3 Kent's Police and Crime Commissioner, Matthew Scott, has published his response to the "
    "report and has said he will hold Chief Constable Tim Smith to account for the call-handling "
    "improvements through his Performance and Delivery Board.")

doc.add_heading("4. Other inspections", level=2)
doc.add_paragraph(
    "4.1 Children's services. Ofsted judged overall effectiveness to require improvement to be "
    "good, an improvement on the inadequate judgement of 2019. Ofsted found the experiences and "
    "progress of children who need help and protection to be good.")
doc.add_paragraph(
    "4.2 Youth justice. HM Inspectorate of Probation rated the Youth Justice Service as requires "
    "improvement. Its first recommendation is that the Youth Justice Board chair should make sure "
    "that the board understands the disproportionate number of black and mixed-heritage children "
    "in the cohort, and acts on it.")
doc.add_paragraph(
    "4.3 Fire and rescue. Kent Fire and Rescue Service was judged good at keeping people safe and "
    "secure from fire and other risks and good for efficiency. How well it looks after its people "
    "was graded requires improvement. Its cause of concern on promoting values and culture has "
    "since been discharged.")
doc.add_paragraph(
    "4.4 Police custody. The joint custody inspection does not give grades. It made three "
    "recommendations to Kent Police, including one about the time detainees with mental ill "
    "health spend in custody while waiting for an assessment.")

doc.add_heading("5. Financial and legal implications", level=2)
doc.add_paragraph("5.1 There are no direct financial or legal implications arising from this report.")
doc.add_paragraph("Lead officer contact: Community Safety Partnership Manager, Gun Wharf, Dock Road, Chatham ME4 4TR")
doc.add_paragraph("Background papers: None")
doc.save(OUT)
print("wrote", OUT)
