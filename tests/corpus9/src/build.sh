#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus9).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c9venv && /tmp/c9venv/bin/pip install python-docx pypdf
set -e
VENV=${VENV:-/tmp/c9venv}
"$VENV/bin/python" src/make_k05.py
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/k04.pdf src/k04.html
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
