#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus59).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c59venv && /tmp/c59venv/bin/pip install python-docx pypdf
# ld05.html and ld07.md are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c59venv}
cd src
"$VENV/bin/python" make_ld03.py
"$VENV/bin/python" make_ld04.py
"$VENV/bin/python" make_ld09.py
# ld08.txt: UTF-8 source -> cp1252 with CRLF line endings
python3 -c "s=open('ld08.src.txt',encoding='utf-8').read(); open('../docs/ld08.txt','wb').write(s.replace('\n','\r\n').encode('cp1252'))"
cd ..
for n in ld01 ld02 ld06 ld10; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
