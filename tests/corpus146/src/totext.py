"""Write text/ versions of the binary documents in docs/ (a convenience; the binaries are
the test).

- PDF: pypdf extract_text(), pages joined with a newline.
- DOCX: the body's paragraphs and tables in document order. Each table row is one line of
  tab-separated cells, one per <w:tc> element: a cell merged across columns appears once,
  and a cell that continues a vertical merge is empty, as on the page.

    /tmp/c146venv/bin/python src/totext.py
"""
import os

from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
TEXT = os.path.join(HERE, "..", "text")


def tc_text(tc, parent):
    vm = tc.find(qn("w:tcPr") + "/" + qn("w:vMerge")) if tc.find(qn("w:tcPr")) is not None else None
    if vm is not None and vm.get(qn("w:val")) in (None, "continue"):
        return ""
    paras = [Paragraph(p, parent).text for p in tc.iter(qn("w:p"))]
    return " ".join(t.strip() for t in paras if t.strip())


def docx_text(path):
    doc = Document(path)
    out = []
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:p"):
            out.append(Paragraph(child, doc).text)
        elif child.tag == qn("w:tbl"):
            table = Table(child, doc)
            for tr in child.iter(qn("w:tr")):
                cells = [tc_text(tc, table) for tc in tr.iter(qn("w:tc"))]
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
        dst = os.path.join(TEXT, name)
        with open(dst, "w", encoding="utf-8") as fh:
            fh.write(text)
        print("wrote", dst)


if __name__ == "__main__":
    main()
