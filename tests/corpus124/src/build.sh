#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus124).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/NUvenv && /tmp/NUvenv/bin/pip install python-docx pypdf
# nu01.html, nu04.html, nu05.txt, nu08.csv, nu09.md and nu10.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/NUvenv}
cd src
"$VENV/bin/python" make_nu03.py
"$VENV/bin/python" make_nu07.py
cd ..
for n in nu02 nu06; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
