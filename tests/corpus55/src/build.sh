#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus55).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/kz55venv && /tmp/kz55venv/bin/pip install python-docx pypdf
# kz02.html and kz07.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/kz55venv}
cd src
"$VENV/bin/python" make_docx.py
python3 -c "t=open('kz08_source.txt',encoding='utf-8').read().replace('\n','\r\n'); open('../docs/kz08.txt','wb').write(t.encode('cp1252'))"
cd ..
for n in kz01 kz03 kz05 kz09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
