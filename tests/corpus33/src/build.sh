#!/bin/sh
# Rebuild corpus33's generated documents, text versions and gold (run from tests/corpus33).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/c33venv && /tmp/c33venv/bin/pip install python-docx pypdf
# kc03.html, kc08.md and kc09.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c33venv}
cd src
"$VENV/bin/python" make_kc02.py
"$VENV/bin/python" make_kc05.py
python3 make_kc10.py
python3 -c "s=open('kc06.src.txt',encoding='utf-8').read(); open('../docs/kc06.txt','wb').write(s.replace('\n','\r\n').encode('cp1252'))"
cd ..
for n in kc01 kc04 kc07; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
