#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus92).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/mkvenv && /tmp/mkvenv/bin/pip install python-docx pypdf
# mk01.html, mk04.txt, mk05.md, mk06.html, mk09.csv and mk10.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/mkvenv}
cd src
"$VENV/bin/python" make_mk03.py
"$VENV/bin/python" make_mk07.py
cd ..
for n in mk02 mk08; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$(pwd)/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
