#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus64).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/li64venv && /tmp/li64venv/bin/pip install python-docx pypdf
# li01.html, li03.html and li07.md are hand-written and live only in docs/.
set -e
VENV=${VENV:-/tmp/li64venv}
cd src
"$VENV/bin/python" make_li05.py
"$VENV/bin/python" make_li08.py
"$VENV/bin/python" make_li09.py
cd ..
# li10.txt: written in UTF-8 with LF in src/, shipped as windows-1252 with CRLF
python3 -c "s=open('src/li10.txt',encoding='utf-8').read().replace('\r\n','\n').replace('\n','\r\n'); open('docs/li10.txt','wb').write(s.encode('cp1252'))"
for n in li02 li04 li06; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
