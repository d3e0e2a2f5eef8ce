#!/bin/sh
# Rebuild docs/, text/ and gold/ for corpus37 (run from tests/corpus37).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c37venv && /tmp/c37venv/bin/pip install python-docx pypdf
set -e
VENV=${VENV:-/tmp/c37venv}
"$VENV/bin/python" src/make_docx.py
python3 src/encode.py
for n in kg03 kg07 kg09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
