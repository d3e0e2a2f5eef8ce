#!/bin/sh
# Rebuild every generated file: documents, text versions and gold (run from tests/corpus119).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/npvenv && /tmp/npvenv/bin/pip install python-docx pypdf
set -e
VENV=${VENV:-/tmp/npvenv}
cd src
python3 make_pdf_html.py
python3 make_text_docs.py
"$VENV/bin/python" make_docx.py
cd ..
for n in np01 np04 np08; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
