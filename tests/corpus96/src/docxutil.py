"""Small helpers shared by the DOCX generators (python-docx 1.2.0)."""
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

_ID = [900]


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    return p


def labelled(doc, label, text, style=None):
    p = doc.add_paragraph(style=style)
    p.add_run(label).bold = True
    p.add_run(" " + text)
    return p


def numbered(doc, num, text, bold_lead=None):
    """A paragraph numbered by hand, as '2.3<tab>text' (the way committee papers are)."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Pt(36)
    p.paragraph_format.first_line_indent = Pt(-36)
    p.add_run(num + "\t")
    if bold_lead:
        p.add_run(bold_lead).bold = True
    p.add_run(text)
    return p


def _change(tag, author, date):
    _ID[0] += 1
    el = OxmlElement(tag)
    el.set(qn("w:id"), str(_ID[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    return el


def tracked_replace(p, before, deleted, inserted, after, author, date):
    """Append to paragraph p: before + <w:del>deleted</w:del><w:ins>inserted</w:ins> + after.
    The deleted text is a w:delText run, so only the inserted text is in the final view."""
    if before:
        p.add_run(before)
    if deleted:
        d = _change("w:del", author, date)
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText")
        t.set(qn("xml:space"), "preserve")
        t.text = deleted
        r.append(t)
        d.append(r)
        p._p.append(d)
    if inserted:
        i = _change("w:ins", author, date)
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = inserted
        r.append(t)
        i.append(r)
        p._p.append(i)
    if after:
        p.add_run(after)
    return p


def header_text(doc, text):
    hdr = doc.sections[0].header
    hdr.paragraphs[0].text = text
