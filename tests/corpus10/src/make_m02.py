"""Write docs/m02.docx: the 'Our judgements' page of a PEEL 2021/22 report as a Word file,
with a two-row-header grade table (2021/22 and the earlier 2018/19 grade).

Needs python-docx (throwaway venv):
    /tmp/c10venv/bin/python src/make_m02.py
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "m02.docx")

ROWS = [
    ("Providing a service to the victims of crime", "Not graded", "No grade"),
    ("Engaging with and treating the public with fairness and respect", "Good", "Good"),
    ("Preventing crime and anti-social behaviour", "Requires improvement", "Good"),
    ("Responding to the public", "Adequate", "Not inspected"),
    ("Investigating crime", "Adequate", "Requires improvement"),
    ("Protecting vulnerable people", "Requires improvement", "Requires improvement"),
    ("Managing offenders and suspects", "Good", "Not inspected"),
    ("Developing a positive workplace", "Good", "\u2013"),
    ("Good use of resources", "Adequate", "Good"),
    ("Recording data about crime", "Outstanding", "Not inspected"),
]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, white=False, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if white:
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    if align is not None:
        p.alignment = align


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "PEEL 2021/22 \u2013 Wiltshire Police"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "OFFICIAL"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    p = doc.add_paragraph()
    r = p.add_run("His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services")
    r.font.size = Pt(9)
    doc.add_heading("PEEL 2021/22", level=0)
    doc.add_paragraph("Police effectiveness, efficiency and legitimacy")
    doc.add_paragraph("An inspection of Wiltshire Police")

    doc.add_heading("Our judgements", level=1)
    doc.add_paragraph(
        "Our inspection assessed how good Wiltshire Police is in ten areas of policing. We make "
        "graded judgements in nine of these ten areas. For comparison, the table also shows the "
        "grade we gave for the nearest question in our PEEL 2018/19 inspection of the force, "
        "where there was one.")

    table = doc.add_table(rows=2 + len(ROWS), cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    # two-row header: "Area of policing" spans both rows; "Grade" spans both grade columns
    a = table.cell(0, 0).merge(table.cell(1, 0))
    cell_text(a, "Area of policing", bold=True, white=True)
    g = table.cell(0, 1).merge(table.cell(0, 2))
    cell_text(g, "Grade", bold=True, white=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(table.cell(1, 1), "2021/22", bold=True, white=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(table.cell(1, 2), "2018/19", bold=True, white=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for c in (a, g, table.cell(1, 1), table.cell(1, 2)):
        shade(c, "1F3864")
    repeat_header(table.rows[0])
    repeat_header(table.rows[1])
    for i, (area, now, then) in enumerate(ROWS, start=2):
        cell_text(table.cell(i, 0), area)
        cell_text(table.cell(i, 1), now, bold=True)
        cell_text(table.cell(i, 2), then)

    note = doc.add_paragraph()
    r = note.add_run(
        "Our grades are outstanding, good, adequate, requires improvement and inadequate. "
        "\u2018Not inspected\u2019 means that our 2018/19 inspection had no equivalent question. "
        "The areas we inspect changed in 2021, so the two columns are not always directly "
        "comparable.")
    r.italic = True
    r.font.size = Pt(8.5)

    doc.add_paragraph(
        "We also inspected how effective a service Wiltshire Police gives to victims of crime. "
        "We do not make a graded judgement in this area.")

    doc.add_heading("HM Inspector\u2019s observations", level=1)
    doc.add_paragraph(
        "Wiltshire Police has made real progress in recording crime since our last inspection, "
        "and its crime recording is now among the most accurate we have seen. The force has "
        "also built a workforce that feels supported and well led.")
    doc.add_paragraph(
        "I am less positive about the force\u2019s work to prevent crime. Neighbourhood teams "
        "have been drawn into response work, and problem solving has suffered as a result. "
        "Chief Constable Tamsin Oduya recognises this, and Deputy Chief Constable Rhodri Vance "
        "now chairs a board that oversees neighbourhood policing. An assistant chief constable "
        "has been given responsibility for safeguarding.")
    doc.add_paragraph(
        "The force needs to do more to protect vulnerable people, and I have set out areas for "
        "improvement on this in the rest of this report.")
    doc.add_paragraph("Gwendolen Marsh-Tully")
    doc.add_paragraph("His Majesty\u2019s Inspector of Constabulary")

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    doc.save(OUT)
    print("wrote", os.path.relpath(OUT))


if __name__ == "__main__":
    main()
