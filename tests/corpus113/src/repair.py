"""Make a "careful reader" copy of the documents for checking the gold with check_gold.py.

check_gold.py looks for each statement as a literal span of the document, so the damage
this corpus is about (words hyphenated across line ends, running heads inside sentences,
soft hyphens, zero-width spaces, ligatures, private-use bullets) makes it report the
statements as "not found".  This script undoes exactly that damage, as a reader does, in a
copy (never in docs/), so that the gold can be checked word for word:

    python3 src/repair.py /tmp/nhrepaired   # reads docs/*.txt|md|html and text/*
    python3 /work/shared/corpus/check_gold.py gold /tmp/nhrepaired

Rules: drop U+00AD, &shy;, U+200B, &#8203;; spell out ligatures; drop the running-head
and page-number lines and the running head pasted into nh04; drop U+F0B7 and 'o' + tab
bullet markers; join a word broken by "-" at a line end (or, in nh10, "- " inside a
paragraph) unless the first part is a prefix of a real compound ("problem-", "counter-");
put a space between a statement's final full stop and a closing quote mark, and (nh08,
nh10) after the opening quote mark of a statement quoted inside a sentence, which
check_gold would otherwise count as part of the first or last word.
"""
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
LIG = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
KEEP = ("problem", "counter")
HEADS = [
    r"(?m)^PEEL: Police effectiveness 2016 – Avon and Somerset Constabulary\s+\d+\s*$",
    r"(?m)^<div class=\"t (?:rh|pn)\"[^>]*>[^<]*</div>$",
    r" PEEL 2023–25: An inspection of Northumbria Police 14",
    r"(?m)^Response to PEEL: Police legitimacy 2017 – Hampshire Constabulary\n4$",
]


def join(m):
    sep = "-" if m.group(1).lower().endswith(KEEP) else ""
    return m.group(1) + sep + m.group(2)


def repair(name, text):
    for k in ("\u00ad", "&shy;", "\u200b", "&#8203;", "\f"):
        text = text.replace(k, "")
    for k, v in LIG.items():
        text = text.replace(k, v)
    for rx in HEADS:
        text = re.sub(rx, "", text)
    text = re.sub(r"(?m)^(?:\uf0b7|o)\t", "", text)
    # a word broken at a line end, possibly across blank lines or an HTML line <div>
    text = re.sub(r"(\w+)-[ \t]*(?:</div>)?[ \t]*\r?\n\s*(?:<div[^>]*>)?\s*([a-z]\w*)", join, text)
    if name.startswith("nh10"):
        text = re.sub(r"(\w+)- ([a-z]\w*)", join, text)
    text = re.sub(r"\.(\"|&rdquo;|\u201d)", r". \1", text)
    if name.startswith(("nh08", "nh10")):   # statements quoted inside a sentence
        text = re.sub(r"(\"|&ldquo;)(?=the force should|should im)", r"\1 ", text)
    return text


def main(out):
    os.makedirs(out, exist_ok=True)
    srcs = [os.path.join(ROOT, "docs", n) for n in sorted(os.listdir(os.path.join(ROOT, "docs")))
            if n.endswith((".txt", ".md", ".html"))]
    srcs += [os.path.join(ROOT, "text", n) for n in sorted(os.listdir(os.path.join(ROOT, "text")))]
    for path in srcs:
        name = os.path.basename(path)
        enc = "latin-1" if name == "nh08.txt" else "utf-8"
        with open(path, encoding=enc, newline="") as fh:
            text = fh.read()
        with open(os.path.join(out, name), "w", encoding=enc, newline="") as fh:
            fh.write(repair(name, text))
    print("repaired copies in", out)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/nhrepaired")
