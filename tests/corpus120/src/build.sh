#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus120).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/nqvenv && /tmp/nqvenv/bin/pip install python-docx pypdf
# nq01.html, nq04.html, nq05.txt, nq06.md, nq09.txt and nq10.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/nqvenv}
"$VENV/bin/python" src/make_nq03.py
"$VENV/bin/python" src/make_nq08.py
for n in nq02 nq07; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$(pwd)/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
