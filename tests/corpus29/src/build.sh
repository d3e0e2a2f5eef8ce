#!/bin/sh
# Rebuild corpus29's generated documents, text versions and gold (run from tests/corpus29).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c29venv && /tmp/c29venv/bin/pip install python-docx pypdf
# w05.md and w08.html are hand-written and live only in docs/. w09.txt is written from
# src/w09.src.txt (cp1252, CRLF).
set -e
VENV=${VENV:-/tmp/c29venv}
cd src
"$VENV/bin/python" make_w01.py
"$VENV/bin/python" make_w07.py
"$VENV/bin/python" make_w10.py
python3 make_w02.py
python3 make_w03.py
python3 make_w04.py
python3 make_w06.py
python3 -c "s=open('w09.src.txt',encoding='utf-8').read(); open('../docs/w09.txt','wb').write(s.replace('\n','\r\n').encode('cp1252'))"
cd ..
for n in w02 w03 w06; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html 2>/dev/null
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
