"""A real Oxigraph server on 127.0.0.1: push the seeds, ask every competency question through
the SPARQL 1.1 Protocol, and compare with the answers of the local rdflib graph."""

from __future__ import annotations

import http.server
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from typer.testing import CliRunner

from kg.cli import app
from kg.cli import push as _push_command  # noqa: F401  (registers `kg push` until kg.cli imports it)
from kg.store.engine import Answer, GraphOutcome, RdflibEngine, Rows
from kg.errors import QueryError
from kg.store.export import ONTOLOGY_GRAPH, document_dataset, export_dataset
from kg.builder.pipeline import BuildResult
from kg.store.queries import adhoc_query, list_queries, load_query
from kg.store.remote import (EndpointEngine, EndpointError, Http, bind_parameters, graph_store_url, push,
                       where_group_start, with_prefixes)

from ..conftest import NEEDS_AUDIT_BUILD, require_tool

QUICK = Http(timeout=10, tries=3, backoff=0.05)

# Parameter values to ask each parameterised question with ({} = no parameters).
CASES: dict[str, list[dict[str, str]]] = {
    "improvement-areas": [{}, {"force": "Lancashire"}, {"force": "staffordshire police"}],
    "force-updates": [{}, {"force": "Staffordshire"}],
    "grade-history": [{"force": "Staffordshire Police"}, {"force": "https://w3id.org/peel-kg/id/force/staffordshire"}],
    "leadership": [{"force": "Staffordshire Police"}],
    "provenance": [{}, {"text": "outstanding at treating"},
                   {"node": "https://w3id.org/peel-kg/id/judgement/derbyshire/2016/legitimacy/"
                            "fair-treatment-public/outstanding"}],
    "theme": [{"theme": "vetting"}, {"theme": "Performance-Management"}],
}

EMPTY: list[tuple[str, dict[str, str]]] = []  # cases whose answer on the seeds is no rows


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(url: str, proc: subprocess.Popen, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"oxigraph serve exited with {proc.returncode}")
        try:
            request = urllib.request.Request(url, data=b"ASK {}", method="POST",
                                             headers={"Content-Type": "application/sparql-query"})
            with urllib.request.urlopen(request, timeout=1):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    raise RuntimeError(f"oxigraph serve did not answer at {url} within {seconds:.0f} s")


