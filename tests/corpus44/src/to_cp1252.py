"""Write docs/ko02.html from src/ko02.utf8.html: windows-1252 bytes and CRLF line endings, as
the commissioner's content management system serves it (its meta tag says windows-1252)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
text = open(os.path.join(HERE, "ko02.utf8.html"), encoding="utf-8").read()
data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode("cp1252")
out = os.path.join(HERE, "..", "docs", "ko02.html")
open(out, "wb").write(data)
print("wrote", out)
