"""Small helpers for the python-docx generators."""
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def shade(cell, fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def repeat_header(row):
    """Mark a table row as a header row that Word repeats on every page."""
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def set_cell(cell, text, bold=False, italic=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    run.italic = italic
    return cell.paragraphs[0]


def labelled(doc_or_cell, label, text):
    p = doc_or_cell.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(" " + text)
    return p
