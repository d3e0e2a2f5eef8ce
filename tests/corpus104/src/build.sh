#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus104).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/mxvenv && /tmp/mxvenv/bin/pip install python-docx pypdf
# mx01, mx02, mx05, mx06, mx07 and mx10 are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/mxvenv}
cd src
"$VENV/bin/python" make_mx04.py
"$VENV/bin/python" make_mx09.py
cd ..
for n in mx03 mx08; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
