#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus8).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c8venv && /tmp/c8venv/bin/pip install python-docx pypdf
set -e
VENV=${VENV:-/tmp/c8venv}
"$VENV/bin/python" src/make_h04.py
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/h06.pdf src/h06.html
python3 src/make_h08.py
python3 src/make_h09.py
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
