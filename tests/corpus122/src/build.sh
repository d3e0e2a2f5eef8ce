#!/bin/sh
# Rebuild every generated file of corpus122 (run from tests/corpus122).
#   python3 -m venv /tmp/NSvenv && /tmp/NSvenv/bin/pip install python-docx pypdf
set -e
VENV=${VENV:-/tmp/NSvenv}
cd src
python3 make_docs.py            # ns01.html ns04.html ns06.csv ns07.md ns08.txt ns10.md + src/ns02.html src/ns05.html
"$VENV/bin/python" make_docx.py # ns03.docx ns09.docx
cd ..
for n in ns02 ns05; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
