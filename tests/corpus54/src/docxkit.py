"""Low-level Word helpers for the corpus54 DOCX builders (python-docx 1.2 + raw WordprocessingML).

Everything here writes the XML the way Word itself saves it: list numbers come from the
numbering part (w:numPr), content controls are w:sdt, text boxes are mc:AlternateContent
(wps shape with a VML fallback), footnotes and endnotes live in their own parts, and tracked
changes are w:ins / w:del runs."""
import copy
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
EXTRA_NS = ('xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w10="urn:schemas-microsoft-com:office:word"')
DATE = "2025-09-03T10:12:00Z"
_ids = {"n": 100}


def nid():
    _ids["n"] += 1
    return _ids["n"]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run_xml(text, bold=False, italic=False, deleted=False, vert=None, style=None):
    rpr = ""
    bits = []
    if style:
        bits.append('<w:rStyle w:val="%s"/>' % style)
    if bold:
        bits.append("<w:b/>")
    if italic:
        bits.append("<w:i/>")
    if vert:
        bits.append('<w:vertAlign w:val="%s"/>' % vert)
    if bits:
        rpr = "<w:rPr>%s</w:rPr>" % "".join(bits)
    tag = "w:delText" if deleted else "w:t"
    return '<w:r>%s<%s xml:space="preserve">%s</%s></w:r>' % (rpr, tag, esc(text), tag)


def append_xml(paragraph, xml):
    """Append raw run-level XML (one or more elements) to a paragraph."""
    el = parse_xml('<w:wrap %s %s %s>%s</w:wrap>' % (W_NS, nsdecls("r", "wp", "a"), EXTRA_NS, xml))
    for child in list(el):
        paragraph._p.append(child)


def ins(paragraph, text, author="Policy Officer", bold=False):
    append_xml(paragraph, '<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>'
               % (nid(), author, DATE, run_xml(text, bold=bold)))


def dele(paragraph, text, author="Policy Officer", bold=False):
    append_xml(paragraph, '<w:del w:id="%d" w:author="%s" w:date="%s">%s</w:del>'
               % (nid(), author, DATE, run_xml(text, bold=bold, deleted=True)))


def hyperlink(paragraph, text, url):
    rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    append_xml(paragraph, '<w:hyperlink r:id="%s" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>'
               '<w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:hyperlink>'
               % (rid, esc(text)))


# ---------------------------------------------------------------- numbering
def add_numbering(doc, levels, abstract_id):
    """levels: list of (numFmt, lvlText, indent_twips). Returns the new numId."""
    numbering = doc.part.numbering_part.element
    lv = []
    for i, (fmt, text, ind) in enumerate(levels):
        lv.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
                  '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="425"/></w:pPr></w:lvl>'
                  % (i, fmt, text, ind))
    absn = parse_xml('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s</w:abstractNum>'
                     % (W_NS, abstract_id, "".join(lv)))
    num_id = abstract_id + 1
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (W_NS, num_id, abstract_id))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(num)
    return num_id


def numbered(doc, text, num_id, level=0, style="List Paragraph"):
    p = doc.add_paragraph(style=style)
    pPr = p._p.get_or_add_pPr()
    numPr = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (W_NS, level, num_id))
    pPr.insert(1 if pPr.find(qn("w:pStyle")) is not None else 0, numPr)
    if text:
        p.add_run(text)
    return p


# ---------------------------------------------------------------- content controls
def sdt_block(doc, tag, alias, paragraphs_text, bold_first=False):
    """A block-level rich-text content control holding one or more paragraphs."""
    ps = []
    for k, t in enumerate(paragraphs_text):
        ps.append("<w:p>%s</w:p>" % run_xml(t, bold=(bold_first and k == 0)))
    el = parse_xml('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>'
                   '<w:richText/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
                   % (W_NS, alias, tag, nid() * 7919, "".join(ps)))
    body = doc.element.body
    body.insert(len(body) - 1, el)  # before the final sectPr
    return el


def sdt_inline(paragraph, tag, alias, text, kind="text"):
    kind_xml = {"text": "<w:text/>", "date": '<w:date><w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="en-GB"/></w:date>',
                "rich": "<w:richText/>"}[kind]
    append_xml(paragraph, '<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s</w:sdtPr>'
               '<w:sdtContent>%s</w:sdtContent></w:sdt>' % (alias, tag, nid() * 613, kind_xml, run_xml(text)))


