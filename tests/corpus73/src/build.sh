#!/bin/sh
# Rebuild corpus73's generated files (run from tests/corpus73).
# VENV: python3 -m venv /tmp/lrvenv && /tmp/lrvenv/bin/pip install python-docx pypdf
# lr01.html, lr02.txt, lr06.html, lr07.txt and lr09.md are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/lrvenv}
HERE=$(pwd)
cd src
"$VENV/bin/python" make_lr04.py
"$VENV/bin/python" make_lr10.py
cd ..
for n in lr03 lr05 lr08; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$HERE/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
python3 src/normalise_1819.py  # 2018/19 question grades and statements keyed PEEL, as the development gold
