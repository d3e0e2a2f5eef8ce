#!/bin/sh
# Rebuild the generated documents and text versions and the gold (run from tests/corpus118).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/nnvenv && /tmp/nnvenv/bin/pip install python-docx pypdf
# nn05.html, nn06.html, nn07.txt, nn08.md and nn10.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/nnvenv}
cd src
"$VENV/bin/python" make_nn03.py
"$VENV/bin/python" make_nn04.py
python3 make_nn09.py
cd ..
for n in nn01 nn02; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$(pwd)/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
