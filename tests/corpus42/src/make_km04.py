"""Write docs/km04.txt from src/km04.utf8.txt: windows-1252 with CRLF line endings, as a
record exported from an older Windows system would be. The text avoids the Welsh letters
w and y with circumflex, which windows-1252 cannot hold.

    python3 src/make_km04.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, "km04.utf8.txt"), encoding="utf-8").read()
out = os.path.join(HERE, "..", "docs", "km04.txt")
with open(out, "w", encoding="cp1252", newline="\r\n") as fh:
    fh.write(src)
print("wrote", out)
