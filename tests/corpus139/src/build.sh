#!/bin/sh
# Rebuild the ten DOCX, their text versions and the gold (run from tests/corpus139).
#   python3 -m venv /tmp/c139venv && /tmp/c139venv/bin/pip install python-docx pypdf
set -e
VENV=${VENV:-/tmp/c139venv}
"$VENV/bin/python" src/make_docs.py
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
