#!/bin/sh
# Rebuild the generated documents, text versions and gold (run from tests/corpus99).
#   python3 -m venv /tmp/msvenv && /tmp/msvenv/bin/pip install python-docx pypdf
# ms01.html, ms02.txt, ms05.md, ms06.html and ms09.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/msvenv}
"$VENV/bin/python" src/make_ms04.py
"$VENV/bin/python" src/make_ms08.py
python3 src/make_ms10.py
for n in ms03 ms07; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf file://$PWD/src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
