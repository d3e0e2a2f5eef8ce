#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus75).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/ltvenv && /tmp/ltvenv/bin/pip install python-docx pypdf
# lt01.html, lt02.txt, lt05.html, lt06.md, lt07.txt and lt10.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/ltvenv}
cd src
"$VENV/bin/python" make_lt04.py
"$VENV/bin/python" make_lt09.py
cd ..
for n in lt03 lt08; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$(pwd)/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
