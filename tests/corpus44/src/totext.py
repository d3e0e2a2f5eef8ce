"""Write text/ versions of the binary documents (and of the CSV) in docs/.

- PDF: pypdf extract_text(), pages joined with a newline (UTF-8).
- DOCX: the body's paragraphs and tables in document order (UTF-8). Each table row is one line
  of tab-separated cells, one per <w:tc>; a cell merged across columns appears once, and a
  cell that continues a vertical merge is empty. Page headers and footers are left out.
- CSV: ko07.csv is re-written with each row's cells joined by tabs, in the CSV's own encoding
  (cp1252) and CRLF, so that check_gold (which needs spaces around a statement) can find the
  statements that sit in quoted cells. The CSV in docs/ is the test.

    /tmp/ko44venv/bin/python src/totext.py
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


def tc_text(tc, parent):
    tc_pr = tc.find(qn("w:tcPr"))
    vm = tc_pr.find(qn("w:vMerge")) if tc_pr is not None else None
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
                out.append("\t".join(tc_text(tc, table) for tc in tr.iter(qn("w:tc"))))
    return "\n".join(out) + "\n"


def pdf_text(path):
    reader = PdfReader(path)
    return "\n".join(page.extract_text() for page in reader.pages) + "\n"


def main():
    os.makedirs(TEXT, exist_ok=True)
    for name in sorted(os.listdir(DOCS)):
        src = os.path.join(DOCS, name)
        dst = os.path.join(TEXT, name)
        if name.endswith(".docx"):
            data = docx_text(src).encode("utf-8")
        elif name.endswith(".pdf"):
            data = pdf_text(src).encode("utf-8")
        elif name.endswith(".csv"):
            raw = open(src, "rb").read().decode("cp1252")
            rows = list(csv.reader(io.StringIO(raw, newline="")))
            data = "".join("\t".join(r) + "\r\n" for r in rows).encode("cp1252")
        else:
            continue
        with open(dst, "wb") as fh:
            fh.write(data)
        print("wrote", dst)


if __name__ == "__main__":
    main()
