"""Write docs/mc07.docx: a Word copy of 'PEEL: Police leadership 2016 - An inspection of
Cumbria Constabulary' (python-docx).   /tmp/mcvenv/bin/python make_mc07.py"""
import os
from docx import Document
from docx.shared import Pt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "mc07.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "PEEL: Police leadership 2016 – Cumbria Constabulary"
sec.footer.paragraphs[0].text = "HMIC – December 2016"

p = doc.add_paragraph(); r = p.add_run("PEEL: Police leadership 2016"); r.bold = True; r.font.size = Pt(22)
p = doc.add_paragraph(); r = p.add_run("An inspection of Cumbria Constabulary"); r.font.size = Pt(14)
doc.add_paragraph("December 2016\n© HMIC 2016")

doc.add_heading("Contents", 1)
for line in ["Foreword", "Introduction", "Summary",
             "How well does the force understand, develop and display leadership?",
             "How well does the force understand leadership?",
             "How well does the force develop leadership?",
             "How well does the force display leadership?",
             "Next steps", "Annex A – About the data"]:
    doc.add_paragraph(line)

doc.add_heading("Foreword", 1)
doc.add_paragraph(
    "This is the second year in which we have looked at leadership as part of PEEL. Unlike "
    "effectiveness, efficiency and legitimacy, leadership is not graded: our findings are "
    "intended to help the constabulary and the public understand how leaders are identified, "
    "developed and held to the standards the public expects.")
doc.add_paragraph(
    "Cumbria is a small force serving a large rural county, and it has gone through a "
    "period of substantial change at chief officer level. I am grateful to the officers and "
    "staff who spoke so openly to my inspection team.")
p = doc.add_paragraph(); p.add_run("Rhodri Castellan").bold = True
doc.add_paragraph("Her Majesty’s Inspector of Constabulary")

doc.add_heading("Introduction", 1)
doc.add_paragraph(
    "As part of our annual inspections of police effectiveness, efficiency and legitimacy "
    "(PEEL), HMIC’s Leadership inspection assessed how well Cumbria Constabulary understands, "
    "develops and displays leadership. Our findings on efficiency and legitimacy were published "
    "in November and December 2016. In the efficiency inspection we judged Cumbria Constabulary "
    "to be good, and in the legitimacy inspection we also judged it to be good.")

doc.add_heading("Summary", 1)
doc.add_paragraph(
    "Cumbria Constabulary has a reasonable understanding of the leadership skills it has. The "
    "chief officer team, led by Chief Constable Rebecca Threlkeld, has set out clear expectations "
    "of leaders at every rank, and the workforce generally regards its senior leaders as "
    "visible and approachable.")
doc.add_paragraph(
    "The constabulary’s approach to developing leaders is less mature. Its talent management "
    "scheme is new and has not yet been evaluated, and some supervisors told us they had "
    "received no training when they took up their posts. Leaders in the constabulary generally "
    "display the behaviours set out in the Code of Ethics. We found good leadership in its "
    "neighbourhood teams in west Cumbria.")
doc.add_paragraph(
    "The constabulary works with Lancashire Constabulary and with Cumbria Fire and Rescue "
    "Service on a shared leadership development course for inspectors and station managers.")

doc.add_heading("How well does the force understand, develop and display leadership?", 1)
doc.add_heading("How well does the force understand leadership?", 2)
doc.add_paragraph(
    "The constabulary has not yet completed an assessment of the leadership capability of its "
    "workforce below the rank of superintendent. It relies largely on the annual appraisal "
    "process, which many officers told us they did not value.")
doc.add_heading("Areas for improvement", 3)
doc.add_paragraph(
    "Cumbria Constabulary should complete an analysis of the leadership skills and "
    "capabilities of its workforce at all levels, and use this to plan its leadership "
    "development.", style="List Number")
doc.add_paragraph(
    "Cumbria Constabulary should ensure that its performance appraisal process is used "
    "consistently and is seen by the workforce as fair and worthwhile.", style="List Number")
doc.add_heading("How well does the force develop leadership?", 2)
doc.add_paragraph(
    "Newly promoted sergeants and inspectors receive some development, but the constabulary "
    "could not tell us how many had completed it. Police staff leaders have few opportunities.")
doc.add_heading("Area for improvement", 3)
doc.add_paragraph(
    "Cumbria Constabulary should make sure that all newly promoted supervisors and managers, "
    "including police staff, receive leadership training within six months of starting their "
    "new role.", style="List Number")
doc.add_heading("How well does the force display leadership?", 2)
doc.add_paragraph(
    "Leaders generally act as role models and the workforce is positive about the chief "
    "officer team. The constabulary encourages officers to try new ideas, and we saw a good "
    "culture of challenge in its daily management meetings.")

doc.add_heading("Next steps", 1)
doc.add_paragraph(
    "HMIC will assess progress on any recommendations and areas for improvement identified "
    "within its reports in several ways, including as part of our annual PEEL inspection "
    "programme.")
doc.add_heading("Annex A – About the data", 1)
doc.add_paragraph(
    "The leadership findings draw on document review, interviews and focus groups held in "
    "June 2016, and on a survey of the constabulary’s workforce.")
doc.save(OUT)
print("wrote", OUT)
