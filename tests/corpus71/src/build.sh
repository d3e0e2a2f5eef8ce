#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus71).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/lp71venv && /tmp/lp71venv/bin/pip install python-docx pypdf
# lp02.html, lp07.html and lp10.md are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/lp71venv}
cd src
"$VENV/bin/python" make_lp05.py
"$VENV/bin/python" make_lp06.py
"$VENV/bin/python" make_lp09.py
# lp03: written in UTF-8, saved as windows-1252 with CRLF line endings
python3 -c "t=open('lp03_src.html',encoding='utf-8').read(); open('../docs/lp03.html','wb').write(t.replace('\n','\r\n').encode('cp1252'))"
cd ..
for n in lp01 lp04 lp08; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
