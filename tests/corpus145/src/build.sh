#!/bin/sh
# Rebuild every generated file of corpus145 (run from tests/corpus145):
# the six PDFs (HTML in src/ printed by Chromium), the two DOCX, the two HTML pages,
# the text versions and the gold.
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c145venv && /tmp/c145venv/bin/pip install python-docx pypdf
set -e
VENV=${VENV:-/tmp/c145venv}
cd src
for n in 01 02 03 04 05 06; do python3 make_op$n.py; done
"$VENV/bin/python" make_op07.py
"$VENV/bin/python" make_op08.py
python3 make_op09.py
cd ..
for n in op01 op02 op03 op04 op05 op06; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
