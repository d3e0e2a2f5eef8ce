#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus88).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/mgvenv && /tmp/mgvenv/bin/pip install python-docx pypdf
# mg01/02/05/06.html, mg08.txt and mg09.md are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/mgvenv}
cd src
"$VENV/bin/python" make_mg04.py
"$VENV/bin/python" make_mg10.py
cd ..
for n in mg03 mg07; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
