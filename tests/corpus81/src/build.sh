#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus81).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/LZvenv && /tmp/LZvenv/bin/pip install python-docx pypdf
# lz05.html and lz09.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/LZvenv}
cd src
python3 make_lz01.py
python3 make_lz02.py
python3 make_lz04.py
python3 make_lz10.py
"$VENV/bin/python" make_docx.py
cd ..
for n in lz03 lz06; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
