#!/bin/sh
# Rebuild corpus38: documents, text versions and gold (run from tests/corpus38).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c38venv && /tmp/c38venv/bin/pip install python-docx pypdf
# Every document is generated; grades come from src/grades.py so that they agree everywhere.
set -e
VENV=${VENV:-/tmp/c38venv}
cd src
for n in kh02 kh05 kh09; do "$VENV/bin/python" make_$n.py; done
for n in kh01 kh03 kh04 kh06 kh07 kh08 kh10; do python3 make_$n.py; done
cd ..
for n in kh01 kh04 kh08; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
