"""Write text/ versions of the binary documents in docs/ (a convenience; the binaries are the
test). PDF: pypdf extract_text(), pages joined with a newline. DOCX: the body's paragraphs and
tables in document order; each table row is one line of tab-separated cells, one per <w:tc>
(a cell merged across columns appears once; a vertical-merge continuation is empty).

    /tmp/c41venv/bin/python src/totext.py
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
    pr = tc.find(qn("w:tcPr"))
    vm = pr.find(qn("w:vMerge")) if pr is not None else None
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
                out.append("\t".join(tc_text(tc, table) for tc in tr.iter(qn("w:tc"))))
    return "\n".join(out) + "\n"


def pdf_text(path):
    return "\n".join(page.extract_text() for page in PdfReader(path).pages) + "\n"


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
