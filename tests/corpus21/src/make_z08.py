"""z08.txt -- text-only copy of a 2018/19 integrated PEEL report summary, written as
windows-1252 with CRLF line endings (standard library).

    python3 src/make_z08.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, "z08_source.txt"), encoding="utf-8").read()
out = src.replace("\r\n", "\n").replace("\n", "\r\n").encode("cp1252")
with open(os.path.join(HERE, "..", "docs", "z08.txt"), "wb") as fh:
    fh.write(out)
print("wrote docs/z08.txt", len(out), "bytes")
