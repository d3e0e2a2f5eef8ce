#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus141).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/c141venv && /tmp/c141venv/bin/pip install python-docx pypdf
set -e
VENV=${VENV:-/tmp/c141venv}
cd src
python3 make_html.py
"$VENV/bin/python" make_ol08.py
cd ..
for n in ol01 ol02 ol03 ol04 ol05 ol06 ol07; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html" 2>/dev/null
done
"$VENV/bin/python" src/totext.py
# the two plain-text copies of PDFs that are documents in their own right
cp text/ol01.pdf docs/ol09.txt
cp text/ol06.pdf docs/ol10.txt
python3 src/make_gold.py
