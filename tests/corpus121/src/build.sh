#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus121).
#   python3 -m venv /tmp/NRvenv && /tmp/NRvenv/bin/pip install python-docx pypdf
# nr05-nr10 are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/NRvenv}
cd src
"$VENV/bin/python" make_nr03.py
"$VENV/bin/python" make_nr04.py
cd ..
for n in nr01 nr02; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
