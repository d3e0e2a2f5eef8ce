"""Small python-docx helpers shared by make_ka03.py, make_ka05.py and make_ka08.py."""
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def shade(cell, fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False, italic=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    run.italic = italic
    return cell.paragraphs[0]


def labelled(doc_or_cell, label, text, style=None):
    p = doc_or_cell.add_paragraph(style=style)
    p.add_run(label).bold = True
    p.add_run(text)
    return p


def page_number_field(paragraph, prefix="Page "):
    paragraph.add_run(prefix)
    run = paragraph.add_run()
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        run._r.append(el)


def fixed_core(doc, title, author):
    import datetime
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    when = datetime.datetime(2025, 12, 1, 9, 0, 0)
    cp.created = when
    cp.modified = when
    cp.revision = 1
