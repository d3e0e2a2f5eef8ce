#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus72).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/lq72venv && /tmp/lq72venv/bin/pip install python-docx pypdf
# lq01.txt, lq04.html and lq07.md are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/lq72venv}
"$VENV/bin/python" src/make_docx.py
"$VENV/bin/python" src/make_lq09.py
for n in lq02 lq06 lq08; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
