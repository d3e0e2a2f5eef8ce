#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus48).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c48venv && /tmp/c48venv/bin/pip install python-docx pypdf
# ks03.html and ks06.md are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c48venv}
cd src
"$VENV/bin/python" make_ks02.py
"$VENV/bin/python" make_ks05.py
"$VENV/bin/python" make_ks10.py
python3 make_ks07.py
# ks08.txt: UTF-8 source in src/, written as cp1252 with CRLF line endings
python3 -c "s=open('ks08.txt',encoding='utf-8').read().replace('\r\n','\n').replace('\n','\r\n'); open('../docs/ks08.txt','wb').write(s.encode('cp1252'))"
cd ..
for n in ks01 ks04 ks09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
