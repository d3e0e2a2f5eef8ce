"""kj10.html: write src/kj10.src.html (UTF-8, LF) as windows-1252 with CRLF line endings."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, "kj10.src.html"), encoding="utf-8").read()
data = src.replace("\r\n", "\n").replace("\n", "\r\n").encode("cp1252")
open(os.path.join(HERE, "..", "docs", "kj10.html"), "wb").write(data)
print("wrote docs/kj10.html")
