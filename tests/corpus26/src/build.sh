#!/bin/sh
# Rebuild the documents, the text versions and the gold (run from tests/corpus26).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c26venv && /tmp/c26venv/bin/pip install python-docx pypdf
# o01-o04 and o10 are hand-written HTML in src/ (o10 uses src/sig.svg); o05.html is
# written by make_o05.py from o05_head.html. All PDFs are printed with Chromium.
set -e
VENV=${VENV:-/tmp/c26venv}
cd src
python3 make_o05.py
"$VENV/bin/python" make_o06.py
"$VENV/bin/python" make_o07.py
"$VENV/bin/python" make_o08.py
"$VENV/bin/python" make_o09.py
cd ..
for n in o01 o02 o03 o04 o05 o10; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
