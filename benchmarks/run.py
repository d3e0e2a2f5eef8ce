"""The scale benchmark: build, query and rebuild synthetic corpora, and print Markdown tables.

For each size (documents): generate the corpus (benchmarks/generate_corpus.py), run
`kg build` as a cold process (wall time, peak memory, triples), run `kg query NAME` as a
cold process for every competency question, run the same questions over plain rdflib (one
process: parse graph.ttl, then each query) and, when the build left an Oxigraph store in its
output folder, through the `oxigraph query` command-line binary; then change one document and
build again. Every command runs with a time limit; everything is written under a temporary
work folder that is removed at the end (unless --keep).

    .venv/bin/python benchmarks/run.py                  # 100, 1,000, 10,000 and 15,000 documents
    .venv/bin/python benchmarks/run.py --sizes 50       # a quick run, under a minute

15,000 documents are in the default run because the synthetic corpus gives about 65
triples a document: the query targets are set at about a million triples.

Build targets (issue 15), at 10,000 documents, measured against a floor taken in the same
run (reading the files + one pass of five regular expressions + `oxigraph load` of the graph):
the build within 3x the floor, every process together under 1 GB, the cache folder within 2x
graph.ttl, one document added, edited or deleted in <= 2 s each.
Query targets (issue 7): at about 1M triples a selective question answers in <= 0.5 s as a
cold `kg query`, a whole-graph one within 2x of `oxigraph query`, every one >= 10x faster
than plain rdflib; `kg query forces` on the seeds in <= 0.5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for extra in (ROOT, ROOT / "benchmarks"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

import generate_corpus  # noqa: E402
from kg.project import Project  # noqa: E402
from kg.store.queries import list_queries  # noqa: E402

# The kind of question each competency query is, for the targets: a selective one looks at
# one force or one node; a whole-graph one reads every judgement or statement.
SELECTIVE = ("grade-history", "leadership", "provenance")
WHOLE_GRAPH = ("grades", "shared-improvement-areas")
SELECTIVE_LIMIT = 0.5      # seconds, cold `kg query`
OXIGRAPH_FACTOR = 2.0      # whole-graph questions: at most this times `oxigraph query`
RDFLIB_FACTOR = 10.0       # every question: at least this much faster than plain rdflib
FLOOR_FACTOR = 3.0         # the build: at most this times the floor (issue 15)
MEMORY_LIMIT_MB = 1024.0   # the build: every process together (issue 15)
REBUILD_LIMIT = 2.0        # seconds: add, edit or delete one document in 10,000 (issue 15)
CACHE_FACTOR = 2.0         # the cache folder: at most this times graph.ttl (issue 15)
TARGET_DOCUMENTS = 10_000  # the corpus size the build and rebuild targets are stated for
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
JUDGEMENT_IRI = re.compile(r"<(https://w3id\.org/peel-kg/id/judgement/[^>\s]+)>")


@dataclass
class Run:
    """One measured process."""

    ok: bool
    wall: float
    peak_mb: float  # the largest single process (its ru_maxrss)
    stdout: str = ""
    stderr: str = ""
    timed_out: bool = False
    tree_mb: float = 0.0  # the process and all its children together, at the sampled peak


def _children(pid: int) -> list[int]:
    """Every descendant of `pid` (Linux /proc); none where /proc does not say."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as fh:
                    kids = [int(k) for k in fh.read().split()]
            except (OSError, ValueError):
                continue
            found.extend(kids)
            todo.extend(kids)
    return found


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * PAGE_BYTES / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


def tree_rss_mb(pid: int) -> float:
    """The resident memory of a process and all its descendants, summed (pages that forked
    workers share with their parent are counted in each: an upper bound)."""
    return sum(_rss_mb(p) for p in (pid, *_children(pid)))


