#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus50).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/c50venv && /tmp/c50venv/bin/pip install python-docx pypdf
# ku01-ku06.html are hand-written and live only in docs/ (ku04 is windows-1252 with CRLF).
set -e
VENV=${VENV:-/tmp/c50venv}
"$VENV/bin/python" src/make_docx.py
for n in ku07 ku08; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
