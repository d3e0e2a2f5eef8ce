"""Extraction alone: documents per second on one core, per corpus, with a floor in the same run.

Usage:
    .venv/bin/python benchmarks/extract_bench.py [--generated N] [--repeat R]

For each corpus (../shared/corpus, ../shared/corpus2, tests/corpus3 and N generated documents
from benchmarks/generate_corpus.py) the documents are loaded once, then extracted R times in
this process; the best run counts. The floor is one pass of five compiled regular expressions
over the same texts (the cheapest reading of them that finds anything), so the ratio says how
far extraction is from merely scanning the text. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.documents import load_document  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.gazetteer import load_gazetteer  # noqa: E402

FLOOR_PATTERNS = [re.compile(p, re.IGNORECASE) for p in (
    r"\b(?:outstanding|good|adequate|inadequate|requires? improvement)\b",
    r"\bshould\b|\bmust\b|\bneeds? to\b",
    r"\b(?:police|constabulary)\b",
    r"\b20\d\d\b",
    r"\b(?:chief constable|commissioner|inspector)\b",
)]


def best_of(repeat: int, work) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def measure(name: str, folder: Path, repeat: int, gazetteer) -> str:  # noqa: ANN001
    docs = [load_document(p) for p in sorted(folder.iterdir()) if p.is_file()]
    extract(docs[0], gazetteer)  # compile the finders outside the timing

    def run_extract() -> None:
        for doc in docs:
            extract(doc, gazetteer)

    def run_floor() -> None:
        for doc in docs:
            for rx in FLOOR_PATTERNS:
                for _ in rx.finditer(doc.text):
                    pass

    seconds = best_of(repeat, run_extract)
    floor = best_of(repeat, run_floor)
    size = sum(len(d.text) for d in docs) / len(docs)
    return (f"| {name} | {len(docs)} | {size / 1000:.1f} | {seconds:.3f} | {len(docs) / seconds:.0f} "
            f"| {floor:.3f} | {seconds / floor:.1f}x |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=int, default=1000, help="generated documents (default 1000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per corpus; the best counts (default 3)")
    args = parser.parse_args(argv)
    gazetteer = load_gazetteer(ROOT / "ontology" / "forces.ttl")
    shared = ROOT.parent / "shared"
    rows = ["| corpus | documents | KB per document | extraction (s) | documents/s | regex floor (s) | ratio |",
            "| --- | --- | --- | --- | --- | --- | --- |"]
    for name, folder in (("corpus", shared / "corpus" / "docs"), ("corpus2", shared / "corpus2" / "docs"),
                         ("corpus3", ROOT / "tests" / "corpus3" / "docs")):
        if folder.is_dir():
            rows.append(measure(name, folder, args.repeat, gazetteer))
    if args.generated:
        with tempfile.TemporaryDirectory() as tmp:
            from generate_corpus import main as generate  # benchmarks/ is on sys.path as the script's folder
            generate([str(Path(tmp) / "docs"), "--documents", str(args.generated)])
            rows.append(measure(f"generated ({args.generated})", Path(tmp) / "docs", args.repeat, gazetteer))
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
