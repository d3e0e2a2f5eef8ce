#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus18).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c18venv && /tmp/c18venv/bin/pip install python-docx pypdf
# v10.html is hand-written and lives only in docs/.
set -e
VENV=${VENV:-/tmp/c18venv}
cd src
"$VENV/bin/python" make_v03.py
"$VENV/bin/python" make_v05.py
"$VENV/bin/python" make_v08.py
python3 make_v09.py
cd ..
for n in v01 v02 v04 v06 v07; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
