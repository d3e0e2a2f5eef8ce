"""a10.md -- copy src/a10.md to docs/ with Windows (CRLF) line endings, UTF-8, no BOM.

    python3 make_a10.py     (run from src/)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
text = open(os.path.join(HERE, "a10.md"), encoding="utf-8").read()
with open(os.path.join(HERE, "..", "docs", "a10.md"), "wb") as fh:
    fh.write(text.replace("\n", "\r\n").encode("utf-8"))
print("wrote a10.md")
