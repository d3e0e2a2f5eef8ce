"""j08.txt: write src/j08.txt (UTF-8, LF) as docs/j08.txt in windows-1252 with CRLF line
endings, as a mail client's "save as text" would. Standard library only."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
text = open(os.path.join(HERE, "j08.txt"), encoding="utf-8").read()
with open(os.path.join(HERE, "..", "docs", "j08.txt"), "wb") as fh:
    fh.write(text.replace("\n", "\r\n").encode("cp1252"))
print("wrote docs/j08.txt")
