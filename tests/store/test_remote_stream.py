"""Issue 18: a SPARQL endpoint's JSON results are read as a stream. Real HTTP servers on
127.0.0.1: one that holds back the end of its answer until the client has used a row, and one
that sends a long answer, measured against reading it whole."""

from __future__ import annotations

import http.server
import threading
import tracemalloc

from kg.store.queries import adhoc_query
from kg.store.remote import EndpointEngine, Http, parse_select

from .test_hardening_remote import serving

SELECT = adhoc_query("SELECT ?x WHERE { ?x ?p ?o }")
ROW = b'{"x": {"type": "literal", "value": "%d"}}'


def test_the_first_rows_come_before_the_answer_ends() -> None:
    row_used = threading.Event()
    ended_before_use = []

    def held_back(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/sparql-results+json")
        handler.end_headers()
        handler.wfile.write(b'{"head": {"vars": ["x"]}, "results": {"bindings": [' + ROW % 0)
        handler.wfile.flush()
        # the rest only once the client has used the first row (or after 8 s: then it read whole)
        ended_before_use.append(not row_used.wait(8))
        handler.wfile.write(b"".join(b"," + ROW % i for i in range(1, 1000)) + b"]}}")

    with serving(held_back) as url:
        rows = EndpointEngine(url, Http(timeout=20, tries=1)).run(SELECT, {}).rows
        first = next(rows)
        row_used.set()
        values = [first[0].value, *(row[0].value for row in rows)]
    assert ended_before_use == [False]
    assert values == [str(i) for i in range(1000)]


def _long_answer(rows: int):  # noqa: ANN202
    piece = b"".join(b"," + ROW % i for i in range(1000))

    def answer(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/sparql-results+json")
        handler.end_headers()
        handler.wfile.write(b'{"head": {"vars": ["x"]}, "results": {"bindings": [' + ROW % -1)
        for _ in range(rows // 1000):
            handler.wfile.write(piece)
        handler.wfile.write(b"]}}")
    return answer


def _peak(work) -> int:  # noqa: ANN001
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_long_answer_is_read_in_bounded_memory() -> None:
    rows = 200_000  # about 9 MB of JSON
    engine_http = Http(timeout=60, tries=1)
    with serving(_long_answer(rows)) as url:
        engine = EndpointEngine(url, engine_http)
        counted = []
        engine.run(SELECT, {})  # the query's first parse and imports are not the answer's memory
        streamed = _peak(lambda: counted.append(sum(1 for _ in engine.run(SELECT, {}).rows)))

        def whole() -> None:  # the same answer read whole first, as before
            _, data = engine_http.send("POST", url, b"SELECT ?x WHERE { ?x ?p ?o }")
            counted.append(sum(1 for _ in parse_select(data).rows))

        read_whole = _peak(whole)
    assert counted == [rows + 1, rows + 1]
    assert streamed < 2 * 1024 * 1024 and read_whole > 10 * streamed, (streamed, read_whole)


def _one_value_answer(size: int) -> list[bytes]:
    body = (b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "'
            + b"a" * size + b'"}}]}}')
    return [body[i:i + 65536] for i in range(0, len(body), 65536)]  # as the socket gives it


def test_one_huge_value_across_many_chunks_is_read_in_linear_time() -> None:
    import time

    timings = []
    for size in (4_000_000, 16_000_000):
        chunks = _one_value_answer(size)
        started = time.perf_counter()
        rows = list(parse_select(iter(chunks)).rows)
        timings.append(time.perf_counter() - started)
        assert len(rows[0][0].value) == size
    # four times the value: about four times the time (a retry per chunk would be sixteen)
    assert timings[1] < 8 * timings[0] + 0.02, timings
