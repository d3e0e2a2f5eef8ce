#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus43).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/kn43venv && /tmp/kn43venv/bin/pip install python-docx pypdf
# kn03.html, kn04.md and kn08.html are hand-written and live only in docs/.
# kn06.txt is written from src/kn06.src.txt (UTF-8, LF) as cp1252 with CRLF line endings.
set -e
VENV=${VENV:-/tmp/kn43venv}
cd src
"$VENV/bin/python" make_kn02.py
"$VENV/bin/python" make_kn05.py
"$VENV/bin/python" make_kn09.py
python3 -c "
s = open('kn06.src.txt', encoding='utf-8').read().replace('\n', '\r\n')
open('../docs/kn06.txt', 'wb').write(s.encode('cp1252'))
"
cd ..
for n in kn01 kn07 kn10; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
