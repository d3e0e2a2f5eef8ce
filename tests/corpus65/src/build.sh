#!/bin/sh
# Rebuild every document, the text versions and the gold (run from tests/corpus65).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/lj65venv && /tmp/lj65venv/bin/pip install python-docx pypdf
# Nothing is hand-written: every statement text lives once in src/facts.py.
set -e
VENV=${VENV:-/tmp/lj65venv}
cd src
python3 make_lj01.py                 # docs/lj01.csv
"$VENV/bin/python" make_docx.py      # docs/lj02.docx, lj04.docx, lj06.docx
python3 make_pdf_html.py             # src/lj03.html, lj05.html, lj09.html
python3 make_web.py                  # docs/lj07.html, lj08.md, lj10.txt
cd ..
for n in lj03 lj05 lj09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
