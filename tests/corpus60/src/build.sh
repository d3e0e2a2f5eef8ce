#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus60).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c60venv && /tmp/c60venv/bin/pip install python-docx pypdf
# le02.html, le07.html and le08.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c60venv}
cd src
"$VENV/bin/python" make_le03.py
"$VENV/bin/python" make_le05.py
"$VENV/bin/python" make_le09.py
python3 make_le10.py
cd ..
for n in le01 le04 le06; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
