"""kr08.docx: a borough council's news release (Word) welcoming Cheshire's PEEL report."""
import os
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import shade, set_cell

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "kr08.docx")
doc = Document()
doc.styles["Normal"].font.name = "Calibri"; doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Cheshire West and Chester Council \u2013 Communications Team"
sec.footer.paragraphs[0].text = "Page 1 \u2013 www.cheshirewestandchester.example/news"

p = doc.add_paragraph(); r = p.add_run("NEWS RELEASE"); r.bold = True; r.font.size = Pt(20)
p = doc.add_paragraph("Issued: 3 April 2025 \u2013 for immediate use")
p = doc.add_paragraph("Category: Community safety | Council and democracy")

doc.add_heading("Council welcomes \u2018good\u2019 inspection for Cheshire Constabulary", level=1)
doc.add_paragraph("Cheshire West and Chester Council has welcomed a report by His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services which found that Cheshire Constabulary is good at protecting vulnerable people and good at preventing crime \u2013 two areas where the police and the council work side by side every day.")
doc.add_paragraph("The inspectorate\u2019s PEEL 2023\u201325 report, published on Tuesday, also rated the constabulary outstanding for managing offenders and suspects. Inspectors singled out the joint work between the force, the council\u2019s community safety team and the probation service at the Integrated Offender Management hub in Ellesmere Port.")
doc.add_paragraph("The council\u2019s Cabinet Member for Communities said: \u201cThis is good news for residents. When the police and the council pull in the same direction, people are safer. We will keep investing in our share of that partnership.\u201d")

doc.add_heading("What the report said about partnership", level=2)
t = doc.add_table(rows=1, cols=3); t.style = "Light Grid Accent 1"
hdr = ["Area the council contributes to", "Grade given to the constabulary", "Council service involved"]
for i, h in enumerate(hdr):
    set_cell(t.rows[0].cells[i], h, bold=True)
for row in [("Preventing crime", "Good", "Community safety, licensing, CCTV"),
            ("Protecting vulnerable people", "Good", "Children\u2019s and adult social care"),
            ("Managing offenders and suspects", "Outstanding", "Housing options, community safety")]:
    cells = t.add_row().cells
    for i, v in enumerate(row):
        set_cell(cells[i], v)
shade(t.rows[3].cells[1], "C6EFCE")

doc.add_paragraph()
doc.add_paragraph("Cheshire\u2019s Police and Crime Commissioner, Dan Rourke, and Chief Constable Joanna Whitlock will attend the council\u2019s Community Safety Partnership on 24 April to present the findings. The meeting is open to the public.")
doc.add_paragraph("Chief Constable Whitlock said: \u201cInspectors saw for themselves how well our officers work with council colleagues. That partnership is a big part of why the people of Cheshire West are well served.\u201d")

doc.add_heading("Other recent inspections", level=2)
doc.add_paragraph("The council\u2019s own children\u2019s services were rated good by Ofsted in January, and Cheshire Fire and Rescue Service was rated good at protecting the public through fire regulation in its most recent inspection. Neither is part of the police report.", style="List Bullet")
doc.add_paragraph("The council\u2019s budget for 2025/26, agreed in February, maintains funding for 14 community safety wardens. An adequate supply of grit is also in place for the remaining cold spell.", style="List Bullet")

doc.add_heading("Have your say", level=2)
doc.add_paragraph("Residents can comment on the draft Community Safety Strategy 2025\u201328 until 30 May 2025. The consultation asks whether the current priorities are the right ones; there are no right or wrong answers, and no options will be rated good or bad.")

doc.add_paragraph("ENDS").alignment = WD_ALIGN_PARAGRAPH.CENTER
doc.add_paragraph("Media enquiries: Communications Team, 0300 000 0000. Out-of-hours: call the duty press officer.")
doc.save(OUT)
print("wrote", OUT)
