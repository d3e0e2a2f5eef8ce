#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus23).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c23venv && /tmp/c23venv/bin/pip install python-docx pypdf
# a06.html is hand-written and lives only in docs/.
set -e
VENV=${VENV:-/tmp/c23venv}
cd src
"$VENV/bin/python" make_a02.py
"$VENV/bin/python" make_a05.py
"$VENV/bin/python" make_a09.py
python3 make_a07.py
python3 make_a10.py
cd ..
for n in a01 a03 a04 a08; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
