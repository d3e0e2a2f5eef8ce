#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus10).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c10venv && /tmp/c10venv/bin/pip install python-docx pypdf
# m03.html, m06.html and m08.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c10venv}
"$VENV/bin/python" src/make_m02.py
"$VENV/bin/python" src/make_m04.py
python3 src/make_m07.py
python3 src/make_m10.py
for m in m01 m05 m09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$m.pdf src/$m.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
