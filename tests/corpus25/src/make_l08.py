"""l08.txt: an email digest as saved from Outlook with "Save as > Text only". The original
message was sent as text/plain; charset=windows-1252, quoted-printable; Outlook had already
decoded it, so the soft line breaks ("=" at line ends) are joined and the =E2/=92 escapes are
real characters. The saved file keeps windows-1252 and CRLF line endings. Standard library."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
text = open(os.path.join(HERE, "l08_body.txt"), encoding="utf-8").read()
data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode("cp1252")
open(os.path.join(HERE, "..", "docs", "l08.txt"), "wb").write(data)
print("wrote l08.txt", len(data), "bytes")
