#!/bin/sh
# Rebuild docs/, text/ and gold/ from src/ (run from tests/corpus45).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/kp45venv && /tmp/kp45venv/bin/pip install python-docx pypdf
set -e
VENV=${VENV:-/tmp/kp45venv}
cd src
"$VENV/bin/python" make_kp01.py
"$VENV/bin/python" make_kp03.py
"$VENV/bin/python" make_kp08.py
cp kp04.html kp06.md kp10.html ../docs/
# kp07: written as UTF-8 in src/, published as windows-1252 with CRLF line endings
python3 -c "s=open('kp07.src.txt',encoding='utf-8').read(); open('../docs/kp07.txt','wb').write(s.replace('\n','\r\n').encode('cp1252'))"
cd ..
for n in kp02 kp05 kp09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
