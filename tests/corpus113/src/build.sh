#!/bin/sh
# Rebuild corpus113's generated documents, text versions and gold (run from tests/corpus113).
# VENV holds python-docx and pypdf:  python3 -m venv /tmp/NHvenv && /tmp/NHvenv/bin/pip install python-docx pypdf
# nh10.html is hand-written and lives only in docs/.
set -e
VENV=${VENV:-/tmp/NHvenv}
python3 src/make_text_docs.py          # nh01.txt nh02.md nh08.txt nh09.md
python3 src/make_nh03.py               # nh03.html
"$VENV/bin/python" src/make_docx.py    # nh06.docx nh07.docx
for n in nh04 nh05; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf "file://$PWD/src/$n.html"
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
# checks: as-is (statements split by the damage are reported), then on repaired copies
rm -rf /tmp/nhcheck /tmp/nhrepaired && mkdir /tmp/nhcheck
cp docs/*.txt docs/*.md docs/*.html text/* /tmp/nhcheck/
python3 /work/shared/corpus/check_gold.py gold /tmp/nhcheck || true
python3 src/repair.py /tmp/nhrepaired
python3 /work/shared/corpus/check_gold.py gold /tmp/nhrepaired
