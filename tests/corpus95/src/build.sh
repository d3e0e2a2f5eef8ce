#!/bin/sh
# Rebuild every document, the text versions and the gold (run from tests/corpus95).
# VENV: python3 -m venv /tmp/MOvenv && /tmp/MOvenv/bin/pip install python-docx pypdf
set -e
VENV=${VENV:-/tmp/MOvenv}
cd src
python3 make_csv.py
python3 make_markup.py
"$VENV/bin/python" make_docx.py
cd ..
for n in mo09 mo10; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
