#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus34).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/kd34venv && /tmp/kd34venv/bin/pip install python-docx pypdf
# kd03.html and kd07.md are hand-written and live only in docs/.
# kd04.txt is written from src/kd04.txt.src as cp1252 with CRLF line endings.
set -e
VENV=${VENV:-/tmp/kd34venv}
cd src
"$VENV/bin/python" make_kd02.py
"$VENV/bin/python" make_kd06.py
"$VENV/bin/python" make_kd10.py
python3 make_kd08.py
python3 -c "
s = open('kd04.txt.src', encoding='utf-8').read()
open('../docs/kd04.txt', 'wb').write(s.replace('\n', '\r\n').encode('cp1252'))
"
cd ..
for n in kd01 kd05 kd09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
