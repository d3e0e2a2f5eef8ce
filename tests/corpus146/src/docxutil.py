"""Small helpers shared by the DOCX generators (python-docx)."""
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def shade(cell, hex_fill):
    """Give a table cell a solid background colour."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False, italic=False):
    """Replace a cell's text with one run."""
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    return p


def labelled(doc, label, text, style=None):
    """A paragraph that starts with a bold label, e.g. 'PFCC comment:'."""
    p = doc.add_paragraph(style=style)
    p.add_run(label).bold = True
    p.add_run(" " + text)
    return p
