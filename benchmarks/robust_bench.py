"""Time one large document through loading and extraction, to show the time is linear.

Large hostile inputs come in a few shapes, each built to be hard for one kind of regular
expression: the seeds' own text repeated (every rule fires, densely), that text as one
line with no line break, unclosed angle brackets, runs of capitalised words ending in
"Police", and grade words with no sentence around them. For each shape the document is
built at several sizes up to just under the 16 MB limit (KG_MAX_DOCUMENT_MB); the report
gives seconds and seconds per MB at each size. Linear time shows as a flat s/MB column;
quadratic time would double it with each doubling of the size.

    .venv/bin/python benchmarks/robust_bench.py                 # all shapes, 1 to 15 MB
    .venv/bin/python benchmarks/robust_bench.py --sizes 1 4 --shape seeds
    .venv/bin/python benchmarks/robust_bench.py --json
    .venv/bin/python benchmarks/robust_bench.py --time-limit 5   # builds of issue 18's slow documents

With --time-limit, each of issue 18's pathological documents (a line of 100,000 capital
letters after a report, 50,000 spaces between two letters, lists nested 2,000 deep) is
built by `kg.pipeline.build` with that per-document limit, beside a normal report: the
report shows the build's wall time, which stays near the limit however slow the document
would be without it, and whether the document was left out.

tests/test_robust_inputs.py imports SHAPES and `time_extraction` to check the same at
small sizes on every run.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.documents import MAX_BYTES, load_document  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.gazetteer import load_gazetteer  # noqa: E402
from kg.project import Project  # noqa: E402

MB = 1024 * 1024


def _seed_text() -> str:
    project = Project(root=ROOT)
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(project.seeds_dir.glob("*.txt")))


def _repeat(unit: str, size: int, head: str = "") -> bytes:
    data = (head + unit * (size // max(len(unit.encode()), 1) + 1)).encode("utf-8")
    return data[:size].rsplit(b" ", 1)[0]  # whole characters, under the size


def seeds(size: int) -> bytes:
    """The five seeds again and again: the densest realistic input."""
    return _repeat(_seed_text() + "\n\n", size)


def one_line(size: int) -> bytes:
    """The seeds with every line break turned into a space: one enormous line."""
    return _repeat(" ".join(_seed_text().split("\n")) + " ", size, "Staffordshire PEEL 2016 ")


def unclosed_tags(size: int) -> bytes:
    """'<' with no '>' (a tag pattern that backtracks would go quadratic here)."""
    return _repeat("<p class=x <b Staffordshire Police <li ", size, "Staffordshire PEEL 2016\nLegitimacy\n")


def police_words(size: int) -> bytes:
    """Capitalised words and 'Police' with no full stop: force-name patterns at every word."""
    return _repeat("Wessex And Kent Police Service Of Constabulary Police ", size,
                   "Staffordshire PEEL 2016\nLegitimacy\n")


def grade_words(size: int) -> bytes:
    """Grade words and linking verbs with no sentence end: the grade finder at every word."""
    return _repeat("is judged to be good, requires improvement; as outstanding - inadequate ", size,
                   "Staffordshire PEEL 2016\nLegitimacy\nHow legitimate is the force at keeping people safe "
                   "and reducing crime?\n")


SHAPES: dict[str, Callable[[int], bytes]] = {
    "seeds": seeds, "one-line": one_line, "unclosed-tags": unclosed_tags,
    "police-words": police_words, "grade-words": grade_words,
}


def time_extraction(data: bytes, folder: Path, name: str = "big.txt") -> tuple[float, int]:
    """Seconds to load and extract one document of these bytes, and the records it gave."""
    gazetteer = load_gazetteer(Project(root=ROOT).ontology_dir / "forces.ttl")
    path = folder / name
    path.write_bytes(data)
    started = time.perf_counter()
    doc = load_document(path)
    records = extract(doc, gazetteer) if doc.genre else []
    elapsed = time.perf_counter() - started
    path.unlink()
    return elapsed, len(records)


def _report() -> str:
    return sorted(Project(root=ROOT).seeds_dir.glob("*.txt"))[0].read_text(encoding="utf-8")


# Issue 18's slow documents: name -> (file name, bytes).
SLOW: dict[str, Callable[[], tuple[str, bytes]]] = {
    "capitals": lambda: ("capitals.txt", (_report() + "\n" + "A" * 100_000 + "\n").encode()),
    "spaces": lambda: ("spaces.txt", (_report() + "\nA" + " " * 50_000 + "B\n").encode()),
    "nested-lists": lambda: ("nested.html", ("<html><body><h1>Staffordshire PEEL 2016</h1>"
                                             + "<ul><li>Legitimacy" * 2000 + "</body></html>").encode()),
}


def time_limited_build(name: str, data: bytes, folder: Path, limit: float) -> tuple[float, bool]:
    """Wall seconds of a build of one slow document beside a normal report, under the
    per-document time limit, and whether the slow document was left out."""
    from kg.pipeline import build

    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    (folder / "report.txt").write_text(_report(), encoding="utf-8")
    started = time.perf_counter()
    result = build([folder], Project(root=ROOT), time_limit=limit)
    elapsed = time.perf_counter() - started
    for path in folder.iterdir():
        path.unlink()
    return elapsed, any(w.startswith(f"{name}: left out") for w in result.warnings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8, 15], help="sizes in MB")
    parser.add_argument("--shape", choices=sorted(SHAPES), action="append", help="shapes to run (default all)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--time-limit", type=float, metavar="S",
                        help="build issue 18's slow documents with this per-document limit instead")
    args = parser.parse_args(argv)
    results = []
    if args.time_limit is not None:
        with tempfile.TemporaryDirectory(prefix="kg-robust-") as tmp:
            for slow, make in SLOW.items():
                seconds, left_out = time_limited_build(*make(), Path(tmp) / slow, args.time_limit)
                results.append({"document": slow, "limit": args.time_limit, "seconds": round(seconds, 2),
                                "left_out": left_out})
                if not args.json:
                    print(f"{slow:<14} limit {args.time_limit:g} s: build {seconds:6.2f} s, "
                          f"{'left out' if left_out else 'built'}", flush=True)
        if args.json:
            print(json.dumps(results, indent=1))
        return 0
    with tempfile.TemporaryDirectory(prefix="kg-robust-") as tmp:
        for shape in args.shape or list(SHAPES):
            for mb in args.sizes:
                size = min(int(mb * MB), MAX_BYTES)
                seconds, records = time_extraction(SHAPES[shape](size), Path(tmp))
                results.append({"shape": shape, "mb": round(size / MB, 2), "seconds": round(seconds, 2),
                                "s_per_mb": round(seconds / (size / MB), 3), "records": records})
                if not args.json:
                    r = results[-1]
                    print(f"{shape:<14}{r['mb']:>7.2f} MB{r['seconds']:>9.2f} s{r['s_per_mb']:>8.3f} s/MB"
                          f"{records:>9} records", flush=True)
    if args.json:
        print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
