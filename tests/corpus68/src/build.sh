#!/bin/sh
# Rebuild corpus68 from src/ (run from tests/corpus68). VENV: a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/lm68venv && /tmp/lm68venv/bin/pip install python-docx pypdf
# lm07.html, lm08.html and lm10.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/lm68venv}
cd src
"$VENV/bin/python" make_docx.py
python3 -c "t=open('lm09.src.txt',encoding='utf-8').read(); open('../docs/lm09.txt','wb').write(t.replace('\n','\r\n').encode('cp1252'))"
cd ..
for n in lm01 lm02 lm03; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
