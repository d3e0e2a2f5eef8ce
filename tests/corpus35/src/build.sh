#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus35).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c35venv && /tmp/c35venv/bin/pip install python-docx pypdf
# ke02.html and ke09.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c35venv}
cd src
python3 make_ke01.py
python3 make_ke06.py
"$VENV/bin/python" make_ke03.py
"$VENV/bin/python" make_ke05.py
"$VENV/bin/python" make_ke08.py
cd ..
for n in ke04 ke07 ke10; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
