"""Write docs/lt09.docx: a news-agency (wire) story as filed, with slug and notes (python-docx)."""
import os
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "lt09.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)
doc.sections[0].header.paragraphs[0].text = "PA MEDIA - HOME NEWS - FOR IMMEDIATE RELEASE"
doc.sections[0].footer.paragraphs[0].text = "Copyright PA Media 2022. Page 1"

def p(text, bold=False):
    para = doc.add_paragraph()
    run = para.add_run(text)
    run.bold = bold
    return para

p("POLICE Wiltshire - PEEL", bold=True)
p("Watchdog warns vulnerable callers let down by Wiltshire force under special measures", bold=True)
p("By Hannah Kettering, PA Home Affairs Correspondent")
p("Thursday 7 July 2022 00:01 BST")
for t in [
    "Vulnerable people who ring Wiltshire Police are not always being kept safe, inspectors have said in a highly critical report on one of the forces already under special measures.",
    "HM Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) graded the force inadequate for responding to the public, protecting vulnerable people and making good use of its resources.",
    "The force was rated as requiring improvement in four other areas, including investigating crime, and adequate at preventing crime.",
    "The force joined the watchdog's \"Engage\" process last month, where it sits alongside the Metropolitan Police, Greater Manchester Police, Cleveland, Gloucestershire and Staffordshire.",
    "HM Inspector of Constabulary Dawn Whitcombe said she had \"deep misgivings\" about the force.",
    "She said: \"Time and again, the people most likely to be harmed again are not being spotted when they first get in touch.",
    "\"Some domestic abuse victims have received a level of service that is simply not acceptable, and have stayed at risk as a result.\"",
    "The report sets out a cause of concern about the way the force handles calls:",
]:
    p(t)
q = p("Wiltshire Police doesn't answer calls for service quickly enough, and it doesn't consistently identify callers who are vulnerable or at risk of repeat victimisation.")
q.paragraph_format.left_indent = Pt(24)
p("The inspectorate recommended that:")
q = p("Within three months, Wiltshire Police should make sure that call handlers use a structured risk assessment for every call and record the result on the incident log.")
q.paragraph_format.left_indent = Pt(24)
for t in [
    "Acting Chief Constable Jeremy Haddon said the force had already added 18 call handlers and brought in a new risk assessment for every 999 and 101 call, with weekly audits by supervisors.",
    "\"We have not been good enough for the people of Wiltshire and Swindon, and I am sorry for that,\" he said.",
    "Wiltshire and Swindon's police and crime commissioner, Alistair Brereton, said: \"I welcome the inspectorate's scrutiny. My job is to hold the force to account, and I will do exactly that.\"",
    "The inspection was part of the inspectorate's routine programme of police effectiveness, efficiency and legitimacy (PEEL) assessments for 2021/22. The Met's report is expected later this year.",
    "Engage is the inspectorate's enhanced monitoring stage, used when a force has not made enough progress on a cause of concern.",
    "ENDS",
    "NOTES TO EDITORS: Pictures available on the PA picture wire. HMICFRS grades forces on a five-point scale: outstanding, good, adequate, requires improvement and inadequate.",
    "Timing: embargo lifts 00:01 BST Thursday 7 July. Follow-up with PCC reaction available from 07:00.",
]:
    p(t)
doc.core_properties.author = "PA Media"
doc.save(OUT)
print("wrote", OUT)
