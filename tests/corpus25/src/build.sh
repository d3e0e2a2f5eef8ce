#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus25).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c25venv && /tmp/c25venv/bin/pip install python-docx pypdf
# l01.html, l06.md and l07.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c25venv}
cd src
"$VENV/bin/python" make_l02.py
"$VENV/bin/python" make_l04.py
"$VENV/bin/python" make_l10.py
python3 make_l08.py
cd ..
for n in l03 l05 l09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
