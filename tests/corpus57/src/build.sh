#!/bin/sh
# Rebuild every document, the text versions and the gold (run from tests/corpus57).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c57venv && /tmp/c57venv/bin/pip install python-docx pypdf
# All ten documents are generated: none is hand-edited in docs/.
set -e
VENV=${VENV:-/tmp/c57venv}
mkdir -p docs text gold
python3 src/make_text.py
"$VENV/bin/python" src/make_docx.py
for n in lb01 lb02 lb03; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
