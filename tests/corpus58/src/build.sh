#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus58).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c58venv && /tmp/c58venv/bin/pip install python-docx pypdf
# lc01.html, lc05.txt and lc08.html are hand-written and live only in docs/.
# lc07.md is written from src/lc07.md.utf8 as cp1252 with CRLF line endings.
set -e
VENV=${VENV:-/tmp/c58venv}
cd src
"$VENV/bin/python" make_lc02.py
"$VENV/bin/python" make_lc03.py
"$VENV/bin/python" make_lc10.py
cd ..
python3 -c "
s = open('src/lc07.md.utf8', encoding='utf-8').read()
open('docs/lc07.md', 'wb').write(s.replace('\n', '\r\n').encode('cp1252'))"
for n in lc04 lc06 lc09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
