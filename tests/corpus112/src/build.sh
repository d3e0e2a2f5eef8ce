#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus112).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/ngvenv && /tmp/ngvenv/bin/pip install python-docx pypdf
# ng03.html, ng05.html, ng06.md and ng07.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/ngvenv}
cd src
"$VENV/bin/python" make_ng02.py
"$VENV/bin/python" make_ng08.py
python3 make_ng10.py
cd ..
for n in ng01 ng04 ng09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf file://$PWD/src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
