#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus128).
#   python3 -m venv /tmp/NYvenv && /tmp/NYvenv/bin/pip install python-docx pypdf
# ny05.html, ny06.html, ny07.md, ny08.md and ny09.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/NYvenv}
cd src
"$VENV/bin/python" make_ny03.py
"$VENV/bin/python" make_ny04.py
cd ..
for n in ny01 ny02 ny10; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
