"""Small helpers for the corpus86 python-docx generators."""
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False, italic=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    run.italic = italic
    return cell.paragraphs[0]


def welsh(doc, text, style=None):
    """A Welsh paragraph, in italic grey, as bilingual Welsh public bodies set them."""
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.italic = True
    r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    return p


def labelled(doc, label, text, italic=False):
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    r = p.add_run(" " + text)
    r.italic = italic
    return p
