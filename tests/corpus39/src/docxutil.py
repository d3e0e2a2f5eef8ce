"""Small helpers shared by the DOCX generators (python-docx)."""
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt


def shade(cell, hex_fill):
    """Give a table cell a solid background colour."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def fill(cell, paras, bold_first=False, size=None):
    """Replace a cell's content with one or more paragraphs (a list of str)."""
    if isinstance(paras, str):
        paras = [paras]
    cell.text = ""
    first = cell.paragraphs[0]
    for i, text in enumerate(paras):
        p = first if i == 0 else cell.add_paragraph()
        run = p.add_run(text)
        if bold_first and i == 0:
            run.bold = True
        if size:
            run.font.size = Pt(size)
    return cell


def labelled(doc, label, text, style=None):
    p = doc.add_paragraph(style=style)
    p.add_run(label).bold = True
    if text:
        p.add_run(" " + text)
    return p


def header_text(section, text, footer_text=None):
    hp = section.header.paragraphs[0]
    hp.text = text
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if footer_text:
        fp = section.footer.paragraphs[0]
        fp.text = footer_text
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)
