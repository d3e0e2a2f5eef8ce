"""Write text/ versions of the PDF and DOCX files in docs/ (a convenience; the binaries are the test).
PDF: pypdf extract_text(), pages joined by newlines. DOCX: body paragraphs and tables in
document order, one tab-separated line per table row; headers and footers are left out.

    /tmp/NKvenv/bin/python src/totext.py
"""
import os
from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, TEXT = os.path.join(HERE, "..", "docs"), os.path.join(HERE, "..", "text")


def docx_text(path):
    doc = Document(path)
    out = []
    for el in doc.element.body.iterchildren():
        if el.tag == qn("w:p"):
            out.append(Paragraph(el, doc).text)
        elif el.tag == qn("w:tbl"):
            for tr in el.iter(qn("w:tr")):
                cells = []
                for tc in tr.iter(qn("w:tc")):
                    cells.append(" ".join(Paragraph(p, doc).text.strip() for p in tc.iter(qn("w:p"))).strip())
                out.append("\t".join(cells))
    return "\n".join(out) + "\n"


def main():
    os.makedirs(TEXT, exist_ok=True)
    for name in sorted(os.listdir(DOCS)):
        src = os.path.join(DOCS, name)
        if name.endswith(".docx"):
            text = docx_text(src)
        elif name.endswith(".pdf"):
            text = "\n".join(p.extract_text() for p in PdfReader(src).pages) + "\n"
        else:
            continue
        with open(os.path.join(TEXT, name), "w", encoding="utf-8") as fh:
            fh.write(text)
        print("wrote", name)


if __name__ == "__main__":
    main()
