"""Helpers for the corpus102 Word documents (python-docx 1.2): real Word numbering
definitions, merged and shaded cells, nested tables, headers/footers, tracked changes,
comments and content controls."""
import datetime
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

W = lambda tag: qn("w:" + tag)


def el(tag, **attrs):
    e = OxmlElement("w:" + tag)
    for k, v in attrs.items():
        e.set(W(k), str(v))
    return e


def new_document(title, author, subject="", keywords="", category=""):
    doc = Document()
    cp = doc.core_properties
    cp.title, cp.author, cp.subject, cp.keywords, cp.category = title, author, subject, keywords, category
    cp.last_modified_by = author
    cp.created = datetime.datetime(2000, 1, 1)
    cp.modified = datetime.datetime(2000, 1, 1)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    return doc


def add_numbering(doc, levels):
    """Add an abstractNum + num to numbering.xml. levels: list of (numFmt, lvlText, indent_twips)
    e.g. [("decimal", "%1.", 360), ("decimal", "%1.%2", 720)]. Returns numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(W("abstractNumId"))) for a in numbering.findall(W("abstractNum"))]
    num_ids = [int(n.get(W("numId"))) for n in numbering.findall(W("num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    a = el("abstractNum", abstractNumId=aid)
    a.append(el("multiLevelType", val="hybridMultilevel" if len(levels) > 1 else "singleLevel"))
    for i, (fmt, text, ind) in enumerate(levels):
        lvl = el("lvl", ilvl=i)
        lvl.append(el("start", val=1))
        lvl.append(el("numFmt", val=fmt))
        lvl.append(el("lvlText", val=text))
        lvl.append(el("lvlJc", val="left"))
        ppr = el("pPr")
        ppr.append(el("ind", left=ind, hanging=360 if ind < 1000 else 720))
        lvl.append(ppr)
        if fmt == "bullet":
            rpr = el("rPr")
            rpr.append(el("rFonts", ascii="Symbol", hAnsi="Symbol", hint="default"))
            lvl.append(rpr)
        a.append(lvl)
    first_num = numbering.find(W("num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    n = el("num", numId=nid)
    n.append(el("abstractNumId", val=aid))
    numbering.append(n)
    return nid


def set_num(p, num_id, level=0):
    ppr = p._p.get_or_add_pPr()
    numpr = el("numPr")
    numpr.append(el("ilvl", val=level))
    numpr.append(el("numId", val=num_id))
    ppr.insert(0, numpr) if ppr.find(W("pStyle")) is None else ppr.find(W("pStyle")).addnext(numpr)
    return p


def list_para(container, text, num_id, level=0, style="List Paragraph", bold_label=None):
    p = container.add_paragraph(style=style)
    if bold_label:
        p.add_run(bold_label).bold = True
    p.add_run(text)
    return set_num(p, num_id, level)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(el("shd", val="clear", color="auto", fill=fill))


def set_cell(cell, text, bold=False, italic=False, size=None, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = el("tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b.append(el(side, val="nil"))
    tblpr.append(b)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(el("tblHeader"))


def tracked_insert(p, text, author="Policy Officer", rid=901, date="2019-10-08T10:00:00Z"):
    ins = el("ins", id=rid, author=author, date=date)
    r = el("r")
    t = el("t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    ins.append(r)
    p._p.append(ins)


def tracked_delete(p, text, author="Policy Officer", rid=902, date="2019-10-08T10:00:00Z"):
    d = el("del", id=rid, author=author, date=date)
    r = el("r")
    t = el("delText")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    d.append(r)
    p._p.append(d)


def block_content_control(doc, paragraphs, tag, alias):
    """Move already-added body paragraphs into one block-level content control (w:sdt)."""
    first = paragraphs[0]._p
    sdt = el("sdt")
    pr = el("sdtPr")
    pr.append(el("alias", val=alias))
    pr.append(el("tag", val=tag))
    pr.append(el("id", val=abs(hash(tag)) % 100000000))
    sdt.append(pr)
    content = el("sdtContent")
    sdt.append(content)
    first.addprevious(sdt)
    for p in paragraphs:
        content.append(p._p)
    return sdt


def run_content_control(p, text, tag, alias):
    sdt = el("sdt")
    pr = el("sdtPr")
    pr.append(el("alias", val=alias))
    pr.append(el("tag", val=tag))
    sdt.append(pr)
    content = el("sdtContent")
    r = el("r")
    t = el("t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    content.append(r)
    sdt.append(content)
    p._p.append(sdt)


def header_footer(section, header_lines, footer_text, page_number=True):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = header_lines[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp.runs[0].bold = True
    for line in header_lines[1:]:
        q = section.header.add_paragraph(line)
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = section.footer.paragraphs[0]
    fp.text = footer_text
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if page_number:
        fp.add_run("  Page ")
        r = fp.add_run()
        r._r.append(el("fldChar", fldCharType="begin"))
        r2 = fp.add_run()
        it = el("instrText")
        it.text = " PAGE "
        it.set(qn("xml:space"), "preserve")
        r2._r.append(it)
        r3 = fp.add_run()
        r3._r.append(el("fldChar", fldCharType="end"))
