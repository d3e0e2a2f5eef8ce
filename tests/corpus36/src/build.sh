#!/bin/sh
# Rebuild corpus36's generated documents, text renderings and gold (run from tests/corpus36).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/c36venv && /tmp/c36venv/bin/pip install python-docx pypdf
# kf03.html and kf06.html are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c36venv}
cd src
"$VENV/bin/python" make_kf02.py
"$VENV/bin/python" make_kf08.py
"$VENV/bin/python" make_kf10.py
python3 make_kf05.py
cd ..
for n in kf01 kf04 kf07 kf09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
