#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus103).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/MWvenv && /tmp/MWvenv/bin/pip install python-docx pypdf
# mw01-mw04, mw09 and mw10 are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/MWvenv}
cd src
"$VENV/bin/python" make_mw07.py
"$VENV/bin/python" make_mw08.py
cd ..
for n in mw05 mw06; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
