"""op08: Leicestershire Police, PEEL 2021/22 report as a Word file (python-docx).

A landscape grade grid (one column per grade), section headings per area, page breaks,
a header and footer, and a closing list of all areas for improvement.
    /tmp/c145venv/bin/python make_op08.py
"""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.shared import Pt, Mm

from docxutil import shade, set_cell, labelled
from facts import OP08_GRADES, OP08_AFIS, WORDS

ORDER = ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]

TEXT = {
    "victim-service": "We do not grade this area. Most victims receive a good service when they first contact the force. Call handlers are courteous and explain what will happen next. The force does not always record whether victims have been offered the support they are entitled to.",
    "crime-recording": "The force records about 91 percent of the crimes reported to it. This is below the level we would expect. It records most violent crime correctly, but it is less accurate when recording stalking and harassment, and when crimes are reported by other agencies.",
    "treatment-of-public": "The force has a strong commitment to fairness. It has invested in training on unconscious bias and it has an active independent advisory group. Its use of stop and search is scrutinised by a panel of community members.",
    "preventing-crime": "The force's neighbourhood policing is well established. It works with Leicester City Council and the district councils, and it has a good understanding of local problems.",
    "responding-to-public": "The force answers most emergency calls promptly, but its approach to assessing risk is inconsistent. Some call handlers use a structured assessment and others do not.",
    "investigating-crime": "Investigations are thorough and well supervised. The force makes good use of forensic and digital evidence, and it keeps victims informed.",
    "protecting-vulnerable": "The force has good arrangements for protecting most vulnerable people. Its understanding of child criminal exploitation is less well developed.",
    "managing-offenders": "The force's management of registered sex offenders is not good enough. Too many offenders are overdue a visit, and some offender managers have very high caseloads. The number of wanted persons has grown over the past year.",
    "workforce": "The force has a positive culture, and its workforce feels valued. Its wellbeing services are easy to access.",
    "leadership-management": "The force makes good use of its resources. It has a clear plan for its workforce and its finances, and it has improved since our last inspection. In 2018/19 we graded its planning for the future as requires improvement; it has since put in place a detailed demand model.",
}


def br(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def main():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "PEEL 2021/22 – Leicestershire Police"
    sec.footer.paragraphs[0].text = "© HMICFRS 2022 – Police effectiveness, efficiency and legitimacy"

    doc.add_heading("PEEL 2021/22: Police effectiveness, efficiency and legitimacy", 0)
    doc.add_paragraph("An inspection of Leicestershire Police")
    doc.add_paragraph("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services")
    doc.add_paragraph("Published: 15 September 2022")
    doc.add_heading("Contents", 1)
    for t in ["Overall summary", "HM Inspector's observations", "Providing a service to the victims of crime"] + \
            [l for l, k, g in OP08_GRADES if g] + ["Annex: Areas for improvement"]:
        doc.add_paragraph(t, style="List Bullet")
    br(doc)

    # landscape section for the grade grid
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Mm(297), Mm(210)
    doc.add_heading("Overall summary", 1)
    doc.add_paragraph("Our inspection assessed how good Leicestershire Police is in ten areas of policing. We make graded judgments in nine of these ten as follows:")
    t = doc.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    for i, g in enumerate(ORDER):
        set_cell(t.rows[0].cells[i], g, bold=True)
        items = [l for l, k, gg in OP08_GRADES if gg == g]
        cell = t.rows[1].cells[i]
        cell.text = ""
        if items:
            cell.paragraphs[0].add_run(items[0])
            for it in items[1:]:
                cell.add_paragraph(it)
    doc.add_paragraph("We also inspected how effective the force is at providing a service to the victims of crime. We do not make a graded judgment in this area.")
    doc.add_paragraph("Our grading scale has five grades, from outstanding to inadequate. We set out our detailed findings about things the force is doing well and where it should improve in the rest of this report.")
    new2 = doc.add_section()
    new2.orientation = WD_ORIENT.PORTRAIT
    new2.page_width, new2.page_height = Mm(210), Mm(297)

    doc.add_heading("HM Inspector's observations", 1)
    doc.add_paragraph("I am pleased with the performance of Leicestershire Police in keeping people safe and reducing crime, although there is one area where the force requires improvement.")
    doc.add_paragraph("The force is good at treating the public fairly, preventing crime, investigating crime, developing a positive workplace and making good use of its resources. It is adequate at recording crime, responding to the public and protecting vulnerable people. It requires improvement at managing offenders and suspects.")
    doc.add_paragraph("I am grateful to the Chief Constable and to Deputy Chief Constable Ravinder Sahota-Kerr, who led the force's preparations for our inspection, and to Hollis Brandreth, Police and Crime Commissioner for Leicester, Leicestershire and Rutland.")
    doc.add_paragraph("Wendell Ashcombe-Fry")
    doc.add_paragraph("His Majesty's Inspector of Constabulary")
    br(doc)

    for label, key, g in OP08_GRADES:
        doc.add_heading(label, 1)
        if g:
            labelled(doc, "Grade:", g)
        txt = TEXT[key]
        inline = [t for k, t, c in OP08_AFIS if k == key and c]
        if inline:
            txt += " " + " ".join(t + " This is an area for improvement." for t in inline)
        doc.add_paragraph(txt)
        if key == "crime-recording":
            tt = doc.add_table(rows=1, cols=3)
            tt.style = "Table Grid"
            for c, h in zip(tt.rows[0].cells, ["Crime type", "Recording rate", "Confidence interval"]):
                set_cell(c, h, bold=True)
            for row in [("All crime", "91.2%", "±1.6%"), ("Violence against the person", "90.1%", "±2.2%"), ("Sexual offences", "95.0%", "±2.9%")]:
                cells = tt.add_row().cells
                for c, v in zip(cells, row):
                    set_cell(c, v)
            doc.add_paragraph("Figure 1: Crime recording accuracy, audit period 1 June to 30 November 2021")
        box = [t for k, t, c in OP08_AFIS if k == key and not c]
        if box:
            doc.add_heading("Areas for improvement", 2)
            for t in box:
                doc.add_paragraph(t, style="List Bullet")
        if key in ("preventing-crime", "investigating-crime"):
            doc.add_heading("Innovative practice", 2)
            doc.add_paragraph({"preventing-crime": "The force's 'Prevention Hub' brings together analysts and partner agencies to plan joint operations against repeat locations of crime.",
                               "investigating-crime": "The force trained a group of volunteers to review digital footage, freeing investigators to pursue other lines of enquiry."}[key])
        br(doc)

    doc.add_heading("Annex: Areas for improvement", 1)
    doc.add_paragraph("This annex lists every area for improvement identified in this report, including those that appear in the text of a chapter.")
    tt = doc.add_table(rows=1, cols=2)
    tt.style = "Table Grid"
    set_cell(tt.rows[0].cells[0], "Area", bold=True)
    set_cell(tt.rows[0].cells[1], "Area for improvement", bold=True)
    for key, txt, _ in OP08_AFIS:
        label = [l for l, k, g in OP08_GRADES if k == key][0]
        cells = tt.add_row().cells
        set_cell(cells[0], label)
        set_cell(cells[1], txt)
    doc.save("../docs/op08.docx")
    print("wrote ../docs/op08.docx")


if __name__ == "__main__":
    main()
