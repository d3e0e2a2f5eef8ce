#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus130).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/oavenv && /tmp/oavenv/bin/pip install python-docx pypdf
# oa01.html, oa02.md, oa04.html, oa06.txt and oa10.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/oavenv}
cd src
"$VENV/bin/python" make_oa05.py
"$VENV/bin/python" make_oa09.py
python3 make_oa07.py
cd ..
for n in oa03 oa08; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$(pwd)/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
