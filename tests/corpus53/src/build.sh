#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus53).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/kx53venv && /tmp/kx53venv/bin/pip install python-docx pypdf
# kx01.html, kx02.txt and kx08.html are hand-written and live only in docs/.
# kx09.txt is written from src/kx09.src.txt as cp1252 with CRLF line endings.
set -e
VENV=${VENV:-/tmp/kx53venv}
cd src
"$VENV/bin/python" make_kx04.py
"$VENV/bin/python" make_kx06.py
"$VENV/bin/python" make_kx07.py
python3 -c "s=open('kx09.src.txt',encoding='utf-8').read(); open('../docs/kx09.txt','wb').write(s.replace('\n','\r\n').encode('cp1252'))"
cd ..
for n in kx03 kx05 kx10; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
