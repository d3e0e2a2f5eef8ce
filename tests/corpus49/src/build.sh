#!/bin/sh
# Rebuild corpus49's generated documents, text versions and gold (run from tests/corpus49).
# VENV is a throwaway venv with python-docx and pypdf:
#   python3 -m venv /tmp/kt49venv && /tmp/kt49venv/bin/pip install python-docx pypdf
# kt08.txt (UTF-8, CRLF, form feeds), kt09.html and kt10.md (cp1252) are hand-made and live only in docs/.
set -e
VENV=${VENV:-/tmp/kt49venv}
sh src/pdf.sh kt01 kt02 kt03 kt04 kt05          # src/ktNN.in.html -> src/ktNN.html (soft hyphens) -> docs/ktNN.pdf
(cd src && "$VENV/bin/python" make_docx.py)     # docs/kt06.docx, docs/kt07.docx
"$VENV/bin/python" src/totext.py                # text/
python3 src/make_gold.py                        # gold/
python3 src/readerview.py                       # /tmp/kt49check, for the second check only
