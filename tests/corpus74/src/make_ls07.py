"""ls07.docx: Public Accountability Conference minutes of the Cumbria PFCC, with a PEEL
2021/22 item (python-docx). Run from src/: python make_ls07.py"""
from docx import Document
from docx.shared import Pt

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Cumbria Police, Fire and Crime Commissioner – OFFICIAL"
sec.footer.paragraphs[0].text = "Minutes approved at the meeting of 13 December 2022"


def para(text, bold_prefix=None, style=None):
    p = doc.add_paragraph(style=style)
    if bold_prefix:
        p.add_run(bold_prefix).bold = True
    p.add_run(text)
    return p


h = doc.add_paragraph()
r = h.add_run("PUBLIC ACCOUNTABILITY CONFERENCE")
r.bold = True
r.font.size = Pt(14)
doc.add_paragraph("Minutes")
doc.add_paragraph("11th October 2022, Carleton Hall, Penrith")

doc.add_heading("1. Welcome and introductions", level=3)
doc.add_paragraph("Attendees:")
for line in [
    "Richard Tolland, Police, Fire and Crime Commissioner (RT)",
    "Deputy PFCC Sonia Brathwaite (SB)",
    "Chief Executive, OPFCC, Gavin Heald (GH)",
    "Chief Constable Elaine Marsh (EM)",
    "Deputy Chief Constable Jonathan Pryce (JP)",
    "ACC Mark Oduro (MO)",
    "Chief Finance Officer Ruth Ellery (RE)",
    "Supt. Kieran Dobbs, Head of Continuous Improvement (KD)",
]:
    doc.add_paragraph(line)
doc.add_paragraph("RT welcomed everyone to the meeting. Apologies were received from the Joint Chief Finance Officer.")

doc.add_heading("2. Previous minutes and action log", level=3)
doc.add_paragraph("The minutes of 9th August 2022 were agreed. Actions 14 and 15 are complete; action 16 (rural crime data) is carried forward.")

doc.add_heading("3. Quarterly performance update", level=3)
doc.add_paragraph("EM presented the quarter 1 performance pack. Overall crime was 3% lower than the same quarter of 2021/22, while reports of domestic abuse were 6% higher.")
para(" EM to circulate the breakdown of domestic abuse outcomes by district.", "Action –")

doc.add_heading("4. PEEL 2021/22 inspection", level=3)
doc.add_paragraph(
    "Following the publication of the HMICFRS PEEL 2021/22 report on 28 September, the "
    "Commissioner required a paper setting out how the Constabulary intends to address the "
    "areas for improvement (AFIs) and the key findings. JP presented the paper.")
doc.add_paragraph(
    "JP reminded the meeting of the grades. Cumbria Constabulary was graded good for "
    "treatment of the public, for preventing crime and anti-social behaviour and for "
    "recording data about crime. It was graded adequate for responding to the public, "
    "protecting vulnerable people, managing offenders and suspects, developing a positive "
    "workplace and good use of resources, and requires improvement for investigating crime. "
    "Providing a service to victims of crime is not graded.")
doc.add_paragraph("The paper lists nine AFIs. The four discussed at the meeting were:")

afis = [
    ("AFI 1 (investigating crime): ",
     "The force should make sure that investigation plans are recorded and that supervisors "
     "review them regularly.",
     "Update: A new investigation plan template is on Niche and supervisors must review it "
     "at 7 and 28 days. Compliance was 71% in September."),
    ("AFI 2 (investigating crime): ",
     "The force should make sure that victims' needs are assessed and that victims are kept "
     "updated throughout the investigation.",
     "Update: Victim Code compliance is now checked in the monthly file audit, and the "
     "Victim Contact Unit contacts every victim of a crime filed without further action."),
    ("AFI 4 (protecting vulnerable people): ",
     "The force should improve the quality of its risk assessments for missing children.",
     "Update: Training for all response sergeants will be complete by December; the "
     "Missing from Home team reviews every high-risk case."),
    ("AFI 7 (good use of resources): ",
     "The force should develop a better understanding of its demand so that it can allocate "
     "its resources effectively.",
     None),
]
for label, text, update in afis:
    p = doc.add_paragraph(style="List Bullet")
    p.add_run(label).bold = True
    p.add_run(text)
    if update:
        doc.add_paragraph(update)
doc.add_paragraph(
    "On AFI 7, JP explained that the demand modelling work is part of the force management "
    "statement and will be brought to the December meeting.")
para(" JP to provide the Commissioner with the full AFI tracker, including owners and target dates, before the next meeting.", "Action –")
para(" KD to share the results of the September file audit.", "Action –")
para(
    " The Commissioner was assured that the Constabulary had accepted the findings and had "
    "a clear plan for each AFI. He noted that investigating crime was the only area graded "
    "requires improvement and asked for it to be a standing item until the grade improves. "
    "He welcomed the positive findings on preventing crime and on crime recording, which "
    "HMICFRS described as good practice.", "Assurance statement:")

doc.add_heading("5. Fire and rescue service update", level=3)
doc.add_paragraph(
    "The Chief Fire Officer joined the meeting. Cumbria Fire and Rescue Service's own "
    "inspection had graded it requires improvement for efficiency; this item was minuted "
    "separately.")

doc.add_heading("6. Collaboration", level=3)
doc.add_paragraph(
    "EM updated on the joint firearms training arrangement with Lancashire Constabulary and "
    "the review of the North West regional organised crime unit.")

doc.add_heading("7. A.O.B", level=3)
doc.add_paragraph("None. The next meeting is on 13th December 2022.")
doc.save("../docs/ls07.docx")
print("wrote ls07.docx")
