"""Write text/ versions of the binary documents in docs/ (a convenience; the binaries are
the test).

- PDF: pypdf extract_text(), pages joined with a newline.
- DOCX: the FINAL view with markup hidden (all tracked changes accepted): the body's
  paragraphs and tables in document order, taking every w:t (so text inside w:ins is
  kept) and never w:delText (so tracked deletions are dropped). Comments are not shown.
  A footnote reference is written as its number, stuck to the word before it, as Word
  prints it; the footnotes follow the body, one a line ("1 text"), as at the foot of
  the page. Each table row is one line of tab-separated cells.

    /tmp/obvenv/bin/python src/totext.py
"""
import os
import zipfile

from lxml import etree
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
TEXT = os.path.join(HERE, "..", "text")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def para_text(p):
    out = []
    for el in p.iter():
        if el.tag == W + "t":
            out.append(el.text or "")
        elif el.tag == W + "tab":
            out.append("\t")
        elif el.tag == W + "br":
            out.append("\n")
        elif el.tag == W + "footnoteReference":
            out.append(el.get(W + "id"))
    return "".join(out)


def docx_text(path):
    z = zipfile.ZipFile(path)
    body = etree.fromstring(z.read("word/document.xml")).find(W + "body")
    out = []
    for child in body:
        if child.tag == W + "p":
            out.append(para_text(child))
        elif child.tag == W + "tbl":
            for tr in child.iter(W + "tr"):
                cells = []
                for tc in tr.iter(W + "tc"):
                    paras = [para_text(p).strip() for p in tc.iter(W + "p")]
                    cells.append(" ".join(t for t in paras if t))
                out.append("\t".join(cells))
    if "word/footnotes.xml" in z.namelist():
        notes = etree.fromstring(z.read("word/footnotes.xml"))
        for fn in notes.iter(W + "footnote"):
            if fn.get(W + "type"):
                continue
            text = " ".join(para_text(p).strip() for p in fn.iter(W + "p"))
            out.append("%s %s" % (fn.get(W + "id"), text.strip()))
    return "\n".join(out) + "\n"


def pdf_text(path):
    reader = PdfReader(path)
    return "\n".join(page.extract_text() for page in reader.pages) + "\n"


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
        dst = os.path.join(TEXT, name)
        with open(dst, "w", encoding="utf-8") as fh:
            fh.write(text)
        print("wrote", dst)


if __name__ == "__main__":
    main()
