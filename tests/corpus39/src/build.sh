#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus39).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c39venv && /tmp/c39venv/bin/pip install python-docx pypdf
# ki02.html, ki06.md and ki10.html are hand-written and live only in docs/.
# ki09.txt is written in UTF-8 with LF in src/ and converted to Windows-1252 with CRLF.
set -e
VENV=${VENV:-/tmp/c39venv}
cd src
"$VENV/bin/python" make_ki03.py
"$VENV/bin/python" make_ki05.py
"$VENV/bin/python" make_ki08.py
cd ..
python3 -c "
s = open('src/ki09.txt', encoding='utf-8').read()
open('docs/ki09.txt', 'wb').write(s.replace('\n', '\r\n').encode('cp1252'))
"
for n in ki01 ki04 ki07; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
