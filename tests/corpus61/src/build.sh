#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus61).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c61venv && /tmp/c61venv/bin/pip install python-docx pypdf
# lf03.html, lf04.txt (CRLF), lf06.md and lf08.html (windows-1252) are hand-written and live
# only in docs/.
set -e
VENV=${VENV:-/tmp/c61venv}
"$VENV/bin/python" src/make_docx.py
for n in lf01 lf05 lf09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
