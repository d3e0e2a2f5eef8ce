#!/bin/sh
# Rebuild every generated file of corpus83 (run from tests/corpus83).
#   python3 -m venv /tmp/MBvenv && /tmp/MBvenv/bin/pip install python-docx pypdf
set -e
VENV=${VENV:-/tmp/MBvenv}
cd src
"$VENV/bin/python" make_docx.py        # mb01, mb03, mb08 (.docx)
python3 make_html.py                    # src/mb02, mb04, mb09 .html; docs/mb05.html, mb10.html
python3 make_csv_txt.py                 # mb06.csv, mb07.txt
cd ..
for n in mb02 mb04 mb09; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf file://$PWD/src/$n.html
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
