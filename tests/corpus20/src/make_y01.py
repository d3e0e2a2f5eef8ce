"""Write docs/y01.html in windows-1252 from src/y01.html (entity-escaped ASCII).

Typographic numeric and named entities become real cp1252 characters, as a regional
news CMS would save them; &amp; &lt; &gt; stay entities.  python3 src/make_y01.py
"""
import html
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, "y01.html"), encoding="ascii").read()


def repl(m):
    ent = m.group(0)
    if ent in ("&amp;", "&lt;", "&gt;"):
        return ent
    ch = html.unescape(ent)
    try:
        ch.encode("cp1252")
    except UnicodeEncodeError:
        return ent
    return ch


out = re.sub(r"&#?\w+;", repl, src)
with open(os.path.join(HERE, "..", "docs", "y01.html"), "w", encoding="cp1252", newline="\n") as fh:
    fh.write(out)
print("wrote docs/y01.html")
