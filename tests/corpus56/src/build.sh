#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus56).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c56venv && /tmp/c56venv/bin/pip install python-docx pypdf
# la03.html and la09.md are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c56venv}
cd src
"$VENV/bin/python" make_la02.py
"$VENV/bin/python" make_la07.py
"$VENV/bin/python" make_la10.py
cd ..
for n in la01 la04 la06; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
# la05: UTF-8 with CRLF line endings (as saved by a Windows captioning tool)
sed 's/$/\r/' src/la05.txt > docs/la05.txt
# la08: an older CMS page served as windows-1252
iconv -f utf-8 -t cp1252 src/la08.html > docs/la08.html
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
