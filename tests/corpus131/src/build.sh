#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus131).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/obvenv && /tmp/obvenv/bin/pip install python-docx pypdf
# ob01.html, ob04.md and ob08.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/obvenv}
cd src
"$VENV/bin/python" make_ob03.py
"$VENV/bin/python" make_ob06.py
"$VENV/bin/python" make_ob10.py
python3 make_ob05.py
cd ..
for n in ob02 ob07 ob09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
