"""ob03.docx: Gwent PCC's response to HMIC PEEL Legitimacy 2016, as a working draft with
real Word footnotes, comments and tracked changes (w:ins / w:del).

    /tmp/obvenv/bin/python src/make_ob03.py
"""
import os

from docx import Document
from docx.shared import Pt

from docxutil import add_footnote, del_run, finish_footnotes, ins_run

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "ob03.docx")
ED, ED_DATE = "Hywel Pryce (OPCC)", "2017-01-19T10:12:00Z"
ED2, ED2_DATE = "Ceri Baskerville", "2017-01-20T15:40:00Z"

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "DRAFT v0.3 \u2013 not for publication"

doc.add_heading("Police and Crime Commissioner for Gwent", level=1)
doc.add_paragraph("Response to HMIC PEEL: Police Legitimacy 2016 \u2013 An inspection of Gwent Police")

doc.add_heading("Introduction", level=2)
p = doc.add_paragraph(
    "Under section 55 of the Police Act 1996 I am required to publish my comments on any "
    "report of Her Majesty\u2019s Inspectorate of Constabulary (HMIC)")
add_footnote(doc, p, "Note added on republication, September 2017: HMIC took on the inspection of "
             "fire and rescue services in July 2017 and is now known as HMICFRS.")
p.add_run(" that concerns Gwent Police. HMIC published its legitimacy report on the force on "
          "8 December 2016. I invited the Chief Constable, Jeff Farrar, to comment, and his "
          "comments are reflected below.")

doc.add_heading("Overall judgement", level=2)
p = doc.add_paragraph("HMIC judged Gwent Police (Heddlu Gwent) to be good")
add_footnote(doc, p, "In the 2015 legitimacy assessment HMIC also judged Gwent Police to be good.")
p.add_run(" in the way it treats the public and its workforce. HM Inspector of Constabulary "
          "Wendy Williams found a force that understands the importance of fairness and "
          "respect and that works hard to build trust with its communities.")
d = doc.add_paragraph()
del_run(d, "This is the first time the force has been graded above inadequate for legitimacy. ",
        ED2, ED2_DATE)

doc.add_heading("Grades for each question", level=2)
p = doc.add_paragraph("For the extent to which the force treats all of the people it serves "
                      "with fairness and respect, the force was graded good.")
p = doc.add_paragraph("For how well the force ensures that its workforce behaves ethically and "
                      "lawfully, the force was graded ")
del_run(p, "requires improvement", ED, ED_DATE)
r_ins = ins_run(p, "good", ED, ED_DATE)
run_dot = p.add_run(".")
doc.add_comment(run_dot, text="Checked against page 6 of the published report: HMIC graded this "
                "question good, not requires improvement. Changed. HP", author=ED, initials="HP")
p = doc.add_paragraph("For the extent to which the force treats its workforce with fairness and "
                      "respect, the force was graded requires improvement.")
c_run = p.runs[0]
doc.add_comment(c_run, text="Do we want to say anything here about the staff survey? Outstanding "
                "response rate this year. CB", author=ED2, initials="CB")

p = doc.add_paragraph("Gwent Police shares a joint firearms unit and a scientific support "
                      "service with South Wales Police")
add_footnote(doc, p, "South Wales Police was also judged good for legitimacy in 2016.")
p.add_run(", and both forces apply the same standards for vetting and professional conduct.")

doc.add_heading("Areas for improvement", level=2)
doc.add_paragraph("HMIC identified three areas for improvement. I set each one out below with "
                  "the force\u2019s response.")

doc.add_paragraph("Treating people fairly and with respect", style="Heading 3")
p = doc.add_paragraph("Area for improvement 1: ", style="List Number")
p.runs[0].bold = True
p.add_run("The force should make sure that all officers and staff who use stop and search "
          "powers record the grounds ")
ins_run(p, "promptly and ", ED, ED_DATE)
p.add_run("in full, and that supervisors review those records.")
doc.add_paragraph("Force response: Body-worn video is now reviewed alongside every search record "
                  "by a sergeant, and the force\u2019s stop and search scrutiny panel meets every "
                  "quarter.")

doc.add_paragraph("Ensuring the workforce behaves ethically and lawfully", style="Heading 3")
p = doc.add_paragraph("Area for improvement 2: ", style="List Number")
p.runs[0].bold = True
p.add_run("The force should ensure that its vetting unit clears the backlog of renewals so that "
          "all members of the workforce hold vetting at the level their role needs.")
d = doc.add_paragraph()
del_run(d, "Force response: Two temporary vetting officers have been appointed and the backlog "
        "will be cleared by March 2017.", ED2, ED2_DATE)
doc.add_comment(d.runs[0] if d.runs else doc.paragraphs[-1].add_run(""),
                text="Removed: the force has withdrawn this update pending a revised plan. CB",
                author=ED2, initials="CB")

doc.add_paragraph("Treating the workforce fairly", style="Heading 3")
p = doc.add_paragraph("Area for improvement 3: ", style="List Number")
p.runs[0].bold = True
p.add_run("The force should improve how it identifies and supports members of its workforce "
          "who show signs of stress or fatigue.")
doc.add_paragraph("Force response: An occupational health review has been commissioned and "
                  "trauma risk management practitioners are now in every local policing area.")

doc.add_heading("Conclusion", level=2)
doc.add_paragraph("I am pleased that HMIC recognises the progress Gwent Police has made. I will "
                  "monitor the force\u2019s response to these areas for improvement through my "
                  "Strategy and Performance Board.")
doc.add_paragraph("Jeff Cuthbert\nPolice and Crime Commissioner for Gwent\nJanuary 2017")

finish_footnotes(doc)
doc.save(OUT)
print("wrote", OUT)
