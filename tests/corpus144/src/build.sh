#!/bin/sh
# Rebuild the ten PDFs, their text versions and the gold (run from tests/corpus144).
# VENV is a throwaway venv with reportlab, fpdf2, uharfbuzz (for fpdf2 text shaping),
# pypdf and python-docx (totext.py imports it), e.g.
#   python3 -m venv /tmp/oovenv && /tmp/oovenv/bin/pip install reportlab fpdf2 uharfbuzz pypdf python-docx
# No browser is used: every PDF is drawn by reportlab or fpdf2.
set -e
VENV=${VENV:-/tmp/oovenv}
cd src
for n in 01 02 03 04 05 06 07 08 09 10; do
  "$VENV/bin/python" make_oo$n.py
done
cd ..
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
