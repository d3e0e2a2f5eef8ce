#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus13).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c13venv && /tmp/c13venv/bin/pip install python-docx pypdf
# q04.html, q07.txt and q08.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c13venv}
cd src
"$VENV/bin/python" make_q01.py
"$VENV/bin/python" make_q05.py
"$VENV/bin/python" make_q10.py
python3 make_q09.py
cd ..
for n in q02 q03 q06; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
