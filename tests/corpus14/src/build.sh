#!/bin/sh
# Rebuild every generated document, the text versions and the gold (run from tests/corpus14).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c14venv && /tmp/c14venv/bin/pip install python-docx pypdf
set -e
VENV=${VENV:-/tmp/c14venv}
mkdir -p docs text gold
cd src
"$VENV/bin/python" make_r03.py
"$VENV/bin/python" make_r04.py
"$VENV/bin/python" make_r10.py
python3 make_r09.py
python3 copy_text_docs.py
cd ..
for n in r01 r05 r08; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
