"""Write text/ versions of the binary documents in docs/ (a convenience; the binaries are
the test).

- PDF: pypdf extract_text(), pages joined with a newline.
- DOCX: the body in document order (not the page header or footer). A paragraph is its
  runs' text (w:br -> newline, w:tab -> tab); list numbers from numbering.xml are not
  text and do not appear. A floating text box is written out just before the paragraph
  that anchors it, once: from the mc:Choice copy, not the VML mc:Fallback copy. A table
  row is one line of tab-separated cells (a cell merged across columns appears once, a
  cell that continues a vertical merge is empty); the rows of a table nested in a cell
  follow their row as lines of their own.

    /tmp/c26venv/bin/python src/totext.py
"""
import os

from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
TEXT = os.path.join(HERE, "..", "text")
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def para_lines(p_el, parent):
    out = []
    for choice in p_el.iter(MC + "Choice"):
        for box in choice.iter(qn("w:txbxContent")):
            for bp in box.iter(qn("w:p")):
                out.append(Paragraph(bp, parent).text)
    out.append(Paragraph(p_el, parent).text)
    return out


def table_lines(tbl, parent):
    lines = []
    for tr in tbl.findall(qn("w:tr")):
        cells, nested = [], []
        for tc in tr.findall(qn("w:tc")):
            tcpr = tc.find(qn("w:tcPr"))
            vm = tcpr.find(qn("w:vMerge")) if tcpr is not None else None
            if vm is not None and vm.get(qn("w:val")) in (None, "continue"):
                cells.append("")
                continue
            own = []
            for child in tc:
                if child.tag == qn("w:p"):
                    own.extend(t for t in para_lines(child, parent) if t.strip())
                elif child.tag == qn("w:tbl"):
                    nested.extend(table_lines(child, parent))
            cells.append(" ".join(t.strip() for t in own))
        lines.append("\t".join(cells))
        lines.extend(nested)
    return lines


def docx_text(path):
    doc = Document(path)
    out = []
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:p"):
            out.extend(para_lines(child, doc))
        elif child.tag == qn("w:tbl"):
            out.extend(table_lines(child, doc))
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
        with open(os.path.join(TEXT, name), "w", encoding="utf-8") as fh:
            fh.write(text)
        print("wrote", name)


if __name__ == "__main__":
    main()
