"""le10.txt: write the UTF-8 source src/le10.txt.src as cp1252 with CRLF line endings."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
s = open(os.path.join(HERE, "le10.txt.src"), encoding="utf-8").read()
open(os.path.join(HERE, "..", "docs", "le10.txt"), "wb").write(s.replace("\n", "\r\n").encode("cp1252"))
print("wrote docs/le10.txt")
