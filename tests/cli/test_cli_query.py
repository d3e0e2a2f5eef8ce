"""`kg query` end to end on the seeds graph: every competency question through the command
line (CliRunner, and a real process each), the result formats, and every way to get it wrong."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg import __version__
from kg.cli import app
from kg.store.results import SPARQL_RESULTS_NS

from ..conftest import NEEDS_AUDIT_BUILD, ROOT

STAFFS, DERBY, LANCS = "Staffordshire Police", "Derbyshire Constabulary", "Lancashire Constabulary"
Rows = list[dict[str, str | None]]

runner = CliRunner()


@pytest.fixture(scope="module")
def graph_file(seeds_output: Path) -> Path:
    return seeds_output / "graph.ttl"


def kg(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


# -- the expected answers (shared/spec/COMPETENCY-QUESTIONS.md), one check per question -------

def _forces(rows: Rows) -> None:
    assert [(r["name"], int(r["documents"])) for r in rows] == [(STAFFS, 3), (DERBY, 1), (LANCS, 1)]


def _grades(rows: Rows) -> None:
    assert [(r["force"], r["period"], r["pillar"], r["question"], r["grade"]) for r in rows] == [
        (DERBY, "2016", "Legitimacy", "ethical-lawful-workforce", "Outstanding"),
        (DERBY, "2016", "Legitimacy", "fair-treatment-public", "Outstanding"),
        (DERBY, "2016", "Legitimacy", "fair-treatment-workforce", "Good"),
        (STAFFS, "2015", "Legitimacy", None, "Good"),
        (STAFFS, "2016", "Legitimacy", None, "Good"),
        (STAFFS, "2018/19", "PEEL", None, "Good"),
    ]


def _improvement_areas(rows: Rows) -> None:
    assert Counter((r["forceName"], r["period"]) for r in rows) == {(STAFFS, "2016"): 3, (STAFFS, "2018/19"): 6,
                                                                   (LANCS, "2016"): 6}


def _shared(rows: Rows) -> None:
    assert {(r["statement"].split()[-1], frozenset(r["forces"].split(" | "))) for r in rows} == {
        ("vetting.", frozenset({STAFFS, LANCS})), ("performance.", frozenset({STAFFS, LANCS}))}


def _leadership(rows: Rows) -> None:
    people = {(r["name"], r["title"], r["qualifier"], r["document"]) for r in rows}
    assert people == {
        ("Matthew Ellis", "Police and Crime Commissioner", None, "001_1171d37a6130ba33.txt"),
        ("Nick Baker", "Acting Chief Constable", "acting", "001_1171d37a6130ba33.txt"),
        ("Nick Baker", "Temporary Chief Constable", "temporary", "001_1171d37a6130ba33.txt"),
    }


def _inspectors(rows: Rows) -> None:
    assert [(r["name"], r["title"], r["inspectorate"], r["forceName"], r["period"], r["pillar"], r["document"])
            for r in rows] == [("Wendy Williams", "HM Inspector of Constabulary", "HMIC", STAFFS, "2016",
                                "Legitimacy", "002_be402a4505dd9b4c.txt")]


def _inspectorates(rows: Rows) -> None:
    assert [(r["forceName"], r["period"], r["pillar"], r["inspectorate"]) for r in rows] == [
        (STAFFS, "2015", "Legitimacy", "HMIC"), (STAFFS, "2016", "Legitimacy", "HMIC"),
        (STAFFS, "2018/19", "PEEL", "HMICFRS")]


def _force_updates(rows: Rows) -> None:
    assert len(rows) == 6
    assert {(r["forceName"], r["period"], r["kind"]) for r in rows} == {(STAFFS, "2018/19", "Area for improvement")}


def _theme(rows: Rows) -> None:
    assert [(r["forceName"], r["period"]) for r in rows] == [(LANCS, "2016"), (STAFFS, "2016"), (STAFFS, "2018/19")]
    assert rows[2]["text"].startswith("The force should monitor its vetting decisions")


def _grade_history(rows: Rows) -> None:
    assert [(r["period"], r["pillar"], r["grade"], r["trend"]) for r in rows] == [
        ("2015", "Legitimacy", "Good", "first"), ("2016", "Legitimacy", "Good", "no change"),
        ("2018/19", "PEEL", "Good", "first")]


def _provenance(rows: Rows) -> None:
    assert {(r["file"], r["evidence"]) for r in rows} == {
        ("003_fe4d30ae14d8a1f9.txt",
         "Derbyshire Constabulary is outstanding at treating all the people it serves with fairness and respect.")}
    assert all(len(r["sha256"]) == 64 for r in rows)


def _same_inspection(rows: Rows) -> None:
    assert [(r["forceName"], r["period"], r["pillar"], r["file"]) for r in rows] == [
        (STAFFS, "2016", "Legitimacy", "000_13a5920b5e182d37.txt"),
        (STAFFS, "2016", "Legitimacy", "002_be402a4505dd9b4c.txt")]


JUDGEMENT = "https://w3id.org/peel-kg/id/judgement/derbyshire/2016/legitimacy/fair-treatment-public/outstanding"
QUESTIONS: dict[str, tuple[list[str], Callable[[Rows], None]]] = {
    "forces": ([], _forces),
    "grades": ([], _grades),
    "improvement-areas": ([], _improvement_areas),
    "shared-improvement-areas": ([], _shared),
    "leadership": (["force=Staffordshire Police"], _leadership),
    "inspectors": ([], _inspectors),
    "inspectorates": ([], _inspectorates),
    "force-updates": ([], _force_updates),
    "theme": (["theme=vetting"], _theme),
    "grade-history": (["force=Staffordshire Police"], _grade_history),
    "provenance": ([f"node={JUDGEMENT}"], _provenance),
    "same-inspection": ([], _same_inspection),
}


def test_every_named_query_has_a_question_here(project):
    # themes lists the theme scheme
    assert sorted(QUESTIONS) == sorted(p.stem for p in project.queries_dir.glob("*.rq")
                                       if p.stem != "themes" and p.stem not in NEEDS_AUDIT_BUILD)


def from_json(text: str) -> Rows:
    doc = json.loads(text)
    return [{v: (b[v]["value"] if v in b else None) for v in doc["head"]["vars"]} for b in doc["results"]["bindings"]]


def from_csv(text: str) -> Rows:
    return [{k: (v if v != "" else None) for k, v in row.items()} for row in csv.DictReader(io.StringIO(text, newline=""))]


def param_args(params: list[str]) -> list[str]:
    return [arg for p in params for arg in ("--param", p)]


@pytest.mark.parametrize("name", sorted(QUESTIONS))
def test_competency_question_through_the_cli(name, graph_file):
    params, check = QUESTIONS[name]
    result = kg("query", name, "--data", str(graph_file), "--format", "json", *param_args(params))
    assert result.exit_code == 0, result.output
    check(from_json(result.stdout))


@pytest.mark.parametrize("name", sorted(QUESTIONS))
def test_competency_question_in_a_real_process(name, graph_file, tmp_path):
    """`python -m kg query NAME` as a shell runs it: piped, so CSV by default."""
    params, check = QUESTIONS[name]
    proc = subprocess.run([sys.executable, "-m", "kg", "query", name, "--data", str(graph_file), *param_args(params)],
                          capture_output=True, cwd=tmp_path, timeout=120,
                          env={**os.environ, "KG_ROOT": str(ROOT), "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stderr == b""
    text = proc.stdout.decode("utf-8")
    assert text.splitlines()[0].count(",") >= 1 and "\r\n" in text
    check(from_csv(text))


def test_query_reads_output_graph_by_default(seeds_output, monkeypatch, tmp_path):
    (tmp_path / "output").mkdir()
    (tmp_path / "output" / "graph.ttl").write_bytes((seeds_output / "graph.ttl").read_bytes())
    monkeypatch.chdir(tmp_path)
    result = kg("query", "forces", "--format", "csv")
    assert result.exit_code == 0, result.output
    _forces(from_csv(result.stdout))


# -- formats --------------------------------------------------------------------------------

def test_csv_through_the_cli_has_crlf_line_ends(graph_file):
    result = kg("query", "grades", "--data", str(graph_file), "--format", "csv")
    assert result.exit_code == 0
    raw = result.stdout_bytes
    assert raw.count(b"\r\n") == 7 and raw.count(b"\n") == 7
    _grades(from_csv(raw.decode("utf-8")))


def test_tsv_through_the_cli(graph_file):
    result = kg("query", "forces", "--data", str(graph_file), "--format", "tsv")
    lines = result.stdout.splitlines()
    assert lines[0] == "?force\t?name\t?documents"
    assert lines[1] == '<https://w3id.org/peel-kg/id/force/staffordshire>\t"Staffordshire Police"\t3'


def test_xml_through_the_cli(graph_file):
    result = kg("query", "grades", "--data", str(graph_file), "--format", "xml")
    root = ET.fromstring(result.stdout_bytes)
    ns = {"r": SPARQL_RESULTS_NS}
    assert [v.get("name") for v in root.findall("r:head/r:variable", ns)] == ["force", "period", "pillar", "question",
                                                                             "grade"]
    rows = [{b.get("name"): b[0].text for b in r.findall("r:binding", ns)} for r in root.findall("r:results/r:result", ns)]
    _grades([{v: row.get(v) for v in ("force", "period", "pillar", "question", "grade")} for row in rows])


def test_table_shortens_iris_with_the_graphs_prefixes(graph_file):
    result = kg("query", "forces", "--data", str(graph_file), "--format", "table")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["force", "name", "documents"]
    assert lines[2].split()[0] == "id:force\\/staffordshire"  # a legal prefixed name
    assert lines[-1] == "(3 rows)"


def test_format_follows_the_out_files_extension(graph_file, tmp_path):
    out = tmp_path / "grades.json"
    result = kg("query", "grades", "--data", str(graph_file), "--out", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    _grades(from_json(out.read_text(encoding="utf-8")))


def test_time_goes_to_stderr(graph_file):
    result = kg("query", "forces", "--data", str(graph_file), "--format", "csv", "--time")
    assert result.exit_code == 0
    assert result.stderr.startswith("time: ") and "(3 rows)" in result.stderr
    _forces(from_csv(result.stdout))


def test_ask_prints_the_answer_and_exits_0_or_1(graph_file):
    yes = kg("query", "--sparql", "ASK { ?f a peel:Force }", "--data", str(graph_file))
    assert (yes.exit_code, yes.stdout) == (0, "true\n")
    no = kg("query", "--sparql", "ASK { ?f a peel:Nonsense }", "--data", str(graph_file), "--format", "json")
    assert no.exit_code == 1 and json.loads(no.stdout) == {"head": {}, "boolean": False}
    assert no.stderr == ""


def test_construct_gives_turtle_or_another_graph_format(graph_file):
    from rdflib import Graph
    q = "CONSTRUCT { ?f rdfs:label ?n } WHERE { ?f a peel:Force ; rdfs:label ?n }"
    turtle = kg("query", "--sparql", q, "--data", str(graph_file))
    assert turtle.exit_code == 0
    assert len(Graph().parse(data=turtle.stdout, format="turtle")) == 3
    nt = kg("query", "--sparql", q, "--data", str(graph_file), "--format", "nt")
    assert len(nt.stdout.splitlines()) == 3
    bad = kg("query", "--sparql", q, "--data", str(graph_file), "--format", "csv")
    assert bad.exit_code == 2 and "graph" in bad.stderr


def test_query_from_a_file_and_from_stdin(graph_file, tmp_path):
    rq = tmp_path / "count.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?j a peel:Judgement }\n", encoding="utf-8")
    from_file = kg("query", str(rq), "--data", str(graph_file), "--format", "csv")
    assert from_file.stdout.splitlines() == ["n", "6"]
    from_stdin = kg("query", "-", "--data", str(graph_file), "--format", "csv", input=rq.read_text())
    assert from_stdin.stdout.splitlines() == ["n", "6"]


def test_parameters_are_bound_never_pasted(graph_file):
    """A value that would break the query if pasted into it is just a literal that matches nothing."""
    result = kg("query", "provenance", "--data", str(graph_file), "--format", "csv",
                "--param", 'text=x" || true) } #')
    assert result.exit_code == 0 and result.stdout.splitlines() == ["fact,class,file,sha256,evidence"]
    # a force is looked up first: such a value names no force, which is said
    result = kg("query", "improvement-areas", "--data", str(graph_file), "--format", "csv",
                "--param", 'force=x" || true) } #')
    assert result.exit_code == 2 and "no force named" in result.stderr


def test_list_shows_names_summaries_and_parameters():
    result = kg("query", "--list")
    assert result.exit_code == 0
    assert "grade-history" in result.stdout and "--param force=VALUE  (required, literal)" in result.stdout
    assert "Which forces does the graph know" in result.stdout


# -- errors: one line on stderr, exit 2, no traceback ---------------------------------------

def one_line_error(result, code: int = 2) -> str:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: "), result.stderr
    return lines[0]


@pytest.mark.parametrize("update", [
    "INSERT DATA { <http://a> <http://b> <http://c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/x.ttl>",
    "CLEAR ALL",
    "DROP GRAPH <http://example.org/g>",
    "CREATE GRAPH <http://example.org/g>",
])
def test_updates_are_refused(update, graph_file):
    line = one_line_error(kg("query", "--sparql", update, "--data", str(graph_file)))
    assert "update" in line and "only reads" in line


def test_malformed_query_says_line_and_column(graph_file):
    line = one_line_error(kg("query", "--sparql", "SELECT ?x WHERE {\n  ?x a peel:Force\n  FILTER( }",
                             "--data", str(graph_file)))
    assert "line 3, column" in line


def test_unknown_query_suggests_a_name(graph_file):
    line = one_line_error(kg("query", "forcs", "--data", str(graph_file)))
    assert "'forcs'" in line and "did you mean 'forces'?" in line


def test_missing_parameter_lists_the_parameters(graph_file):
    line = one_line_error(kg("query", "leadership", "--data", str(graph_file)))
    assert "--param force=VALUE" in line and "it takes: force (required)" in line


def test_unknown_parameter_lists_the_parameters(graph_file):
    line = one_line_error(kg("query", "provenance", "--param", "fact=x", "--data", str(graph_file)))
    assert "'fact'" in line and "node (optional), text (optional)" in line


def test_missing_graph_says_to_run_build(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    line = one_line_error(kg("query", "forces"))
    assert "kg build" in line


def test_missing_data_file(tmp_path):
    line = one_line_error(kg("query", "forces", "--data", str(tmp_path / "nope.ttl")))
    assert "nope.ttl" in line


def test_unknown_format(graph_file):
    line = one_line_error(kg("query", "forces", "--data", str(graph_file), "--format", "yaml"))
    assert "table, csv, tsv, json, xml" in line


def test_no_query_at_all():
    assert "kg query --list" in one_line_error(kg("query"))


def test_errors_in_a_real_process_are_one_line(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "kg", "query", "forces"], capture_output=True, cwd=tmp_path,
                          timeout=120, env={**os.environ, "KG_ROOT": str(ROOT), "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 2 and proc.stdout == b""
    assert proc.stderr.decode().count("\n") == 1 and "kg build" in proc.stderr.decode()


# -- help and version -------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["query", "export", "validate", "stats"])
def test_every_command_has_help_with_an_example(command):
    result = kg(command, "--help")
    assert result.exit_code == 0
    assert f"Example: kg {command}" in result.stdout


def test_version():
    result = kg("--version")
    assert result.exit_code == 0 and result.stdout == f"kg {__version__}\n"
