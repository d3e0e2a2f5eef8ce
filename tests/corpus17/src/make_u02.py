"""Write docs/u02.docx: HMIC 'PEEL: Police efficiency 2016 - An inspection of South Wales
Police' as a Word report (python-docx).

    /tmp/c17venv/bin/python make_u02.py      (run from src/)
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Cm

from docxutil import shade, set_cell, page_number_field, cell_borders

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "u02.docx")

GRADE_FILL = {"Outstanding": "1B5E20", "Good": "66BB6A", "Requires improvement": "FFB74D",
              "Inadequate": "E53935"}


def grade_table(doc, question, grade):
    t = doc.add_table(rows=1, cols=2)
    cell_borders(t, color="BFBFBF")
    set_cell(t.cell(0, 0), question, bold=True)
    set_cell(t.cell(0, 1), grade, bold=True)
    shade(t.cell(0, 1), GRADE_FILL[grade])
    t.cell(0, 0).width = Cm(12)
    t.cell(0, 1).width = Cm(4)
    doc.add_paragraph()


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "PEEL: Police efficiency 2016 \u2013 South Wales Police"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_number_field(fp)

    p = doc.add_paragraph()
    r = p.add_run("Her Majesty's Inspectorate of Constabulary")
    r.font.size = Pt(11)
    r.font.color.rgb = RGBColor(0x00, 0x20, 0x5B)
    doc.add_heading("PEEL: Police efficiency 2016", level=0)
    doc.add_paragraph("An inspection of South Wales Police").runs[0].font.size = Pt(16)
    doc.add_paragraph("November 2016")
    doc.add_paragraph("\u00a9 HMIC 2016    ISBN: 978-1-78655-232-9    "
                      "www.justiceinspectorates.gov.uk/hmic")
    doc.add_paragraph("Mae\u2019r adroddiad hwn hefyd ar gael yn Gymraeg. "
                      "(This report is also available in Welsh.)").runs[0].italic = True

    doc.add_heading("Contents", level=1)
    for line in ("Introduction", "Force in numbers", "Overview \u2013 How efficient is the force at keeping people safe and reducing crime?",
                 "How well does the force understand demand?",
                 "How well does the force use its resources?",
                 "How well is the force planning for demand in the future?",
                 "Next steps", "Annex A \u2013 About the data"):
        doc.add_paragraph(line, style="List Number")

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "As part of our annual inspections of police effectiveness, efficiency and legitimacy "
        "(PEEL), HMIC assesses the efficiency of police forces across England and Wales. This "
        "report sets out our findings for South Wales Police (Heddlu De Cymru). Our inspection "
        "took place in June 2016 and looked at how well the force understands the demand for "
        "its services, how it uses its people and money to meet that demand, and how well it "
        "is planning for the demand it expects in the years ahead.")

    doc.add_heading("Force in numbers", level=1)
    t = doc.add_table(rows=5, cols=3)
    t.style = "Light Grid Accent 1"
    rows = [("", "South Wales Police", "England and Wales"),
            ("Spend per head of population, 2016/17", "\u00a3186", "\u00a3178"),
            ("Police officers per 1,000 population", "2.3", "2.1"),
            ("Calls for assistance per 1,000 population", "411", "389"),
            ("Planned savings, 2016/17 to 2019/20", "\u00a321.3m", "\u2013")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph()

    doc.add_heading("Overview \u2013 How efficient is the force at keeping people safe and "
                    "reducing crime?", level=1)
    t = doc.add_table(rows=2, cols=1)
    cell_borders(t, sz="12", color="002060")
    set_cell(t.cell(0, 0), "Overall judgement", bold=True, size=9, color="002060")
    set_cell(t.cell(1, 0), "Good", bold=True, size=18)
    shade(t.cell(1, 0), GRADE_FILL["Good"])
    doc.add_paragraph()
    doc.add_paragraph(
        "South Wales Police has been assessed as good at how efficiently it keeps people safe "
        "and reduces crime. It has a sophisticated understanding of the demand it faces, "
        "including the less obvious demand that comes from working with partner "
        "organisations. Its plans for the future are realistic and based on sound evidence. "
        "It has, however, more to do to make sure that it matches the skills of its "
        "workforce to that demand, and we have judged it to require improvement in that area.")
    doc.add_paragraph(
        "In 2015, HMIC judged South Wales Police to be good at efficiency, and the force has "
        "maintained that standard this year despite continuing reductions in its budget.")
    doc.add_paragraph("Summary of judgements", style="Heading 3")
    t = doc.add_table(rows=4, cols=2)
    cell_borders(t)
    set_cell(t.cell(0, 0), "Question", bold=True)
    set_cell(t.cell(0, 1), "Judgement", bold=True)
    shade(t.cell(0, 0), "D9E2F3")
    shade(t.cell(0, 1), "D9E2F3")
    for i, (q, g) in enumerate((("Understanding demand", "Good"),
                                ("Use of resources", "Requires improvement"),
                                ("Planning for the future", "Good")), start=1):
        set_cell(t.cell(i, 0), q)
        set_cell(t.cell(i, 1), g)
        shade(t.cell(i, 1), GRADE_FILL[g])
    doc.add_paragraph()

    # Question 1
    doc.add_heading("How well does the force understand demand?", level=1)
    grade_table(doc, "How well does the force understand the current and likely future demand?",
                "Good")
    doc.add_paragraph(
        "The force has a detailed understanding of the calls it receives and the crimes "
        "reported to it. It has used a demand review, carried out with Cardiff University, to "
        "look beyond its own data at the work officers do with mental health services and "
        "schools. It has an adequate picture of some forms of hidden crime, but it has not yet "
        "assessed how much demand might come from fraud committed online.")
    doc.add_paragraph("Area for improvement", style="Heading 3")
    doc.add_paragraph(
        "The force should extend its analysis of demand to include crime that is committed "
        "online and is less likely to be reported, such as fraud and the sexual exploitation "
        "of children.", style="List Bullet")

    # Question 2
    doc.add_heading("How well does the force use its resources?", level=1)
    grade_table(doc, "How well does the force use its resources to manage current demand?",
                "Requires improvement")
    doc.add_paragraph(
        "The force deploys its officers flexibly across its six basic command units, and its "
        "joint firearms unit with Gwent Police and Dyfed-Powys Police is an efficient way of "
        "providing an expensive capability. However, it does not have a full picture of the "
        "skills and qualifications its officers and staff hold, and some specialist teams "
        "are stretched while others have spare capacity. It does not yet know whether its "
        "investment in mobile devices is producing the savings in officer time it expected.")
    doc.add_paragraph("Areas for improvement", style="Heading 3")
    doc.add_paragraph(
        "The force should carry out an audit of the skills and capabilities of its workforce "
        "and use the results to match people to demand.", style="List Bullet")
    doc.add_paragraph(
        "The force should evaluate the benefits of its investment in mobile technology, so "
        "that it knows whether officers are spending more time in their communities.",
        style="List Bullet")
    doc.add_paragraph(
        "The force should review the size of its specialist teams, so that resources are "
        "moved to where demand is highest.", style="List Bullet")

    # Question 3
    doc.add_heading("How well is the force planning for demand in the future?", level=1)
    grade_table(doc, "How well is the force planning for demand in the future?", "Good")
    doc.add_paragraph(
        "The force's medium-term financial plan is realistic and is linked to its workforce "
        "plan. It has set aside reserves to pay for change, and its plans take account of the "
        "demand it expects. We have not identified any areas for improvement for this "
        "question, but we noted that the force's collaboration with other Welsh forces could "
        "go further. We found an example of good practice in how the force involves its "
        "workforce in the design of new shift patterns.")

    doc.add_heading("Next steps", level=1)
    doc.add_paragraph(
        "HMIC will assess progress on the areas for improvement identified in this report "
        "within our wider PEEL inspections in 2017. Our reports on police legitimacy and "
        "leadership will be published in December 2016, and our findings on effectiveness "
        "early in 2017.")
    doc.add_paragraph(
        "Gwenllian Parry-Stoke, HM Inspector of Constabulary, led this inspection.")

    doc.add_heading("Annex A \u2013 About the data", level=1)
    doc.add_paragraph(
        "Figures on spending come from the Chartered Institute of Public Finance and "
        "Accountancy (CIPFA) Police Objective Analysis for 2016/17. Workforce figures are "
        "full-time equivalents at 31 March 2016. HMIC grades forces as outstanding, good, "
        "requires improvement or inadequate.")
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
