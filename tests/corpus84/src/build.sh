#!/bin/sh
# Rebuild every generated file of corpus84 (run from tests/corpus84).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/mcvenv && /tmp/mcvenv/bin/pip install python-docx pypdf
# mc02.html, mc04.txt, mc06.html, mc08.txt and mc09.md are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/mcvenv}
"$VENV/bin/python" src/make_mc03.py
"$VENV/bin/python" src/make_mc07.py
python3 src/make_mc10.py
for n in mc01 mc05; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
