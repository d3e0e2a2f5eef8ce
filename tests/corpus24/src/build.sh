#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus24).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c24venv && /tmp/c24venv/bin/pip install python-docx pypdf
# j03.html and j07.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c24venv}
cd src
"$VENV/bin/python" make_j01.py
"$VENV/bin/python" make_j05.py
"$VENV/bin/python" make_j10.py
python3 make_j06.py
python3 make_j08.py
cd ..
for n in j02 j04 j09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
