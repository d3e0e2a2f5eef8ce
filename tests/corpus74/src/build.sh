#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus74).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/lsvenv && /tmp/lsvenv/bin/pip install python-docx pypdf
# ls01.html, ls02.html, ls06.txt, ls08.html, ls09.md and ls10.txt are hand-written and
# live only in docs/.
set -e
VENV=${VENV:-/tmp/lsvenv}
cd src
"$VENV/bin/python" make_ls04.py
"$VENV/bin/python" make_ls07.py
cd ..
for n in ls03 ls05; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
python3 src/normalise_1819.py  # 2018/19 question grades and statements keyed PEEL, as the development gold
