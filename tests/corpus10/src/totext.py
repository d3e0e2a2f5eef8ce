"""Write text/<name>.<ext>.txt for each binary document in docs/ (a convenience only: the
binary files are the test).

- PDF: pypdf extract_text() page by page, pages separated by a form feed.
- DOCX: python-docx body in document order: each paragraph on its own line, each table row
  on its own line with its cells joined by " | " (a merged cell is written once).

    /tmp/c10venv/bin/python src/totext.py
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
    reader = pypdf.PdfReader(path)
    return "\f".join(p.extract_text() for p in reader.pages) + "\n"


def docx_text(path):
    doc = Document(path)
    lines = []
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, doc).text)
        elif tag == "tbl":
            for row in Table(child, doc).rows:
                seen, cells = set(), []
                for c in row.cells:
                    if id(c._tc) in seen:
                        continue
                    seen.add(id(c._tc))
                    cells.append(" ".join(p.text for p in c.paragraphs).strip())
                lines.append(" | ".join(cells))
    return "\n".join(lines) + "\n"


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
        out = os.path.join(TEXT, name + ".txt")
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(text)
        print("wrote", os.path.relpath(out))


if __name__ == "__main__":
    main()
