#!/bin/sh
# Rebuild docs, text and gold for corpus70 (run from tests/corpus70).
# VENV: throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/lo70venv && /tmp/lo70venv/bin/pip install python-docx pypdf
# lo02.html is hand-written and lives only in docs/.
set -e
VENV=${VENV:-/tmp/lo70venv}
cd src
"$VENV/bin/python" make_lo04.py
"$VENV/bin/python" make_lo06.py
"$VENV/bin/python" make_lo10.py
python3 make_lo08.py
iconv -f utf-8 -t cp1252 lo03.utf8.html > ../docs/lo03.html
iconv -f utf-8 -t cp1252 lo07.utf8.txt | sed 's/$/\r/' > ../docs/lo07.txt
cd ..
for n in lo01 lo05 lo09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
