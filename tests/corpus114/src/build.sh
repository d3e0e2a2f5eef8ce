#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus114).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/nivenv && /tmp/nivenv/bin/pip install python-docx pypdf
# ni03.html, ni06.html, ni07.txt, ni08.md, ni09.txt and ni10.txt are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/nivenv}
cd src
"$VENV/bin/python" make_ni02.py
"$VENV/bin/python" make_ni05.py
cd ..
for n in ni01 ni04; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
