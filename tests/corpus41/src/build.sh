#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus41).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c41venv && /tmp/c41venv/bin/pip install python-docx pypdf
# kl02.html and kl09.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/c41venv}
cd src
"$VENV/bin/python" make_kl03.py
"$VENV/bin/python" make_kl04.py
"$VENV/bin/python" make_kl10.py
python3 make_kl07.py
cd ..
# kl06.html: the news page is saved with CRLF line endings
sed 's/$/\r/' src/kl06.html > docs/kl06.html
for n in kl01 kl05 kl08; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