class TreeSampler:
    """The peak of tree_rss_mb(pid), sampled every `interval` seconds in a thread."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        self.pid, self.interval, self.peak = pid, interval, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss_mb(self.pid))
            self._stop.wait(self.interval)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak


def measure(cmd: list[str], cwd: Path, timeout: float, env: dict[str, str] | None = None) -> Run:
    """Run a command to completion (killed after `timeout` s): wall time and its peak RSS."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=err)
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            proc.kill()

        timer = threading.Timer(timeout, kill)
        timer.start()
        sampler = TreeSampler(proc.pid)
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        except BaseException:  # interrupted: leave no process behind
            proc.kill()
            proc.wait()
            raise
        finally:
            timer.cancel()
            tree = sampler.stop()
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(proc.returncode == 0 and not killed.is_set(), wall, usage.ru_maxrss / 1024,
                   out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                   killed.is_set(), max(tree, usage.ru_maxrss / 1024))


def kg_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "kg", *args]


# -- baselines run in their own process ----------------------------------------------------

def rdflib_baseline(graph_file: str, queries_json: str, limit: float) -> None:
    """Child process: parse the Turtle with plain rdflib, then run each query with its parameters
    as rdflib initBindings, in a fork (so a query past `limit` seconds can be stopped without
    parsing again); one JSON line each."""
    from rdflib import Graph
    from rdflib.util import from_n3

    started = time.perf_counter()
    g = Graph()
    g.parse(graph_file, format="turtle")
    print(json.dumps({"load": time.perf_counter() - started, "triples": len(g)}), flush=True)
    specs = json.loads(Path(queries_json).read_text(encoding="utf-8"))
    for name, spec in specs.items():
        bindings = {k: from_n3(v) for k, v in spec["bindings"].items()}
        spent = _forked(lambda: _rdflib_query(g, spec, bindings), max(limit, spec.get("limit", 0)))
        print(json.dumps({"query": name, **spent}), flush=True)


def _rdflib_query(g, spec: dict, bindings: dict) -> dict:  # noqa: ANN001
    started = time.perf_counter()
    result = g.query(spec["text"], initNs=spec["prefixes"], initBindings=bindings)
    rows = len(list(result)) if result.type == "SELECT" else 1
    return {"seconds": time.perf_counter() - started, "rows": rows}


