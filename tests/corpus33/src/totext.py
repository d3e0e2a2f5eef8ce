"""Write text/ versions of the PDF and DOCX documents in docs/ (a convenience for
check_gold.py; the binaries in docs/ are the test).

- PDF: pypdf extract_text(), pages joined with a newline.
- DOCX: body paragraphs and tables in document order; each table row is one line of
  tab-separated cells, and the paragraphs inside a cell are joined with a space.
  Page headers and footers are left out, as they are not body text.

    /tmp/c33venv/bin/python src/totext.py
"""
import os

from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
TEXT = os.path.join(HERE, "..", "text")


def docx_text(path):
    doc = Document(path)
    out = []
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:p"):
            out.append(Paragraph(child, doc).text)
        elif child.tag == qn("w:tbl"):
            for tr in child.iter(qn("w:tr")):
                cells = []
                for tc in tr.iter(qn("w:tc")):
                    paras = [Paragraph(p, doc).text.strip() for p in tc.iter(qn("w:p"))]
                    cells.append(" ".join(t for t in paras if t))
                out.append("\t".join(cells))
    return "\n".join(out) + "\n"


def pdf_text(path):
    return "\n".join(p.extract_text() for p in PdfReader(path).pages) + "\n"


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
