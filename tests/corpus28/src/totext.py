"""Write text/ versions of the documents in docs/ that check_gold.py cannot read directly
(a convenience; the files in docs/ are the test).

- PDF: pypdf extract_text(), pages joined with a newline.
- DOCX: the body's paragraphs and tables in document order. Each table row is one line of
  tab-separated cells, one per <w:tc>: a cell merged across columns appears once, and a
  cell that continues a vertical merge is empty. Word list numbers (from numbering.xml)
  are not in the paragraph text and are not added.
- CSV: each row is one line of tab-separated cells, with line breaks inside a cell turned
  into spaces; written in the file's own encoding (cp1252 for t01.csv).

    /tmp/c28venv/bin/python src/totext.py
"""
import csv
import io
import os

from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
TEXT = os.path.join(HERE, "..", "text")
CSV_ENCODING = {"t01.csv": "cp1252"}


def tc_text(tc, parent):
    tcpr = tc.find(qn("w:tcPr"))
    vm = tcpr.find(qn("w:vMerge")) if tcpr is not None else None
    if vm is not None and vm.get(qn("w:val")) in (None, "continue"):
        return ""
    paras = [Paragraph(p, parent).text for p in tc.iter(qn("w:p"))]
    return " ".join(t.strip() for t in paras if t.strip())


def docx_text(path):
    doc = Document(path)
    out = []
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:p"):
            out.append(Paragraph(child, doc).text)
        elif child.tag == qn("w:tbl"):
            table = Table(child, doc)
            for tr in child.iter(qn("w:tr")):
                cells = [tc_text(tc, table) for tc in tr.iter(qn("w:tc"))]
                out.append("\t".join(cells))
    return "\n".join(out) + "\n"


def pdf_text(path):
    reader = PdfReader(path)
    return "\n".join(page.extract_text() for page in reader.pages) + "\n"


def csv_text(path, enc):
    with open(path, encoding=enc, newline="") as fh:
        rows = list(csv.reader(fh))
    buf = io.StringIO()
    for r in rows:
        buf.write("\t".join(" ".join(c.split()) for c in r) + "\r\n")
    return buf.getvalue()


def main():
    os.makedirs(TEXT, exist_ok=True)
    for name in sorted(os.listdir(DOCS)):
        src = os.path.join(DOCS, name)
        enc = "utf-8"
        if name.endswith(".docx"):
            text = docx_text(src)
        elif name.endswith(".pdf"):
            text = pdf_text(src)
        elif name.endswith(".csv"):
            enc = CSV_ENCODING.get(name, "utf-8")
            text = csv_text(src, enc)
        else:
            continue
        dst = os.path.join(TEXT, name)
        with open(dst, "w", encoding=enc, newline="") as fh:
            fh.write(text)
        print("wrote", dst)


if __name__ == "__main__":
    main()
