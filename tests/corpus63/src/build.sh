#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus63).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/lh63venv && /tmp/lh63venv/bin/pip install python-docx pypdf
# lh01.html, lh02.md and lh05.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/lh63venv}
cd src
"$VENV/bin/python" make_lh04.py
"$VENV/bin/python" make_lh07.py
"$VENV/bin/python" make_lh08.py
# lh09.txt: written in UTF-8 in src/, saved as cp1252 with CRLF line endings
python3 -c "s=open('lh09.txt',encoding='utf-8').read(); open('../docs/lh09.txt','wb').write(s.replace('\n','\r\n').encode('cp1252'))"
cd ..
for n in lh03 lh06 lh10; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
