"""Make a 'reader view' of each document for a second check_gold run (not part of the test):
ligature characters -> letters, soft hyphens removed, words rejoined across hyphenated line
breaks and across pypdf's unbroken soft-hyphen spaces. Writes /tmp/kt49check.
    python3 src/readerview.py && python3 /work/shared/corpus/check_gold.py gold /tmp/kt49check"""
import os, re, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
OUT = "/tmp/kt49check"
SPLITS = {}
exec(open(os.path.join(HERE, "shy.py"), encoding="utf-8").read().split("def shy")[0].split('"""', 2)[2])
KEEP = {"non-emergency", "evidence-led", "Pettigrew-Lamb", "Treharne-Lloyd", "anti-social"}
LIG = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}

def reader(t):
    for k, v in LIG.items():
        t = t.replace(k, v)
    t = t.replace("\u00ad", "").replace("&shy;", "").replace("&#8209;", "-")
    t = t.replace("\r\n", "\n").replace("\f", "")
    for w, s in SPLITS.items():
        t = t.replace(s.replace("&shy;", " "), w)
    t = re.sub(r"(\w+) ?\u2010\n(\w+)", r"\1\2", t)
    t = re.sub(r"(\w+)-(?:<br>)?\n(\w+)", lambda m: m.group(0).replace("<br>", "").replace("\n", "") if (m.group(1) + "-" + m.group(2)) in KEEP or m.group(1)[-1:].isupper() else m.group(1) + m.group(2), t)
    return t

os.makedirs(OUT, exist_ok=True)
for name in os.listdir(os.path.join(ROOT, "docs")):
    if name.endswith((".pdf", ".docx")):
        src, enc = os.path.join(ROOT, "text", name), "utf-8"
    else:
        src, enc = os.path.join(ROOT, "docs", name), ("cp1252" if name.endswith(".md") else "utf-8")
    t = open(src, encoding=enc, newline="").read()
    open(os.path.join(OUT, name), "w", encoding=enc, newline="").write(reader(t))
