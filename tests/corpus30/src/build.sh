#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus30).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c30venv && /tmp/c30venv/bin/pip install python-docx pypdf
# i06.html and i09.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c30venv}
cd src
"$VENV/bin/python" make_docx.py
python3 make_csv.py
python3 make_md.py
python3 make_html.py
cd ..
for n in i02 i03 i07; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
