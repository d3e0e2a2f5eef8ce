"""nu07.docx: a chief constable's report to a PCC's executive board on PEEL 2015 vs 2014."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell, labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "nu07.docx")
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "NOT PROTECTIVELY MARKED"
doc.sections[0].footer.paragraphs[0].text = "North Yorkshire Police – Executive Board paper EB/16/09"

doc.add_heading("Report of the Chief Constable to the Police and Crime Commissioner's Executive Board", level=1)
doc.add_paragraph("Date of meeting: 8 March 2016")
doc.add_paragraph("Subject: HMIC PEEL assessment 2015 – results and comparison with 2014")
doc.add_heading("1. Introduction", level=2)
doc.add_paragraph(
    "1.1 On 25 February 2016 HMIC published its second annual PEEL assessment. This paper sets out "
    "North Yorkshire Police's results and how they have moved since the first assessment in 2014, "
    "when only effectiveness and efficiency were graded.")
doc.add_paragraph(
    "1.2 Commissioner Julia Mulligan has asked that the paper is also shared with the Police and Crime Panel.")
doc.add_heading("2. Headline results", level=2)
doc.add_paragraph("Table 1: PEEL 2015 grades and change since 2014")
rows = [
    ("Pillar", "PEEL 2015", "Change since 2014"),
    ("Effectiveness", "Good", "The same grade as in 2014"),
    ("Efficiency", "Good", "Up from requires improvement"),
    ("Legitimacy", "Good", "Not graded in 2014"),
    ("Leadership", "Not graded", "–"),
]
t = doc.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        set_cell(t.cell(i, j), v, bold=(i == 0))
        if i == 0:
            shade(t.cell(i, j), "DDDDDD")
doc.add_paragraph(
    "2.1 The rise in efficiency is the most significant movement. In 2014 HMIC was concerned that the "
    "force had not yet shown how it would balance its budget beyond 2016/17; previously requires "
    "improvement, the force is now judged good, reflecting the savings plan agreed with the Commissioner.")
doc.add_heading("3. Effectiveness in more detail", level=2)
doc.add_paragraph("3.1 Within effectiveness, the force was judged:")
for s in ("good at preventing crime and anti-social behaviour, and keeping people safe;",
          "good at investigating crime and managing offenders;",
          "requires improvement at protecting those who are vulnerable and supporting victims; and",
          "good at tackling serious and organised crime."):
    doc.add_paragraph(s, style="List Bullet")
doc.add_paragraph(
    "3.2 HMIC's Inspector for the northern region, HM Inspector of Constabulary Mike Cunningham, "
    "highlighted the force's work with the Harrogate and Scarborough community safety partnerships.")
doc.add_heading("4. Area for improvement carried forward", level=2)
doc.add_paragraph("4.1 The protecting vulnerable people report contained the following area for improvement:")
doc.add_paragraph(
    "The force should ensure that its officers and staff identify repeat and vulnerable victims at "
    "the first point of contact, and that this information is passed to those who attend.",
    style="Quote")
labelled(doc, "Update:",
         "A vulnerability flag has been added to the control room system and a refresher briefing has "
         "been given to all call handlers. An audit will follow in June 2016.")
doc.add_heading("5. Regional context", level=2)
doc.add_paragraph(
    "5.1 West Yorkshire Police also rose to good for efficiency this year. Cleveland Police and "
    "Durham Constabulary, with whom we share some specialist functions, have both improved on 2014 "
    "in at least one pillar.")
doc.add_heading("6. Next steps", level=2)
doc.add_paragraph(
    "6.1 Our ambition for 2016 is an outstanding grade for efficiency and good or better in every "
    "effectiveness question. The Commissioner is asked to note the results.")
doc.add_paragraph("Dave Jones QPM")
doc.add_paragraph("Chief Constable")
doc.save(OUT)
print("wrote", OUT)
