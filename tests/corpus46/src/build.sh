#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus46).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c46venv && /tmp/c46venv/bin/pip install python-docx pypdf
# kq03.html and kq05.md are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c46venv}
cd src
"$VENV/bin/python" make_docx.py
python3 make_kq04.py
python3 make_kq06.py
cd ..
for n in kq01 kq08 kq09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
