#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus21).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c21venv && /tmp/c21venv/bin/pip install python-docx pypdf
# z03.html and z07.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c21venv}
cd src
"$VENV/bin/python" make_z02.py
"$VENV/bin/python" make_z05.py
"$VENV/bin/python" make_z09.py
python3 make_z08.py
python3 make_z10.py
cd ..
for n in z01 z04 z06; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
