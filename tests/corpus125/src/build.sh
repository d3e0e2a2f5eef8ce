#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus125).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/nvvenv && /tmp/nvvenv/bin/pip install python-docx pypdf
# nv05.html, nv06.html, nv07.txt, nv08.md, nv09.csv and nv10.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/nvvenv}
cd src
"$VENV/bin/python" make_nv03.py
"$VENV/bin/python" make_nv04.py
cd ..
for n in nv01 nv02; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
