"""Fill the $PLACEHOLDERS of src/*.tmpl.html from texts.py and write src/iNN.html.

    python3 src/make_html.py
"""
import html
import os
import string

import texts

HERE = os.path.dirname(os.path.abspath(__file__))
VALUES = {k: html.escape(v, quote=False) for k, v in vars(texts).items()
          if k.isupper() and isinstance(v, str)}
for k, v in vars(texts).items():
    if k.isupper() and isinstance(v, list):
        for n, (_, t) in enumerate(v, start=1):
            VALUES["%s_%d" % (k, n)] = html.escape(t, quote=False)

for name in sorted(os.listdir(HERE)):
    if name.endswith(".tmpl.html"):
        src = open(os.path.join(HERE, name), encoding="utf-8").read()
        out = string.Template(src).substitute(VALUES)
        dst = os.path.join(HERE, name.replace(".tmpl", ""))
        with open(dst, "w", encoding="utf-8") as fh:
            fh.write(out)
        print("wrote", dst)
