"""Write text versions of the binary documents into text/ (for check_gold.py and for reading).

PDF: pypdf extract_text(), pages joined by newlines. DOCX: the body in document order,
paragraphs and tables interleaved (each table row as tab-separated cells), so that the
text follows what Word shows. Run with the throwaway venv:
    /tmp/c11venv/bin/python src/totext.py
"""
import os

import docx
import pypdf
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
TEXT = os.path.join(HERE, "..", "text")


def pdf_text(path):
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages) + "\n"


def docx_text(path):
    d = docx.Document(path)
    lines = []
    for block in d.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(block, d).text)
        elif tag == "tbl":
            for row in Table(block, d).rows:
                lines.append("\t".join(c.text for c in row.cells))
    return "\n".join(lines) + "\n"


os.makedirs(TEXT, exist_ok=True)
for name in sorted(os.listdir(DOCS)):
    src = os.path.join(DOCS, name)
    if name.endswith(".pdf"):
        out = pdf_text(src)
    elif name.endswith(".docx"):
        out = docx_text(src)
    else:
        continue
    with open(os.path.join(TEXT, name), "w", encoding="utf-8") as fh:
        fh.write(out)
    print("wrote text/%s (%d chars)" % (name, len(out)))
