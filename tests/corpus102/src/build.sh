#!/bin/sh
# Rebuild corpus102 (run from tests/corpus102). VENV: python3 -m venv /tmp/mvvenv && /tmp/mvvenv/bin/pip install python-docx pypdf
set -e
VENV=${VENV:-/tmp/mvvenv}
(cd src && "$VENV/bin/python" make_docs.py)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/mv09.pdf "file://$(pwd)/src/mv09.html"
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
