#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus143).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c143venv && /tmp/c143venv/bin/pip install python-docx pypdf
set -e
VENV=${VENV:-/tmp/c143venv}
cd src
"$VENV/bin/python" make_on09.py
cd ..
for n in on01 on02 on03 on04 on05 on06 on07 on08; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
# on10.txt is the plain-text copy of on01.pdf, as a reader copies it from a PDF viewer.
cp text/on01.pdf docs/on10.txt
python3 src/make_gold.py
