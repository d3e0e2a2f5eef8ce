"""nq03.docx: a PCC's newspaper column as the Word file sent to the paper (python-docx)."""
import os
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "nq03.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
hdr = doc.sections[0].header.paragraphs[0]
hdr.text = ("COLUMN \u2013 Luton Herald & Post \u2013 for Thursday 29 March 2018 \u2013 approx. 650 words "
            "\u2013 photo: PCC at Luton police station (attached)")

doc.add_heading("Our police are better than their grade \u2013 but not yet good enough", level=1)
p = doc.add_paragraph()
p.add_run("By Marguerite Oduya, Police and Crime Commissioner for Bedfordshire").italic = True

paras = [
    "A year ago I sat in this column and told you I was angry. Her Majesty\u2019s Inspectorate of "
    "Constabulary had just rated Bedfordshire Police inadequate at keeping people safe and reducing "
    "crime, and I thought, and still think, that some of that judgement ignored the reality of "
    "policing a town like Luton on the budget of a rural county.",
    "Last week the inspectors came back with their 2017 effectiveness report. The verdict this time is "
    "\u2018requires improvement\u2019. I know that doesn\u2019t sound like a headline to celebrate, and "
    "I am not going to pretend it is where any of us want to be. But going up a grade in twelve months, "
    "with fewer officers per head than almost anywhere in the country, is real progress, and the men "
    "and women of our force earned it.",
    "Here is what the inspectors found. Our work against serious and organised crime is good; the "
    "gangs and guns operation in Luton was singled out, and one part of it has been written up as "
    "good practice for other forces to copy. Preventing crime and investigating crime both still "
    "require improvement. Protecting vulnerable people, which was the part of last year\u2019s report "
    "that worried me most, also requires improvement, but it is no longer the cause of concern it was.",
    "On vulnerable people, the inspectors wrote this:",
]
for t in paras:
    doc.add_paragraph(t)

q = doc.add_paragraph(style="Quote")
q.add_run("The force should improve its understanding of hidden demand, such as modern slavery and child "
          "sexual exploitation, so that it can direct its resources to the people most at risk.")

for t in [
    "That is a fair point. The Chief Constable, Garrett Lowe, tells me that a new exploitation team of "
    "fourteen officers and staff starts work in May, funded from this year\u2019s precept, and that it "
    "will share analysts with our colleagues in Hertfordshire and Cambridgeshire through the tri-force "
    "collaboration.",
    "There are seven other areas for improvement in the report and I will be going through every one of "
    "them with the Chief Constable at my scrutiny board. You can watch that meeting online.",
    "I have been open with HM Inspector of Constabulary Marian Crewe about where I think the "
    "inspectorate\u2019s approach is unfair to a force like ours, and she has been open with me about "
    "where she thinks we fall short. That is how it should be. Our local MPs have been a great support "
    "on funding, and I will keep pressing ministers alongside them.",
    "The honest summary is this. Bedfordshire is safer than it was a year ago, and the inspectors now "
    "agree. It is not yet as safe as it should be, and I will not rest until the next report says good.",
]:
    doc.add_paragraph(t)

doc.add_paragraph("FACTBOX (for the page designer)").runs[0].bold = True
rows = [
    ("HMICFRS PEEL effectiveness 2017: Bedfordshire Police", ""),
    ("Overall", "Requires improvement"),
    ("Preventing crime and tackling anti-social behaviour", "Requires improvement"),
    ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Requires improvement"),
    ("Tackling serious and organised crime", "Good"),
    ("Specialist capabilities", "Not graded"),
]
tbl = doc.add_table(rows=len(rows), cols=2)
tbl.style = "Table Grid"
for i, (a, b) in enumerate(rows):
    tbl.cell(i, 0).text = a
    tbl.cell(i, 1).text = b
tbl.cell(0, 0).merge(tbl.cell(0, 1))
doc.add_paragraph("")
doc.add_paragraph("Marguerite Oduya is the Police and Crime Commissioner for Bedfordshire. Contact her office "
                  "on 01234 000000 or through the website.")
ftr = doc.sections[0].footer.paragraphs[0]
ftr.text = "OPCC Bedfordshire \u2013 press office \u2013 not for publication before 29/03/2018"
doc.save(OUT)
print("wrote", OUT)
