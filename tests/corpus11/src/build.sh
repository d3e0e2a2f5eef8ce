#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus11).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c11venv && /tmp/c11venv/bin/pip install python-docx pypdf
# n04.txt, n05.md, n06.html and n07.txt are hand-written and are not rebuilt.
set -e
VENV=${VENV:-/tmp/c11venv}
PRINT="chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer"
"$VENV/bin/python" src/make_n02.py
"$VENV/bin/python" src/make_n08.py
python3 src/make_n10.py
$PRINT --print-to-pdf=docs/n01.pdf src/n01.html
$PRINT --print-to-pdf=docs/n03.pdf src/n03.html
$PRINT --print-to-pdf=docs/n09.pdf src/n09.html
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
