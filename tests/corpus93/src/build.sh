#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus93).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/mmvenv && /tmp/mmvenv/bin/pip install python-docx pypdf
# mm01.html, mm04.txt, mm05.md, mm08.html, mm09.csv and mm10.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/mmvenv}
cd src
"$VENV/bin/python" make_mm03.py
"$VENV/bin/python" make_mm07.py
cd ..
for n in mm02 mm06; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$(pwd)/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
