#!/bin/sh
# Rebuild every generated file of corpus54 (run from tests/corpus54).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/ky54venv && /tmp/ky54venv/bin/pip install python-docx pypdf
set -e
VENV=${VENV:-/tmp/ky54venv}
(cd src && "$VENV/bin/python" make_docx.py)          # ky01-ky05.docx
python3 src/make_html.py                              # src/ky06-08.html, docs/ky09.html, docs/ky10.txt
for n in ky06 ky07 ky08; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
