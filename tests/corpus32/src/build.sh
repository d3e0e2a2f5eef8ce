#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus32).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c32venv && /tmp/c32venv/bin/pip install python-docx pypdf
# kb04.html and kb08.md are hand-written and live only in docs/; kb05.txt is written in
# src/kb05.txt (LF) and copied to docs/ with CRLF line endings.
set -e
VENV=${VENV:-/tmp/c32venv}
python3 src/make_kb01.py
python3 src/make_kb09.py
python3 -c "
d = open('src/kb05.txt', encoding='utf-8').read().replace('\r\n', '\n').replace('\n', '\r\n')
open('docs/kb05.txt', 'w', encoding='utf-8', newline='').write(d)"
cd src
"$VENV/bin/python" make_kb03.py
"$VENV/bin/python" make_kb07.py
"$VENV/bin/python" make_kb10.py
cd ..
for n in kb02 kb06 kb09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