def _forked(work, limit: float) -> dict:  # noqa: ANN001
    """Run work() in a forked child; its JSON answer, or {"timeout": limit} if it takes longer."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: answer on the pipe and leave without cleaning up the parent's state
        os.close(read_end)
        try:
            os.write(write_end, json.dumps(work()).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], limit)
        if not ready:
            os.kill(pid, signal.SIGKILL)
            return {"timeout": limit}
        chunks = []
        while chunk := os.read(read_end, 65536):
            chunks.append(chunk)
        return json.loads(b"".join(chunks) or b'{"error": true}')
    finally:
        os.close(read_end)
        os.waitpid(pid, 0)


# -- one corpus size -----------------------------------------------------------------------

@dataclass
class QueryTimes:
    kg: Run | None = None
    rows: int | None = None
    rdflib: float | None = None  # parse + query, as a cold process would spend
    rdflib_timeout: bool = False
    oxigraph: Run | None = None
    oxigraph_rows: int | None = None


@dataclass
class Floor:
    """What the build cannot avoid, measured on the same corpus in the same run: reading the
    files, one pass of five compiled regular expressions over their text
    (benchmarks/extract_bench.py), and `oxigraph load` of the built graph into a fresh store."""

    read: float | None = None
    regex: float | None = None
    load: float | None = None

    @property
    def total(self) -> float | None:
        parts = (self.read, self.regex, self.load)
        return None if any(p is None for p in parts) else sum(parts)


@dataclass
class SizeResult:
    documents: int
    build: Run | None = None
    triples: int | None = None
    rebuild: Run | None = None  # one document edited
    added: Run | None = None    # one document added
    deleted: Run | None = None  # that document deleted again
    floor: Floor = field(default_factory=Floor)
    cache_bytes: int | None = None  # the cache folder on disk, after the first build
    graph_bytes: int | None = None  # graph.ttl
    rdflib_load: float | None = None
    store: str | None = None
    queries: dict[str, QueryTimes] = field(default_factory=dict)


@dataclass(frozen=True)
class Settings:
    """What every size is run with."""

    seed: int
    work: Path
    timeout: float        # any build, and plain rdflib's parse
    query_timeout: float  # any one question, in every engine
    oxigraph: str | None  # the `oxigraph` binary, if installed
    log: Callable[[str], None]
    queries: bool = True  # time the questions too (--no-queries: the build targets only)

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "KG_ROOT": str(ROOT)}


def query_params(out_dir: Path, force: str) -> dict[str, dict[str, str]]:
    """Parameters for the questions that need one: a force of the corpus, one judgement node."""
    params = {"grade-history": {"force": force}, "leadership": {"force": force}, "theme": {"theme": "vetting"}}
    with (out_dir / "graph.ttl").open(encoding="utf-8") as fh:
        for line in fh:
            m = JUDGEMENT_IRI.search(line)
            if m:
                params["provenance"] = {"node": m.group(1)}
                break
    return params


def find_oxigraph_store(out_dir: Path) -> Path | None:
    """A RocksDB folder (an Oxigraph store) the build left in its output folder, if any."""
    for current in sorted(out_dir.rglob("CURRENT")):
        if any(current.parent.glob("*.sst")) or any(current.parent.glob("MANIFEST-*")):
            return current.parent
    return None


def kg_query_store_option(cwd: Path, env: dict[str, str]) -> list[str]:
    """`--store oxigraph` if this `kg query` has that option, else nothing (its default)."""
    run = measure(kg_command("query", "--help"), cwd, 60, env)
    return ["--store", "oxigraph"] if "--store" in run.stdout else []


def run_size(n: int, cfg: Settings) -> SizeResult:
    result = SizeResult(n)
    corpus, cwd = cfg.work / f"corpus-{n}", cfg.work / f"run-{n}"
    out = cwd / "output"  # where `kg query` looks by default, run from cwd
    cfg.log(f"[{n}] generating {n} documents")
    generate_corpus.generate(corpus, n, cfg.seed)
    cwd.mkdir(parents=True, exist_ok=True)
    cfg.log(f"[{n}] kg build")
    result.build = measure(kg_command("build", str(corpus), "--out", str(out)), cwd, cfg.timeout, cfg.env)
    if not result.build.ok:
        cfg.log(f"[{n}] build failed: {_last_line(result.build)}")
        return result
    m = re.search(r"\((\d+) triples\)", result.build.stdout)
    result.triples = int(m.group(1)) if m else None
    result.cache_bytes = disk_bytes(out / "cache")
    result.graph_bytes = (out / "graph.ttl").stat().st_size
    cfg.log(f"[{n}] floor: read, regex pass, oxigraph load")
    result.floor = measure_floor(corpus, out / "graph.ttl", cfg)
    if cfg.queries:
        _query_all(result, out, cfg)
    rebuild = kg_command("build", str(corpus), "--out", str(out))
    cfg.log(f"[{n}] rebuild after one edited document")
    changed = _document_to_change(corpus, n // 2)
    changed.write_text(changed.read_text(encoding="utf-8").replace("should", "must", 1), encoding="utf-8")
    result.rebuild = measure(rebuild, cwd, cfg.timeout, cfg.env)
    cfg.log(f"[{n}] rebuild after one added document")
    project = Project(root=ROOT)
    extra = generate_corpus.document(n, cfg.seed, generate_corpus.load_forces(project))
    added = corpus / extra.name
    added.write_text(extra.text, encoding="utf-8")
    result.added = measure(rebuild, cwd, cfg.timeout, cfg.env)
    cfg.log(f"[{n}] rebuild after one deleted document")
    added.unlink()
    result.deleted = measure(rebuild, cwd, cfg.timeout, cfg.env)
    return result


def disk_bytes(folder: Path) -> int:
    """What a folder takes on disk (allocated blocks, as du counts them)."""
    total = 0
    for dirpath, _, filenames in os.walk(folder):
        for name in filenames:
            try:
                total += os.lstat(os.path.join(dirpath, name)).st_blocks * 512
            except OSError:
                pass
    return total


def measure_floor(corpus: Path, graph: Path, cfg: Settings) -> Floor:
    """The floor, each part measured in this process except the store load (the binary)."""
    from extract_bench import FLOOR_PATTERNS

    floor = Floor()
    started = time.perf_counter()
    texts = []
    for path in sorted(corpus.iterdir()):
        with open(path, "rb") as fh:
            texts.append(fh.read().decode("utf-8", "replace"))
    floor.read = time.perf_counter() - started
    started = time.perf_counter()
    for text in texts:
        for rx in FLOOR_PATTERNS:
            for _ in rx.finditer(text):
                pass
    floor.regex = time.perf_counter() - started
    del texts
    if cfg.oxigraph:
        location = cfg.work / f"floor-store-{os.getpid()}"
        shutil.rmtree(location, ignore_errors=True)
        run = measure([cfg.oxigraph, "load", "--location", str(location), "--file", str(graph)],
                      cfg.work, cfg.timeout)
        shutil.rmtree(location, ignore_errors=True)
        floor.load = run.wall if run.ok else None
        if not run.ok:
            cfg.log(f"oxigraph load failed: {_last_line(run)}")
    return floor


def _query_all(result: SizeResult, out: Path, cfg: Settings) -> None:
    from kg.store.queries import bindings
    from kg.store.remote import remote_text
    from kg.graph.vocab import PREFIXES

    project, cwd, n = Project(root=ROOT), out.parent, result.documents
    first = generate_corpus.document(0, cfg.seed, generate_corpus.load_forces(project))
    force = next(f.name for f in generate_corpus.load_forces(project) if first.name.endswith(f"_{f.id}.txt"))
    params = query_params(out, force)
    store = find_oxigraph_store(out)
    store_opt = kg_query_store_option(cwd, cfg.env) if store else []
    result.store = "oxigraph" if store_opt else ("kg's default" if store else "memory (no store in output/)")
    specs: dict[str, dict] = {}
    for q in list_queries(project):
        given = params.get(q.name, {})
        specs[q.name] = {"text": q.text, "prefixes": PREFIXES, "remote": remote_text(q, given).text,
                         "bindings": {k: v.n3() for k, v in bindings(q, given).items()}}
        args = [x for k, v in given.items() for x in ("--param", f"{k}={v}")]
        cfg.log(f"[{n}] kg query {q.name}")
        run = measure(kg_command("query", q.name, *args, *store_opt, "--format", "csv"), cwd, cfg.query_timeout, cfg.env)
        result.queries[q.name] = QueryTimes(kg=run, rows=max(run.stdout.count("\n") - 1, 0) if run.ok else None)
        # rdflib gets long enough to show whether it is 10 times slower than kg, or not
        specs[q.name]["limit"] = RDFLIB_FACTOR * run.wall if run.ok else 0
    _rdflib_all(result, out, specs, cfg)
    if cfg.oxigraph and store:
        _oxigraph_all(result, store, specs, cfg)


def _oxigraph_all(result: SizeResult, store: Path, specs: dict[str, dict], cfg: Settings) -> None:
    """The same questions through the `oxigraph query` binary on the build's store. A store
    whose default graph is empty holds only named graphs, so it is asked for their union."""
    base = [cfg.oxigraph, "query", "--location", str(store), "--results-format", "csv"]
    probe = measure([*base, "--query", "ASK { ?s ?p ?o }"], store.parent, cfg.query_timeout)
    union = ["--union-default-graph"] if probe.ok and "false" in probe.stdout else []
    for name, spec in specs.items():
        cfg.log(f"[{result.documents}] oxigraph query {name}")
        qfile = store.parent.parent / f"{name}.rq"
        qfile.write_text(spec["remote"], encoding="utf-8")
        run = measure([*base, *union, "--query-file", str(qfile)], store.parent, cfg.query_timeout)
        times = result.queries[name]
        times.oxigraph = run
        times.oxigraph_rows = max(run.stdout.count("\n") - 1, 0) if run.ok else None


def _rdflib_all(result: SizeResult, out: Path, specs: dict[str, dict], cfg: Settings) -> None:
    cfg.log(f"[{result.documents}] plain rdflib: parse graph.ttl, then every question")
    queries_json = out.parent / "queries.json"
    queries_json.write_text(json.dumps(specs), encoding="utf-8")
    budget = cfg.timeout + sum(max(cfg.query_timeout, spec["limit"]) + 1 for spec in specs.values())
    baseline = measure([sys.executable, str(Path(__file__).resolve()), "_rdflib", str(out / "graph.ttl"),
                        str(queries_json), str(cfg.query_timeout)], out.parent, budget, cfg.env)
    for line in baseline.stdout.splitlines():
        item = json.loads(line)
        if "load" in item:
            result.rdflib_load = item["load"]
            continue
        times = result.queries.get(item["query"])
        if times is None or result.rdflib_load is None:
            continue
        if "timeout" in item:
            times.rdflib, times.rdflib_timeout = result.rdflib_load + item["timeout"], True
        elif "seconds" in item:
            times.rdflib = result.rdflib_load + item["seconds"]


def _document_to_change(corpus: Path, start: int) -> Path:
    """A document from the middle of the corpus with an area for improvement to reword."""
    files = sorted(corpus.iterdir())
    for path in files[start:] + files[:start]:
        if "should" in path.read_text(encoding="utf-8"):
            return path
    return files[start]


def _last_line(run: Run) -> str:
    if run.timed_out:
        return "timed out"
    lines = [ln for ln in run.stderr.splitlines() if ln.strip()]
    return lines[-1] if lines else f"exit status {run}"


def seeds_forces(cfg: Settings) -> tuple[Run | None, Run | None]:
    """`kg build` of the seeds, then a cold `kg query forces` on them."""
    cwd = cfg.work / "seeds"
    cwd.mkdir(parents=True, exist_ok=True)
    cfg.log("[seeds] kg build, kg query forces")
    build = measure(kg_command("build", str(ROOT / "seeds"), "--out", str(cwd / "output"), "-q"), cwd,
                    cfg.timeout, cfg.env)
    if not build.ok:
        return build, None
    store_opt = kg_query_store_option(cwd, cfg.env) if find_oxigraph_store(cwd / "output") else []
    return build, measure(kg_command("query", "forces", *store_opt, "--format", "csv"), cwd, cfg.query_timeout, cfg.env)


# -- the tables ------------------------------------------------------------------------------

def _s(seconds: float | None) -> str:
    return "n/a" if seconds is None else f"{seconds:.2f}"


def _ratio(slow: float | None, fast: float | None, at_least: bool = False) -> str:
    return "n/a" if not slow or not fast else f"{'≥ ' if at_least else ''}{slow / fast:.1f}x"


def _wall(run: Run | None) -> float | None:
    return run.wall if run is not None and run.ok else None


def _time(run: Run | None) -> str:
    """Seconds, '> N' for a run stopped at its limit, 'failed' for an error, 'n/a' if not run."""
    if run is None:
        return "n/a"
    if run.timed_out:
        return f"> {run.wall:.0f}"
    return _s(run.wall) if run.ok else "failed"


def _mark(ok: bool | None) -> str:
    return "" if ok is None else (" ✓" if ok else " ✗")


def _n(value: int | None) -> str:
    return "n/a" if value is None else f"{value:,}"


def _mb(value: int | None) -> str:
    return "n/a" if value is None else f"{value / 2**20:.0f}"


def build_table(results: list[SizeResult]) -> list[str]:
    lines = ["| documents | triples | build (s) | floor (s): read + regex + load | build / floor "
             "| peak memory, all processes (MB) | largest process (MB) | cache / graph.ttl (MB) "
             "| edit one (s) | add one (s) | delete one (s) |",
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in results:
        wall, f = _wall(r.build), r.floor
        parts = f"{_s(f.total)}: {_s(f.read)} + {_s(f.regex)} + {_s(f.load)}"
        tree = f"{r.build.tree_mb:.0f}" if r.build and r.build.ok else "n/a"
        peak = f"{r.build.peak_mb:.0f}" if r.build and r.build.ok else "n/a"
        lines.append(f"| {r.documents:,} | {_n(r.triples)} | {_time(r.build)} | {parts} "
                     f"| {_ratio(wall, f.total)} | {tree} | {peak} | {_mb(r.cache_bytes)} / {_mb(r.graph_bytes)} "
                     f"| {_time(r.rebuild)} | {_time(r.added)} | {_time(r.deleted)} |")
    return lines


def targets_table(r: SizeResult) -> list[str]:
    """Issue 15's build targets at one size: each figure, its limit, its ratio to the floor."""
    wall, floor = _wall(r.build), r.floor.total
    lines = [f"Build targets at {r.documents:,} documents (floor {_s(floor)} s: reading the files "
             f"{_s(r.floor.read)} s, one pass of five regular expressions {_s(r.floor.regex)} s, "
             f"`oxigraph load` of graph.ttl {_s(r.floor.load)} s):", "",
             "| target | measured | limit | ratio to the floor | met |", "| --- | ---: | ---: | ---: | :---: |"]

    def row(name: str, measured: str, limit: str, ratio: str, ok: bool | None) -> None:
        lines.append(f"| {name} | {measured} | {limit} | {ratio} | {_mark(ok).strip() or 'n/a'} |")

    row("build", f"{_time(r.build)} s", f"{FLOOR_FACTOR:g}x the floor", _ratio(wall, floor),
        wall / floor <= FLOOR_FACTOR if wall and floor else None)
    tree = r.build.tree_mb if r.build and r.build.ok else None
    row("peak memory, all processes", f"{tree:.0f} MB" if tree else "n/a", f"{MEMORY_LIMIT_MB:.0f} MB", "",
        tree <= MEMORY_LIMIT_MB if tree else None)
    cache_ok = r.cache_bytes <= CACHE_FACTOR * r.graph_bytes if r.cache_bytes and r.graph_bytes else None
    row("cache folder", f"{_mb(r.cache_bytes)} MB", f"{CACHE_FACTOR:g}x graph.ttl ({_mb(r.graph_bytes)} MB)",
        _ratio(r.cache_bytes, r.graph_bytes) + " of graph.ttl", cache_ok)
    for name, run in (("edit one document", r.rebuild), ("add one document", r.added),
                      ("delete one document", r.deleted)):
        spent = _wall(run)
        row(name, f"{_time(run)} s", f"{REBUILD_LIMIT:g} s", _ratio(spent, floor),
            spent <= REBUILD_LIMIT if spent else None)
    return lines


