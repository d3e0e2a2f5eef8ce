#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus86).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/mevenv && /tmp/mevenv/bin/pip install python-docx pypdf
# me01.html, me04.html, me05.txt, me08.md and me09.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/mevenv}
cd src
"$VENV/bin/python" make_me03.py
"$VENV/bin/python" make_me07.py
python3 make_me10.py
cd ..
for n in me02 me06; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
