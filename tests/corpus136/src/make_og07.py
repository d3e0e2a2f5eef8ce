"""Write docs/og07.txt: a plain-text copy of og03.pdf (pypdf extract_text, pages separated by
form feeds, as a text copy saved from a PDF viewer)."""
import os

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(HERE, "..", "docs", "og03.pdf")
out = os.path.join(HERE, "..", "docs", "og07.txt")
pages = [p.extract_text() for p in PdfReader(src).pages]
with open(out, "w", encoding="utf-8") as fh:
    fh.write("\n\f".join(pages) + "\n")
print("wrote", out)
