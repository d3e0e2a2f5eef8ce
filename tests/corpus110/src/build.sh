#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus110).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/nevenv && /tmp/nevenv/bin/pip install python-docx pypdf
# ne03.html, ne04.txt, ne05.md, ne08.html and ne10.md are hand-written and live only in docs/.
# ne09.txt is written from src/ne09_source.txt (UTF-8) as cp1252 with CRLF line endings.
set -e
VENV=${VENV:-/tmp/nevenv}
cd src
"$VENV/bin/python" make_ne02.py
"$VENV/bin/python" make_ne06.py
python3 -c "s=open('ne09_source.txt',encoding='utf-8').read().replace('\n','\r\n'); open('../docs/ne09.txt','wb').write(s.encode('cp1252'))"
cd ..
for n in ne01 ne07; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
