#!/bin/sh
# Rebuild the generated documents, the text versions and the gold (run from tests/corpus146).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c146venv && /tmp/c146venv/bin/pip install python-docx pypdf
# It is only needed by totext.py, which has nothing to convert in this corpus (all ten
# documents are text). oq01, oq02, oq04, oq05, oq08 and oq09 are hand-written and live
# only in docs/.
set -e
VENV=${VENV:-/tmp/c146venv}
python3 src/make_oq03.py
python3 src/make_oq06.py
python3 src/make_oq07.py
python3 src/make_oq10.py
if [ -x "$VENV/bin/python" ]; then "$VENV/bin/python" src/totext.py; fi
python3 src/make_gold.py
