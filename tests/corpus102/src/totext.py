"""Write text/ versions of the binary documents (a convenience; docs/ is the test).
DOCX: what Word shows in the body (final view): paragraphs, tables (one line per row, cells
tab-separated, nested tables flattened into their cell), block content controls and tracked
insertions included, tracked deletions, comments, headers and footers left out. List numbers
that Word generates are not written. PDF: pypdf extract_text().
    /tmp/mvvenv/bin/python src/totext.py
"""
import os
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, TEXT = os.path.join(HERE, "..", "docs"), os.path.join(HERE, "..", "text")


def ptext(p):
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


def tc_text(tc):
    vm = tc.find(qn("w:tcPr") + "/" + qn("w:vMerge"))
    if vm is not None and vm.get(qn("w:val")) in (None, "continue"):
        return ""
    return " ".join(x for x in (ptext(p).strip() for p in tc.iter(qn("w:p"))) if x)


def block(el, out):
    for child in el.iterchildren():
        if child.tag == qn("w:p"):
            out.append(ptext(child))
        elif child.tag == qn("w:tbl"):
            for tr in child.findall(qn("w:tr")):
                out.append("\t".join(tc_text(tc) for tc in tr.findall(qn("w:tc"))))
        elif child.tag == qn("w:sdt"):
            block(child.find(qn("w:sdtContent")), out)


def main():
    os.makedirs(TEXT, exist_ok=True)
    for name in sorted(os.listdir(DOCS)):
        src = os.path.join(DOCS, name)
        if name.endswith(".docx"):
            out = []
            block(Document(src).element.body, out)
            text = "\n".join(out) + "\n"
        elif name.endswith(".pdf"):
            text = "\n".join(pg.extract_text() for pg in PdfReader(src).pages) + "\n"
        else:
            continue
        with open(os.path.join(TEXT, name), "w", encoding="utf-8") as fh:
            fh.write(text)
        print("wrote text/" + name)


if __name__ == "__main__":
    main()
