"""Small helpers for the corpus29 DOCX generators (python-docx)."""
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

FILL = {"Outstanding": "1F6E43", "Good": "8CC63F", "Adequate": "FFE066",
        "Requires improvement": "F4A259", "Inadequate": "D64545"}


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
    from docx.shared import Pt
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    return p


def labelled(doc, label, text, style=None):
    p = doc.add_paragraph(style=style)
    p.add_run(label).bold = True
    p.add_run(" " + text)
    return p


def header_text(doc, text, footer=None):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = text
    if footer:
        sec.footer.paragraphs[0].text = footer


def repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)
