"""Small helpers shared by the DOCX generators of corpus44 (python-docx)."""
from docx.enum.text import WD_ALIGN_PARAGRAPH
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


def table(doc, rows, header=True, style="Table Grid", fill="D9E2F3"):
    """Add a table from a list of rows (lists of strings)."""
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            set_cell(t.cell(r, c), val, bold=(header and r == 0))
            if header and r == 0:
                shade(t.cell(r, c), fill)
    if header:
        tr_pr = t.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        th.set(qn("w:val"), "true")
        tr_pr.append(th)
    return t


def labelled(doc, label, text, style=None):
    """A paragraph that starts with a bold label."""
    p = doc.add_paragraph(style=style)
    p.add_run(label).bold = True
    p.add_run(" " + text)
    return p


def page_number_footer(section, prefix=""):
    """Footer with 'prefix Page N' using a PAGE field."""
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if prefix:
        p.add_run(prefix + "    ")
    p.add_run("Page ")
    run = p.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            run._r.append(it)


def header_text(section, text):
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = True
