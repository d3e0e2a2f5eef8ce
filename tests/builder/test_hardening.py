"""Issue 18's attack cases (and issue 19's missing path and bad endpoints), each a test on
real files and real processes: names that clash or cannot be decoded, text no output format
can carry, a bad KG_BASE_IRI, escape sequences in a table, and command lines that name
nothing. The store, crash and remote cases are in test_hardening_store.py and
test_hardening_remote.py."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal

from kg.builder.pipeline import build
from kg.project import Project
from kg.graph.vocab import PEEL

from ..conftest import ROOT

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
KG = [sys.executable, "-m", "kg"]
# What XML 1.0 cannot hold at all, and what N-Triples readers (rapper) refuse or a
# terminal takes for a command: C0 controls but tab and newline, C1 controls, U+FFFE/U+FFFF.
FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def run_kg(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None,
           timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


def copy(src: Path, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(src, dest)
    return dest


# -- 6: names unique and relative, every file read once -------------------------------------

def test_6_a_renamed_clash_never_takes_another_inputs_name(tmp_path, project, monkeypatch):  # noqa: ANN001
    copy(SEEDS[0], tmp_path / "x" / "d3" / "a.txt")
    copy(SEEDS[2], tmp_path / "d2" / "a.txt")
    copy(SEEDS[3], tmp_path / "d3" / "a.txt")
    monkeypatch.chdir(tmp_path)
    result = build([Path("x"), Path("d2"), Path("d3")], project)
    names = [doc.name for doc in result.documents]
    assert len(names) == 3 and len(set(names)) == 3, names
    shas = {doc.sha256 for doc in result.documents}
    assert len(shas) == 3  # every document's facts are there, none overwritten by another's
    assert all(doc.lines for doc in result.documents)
    assert not result.warnings


def test_6_the_same_path_twice_or_a_folder_and_its_subfolder_read_once(tmp_path, project):  # noqa: ANN001
    copy(SEEDS[0], tmp_path / "d" / "a.txt")
    copy(SEEDS[2], tmp_path / "d" / "sub" / "b.txt")
    twice = build([tmp_path / "d" / "a.txt", tmp_path / "d" / "a.txt"], project)
    assert [doc.name for doc in twice.documents] == ["a.txt"]
    overlap = build([tmp_path / "d", tmp_path / "d" / "sub", tmp_path / "d" / "sub" / "b.txt"], project)
    assert sorted(doc.name for doc in overlap.documents) == ["a.txt", "sub/b.txt"]
    for doc in overlap.documents:
        assert str(tmp_path) not in doc.name and not doc.name.startswith("/")
    assert str(tmp_path) not in "".join(overlap.lines())


def test_6_names_stay_relative_when_every_input_is_absolute(tmp_path, project):  # noqa: ANN001
    for i, folder in enumerate(("one", "two", "three")):
        copy(SEEDS[i], tmp_path / folder / "report.txt")
    result = build([tmp_path / "one", tmp_path / "two", tmp_path / "three"], project)
    names = sorted(doc.name for doc in result.documents)
    assert len(set(names)) == 3
    assert all(not n.startswith("/") and str(tmp_path) not in n for n in names), names
    assert str(tmp_path) not in "".join(result.lines())


# -- 7: a file name that is not UTF-8 ------------------------------------------------------

def test_7_an_undecodable_file_name_is_kept_escaped_and_warned_about(tmp_path, project):  # noqa: ANN001
    folder = tmp_path / "docs"
    folder.mkdir()
    raw = os.path.join(os.fsencode(folder), b"caf\xe9 report.txt")
    with open(raw, "wb") as fh:
        fh.write(SEEDS[0].read_bytes())
    result = build([folder], project)
    assert len(result.documents) == 1, result.warnings
    name = result.documents[0].name
    name.encode("utf-8")  # no surrogates left
    assert "\\xe9" in name
    assert any("not valid UTF-8" in w and "\\xe9" in w for w in result.warnings), result.warnings
    assert len(result.warnings) == 1
    Graph().parse(data="".join(result.lines()), format="nt")


# -- 9: KG_BASE_IRI checked ---------------------------------------------------------------

def test_9_a_base_without_a_trailing_slash_is_completed(tmp_path):  # noqa: ANN001
    assert Project(root=ROOT, base_iri="http://example.org/id").base_iri == "http://example.org/id/"
    assert Project(root=ROOT, base_iri="http://example.org/id#").base_iri == "http://example.org/id#"
    env = {"KG_BASE_IRI": "http://example.org/id"}
    built = run_kg("build", str(ROOT / "seeds"), "--out", "output", cwd=tmp_path, env=env)
    assert built.returncode == 0, built.stderr
    forces = run_kg("query", "forces", "--format", "csv", cwd=tmp_path, env=env)
    assert forces.returncode == 0, forces.stderr
    assert "http://example.org/id/force/staffordshire" in forces.stdout


@pytest.mark.parametrize("base", ["http://example.org/a b/", 'http://example.org/"x"/', "http://ex.org/{x}/",
                                  "not an iri", "example.org/id/"])
def test_9_a_base_that_is_not_an_absolute_iri_is_refused(tmp_path, base):  # noqa: ANN001
    built = run_kg("build", str(ROOT / "seeds"), "--out", "output", cwd=tmp_path, env={"KG_BASE_IRI": base})
    assert built.returncode == 2
    assert built.stderr.startswith("kg: KG_BASE_IRI") and built.stderr.count("\n") == 1, built.stderr
    assert not (tmp_path / "output").exists()


# -- 8: text every output format can carry ---------------------------------------------------

HOSTILE = "\x0c\x01\x0b\x1b[2J\ufffe\uffff\x85\x9b"


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory) -> Path:  # noqa: ANN001
    work = tmp_path_factory.mktemp("hostile")
    text = SEEDS[1].read_text(encoding="utf-8")  # a response record
    # a form feed (as pdftotext writes at each page) and other controls around each line
    text = "\n".join(HOSTILE + line + " " + HOSTILE if line.strip() and i > 2 else line
                     for i, line in enumerate(text.split("\n")))
    (work / "docs").mkdir()
    (work / "docs" / "report\x0cpage 2.txt").write_text(text, encoding="utf-8")
    built = run_kg("build", "docs", "--out", "output", cwd=work)
    assert built.returncode == 0 and "documents: 1 (1 response-record)" in built.stdout, built.stderr
    return work


def test_8_document_text_enters_the_records_without_forbidden_characters(hostile_build):  # noqa: ANN001
    ttl = (hostile_build / "output" / "graph.ttl").read_text(encoding="utf-8")
    assert "Matthew Ellis" in ttl and "[2J" in ttl  # the evidence is there, its text kept
    assert not FORBIDDEN.search(ttl)
    g = Graph().parse(hostile_build / "output" / "graph.ttl")
    texts = [str(o) for o in g.objects() if isinstance(o, Literal)]
    assert any("Matthew Ellis" in t for t in texts)
    assert not [t for t in texts if FORBIDDEN.search(t)]
    assert any(str(o) == "report page 2.txt" for o in g.objects(None, PEEL.fileName))


@pytest.mark.parametrize("fmt", ["nt", "xml", "turtle", "trig", "jsonld"])
def test_8_every_export_format_parses(hostile_build, fmt):  # noqa: ANN001
    done = run_kg("export", "--format", fmt, cwd=hostile_build)
    assert done.returncode == 0, done.stderr
    assert not FORBIDDEN.search(done.stdout)
    data = done.stdout.encode("utf-8")
    if fmt == "xml":
        ET.fromstring(data)
    elif fmt == "jsonld":
        json.loads(data)
        Graph().parse(data=data, format="json-ld")
    else:
        kind = {"nt": ox.RdfFormat.N_TRIPLES, "turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG}[fmt]
        assert list(ox.parse(data, format=kind))


def test_8_query_xml_results_parse(hostile_build):  # noqa: ANN001
    done = run_kg("query", "--sparql", "SELECT ?t WHERE { ?s peel:evidence ?t }", "--format", "xml",
                  cwd=hostile_build)
    assert done.returncode == 0, done.stderr
    root = ET.fromstring(done.stdout.encode("utf-8"))
    assert len(root.findall(".//{http://www.w3.org/2005/sparql-results#}result")) > 3


# -- 10: the table escapes control characters ------------------------------------------------

def test_10_a_table_prints_no_escape_sequence(tmp_path):  # noqa: ANN001
    data = tmp_path / "hostile.nt"
    value = "clear\\u001B[2Jtitle\\u001B]0;pwned\\u0007forged\\nline\\r\\u009B31m end"
    data.write_text(f'<http://example.org/s> <http://example.org/p> "{value}" .\n', encoding="utf-8")
    done = run_kg("query", "--data", str(data), "--sparql", "SELECT ?t WHERE { ?s ?p ?t }", "--format", "table")
    assert done.returncode == 0, done.stderr
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", done.stdout), repr(done.stdout)
    assert "\\x1b[2J" in done.stdout and "\\x07" in done.stdout
    # header, rule, the row (its line break kept as a break within the cell), row count
    assert done.stdout.splitlines()[2:] == ["clear\\x1b[2Jtitle\\x1b]0;pwned\\x07forged", "line\\r\\x9b31m end", "(1 row)"]


# -- issue 19, defect 2: a path that does not exist is a usage error ---------------------------

def test_a_missing_path_on_the_command_line_writes_nothing(tmp_path):  # noqa: ANN001
    fresh = run_kg("build", str(tmp_path / "nowhere"), "--out", str(tmp_path / "new"))
    assert fresh.returncode == 2
    assert fresh.stderr == f"kg: {tmp_path / 'nowhere'}: no such file or folder\n"
    assert not (tmp_path / "new").exists()
    out = tmp_path / "out"
    assert run_kg("build", "seeds", "--out", str(out), "--store", "memory").returncode == 0
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.iterdir() if p.is_file()}
    again = run_kg("build", "seeds", str(tmp_path / "typo"), "--out", str(out))
    assert again.returncode == 2 and again.stderr.count("\n") == 1 and again.stdout == ""
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.iterdir() if p.is_file()}
    assert after == before


def test_a_file_vanishing_during_the_walk_stays_a_warning(tmp_path, project, monkeypatch):  # noqa: ANN001
    import kg.builder.pipeline as pipeline

    copy(SEEDS[0], tmp_path / "a.txt")
    copy(SEEDS[1], tmp_path / "b.txt")
    real = pipeline._kind

    def vanishing(path, shown):  # noqa: ANN001, ANN202
        if str(path).endswith("b.txt"):
            os.unlink(path)
        return real(path, shown)

    monkeypatch.setattr(pipeline, "_kind", vanishing)
    result = build([tmp_path], project)
    assert [d.name for d in result.documents] == ["a.txt"]
    assert result.warnings == ["b.txt: no such file or folder"]


class _SlowFinaliser:
    """An object whose finaliser takes `seconds`: a time limit that runs out inside it has its
    exception dropped by Python (an exception in __del__ is only printed)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __del__(self) -> None:
        until = time.monotonic() + self.seconds
        while time.monotonic() < until:
            pass


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_time_limit_that_runs_out_inside_a_finaliser_still_stops_the_work() -> None:
    """The limit's first ring lands in a finaliser, where its exception is lost; the work
    after it must still be stopped soon after, not run to its end."""
    from kg.builder.pipeline import _Overtime, _time_limit

    started = time.monotonic()
    with pytest.raises(_Overtime):
        with _time_limit(0.1):
            slow = _SlowFinaliser(0.3)
            del slow  # 0.3 s in __del__: the ring at 0.1 s is dropped there
            until = time.monotonic() + 3.0
            while time.monotonic() < until:
                pass
    assert time.monotonic() - started < 1.5
