"""a07.txt -- a `pdftotext -layout` copy of a PEEL effectiveness 2016 report, saved as
Windows-1252 (cp1252) with form feeds between pages. Source: a07.layout.txt (UTF-8, with
<FF> marking each form feed).

    python3 make_a07.py     (run from src/)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
text = open(os.path.join(HERE, "a07.layout.txt"), encoding="utf-8").read()
text = text.replace("<FF>\n", "\f")
with open(os.path.join(HERE, "..", "docs", "a07.txt"), "wb") as fh:
    fh.write(text.encode("cp1252"))
print("wrote a07.txt")
