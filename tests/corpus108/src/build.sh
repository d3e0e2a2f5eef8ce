#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus108).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/ncvenv && /tmp/ncvenv/bin/pip install python-docx pypdf
# nc03.html, nc04.txt, nc06.md, nc08.html and nc10.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/ncvenv}
cd src
"$VENV/bin/python" make_nc02.py
"$VENV/bin/python" make_nc07.py
cd ..
for n in nc01 nc05 nc09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$(pwd)/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
