"""Extraction alone: documents per second on one core, per corpus, with a floor in the same run.

Usage:
    .venv/bin/python benchmarks/extract_bench.py [--generated N] [--repeat R]

For each corpus (../shared/corpus, ../shared/corpus2, tests/corpus3 and N generated documents
from benchmarks/generate_corpus.py) the documents are loaded once, then extracted R times in
this process; the best run counts. The floor is one pass of five compiled regular expressions
over the same texts (the cheapest reading of them that finds anything), so the ratio says how
far extraction is from merely scanning the text. Prints a Markdown table.

On the generated documents it also prints: processing (extract and map to N-Triples lines,
kg.builder.pipeline.process_document) in documents a second; the audit's share of extraction
time (kg.extract.audit.account, timed inside extraction); whether extraction meets the
target of 1,000 documents a second per core; and, with --base (default /tmp/base, a
checkout of older code), the older code's process_document on the same documents, run in
a subprocess with PYTHONPATH at that checkout so that the two never share a process, as
a ratio to this code's.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.read.document import load_document  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.extract.gazetteer import load_gazetteer  # noqa: E402
from kg.builder.pipeline import process_document  # noqa: E402
from kg.project import Project  # noqa: E402
import kg.extract as extraction  # noqa: E402

TARGET_PER_CORE = 1000  # documents a second, extraction alone, one core (issue 15)

# Run by the older code's Python path: loads the folder with its own reader, times its own
# process_document (best of R), prints {"documents": N, "seconds": S}.
BASE_SCRIPT = """
import json, sys, time
from pathlib import Path
from kg.builder.pipeline import process_document
from kg.project import Project
try:
    from kg.read.document import load_document  # since the documents' bytes are read once
    docs_of = lambda paths: [load_document(p) for p in paths]
except ImportError:
    from kg.builder.pipeline import load_document
    docs_of = lambda paths: [load_document(p, p.name) for p in paths]
folder, repeat, root = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
project = Project(root=root)
docs = docs_of([p for p in sorted(folder.iterdir()) if p.is_file()])
process_document(docs[0], project)
best = None
for _ in range(repeat):
    started = time.perf_counter()
    for doc in docs:
        process_document(doc, project)
    took = time.perf_counter() - started
    best = took if best is None else min(best, took)
print(json.dumps({"documents": len(docs), "seconds": best}))
"""

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


def _process_rate(root: Path, folder: Path, repeat: int) -> tuple[float | None, str | None]:
    """Documents a second of process_document of the code at root, timed in a fresh process
    by BASE_SCRIPT (best of repeat), or None and the error's last line."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", BASE_SCRIPT, str(folder), str(repeat), str(root)],
                          capture_output=True, text=True, env=env, cwd=str(root), check=False)
    if done.returncode != 0:
        return None, (done.stderr.strip().splitlines() or ["no output"])[-1]
    timed = json.loads(done.stdout.strip().splitlines()[-1])
    return timed["documents"] / timed["seconds"], None


def processing(folder: Path, repeat: int, gazetteer, base: Path | None) -> list[str]:  # noqa: ANN001
    """Lines on process (extract + map), the audit's share, the target and the older code."""
    docs = [load_document(p) for p in sorted(folder.iterdir()) if p.is_file()]
    project = Project(root=ROOT)
    process_document(docs[0], project)

    def run_process() -> None:
        for doc in docs:
            process_document(doc, project)

    def run_extract() -> None:
        for doc in docs:
            extract(doc, gazetteer)

    process_s = best_of(repeat, run_process)
    extract_s = best_of(repeat, run_extract)
    # the audit's share: the same extraction with kg.extract's account timed where it is called
    plain_account, spent = extraction.account, [0.0]

    def timed(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        started = time.perf_counter()
        try:
            return plain_account(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - started

    shares = []
    for _ in range(repeat):
        spent[0] = 0.0
        extraction.account = timed
        try:
            started = time.perf_counter()
            run_extract()
            total = time.perf_counter() - started
        finally:
            extraction.account = plain_account
        shares.append(spent[0] / total)
    share = min(shares)
    rate = len(docs) / extract_s
    lines = [
        "",
        f"process (extract + map to N-Triples lines), {len(docs)} generated documents: "
        f"{len(docs) / process_s:.0f} documents/s ({process_s:.3f} s); extraction alone {rate:.0f} documents/s",
        f"audit share of extraction: {share * 100:.1f} % (target under 10 %: {'met' if share < 0.10 else 'not met'})",
        f"extraction per core: {rate:.0f} documents/s against the target of {TARGET_PER_CORE}: "
        f"{'met' if rate >= TARGET_PER_CORE else 'not met'}",
    ]
    if base is not None and (base / "kg" / "builder" / "pipeline.py").is_file():  # (the layout since issue 16)
        # both codes timed the same way, each in a fresh process of its own (one timed in this
        # process, after the corpora above, runs slower by more than the difference measured)
        old_rate, old_error = _process_rate(base, folder, repeat)
        new_rate, new_error = _process_rate(ROOT, folder, repeat)
        if old_rate and new_rate:
            lines.append(f"older code ({base}) process_document: {old_rate:.0f} documents/s; this code's, timed the "
                         f"same way: {new_rate:.0f} documents/s, {new_rate / old_rate:.2f}x its speed (issue 12: at least 0.80x)")
        else:
            lines.append(f"older code ({base}) could not be compared: {old_error or new_error}")
    else:
        lines.append(f"older code: no checkout at {base}, not compared")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=int, default=1000, help="generated documents (default 1000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per corpus; the best counts (default 3)")
    parser.add_argument("--base", type=Path, default=Path("/tmp/base"),
                        help="a checkout of older code to compare process_document with (default /tmp/base)")
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
            rows.extend(processing(Path(tmp) / "docs", args.repeat, gazetteer, args.base))
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
