"""Write text/ versions of the DOCX documents in docs/ (a convenience; the binaries are the test).

Body only (no headers, footers, comments or footnotes), in document order:
- a paragraph's text is every w:t and w:delText in it (tracked changes shown: the
  insertion and the struck-through deletion both print), w:tab as a tab; field
  instructions (w:instrText) are not text, the TOC field's cached result is;
- a text box (w:txbxContent) prints as its own lines after the paragraph that anchors it;
- content controls (w:sdt) print their content;
- each table row is one line of tab-separated cells, one per <w:tc>: a cell merged across
  columns appears once, a cell that continues a vertical merge is empty, as on the page.
Word list numbers are not text and are not written.

    /tmp/c139venv/bin/python src/totext.py
"""
import os

from docx import Document
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
TEXT = os.path.join(HERE, "..", "text")
TXBX = qn("w:txbxContent")


def para_text(p):
    out, boxes = [], []

    def walk(el):
        for ch in el:
            if ch.tag == TXBX:
                boxes.append(ch)
                continue
            if ch.tag in (qn("w:t"), qn("w:delText")):
                out.append(ch.text or "")
            elif ch.tag == qn("w:tab"):
                out.append("\t")
            elif ch.tag in (qn("w:br"), qn("w:cr")):
                out.append("\n")
            walk(ch)
    walk(p)
    lines = ["".join(out)]
    for box in boxes:
        for bp in box.iter(qn("w:p")):
            lines.extend(para_text(bp))
    return lines


def tc_text(tc):
    tcPr = tc.find(qn("w:tcPr"))
    vm = tcPr.find(qn("w:vMerge")) if tcPr is not None else None
    if vm is not None and vm.get(qn("w:val")) in (None, "continue"):
        return ""
    texts = []
    for p in tc.iter(qn("w:p")):
        texts.extend(t.strip() for t in para_text(p))
    return " ".join(t for t in texts if t)


def block(el, out):
    for child in el:
        if child.tag == qn("w:p"):
            out.extend(para_text(child))
        elif child.tag == qn("w:tbl"):
            for tr in child.findall(qn("w:tr")):
                out.append("\t".join(tc_text(tc) for tc in tr.findall(qn("w:tc"))))
        elif child.tag == qn("w:sdt"):
            block(child.find(qn("w:sdtContent")), out)


def docx_text(path):
    out = []
    block(Document(path).element.body, out)
    return "\n".join(out) + "\n"


def main():
    os.makedirs(TEXT, exist_ok=True)
    for name in sorted(os.listdir(DOCS)):
        if name.endswith(".docx"):
            dst = os.path.join(TEXT, name)
            with open(dst, "w", encoding="utf-8") as fh:
                fh.write(docx_text(os.path.join(DOCS, name)))
            print("wrote", dst)


if __name__ == "__main__":
    main()
