"""Write text/ renderings of the documents that check_gold cannot read as they are.

- PDF: pypdf extract_text(), pages joined with a newline.
- DOCX: body paragraphs and tables in document order; each table row is one line of
  tab-separated cells, and the paragraphs of a cell are joined with a space.
- Markdown (f05.md): what a reader of the rendered page sees: emphasis asterisks removed,
  table pipes turned into tabs, blockquote markers and heading hashes removed.
- CSV (f06.csv): the spreadsheet view: one line per row, cells separated by tabs (a cell's
  own line breaks kept). Written in the document's own encoding (cp1252, CRLF).

    /tmp/c22venv/bin/python src/totext.py
"""
import csv
import io
import os
import re

from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
TEXT = os.path.join(HERE, "..", "text")


def docx_text(path):
    doc = Document(path)
    out = []
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:p"):
            out.append(Paragraph(child, doc).text)
        elif child.tag == qn("w:tbl"):
            for tr in child.iter(qn("w:tr")):
                cells = []
                for tc in tr.iter(qn("w:tc")):
                    paras = [Paragraph(p, doc).text.strip() for p in tc.iter(qn("w:p"))]
                    cells.append(" ".join(t for t in paras if t))
                out.append("\t".join(cells))
    return "\n".join(out) + "\n"


def pdf_text(path):
    return "\n".join(p.extract_text() for p in PdfReader(path).pages) + "\n"


def md_text(path):
    out = []
    for line in open(path, encoding="utf-8").read().splitlines():
        if re.fullmatch(r"\|?[-| ]+\|?", line) and "-" in line:
            continue  # table rule
        line = re.sub(r"^#+\s*", "", line)
        line = re.sub(r"^>\s?", "", line)
        line = re.sub(r"\*\*(.+?)\*\*", r"\1", line)
        line = re.sub(r"(?<!\w)\*(.+?)\*(?!\w)", r"\1", line)
        if line.startswith("|"):
            line = "\t".join(c.strip() for c in line.strip("|").split("|"))
        out.append(line)
    return "\n".join(out) + "\n"


def csv_text(path):
    raw = open(path, "rb").read().decode("cp1252")
    rows = csv.reader(io.StringIO(raw, newline=""))
    return "\r\n".join("\t".join(r) for r in rows) + "\r\n"


def main():
    os.makedirs(TEXT, exist_ok=True)
    for name in sorted(os.listdir(DOCS)):
        src = os.path.join(DOCS, name)
        enc = "utf-8"
        if name.endswith(".docx"):
            text = docx_text(src)
        elif name.endswith(".pdf"):
            text = pdf_text(src)
        elif name.endswith(".md"):
            text = md_text(src)
        elif name.endswith(".csv"):
            text, enc = csv_text(src), "cp1252"
        else:
            continue
        with open(os.path.join(TEXT, name), "w", encoding=enc, newline="") as fh:
            fh.write(text)
        print("wrote text/" + name)


if __name__ == "__main__":
    main()
