#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus126).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/nwvenv && /tmp/nwvenv/bin/pip install python-docx pypdf
# nw01.html, nw04.html, nw05.md and nw09.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/nwvenv}
cd src
"$VENV/bin/python" make_nw03.py
"$VENV/bin/python" make_nw07.py
python3 make_nw08.py
cd ..
for n in nw02 nw06 nw10; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$(pwd)/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
