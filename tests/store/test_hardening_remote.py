"""Issue 18's hostile servers (cases 16 to 19) and issue 19's bad endpoints: real HTTP servers
on 127.0.0.1 that answer what an attacker or a broken server would, and `kg` in a process."""

from __future__ import annotations

import http.server
import json
import os
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from kg.store.queries import adhoc_query
from kg.store.remote import EndpointEngine, EndpointError, Http

from ..conftest import ROOT

KG = [sys.executable, "-m", "kg"]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def run_kg(*args: str, cwd: Path = ROOT, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:  # noqa: ANN003
    return subprocess.run([*KG, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout, env=ENV, **kwargs)


@contextmanager
def serving(answer: Callable[[http.server.BaseHTTPRequestHandler], None]) -> Iterator[str]:
    """A real HTTP server whose every request is answered by `answer`; yields its URL."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def _any(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0) or 0))
            try:
                answer(self)
            except (BrokenPipeError, ConnectionResetError):
                pass

        do_POST = do_PUT = do_GET = do_DELETE = _any  # noqa: N815

        def log_message(self, *args) -> None:  # noqa: ANN002
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/sparql"
    finally:
        httpd.shutdown()
        httpd.server_close()


def json_answer(body: bytes, content_type: str = "application/sparql-results+json"):  # noqa: ANN201
    def answer(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)
    return answer


QUICK = Http(timeout=5, tries=1)


# -- 16: JSON-LD contexts are never fetched ------------------------------------------------------

def test_16_a_json_ld_answer_naming_a_context_is_refused_without_fetching_it(tmp_path):  # noqa: ANN001
    fetched: list[str] = []
    secret = tmp_path / "secret.jsonld"
    secret.write_text('{"@context": {"name": "http://example.org/stolen"}}')

    def context_server(handler: http.server.BaseHTTPRequestHandler) -> None:
        fetched.append(handler.path)
        json_answer(b'{"@context": {"x": "http://example.org/x"}}', "application/ld+json")(handler)

    with serving(context_server) as context_url:
        for context in (context_url, secret.as_uri(), [secret.as_uri()], {"@import": context_url}):
            graph = {"@context": context, "@id": "http://example.org/s", "name": "value"}
            with serving(json_answer(json.dumps(graph).encode(), "application/ld+json")) as url:
                engine = EndpointEngine(url, QUICK)
                with pytest.raises(EndpointError) as caught:
                    engine.run(adhoc_query("CONSTRUCT WHERE { ?s ?p ?o }"), {})
                message = str(caught.value)
                assert url in message and "context" in message and "\n" not in message
    assert fetched == []
    # an inline context is read as usual
    inline = {"@context": {"name": "http://example.org/name"}, "@id": "http://example.org/s", "name": "value"}
    with serving(json_answer(json.dumps(inline).encode(), "application/ld+json")) as url:
        outcome = EndpointEngine(url, QUICK).run(adhoc_query("CONSTRUCT WHERE { ?s ?p ?o }"), {})
        assert len(outcome.graph) == 1


# -- 17: answers are read with a size cap ----------------------------------------------------

def _endless(handler: http.server.BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/sparql-results+json")
    handler.end_headers()
    handler.wfile.write(b'{"head": {"vars": ["x"]}, "results": {"bindings": [')
    chunk = b'{"x": {"type": "literal", "value": "' + b"a" * 65536 + b'"}},'
    while True:
        handler.wfile.write(chunk)


def test_17_an_endless_answer_stops_at_the_size_cap_in_bounded_memory():
    with serving(_endless) as url:
        started = time.monotonic()
        done = run_kg("query", "--endpoint", url, "--sparql", "SELECT ?x WHERE { ?x ?p ?o }", "--format", "csv",
                      "--max-answer-mb", "20", timeout=60,
                      preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30)))
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("kg: ") and done.stderr.count("\n") == 1
    assert url in done.stderr and "20 MB" in done.stderr and "--max-answer-mb" in done.stderr
    assert time.monotonic() - started < 30


def test_17_the_cap_in_the_library():
    with serving(_endless) as url:
        outcome = EndpointEngine(url, Http(timeout=5, tries=1, max_bytes=1 << 20)).run(
            adhoc_query("SELECT ?x WHERE { ?x ?p ?o }"), {})
        with pytest.raises(EndpointError, match=r"larger than 1 MB"):
            for _ in outcome.rows:  # rows come while the answer arrives; the cap stops them
                pass


# -- 18: one overall deadline, even for a server that trickles --------------------------------

def _trickle(handler: http.server.BaseHTTPRequestHandler) -> None:
    for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n" + b"x" * 1000:
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()
        time.sleep(0.5)


def test_18_push_against_a_server_that_sends_one_byte_at_a_time_ends_in_time(seeds_output):  # noqa: ANN001
    with serving(_trickle) as url:
        started = time.monotonic()
        done = run_kg("push", "--endpoint", url, "--data", str(seeds_output / "graph.trig"), "--timeout", "2",
                      timeout=120)
        took = time.monotonic() - started
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and url.rsplit("/", 1)[0] in done.stderr, done.stderr
    assert "within" in done.stderr
    assert took < 20, took  # three tries of 2 s, with backoff, and the start of the process


# -- 19: every wrong shape is one line naming the URL ----------------------------------------

WRONG_SHAPES = [
    b"[]", b"null", b'"text"', b"42",
    b'{"head": []}',
    b'{"head": {"vars": "x"}, "results": {"bindings": []}}',
    b'{"head": {"vars": ["x"]}, "results": {"bindings": ["x"]}}',
    b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": "a string"}]}}',
    b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "uri"}}]}}',
    b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "uri", "value": 3}}]}}',
    b'{"head": {"vars": ["x"]}, "results": []}',
    b'{"head": {"vars": ["x"]}, "results": {"bindings": {}}}',
    b"[" * 100_000 + b"]" * 100_000,
    b'{"boolean": "false"}',
    b'{"boolean": 0}',
    b"not json at all",
]


@pytest.mark.parametrize("body", WRONG_SHAPES, ids=lambda b: b[:40].decode())
def test_19_a_wrong_shape_is_one_line_naming_the_url(body):  # noqa: ANN001
    query = "ASK { ?s ?p ?o }" if b"boolean" in body else "SELECT ?x WHERE { ?x ?p ?o }"
    with serving(json_answer(body)) as url:
        with pytest.raises(EndpointError) as caught:
            outcome = EndpointEngine(url, QUICK).run(adhoc_query(query), {})
            if hasattr(outcome, "rows"):
                list(outcome.rows)
        message = str(caught.value)
        assert url in message and "\n" not in message and len(message) < 400, message
        done = run_kg("query", "--endpoint", url, "--sparql", query, "--format", "csv")
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert url in done.stderr and "unexpected" not in done.stderr


def test_19_an_ask_answer_of_false_is_false():
    with serving(json_answer(b'{"head": {}, "boolean": false}')) as url:
        done = run_kg("query", "--endpoint", url, "--sparql", "ASK { ?s ?p ?o }", "--format", "csv")
    assert done.returncode == 1 and done.stdout.strip() == "false"


@pytest.mark.parametrize("endpoint", ["notaurl", "not a url", "file:///etc/passwd", "ftp://example.org/x",
                                      "http://", "javascript:alert(1)"])
def test_19_only_http_and_https_endpoints(endpoint, seeds_output):  # noqa: ANN001
    for args in (("push", "--endpoint", endpoint, "--data", str(seeds_output / "graph.trig")),
                 ("query", "forces", "--endpoint", endpoint)):
        done = run_kg(*args)
        assert done.returncode == 2, done.stderr
        assert done.stderr.startswith("kg: ") and done.stderr.count("\n") == 1, done.stderr
        assert "http or https" in done.stderr and "unexpected" not in done.stderr
        assert "root:" not in done.stdout + done.stderr
    with pytest.raises(EndpointError):
        EndpointEngine(endpoint)


@pytest.mark.parametrize("timeout", ["nan", "inf", "-1", "0"])
def test_19_push_timeout_is_checked(timeout, seeds_output):  # noqa: ANN001
    done = run_kg("push", "--endpoint", "http://127.0.0.1:9/x", "--data", str(seeds_output / "graph.trig"),
                  "--timeout", timeout)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "--timeout" in done.stderr and "unexpected" not in done.stderr
    with pytest.raises(EndpointError):
        Http(timeout=float(timeout))


@pytest.mark.parametrize("timeout", ["nan", "inf"])
def test_a_local_query_timeout_that_is_not_a_number_is_one_line(timeout):  # noqa: ANN001
    done = run_kg("query", "--sparql", "ASK { ?s ?p ?o }", "--data", str(ROOT / "tests" / "data" / "page_graph.ttl"),
                  "--timeout", timeout)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith("kg: --timeout") and "unexpected" not in done.stderr


def test_a_redirect_is_not_followed_to_a_file():
    def redirect(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(302)
        handler.send_header("Location", "file:///etc/passwd")
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    with serving(redirect) as url:
        done = run_kg("query", "--endpoint", url, "--sparql", "SELECT ?x WHERE { ?x ?p ?o }", "--format", "csv")
    assert done.returncode == 2 and "HTTP 302" in done.stderr and done.stderr.count("\n") == 1, done.stderr
    assert "root:" not in done.stdout + done.stderr


def test_a_header_without_end_is_one_line():
    def endless_header(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.wfile.write(b"HTTP/1.1 200 OK\r\nX-Junk: " + b"a" * 200_000 + b"\r\n\r\n")

    with serving(endless_header) as url:
        with pytest.raises(EndpointError) as caught:
            EndpointEngine(url, QUICK).run(adhoc_query("ASK { ?s ?p ?o }"), {})
    assert url in str(caught.value) and "\n" not in str(caught.value)
