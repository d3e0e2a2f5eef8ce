#!/bin/sh
# Rebuild the generated documents, text versions and gold (run from tests/corpus98).
# VENV: python3 -m venv /tmp/mrvenv && /tmp/mrvenv/bin/pip install python-docx pypdf
# mr01.html, mr02.txt, mr05.md, mr07.html, mr08.txt and mr10.txt are hand-written (docs/ only).
set -e
VENV=${VENV:-/tmp/mrvenv}
"$VENV/bin/python" src/make_docx.py
for n in mr03 mr06; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
