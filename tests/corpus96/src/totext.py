"""Write text/ versions of the binary documents in docs/ (a convenience; the binaries are
the test).

- PDF: pypdf extract_text(), pages joined with a newline.
- DOCX: the body's paragraphs and tables in document order, in Word's "final" view:
  the text of every w:t (so tracked insertions are kept) and never w:delText (tracked
  deletions are dropped). Comments live in comments.xml and are not body text. Each table
  row is one line of tab-separated cells.

    /tmp/mpvenv/bin/python src/totext.py
"""
import os

from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
TEXT = os.path.join(HERE, "..", "text")
W_T, W_TAB, W_BR = qn("w:t"), qn("w:tab"), qn("w:br")


def para_text(p):
    out = []
    for el in p.iter():
        if el.tag == W_T:
            out.append(el.text or "")
        elif el.tag == W_TAB:
            out.append("\t")
        elif el.tag == W_BR:
            out.append("\n")
    return "".join(out)


def docx_text(path):
    doc = Document(path)
    out = []
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:p"):
            out.append(para_text(child))
        elif child.tag == qn("w:tbl"):
            for tr in child.iter(qn("w:tr")):
                cells = []
                for tc in tr.iter(qn("w:tc")):
                    paras = [para_text(p) for p in tc.iter(qn("w:p"))]
                    cells.append(" ".join(t.strip() for t in paras if t.strip()))
                out.append("\t".join(cells))
    return "\n".join(out) + "\n"


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
        print("wrote", name)


if __name__ == "__main__":
    main()
