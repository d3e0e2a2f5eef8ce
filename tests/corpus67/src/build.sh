#!/bin/sh
# Rebuild every document, the text versions and the gold (run from tests/corpus67).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/ll67venv && /tmp/ll67venv/bin/pip install python-docx pypdf
# All statement texts live once in src/texts.py; every generator imports them.
set -e
VENV=${VENV:-/tmp/ll67venv}
cd src
python3 make_pdf_html.py          # src/ll01.html, ll03.html, ll09.html
"$VENV/bin/python" make_docx.py   # docs/ll02.docx, ll04.docx, ll06.docx
python3 make_web.py               # docs/ll05.html, ll07.txt (cp1252, CRLF), ll08.html, ll10.md
cd ..
for n in ll01 ll03 ll09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
