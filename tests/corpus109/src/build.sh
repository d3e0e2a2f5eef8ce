#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus109).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/ndvenv && /tmp/ndvenv/bin/pip install python-docx pypdf
# nd03.html, nd04.txt, nd05.md, nd08.html, nd09.csv and nd10.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/ndvenv}
cd src
"$VENV/bin/python" make_nd02.py
"$VENV/bin/python" make_nd07.py
cd ..
for n in nd01 nd06; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$(pwd)/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
