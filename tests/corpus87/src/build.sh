#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus87).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/mfvenv && /tmp/mfvenv/bin/pip install python-docx pypdf
# mf01.html, mf02.html, mf03.txt, mf06.md, mf09.txt and mf10.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/mfvenv}
cd src
"$VENV/bin/python" make_mf05.py
"$VENV/bin/python" make_mf08.py
cd ..
for n in mf04 mf07; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
