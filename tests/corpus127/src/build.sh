#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus127).
#   python3 -m venv /tmp/nxvenv && /tmp/nxvenv/bin/pip install python-docx pypdf
# nx01.html, nx04.html, nx05.txt, nx08.csv, nx09.md and nx10.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/nxvenv}
cd src
"$VENV/bin/python" make_nx03.py
"$VENV/bin/python" make_nx07.py
cd ..
for n in nx02 nx06; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
