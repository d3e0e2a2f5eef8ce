#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus133).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/c133venv && /tmp/c133venv/bin/pip install python-docx pypdf
# od07.html, od08.html, od09.md and od10.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c133venv}
cd src
"$VENV/bin/python" make_od05.py
"$VENV/bin/python" make_od06.py
cd ..
for n in od01 od03; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$(pwd)/src/$n.html"
done
"$VENV/bin/python" src/totext.py
# od04.txt is the plain-text copy of od03.pdf (pypdf's text, as a reader would paste it)
cp text/od03.pdf docs/od04.txt
python3 src/make_gold.py
