#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus137).
#   python3 -m venv /tmp/c137venv && /tmp/c137venv/bin/pip install python-docx pypdf
# oh01.html, oh04.md, oh05.txt, oh06.csv, oh09.html and oh10.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c137venv}
cd src
"$VENV/bin/python" make_oh03.py
"$VENV/bin/python" make_oh08.py
cd ..
for n in oh02 oh07; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$(pwd)/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
