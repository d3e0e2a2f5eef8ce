"""Small helpers shared by the DOCX generators (python-docx)."""
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor


def shade(cell, hex_fill):
    """Give a table cell a solid background colour."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
    """Replace a cell's text with one run; return the paragraph."""
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    return p


def add_cell_para(cell, text, bold=False, italic=False):
    p = cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    return p


def labelled(container, label, text, style=None):
    """A paragraph that starts with a bold label."""
    p = container.add_paragraph(style=style)
    p.add_run(label).bold = True
    p.add_run(" " + text)
    return p


def _field(run, instr):
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == instr:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = " %s " % instr
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def header_footer(doc, header_text, footer_text):
    """Header text on the left; footer text plus a PAGE field, centred."""
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer_text:
        fp.add_run(footer_text + "  ")
    _field(fp.add_run(), "PAGE")


def repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)

