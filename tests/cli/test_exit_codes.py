"""Honest exit codes, the same table for every command, in a real process:

0 success; 1 a negative answer or warnings under --strict; 2 usage or input error (and a
query stopped by --timeout). Every failure is one line on stderr starting `kg:`, never a
traceback unless --debug. Also: --timeout stops a runaway query even inside one engine
call, large results stream out before the query ends, and queries never write.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app

from ..conftest import ROOT

KG = [sys.executable, "-m", "kg"]
CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # a trillion rows
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # one row, after all of them


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with output/ built from the seeds, plus a few files to point commands at."""
    folder = tmp_path_factory.mktemp("exit-codes")
    done = kg(folder, "build", str(ROOT / "seeds"), "-q")
    assert done.returncode == 0, done.stderr
    (folder / "bad.rq").write_text("SELECT ?x WHERE { ?x ", encoding="utf-8")
    (folder / "bad.ttl").write_text("<a> <b> .", encoding="utf-8")
    (folder / "empty").mkdir()
    (folder / "empty" / "empty.txt").write_text("", encoding="utf-8")
    return folder


def kg(cwd: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "KG_ROOT": str(ROOT)})


# (args, exit code, text the one stderr line holds); "" for no stderr at all
TABLE = [
    (["--version"], 0, ""),
    (["build", "--help"], 0, ""),
    (["build", str(ROOT / "seeds"), "--out", "out2", "-q"], 0, ""),
    (["build", "empty", "--out", "out3", "-q", "--strict"], 1, "warning: empty.txt: empty file"),
    (["build", "--bogus"], 2, "No such option: --bogus"),
    (["build", "--store", "nowhere"], 2, "unknown store 'nowhere'"),
    (["nosuch"], 2, "No such command 'nosuch'"),
    ([], 2, None),  # bare `kg`: the help, exit 2
    (["query", "forces"], 0, ""),
    (["query", "--sparql", "ASK { ?s ?p ?o }"], 0, ""),
    (["query", "--sparql", "ASK { <urn:no> ?p ?o }"], 1, ""),
    (["query", "nosuch"], 2, "no query named 'nosuch'"),
    (["query", "bad.rq"], 2, "syntax error at line 1"),
    (["query", "improvement-areas", "--param", "nope=1"], 2, "has no parameter 'nope'"),
    (["query", "forces", "--data", "missing.ttl"], 2, "missing.ttl: no such file"),
    (["query", "forces", "--data", "bad.ttl"], 2, "bad.ttl: not valid turtle"),
    (["query", "--sparql", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"], 2, "INSERT is an update"),
    (["query", "--sparql", "DROP ALL"], 2, "DROP is an update"),
    (["query", "--timeout", "-1", "forces"], 2, "Invalid value for '--timeout'"),
    (["query", "--sparql", COUNT, "--timeout", "2"], 2, "query stopped after 2 s (--timeout)"),
    (["export", "--format", "nt"], 0, ""),
    (["export", "--format", "nope"], 2, "unknown format 'nope'"),
    (["export", "--data", "missing.ttl"], 2, "missing.ttl: no such file"),
    (["validate"], 0, ""),
    (["validate", "missing.ttl"], 2, "missing.ttl: no such file"),
    (["stats"], 0, ""),
    (["stats", "--data", "bad.ttl"], 2, "bad.ttl: not valid turtle"),
    (["viz", "--out", "p.html"], 0, ""),
    (["viz", "--data", "missing.ttl"], 2, "missing.ttl: no such file"),
    (["viz", "--force", "atlantis", "--out", "p.html"], 2, "unknown force 'atlantis'"),
    (["eval", str(ROOT / "tests" / "data" / "seeds-gold"), str(ROOT / "seeds")], 0, ""),
    (["eval", str(ROOT / "tests" / "data" / "seeds-gold"), str(ROOT / "seeds"), "--min-f1", "1.01"], 2,
     "Invalid value for '--min-f1'"),
    (["eval", "nowhere"], 2, None),
    (["push", "--bogus"], 2, "No such option: --bogus"),
    # issue 19: names that name nothing, outputs that cannot be written, formats not known
    (["query", "grade-history", "--param", "force=Narnia"], 2, "no force named 'Narnia'"),
    (["query", "theme", "--param", "theme=nonsense"], 2, "no theme named 'nonsense'"),
    (["query", "forces", "--out", "answer.md"], 2, "cannot tell the format"),
    (["query", "forces", "--from", "nowhere"], 2, "run `kg build` first"),
    (["query", "--sparql", "SELECT * WHERE { ?s foo:p ?o }"], 2, "unknown prefix 'foo:'"),
    (["export", "--out", "graph.md"], 2, "cannot tell the format"),
    (["export", "--out", "/proc/graph.ttl"], 2, "/proc/graph.ttl: cannot write"),
    (["validate", "-"], 2, "--syntax"),
    (["stats", "--from", "nowhere"], 2, "run `kg build` first"),
    (["viz", "--out", "/proc/p.html"], 2, "/proc/p.html: cannot write"),
]


@pytest.mark.parametrize("args, code, message", TABLE, ids=[" ".join(a)[:60] or "(none)" for a, _, _ in TABLE])
def test_exit_code(work: Path, args: list[str], code: int, message: str | None) -> None:
    done = kg(work, *args)
    assert done.returncode == code, (done.stdout[-500:], done.stderr)
    assert "Traceback" not in done.stderr
    if message == "":
        assert done.stderr == ""
    elif message is not None:
        lines = done.stderr.splitlines()
        assert len(lines) == 1 and message in lines[0], done.stderr
        assert lines[0].startswith("kg: " if not message.startswith("warning:") else "warning: ")
    elif code:
        assert done.stderr.strip()


def test_a_runaway_query_streams_its_rows_then_stops(work: Path) -> None:
    """The first rows of a trillion-row answer arrive at once (nothing is held back), and
    --timeout stops the rest with exit 2, on both engines."""
    for store in ("oxigraph", "memory"):
        started = time.monotonic()
        proc = subprocess.Popen([*KG, "query", "--sparql", CROSS, "--store", store, "--timeout", "3",
                                 "--format", "csv"], cwd=work, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env={**os.environ, "PYTHONPATH": str(ROOT), "KG_ROOT": str(ROOT)})
        first = proc.stdout.readline()  # type: ignore[union-attr]
        second = proc.stdout.readline()  # type: ignore[union-attr]
        got_rows_after = time.monotonic() - started
        rest = proc.stdout.read()  # type: ignore[union-attr]
        code = proc.wait(timeout=60)
        elapsed = time.monotonic() - started
        assert sorted(first.strip().split(b",")) == [c.encode() for c in "abcdefghi"] and second.count(b",") >= 8
        assert got_rows_after < 3 and len(rest) > 10_000, store
        assert code == 2 and proc.stderr.read() == b"kg: query stopped after 3 s (--timeout)\n"  # type: ignore[union-attr]
        assert elapsed < 15, (store, elapsed)


def test_a_query_stuck_in_one_engine_call_is_stopped(work: Path) -> None:
    """COUNT over a cross product runs inside one pyoxigraph call (it releases the GIL):
    the process still ends at the limit, and --out keeps what it held."""
    (work / "answer.csv").write_text("earlier\n", encoding="utf-8")
    started = time.monotonic()
    done = kg(work, "query", "--sparql", COUNT, "--timeout", "2", "--out", "answer.csv")
    assert done.returncode == 2 and done.stderr == "kg: query stopped after 2 s (--timeout)\n"
    assert time.monotonic() - started < 10
    assert (work / "answer.csv").read_text(encoding="utf-8") == "earlier\n"
    assert not [p for p in work.iterdir() if p.name.endswith(".tmp")]


def test_queries_never_write_to_the_store(work: Path) -> None:
    store = work / "output" / "store"
    before = len(ox.Store.read_only(str(store)))
    for update in ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "DELETE WHERE { ?s ?p ?o }", "CLEAR ALL",
                   "LOAD <file:///etc/passwd>", "SELECT * WHERE { ?s ?p ?o } ; DROP ALL"):
        assert kg(work, "query", "--sparql", update).returncode == 2, update
    assert len(ox.Store.read_only(str(store))) == before


def test_unexpected_errors_are_one_line_unless_debug(monkeypatch: pytest.MonkeyPatch, work: Path) -> None:
    import kg.store.stats

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(kg.store.stats, "graph_stats", broken)
    monkeypatch.chdir(work)
    monkeypatch.delenv("KG_DEBUG", raising=False)
    result = CliRunner().invoke(app, ["stats"])
    assert result.exit_code == 2
    assert result.output == "kg: unexpected error: RuntimeError: disk on fire (run with --debug for details)\n"
    result = CliRunner().invoke(app, ["--debug", "stats"])
    assert isinstance(result.exception, RuntimeError)
    monkeypatch.delenv("KG_DEBUG", raising=False)


def test_the_readme_table_is_the_one_the_commands_follow() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for row in ("| 0 | success |", "| 1 | a negative answer", "| 2 | bad usage or input"):
        assert row in readme
