"""Write text versions of the binary documents to text/ under the documents' own names
(text/g05.pdf holds the text of docs/g05.pdf, and so on), for check_gold.py.
PDF: pypdf extract_text(), pages joined with newlines. DOCX: python-docx body paragraphs
in order, then the cells of each table row by row (one cell per line)."""
import os
import sys

import docx
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
TEXT = os.path.join(HERE, "..", "text")
os.makedirs(TEXT, exist_ok=True)

for name in sorted(os.listdir(DOCS)):
    path = os.path.join(DOCS, name)
    if name.endswith(".pdf"):
        r = pypdf.PdfReader(path)
        out = "\n".join(p.extract_text() for p in r.pages)
    elif name.endswith(".docx"):
        d = docx.Document(path)
        lines = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    lines.append(c.text)
        out = "\n".join(lines)
    else:
        continue
    with open(os.path.join(TEXT, name), "w", encoding="utf-8") as fh:
        fh.write(out + "\n")
    print("text of", name, len(out), "chars")
