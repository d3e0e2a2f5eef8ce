"""Write text/ renderings of the PDF and DOCX files in docs/ (a convenience for check_gold;
the binaries are the test).

- PDF: pypdf extract_text(), pages joined by a newline.
- DOCX: body paragraphs and tables in document order; each table row is one line of
  tab-separated cells, one per <w:tc>; a cell continuing a vertical merge is empty.
  Page headers and footers are left out (they are not body text).

    /tmp/c36venv/bin/python src/totext.py
"""
import os

from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
TEXT = os.path.join(HERE, "..", "text")


def cell_text(tc, parent):
    pr = tc.find(qn("w:tcPr"))
    vm = pr.find(qn("w:vMerge")) if pr is not None else None
    if vm is not None and vm.get(qn("w:val")) in (None, "continue"):
        return ""
    return " ".join(Paragraph(p, parent).text.strip() for p in tc.iter(qn("w:p"))
                    if Paragraph(p, parent).text.strip())


def docx_text(path):
    doc = Document(path)
    lines = []
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(Paragraph(child, doc).text)
        elif child.tag == qn("w:tbl"):
            for tr in child.iter(qn("w:tr")):
                lines.append("\t".join(cell_text(tc, doc) for tc in tr.iter(qn("w:tc"))))
    return "\n".join(lines) + "\n"


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
