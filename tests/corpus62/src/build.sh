#!/bin/sh
# Rebuild corpus62 documents, text renderings and gold (run from tests/corpus62).
# VENV: throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/c62venv && /tmp/c62venv/bin/pip install python-docx pypdf
# lg02.html, lg05.html are hand-written (lg02 also kept in src/); lg10.csv is kept in src/.
set -e
VENV=${VENV:-/tmp/c62venv}
cd src
"$VENV/bin/python" make_lg03.py
"$VENV/bin/python" make_lg04.py
"$VENV/bin/python" make_lg08.py
cp lg02.html ../docs/lg02.html
cp lg05.html ../docs/lg05.html
cp lg10.csv ../docs/lg10.csv
# lg07.txt: written in UTF-8 in src, saved as cp1252 with CRLF line endings
python3 -c "s=open('lg07.src.txt',encoding='utf-8').read().replace('\n','\r\n'); open('../docs/lg07.txt','wb').write(s.encode('cp1252'))"
cd ..
for n in lg01 lg06 lg09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html 2>/dev/null
done
"$VENV/bin/python" src/totext.py
# text/ holds a copy of each text-format document too, so check_gold can run over text/ alone
for f in docs/*.html docs/*.txt docs/*.csv; do cp "$f" text/; done
python3 src/make_gold.py
