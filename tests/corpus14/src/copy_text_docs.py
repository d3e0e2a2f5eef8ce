"""Copy the hand-written text documents from src/ to docs/ in their published encodings:

- r02.html: UTF-8, LF, as saved from the browser;
- r06.txt: windows-1252 (cp1252), LF;
- r07.md: UTF-8, CRLF line endings.

    python3 copy_text_docs.py      (run from src/)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return fh.read()


def write(name, data):
    with open(os.path.join(DOCS, name), "wb") as fh:
        fh.write(data)
    print("wrote", os.path.join(DOCS, name))


write("r02.html", read("r02.html").encode("utf-8"))
write("r06.txt", read("r06.txt").encode("cp1252"))
write("r07.md", read("r07.md").replace("\n", "\r\n").encode("utf-8"))
