#!/bin/sh
# Rebuild corpus31: documents, text versions and gold (run from tests/corpus31).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c31venv && /tmp/c31venv/bin/pip install python-docx pypdf
# ka01.txt, ka02.html, ka06.html and ka09.md are hand-written in src/hand/ (UTF-8, LF);
# this script copies them to docs/, re-encoding ka06 as windows-1252 and giving ka09 CRLF.
set -e
VENV=${VENV:-/tmp/c31venv}
cp src/hand/ka01.txt docs/ka01.txt
cp src/hand/ka02.html docs/ka02.html
python3 -c "import sys; open('docs/ka06.html','wb').write(open('src/hand/ka06.html',encoding='utf-8').read().encode('cp1252'))"
python3 -c "import sys; open('docs/ka09.md','wb').write(open('src/hand/ka09.md',encoding='utf-8').read().replace('\n','\r\n').encode('utf-8'))"
cd src
"$VENV/bin/python" make_ka03.py
"$VENV/bin/python" make_ka05.py
"$VENV/bin/python" make_ka08.py
cd ..
for n in ka04 ka07 ka10; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
