#!/bin/sh
# Rebuild the generated documents, text versions and gold (run from tests/corpus79).
#   python3 -m venv /tmp/lxvenv && /tmp/lxvenv/bin/pip install python-docx pypdf
# lx03.html, lx06.html, lx07.md and lx08.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/lxvenv}
"$VENV/bin/python" src/make_docx.py
for n in lx01 lx04 lx09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
