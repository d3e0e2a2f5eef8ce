#!/bin/sh
# Rebuild corpus132's generated files (run from tests/corpus132).
#   python3 -m venv /tmp/ocvenv && /tmp/ocvenv/bin/pip install python-docx pypdf
# oc01.html, oc04.html, oc05.md, oc06.txt, oc09.html and oc10.txt are hand-written in docs/.
set -e
VENV=${VENV:-/tmp/ocvenv}
(cd src && "$VENV/bin/python" make_oc03.py && "$VENV/bin/python" make_oc08.py)
for n in oc02 oc07; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf file://$PWD/src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
