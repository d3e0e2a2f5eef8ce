"""Helpers for the corpus68 Word documents (python-docx): footnotes and endnotes parts,
complex fields, custom styles, cell shading, column sections."""
import copy

from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XS = 'xml:space="preserve"'


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Notes:
    """Collects footnotes or endnotes and writes them as a real part at save time."""

    def __init__(self, doc, kind="footnote"):
        self.doc, self.kind, self.items = doc, kind, []

    def ref(self, paragraph, text):
        n = len(self.items) + 1
        self.items.append(text)
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        va = OxmlElement("w:vertAlign")
        va.set(qn("w:val"), "superscript")
        rpr.append(va)
        r.append(rpr)
        ref = OxmlElement("w:%sReference" % self.kind)
        ref.set(qn("w:id"), str(n))
        r.append(ref)
        paragraph._p.append(r)

    def finish(self):
        k = self.kind
        body = ['<w:%s w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:%s>' % (k, k),
                '<w:%s w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:%s>' % (k, k)]
        for i, t in enumerate(self.items, 1):
            body.append('<w:%s w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/><w:rPr><w:sz w:val="16"/></w:rPr></w:pPr>'
                        '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:%sRef/></w:r>'
                        '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t %s> %s</w:t></w:r></w:p></w:%s>'
                        % (k, i, k, XS, esc(t), k))
        xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:%ss xmlns:w="%s">%s</w:%ss>' % (
            k, W, "".join(body), k)
        ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.%ss+xml" % k
        part = Part(PackURI("/word/%ss.xml" % k), ct, xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES if k == "footnote" else RT.ENDNOTES)


def field(paragraph, instr, result, bold=False):
    """A complex field {instr} whose cached result is shown."""
    def fc(t):
        r = OxmlElement("w:r")
        f = OxmlElement("w:fldChar")
        f.set(qn("w:fldCharType"), t)
        r.append(f)
        paragraph._p.append(r)
    fc("begin")
    r = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r.append(it)
    paragraph._p.append(r)
    fc("separate")
    run = paragraph.add_run(result)
    run.bold = bold
    fc("end")


def field_begin(paragraph, instr):
    for t, txt in (("begin", None), (None, instr), ("separate", None)):
        r = OxmlElement("w:r")
        if t:
            f = OxmlElement("w:fldChar")
            f.set(qn("w:fldCharType"), t)
            r.append(f)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = " %s " % txt
            r.append(it)
        paragraph._p.append(r)


def field_end(paragraph):
    r = OxmlElement("w:r")
    f = OxmlElement("w:fldChar")
    f.set(qn("w:fldCharType"), "end")
    r.append(f)
    paragraph._p.append(r)


def pstyle(doc, name, base="Normal", size=None, bold=None, italic=None, color=None, outline=None):
    st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles[base]
    if size:
        st.font.size = Pt(size)
    if bold is not None:
        st.font.bold = bold
    if italic is not None:
        st.font.italic = italic
    if color:
        from docx.shared import RGBColor
        st.font.color.rgb = RGBColor.from_string(color)
    if outline is not None:
        ppr = st.element.get_or_add_pPr()
        ol = OxmlElement("w:outlineLvl")
        ol.set(qn("w:val"), str(outline))
        ppr.append(ol)
    return st


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def set_cols(section, num, space=360):
    sect = section._sectPr
    cols = sect.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sect.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space))


def set_cell(cell, text, bold=False, italic=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold, run.italic = bold, italic
    return cell.paragraphs[0]
