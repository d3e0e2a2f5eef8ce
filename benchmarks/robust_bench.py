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
    .venv/bin/python benchmarks/robust_bench.py --issue18        # the same at full size, no limit

With --issue18, issue 18's slow documents at their full size are each built by `kg build`
(a new process, no per-document time limit) from a folder holding only that document, and
timed beside the same build of the document they were made from: case 1, a line of 100,000
capital letters after a report; case 2, 50,000 spaces between two letters in a 2021/22
report's body, and in its title; case 5, 80,000 made-up force names in one file. The report
gives seconds, the bound (BOUND_SECONDS), the ratio to the unmodified document's build, and
the warning lines the build printed for the document (case 5: a handful, not 80,001).

With --time-limit, each of issue 18's pathological documents (a line of 100,000 capital
letters after a report, 50,000 spaces between two letters, lists nested 2,000 deep) is
built by `kg.builder.pipeline.build` with that per-document limit, beside a normal report: the
report shows the build's wall time, which stays near the limit however slow the document
would be without it, and whether the document was left out.

tests/read/test_robust_inputs.py imports SHAPES and `time_extraction` to check the same at
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

from kg.read.document import MAX_BYTES, load_document  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.extract.gazetteer import load_gazetteer  # noqa: E402
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
    from kg.builder.pipeline import build

    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    (folder / "report.txt").write_text(_report(), encoding="utf-8")
    started = time.perf_counter()
    result = build([folder], Project(root=ROOT), time_limit=limit)
    elapsed = time.perf_counter() - started
    for path in folder.iterdir():
        path.unlink()
    return elapsed, any(w.startswith(f"{name}: left out") for w in result.warnings)


SHARED_DOCS = ROOT.parent / "shared" / "corpus" / "docs"
BOUND_SECONDS = 5.0  # each full-size case, a whole cold `kg build` included


def _made_up_forces(n: int) -> str:
    """n distinct force-shaped names no gazetteer holds ("Aabb Police", "Aabc Police", ...)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    names = []
    for i in range(n):
        a, b, c = i // 676 % 26, i // 26 % 26, i % 26
        names.append(f"Q{letters[a]}{letters[b]}{letters[c]}ford Police")
    return "Forces named in this briefing: " + ", ".join(names) + ".\n"


# Issue 18's cases at full size: name -> (the document it is made from, a function of its text).
ISSUE18: dict[str, tuple[str, Callable[[str], str]]] = {
    "1 capitals": ("dev01.txt", lambda text: text + "\n" + "A" * 100_000 + "\n"),
    "2 spaces in body": ("dev14.txt", lambda text: text + "\nA" + " " * 50_000 + "B\n"),
    "2 spaces in title": ("dev14.txt", lambda text: text.replace(" ", " " * 50_000, 1)),
    "5 made-up forces": ("dev01.txt", lambda text: text + "\n" + _made_up_forces(80_000)),
}


def _cold_build(folder: Path, out: Path) -> tuple[float, list[str]]:
    import subprocess

    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(folder), "--out", str(out), "--clean",
                           "--doc-timeout", "0", "--store", "memory", "-q"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    elapsed = time.perf_counter() - started
    return elapsed, [line for line in done.stderr.splitlines() if line.startswith("warning:")]


def issue18_cases(tmp: Path) -> list[dict]:
    rows = []
    for case, (source, make) in ISSUE18.items():
        text = (SHARED_DOCS / source).read_text(encoding="utf-8")
        timings = {}
        for kind, body in (("plain", text), ("hostile", make(text))):
            folder = tmp / case.replace(" ", "-") / kind
            folder.mkdir(parents=True)
            (folder / source).write_text(body, encoding="utf-8")
            timings[kind] = _cold_build(folder, folder.parent / f"out-{kind}")
        seconds, warnings = timings["hostile"]
        rows.append({"case": case, "bytes": len(make(text).encode()), "seconds": round(seconds, 2),
                     "plain_seconds": round(timings["plain"][0], 2), "ratio": round(seconds / timings["plain"][0], 2),
                     "bound": BOUND_SECONDS, "within": seconds <= BOUND_SECONDS, "warnings": len(warnings)})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8, 15], help="sizes in MB")
    parser.add_argument("--shape", choices=sorted(SHAPES), action="append", help="shapes to run (default all)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--issue18", action="store_true",
                        help="build issue 18's slow documents at full size, with no time limit, as new processes")
    parser.add_argument("--time-limit", type=float, metavar="S",
                        help="build issue 18's slow documents with this per-document limit instead")
    args = parser.parse_args(argv)
    results = []
    if args.issue18:
        with tempfile.TemporaryDirectory(prefix="kg-robust-") as tmp:
            results = issue18_cases(Path(tmp))
        if args.json:
            print(json.dumps(results, indent=1))
            return 0
        print("| case | bytes | build (s) | unmodified (s) | ratio | bound (s) | within | warnings |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |")
        for r in results:
            print(f"| {r['case']} | {r['bytes']:,} | {r['seconds']:.2f} | {r['plain_seconds']:.2f} | {r['ratio']:.2f}x "
                  f"| {r['bound']:g} | {'yes' if r['within'] else 'NO'} | {r['warnings']} |")
        return 0
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
