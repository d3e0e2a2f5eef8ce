"""Small helpers shared by the DOCX generators of corpus26 (python-docx)."""
import copy
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word"')


def a4(section):
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(22), Mm(20)


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold, run.italic = bold, italic
    if size:
        from docx.shared import Pt
        run.font.size = Pt(size)
    return p


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def txbx_paragraphs(lines):
    """lines: list of (text, bold, size_half_points) -> w:p XML strings."""
    out = []
    for text, bold, sz in lines:
        rpr = "<w:rPr>%s<w:sz w:val=\"%d\"/></w:rPr>" % ("<w:b/>" if bold else "", sz)
        out.append('<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                   % (rpr, esc(text)))
    return "".join(out)


def textbox_run(lines, width_mm=62, height_mm=110, fill="E8F0F7", shape_id=1):
    """A w:r holding a floating text box, anchored right, square wrap: an
    mc:AlternateContent with a DrawingML wps shape (Choice) and a VML v:textbox
    (Fallback), as Word writes it. Both copies hold the same text."""
    emu_w, emu_h = int(width_mm * 36000), int(height_mm * 36000)
    body = txbx_paragraphs(lines)
    xml = (
        '<w:r %s><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="%d" name="Text Box %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="%s"/></a:solidFill>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Text Box %d" o:spid="_x0000_s10%02d" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:%.1fmm;height:%.1fmm;z-index:251659264;'
        'mso-position-horizontal:right;mso-position-horizontal-relative:margin" fillcolor="#%s" strokecolor="#1f4e79" strokeweight="1pt">'
        '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape>'
        '</w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    ) % (NS, emu_w, emu_h, shape_id, shape_id, emu_w, emu_h, fill, body,
         shape_id, shape_id, width_mm, height_mm, fill, body)
    return parse_xml(xml)


def section_columns(sect_pr, num, space_twips=567, sep=False):
    cols = sect_pr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sect_pr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space_twips))
    if sep:
        cols.set(qn("w:sep"), "1")
