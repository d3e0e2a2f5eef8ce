#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus107).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/nbvenv && /tmp/nbvenv/bin/pip install python-docx pypdf
# nb01.html, nb02.txt, nb05.html, nb06.txt, nb08.md and nb10.md are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/nbvenv}
cd src
"$VENV/bin/python" make_nb04.py
"$VENV/bin/python" make_nb07.py
cd ..
for n in nb03 nb09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
