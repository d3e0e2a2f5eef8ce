"""Whether two versions of kg give the same bytes: every corpus built, every command run.

For a change that should alter no behaviour (a move between modules, a speed-up), this runs
the same commands with the code of an earlier commit and with the code of the working tree,
each in its own process with its own checkout on PYTHONPATH, and compares what each wrote,
byte for byte. Per corpus (the seeds, both development corpora, every tests/corpusN and
tests/extractor_cases): `kg build` (graph.ttl, graph.trig, graph.html and its report, with
the elapsed time taken out), `kg query` of every named query that needs no parameter and
of every one that needs only a force (`grade-history`, `leadership`), for the corpus's first force, `kg export` in every
format, `kg stats --json`, `kg validate --json`, `kg audit --json --all`, `kg viz`, and
`kg eval` where the corpus has gold.

    .venv/bin/python tools/same_outputs.py --base HEAD~1          # the last commit against the tree
    .venv/bin/python tools/same_outputs.py --base 300ba98 --corpora seeds corpus2

Prints one line per corpus (files compared, how many differ) and the differing files;
exits 0 when every file is the same, 1 otherwise.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# What every corpus is asked (beside the build). Each entry: (output file, kg arguments);
# "{out}" is the build's folder.
sys.path.insert(0, str(ROOT))
from kg.store.queries import parse_header  # noqa: E402 (the working tree's own catalogue)


def _named_queries() -> tuple[list[str], list[str]]:
    """The named queries that need no parameter, and those that need only a force, as the
    headers of queries/*.rq declare them (a query needing anything else is left out)."""
    free: list[str] = []
    per_force: list[str] = []
    for path in sorted((ROOT / "queries").glob("*.rq")):
        required = [p.name for p in parse_header(path.stem, path.read_text(encoding="utf-8"), path).params if p.required]
        if not required:
            free.append(path.stem)
        elif required == ["force"]:
            per_force.append(path.stem)
    return free, per_force


QUERIES, FORCE_QUERIES = _named_queries()
EXPORT_FORMATS = ("turtle", "nt", "nquads", "trig", "jsonld", "xml")
# A build's report ends with its time and speed: the one line that differs from run to run.
_ELAPSED = re.compile(r"^built in .*$", re.MULTILINE)


def corpora() -> dict[str, tuple[Path, Path | None]]:
    """Name -> (documents folder, gold folder or None), for every corpus in reach."""
    found: dict[str, tuple[Path, Path | None]] = {"seeds": (ROOT / "seeds", ROOT / "tests" / "data" / "seeds-gold")}
    for name in ("corpus", "corpus2"):
        if (SHARED / name / "docs").is_dir():
            found[name] = (SHARED / name / "docs", SHARED / name / "gold")
    numbered = sorted((p for p in (ROOT / "tests").glob("corpus*") if (p / "docs").is_dir()),
                      key=lambda p: int(p.name[len("corpus"):] or 0))
    for folder in numbered:
        found[folder.name] = (folder / "docs", folder / "gold" if (folder / "gold").is_dir() else None)
    if (ROOT / "tests" / "extractor_cases").is_dir():
        found["extractor_cases"] = (ROOT / "tests" / "extractor_cases", None)
    return {name: (docs, gold if gold is not None and gold.is_dir() else None) for name, (docs, gold) in found.items()}


def _kg(code: Path, args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(code), "PYTHONHASHSEED": "0", "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=900, check=False)


def _save(path: Path, run: subprocess.CompletedProcess[str], out: Path) -> None:
    """A command's exit code and output, with its build folder's path (one per side) as OUT."""
    said = f"exit {run.returncode}\n--- stdout\n{run.stdout}\n--- stderr\n{run.stderr}"
    path.write_text(_ELAPSED.sub("built in (time)", said.replace(str(out), "OUT")), encoding="utf-8")


def run_all(code: Path, docs: Path, gold: Path | None, into: Path) -> None:
    """Every command of the list above, with the kg at `code`, its outputs under `into`."""
    into.mkdir(parents=True)
    out = into / "build"
    built = _kg(code, ["build", str(docs), "--out", str(out)], code)
    _save(into / "build.log", built, out)
    if built.returncode != 0:
        return
    asked: list[tuple[str, list[str]]] = [(f"query-{q}.csv", ["query", q, "--format", "csv"]) for q in QUERIES]
    forces = _kg(code, ["query", "forces", "--from", str(out), "--format", "csv"], code).stdout.splitlines()
    if len(forces) > 1:
        first = forces[1].split(",", 1)[0]
        asked += [(f"query-{q}.csv", ["query", q, "--param", f"force={first}", "--format", "csv"])
                  for q in FORCE_QUERIES]
    asked += [(f"export.{fmt}", ["export", "--format", fmt]) for fmt in EXPORT_FORMATS]
    asked += [("stats.json", ["stats", "--json"]), ("validate.json", ["validate", "--json"]),
              ("viz.html", ["viz", "--out", "-"])]
    for file, args in asked:
        _save(into / file, _kg(code, [*args, "--from", str(out)], code), out)
    _save(into / "audit.json", _kg(code, ["audit", str(docs), "--json", "--all"], code), out)
    if gold is not None:
        _save(into / "eval.json", _kg(code, ["eval", str(gold), str(docs), "--graph", str(out / "graph.ttl"), "--json"],
                                      code), out)


# The files of a build's folder that are its outputs (the cache, manifest and store hold
# times, inodes and a store's own files, which differ between any two runs).
OUTPUTS = ("graph.ttl", "graph.trig", "graph.html")


def compare(a: Path, b: Path) -> tuple[int, list[str]]:
    """(files compared, the names of those that differ or are missing on one side)."""
    names = sorted({p.name for p in a.iterdir() if p.is_file()} | {p.name for p in b.iterdir() if p.is_file()})
    names += [f"build/{n}" for n in OUTPUTS if (a / "build" / n).exists() or (b / "build" / n).exists()]
    differ = [n for n in names if not ((a / n).is_file() and (b / n).is_file() and filecmp.cmp(a / n, b / n, shallow=False))]
    return len(names), differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="the commit to compare the working tree with")
    parser.add_argument("--corpora", nargs="*", help="only these corpora (names as printed)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", type=Path, help="leave the outputs in this folder")
    args = parser.parse_args(argv)
    chosen = corpora()
    if args.corpora:
        unknown = sorted(set(args.corpora) - set(chosen))
        if unknown:
            parser.error(f"no corpus {', '.join(unknown)}; there are: {', '.join(chosen)}")
        chosen = {name: chosen[name] for name in args.corpora}
    work = Path(args.keep or tempfile.mkdtemp(prefix="same-outputs-"))
    base_code = work / "base-code"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f", str(base_code), args.base],
                   check=True, capture_output=True)
    try:
        jobs = [(code, name, docs, gold, work / side / name) for name, (docs, gold) in chosen.items()
                for side, code in (("base", base_code), ("tree", ROOT))]
        with ThreadPoolExecutor(args.jobs) as pool:
            list(pool.map(lambda job: run_all(job[0], job[2], job[3], job[4]), jobs))
        total, failed = 0, 0
        for name in chosen:
            n, differ = compare(work / "base" / name, work / "tree" / name)
            total += n
            failed += bool(differ)
            print(f"{name:16} {n:3} files  {'same' if not differ else f'{len(differ)} differ: ' + ', '.join(differ)}")
        print(f"{len(chosen)} corpora, {total} files: "
              f"{'every one the same' if not failed else f'{failed} corpora with differences'} "
              f"({args.base} against the working tree)")
        return 1 if failed else 0
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base_code)], capture_output=True)


if __name__ == "__main__":
    sys.exit(main())
