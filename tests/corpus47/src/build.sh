#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus47).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/kr47venv && /tmp/kr47venv/bin/pip install python-docx pypdf
# kr01.html, kr06.html and kr07.md are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/kr47venv}
cd src
"$VENV/bin/python" make_kr03.py
"$VENV/bin/python" make_kr08.py
"$VENV/bin/python" make_kr09.py
python3 make_kr05.py          # kr05.src.txt (UTF-8, LF) -> docs/kr05.txt (cp1252, CRLF)
cd ..
for n in kr02 kr04 kr10; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
