"""Small python-docx helpers for the corpus22 Word documents."""
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def cell_paras(cell, paras, bold_first=False, italic_first=False, size=None):
    """Fill a cell with several paragraphs (a list of str, or (label, text) tuples)."""
    cell.text = ""
    first = True
    for item in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        if isinstance(item, tuple):
            r = p.add_run(item[0])
            r.bold = True
            r2 = p.add_run(" " + item[1])
            runs = [r, r2]
        else:
            r = p.add_run(item)
            r.bold = bold_first and first
            r.italic = italic_first and first
            runs = [r]
        if size:
            for r in runs:
                r.font.size = Pt(size)
        first = False


def repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def labelled(doc, label, text, style=None):
    p = doc.add_paragraph(style=style)
    p.add_run(label).bold = True
    p.add_run(" " + text)
    return p


def page_field(paragraph):
    """Append a PAGE field to a paragraph (for footers)."""
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = "PAGE"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    run._r.append(b); run._r.append(t); run._r.append(e)
