#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus69).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c69venv && /tmp/c69venv/bin/pip install python-docx pypdf
# ln01.html and ln04.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c69venv}
"$VENV/bin/python" src/make_docx.py
for n in ln02 ln06 ln09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
# ln07.txt: CRLF line endings; ln08.md: windows-1252
python3 -c "t=open('src/ln07.txt',encoding='utf-8').read().replace('\n','\r\n'); open('docs/ln07.txt','w',encoding='utf-8',newline='').write(t)"
python3 -c "t=open('src/ln08.md',encoding='utf-8').read(); open('docs/ln08.md','wb').write(t.encode('cp1252'))"
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
