#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus15).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c15venv && /tmp/c15venv/bin/pip install python-docx pypdf
# s05.html, s09.html and s10.md are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c15venv}
cd src
"$VENV/bin/python" make_s03.py
"$VENV/bin/python" make_s04.py
"$VENV/bin/python" make_s07.py
python3 make_s08.py
cd ..
for n in s01 s02 s06; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
