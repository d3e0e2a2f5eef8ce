#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus117).
# VENV: python3 -m venv /tmp/nmvenv && /tmp/nmvenv/bin/pip install python-docx pypdf
# nm05.html, nm06.html, nm07.txt, nm08.md, nm09.txt, nm10.md are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/nmvenv}
cd src
"$VENV/bin/python" make_nm03.py
"$VENV/bin/python" make_nm04.py
cd ..
for n in nm01 nm02; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf file://$PWD/src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
