#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus12).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c12venv && /tmp/c12venv/bin/pip install python-docx pypdf
# p01.html, p02.html, p05.txt and p08.html are hand-written and are not rebuilt.
set -e
VENV=${VENV:-/tmp/c12venv}
PRINT="chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer"
QUIET=/dev/null
python3 src/make_p03.py
"$VENV/bin/python" src/make_p07.py
"$VENV/bin/python" src/make_p09.py
$PRINT --print-to-pdf=docs/p04.pdf src/p04.html 2>$QUIET
$PRINT --print-to-pdf=docs/p06.pdf src/p06.html 2>$QUIET
$PRINT --print-to-pdf=docs/p10.pdf src/p10.html 2>$QUIET
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
