#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus101).
# VENV: python3 -m venv /tmp/muvenv && /tmp/muvenv/bin/pip install python-docx pypdf
# mu10.txt is a pasted copy of mu03.pdf and lives only in docs/.
set -e
VENV=${VENV:-/tmp/muvenv}
cd src
python3 make_mu06.py
"$VENV/bin/python" make_mu08.py
"$VENV/bin/python" make_mu09.py
cd ..
for n in mu01 mu02 mu03 mu04 mu05 mu06 mu07; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html" 2>/dev/null
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
