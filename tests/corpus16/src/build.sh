#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus16).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c16venv && /tmp/c16venv/bin/pip install python-docx pypdf
# t01.html, t02.html and t07.md are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c16venv}
cd src
"$VENV/bin/python" make_t05.py
"$VENV/bin/python" make_t09.py
"$VENV/bin/python" make_t10.py
python3 make_t08.py
python3 make_t03.py
cd ..
for n in t03 t04 t06; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
