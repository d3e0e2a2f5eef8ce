"""Build docs/ng02.docx: a chapter of a professional doctorate thesis (python-docx)."""
import os
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "ng02.docx")

doc = Document()
doc.styles["Normal"].font.name = "Times New Roman"
doc.styles["Normal"].font.size = Pt(12)
hdr = doc.sections[0].header.paragraphs[0]
hdr.text = "Chapter 5 – Efficiency under austerity: four East Midlands forces"
hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT

doc.add_heading("Chapter 5", level=1)
doc.add_heading("Efficiency under austerity: what the inspection record shows", level=2)
doc.add_paragraph(
    "This chapter sets the interview evidence of Chapter 4 against the published inspection "
    "record. It asks whether the efficiency judgements that HMIC made about the four case-study "
    "forces between 2014 and 2017 tell the same story as the chief officers and commissioners "
    "who were interviewed for this research. As explained in Chapter 3, participants are "
    "identified only by a code and a role; the forces themselves are named, because the "
    "inspection reports are public and the forces agreed to be named.")
doc.add_heading("5.1 The inspection record", level=3)
doc.add_paragraph(
    "HMIC first graded police efficiency in its 2014 PEEL assessment, which drew on the "
    "Policing in austerity inspection of that summer. In the years that followed the "
    "efficiency pillar was graded annually until the integrated assessment of 2018/19. Table "
    "5.2 summarises the overall efficiency grade that each case-study force received in each "
    "year. The years in the table are PEEL years; the reports themselves were published in "
    "the following autumn or winter, which is why the reference list gives later dates.")
cap = doc.add_paragraph()
cap.add_run("Table 5.2: Overall efficiency grades of the case-study forces, PEEL 2014–2017").bold = True
rows = [
    ("Force", "2014", "2015", "2016", "2017"),
    ("Derbyshire Constabulary", "Good", "Good", "Good", "Good"),
    ("Leicestershire Police", "Good", "Good", "Good", "Good"),
    ("Lincolnshire Police", "Good", "Good", "Good", "Good"),
    ("Nottinghamshire Police", "Requires improvement", "Requires improvement", "Requires improvement", "Good"),
]
t = doc.add_table(rows=len(rows), cols=5)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        set_cell(t.cell(i, j), val, bold=(i == 0))
        if i == 0:
            shade(t.cell(i, j), "D9D9D9")
doc.add_paragraph("Source: compiled by the author from HMIC (2014a; 2015a–d; 2016a–d) and HMICFRS (2017a–d).").runs[0].italic = True
doc.add_paragraph(
    "Three of the four forces were graded good throughout. Nottinghamshire was the exception: "
    "it required improvement for three successive years before the 2017 inspection judged it "
    "good. Its 2016 report had also judged it to require improvement for how well it plans "
    "for the future, and the inspectorate's wording on that point was repeated, almost "
    "verbatim, by two of the interviewees:")
q = doc.add_paragraph(
    "The force should develop a fuller understanding of the skills its workforce will need in "
    "future, so that its workforce plans rest on evidence rather than on the size of the "
    "budget.", style="Quote")
doc.add_paragraph(
    "CC2, a chief constable, described this as \u2018the fairest criticism we ever had\u2019. PCC3, a "
    "police and crime commissioner, was more guarded: the grade, in his view, reflected the "
    "force\u2019s funding settlement as much as its management. Lincolnshire, which HMIC judged "
    "outstanding for understanding demand in 2016, was cited by three participants from other "
    "forces as the model they had visited.")
doc.add_heading("5.2 Collaboration and the inspection lens", level=3)
doc.add_paragraph(
    "The East Midlands forces share a number of regional units, including the East Midlands "
    "Special Operations Unit. Northamptonshire Police is also a partner in several of these "
    "arrangements, but it was not one of the case-study forces and its grades are not "
    "discussed here. Participants agreed that the efficiency inspection had difficulty "
    "crediting savings achieved through collaboration. HM Inspector of Constabulary Roger "
    "Baynton acknowledged the point in the foreword to the 2016 regional summary, noting "
    "that \u2018regional savings are real savings, even if they are hard to attribute\u2019.\u00b9")
doc.add_paragraph(
    "Figure 5.1 (not reproduced in this extract) plots each force\u2019s net revenue "
    "expenditure per head of population against its efficiency grade. The relationship is "
    "weak, as the interviewees predicted.")
doc.add_heading("5.3 Summary", level=3)
doc.add_paragraph(
    "The inspection record broadly supports the account given by participants: three forces "
    "that were consistently judged good, and one whose improvement in 2017 followed a "
    "deliberate change in workforce planning. The next chapter turns to legitimacy.")
doc.add_heading("Notes", level=3)
doc.add_paragraph(
    "\u00b9 The regional summary was not published by the inspectorate; a copy was supplied "
    "by one of the forces. The quotation is used with permission.")
doc.add_heading("References (extract)", level=3)
for r in [
    "HMIC (2014a) Policing in austerity: meeting the challenge. London: HMIC.",
    "HMIC (2016c) PEEL: Police efficiency 2015 \u2013 An inspection of Nottinghamshire Police. London: HMIC.",
    "HMIC (2016d) PEEL: Police efficiency 2016 \u2013 An inspection of Lincolnshire Police. London: HMIC.",
    "HMICFRS (2017c) PEEL: Police efficiency 2017 \u2013 An inspection of Nottinghamshire Police. London: HMICFRS.",
]:
    doc.add_paragraph(r)
doc.save(OUT)
print("wrote", OUT)
