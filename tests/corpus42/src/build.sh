#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus42).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/km42venv && /tmp/km42venv/bin/pip install python-docx pypdf
# km01.html, km05.md and km10.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/km42venv}
cd src
"$VENV/bin/python" make_km02.py
"$VENV/bin/python" make_km07.py
"$VENV/bin/python" make_km09.py
cd ..
python3 src/make_km04.py
for n in km03 km06 km08; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
