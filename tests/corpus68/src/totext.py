"""Write text/ versions of the PDF and DOCX files in docs/ (a convenience; the binaries are
the test). PDF: pypdf extract_text(), pages joined by newlines. DOCX: body paragraphs and
tables in document order; a table row is one line of tab-separated cells; a table nested in
a cell is written inside that cell, its rows joined with ' / ' and its cells with ': '.
Footnotes, endnotes, headers and footers are not body text and are left out.
    /tmp/lm68venv/bin/python src/totext.py"""
import os

from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, TEXT = os.path.join(HERE, "..", "docs"), os.path.join(HERE, "..", "text")


def cell_text(tc, doc):
    parts = []
    for ch in tc.iterchildren():
        if ch.tag == qn("w:p"):
            t = Paragraph(ch, doc).text.strip()
            if t:
                parts.append(t)
        elif ch.tag == qn("w:tbl"):
            rows = []
            for tr in ch.iterchildren(qn("w:tr")):
                rows.append(": ".join(cell_text(c, doc) for c in tr.iterchildren(qn("w:tc"))))
            parts.append(" / ".join(rows))
    return " ".join(parts)


def docx_text(path):
    doc = Document(path)
    out = []
    for ch in doc.element.body.iterchildren():
        if ch.tag == qn("w:p"):
            out.append(Paragraph(ch, doc).text)
        elif ch.tag == qn("w:tbl"):
            for tr in ch.iterchildren(qn("w:tr")):
                out.append("\t".join(cell_text(tc, doc) for tc in tr.iterchildren(qn("w:tc"))))
    return "\n".join(out) + "\n"


def pdf_text(path):
    return "\n".join(p.extract_text() for p in PdfReader(path).pages) + "\n"


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
