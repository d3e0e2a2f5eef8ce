"""op07: Northumbria Police, PEEL 2023-25 report as a Word file (python-docx).

Header and footer carry the report title and 'OFFICIAL'; the body has a contents list,
a judgments table, a chapter per graded area, page breaks and an annex.
    /tmp/c145venv/bin/python make_op07.py
"""
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

from docxutil import shade, set_cell
from facts import OP07_GRADES, OP07_AFIS, OP07_COC, OP07_RECS, WORDS

FILL = {"Outstanding": "1B5E20", "Good": "81C784", "Adequate": "FFF59D", "Requires improvement": "FFB74D", "Inadequate": "E57373"}

TEXT = {
    "treatment-of-public": ["Northumbria Police treats the public with fairness and respect. It has a well-developed approach to external scrutiny, and its panels include young people and members of minority communities. Officers understand the grounds needed for a stop and search.",
                            "Body-worn video is not always switched on when it should be, which limits the evidence available to scrutiny panels."],
    "preventing-crime": ["The force's approach to preventing crime is outstanding. Prevention runs through all its plans, and neighbourhood teams have protected time for problem-solving. The force evaluates its work and has shared several successful projects with other forces through the College of Policing.",
                         "Its violence reduction work with the region's councils and health services has contributed to a fall in serious violence involving young people."],
    "responding-to-public": ["The force answers emergency calls quickly: in the year to 31 March 2024 it answered 91 percent within ten seconds. But it does not always attend priority incidents within its own target times."],
    "investigating-crime": ["The force is not consistently carrying out effective investigations. In too many of the cases we reviewed, there was no evidence of supervision, and investigation plans were missing or not followed. Victims were not always kept informed.",
                            "The force has recognised these problems and has started an investigation standards programme. It is too early to see its effect."],
    "protecting-vulnerable": ["The force understands the nature and scale of vulnerability in its area, and it works well with partners through its multi-agency safeguarding hubs. It has a good approach to tackling violence against women and girls."],
    "managing-offenders": ["The force manages registered sex offenders well. Its offender managers have manageable workloads, and it uses ancillary orders effectively. It works with Durham Constabulary and Cleveland Police through the North East regional organised crime unit to pursue offenders who cross force boundaries."],
    "workforce": ["The force looks after its people well. Its wellbeing services are well used, and it has reduced sickness absence. New officers told us they felt supported by their tutors."],
    "leadership-management": ["The force's leaders set clear priorities and are visible to the workforce. The force has a good understanding of its current demand, but it does not always understand how its change programmes will affect front-line teams.",
                              "Its financial position is stable for 2024/25, with a small gap forecast from 2026/27."],
}


