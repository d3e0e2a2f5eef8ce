#!/bin/sh
# Rebuild the generated documents, text versions and gold (run from tests/corpus116).
#   python3 -m venv /tmp/NKvenv && /tmp/NKvenv/bin/pip install python-docx pypdf
# nk01, nk04, nk05, nk06, nk09 and nk10 are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/NKvenv}
"$VENV/bin/python" src/make_nk03.py
"$VENV/bin/python" src/make_nk08.py
for n in nk02 nk07; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
