#!/bin/sh
# Rebuild every generated file in tests/corpus136 (run from tests/corpus136).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/c136venv && /tmp/c136venv/bin/pip install python-docx pypdf
# og01.html, og06.md, og08.html and og10.md are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c136venv}
cd src
"$VENV/bin/python" make_og04.py
"$VENV/bin/python" make_og05.py
python3 make_og09.py
cd ..
for n in og02 og03; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/make_og07.py
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
