#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus19).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c19venv && /tmp/c19venv/bin/pip install python-docx pypdf
# x04.html, x05.md and x08.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c19venv}
cd src
"$VENV/bin/python" make_x01.py
"$VENV/bin/python" make_x06.py
"$VENV/bin/python" make_x09.py
python3 make_x07.py
cd ..
for n in x02 x03 x10; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
