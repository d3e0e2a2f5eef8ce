"""Small helpers shared by the DOCX generators (python-docx)."""
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


def labelled(doc, label, text, style=None):
    """A paragraph that starts with a bold label, e.g. 'PFCC comment:'."""
    p = doc.add_paragraph(style=style)
    p.add_run(label).bold = True
    p.add_run(" " + text)
    return p


# ---- corpus139 additions: raw WordprocessingML where python-docx has no API ----------
import copy
import zipfile
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev_id = [100]


def _next_id():
    _rev_id[0] += 1
    return str(_rev_id[0])


def add_numbering(doc, levels):
    """Add one abstractNum + num to numbering.xml. levels: list of (numFmt, lvlText,
    indent_twips). Returns the numId (Word list numbering: the number is not text)."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    lvls = "".join(
        '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="%d" w:hanging="425"/></w:pPr></w:lvl>' % (i, fmt, txt, ind)
        for i, (fmt, txt, ind) in enumerate(levels))
    absn = parse_xml('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="hybridMultilevel"/>%s</w:abstractNum>'
                     % (nsdecls("w"), aid, lvls))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def set_num(paragraph, num_id, level=0):
    pPr = paragraph._p.get_or_add_pPr()
    pPr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), level, num_id)))
    return paragraph


def repeat_header(row):
    """Mark a table row as a header row that repeats on each page (w:tblHeader)."""
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def add_textbox(paragraph, lines, fill="FFF2CC"):
    """A floating VML text box (w:pict/v:shape/v:textbox/w:txbxContent) anchored in
    paragraph. lines: list of (text, bold)."""
    body = "".join('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                   % ("<w:rPr><w:b/></w:rPr>" if b else "", _esc(t)) for t, b in lines)
    xml = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
           '<v:shape id="tb%s" type="#_x0000_t202" style="position:absolute;margin-left:300pt;'
           'margin-top:0;width:160pt;height:70pt;z-index:1" fillcolor="#%s" strokecolor="#1F3864">'
           '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
           % (nsdecls("w"), _next_id(), fill, body))
    paragraph._p.append(parse_xml(xml))


def add_ins(paragraph, text, author="Policy Officer", date="2025-03-20T10:00:00Z"):
    """A tracked insertion not yet accepted."""
    paragraph._p.append(parse_xml(
        '<w:ins %s w:id="%s" w:author="%s" w:date="%s"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
        % (nsdecls("w"), _next_id(), author, date, _esc(text))))


def add_del(paragraph, text, author="Policy Officer", date="2025-03-20T10:05:00Z"):
    """A tracked deletion not yet accepted (prints struck through with changes shown)."""
    paragraph._p.append(parse_xml(
        '<w:del %s w:id="%s" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
        % (nsdecls("w"), _next_id(), author, date, _esc(text))))


def add_run(paragraph, text, bold=False):
    r = paragraph.add_run(text)
    r.bold = bold
    return r


def sdt_inline(paragraph, tag, value, kind="text", items=()):
    """An inline content control (form field) holding value."""
    if kind == "date":
        pr = '<w:date w:fullDate="2025-01-01T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="en-GB"/></w:date>'
    elif kind == "dropdown":
        pr = "<w:dropDownList>%s</w:dropDownList>" % "".join(
            '<w:listItem w:displayText="%s" w:value="%s"/>' % (i, i) for i in items)
    else:
        pr = "<w:text/>"
    paragraph._p.append(parse_xml(
        '<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%s"/>%s</w:sdtPr>'
        '<w:sdtContent><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>'
        % (nsdecls("w"), tag, tag, _next_id(), pr, _esc(value))))


def add_toc(doc, entries):
    """A TOC field as Word leaves it after 'Update field': instruction + cached result."""
    p = doc.add_paragraph()
    p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>' % nsdecls("w")))
    p._p.append(parse_xml('<w:r %s><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>' % nsdecls("w")))
    p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % nsdecls("w")))
    p.add_run(entries[0][0] + "\t" + str(entries[0][1]))
    last = p
    for text, page in entries[1:]:
        last = doc.add_paragraph()
        last.add_run(text + "\t" + str(page))
    last._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % nsdecls("w")))


def footnote_ref(paragraph, fid):
    paragraph._p.append(parse_xml(
        '<w:r %s><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>'
        % (nsdecls("w"), fid)))


def write_footnotes(path, notes):
    """Post-process a saved .docx: add word/footnotes.xml (python-docx has no footnotes
    API). notes: {id: text}."""
    fn = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<w:footnotes xmlns:w="%s">' % W_NS,
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, t in sorted(notes.items()):
        fn.append('<w:footnote w:id="%d"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                  '<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (i, _esc(t)))
    fn.append("</w:footnotes>")
    zin = zipfile.ZipFile(path)
    items = {n: zin.read(n) for n in zin.namelist()}
    zin.close()
    items["word/footnotes.xml"] = "".join(fn).encode("utf-8")
    ct = items["[Content_Types].xml"].decode("utf-8")
    ct = ct.replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType='
                    '"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
    items["[Content_Types].xml"] = ct.encode("utf-8")
    rels = items["word/_rels/document.xml.rels"].decode("utf-8")
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/'
                        'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    items["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for n, data in items.items():
            zout.writestr(n, data)
