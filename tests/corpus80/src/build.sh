#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus80).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/LYvenv && /tmp/LYvenv/bin/pip install python-docx pypdf
# ly01.html, ly04.html, ly05.md, ly08.html, ly09.txt and ly10.md are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/LYvenv}
cd src
"$VENV/bin/python" make_ly03.py
"$VENV/bin/python" make_ly07.py
cd ..
for n in ly02 ly06; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
