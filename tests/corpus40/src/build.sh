#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus40).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c40venv && /tmp/c40venv/bin/pip install python-docx pypdf
# kj09.html is hand-written and lives only in docs/. kj10.html is written from
# src/kj10.src.html as windows-1252 with CRLF line endings.
set -e
VENV=${VENV:-/tmp/c40venv}
cd src
"$VENV/bin/python" make_kj06.py
"$VENV/bin/python" make_kj07.py
"$VENV/bin/python" make_kj08.py
python3 make_kj10.py
cd ..
for n in kj01 kj02 kj03 kj04 kj05; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
