#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus129).
# VENV: python3 -m venv /tmp/nzvenv && /tmp/nzvenv/bin/pip install python-docx pypdf
# nz01.html, nz04.md, nz05.txt, nz08.html and nz10.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/nzvenv}
cd src
"$VENV/bin/python" make_nz03.py
"$VENV/bin/python" make_nz07.py
python3 make_nz09.py
cd ..
for n in nz02 nz06; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
