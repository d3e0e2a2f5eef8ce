#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus82).
#   python3 -m venv /tmp/mavenv && /tmp/mavenv/bin/pip install python-docx pypdf
# ma01.html, ma04.txt, ma05.html, ma08.md, ma10.csv are hand-written and live only in docs/.
# ma09.txt (cp1252, CRLF) is written by src/make_ma09.py.
set -e
VENV=${VENV:-/tmp/mavenv}
"$VENV/bin/python" src/make_ma03.py
"$VENV/bin/python" src/make_ma07.py
python3 src/make_ma09.py
for n in ma02 ma06; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$(pwd)/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
