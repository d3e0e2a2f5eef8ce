#!/bin/sh
# Rebuild corpus94 (run from tests/corpus94). VENV: a throwaway venv with python-docx and pypdf,
#   python3 -m venv /tmp/mnvenv && /tmp/mnvenv/bin/pip install python-docx pypdf
set -e
VENV=${VENV:-/tmp/mnvenv}
(cd src && "$VENV/bin/python" make_docs.py)
for n in mn01 mn02; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$(pwd)/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
