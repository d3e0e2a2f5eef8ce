#!/bin/sh
# Rebuild corpus27: documents, text versions and gold (run from tests/corpus27).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c27venv && /tmp/c27venv/bin/pip install python-docx pypdf
set -e
VENV=${VENV:-/tmp/c27venv}
cd src
"$VENV/bin/python" make_s03.py
"$VENV/bin/python" make_s06.py
"$VENV/bin/python" make_s10.py
cd ..
for n in s02 s05 s09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
# Hand-written pages: s01 and s08 are saved HTML (UTF-8, LF); s07 is UTF-8 text (LF).
cp src/s01.html src/s08.html src/s07.txt docs/
# s04 was copied into a Windows text editor: windows-1252 with CRLF line endings.
python3 -c "
import sys
t = open('src/s04.txt', encoding='utf-8').read().replace('\n', '\r\n')
open('docs/s04.txt', 'wb').write(t.encode('cp1252'))
"
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
