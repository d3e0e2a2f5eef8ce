#!/bin/sh
# print src/ktNN.html to docs/ktNN.pdf (run from the corpus folder)
for n in "$@"; do
  python3 src/shy.py src/$n.in.html
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=docs/$n.pdf src/$n.html 2>/dev/null
done
