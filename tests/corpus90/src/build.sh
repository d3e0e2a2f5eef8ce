#!/bin/sh
# Rebuild corpus90's generated files (run from tests/corpus90).
#   python3 -m venv /tmp/mivenv && /tmp/mivenv/bin/pip install python-docx pypdf
# mi03.html, mi06.txt, mi09.html and mi10.md are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/mivenv}
"$VENV/bin/python" src/make_docx.py
for n in mi02 mi05 mi08; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
