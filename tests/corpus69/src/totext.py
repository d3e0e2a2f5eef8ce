"""Write text/ versions of every document in docs/ (a convenience; the files in docs/ are
the test). PDF: pypdf extract_text(), pages joined by a newline. DOCX: the body's paragraphs
and tables in document order, one table row per line with tab-separated cells (a merged
continuation cell is empty). HTML/TXT/MD are copied byte for byte (ln08.md stays cp1252,
ln07.txt keeps CRLF), so check_gold can run against text/ alone.
    /tmp/c69venv/bin/python src/totext.py
"""
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
    tcPr = tc.find(qn("w:tcPr"))
    vm = tcPr.find(qn("w:vMerge")) if tcPr is not None else None
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
    return "\n".join(p.extract_text() for p in PdfReader(path).pages) + "\n"


def main():
    os.makedirs(TEXT, exist_ok=True)
    for name in sorted(os.listdir(DOCS)):
        src = os.path.join(DOCS, name)
        if name.endswith(".docx"):
            text = docx_text(src)
        elif name.endswith(".pdf"):
            text = pdf_text(src)
        else:
            with open(src, "rb") as fh, open(os.path.join(TEXT, name), "wb") as out:
                out.write(fh.read())
            print("copied", name)
            continue
        with open(os.path.join(TEXT, name), "w", encoding="utf-8") as fh:
            fh.write(text)
        print("wrote", name)


if __name__ == "__main__":
    main()
