#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus17).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c17venv && /tmp/c17venv/bin/pip install python-docx pypdf
# u03.html, u04.txt (cp1252, CRLF) and u08.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c17venv}
cd src
"$VENV/bin/python" make_u02.py
"$VENV/bin/python" make_u06.py
"$VENV/bin/python" make_u09.py
python3 make_u10.py
cd ..
for n in u01 u05 u07; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
