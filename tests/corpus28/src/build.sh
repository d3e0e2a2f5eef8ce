#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus28).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c28venv && /tmp/c28venv/bin/pip install python-docx pypdf
# t04.html, t06.md and t08.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c28venv}
cd src
python3 make_t01.py
"$VENV/bin/python" make_t02.py
"$VENV/bin/python" make_t05.py
"$VENV/bin/python" make_t09.py
cd ..
for n in t03 t07 t10; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
