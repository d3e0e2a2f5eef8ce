#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus135).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/c135venv && /tmp/c135venv/bin/pip install python-docx pypdf
# of01.html, of05.html, of06.md, of07.txt and of10.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c135venv}
cd src
"$VENV/bin/python" make_of03.py
"$VENV/bin/python" make_of09.py
python3 make_of08.py
cd ..
for n in of02 of04; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
