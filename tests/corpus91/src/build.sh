#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus91).
#   python3 -m venv /tmp/mjvenv && /tmp/mjvenv/bin/pip install python-docx pypdf
# mj01.html, mj03.txt, mj06.md, mj08.html and mj09.csv are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/mjvenv}
cd src
"$VENV/bin/python" make_mj04.py
"$VENV/bin/python" make_mj07.py
cd ..
for n in mj02 mj05 mj10; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf file://$PWD/src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
