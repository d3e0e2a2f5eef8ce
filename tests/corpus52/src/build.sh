#!/bin/sh
# Rebuild every document, the text versions and the gold (run from tests/corpus52).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/kw52venv && /tmp/kw52venv/bin/pip install python-docx pypdf
# Then check:  python3 src/visible.py /tmp/kw52visible &&
#              python3 /work/shared/corpus/check_gold.py gold /tmp/kw52visible
set -e
VENV=${VENV:-/tmp/kw52venv}
python3 src/make_textdocs.py          # kw01-kw06: exact bytes, encodings, line endings
"$VENV/bin/python" src/make_docx.py   # kw07, kw08
for n in kw09 kw10; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
