"""Write text versions of the binary documents into text/ (for check_gold.py and for reading).

PDF: pypdf extract_text(), pages joined by newlines. DOCX: python-docx body paragraphs,
then table cells row by row (k05 has no tables). Run with the throwaway venv:
    /tmp/c9venv/bin/python src/totext.py
"""
import os

import docx
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
TEXT = os.path.join(HERE, "..", "text")


def pdf_text(path):
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages) + "\n"


def docx_text(path):
    d = docx.Document(path)
    lines = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
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
