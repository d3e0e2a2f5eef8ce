"""Write text/ versions of the DOCX and PDF documents in docs/ (a convenience for check_gold;
the binaries in docs/ are the test).

- PDF: pypdf extract_text(), pages joined with a newline.
- DOCX: a walk over the WordprocessingML of the body, as Word shows it with all tracked
  changes accepted: w:ins runs are kept, w:del runs dropped; content controls (w:sdt) are
  entered; hyperlink text is kept; the cached result of the TOC field is kept and field
  instructions dropped; a text box's paragraphs (mc:Choice only, not the VML fallback)
  follow the paragraph that anchors it; list numbers are computed from the numbering part
  ("1.", "a)", "(i)") and style bullets are written "•" / "–". Each table row is one line
  of tab-separated cells; a nested table's rows are joined into its cell with spaces; a
  cell that continues a vertical merge is empty. Headers, footers, footnotes, endnotes
  and comments are not body text and are left out.

    /tmp/ky54venv/bin/python src/totext.py
"""
import os
import zipfile
from lxml import etree
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
TEXT = os.path.join(HERE, "..", "text")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def q(tag):
    p, t = tag.split(":")
    return "{%s}%s" % ({"w": W, "mc": MC}[p], t)


def roman(n):
    out = ""
    for v, s in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= v:
            out, n = out + s, n - v
    return out


class Numbering:
    def __init__(self, z):
        self.levels, self.counters = {}, {}
        if "word/numbering.xml" not in z.namelist():
            return
        root = etree.fromstring(z.read("word/numbering.xml"))
        absn = {}
        for a in root.iter(q("w:abstractNum")):
            lv = {}
            for l in a.iter(q("w:lvl")):
                fmt = l.find(q("w:numFmt"))
                txt = l.find(q("w:lvlText"))
                lv[int(l.get(q("w:ilvl")))] = (fmt.get(q("w:val")) if fmt is not None else "decimal",
                                               txt.get(q("w:val")) if txt is not None else "")
            absn[a.get(q("w:abstractNumId"))] = lv
        for n in root.iter(q("w:num")):
            ref = n.find(q("w:abstractNumId")).get(q("w:val"))
            self.levels[n.get(q("w:numId"))] = absn.get(ref, {})

    def label(self, num_id, ilvl):
        lv = self.levels.get(num_id, {})
        if ilvl not in lv:
            return ""
        c = self.counters.setdefault(num_id, {})
        c[ilvl] = c.get(ilvl, 0) + 1
        for deeper in [k for k in c if k > ilvl]:
            del c[deeper]
        fmt, text = lv[ilvl]
        if fmt == "bullet":
            return "• "
        for k in range(ilvl + 1):
            n = c.get(k, 1)
            f = lv.get(k, ("decimal", ""))[0]
            s = {"lowerLetter": chr(96 + n), "lowerRoman": roman(n), "upperLetter": chr(64 + n),
                 "upperRoman": roman(n).upper()}.get(f, str(n))
            text = text.replace("%%%d" % (k + 1), s)
        return text + " "


STYLE_BULLETS = {"ListBullet": "• ", "ListBullet2": "– ", "ListBullet3": "– "}


def para_text(p, numbering, extra):
    """Text of one w:p with changes accepted; text boxes go to `extra`."""
    out = []
    in_instr = [False]

    def walk(el):
        for ch in el:
            tag = ch.tag
            if tag == q("w:del") or tag == q("w:pPr") or tag == q("w:rPr"):
                continue
            if tag == q("mc:AlternateContent"):
                choice = ch.find(q("mc:Choice"))
                if choice is not None:
                    for tb in choice.iter(q("w:txbxContent")):
                        for tp in tb.findall(q("w:p")):
                            extra.append(para_text(tp, numbering, extra))
                continue
            if tag == q("w:fldChar"):
                t = ch.get(q("w:fldCharType"))
                in_instr[0] = (t == "begin")
                continue
            if tag == q("w:instrText"):
                continue
            if tag == q("w:t"):
                out.append(ch.text or "")
            elif tag == q("w:tab"):
                out.append("\t")
            elif tag in (q("w:br"), q("w:cr")):
                out.append("\n")
            else:
                walk(ch)

    walk(p)
    prefix = ""
    ppr = p.find(q("w:pPr"))
    if ppr is not None:
        numpr = ppr.find(q("w:numPr"))
        style = ppr.find(q("w:pStyle"))
        if numpr is not None:
            prefix = numbering.label(numpr.find(q("w:numId")).get(q("w:val")),
                                     int(numpr.find(q("w:ilvl")).get(q("w:val"))))
        elif style is not None and style.get(q("w:val")) in STYLE_BULLETS:
            prefix = STYLE_BULLETS[style.get(q("w:val"))]
    return prefix + "".join(out)


def block_lines(el, numbering):
    lines = []
    for ch in el:
        if ch.tag == q("w:p"):
            extra = []
            lines.append(para_text(ch, numbering, extra))
            lines.extend(extra)
        elif ch.tag == q("w:tbl"):
            for tr in ch.findall(q("w:tr")):
                cells = []
                for tc in tr.findall(q("w:tc")):
                    vm = tc.find(q("w:tcPr") + "/" + q("w:vMerge"))
                    if vm is not None and vm.get(q("w:val")) in (None, "continue"):
                        cells.append("")
                        continue
                    inner = [l.replace("\t", " ").strip() for l in block_lines(tc, numbering)]
                    cells.append(" ".join(l for l in inner if l))
                lines.append("\t".join(cells))
        elif ch.tag == q("w:sdt"):
            content = ch.find(q("w:sdtContent"))
            if content is not None:
                lines.extend(block_lines(content, numbering))
    return lines


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        numbering = Numbering(z)
        root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(q("w:body"))
    return "\n".join(block_lines(body, numbering)) + "\n"


def pdf_text(path):
    reader = PdfReader(path)
    return "\n".join(page.extract_text() for page in reader.pages) + "\n"


def main():
    os.makedirs(TEXT, exist_ok=True)
    for name in sorted(os.listdir(DOCS)):
        src = os.path.join(DOCS, name)
        if name.endswith(".docx"):
            text = docx_text(src)
        elif name.endswith(".pdf"):
            text = pdf_text(src)
        else:
            continue
        with open(os.path.join(TEXT, name), "w", encoding="utf-8") as fh:
            fh.write(text)
        print("wrote text/" + name)


if __name__ == "__main__":
    main()
