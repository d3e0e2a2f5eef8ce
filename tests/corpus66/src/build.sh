#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus66).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/c66venv && /tmp/c66venv/bin/pip install python-docx pypdf
# lk02.html, lk03.html and lk10.md are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c66venv}
cd src
"$VENV/bin/python" make_lk04.py
"$VENV/bin/python" make_lk05.py
"$VENV/bin/python" make_lk06.py
# lk07: written as UTF-8 in src/, saved as cp1252 with CRLF line endings
python3 -c "s=open('lk07.txt',encoding='utf-8').read(); open('../docs/lk07.txt','wb').write(s.replace('\n','\r\n').encode('cp1252'))"
cd ..
for n in lk01 lk08 lk09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
