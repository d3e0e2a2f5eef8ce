#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus51).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/kv51venv && /tmp/kv51venv/bin/pip install python-docx pypdf
# kv07.html and kv09.md are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/kv51venv}
"$VENV/bin/python" src/make_docx.py
python3 src/make_csv.py
for n in kv01 kv02 kv08; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
