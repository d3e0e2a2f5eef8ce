"""Write text/ versions of the binary documents in docs/ (a convenience; the binaries are
the test).

- PDF: pypdf extract_text(), pages joined with a newline.
- DOCX: the body's paragraphs and tables in document order. Each table row is one line of
  tab-separated cells. A table nested inside a cell is written as its own lines, in place,
  after the cell's own paragraphs (km02 nests the grade tables inside the bilingual table).

    /tmp/km42venv/bin/python src/totext.py
"""
import os

from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
TEXT = os.path.join(HERE, "..", "text")


def table_lines(tbl, doc):
    lines = []
    for tr in tbl.findall(qn("w:tr")):
        cells, nested = [], []
        for tc in tr.findall(qn("w:tc")):
            paras = []
            for child in tc.iterchildren():
                if child.tag == qn("w:p"):
                    t = Paragraph(child, doc).text.strip()
                    if t:
                        paras.append(t)
                elif child.tag == qn("w:tbl"):
                    nested.extend(table_lines(child, doc))
            cells.append(" ".join(paras))
        if any(cells):
            lines.append("\t".join(cells))
        lines.extend(nested)
    return lines


def docx_text(path):
    doc = Document(path)
    out = []
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:p"):
            out.append(Paragraph(child, doc).text)
        elif child.tag == qn("w:tbl"):
            out.extend(table_lines(child, doc))
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
        dst = os.path.join(TEXT, name)
        with open(dst, "w", encoding="utf-8") as fh:
            fh.write(text)
        print("wrote", dst)


if __name__ == "__main__":
    main()