def _oxigraph() -> str:
    """The `oxigraph` command of the PyPI package: beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else require_tool("oxigraph")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of an Oxigraph server with its own store, stopped at the end."""
    oxigraph = _oxigraph()
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen([oxigraph, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(f"{base}/query", proc)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        if proc.stderr:
            proc.stderr.close()


@pytest.fixture(scope="module")
def seeds_dataset(seeds_build: BuildResult):
    return document_dataset(seeds_build.graph, (d.graph for d in seeds_build.documents))


@pytest.fixture(scope="module")
def pushed(server: str, seeds_dataset) -> EndpointEngine:
    push(seeds_dataset, f"{server}/query", replace=True, http=QUICK)
    return EndpointEngine(f"{server}/query", QUICK)


def _cases(project) -> list[tuple[str, dict[str, str]]]:
    out = []
    for q in list_queries(project):
        if q.name in NEEDS_AUDIT_BUILD:
            continue
        given = CASES.get(q.name)
        if given is None:
            assert not any(p.required for p in q.params), f"add a CASES entry for {q.name}"
            given = [{}]
        out += [(q.name, params) for params in given]
    return out


def _order_keys(text: str, variables: list[str]) -> list[int] | None:
    """Column indexes the query orders by, if it orders only by projected variables."""
    m = re.search(r"ORDER\s+BY\s+(.*)$", text, re.IGNORECASE | re.DOTALL)
    if not m:
        return None
    names = re.findall(r"\?(\w+)", m.group(1))
    if not names or any(n not in variables for n in names):
        return None
    return [variables.index(n) for n in names]


def _rows(outcome) -> tuple[list[str], list[tuple]]:
    assert isinstance(outcome, Rows), outcome
    return outcome.variables, list(outcome.rows)


@pytest.mark.server
def test_every_competency_question_answers_the_same_remotely(pushed: EndpointEngine, seeds_graph, project) -> None:
    local = RdflibEngine(seeds_graph)
    cases = _cases(project)
    assert len(cases) >= len(list_queries(project)) - len(NEEDS_AUDIT_BUILD)
    for name, params in cases:
        query = load_query(project, name)
        want_vars, want = _rows(local.run(query, params))
        got_vars, got = _rows(pushed.run(query, params))
        where = f"{name} {params}"
        assert got_vars == want_vars, where
        assert want or (name, params) in EMPTY, f"{where}: no rows even locally; pick a value with an answer"
        assert Counter(got) == Counter(want), where
        keys = _order_keys(query.text, want_vars)
        if keys:
            assert [tuple(r[i] for i in keys) for r in got] == [tuple(r[i] for i in keys) for r in want], where


@pytest.mark.server
def test_the_seeds_answers_are_not_empty_remotely(pushed: EndpointEngine, project) -> None:
    _, rows = _rows(pushed.run(load_query(project, "forces"), {}))
    counts = {str(r[1]): int(r[2].value) for r in rows}
    assert counts["Staffordshire Police"] == 3
    _, rows = _rows(pushed.run(load_query(project, "leadership"), {"force": "Staffordshire"}))
    assert {str(r[0]) for r in rows} == {"Matthew Ellis", "Nick Baker"}


@pytest.mark.server
def test_ask_and_construct_remotely(pushed: EndpointEngine, seeds_graph) -> None:
    ask = adhoc_query("ASK { ?f a peel:Force ; rdfs:label \"Lancashire Constabulary\" }")
    assert pushed.run(ask, {}) == Answer(True)
    construct = adhoc_query("CONSTRUCT { ?f rdfs:label ?n } WHERE { ?f a peel:Force ; rdfs:label ?n }")
    got = pushed.run(construct, {})
    want = RdflibEngine(seeds_graph).run(construct, {})
    assert isinstance(got, GraphOutcome) and isinstance(want, GraphOutcome)
    assert set(got.graph) == set(want.graph) and len(got.graph) >= 3


@pytest.mark.server
def test_a_parameter_value_cannot_change_the_query(pushed: EndpointEngine, project) -> None:
    hostile = 'Lancashire" ) } DELETE WHERE { ?s ?p ?o } #'
    _, rows = _rows(pushed.run(load_query(project, "improvement-areas"), {"force": hostile}))
    assert rows == []
    _, rows = _rows(pushed.run(load_query(project, "forces"), {}))
    assert rows  # nothing was deleted


@pytest.mark.server
def test_push_writes_one_graph_per_document_and_the_ontology(pushed: EndpointEngine, seeds_build) -> None:
    names = {URIRef(row[0].value) for row in pushed.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    documents = {URIRef(str(d)) for d in seeds_build.graph.subjects(
        URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
        URIRef("https://w3id.org/peel-kg/ontology#SourceDocument"))}
    assert len(documents) == len(seeds_build.documents)
    assert names == documents | {ONTOLOGY_GRAPH}
    (count,), = pushed.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(count.value) == len(seeds_build.graph)


@pytest.mark.server
def test_push_replace_deletes_the_graphs_of_documents_that_are_gone(server: str, seeds_build) -> None:
    store = f"{server}/store"
    # a store of its own, so the module's pushed seeds stay as they were
    kept = seeds_build.documents[1:]
    smaller = document_dataset(seeds_build.graph, (d.graph for d in seeds_build.documents))
    gone = next(iter(sorted(seeds_build.documents[0].graph.subjects(
        URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
        URIRef("https://w3id.org/peel-kg/ontology#SourceDocument")))))
    smaller.remove_graph(smaller.graph(gone))
    done = push(smaller, f"{server}/query", store, replace=True, http=QUICK)
    assert done.deleted == [str(gone)]
    assert done.graphs == len(kept) + 1
    engine = EndpointEngine(f"{server}/query", QUICK)
    names = {URIRef(row[0].value) for row in engine.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    assert gone not in names and len(names) == len(kept) + 1
    # put the seeds back for the other tests
    push(document_dataset(seeds_build.graph, (d.graph for d in seeds_build.documents)),
         f"{server}/query", replace=True, http=QUICK)


@pytest.mark.server
def test_kg_push_command(server: str, seeds_build, tmp_path: Path) -> None:
    trig = tmp_path / "graph.trig"
    trig.write_bytes(export_dataset(document_dataset(seeds_build.graph, (d.graph for d in seeds_build.documents))))
    result = CliRunner().invoke(app, ["push", "--endpoint", f"{server}/query", "--data", str(trig), "--replace"])
    assert result.exit_code == 0, result.output
    assert f"pushed {len(seeds_build.documents) + 1} graphs" in result.output
    asked = CliRunner().invoke(app, ["query", "grades", "--endpoint", f"{server}/query", "--format", "csv"])
    assert asked.exit_code == 0, asked.output
    assert len(asked.output.strip().splitlines()) == 1 + 6  # the header and the six seed judgements
    both = CliRunner().invoke(app, ["query", "grades", "--endpoint", f"{server}/query", "--data", str(trig)])
    assert both.exit_code == 2


@pytest.mark.server
def test_an_unknown_path_names_the_url_and_the_status(server: str) -> None:
    sleeps: list[float] = []
    engine = EndpointEngine(f"{server}/nothere", Http(timeout=5, sleep=sleeps.append))
    with pytest.raises(EndpointError) as caught:
        engine.run(adhoc_query("SELECT * WHERE { ?s ?p ?o } LIMIT 1"), {})
    message = str(caught.value)
    assert "\n" not in message
    assert f"{server}/nothere" in message and "HTTP 404" in message
    assert sleeps == []  # a 4xx is not retried


@pytest.mark.server
def test_a_bad_query_is_refused_before_it_is_sent(server: str) -> None:
    engine = EndpointEngine(f"{server}/query", QUICK)
    with pytest.raises(QueryError):
        engine.run(adhoc_query("DELETE WHERE { ?s ?p ?o }"), {})


def test_a_closed_port_is_one_line_naming_the_url() -> None:
    url = f"http://127.0.0.1:{_free_port()}/query"
    sleeps: list[float] = []
    engine = EndpointEngine(url, Http(timeout=2, tries=3, backoff=0.5, sleep=sleeps.append))
    with pytest.raises(EndpointError) as caught:
        engine.run(adhoc_query("ASK {}"), {})
    message = str(caught.value)
    assert "\n" not in message and url in message and "connection refused" in message
    assert sleeps == [0.5, 1.0]  # three tries, exponential backoff


class _Flaky(http.server.BaseHTTPRequestHandler):
    """Answers 503 to the first two requests, then an ASK result."""

    calls = 0

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        type(self).calls += 1
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if type(self).calls <= 2:
            self.send_response(503)
            self.end_headers()
            self.wfile.write(b"busy")
            return
        body = b'{"head": {}, "boolean": true}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:  # noqa: ANN002
        pass


def test_server_errors_are_retried_with_backoff() -> None:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Flaky)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        sleeps: list[float] = []
        url = f"http://127.0.0.1:{httpd.server_address[1]}/sparql"
        outcome = EndpointEngine(url, Http(timeout=5, tries=3, backoff=0.25, sleep=sleeps.append)).run(
            adhoc_query("ASK {}"), {})
        assert outcome == Answer(True)
        assert sleeps == [0.25, 0.5]
        _Flaky.calls = 0
        with pytest.raises(EndpointError) as caught:
            EndpointEngine(url, Http(timeout=5, tries=2, backoff=0, sleep=sleeps.append)).run(adhoc_query("ASK {}"), {})
        assert "HTTP 503" in str(caught.value) and url in str(caught.value)
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def test_parameters_are_bound_first_in_the_where_group() -> None:
    text = "# a { comment }\nSELECT ?x WHERE { ?x ?p \"}{\" . FILTER (?x != <http://a#{>) }"
    bound = bind_parameters(text, {"force": Literal('a "b"'), "node": URIRef("http://x/y")})
    assert bound.startswith("# a { comment }\nSELECT ?x WHERE {\n  BIND (\"a \\\"b\\\"\" AS ?force)"
                            "\n  BIND (<http://x/y> AS ?node) ?x ?p")
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    assert construct[where_group_start(construct) - 1:].startswith("{ ?s ?p ?o }")
    assert where_group_start(construct) == construct.index("WHERE {") + 7
    with pytest.raises(QueryError):
        bind_parameters("CONSTRUCT WHERE { ?s ?p ?o }", {"s": URIRef("http://a")})
    assert bind_parameters("ASK { ?s ?p ?o }", {}) == "ASK { ?s ?p ?o }"


def test_parameters_are_written_into_filters_but_not_into_patterns_or_strings() -> None:
    text = ('SELECT ?x WHERE { ?x ?p ?force . FILTER (!BOUND(?force) || LCASE(?x) = LCASE(?force)'
            ' || EXISTS { ?x ?q ?force FILTER (?force != "?force") }) FILTER (?other = 1) }')
    bound = bind_parameters(text, {"force": Literal("it's")})
    assert bound == ('SELECT ?x WHERE {\n  BIND ("it\'s" AS ?force) ?x ?p ?force . '
                     'FILTER (!true || LCASE(?x) = LCASE("it\'s")'
                     ' || EXISTS { ?x ?q ?force FILTER ("it\'s" != "?force") }) FILTER (?other = 1) }')


def test_missing_prefixes_are_declared() -> None:
    text = "PREFIX rdfs: <http://example.org/other#>\nSELECT * WHERE { ?s a peel:Force ; rdfs:label ?l }"
    out = with_prefixes(text)
    assert out.startswith("PREFIX peel: <https://w3id.org/peel-kg/ontology#>\n")
    assert out.count("PREFIX rdfs:") == 1 and "PREFIX skos:" not in out


def test_graph_store_url_follows_the_server() -> None:
    assert graph_store_url("http://localhost:7878/query") == "http://localhost:7878/store"
    assert graph_store_url("http://localhost:3030/peel") == "http://localhost:3030/peel"
