"""Make a "visible text" copy of the corpus for a second check_gold run.

check_gold reads the raw file. This script writes, into OUT (default /tmp/kw52visible),
each text document of docs/ and each file of text/ as a reader sees it, so that the
gold's statement spans can be checked exactly. It only removes what is not visible;
it never rewrites words. Standard library only:

    python3 src/visible.py [OUT]
    python3 /work/shared/corpus/check_gold.py gold OUT

Transforms:
- every file: drop soft hyphens, zero-width spaces and joiners, word joiners and BOMs;
  write ligatures (U+FB01, U+FB02) as their letters.
- kw02.txt (pasted from a PDF): drop each page's running header (first line after a form
  feed) and its page number (a line of digits before a form feed or at the end).
- kw04.md: undo Markdown backslash escapes (\\- \\* \\.).
- kw05.csv: parse the CSV and write one line per row, cells separated by tabs, so that a
  quoted cell is not glued to its commas and quotes.
- kw06.txt: drop e-mail quote markers ("> ", "> > ") at line starts.
- text/*.pdf: pypdf turns each unbroken &shy; of the HTML source into a space and a
  broken one into "\u2010" + newline. For the words that carry &shy; in src/*.html,
  join the two parts again.
The files keep their name and encoding, so the gold's `encoding` still applies.
"""
import csv
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
LIGATURES = {0xFB01: "fi", 0xFB02: "fl"}


def shy_words(stem):
    path = os.path.join(HERE, stem + ".html")
    if not os.path.exists(path):
        return []
    src = open(path, encoding="utf-8").read()
    return [w.split("&shy;") for w in re.findall(r"[\w-]*&shy;[\w&;-]*", src)]


def fix_pdf(text, stem):
    for parts in shy_words(stem):
        parts = [p.replace("&shy;", "") for p in parts]
        a, b = parts[0], "".join(parts[1:])
        text = re.sub(re.escape(a) + r"(?: ?\u2010\n| )" + re.escape(b), a + b, text)
    return text


def fix_pasted_pdf(text):
    pages = text.split("\f")
    out = []
    for k, page in enumerate(pages):
        lines = re.split(r"\r\n|\r|\n", page)
        if k > 0 and lines:
            lines = lines[1:]
        while lines and not lines[-1].strip():
            lines.pop()
        if lines and re.fullmatch(r"\d+", lines[-1].strip()):
            lines.pop()
        out.append("\n".join(lines))
    return "\n".join(out) + "\n"


def visible(name, text):
    text = text.translate(INVISIBLE).translate(LIGATURES)
    if name == "kw02.txt":
        text = fix_pasted_pdf(text)
    elif name.endswith(".md"):
        text = re.sub(r"\\([-\\`*_{}\[\]()#+.!|>])", r"\1", text)
    elif name.endswith(".csv"):
        rows = csv.reader(io.StringIO(text, newline=""))
        text = "\n".join("\t".join(c.replace("\n", " ") for c in row) for row in rows) + "\n"
    elif name == "kw06.txt":
        text = re.sub(r"(?m)^(?:> ?)+", "", text)
    elif name.endswith(".pdf"):
        text = fix_pdf(text, os.path.splitext(name)[0])
    return text


def main(out):
    os.makedirs(out, exist_ok=True)
    jobs = []
    for name in sorted(os.listdir(os.path.join(ROOT, "docs"))):
        if name.endswith((".txt", ".html", ".md", ".csv")):
            jobs.append((name, os.path.join(ROOT, "docs", name)))
    for name in sorted(os.listdir(os.path.join(ROOT, "text"))):
        jobs.append((name, os.path.join(ROOT, "text", name)))
    for name, path in jobs:
        raw = open(path, "rb").read()
        enc = "cp1252" if name in ("kw01.txt", "kw03.html") else "utf-8"
        text = visible(name, raw.decode(enc))
        with open(os.path.join(out, name), "wb") as fh:
            fh.write(text.encode(enc))
        print("wrote", os.path.join(out, name))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/kw52visible")
