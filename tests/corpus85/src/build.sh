#!/bin/sh
# Rebuild corpus85's generated files (run from tests/corpus85). VENV: a venv with
# python-docx and pypdf, e.g. python3 -m venv /tmp/mdvenv && /tmp/mdvenv/bin/pip install python-docx pypdf
# md01.txt, md02.txt, md03.md, md09.html and md10.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/mdvenv}
python3 src/make_md04.py
"$VENV/bin/python" src/make_md07.py
"$VENV/bin/python" src/make_md08.py
for n in md05 md06; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