# ---------------------------------------------------------------- text box
def text_box(paragraph, lines, width_emu=2286000, height_emu=2057400, bold_first=True):
    """An anchored text box (a rectangle shape) as Word saves it: wps in mc:Choice, VML in mc:Fallback."""
    inner = "".join('<w:p><w:pPr><w:spacing w:after="40"/></w:pPr>%s</w:p>' % run_xml(t, bold=(bold_first and k == 0))
                    for k, t in enumerate(lines))
    n = nid()
    xml = (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="%d" name="Text Box %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="E8F0F8"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" '
        'lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Text Box %d" o:spid="_x0000_s10%d" type="#_x0000_t202" style="position:absolute;margin-left:0;'
        'margin-top:0;width:180pt;height:162pt;z-index:251659264;mso-position-horizontal:right;'
        'mso-position-horizontal-relative:margin" fillcolor="#e8f0f8" strokecolor="#1f4e79"><v:textbox>'
        '<w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>'
    ) % (width_emu, height_emu, n, n, width_emu, height_emu, inner, n, n, inner)
    append_xml(paragraph, xml)


# ---------------------------------------------------------------- footnotes / endnotes
NOTES_HEAD = ('<w:%(kind)ss %(ns)s><w:%(kind)s w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:%(kind)s>'
              '<w:%(kind)s w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:%(kind)s>')


class Notes:
    def __init__(self, doc, kind):
        self.doc, self.kind, self.items = doc, kind, []

    def ref(self, paragraph, text):
        n = len(self.items) + 1
        self.items.append((n, text))
        style = "FootnoteReference" if self.kind == "footnote" else "EndnoteReference"
        append_xml(paragraph, '<w:r><w:rPr><w:rStyle w:val="%s"/><w:vertAlign w:val="superscript"/></w:rPr>'
                   '<w:%sReference w:id="%d"/></w:r>' % (style, self.kind, n))

    def finish(self):
        if not self.items:
            return
        k = self.kind
        body = "".join('<w:%s w:id="%d"><w:p><w:pPr><w:pStyle w:val="%sText"/></w:pPr><w:r><w:rPr>'
                       '<w:vertAlign w:val="superscript"/></w:rPr><w:%sRef/></w:r>%s</w:p></w:%s>'
                       % (k, n, k.capitalize(), k, run_xml(" " + t), k) for n, t in self.items)
        xml = (NOTES_HEAD % {"kind": k, "ns": W_NS}) + body + "</w:%ss>" % k
        ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.%ss+xml" % k
        part = Part(PackURI("/word/%ss.xml" % k), ct, xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES if k == "footnote" else RT.ENDNOTES)


# ---------------------------------------------------------------- TOC field
def toc(doc, entries, title="Contents"):
    """A TOC field with Word's cached result: entries = [(level, text, page)]."""
    h = doc.add_paragraph(title, style="TOC Heading") if "TOC Heading" in [s.name for s in doc.styles] else doc.add_paragraph(title)
    first = True
    for k, (lvl, text, page) in enumerate(entries):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Pt(11 * (lvl - 1))
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml('<w:tabs %s><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs>' % W_NS))
        xml = ""
        if first:
            xml += ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
                    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
            first = False
        xml += run_xml(text) + "<w:r><w:tab/></w:r>" + run_xml(str(page))
        if k == len(entries) - 1:
            xml += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        append_xml(p, xml)
    return h


def page_field(paragraph, prefix="Page "):
    paragraph.add_run(prefix)
    append_xml(paragraph, '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
               '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False, italic=False):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold, r.italic = bold, italic
    return cell.paragraphs[0]


def bold_heading(doc, text, size=13):
    """A 'heading' made by formatting a Normal paragraph bold (no Heading style)."""
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    return p


def header_footer(section, header_text, footer_text, page=True):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    section.header.paragraphs[0].text = header_text
    fp = section.footer.paragraphs[0]
    fp.text = footer_text + ("   " if page else "")
    if page:
        page_field(fp)
