"""Small python-docx helpers for the corpus33 DOCX generators."""
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
    """Replace a cell's text; a list gives one paragraph per item."""
    items = text if isinstance(text, list) else [text]
    cell.text = ""
    first = True
    for t in items:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(t)
        r.bold = bold
        r.italic = italic
    return cell


def header_row(table, texts, fill="1F3864"):
    from docx.shared import RGBColor
    for cell, t in zip(table.rows[0].cells, texts):
        set_cell(cell, t, bold=True)
        for r in cell.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(cell, fill)
    # repeat header row on each page
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def page_number_footer(section, prefix):
    p = section.footer.paragraphs[0]
    p.text = prefix
    run = p.add_run()
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        run._r.append(el)
