#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus115).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/njvenv && /tmp/njvenv/bin/pip install python-docx pypdf
# nj01.html, nj04.txt, nj05.md, nj06.html and nj09.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/njvenv}
cd src
"$VENV/bin/python" make_nj03.py
"$VENV/bin/python" make_nj07.py
cd ..
for n in nj02 nj08 nj10; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