def query_table(r: SizeResult) -> list[str]:
    lines = [f"Queries over {r.documents:,} documents ({_n(r.triples)} triples); kg query store: {r.store}; "
             f"plain rdflib = parse ({_s(r.rdflib_load)} s) + query, each in a cold process:", "",
             "| question | kind | rows | kg query (s) | plain rdflib (s) | rdflib / kg | oxigraph query (s) | kg / oxigraph |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    big = (r.triples or 0) >= 800_000
    for name, t in r.queries.items():
        kind = "selective" if name in SELECTIVE else "whole graph" if name in WHOLE_GRAPH else ""
        kg, ox = _wall(t.kg), _wall(t.oxigraph)
        ok_rdflib = (t.rdflib / kg >= RDFLIB_FACTOR) if big and kg and t.rdflib else None
        ok_kg = None
        if big and kg and name in SELECTIVE:
            ok_kg = kg <= SELECTIVE_LIMIT
        elif big and kg and ox and name in WHOLE_GRAPH:
            ok_kg = kg <= OXIGRAPH_FACTOR * ox
        rdflib = "n/a" if t.rdflib is None else (f"> {t.rdflib:.0f}" if t.rdflib_timeout else _s(t.rdflib))
        rows_differ = t.oxigraph_rows is not None and t.rows is not None and t.oxigraph_rows != t.rows
        oxigraph = _time(t.oxigraph) + (f" ({t.oxigraph_rows:,} rows)" if rows_differ else "")
        lines.append(f"| {name} | {kind} | {_n(t.rows)} | {_time(t.kg)}{_mark(ok_kg)} "
                     f"| {rdflib} | {_ratio(t.rdflib, kg, t.rdflib_timeout)}{_mark(ok_rdflib)} "
                     f"| {oxigraph} | {_ratio(kg, ox)} |")
    return lines


def report(results: list[SizeResult], seeds: tuple[Run | None, Run | None], cfg: Settings) -> str:
    lines = [f"Benchmark: seed {cfg.seed}, Python {platform.python_version()}, {os.cpu_count()} CPUs, "
             f"{platform.system()} {platform.machine()}; limits: {cfg.timeout:.0f} s a build, "
             f"{cfg.query_timeout:.0f} s a question. ✓/✗: the issue-15 build targets at "
             f"{TARGET_DOCUMENTS:,} documents, the issue-7 query targets at 800,000 triples or more.", ""]
    lines += build_table(results)
    for r in results:
        if r.documents == TARGET_DOCUMENTS:
            lines += ["", *targets_table(r)]
    for r in results:
        if r.queries:
            lines += ["", *query_table(r)]
    build, forces = seeds
    ok = forces.wall <= SELECTIVE_LIMIT if forces and forces.ok else None
    lines += ["", f"Seeds: `kg build` {_time(build)} s; cold `kg query forces` {_time(forces)} s{_mark(ok)} "
                  f"(target {SELECTIVE_LIMIT} s)."]
    return "\n".join(lines)


def _stop_on_sigterm(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def main(argv: list[str] | None = None) -> int:
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "_rdflib":
        rdflib_baseline(sys.argv[2], sys.argv[3], float(sys.argv[4]))
        return 0
    parser = argparse.ArgumentParser(description="Build, query and rebuild synthetic corpora; print Markdown tables.")
    parser.add_argument("--sizes", default="100,1000,10000,15000",
                        help="Comma-separated corpus sizes in documents (default 100,1000,10000,15000: "
                             "the last is about a million triples, where the query targets are set).")
    parser.add_argument("--seed", type=int, default=7, help="Seed of the synthetic corpus (default 7).")
    parser.add_argument("--work-dir", type=Path, default=None,
                        help="Where to write corpora and outputs (default: a temporary folder). "
                             "What the run writes there is removed at the end unless --keep.")
    parser.add_argument("--keep", action="store_true", help="Keep the corpora and outputs.")
    parser.add_argument("--no-queries", action="store_true",
                        help="Time the builds, rebuilds and floor only, not the questions.")
    parser.add_argument("--timeout", type=float, default=900.0,
                        help="Seconds a build (or plain rdflib's parse) may take (default 900).")
    parser.add_argument("--query-timeout", type=float, default=30.0,
                        help="Seconds one question may take in any engine (default 30; plain rdflib gets at least "
                             "10 times kg's time, enough to tell whether kg is 10 times faster); slower ones "
                             "show as '> N'.")
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "").replace(",", "")) for s in args.sizes.split(",") if s.strip()]
    work = args.work_dir or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    cfg = Settings(args.seed, work, args.timeout, args.query_timeout,
                   shutil.which("oxigraph") or _beside_python("oxigraph"),
                   lambda message: print(message, file=sys.stderr, flush=True), not args.no_queries)
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    try:
        results = [run_size(n, cfg) for n in sizes]
        print(report(results, seeds_forces(cfg), cfg))
    finally:
        if args.keep:
            cfg.log(f"kept {work}")
        elif args.work_dir is None:
            shutil.rmtree(work, ignore_errors=True)
        else:
            for name in [*(f"corpus-{n}" for n in sizes), *(f"run-{n}" for n in sizes), "seeds"]:
                shutil.rmtree(work / name, ignore_errors=True)
    return 0


def _beside_python(name: str) -> str | None:
    path = Path(sys.executable).parent / name
    return str(path) if path.exists() else None


if __name__ == "__main__":
    raise SystemExit(main())
