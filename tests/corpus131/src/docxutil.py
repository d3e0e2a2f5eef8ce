"""Helpers for the corpus131 DOCX generators (python-docx 1.2).

- add_footnote(): a real Word footnote (word/footnotes.xml part, w:footnoteReference run).
- ins_run() / del_run(): tracked insertions (w:ins) and deletions (w:del, w:delText).
- comments use python-docx's own Document.add_comment().
"""
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FOOTNOTES_XML = (
    '<w:footnotes xmlns:w="%s">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '</w:footnotes>' % W_NS)

_state = {}


def _footnotes(doc):
    key = id(doc)
    if key not in _state:
        root = etree.fromstring(FOOTNOTES_XML.encode())
        _state[key] = {"root": root, "next": 1}
    return _state[key]


def add_footnote(doc, paragraph, text):
    """Append a superscript footnote reference to paragraph; the note holds text."""
    st = _footnotes(doc)
    fid = st["next"]
    st["next"] += 1
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r.append(ref)
    paragraph._p.append(r)
    note = etree.SubElement(st["root"], qn("w:footnote"))
    note.set(qn("w:id"), str(fid))
    p = etree.SubElement(note, qn("w:p"))
    r1 = etree.SubElement(p, qn("w:r"))
    rpr1 = etree.SubElement(r1, qn("w:rPr"))
    va1 = etree.SubElement(rpr1, qn("w:vertAlign"))
    va1.set(qn("w:val"), "superscript")
    etree.SubElement(r1, qn("w:footnoteRef"))
    r2 = etree.SubElement(p, qn("w:r"))
    t = etree.SubElement(r2, qn("w:t"))
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = " " + text
    return fid


def finish_footnotes(doc):
    """Write the footnotes part into the package; call once before doc.save()."""
    st = _state.get(id(doc))
    if not st:
        return
    blob = etree.tostring(st["root"], xml_declaration=True, encoding="UTF-8", standalone=True)
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, blob, doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def _run(text, tag="w:t", bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement(tag)
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    r.append(t)
    return r


_rev = {"id": 900}


def _revision(kind, author, date):
    _rev["id"] += 1
    el = OxmlElement(kind)
    el.set(qn("w:id"), str(_rev["id"]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    return el


def ins_run(paragraph, text, author, date, bold=False):
    """A tracked insertion: visible in the final (accepted) text."""
    ins = _revision("w:ins", author, date)
    ins.append(_run(text, bold=bold))
    paragraph._p.append(ins)
    return ins


def del_run(paragraph, text, author, date, bold=False):
    """A tracked deletion: gone from the final (accepted) text."""
    d = _revision("w:del", author, date)
    d.append(_run(text, tag="w:delText", bold=bold))
    paragraph._p.append(d)
    return d


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
