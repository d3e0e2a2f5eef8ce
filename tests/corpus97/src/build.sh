#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus97).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/mqvenv && /tmp/mqvenv/bin/pip install python-docx pypdf
# mq01.html, mq04.md, mq05.txt, mq06.html, mq09.md and mq10.txt are hand-written and live
# only in docs/.
set -e
VENV=${VENV:-/tmp/mqvenv}
"$VENV/bin/python" src/make_mq03.py
"$VENV/bin/python" src/make_mq08.py
for n in mq02 mq07; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$(pwd)/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