def heading(doc, text, level):
    return doc.add_heading(text, level=level)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "OFFICIAL – PEEL 2023–25: An inspection of Northumbria Police"
    sec.footer.paragraphs[0].text = "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services – www.justiceinspectorates.gov.uk/hmicfrs"

    doc.add_heading("PEEL 2023–25", level=0)
    doc.add_paragraph("Police effectiveness, efficiency and legitimacy")
    doc.add_paragraph("An inspection of Northumbria Police")
    doc.add_paragraph("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services")
    doc.add_paragraph("Published: 2 October 2024")
    page_break(doc)

    heading(doc, "Contents", 1)
    toc = ["About this inspection", "Our judgments", "HM Inspector's observations", "Causes of concern"] + \
          [l for l, _, _ in OP07_GRADES] + ["About the data", "Annex: Areas for improvement"]
    for i, t in enumerate(toc):
        doc.add_paragraph("%s\t%d" % (t, 3 + i), style="List Number")
    page_break(doc)

    heading(doc, "About this inspection", 1)
    doc.add_paragraph("This report sets out our findings from our PEEL inspection of Northumbria Police. We graded the force in eight areas of policing. The evidence was gathered between January and April 2024.")
    doc.add_paragraph("We use a five-point scale: outstanding, good, adequate, requires improvement and inadequate. Where we identify a cause of concern, we make recommendations to the force.")
    heading(doc, "Our judgments", 2)
    doc.add_paragraph("Table 1 shows our grades for the force.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Area of policing", bold=True)
    set_cell(t.rows[0].cells[1], "Grade", bold=True)
    for label, _, g in OP07_GRADES:
        r = t.add_row().cells
        set_cell(r[0], label)
        set_cell(r[1], g)
        shade(r[1], FILL[g])
    r = t.add_row().cells
    set_cell(r[0], "Providing a service to victims of crime")
    set_cell(r[1], "Not graded")
    doc.add_paragraph("Table 1: PEEL 2023–25 grades for Northumbria Police")
    page_break(doc)

    heading(doc, "HM Inspector's observations", 1)
    doc.add_paragraph("I am pleased with many aspects of the performance of Northumbria Police. The force is outstanding at preventing crime, and it is good at treating the public fairly, managing offenders and supporting its workforce.")
    doc.add_paragraph("However, I have a cause of concern about how the force investigates crime, which requires improvement. Responding to the public, protecting vulnerable people and leadership and force management are adequate.")
    doc.add_paragraph("In our 2021/22 inspection we graded the force as good at investigating crime. The decline since then is disappointing, and I will monitor the force's progress closely.")
    doc.add_paragraph("I would like to thank Chief Constable Marcus Trelawney-Hume, the workforce and the Police and Crime Commissioner for their help during this inspection.")
    doc.add_paragraph("Imogen Rautenbach")
    doc.add_paragraph("His Majesty's Inspector of Constabulary")
    page_break(doc)

    heading(doc, "Causes of concern", 1)
    heading(doc, "Investigating crime", 2)
    doc.add_paragraph(OP07_COC[1])
    heading(doc, "Recommendations", 3)
    doc.add_paragraph("We recommend that:")
    for _, txt in OP07_RECS:
        doc.add_paragraph(txt, style="List Bullet")
    page_break(doc)

    for label, key, g in OP07_GRADES:
        heading(doc, label, 1)
        p = doc.add_paragraph()
        p.add_run("Grade: ").bold = True
        p.add_run(g)
        paras = list(TEXT[key])
        inline = [t for k, t, c in OP07_AFIS if k == key and c]
        if inline:
            paras[-1] += " " + " ".join(t + " This is an area for improvement." for t in inline)
        for para in paras:
            doc.add_paragraph(para)
        if key == "responding-to-public":
            tt = doc.add_table(rows=1, cols=3)
            tt.style = "Table Grid"
            for c, h in zip(tt.rows[0].cells, ["Measure", "Northumbria", "England and Wales"]):
                set_cell(c, h, bold=True)
            for row in [("999 calls answered in 10 seconds", "91%", "84%"), ("Priority incidents attended in target", "61%", "–"), ("101 abandonment rate", "7%", "14%")]:
                cells = tt.add_row().cells
                for c, v in zip(cells, row):
                    set_cell(c, v)
            doc.add_paragraph("Figure 2: Call handling and attendance, year ending 31 March 2024")
        if key == "preventing-crime":
            heading(doc, "Innovative practice", 3)
            doc.add_paragraph("The force's 'Safer Streets' project placed trained wardens on public transport at night. This is good practice that others could adopt.")
        box = [t for k, t, c in OP07_AFIS if k == key and not c]
        if box:
            heading(doc, "Areas for improvement", 3)
            for txt in box:
                doc.add_paragraph(txt)
        page_break(doc)

    heading(doc, "About the data", 1)
    doc.add_paragraph("We use data from the Home Office, the Office for National Statistics and the force. Rates for England and Wales exclude British Transport Police.")
    heading(doc, "Annex: Areas for improvement", 1)
    doc.add_paragraph("The areas for improvement listed below are those set out in the chapters of this report under the heading 'Areas for improvement'.")
    for key, txt, c in OP07_AFIS:
        if not c:
            doc.add_paragraph(txt, style="List Number 2")
    doc.save("../docs/op07.docx")
    print("wrote ../docs/op07.docx")


if __name__ == "__main__":
    main()
