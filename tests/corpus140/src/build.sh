#!/bin/sh
# Rebuild the generated files (run from tests/corpus140): the visible-text versions in
# text/ and the gold. The ten HTML pages in docs/ are hand-written (ok04 and ok10 were
# generated once by short inline Python and then kept as saved pages).
# Standard library only; no venv is needed because the corpus holds no PDF or DOCX.
set -e
python3 src/totext.py
python3 src/make_gold.py
python3 /work/shared/corpus/check_gold.py gold docs
python3 /work/shared/corpus/check_gold.py gold text
