"""ld04.docx: HMIC letter to the Chief Constable of Gwent Police after a revisit (2016)."""
import os
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import shade, set_cell, page_field

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "ld04.docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.different_first_page_header_footer = True
fp = sec.footer.paragraphs[0]
fp.text = "Page "
page_field(fp)
ffp = sec.first_page_footer.paragraphs[0]
ffp.text = "6th Floor, Globe House, 89 Eccleston Square, London SW1V 1PN   Direct line: 020 3513 0500"

p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = p.add_run("HMIC")
r.bold = True
r.font.size = Pt(16)
p = doc.add_paragraph("Her Majesty's Inspectorate of Constabulary")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p = doc.add_paragraph("Hugh Penrose\nHM Inspector of Constabulary\nWales and Western Region")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

doc.add_paragraph("Mr Aled Pritchard QPM\nChief Constable\nGwent Police\nPolice Headquarters\nCroesyceiliog\nCwmbran\nNP44 2XJ")
doc.add_paragraph("24 May 2016")
doc.add_paragraph("Dear Chief Constable,")
p = doc.add_paragraph()
p.add_run("PEEL: Police effectiveness (vulnerability) 2015 – revisit to Gwent Police").bold = True

doc.add_paragraph(
    "In our PEEL effectiveness report on Gwent Police, published in February 2016, HMIC judged the force "
    "to require improvement in its overall effectiveness at keeping people safe and reducing crime. We "
    "judged the force to be inadequate at protecting those who are vulnerable from harm and supporting "
    "victims, and we identified a cause of concern in this area.")
doc.add_paragraph(
    "As you know, in those forces where we identify a cause of concern we return to check whether it is "
    "being addressed. I am writing to set out what we found when we revisited the force on 19 and 20 April "
    "2016. This letter will be published on our website alongside the original report.")

doc.add_heading("The cause of concern and our recommendations", level=2)
doc.add_paragraph("Our 2015 report set out the following cause of concern:")
doc.add_paragraph(
    "Gwent Police does not consistently identify and assess the risk to vulnerable victims, particularly "
    "victims of domestic abuse, and the response it provides to them is too often delayed. As a result, "
    "some victims are left at risk of further harm.", style="Quote")
doc.add_paragraph(
    "We made four recommendations to address it. The table below sets each of them beside what we found "
    "on our return.")

t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, txt in zip(t.rows[0].cells, ["No.", "Recommendation (2015 report)", "What we found in April 2016"]):
    set_cell(c, txt, bold=True)
    shade(c, "D9D9D9")
rows = [
    ("1", "The force should immediately ensure that every call from a vulnerable victim is assessed for risk by the call handler using a structured method, and that the assessment is recorded.",
     "A structured risk assessment has been introduced in the control room and is used in most calls. Audits by the force show compliance of 87 percent in March 2016."),
    ("2", "The force should ensure that officers attend incidents involving vulnerable victims within the time set by the force, and that delays are reviewed by a supervisor.",
     "Attendance times have improved, but we found that some incidents were still waiting several hours without a supervisor's review. Progress has been made but further work is needed."),
    ("3", "The force should ensure that officers complete a domestic abuse risk assessment at every domestic abuse incident and that high-risk cases are referred to the multi-agency risk assessment conference without delay.",
     "Completion rates are now high. Referrals to the conference are timely."),
    ("4", "The force should ensure that supervisors oversee investigations involving vulnerable victims so that safeguarding actions are completed.",
     "Supervisory oversight has been strengthened through daily management meetings, although the quality of recorded supervision remains variable."),
]
for row in rows:
    cells = t.add_row().cells
    for c, txt in zip(cells, row):
        set_cell(c, txt)

doc.add_heading("Summary of our findings", level=2)
doc.add_paragraph(
    "I am pleased to report that the force has responded positively to our findings. It has set up a "
    "vulnerability improvement board, chaired by the deputy chief constable, and it has invested in "
    "additional staff for its public protection unit. It has also worked with South Wales Police to "
    "share the training it has designed for call handlers. These are good foundations.")
doc.add_paragraph(
    "The force now has an adequate grip on the most immediate risks, but there is more to do before its "
    "response to vulnerable people is consistently good. In particular, it should continue to monitor the "
    "time taken to attend incidents involving vulnerable victims.")
doc.add_paragraph(
    "This revisit does not change the judgements in our 2015 report. We will examine the force's "
    "progress in more detail during the PEEL effectiveness inspection later this year, and we will "
    "report on it then.")
doc.add_paragraph(
    "I am grateful to you and your officers and staff for the help they gave my team. I am copying this "
    "letter to the Police and Crime Commissioner.")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("Hugh Penrose")
doc.add_paragraph("HM Inspector of Constabulary")
doc.add_paragraph("cc: Mrs Eleri Vaughan, Police and Crime Commissioner for Gwent")
doc.save(OUT)
print("wrote", OUT)
