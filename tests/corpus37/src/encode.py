"""Copy the hand-written text documents from src/ to docs/, with their encodings.

kg01.html and kg08.txt are written in UTF-8 in src/ and saved as windows-1252 with CRLF
line endings, as an old CMS or a Windows editor would have saved them. kg04.html and
kg05.html are copied unchanged (UTF-8, LF).

    python3 src/encode.py
"""
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")

for name in ("kg01.html", "kg08.txt"):
    text = open(os.path.join(HERE, name), encoding="utf-8").read()
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode("cp1252")
    with open(os.path.join(DOCS, name), "wb") as fh:
        fh.write(data)
for name in ("kg04.html", "kg05.html"):
    shutil.copyfile(os.path.join(HERE, name), os.path.join(DOCS, name))
print("wrote kg01.html kg08.txt (cp1252, CRLF), kg04.html kg05.html (utf-8)")
