"""Write text/ versions of the binary documents in docs/ (a convenience; the binaries are
the test). PDF: pypdf extract_text(), pages joined with a newline. DOCX: the body's
paragraphs and tables in document order, one table row per line, cells tab-separated
(headers and footers are left out, as the gold leaves them out).

    /tmp/mtvenv/bin/python src/totext.py
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
                    paras = [Paragraph(p, doc).text for p in tc.iter(qn("w:p"))]
                    cells.append(" ".join(t.strip() for t in paras if t.strip()))
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
        print("wrote", name)


if __name__ == "__main__":
    main()
