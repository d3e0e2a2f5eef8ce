#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus44).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/ko44venv && /tmp/ko44venv/bin/pip install python-docx pypdf
# ko01.html and ko04.md are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/ko44venv}
cd src
"$VENV/bin/python" make_ko05.py
"$VENV/bin/python" make_ko08.py
"$VENV/bin/python" make_ko10.py
python3 make_ko07.py
python3 to_cp1252.py
cd ..
for n in ko03 ko06 ko09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
