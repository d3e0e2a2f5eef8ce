"""What a new user tripped on (issue 19), each in a real `kg` process on a real build.

Every test here failed on the code before the fix it names."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ..conftest import ROOT, SEEDS_GOLD

KG = [sys.executable, "-m", "kg"]
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "KG_ROOT": str(ROOT), **extra}


def kg(cwd: Path, *args: str, stdin: str | None = None, timeout: float = 120, **extra: str
       ) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          input=stdin, env=env(**extra))


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """output/ built from the seeds with the store, mem/ built without one."""
    folder = tmp_path_factory.mktemp("cli-defects")
    for args in (["build", str(ROOT / "seeds"), "-q"],
                 ["build", str(ROOT / "seeds"), "-q", "--out", "mem", "--store", "memory"]):
        done = kg(folder, *args)
        assert done.returncode == 0, done.stderr
    (folder / "a-file").write_text("not a folder\n", encoding="utf-8")
    return folder


def one_error_line(done: subprocess.CompletedProcess, *words: str) -> str:
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: "), done.stderr
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


# -- 1. Ctrl-C stops a query stuck inside the engine, even with --timeout 0 ------------------

@pytest.mark.parametrize("timeout", ["0", "600"])
def test_ctrl_c_stops_a_query_inside_the_engine(work: Path, timeout: str) -> None:
    proc = subprocess.Popen([*KG, "query", "--sparql", COUNT, "--timeout", timeout], cwd=work,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env())
    time.sleep(2.5)  # well inside the engine's one call
    sent = time.monotonic()
    proc.send_signal(signal.SIGINT)
    try:
        code = proc.wait(timeout=10)
    finally:
        proc.kill()
    assert code == 130 and time.monotonic() - sent < 5
    assert "Traceback" not in proc.stderr.read()  # type: ignore[union-attr]


# -- 3. an error after the query ran is one line, nothing from pyoxigraph after it ------------

@pytest.mark.parametrize("args, words", [
    (["query", "forces", "--format", "turtle"], ["--format turtle is for graphs"]),
    (["query", "forces", "--format", "nt"], ["--format nt is for graphs"]),
    (["query", "forces", "--format", "jsonld"], ["--format jsonld is for graphs"]),
    (["query", "forces", "--out", "/proc/x.csv"], ["/proc/x.csv"]),
])
def test_errors_after_the_query_are_one_line(work: Path, args: list[str], words: list[str]) -> None:
    done = kg(work, *args)
    assert done.returncode == 2
    one_error_line(done, *words)
    assert "unsendable" not in done.stderr and "RuntimeError" not in done.stderr


# -- 4. N-Triples from the rdflib engine: the same bytes every run, and the store's bytes ------

def test_nt_export_is_the_same_every_time_from_either_engine(work: Path) -> None:
    runs = [kg(work, "export", "--format", "nt", "--store", store).stdout for store in ("memory", "memory", "oxigraph")]
    assert runs[0].count("_:") > 0  # the graph has blank nodes: the test means something
    assert runs[0] == runs[1] == runs[2]
    assert kg(work, "export", "--format", "nt", "--store", "oxigraph").stdout == runs[2]


# -- 5. operating-system errors on output paths: one line naming the path, exit 2 -------------

@pytest.mark.parametrize("args, path", [
    (["viz", "--out", "/proc/x.html"], "/proc/x.html"),
    (["query", "forces", "--out", "/proc/x.csv"], "/proc/x.csv"),
    (["export", "--out", "/proc/x.ttl"], "/proc/x.ttl"),
    (["export", "--out", "a-file/x.ttl"], "a-file"),
    (["viz", "--out", "a-file/x.html"], "a-file"),
    (["build", str(ROOT / "seeds"), "--out", "a-file/out", "-q"], "a-file"),
])
def test_os_errors_on_outputs_are_one_line(work: Path, args: list[str], path: str) -> None:
    done = kg(work, *args)
    assert done.returncode == 2
    line = one_error_line(done, path)
    assert "unexpected error" not in line and "Error:" not in line and "Errno" not in line


# -- 6. --out: the format follows the extension, or it is an error; `-` is standard output ----

def test_out_extensions_choose_the_format(work: Path) -> None:
    assert kg(work, "export", "--out", "g.nq").returncode == 0
    nq = (work / "g.nq").read_text(encoding="utf-8").splitlines()
    assert nq and all(line.endswith(" .") and line.count("<https://w3id.org/peel-kg/") for line in nq[:50])
    assert any(line.split(" ")[-2].startswith("<https://w3id.org/peel-kg/id/document/") for line in nq)
    assert kg(work, "export", "--out", "g.owl").returncode == 0
    assert (work / "g.owl").read_text(encoding="utf-8").startswith("<?xml")
    done = kg(work, "query", "forces", "--out", "f.md")
    assert done.returncode == 2 and not (work / "f.md").exists()
    one_error_line(done, "f.md", "--format")


@pytest.mark.parametrize("args", [["query", "forces", "--format", "csv"], ["export", "--format", "nt"]])
def test_out_dash_is_standard_output(work: Path, args: list[str]) -> None:
    done = kg(work, *args, "--out", "-")
    assert done.returncode == 0 and not (work / "-").exists()
    assert done.stdout == kg(work, *args).stdout and done.stdout


# -- 13. a build without a store: say so, and say what to do -----------------------------------

def test_a_store_asked_of_a_memory_build_says_why(work: Path) -> None:
    done = kg(work, "query", "forces", "--store", "oxigraph", "--from", "mem")
    assert done.returncode == 2
    line = one_error_line(done, "--store memory")
    assert "run `kg build` first" not in line


# -- 14. gold and documents that share no document ---------------------------------------------

def test_eval_with_no_document_in_common_says_so(work: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    source = sorted((ROOT / "seeds").iterdir())[0]
    (docs / f"renamed{source.suffix}").write_bytes(source.read_bytes())
    done = kg(work, "eval", str(SEEDS_GOLD), str(docs))
    assert done.returncode == 2
    one_error_line(done, "has a gold file", "nothing to score", "renamed")


# -- 7. a syntax error is reported at its line, in one whole sentence ---------------------------

def test_broken_turtle_is_reported_at_its_line(work: Path) -> None:
    (work / "two.ttl").write_text("<http://e/a> <http://e/b> <http://e/c> .\n<http://e/a> <http://e/b> .\n",
                                  encoding="utf-8")
    line = one_error_line(kg(work, "validate", "two.ttl"), "two.ttl: not valid turtle: line 2, column")
    assert not line.rstrip().endswith(":")
    lines = (work / "output" / "graph.ttl").read_text(encoding="utf-8").split("\n")
    # after the 400th line that ends a statement at the top level, a line that is no Turtle
    ends = [i for i, text in enumerate(lines) if text.endswith(" .") and not text.startswith(" ")]
    at = ends[len(ends) // 2] + 1
    lines.insert(at, "this is not turtle at all .")
    (work / "broken.ttl").write_text("\n".join(lines), encoding="utf-8")
    for args in (["validate", "broken.ttl"], ["query", "forces", "--data", "broken.ttl"],
                 ["stats", "--data", "-", "--syntax", "ttl"]):
        done = kg(work, *args, stdin="\n".join(lines))
        assert done.returncode == 2
        one_error_line(done, f"not valid turtle: line {at + 1}, column 1")


# -- 8. unknown prefixes, and IRIs in tables that paste back into a query -----------------------

def test_an_unknown_prefix_is_named(work: Path) -> None:
    for store in ("oxigraph", "memory"):
        done = kg(work, "query", "--sparql", "SELECT * WHERE {\n ?s foo:bar ?o }", "--store", store)
        line = one_error_line(done, "unknown prefix 'foo:'", "line 2")
        assert "expected" not in line and "[" not in line


def test_table_iris_paste_back_into_a_query(work: Path) -> None:
    table = kg(work, "query", "forces", "--format", "table").stdout
    first = table.splitlines()[2].split()[0]
    assert first.startswith("id:force")
    done = kg(work, "query", "--sparql", f"ASK {{ {first} a peel:Force }}")
    assert done.returncode == 0, done.stderr
    for form in ("id:force/staffordshire", first if "staffordshire" in first else "id:force\\/staffordshire",
                 "https://w3id.org/peel-kg/id/force/staffordshire", "<https://w3id.org/peel-kg/id/force/staffordshire>"):
        rows = kg(work, "query", "grade-history", "--param", f"force={form}", "--format", "csv").stdout
        assert rows.count("\n") == 4, (form, rows)


# -- 9. a value that names nothing is an error with the closest names; short names work -----------

@pytest.mark.parametrize("param, words", [
    ("force=Narnia", ["no force named 'Narnia'", "kg query forces"]),
    ("force=Staffordshre Police", ["no force named", "Staffordshire Police"]),
])
def test_a_force_that_names_nothing_is_an_error(work: Path, param: str, words: list[str]) -> None:
    done = kg(work, "query", "grade-history", "--param", param)
    assert done.returncode == 2 and done.stdout == ""
    one_error_line(done, *words)


def test_a_theme_that_names_nothing_is_an_error(work: Path) -> None:
    done = kg(work, "query", "theme", "--param", "theme=nonsense")
    assert done.returncode == 2
    one_error_line(done, "no theme named 'nonsense'", "kg query themes")
    assert kg(work, "query", "theme", "--param", "theme=Wellbeing").returncode == 0


@pytest.mark.parametrize("short", ["Staffs", "staffordshire", "Staffordshire Police", "STAFFS POLICE"])
def test_common_short_names_are_aliases(work: Path, short: str) -> None:
    rows = kg(work, "query", "grade-history", "--param", f"force={short}", "--format", "csv")
    assert rows.returncode == 0 and rows.stdout.count("\n") == 4, (short, rows.stdout, rows.stderr)


# -- 11. one result per problem, and the shape named --------------------------------------------

def test_a_bad_grade_is_reported_once_with_its_shape(work: Path) -> None:
    text = (work / "output" / "graph.ttl").read_text(encoding="utf-8")
    assert text.count("peel:grade peel:Good") >= 1
    (work / "badgrade.ttl").write_text(text.replace("peel:grade peel:Good", "peel:grade peel:Excellent", 1),
                                       encoding="utf-8")
    done = kg(work, "validate", "badgrade.ttl")
    assert done.returncode == 1
    assert done.stdout.startswith("does not conform: 1 result on 1 node\n"), done.stdout
    import json

    report = json.loads(kg(work, "validate", "badgrade.ttl", "--json").stdout)
    assert len(report["violations"]) == 1
    assert all(v["shape"] for v in report["violations"]) and "JudgementShape" in report["violations"][0]["shape"]


# -- 15. tables at 80 columns never cut a word, and give text room --------------------------------

@pytest.mark.parametrize("name", ["provenance", "improvement-areas", "forces", "grade-history"])
def test_tables_at_80_columns_keep_words_whole(work: Path, name: str) -> None:
    import csv
    import io

    args = ["--param", "force=Staffordshire"] if name == "grade-history" else []
    table = kg(work, "query", name, *args, "--format", "table", COLUMNS="80").stdout
    assert all(len(line) <= 80 for line in table.splitlines()), table
    tokens = set(table.split())
    rows = list(csv.reader(io.StringIO(kg(work, "query", name, *args, "--format", "csv").stdout)))
    for row in rows[1:]:
        for value in row:
            if not value.startswith("http"):
                for word in value.split():
                    assert word in tokens, (word, table[:2000])


# -- 10. grade-history as an analyst reads it -------------------------------------------------------

@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from ..conftest import require_corpus

    docs = require_corpus() / "docs"
    folder = tmp_path_factory.mktemp("corpus-build")
    done = kg(folder, "build", str(docs), "-q")
    assert done.returncode == 0, done.stderr
    return folder


def test_grade_history_counts_the_2021_onward_grids_and_says_what_it_counts(corpus_build: Path) -> None:
    import json

    forces = [line.split(",")[0] for line in kg(corpus_build, "query", "forces", "--format", "csv").stdout.splitlines()[1:]]
    changes, periods = [], {}
    for force in forces:
        done = kg(corpus_build, "query", "grade-history", "--param", f"force={force}", "--format", "json")
        assert done.returncode == 0, done.stderr
        answer = json.loads(done.stdout)
        assert "question" in answer["head"]["vars"]
        for b in answer["results"]["bindings"]:
            periods.setdefault(force, set()).add(b["period"]["value"])
            # grade and previousGrade are the same kind of term
            assert "xml:lang" not in b["grade"] and "xml:lang" not in b.get("previousGrade", {})
            if b["trend"]["value"] in ("improved", "declined"):
                changes.append((b["trend"]["value"], b["change"]["value"]))
            if b["question"]["value"] != "overall":
                assert b["period"]["value"] >= "2021"
    cleveland = periods["https://w3id.org/peel-kg/id/force/cleveland"]
    assert {"2018/19", "2021/22", "2023-25"} <= cleveland  # no longer stops at 2018/19
    assert any(p >= "2021" for f, ps in periods.items() for p in ps if "2018/19" not in ps)  # graded only after 2021
    assert {t for t, _ in changes} == {"improved", "declined"}
    for trend, change in changes:
        word, _, steps = change.partition(" ")
        assert word == ("up" if trend == "improved" else "down") and int(steps) > 0


# -- conventions: --explain, --from, standard input -------------------------------------------------

def test_explain_prints_the_stores_plan(work: Path) -> None:
    done = kg(work, "query", "grade-history", "--param", "force=Staffs", "--explain")
    assert done.returncode == 0, done.stderr
    assert "QueryExplanation" in done.stdout and "number of results" in done.stdout
    assert "period,pillar" not in done.stdout  # the plan, not the answer
    memory = kg(work, "query", "forces", "--explain", "--store", "memory")
    assert memory.returncode == 2
    one_error_line(memory, "--explain is for the Oxigraph store")


def test_from_and_kg_from_read_a_build_elsewhere(work: Path, tmp_path: Path) -> None:
    expected = kg(work, "query", "forces", "--format", "csv").stdout
    assert expected.count("\n") == 4
    for args, extra in ((["--from", str(work / "output")], {}), ([], {"KG_FROM": str(work / "output")}),
                        (["--from", str(work / "mem")], {})):
        assert kg(tmp_path, "query", "forces", "--format", "csv", *args, **extra).stdout == expected
    stats = kg(tmp_path, "stats", "--from", str(work / "output"))
    assert stats.returncode == 0 and stats.stdout.startswith("triples: ")
    assert kg(tmp_path, "validate", "--from", str(work / "output")).returncode == 0
    assert kg(tmp_path, "export", "--from", str(work / "output"), "--format", "nt").stdout == \
        kg(work, "export", "--format", "nt").stdout
    page = tmp_path / "p.html"
    assert kg(tmp_path, "viz", "--from", str(work / "output"), "--out", str(page)).returncode == 0 and page.exists()
    missing = kg(tmp_path, "query", "forces")
    assert missing.returncode == 2 and "kg build" in missing.stderr


@pytest.mark.parametrize("syntax", ["ttl", "turtle"])
def test_standard_input_with_syntax(work: Path, syntax: str) -> None:
    turtle = (work / "output" / "graph.ttl").read_text(encoding="utf-8")
    nt = kg(work, "export", "--format", "n-triples").stdout
    expected = kg(work, "query", "forces", "--format", "csv").stdout
    assert kg(work, "query", "forces", "--format", "csv", "--data", "-", "--syntax", syntax, stdin=turtle).stdout == expected
    assert kg(work, "query", "forces", "--format", "csv", "--data", "-", "--syntax", "ntriples", stdin=nt).stdout == expected
    assert kg(work, "validate", "-", "--syntax", syntax, stdin=turtle).returncode == 0
    assert kg(work, "export", "--data", "-", "--syntax", "nt", "--format", "nt", stdin=nt).stdout == nt
    quads = kg(work, "export", "--format", "nquads").stdout
    assert kg(work, "export", "--data", "-", "--syntax", "n-quads", "--format", "nq", stdin=quads).stdout == quads
    no_syntax = kg(work, "validate", "-", stdin=turtle)
    assert no_syntax.returncode == 2
    one_error_line(no_syntax, "--syntax")


@pytest.mark.parametrize("name", ["ttl", "turtle", "nt", "ntriples", "n-triples", "nq", "nquads", "trig",
                                  "jsonld", "xml", "rdfxml"])
def test_the_usual_format_names_work_everywhere(work: Path, name: str) -> None:
    done = kg(work, "export", "--format", name)
    assert done.returncode == 0 and done.stdout, done.stderr
    construct = kg(work, "query", "--sparql", "CONSTRUCT { ?f a peel:Force } WHERE { ?f a peel:Force }", "--format", name)
    if name in ("nq", "nquads", "trig"):
        assert construct.returncode == 2  # a CONSTRUCT gives one graph, no named graphs
    else:
        assert construct.returncode == 0 and "force" in construct.stdout, construct.stderr
