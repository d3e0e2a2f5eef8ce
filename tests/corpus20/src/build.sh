#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus20).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c20venv && /tmp/c20venv/bin/pip install python-docx pypdf
# y03.html and y06.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c20venv}
cd src
python3 make_y01.py
"$VENV/bin/python" make_y02.py
"$VENV/bin/python" make_y04.py
"$VENV/bin/python" make_y09.py
python3 make_y10.py
python3 -c "import sys; open('../docs/y07.md','w',encoding='utf-8',newline='\r\n').write(open('y07.md',encoding='utf-8').read())"
cd ..
for n in y05 y08 y10; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
