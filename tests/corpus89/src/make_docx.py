"""Write docs/mh03.docx and docs/mh04.docx: PEEL reports as forces convert them to Word.

    /tmp/mhvenv/bin/python src/make_docx.py
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from content import DOCS, GRADE_ORDER, NAMES_2122, NAMES_2325, O, G, A, RI, I
from report_html import grade_sentence, num

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs")


def shade(cell, fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def page_field(par):
    """Append a PAGE field to a paragraph (header/footer page number)."""
    run = par.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def furniture(doc, header_text, footer_text):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.text = footer_text + " | Page "
    page_field(fp)


def labelled(doc, label, text):
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(" " + text)
    return p


def mh03():
    d = DOCS["mh03"]
    n = NAMES_2122
    f = d["fname"]
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    furniture(doc, "OFFICIAL", "Northumbria Police – PEEL 2021/22 (accessible version)")
    doc.add_heading("PEEL 2021/22", 0)
    doc.add_paragraph("Police effectiveness, efficiency and legitimacy")
    doc.add_paragraph("An inspection of Northumbria Police")
    doc.add_paragraph("Report published by His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services "
                      "on %s" % d["published"])
    note = doc.add_paragraph()
    note.add_run("About this version: ").bold = True
    note.add_run("this accessible Word version was prepared by Northumbria Police’s corporate development "
                 "department from the published PDF. The inspectorate’s text is unchanged. Our own responses "
                 "appear after the relevant areas for improvement, under the label ‘Northumbria Police response’.")
    doc.add_heading("Foreword", 1)
    doc.add_paragraph(
        "Chief Constable %s and the %s, %s, welcome the report. The force is proud that the "
        "inspectorate has recognised its prevention work, and accepts that the way it investigates "
        "crime must improve. %s will lead the investigation improvement plan, and "
        "progress will be reported to the Commissioner’s scrutiny board every quarter."
        % (d["cc"][0], d["pcc"][1], d["pcc"][0], d["acc"]))
    doc.add_heading("Overall summary", 1)
    doc.add_heading("Our judgments", 2)
    doc.add_paragraph("Our inspection assessed how good %s is in %s areas of policing. We make graded "
                      "judgments in %s of these %s as follows:" % (f, num(9), num(8), num(9)))
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    hdr = ["Area of policing"] + GRADE_ORDER
    for c, h in zip(t.rows[0].cells, hdr):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "D9E2F3")
    for key, grade in d["grades"]:
        cells = t.add_row().cells
        cells[0].text = n[key]
        for i, g in enumerate(GRADE_ORDER, 1):
            cells[i].text = "✓" if g == grade else ""
            cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("We also inspected how effective a service %s gives to victims of crime. We don’t make "
                      "a graded judgment for this area." % f)
    doc.add_paragraph("Our grades are outstanding, good, adequate, requires improvement and inadequate. "
                      "We now use five grades rather than four, so the grades in this report cannot be "
                      "compared directly with those from our 2018/19 inspection.")
    doc.add_heading("HM Inspector’s observations", 2)
    for p in d["summary"] + [d["counts"]]:
        doc.add_paragraph(p)
    doc.add_paragraph(d["passing"][0])
    sig = doc.add_paragraph()
    sig.add_run(d["hmi"][0]).bold = True
    sig.add_run("\n" + d["hmi"][1])
    doc.add_heading("Providing a service to the victims of crime", 1)
    doc.add_paragraph("This area is not graded. We examined 80 crime reports to see how well %s records "
                      "the needs of victims and keeps them informed." % f)
    afi_no = 0
    for key, grade in d["grades"]:
        doc.add_heading(n[key], 1)
        labelled(doc, "Grade:", grade)
        doc.add_paragraph(grade_sentence(d, key, grade))
        doc.add_paragraph(d["chapters"][key])
        for c in d["coc"]:
            if c["area"] != key:
                continue
            doc.add_heading("Cause of concern", 2)
            doc.add_paragraph(c["text"])
            doc.add_heading("Recommendations", 3)
            for r in c["recs"]:
                doc.add_paragraph(r, style="List Number")
        for a in [a for a in d["afis"] if a[0] == key]:
            afi_no += 1
            doc.add_heading("Area for improvement %d" % afi_no, 3)
            doc.add_paragraph(a[1], style="Intense Quote")
            if a[2]:
                labelled(doc, "Northumbria Police response:", a[2])
    doc.add_heading("About the data", 1)
    doc.add_paragraph("Data in this report comes from a range of sources, including data the force provided "
                      "and the Home Office. Most figures are for the 12 months to 31 March 2021.")
    doc.save(os.path.join(OUT, "mh03.docx"))


FILLS = {O: "1F6B3A", G: "7CC47F", A: "F3C447", RI: "F08A3C", I: "C8102E"}


def mh04():
    d = DOCS["mh04"]
    n = NAMES_2325
    f = d["fname"]
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    furniture(doc, "OFFICIAL – Suffolk Constabulary – PEEL 2023–2025", "Converted from the HMICFRS PDF")
    doc.add_heading("PEEL 2023–2025 Police effectiveness, efficiency and legitimacy: An inspection of Suffolk Constabulary", 0)
    doc.add_paragraph(d["published"])
    doc.add_paragraph("His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services")
    doc.add_heading("Overall summary", 1)
    doc.add_heading("Our judgments", 2)
    doc.add_paragraph("Our inspection assessed how good %s is in %s areas of policing. We make graded judgments "
                      "in %s of these %s as follows:" % (f, num(9), num(8), num(9)))
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Area of policing", "Grade"]):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for key, grade in d["grades"]:
        cells = t.add_row().cells
        cells[0].text = n[key]
        cells[1].text = grade
        shade(cells[1], FILLS[grade])
    doc.add_paragraph("We also inspected how effective a service %s gives to victims of crime. We don’t make a "
                      "graded judgment for this area." % f)
    key = doc.add_table(rows=1, cols=5)
    key.style = "Table Grid"
    for c, g in zip(key.rows[0].cells, GRADE_ORDER):
        c.text = g
        shade(c, FILLS[g])
    doc.add_paragraph("Key: the colour of each grade.").runs[0].italic = True
    doc.add_heading("HM Inspector’s summary", 2)
    for p in d["summary"] + d["passing"] + [d["counts"]]:
        doc.add_paragraph(p)
    sig = doc.add_paragraph()
    sig.add_run(d["hmi"][0]).bold = True
    sig.add_run(", " + d["hmi"][1])
    doc.add_heading("Providing a service to victims of crime", 1)
    doc.add_paragraph("We do not grade this area. Victims we spoke to were mostly positive about their contact "
                      "with the constabulary.")
    afi_no = 0
    for key_, grade in d["grades"]:
        doc.add_heading("%s – %s" % (n[key_], grade), 1)
        doc.add_paragraph(grade_sentence(d, key_, grade))
        doc.add_paragraph(d["chapters"][key_])
        afis = [a for a in d["afis"] if a[0] == key_]
        if afis:
            doc.add_heading("Areas for improvement" if len(afis) > 1 else "Area for improvement", 2)
            for a in afis:
                afi_no += 1
                doc.add_paragraph(a[1], style="List Bullet")
        if key_ == "preventing-crime":
            for title, text in d["innovative"]:
                bx = doc.add_table(rows=1, cols=1)
                bx.style = "Table Grid"
                c = bx.rows[0].cells[0]
                c.text = ""
                c.paragraphs[0].add_run(title).bold = True
                c.add_paragraph(text)
                shade(c, "E7F0F7")
                doc.add_paragraph("")
    doc.add_heading("About the data", 1)
    doc.add_paragraph("Unless we say otherwise, figures in this report are for the year ending 31 March 2024.")
    doc.save(os.path.join(OUT, "mh04.docx"))


if __name__ == "__main__":
    mh03()
    mh04()
