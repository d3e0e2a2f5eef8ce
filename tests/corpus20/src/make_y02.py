"""y02.docx: Northumbria Police's own press release on its PEEL 2023-25 report."""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Cm

from docxutil import header_footer, set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
header_footer(doc, "Northumbria Police | Corporate Communications",
              "Northumbria Police, Middle Engine Lane, Wallsend. Media enquiries: 0191 000 0000 (24 hours)")

t = doc.add_table(rows=3, cols=2)
t.style = "Table Grid"
rows = [("NEWS RELEASE", "For immediate release"),
        ("Date", "Wednesday 26 March 2025"),
        ("Reference", "NP/CC/0325/114")]
for r, (a, b) in zip(t.rows, rows):
    set_cell(r.cells[0], a, bold=True)
    set_cell(r.cells[1], b)
shade(t.rows[0].cells[0], "1F3864")
shade(t.rows[0].cells[1], "1F3864")
for c in t.rows[0].cells:
    for run in c.paragraphs[0].runs:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

doc.add_paragraph()
doc.add_heading("Inspectors recognise our neighbourhood policing and offender management "
                "as outstanding", level=1)
doc.add_paragraph("We are pleased that HMICFRS has recognised the work of our neighbourhood "
                  "teams, and of the officers and staff who manage offenders in our "
                  "communities, as outstanding.")
doc.add_paragraph("His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services "
                  "published its PEEL 2023\u201325 report on Northumbria Police this morning. "
                  "Inspectors visited the force in the autumn, spending time with response "
                  "officers, detectives, call handlers and neighbourhood teams from Berwick "
                  "to Sunderland.")

doc.add_heading("What the inspectors found", level=2)
doc.add_paragraph("We were graded outstanding in two areas: preventing crime, and managing "
                  "offenders and suspects. Only a handful of forces in England and Wales "
                  "have received the top grade for either.")
doc.add_paragraph("Preventing crime is an area in which we received a grade of good in "
                  "2021/22, so this year\u2019s result reflects three years of investment in "
                  "neighbourhood policing and problem-solving with our partners.")
doc.add_paragraph("We received a grade of good for responding to the public. In the last "
                  "inspection, in 2021/22, that area was graded adequate, and improving the "
                  "time it takes us to answer and attend calls has been one of our top "
                  "priorities since.")
doc.add_paragraph("We were also graded good for:")
for item in ("police powers and public treatment;",
             "protecting vulnerable people;",
             "building, supporting and protecting the workforce; and",
             "leadership and force management."):
    doc.add_paragraph(item, style="List Bullet")
doc.add_paragraph("Investigating crime is the one area where we were graded adequate. "
                  "Inspectors found that most investigations were thorough, but that some "
                  "were not supervised closely enough and that victims were not always "
                  "told how their case was progressing.")
doc.add_paragraph("As is now usual, the inspectorate also assessed the service we give to "
                  "victims of crime; this part of the inspection is not graded.")

doc.add_heading("Areas for improvement", level=2)
doc.add_paragraph("The report sets out four areas for improvement, and we accept all of "
                  "them. Two concern investigations:")
for item in ("The force should make sure that supervisors review investigations at regular "
             "intervals and record clear direction for the officer in the case.",
             "The force should make sure that victims are updated on the progress of their "
             "case in line with the Code of Practice for Victims of Crime, and that it "
             "records when it has done so."):
    doc.add_paragraph(item, style="List Number")
doc.add_paragraph("The other two concern the way we record the use of force and the wellbeing "
                  "support given to officers who investigate online child abuse. The full "
                  "report, including all four, is available on the HMICFRS website.")

doc.add_heading("What we said", level=2)
p = doc.add_paragraph()
p.add_run("Chief Constable Vanessa Thorley said: ")
p.add_run("\u201cThis is a report every officer, member of staff and volunteer in Northumbria "
          "can be proud of. To be graded outstanding for preventing crime is a tribute to "
          "our neighbourhood teams, who know their communities and work with them every "
          "day. We also know where we have more to do. Investigations matter enormously to "
          "victims, and we will take the inspectors\u2019 advice on board.\u201d")
p = doc.add_paragraph()
p.add_run("Deputy Chief Constable Owen Ridley, who leads our crime and justice portfolio, "
          "said: \u201cWe have already begun a programme to give our sergeants more time to "
          "supervise investigations, and we will report on its progress to the "
          "Commissioner in the summer.\u201d")
p = doc.add_paragraph()
p.add_run("Kiran Dhaliwal-Moss, Police and Crime Commissioner for Northumbria, said: "
          "\u201cThe public tell me they want to see police in their neighbourhoods and to "
          "get a response when they call. It is good to see independent inspectors confirm "
          "that both are happening. I will keep a close eye on the improvements to "
          "investigations.\u201d")
doc.add_paragraph("Assistant Chief Constable Helen Garside, who leads on neighbourhood "
                  "policing, will be speaking at a community event in Blyth on Saturday.")

doc.add_heading("Other news", level=2)
doc.add_paragraph("Officers executed 212 outstanding arrest warrants during a week of action "
                  "in March, working alongside colleagues from Durham Constabulary and "
                  "British Transport Police.")

doc.add_paragraph("ENDS", style="Normal").alignment = WD_ALIGN_PARAGRAPH.CENTER
doc.add_heading("Notes to editors", level=3)
for item in (
        "HMICFRS inspects police forces in England and Wales under its PEEL programme "
        "(police effectiveness, efficiency and legitimacy).",
        "In its 2023\u201325 programme it grades each force in up to eight areas on a "
        "five-point scale: outstanding, good, adequate, requires improvement and "
        "inadequate.",
        "Interview requests with the Chief Constable can be made through the press office "
        "until 5pm on Thursday 27 March 2025."):
    doc.add_paragraph(item, style="List Number 2")

doc.save(os.path.join(HERE, "..", "docs", "y02.docx"))
print("wrote docs/y02.docx")
