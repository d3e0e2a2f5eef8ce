#!/bin/sh
# Rebuild the generated documents and the text versions and the gold (run from tests/corpus105).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/myvenv && /tmp/myvenv/bin/pip install python-docx pypdf
# my01.html, my04.txt, my05.md, my08.html and my10.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/myvenv}
cd src
"$VENV/bin/python" make_my03.py
"$VENV/bin/python" make_my06.py
python3 make_my09.py
cd ..
for n in my02 my07; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf file://$PWD/src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
