"""Rewrite docs/ng10.csv with proper CSV quoting (standard library). The rows are typed in
src/ng10_rows.txt as 'six fields, then the source citation, which may contain commas'."""
import csv, os
HERE = os.path.dirname(os.path.abspath(__file__))
rows = []
for line in open(os.path.join(HERE, "ng10_rows.txt"), encoding="utf-8").read().splitlines():
    parts = line.split(",")
    if line.startswith(("Annex", "Notes")):
        rows.append([line.rstrip(",")] + [""] * 6)
    else:
        rows.append(parts[:6] + [",".join(parts[6:])])
with open(os.path.join(HERE, "..", "docs", "ng10.csv"), "w", encoding="utf-8", newline="") as fh:
    csv.writer(fh, lineterminator="\r\n").writerows(rows)
