#!/bin/sh
# Rebuild the generated documents, the text renderings and the gold (run from tests/corpus22).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c22venv && /tmp/c22venv/bin/pip install python-docx pypdf
# f03.html, f05.md and f10.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c22venv}
cd src
"$VENV/bin/python" make_f01.py
"$VENV/bin/python" make_f04.py
"$VENV/bin/python" make_f07.py
python3 make_f06.py
cd ..
for n in f02 f08 f09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
