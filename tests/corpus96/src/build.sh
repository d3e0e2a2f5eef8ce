#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus96).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/mpvenv && /tmp/mpvenv/bin/pip install python-docx pypdf
set -e
VENV=${VENV:-/tmp/mpvenv}
"$VENV/bin/python" src/make_docx.py
python3 src/make_html.py
for n in mp03 mp06 mp08; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf=docs/$n.pdf "file://$(pwd)/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
