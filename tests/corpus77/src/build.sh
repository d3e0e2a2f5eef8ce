#!/bin/sh
# Rebuild every generated document, the text versions and the gold (run from tests/corpus77).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/lvvenv && /tmp/lvvenv/bin/pip install python-docx pypdf
set -e
VENV=${VENV:-/tmp/lvvenv}
cd src
for n in lv01 lv02 lv03 lv05 lv06 lv07 lv09 lv10; do python3 make_$n.py; done
"$VENV/bin/python" make_lv04.py
"$VENV/bin/python" make_lv08.py
cd ..
for n in lv03 lv07; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf=docs/$n.pdf "file://$(pwd)/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
