#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus76).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/luvenv && /tmp/luvenv/bin/pip install python-docx pypdf
# lu09.html and lu10.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/luvenv}
cd src
for n in 06 07 08; do "$VENV/bin/python" make_lu$n.py; done
cd ..
for n in lu01 lu02 lu03 lu04 lu05; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
python3 src/normalise_1819.py  # 2018/19 question grades and statements keyed PEEL, as the development gold
