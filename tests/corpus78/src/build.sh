#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus78).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/lwvenv && /tmp/lwvenv/bin/pip install python-docx pypdf
# lw01.html, lw04.txt, lw05.html, lw08.md, lw09.txt and lw10.html are hand-written and live
# only in docs/.
set -e
VENV=${VENV:-/tmp/lwvenv}
cd src
"$VENV/bin/python" make_lw03.py
"$VENV/bin/python" make_lw07.py
cd ..
for n in lw02 lw06; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
