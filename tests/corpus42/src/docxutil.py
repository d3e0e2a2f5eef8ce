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


def set_cell(cell, text, bold=False, italic=False, lang=None):
    """Replace a cell's text with one run."""
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if lang:
        set_lang(run, lang)
    return p


def set_lang(run, lang):
    """Mark a run's proofing language (e.g. cy-GB), as Word does for Welsh text."""
    r_pr = run._r.get_or_add_rPr()
    el = OxmlElement("w:lang")
    el.set(qn("w:val"), lang)
    r_pr.append(el)


def labelled_cell(cell, label, text, lang=None):
    """A cell whose text starts with a bold label, e.g. 'Force update:'."""
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(label)
    r.bold = True
    r2 = p.add_run(" " + text)
    if lang:
        set_lang(r, lang)
        set_lang(r2, lang)
    return p


def two_columns(section):
    """Lay a section out in two newspaper columns."""
    sect_pr = section._sectPr
    cols = sect_pr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sect_pr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
