"""Write text/ versions of the binary documents in docs/ (a convenience; the binaries are
the test).

- PDF: pypdf extract_text(), pages joined with a newline.
- DOCX: the body in document order. A paragraph gives one line; the paragraphs of a
  floating text box anchored in it follow it as lines of their own (taken from the
  mc:Choice branch only, so the VML fallback copy is not repeated). A table row whose cells
  each hold one line is one tab-separated line; otherwise each cell's lines (paragraphs and
  nested tables) follow one another. A cell that continues a vertical merge is empty.

    /tmp/c40venv/bin/python src/totext.py
"""
import os

from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
TEXT = os.path.join(HERE, "..", "text")
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def para_text(p):
    """Text of a paragraph's own runs (not of text boxes inside it)."""
    out = []
    for el in p.iter():
        if el.tag == qn("w:txbxContent"):
            continue
        if el.tag == qn("w:t"):
            # skip text that sits inside a text box
            anc = el.getparent()
            inside = False
            while anc is not None and anc is not p:
                if anc.tag == qn("w:txbxContent"):
                    inside = True
                    break
                anc = anc.getparent()
            if not inside:
                out.append(el.text or "")
        elif el.tag == qn("w:tab"):
            out.append("\t")
    return "".join(out)


def textbox_lines(p):
    lines = []
    for choice in p.iter(MC + "Choice"):
        for box in choice.iter(qn("w:txbxContent")):
            for bp in box.iter(qn("w:p")):
                lines.append(para_text(bp))
    return lines


def block_lines(parent):
    lines = []
    for child in parent.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(para_text(child))
            lines.extend(textbox_lines(child))
        elif child.tag == qn("w:tbl"):
            lines.extend(table_lines(child))
    return lines


def table_lines(tbl):
    out = []
    for tr in tbl.iterchildren(qn("w:tr")):
        cells = []
        for tc in tr.iterchildren(qn("w:tc")):
            pr = tc.find(qn("w:tcPr"))
            vm = pr.find(qn("w:vMerge")) if pr is not None else None
            if vm is not None and vm.get(qn("w:val")) in (None, "continue"):
                cells.append([""])
            else:
                cells.append([l for l in block_lines(tc) if l.strip()] or [""])
        if all(len(c) == 1 for c in cells):
            out.append("\t".join(c[0] for c in cells))
        else:
            for c in cells:
                out.extend(c)
    return out


def docx_text(path):
    doc = Document(path)
    return "\n".join(block_lines(doc.element.body)) + "\n"


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
