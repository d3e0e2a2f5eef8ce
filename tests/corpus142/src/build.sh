#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus142).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/c142venv && /tmp/c142venv/bin/pip install python-docx pypdf
# om01.html, om05.html, om07.md, om08.txt, om09.csv and om10.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c142venv}
cd src
"$VENV/bin/python" make_docx.py
cd ..
for n in om02 om06; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
