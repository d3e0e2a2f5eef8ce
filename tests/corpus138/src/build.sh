#!/bin/sh
# Rebuild the seven PDFs, the text versions and the gold (run from tests/corpus138).
# VENV is a throwaway venv with python-docx and pypdf, e.g.
#   python3 -m venv /tmp/c138venv && /tmp/c138venv/bin/pip install python-docx pypdf
# oi08.html, oi09.html and oi10.txt are hand-written and live only in docs/.
# Each PDF is printed from the URL in src/pages.tsv: serve.py answers for every host, and
# --host-resolver-rules sends the host to it, so Chromium's own header (date, title) and
# footer (URL, n/N) show the page's address. Column 3 "no" prints without them.
set -e
VENV=${VENV:-/tmp/c138venv}
PORT=${PORT:-8932}
python3 src/serve.py "$PORT" &
SRV=$!
trap 'kill $SRV' EXIT
sleep 1
grep -v '^#' src/pages.tsv | while IFS="$(printf '\t')" read -r doc url hf; do
  [ -n "$doc" ] || continue
  extra=""
  [ "$hf" = "no" ] && extra="--no-pdf-header-footer"
  chromium --headless --no-sandbox --disable-gpu $extra \
    --host-resolver-rules="MAP * 127.0.0.1:$PORT" \
    --print-to-pdf="docs/$doc.pdf" "$url" 2>/dev/null
done
"$VENV/bin/python" src/totext.py
python3 src/make_gold.py
