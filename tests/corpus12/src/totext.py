"""Write text/NAME.txt for every binary document in docs/ (a convenience for reading and
for check_gold.py; the binary files are the test).

- PDF: pypdf extract_text(), pages joined with a newline.
- DOCX: python-docx; the body's paragraphs and tables in document order, each table row
  as tab-separated cells (a cell's paragraphs joined with a space).

Needs pypdf and python-docx:  /tmp/c12venv/bin/python src/totext.py
"""
import os

import pypdf
from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
TEXT = os.path.join(HERE, "..", "text")


def pdf_text(path):
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)


def docx_text(path):
    d = Document(path)
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(el, d).text)
        elif tag == "tbl":
            for row in Table(el, d).rows:
                out.append("\t".join(" ".join(p.text for p in c.paragraphs) for c in row.cells))
    return "\n".join(out)


def main():
    os.makedirs(TEXT, exist_ok=True)
    for name in sorted(os.listdir(DOCS)):
        path = os.path.join(DOCS, name)
        if name.endswith(".pdf"):
            text = pdf_text(path)
        elif name.endswith(".docx"):
            text = docx_text(path)
        else:
            continue
        with open(os.path.join(TEXT, name + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(text.rstrip("\n") + "\n")


if __name__ == "__main__":
    main()
