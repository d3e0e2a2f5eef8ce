#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus106).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/mzvenv && /tmp/mzvenv/bin/pip install python-docx pypdf
# mz01.html, mz05.html, mz06.md, mz07.csv, mz09.txt and mz10.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/mzvenv}
cd src
"$VENV/bin/python" make_mz03.py
"$VENV/bin/python" make_mz08.py
cd ..
for n in mz02 mz04; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$(pwd)/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
