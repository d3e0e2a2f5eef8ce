"""Write docs/u09.docx: a Gwent Police board paper (December 2017) with the table
'HMIC PEEL grades 2014-2017' and the legitimacy 2017 outcome (python-docx).

    /tmp/c17venv/bin/python make_u09.py      (run from src/)
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

from docxutil import shade, set_cell, page_number_field, cell_borders

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "u09.docx")

FILL = {"Outstanding": "4F81BD", "Good": "9BBB59", "Requires improvement": "F79646",
        "Inadequate": "C0504D"}


def main():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "OFFICIAL \u2013 NOT PROTECTIVELY MARKED"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.text = "SPB/2017/12/06   Page "
    page_number_field(fp)

    # Cover block as a two-column table (as in the force's board template)
    t = doc.add_table(rows=6, cols=2)
    cell_borders(t, color="000000")
    rows = [("GWENT POLICE / HEDDLU GWENT", None),
            ("Meeting", "Strategic Planning Board / Bwrdd Cynllunio Strategol"),
            ("Date of meeting", "19 December 2017"),
            ("Agenda item", "6"),
            ("Title", "HMICFRS PEEL: Police legitimacy 2017 and PEEL grades since 2014"),
            ("Chief officer lead", "Deputy Chief Constable Huw Tregaron")]
    a = t.cell(0, 0).merge(t.cell(0, 1))
    set_cell(a, rows[0][0], bold=True, size=13)
    shade(a, "D9D9D9")
    for i, (k, v) in enumerate(rows[1:], start=1):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)
    doc.add_paragraph()

    doc.add_heading("1. Purpose of the report", level=2)
    doc.add_paragraph(
        "1.1 To inform the Board of the outcome of the PEEL legitimacy inspection published "
        "on 12 December 2017, to summarise the force\u2019s PEEL grades since the programme "
        "began in 2014, and to seek approval for the action plan at Appendix A.")

    doc.add_heading("2. Background", level=2)
    doc.add_paragraph(
        "2.1 Her Majesty\u2019s Inspectorate of Constabulary (HMIC) has assessed every force "
        "each year since 2014 under its PEEL programme. On 19 July 2017 HMIC took on the "
        "inspection of fire and rescue services and became Her Majesty\u2019s Inspectorate "
        "of Constabulary and Fire & Rescue Services (HMICFRS). Grades for 2014 to 2016 were "
        "therefore awarded by HMIC, and grades for 2017 by HMICFRS.")
    doc.add_paragraph(
        "2.2 Table 1 brings together Gwent Police\u2019s pillar grades. The 2017 effectiveness "
        "report has not yet been published. Leadership has been inspected but has not been "
        "graded in any year.")

    doc.add_heading("3. HMIC PEEL grades 2014\u20132017", level=2)
    cap = doc.add_paragraph("Table 1: HMIC PEEL grades 2014-2017 by pillar and year")
    cap.runs[0].bold = True
    t = doc.add_table(rows=5, cols=5)
    cell_borders(t)
    head = ["Pillar", "2014", "2015", "2016", "2017 (HMICFRS)"]
    for j, h in enumerate(head):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "BDD7EE")
    grid = [
        ("Effectiveness", "Not graded*", "Requires improvement", "Good",
         "Due March 2018"),
        ("Efficiency", "Good", "Requires improvement", "Good", "Good"),
        ("Legitimacy", "Not graded", "Good", "Good", "Good"),
    ]
    for i, row in enumerate(grid, start=1):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(j == 0))
            if v in FILL:
                shade(t.cell(i, j), FILL[v])
    set_cell(t.cell(4, 0), "Leadership", bold=True)
    m = t.cell(4, 1).merge(t.cell(4, 4))
    set_cell(m, "Inspected in 2015, 2016 and 2017 \u2013 not graded", italic=True)
    doc.add_paragraph(
        "* In 2014 HMIC graded some aspects of effectiveness but gave no overall grade for "
        "the pillar.").runs[0].font.size = Pt(9)

    doc.add_paragraph(
        "3.1 The improvement in effectiveness and efficiency between 2015 and 2016 reflects "
        "the investment made in the public protection unit and the new operating model. "
        "Legitimacy has been graded good in each year since it was first graded in 2015.")

    doc.add_heading("4. PEEL: Police legitimacy 2017 \u2013 outcome", level=2)
    doc.add_paragraph(
        "4.1 HMICFRS judged that the force is good at how legitimately it keeps people safe "
        "and reduces crime. The question grades were:")
    doc.add_paragraph("Fair and respectful treatment of the people it serves \u2013 good",
                      style="List Bullet")
    doc.add_paragraph("Ensuring its workforce behaves ethically and lawfully \u2013 good",
                      style="List Bullet")
    doc.add_paragraph("Treating its workforce with fairness and respect \u2013 requires "
                      "improvement", style="List Bullet")
    doc.add_paragraph(
        "4.2 The report was led by HM Inspector of Constabulary Gwenllian Parry-Stoke. It "
        "identified three areas for improvement and no causes of concern. The force\u2019s "
        "response to each is set out in Appendix A. Police and Crime Commissioner Idris "
        "Marchant will publish his own response under section 55 of the Police Act 1996 "
        "by 6 February 2018.")
    doc.add_paragraph(
        "4.3 HMICFRS also reported on the force\u2019s progress in preventing abuse of "
        "position for a sexual purpose. This part of the inspection was not graded.")

    doc.add_heading("5. Recommendations to the Board", level=2)
    doc.add_paragraph("5.1 The Board is asked to:")
    doc.add_paragraph("note the PEEL grades in Table 1;", style="List Bullet")
    doc.add_paragraph("approve the action plan at Appendix A; and", style="List Bullet")
    doc.add_paragraph("ask the Head of Organisational Development to report progress to the "
                      "Board in April 2018.", style="List Bullet")

    doc.add_heading("Appendix A \u2013 Legitimacy 2017 areas for improvement: action plan",
                    level=2)
    t = doc.add_table(rows=5, cols=4)
    cell_borders(t)
    q3 = t.cell(1, 0).merge(t.cell(1, 3))
    set_cell(q3, "Question 3 \u2013 To what extent does the force treat its workforce with "
                 "fairness and respect?", bold=True, italic=True)
    shade(q3, "F2F2F2")
    for j, h in enumerate(["No.", "Area for improvement (HMICFRS wording)", "Lead",
                           "Progress at 12 December 2017"]):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "D9D9D9")
    afis = [
        ("1", "The force should improve how it gathers and acts on the views of its "
              "workforce, including through a regular staff survey, and should tell staff "
              "what it has done as a result.",
         "Head of People Services",
         "A staff survey was commissioned from Durham University Business School in "
         "November 2017. Fieldwork runs from January to March 2018."),
        ("2", "The force should ensure that supervisors have the training they need to "
              "manage the wellbeing and performance of their teams.",
         "Head of Learning and Development",
         "A two-day course for sergeants and police staff supervisors has been designed. "
         "The first cohort starts on 15 January 2018."),
        ("3", "The force should make sure that its grievance procedure is understood by "
              "the workforce and that grievances are resolved promptly.",
         "Head of Professional Standards", "\u2013"),
    ]
    for i, row in enumerate(afis, start=2):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v)
    doc.add_paragraph()
    doc.add_paragraph(
        "Report author: Strategic Planning and Inspection Unit. Contact ext. 21460. "
        "Assistant Chief Constable Siân Morgan-Price has been consulted on this report.")
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
