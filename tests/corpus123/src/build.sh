#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus123).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/ntvenv && /tmp/ntvenv/bin/pip install python-docx pypdf
# nt03.html, nt06.html, nt07.txt and nt08.md are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/ntvenv}
cd src
"$VENV/bin/python" make_nt02.py
"$VENV/bin/python" make_nt05.py
python3 make_nt09.py
cd ..
for n in nt01 nt04 nt10; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf file://$PWD/src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
