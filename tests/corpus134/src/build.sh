#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus134).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/c134venv && /tmp/c134venv/bin/pip install python-docx pypdf
# oe01.html, oe06.md, oe07.txt, oe08.html and oe09.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c134venv}
cd src
"$VENV/bin/python" make_oe03.py
"$VENV/bin/python" make_oe05.py
python3 make_oe10.py
cd ..
for n in oe02 oe04; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
