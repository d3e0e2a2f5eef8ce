"""Write text/ versions of the documents in docs/: what a reader sees (a convenience; the
documents in docs/ are the test).

- HTML (all ten documents here): the text a browser renders, by the standard library's
  html.parser. Left out: <head>, <script> (JSON-LD, __NEXT_DATA__), <style>, <noscript>
  (scripts are on), <template>, SVG <title>/<desc>, and attributes (alt, title,
  aria-label). Kept: hidden tab panels and closed <details>, which a reader opens with a
  click, visually hidden helper text (it is in the page text and read aloud), and SVG
  <text> labels, which are drawn. Block elements start a new line.
- PDF / DOCX (none in this corpus): as in corpus13, pypdf extract_text() and python-docx
  body text, imported only when needed (venv /tmp/c140venv).

    python3 src/totext.py
"""
import os
import re
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
TEXT = os.path.join(HERE, "..", "text")

SKIP = {"head", "script", "style", "noscript", "template", "title", "desc"}
BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th",
         "table", "section", "article", "header", "footer", "nav", "main", "aside", "dt", "dd",
         "dl", "blockquote", "details", "summary", "figure", "figcaption", "form", "text", "g",
         "svg", "button", "hr", "body", "html"}
VOID = {"br", "img", "meta", "link", "input", "hr", "line", "rect"}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP and tag not in VOID:
            self.skip += 1
        if tag in BLOCK:
            self.out.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        if tag in BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(path):
    p = Visible()
    p.feed(open(path, encoding="utf-8").read())
    lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", l).strip() for l in "".join(p.out).split("\n")]
    return "\n".join(l for l in lines if l) + "\n"


def docx_text(path):  # pragma: no cover - no DOCX in this corpus
    from docx import Document
    doc = Document(path)
    return "\n".join(par.text for par in doc.paragraphs) + "\n"


def pdf_text(path):  # pragma: no cover - no PDF in this corpus
    from pypdf import PdfReader
    return "\n".join(page.extract_text() for page in PdfReader(path).pages) + "\n"


def main():
    os.makedirs(TEXT, exist_ok=True)
    for name in sorted(os.listdir(DOCS)):
        src = os.path.join(DOCS, name)
        if name.endswith(".html"):
            text = html_text(src)
        elif name.endswith(".docx"):
            text = docx_text(src)
        elif name.endswith(".pdf"):
            text = pdf_text(src)
        else:
            continue
        with open(os.path.join(TEXT, name), "w", encoding="utf-8") as fh:
            fh.write(text)
        print("wrote text/" + name)


if __name__ == "__main__":
    main()
