#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus100).
#   python3 -m venv /tmp/mtvenv && /tmp/mtvenv/bin/pip install python-docx pypdf
# mt01-mt04 (HTML), mt05.txt and mt10.md are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/mtvenv}
"$VENV/bin/python" src/make_mt08.py
"$VENV/bin/python" src/make_mt09.py
for n in mt06 mt07; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
