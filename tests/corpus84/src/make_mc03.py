"""Write docs/mc03.docx: a Word copy of 'PEEL: Police efficiency 2016 - An inspection of
Suffolk Constabulary' (python-docx).   /tmp/mcvenv/bin/python make_mc03.py"""
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "mc03.docx")
PURPLE = RGBColor(0x5A, 0x2D, 0x82)


def shade(cell, fill):
    pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    pr.append(shd)


def grade_box(doc, label, grade):
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    a, b = t.rows[0].cells
    a.text = label
    a.paragraphs[0].runs[0].bold = True
    shade(a, "EEE6F3")
    b.text = grade
    b.paragraphs[0].runs[0].bold = True
    doc.add_paragraph()


doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "PEEL: Police efficiency 2016 – Suffolk Constabulary"
sec.footer.paragraphs[0].text = "© HMIC 2016   |   www.justiceinspectorates.gov.uk/hmic"

p = doc.add_paragraph(); r = p.add_run("PEEL: Police efficiency 2016"); r.bold = True; r.font.size = Pt(24); r.font.color.rgb = PURPLE
p = doc.add_paragraph(); r = p.add_run("An inspection of Suffolk Constabulary"); r.font.size = Pt(15)
doc.add_paragraph("November 2016")
doc.add_paragraph("© HMIC 2016")
doc.add_paragraph("ISBN: 978-1-78655-123-4")

doc.add_heading("Contents", 1)
for line in ["Introduction\t3", "Force in numbers\t4", "Overall summary\t5",
             "How well does the force understand demand?\t7",
             "How well does the force use its resources?\t10",
             "How well is the force planning for demand in the future?\t14",
             "Next steps\t17", "Annex A – About the data\t18"]:
    doc.add_paragraph(line)

doc.add_heading("Introduction", 1)
doc.add_paragraph(
    "As part of our annual inspections of police effectiveness, efficiency and legitimacy "
    "(PEEL), HMIC assesses the efficiency of police forces across England and Wales. As with "
    "all public services, it is vital that the police service operates in a way that makes the "
    "most of all its available resources. This inspection looked at how well Suffolk "
    "Constabulary understands the demand for its services, how well it uses its resources, and "
    "how well it is planning for the future.")
doc.add_paragraph(
    "Suffolk Constabulary and Norfolk Constabulary have worked together since 2010 and now share "
    "most of their support functions and several specialist teams. Where a finding applies to "
    "both forces we say so; Norfolk’s own report is published separately.")

doc.add_heading("Force in numbers", 1)
t = doc.add_table(rows=5, cols=3); t.style = "Table Grid"
rows = [("", "Suffolk", "England and Wales"),
        ("Spend per head of population, 2016/17", "£153", "£165"),
        ("Police officers (FTE), 31 March 2016", "1,095", "–"),
        ("Projected change in officers, 2010–2020", "–7%", "–14%"),
        ("999 calls per 1,000 population, 12 months to 31 March 2016", "95", "104")]
for row, vals in zip(t.rows, rows):
    for c, v in zip(row.cells, vals):
        c.text = v
doc.add_paragraph()

doc.add_heading("Overall summary", 1)
grade_box(doc, "Overall judgement", "Good")
doc.add_paragraph(
    "Suffolk Constabulary has been assessed as good in respect of the efficiency with which it "
    "keeps people safe and reduces crime. This is the same grade the constabulary received in "
    "2015, when HMIC graded it as good for efficiency. The constabulary’s understanding of demand "
    "is judged to be good; its use of resources requires improvement; and its planning for "
    "future demand is judged to be good.")
doc.add_paragraph(
    "The constabulary has a detailed picture of the calls it receives and of less obvious "
    "demand, such as modern slavery and child sexual exploitation. It has reorganised its "
    "local policing model around that picture. However, it does not yet understand well enough "
    "the skills of its workforce, and some teams, including the investigation of child abuse "
    "images, have more work than they can manage.")
doc.add_paragraph(
    "Its financial plans are realistic and are shared with Norfolk. The joint change programme "
    "is ambitious, and Chief Constable Martin Ellery leads it with the support of the Police and "
    "Crime Commissioner for Suffolk, Helen Ashdown.")

doc.add_heading("How well does the force understand demand?", 1)
grade_box(doc, "Grade", "Good")
doc.add_paragraph(
    "Suffolk Constabulary has a good understanding of current demand, built from a detailed "
    "analysis of calls, crimes and incidents carried out with Norfolk Constabulary in 2015. It "
    "works with the county council to understand hidden demand. It could do more to manage "
    "demand that arises from inefficient internal processes.")
doc.add_heading("Area for improvement", 2)
doc.add_paragraph(
    "The constabulary should review its internal processes to find and remove work that adds "
    "no value, so that officers and staff spend more of their time on the public.",
    style="List Bullet")

doc.add_heading("How well does the force use its resources?", 1)
grade_box(doc, "Grade", "Requires improvement")
doc.add_paragraph(
    "The constabulary’s use of its resources requires improvement. It has reduced costs "
    "successfully, but it has only a limited understanding of the skills and capabilities of "
    "its officers and staff, and it cannot yet show that it matches them to the demand it has "
    "identified. We found good practice in its shared control room, which other forces in the "
    "eastern region have visited.")
doc.add_heading("Areas for improvement", 2)
doc.add_paragraph(
    "The constabulary should undertake a skills audit of its whole workforce, so that it "
    "understands the capabilities it has and those it lacks.", style="List Bullet")
doc.add_paragraph(
    "The constabulary should make sure that the number of officers and staff working on the "
    "investigation of online child abuse matches the demand it faces.", style="List Bullet")

doc.add_heading("How well is the force planning for demand in the future?", 1)
grade_box(doc, "Grade", "Good")
doc.add_paragraph(
    "Suffolk Constabulary plans well for the future. Its medium-term financial plan to 2020/21 "
    "is based on prudent assumptions, and it has identified the savings it needs in the next two "
    "years. It has begun to plan jointly with Suffolk Fire and Rescue Service, which shares some "
    "of its stations.")

doc.add_heading("Next steps", 1)
doc.add_paragraph(
    "HMIC will assess progress on any recommendations and areas for improvement identified "
    "within its reports in several ways. We either revisit those forces where we have identified "
    "a serious cause of concern, go back to assess them as part of our annual PEEL inspection "
    "programme, or receive updates through regular conversations with forces.")

doc.add_heading("Annex A – About the data", 1)
doc.add_paragraph(
    "The information presented in this report comes from a range of sources, including data "
    "published by the Home Office and the Office for National Statistics, inspection fieldwork "
    "and data collected directly from all 43 geographic police forces in England and Wales.")
doc.save(OUT)
print("wrote", OUT)
