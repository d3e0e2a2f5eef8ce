"""ka08.docx: a chief constable's internal message to staff about the PEEL 2023-25 report
(Gloucestershire Constabulary), with the causes of concern in a shaded box."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxhelp import shade, set_cell, page_number_field, fixed_core

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "ka08.docx")

doc = Document()
fixed_core(doc, "Message from the Chief Constable - PEEL", "Corporate Communications")
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.4)
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL – FOR INTERNAL CIRCULATION ONLY"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = "Gloucestershire Constabulary · Corporate Communications · The Hub intranet · "
page_number_field(fp, "Page ")

p = doc.add_paragraph()
r = p.add_run("THE HUB · ALL-STAFF MESSAGE")
r.bold = True
r.font.color.rgb = RGBColor(0x00, 0x4B, 0x87)
doc.add_heading("Message from the Chief Constable: our PEEL report", level=1)
doc.add_paragraph("Sent: Wednesday 29 October 2025, 07:00 · To: All officers, staff, specials and "
                  "volunteers · Reading time: 4 minutes").runs[0].italic = True

doc.add_paragraph("Dear colleagues,")
doc.add_paragraph("This morning His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services "
                  "(HMICFRS) published its PEEL 2023–25 report on Gloucestershire Constabulary. I want "
                  "you to hear about it from me before you read about it in the press, because some of "
                  "it is hard reading and I will not hide from that.")

doc.add_heading("Our grades", level=2)
doc.add_paragraph("We were graded good at preventing crime. That is down to our neighbourhood teams and "
                  "our partners, and I am proud of it.")
doc.add_paragraph("We were judged adequate in three areas: police powers and public treatment, managing "
                  "offenders and suspects, and building, supporting and protecting the workforce.")
doc.add_paragraph("Three areas were graded requires improvement: responding to the public, protecting "
                  "vulnerable people, and leadership and force management.")
doc.add_paragraph("And we were graded inadequate at investigating crime. In our last inspection, in "
                  "2021/22, that area was adequate. We have gone backwards, and victims have felt it.")

g = doc.add_table(rows=1, cols=5)
g.style = "Table Grid"
for c, (lab, fill) in zip(g.rows[0].cells, [("Outstanding 0", "D9D9D9"), ("Good 1", "A9D08E"),
                                            ("Adequate 3", "FFE699"), ("Requires improvement 3", "F4B183"),
                                            ("Inadequate 1", "FF7C80")]):
    set_cell(c, lab, bold=True)
    shade(c, fill)
cap = doc.add_paragraph("Number of areas at each grade (victim service assessment not graded).")
cap.runs[0].italic = True
cap.runs[0].font.size = Pt(9)

doc.add_heading("The causes of concern", level=2)
doc.add_paragraph("The inspectorate has raised two causes of concern. I am sharing them in full, in "
                  "HMICFRS’s own words, because every one of us has a part in putting them right.")

box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
cell = box.rows[0].cells[0]
shade(cell, "FCE4D6")
set_cell(cell, "CAUSES OF CONCERN – PEEL 2023–25", bold=True)
p1 = cell.add_paragraph()
p1.add_run("Investigating crime. ").bold = True
p1.add_run("The constabulary is not investigating crime well enough. Too many investigations are "
           "poorly supervised, reasonable lines of enquiry are missed, and victims are not kept "
           "informed of progress.")
p2 = cell.add_paragraph()
p2.add_run("Responding to the public. ").bold = True
p2.add_run("The constabulary does not answer emergency and non-emergency calls quickly enough, and it "
           "does not always reassess the risk to callers when its attendance is delayed.")
p3 = cell.add_paragraph("HMICFRS has made six recommendations to address these causes of concern. They "
                        "are set out in full, with owners and deadlines, on the PEEL page of The Hub.")
p3.runs[0].font.size = Pt(9)

doc.add_paragraph()
doc.add_paragraph("The report also contains fourteen areas for improvement. Each has a named owner and "
                  "will be tracked through the Organisational Improvement Board, which Deputy Chief "
                  "Constable Amara Okoli will chair.")

doc.add_heading("What happens next", level=2)
doc.add_paragraph("Because of the causes of concern, the constabulary has been placed in the Engage phase "
                  "of HMICFRS’s monitoring. That means closer oversight and extra support from the "
                  "inspectorate, and it is not a punishment. HM Inspector of Constabulary Michael "
                  "Ferrier has offered to meet our senior leaders next month.")
for x in ("A new Investigation Standards Unit will start on 1 December, led by Assistant Chief "
          "Constable Laurie Banks.",
          "Forty additional call handlers are in training and will be on the floor by February.",
          "Every supervisor will receive investigation-review training before 31 March 2026.",
          "Our Police and Crime Commissioner, Jeremy Saltwell, will hold me to account for progress "
          "at his public Performance and Accountability Board every quarter."):
    doc.add_paragraph(x, style="List Bullet")

doc.add_heading("Thank you", level=2)
doc.add_paragraph("To the control room teams who are answering calls on shifts that are far too "
                  "stretched; to the investigators carrying caseloads nobody should have to; to the "
                  "neighbourhood officers whose work earned a good grade; and to the staff who spent "
                  "weeks supporting the inspection: thank you. There is good practice in this report "
                  "too, including our work with Gloucestershire Fire and Rescue Service on home "
                  "safety visits.")
doc.add_paragraph("If you want to talk about the report, come to one of my open sessions (dates on The "
                  "Hub), or email the PEEL mailbox. Please do not comment on the report on social media.")
doc.add_paragraph("Thank you for everything you do.")
s = doc.add_paragraph()
s.add_run("Gideon Tremlett").bold = True
s.add_run("\nChief Constable")
doc.save(OUT)
print("wrote", OUT)
