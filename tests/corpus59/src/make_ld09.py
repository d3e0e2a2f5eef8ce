"""ld09.docx: PEEL: Police efficiency 2016 – Dyfed-Powys Police (Word version of the report)."""
import os
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import shade, set_cell, page_field

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "ld09.docx")
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "PEEL: Police efficiency 2016 – Dyfed-Powys Police"
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
page_field(fp)

doc.add_paragraph("HMIC – Her Majesty's Inspectorate of Constabulary")
doc.add_heading("PEEL: Police efficiency 2016", level=0)
doc.add_paragraph("An inspection of Dyfed-Powys Police", style="Subtitle")
doc.add_paragraph("November 2016")
doc.add_paragraph("Mae’r ddogfen hon ar gael yn Gymraeg hefyd. This document is also available in Welsh.")

doc.add_heading("Introduction", level=1)
doc.add_paragraph(
    "As part of our annual inspections of police effectiveness, efficiency and legitimacy (PEEL), HMIC "
    "assesses the efficiency of police forces across England and Wales. As with all public services, it "
    "is vital that the police service operates in a way that makes the most of all its available "
    "resources. To do this, police forces need to understand the demand for their services, and they "
    "need to plan how they will meet that demand in the future.")
doc.add_paragraph(
    "Our inspection answered the overall question: How efficient is the force at keeping people safe and "
    "reducing crime? To answer it we looked at three questions, each of which is graded outstanding, "
    "good, requires improvement or inadequate. This year we have also published separate reports on "
    "leadership, which are not graded.")

doc.add_heading("Force in numbers", level=1)
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, txt in zip(t.rows[0].cells, ["", "Heddlu Dyfed-Powys", "England and Wales"]):
    set_cell(c, txt, bold=True)
    shade(c, "E2EFDA")
for row in [("Spend per head of population, 2016/17", "£0.55 per day", "£0.53 per day"),
            ("Planned change in police officer numbers, 2010 to 2018", "−4%", "−14%"),
            ("Calls for assistance per 1,000 population", "255", "365"),
            ("Proportion of the workforce in frontline roles", "92%", "92%")]:
    cells = t.add_row().cells
    for c, txt in zip(cells, row):
        set_cell(c, txt)

doc.add_heading("Overview – How efficient is the force at keeping people safe and reducing crime?", level=1)
t = doc.add_table(rows=5, cols=2)
t.style = "Table Grid"
top = t.cell(0, 0).merge(t.cell(0, 1))
set_cell(top, "Overall judgement: Good", bold=True)
shade(top, "C6E0B4")
pairs = [("How well does the force understand demand?", "Good"),
         ("How well does the force use its resources to manage current demand?", "Good"),
         ("How well is the force planning for demand in the future?", "Good"),
         ("Leadership (reported separately)", "Not graded")]
for i, (q, g) in enumerate(pairs, start=1):
    set_cell(t.cell(i, 0), q)
    set_cell(t.cell(i, 1), g)
doc.add_paragraph()
doc.add_paragraph(
    "Dyfed-Powys Police has been assessed as good in respect of the efficiency with which it keeps people "
    "safe and reduces crime. In 2015 HMIC judged the force to be good for efficiency, and it has "
    "maintained that standard. The force polices the largest geographical area in England and Wales, "
    "with many remote communities, and it has designed its services around the difficulties this "
    "brings.")
doc.add_paragraph(
    "The force has a good understanding of the demand for its services, including demand that is less "
    "likely to be reported. It uses its resources well, and it has a good record of working with the "
    "other Welsh forces, including Gwent Police and South Wales Police, and with the local "
    "authorities in its four counties. Its plans for the future are realistic and affordable.")

doc.add_heading("How well does the force understand demand?", level=1)
doc.add_paragraph("Dyfed-Powys Police is judged to be good at understanding demand.", style="Intense Quote")
doc.add_paragraph(
    "The force carried out a detailed review of demand in 2015, which looked not only at calls for "
    "service but also at the work involved in safeguarding, managing offenders and investigating crime. "
    "It has refreshed this analysis twice since then. It has worked with partners to improve its "
    "understanding of hidden crimes such as rural modern slavery and cyber-enabled fraud against older "
    "people.")
doc.add_heading("Area for improvement", level=2)
doc.add_paragraph(
    "The force should improve its understanding of the demand that arises from the internet and "
    "social media, so that it can plan to meet it.", style="List Bullet")

doc.add_heading("How well does the force use its resources to manage current demand?", level=1)
doc.add_paragraph("Dyfed-Powys Police is judged to be good at using its resources to manage current demand.", style="Intense Quote")
doc.add_paragraph(
    "The force has a clear picture of its costs and of how they compare with those of other forces. It "
    "has moved officers from back-office roles into neighbourhood and response teams, and it uses "
    "technology well: officers in rural areas have mobile devices that allow them to record crimes "
    "without returning to a station. The force has an adequate number of officers trained in public "
    "order and firearms, and it shares some of these capabilities with the other Welsh forces.")
doc.add_paragraph(
    "The force has not yet assessed the skills of its police staff as thoroughly as those of its "
    "officers.")
doc.add_heading("Areas for improvement", level=2)
doc.add_paragraph(
    "The force should complete its assessment of the skills and capabilities of its police staff, and "
    "use it to identify gaps.", style="List Bullet")
doc.add_paragraph(
    "The force should evaluate its collaborative arrangements with the other Welsh forces to make sure "
    "they are providing the expected benefits.", style="List Bullet")

doc.add_heading("How well is the force planning for demand in the future?", level=1)
doc.add_paragraph("Dyfed-Powys Police is judged to be good at planning for demand in the future.", style="Intense Quote")
doc.add_paragraph(
    "The force has a balanced medium-term financial plan to 2020/21, built on prudent assumptions about "
    "funding and the precept. It holds reserves which it intends to invest in new technology and in a "
    "new custody suite in the north of its area. Its workforce plan links recruitment to projected "
    "demand.")
doc.add_paragraph(
    "There are no areas for improvement for this question.")

doc.add_heading("Next steps", level=1)
doc.add_paragraph(
    "HMIC will assess progress on any areas for improvement identified within its reports in a number of "
    "ways. We either revisit those forces where we have identified a serious cause of concern, go back "
    "to assess as part of our annual PEEL inspection programme, or receive updates through regular "
    "conversations with forces.")

doc.add_heading("Annex A – About the data", level=1)
doc.add_paragraph(
    "Figures for spend per head use ONS mid-2015 population estimates. For Dyfed-Powys, the population "
    "increases significantly in the summer months because of tourism, which these figures do not "
    "reflect. Our judgement criteria, including the definition of an outstanding, good, requires "
    "improvement or inadequate grade, are set out in our efficiency methodology.")
doc.add_paragraph("Hugh Penrose, HM Inspector of Constabulary")
doc.save(OUT)
print("wrote", OUT)
