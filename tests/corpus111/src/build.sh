#!/bin/sh
# Rebuild the generated documents and text versions (run from tests/corpus111).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/nfvenv && /tmp/nfvenv/bin/pip install python-docx pypdf
# nf01.html, nf04.txt, nf05.md, nf06.html and nf08.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/nfvenv}
cd src
"$VENV/bin/python" make_nf03.py
"$VENV/bin/python" make_nf09.py
python3 make_nf10.py
cd ..
for n in nf02 nf07; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
