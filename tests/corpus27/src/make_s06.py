"""s06.docx: PEEL police efficiency 2017 pillar report (Leicestershire Police)."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "s06.docx")

doc = Document()
sec = doc.sections[0]
sec.header.paragraphs[0].text = "PEEL: police efficiency 2017 – Leicestershire Police"
sec.footer.paragraphs[0].text = "Page"

doc.add_paragraph("PEEL: police efficiency 2017", style="Title")
doc.add_paragraph("An inspection of Leicestershire Police", style="Subtitle")
doc.add_paragraph("November 2017")
doc.add_paragraph("© HMICFRS 2017")
doc.add_paragraph("ISBN: 978-1-78655-501-9")

doc.add_heading("Contents", 1)
for line in ["Introduction\t3", "Force in numbers\t4", "Overview – How efficient is the force at keeping "
             "people safe and reducing crime?\t6", "How well does the force understand demand?\t8",
             "How well does the force use its resources?\t11", "How well is the force planning for "
             "the future?\t16", "Next steps\t19"]:
    doc.add_paragraph(line, style="TOC Heading" if False else None)

doc.add_heading("Introduction", 1)
doc.add_paragraph("As part of our annual inspections into police effectiveness, efficiency and legitimacy "
                  "(PEEL), Her Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) "
                  "assesses the efficiency of police forces across England and Wales.")
doc.add_paragraph("We grade forces on a four-point scale: outstanding, good, requires improvement and "
                  "inadequate. This report sets out our findings for Leicestershire Police.")

doc.add_heading("Force in numbers", 1)
t = doc.add_table(rows=5, cols=3)
t.style = "Table Grid"
for i, (a, b, c) in enumerate([("Measure", "Leicestershire", "England and Wales"),
                               ("Police officer cost per head of population, 2017/18", "£105.40", "£115.12"),
                               ("Workforce in frontline roles, 31 March 2017", "92%", "93%"),
                               ("Calls for service per 1,000 population, 12 months to 31 March 2017", "394", "411"),
                               ("Projected workforce change, 2010 to 2021", "-18%", "-16%")]):
    set_cell(t.cell(i, 0), a, bold=(i == 0))
    set_cell(t.cell(i, 1), b, bold=(i == 0))
    set_cell(t.cell(i, 2), c, bold=(i == 0))
    if i == 0:
        for j in range(3):
            shade(t.cell(0, j), "DCE6F1")

doc.add_heading("Overview – How efficient is the force at keeping people safe and reducing crime?", 1)
p = doc.add_paragraph()
p.add_run("Overall judgement: ").bold = True
p.add_run("Good")
doc.add_paragraph("Leicestershire Police is judged to be good in the efficiency with which it keeps people "
                  "safe and reduces crime. Last year, HMIC judged the force to be good.")
doc.add_paragraph("The force has a good understanding of the demand for its services, including some less "
                  "obvious demand such as modern slavery. It uses its resources well, and its work with "
                  "Northamptonshire and Nottinghamshire through the East Midlands collaboration has produced "
                  "savings. However, its plans for the future require improvement: they are not yet based on "
                  "a full assessment of the demand the force will face, and the financial plan does not show "
                  "how savings will be made beyond 2019/20.")
for q, g in [("Understanding demand", "Good"), ("Use of resources", "Good"),
             ("Planning for the future", "Requires improvement")]:
    p = doc.add_paragraph(style="List Bullet")
    p.add_run(q + ": ")
    p.add_run(g).bold = True


def question(title, summary, prose, afis):
    doc.add_heading(title, 1)
    doc.add_heading("Summary", 2)
    doc.add_paragraph(summary)
    for para in prose:
        doc.add_paragraph(para)
    doc.add_heading("Areas for improvement", 2)
    if not afis:
        doc.add_paragraph("We have not identified any areas for improvement for this question.")
    for a in afis:
        if isinstance(a, tuple):
            doc.add_paragraph(a[0], style="List Bullet")
            for sub in a[1]:
                doc.add_paragraph(sub, style="List Bullet 2")
        else:
            doc.add_paragraph(a, style="List Bullet")


question("How well does the force understand demand?",
         "Leicestershire Police is good at understanding current demand for its services.",
         ["The force has analysed the calls it receives and the work that follows from them. It has "
          "looked for hidden demand, for example by working with the local authority to find victims of "
          "exploitation in hand car washes.",
          "The force manages demand well in its control room, where a mental health nurse works alongside "
          "call handlers in the evenings. This is an example of good practice."],
         [])

question("How well does the force use its resources?",
         "Leicestershire Police is good at using its resources to manage current demand.",
         ["The force has a good understanding of the costs of its services and has made savings. It has "
          "an incomplete picture of the skills of its workforce, particularly among police staff.",
          "Its collaboration with neighbouring forces is extensive, but it has not evaluated whether all "
          "of it represents value for money."],
         ["The force should ensure that it has a better understanding of the skills and capabilities of "
          "its workforce, so that it can identify gaps and plan how to fill them.",
          "The force should improve how it evaluates the benefits of its collaboration with neighbouring "
          "forces."])

question("How well is the force planning for the future?",
         "Leicestershire Police requires improvement in the way it plans for the future.",
         ["The force has started to assess how demand will change, but its assessment does not yet cover "
          "the whole organisation. Its medium-term financial plan is balanced until 2019/20 only."],
         ["The force should develop its plans for the future so that they are based on a full assessment "
          "of future demand, including demand that is currently hidden.",
          ("The force should make sure that its financial plans:",
           ["are clear about how savings will be made after 2019/20;",
            "take account of the likely costs of new technology; and",
            "are linked to its workforce plans."])])

doc.add_heading("Next steps", 1)
doc.add_paragraph("HMICFRS will discuss the findings of this report with the force. We will assess progress "
                  "on any areas for improvement in our next round of PEEL assessments.")
doc.add_paragraph("Matthew Corrigan-Hayes")
doc.add_paragraph("HM Inspector of Constabulary")

doc.save(OUT)
print("wrote", OUT)
