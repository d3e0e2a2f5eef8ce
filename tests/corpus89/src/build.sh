#!/bin/sh
# Rebuild every generated file of corpus89 (run from tests/corpus89).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/mhvenv && /tmp/mhvenv/bin/pip install python-docx pypdf
set -e
VENV=${VENV:-/tmp/mhvenv}
python3 src/report_html.py                       # src/mh01,02,05,06,09.html; docs/mh07.html, mh08.html, mh10.md
"$VENV/bin/python" src/make_docx.py              # docs/mh03.docx, mh04.docx
for n in mh01 mh02 mh09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
for n in mh05 mh06; do                           # PDFs whose pypdf text extract is the document
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=src/$n.pdf "file://$PWD/src/$n.html"
  "$VENV/bin/python" -c "import sys; from pypdf import PdfReader; r = PdfReader(sys.argv[1]); open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(p.extract_text() for p in r.pages) + '\n')" src/$n.pdf docs/$n.txt
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
