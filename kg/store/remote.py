"""A shared SPARQL server: query it with the SPARQL 1.1 Protocol, feed it with the Graph Store
Protocol. Standard library HTTP only (urllib), so any W3C-conformant server works (Oxigraph
server, Fuseki, GraphDB, Virtuoso).

  https://www.w3.org/TR/sparql11-protocol/          queries: POST application/sparql-query
  https://www.w3.org/TR/sparql11-http-rdf-update/   graphs: PUT/POST/DELETE URL?graph=IRI

`push` writes one named graph per source document (named by the document node), one for
the ontology and gazetteer, and the merged graph into the default graph. The default graph
is what `kg query --endpoint` asks, so answers match the local graph exactly even where a
server's union-of-named-graphs counts a triple once per graph that holds it (Oxigraph 0.5
with --union-default-graph, Virtuoso): run the server with its ordinary default graph.

Transient failures (HTTP 5xx, refused or dropped connections, timeouts) are retried with
exponential backoff; anything else is an EndpointError naming the URL and the status.

A server is not trusted: only http and https URLs are used (no file:, no redirects
followed); each request must be answered whole within the timeout, however slowly the
bytes come; an answer is read up to a size cap, SELECT and ASK answers as a stream
(kg.store.sparql_json: rows come while the body arrives); a JSON-LD answer that names a
context elsewhere is refused rather than fetched; and an answer of the wrong shape is one
error naming the URL.
"""

from __future__ import annotations

import http.client
import json
import math
import re
import socket
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from dataclasses import replace as replace_field

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from .engine import Answer, GraphOutcome, Outcome, Rows
from ..errors import KgError, QueryError
from .export import ONTOLOGY_GRAPH, union
from .queries import NamedQuery, bind_parameters, bindings, parse_sparql
from .sparql_json import ShapeError, read_results
from .queries import where_group_start  # noqa: F401  (re-exported: remote callers bind the same way)
from ..read.safetext import printable
from .ontology import new_graph, serialize
from ..graph.terms import IRI, Term, bnode, literal
from ..graph.vocab import PEEL, PREFIXES

DEFAULT_TIMEOUT = 30.0  # seconds per request, for the whole answer
DEFAULT_MAX_ANSWER_MB = 512.0  # an answer larger than this is refused (--max-answer-mb)
DEFAULT_TRIES = 3
DEFAULT_BACKOFF = 0.5   # seconds before the second try; doubles each time
CHUNK_TRIPLES = 50_000  # the default graph is sent in pieces of this many triples

SPARQL_QUERY = "application/sparql-query"
RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"

# Content-Type of a CONSTRUCT/DESCRIBE answer -> rdflib parser (we ask for N-Triples, but a
# server may answer in another syntax it prefers).
GRAPH_PARSERS: dict[str, str] = {
    "application/n-triples": "nt",
    "text/plain": "nt",
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
    "application/n-quads": "nquads",
    "application/trig": "trig",
}

# Where a server keeps its Graph Store Protocol service, when --graph-store is not given:
# the query URL's last path segment -> the store's. Any other URL is taken to serve both
# (a Fuseki dataset URL, http://host:3030/ds, answers queries and graph requests alike).
GRAPH_STORE_PATHS: dict[str, str] = {
    "query": "store",   # Oxigraph server: /query and /store
}

PUSHED_DOCUMENTS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a <%s> } }" % PEEL.SourceDocument


class EndpointError(KgError):
    """A SPARQL endpoint or graph store could not be reached, or refused a request."""


def check_endpoint(url: str) -> str:
    """The URL if it is an http or https URL with a host; EndpointError otherwise (a file:
    URL would read a local file; anything else is not a server)."""
    try:
        parts = urllib.parse.urlsplit(url)
        ok = parts.scheme.lower() in ("http", "https") and bool(parts.hostname) and " " not in url
        parts.port  # noqa: B018 (raises ValueError for a port that is not a number)
    except ValueError:
        ok = False
    if not ok:
        shown = url if len(url) <= 80 else url[:77] + "..."
        raise EndpointError(f"{shown!r} is not an http or https URL of a SPARQL server")
    return url


@dataclass(frozen=True)
class Http:
    """How requests are made: a timeout for each whole request (however slowly its bytes
    come), retries with backoff, a cap on the size of an answer, and optionally one
    deadline (a time.monotonic() value) that every request of an operation must end by."""

    timeout: float = DEFAULT_TIMEOUT
    tries: int = DEFAULT_TRIES
    backoff: float = DEFAULT_BACKOFF
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)
    max_bytes: int = int(DEFAULT_MAX_ANSWER_MB * 1024 * 1024)
    deadline: float | None = None

    def __post_init__(self) -> None:
        if not (isinstance(self.timeout, (int, float)) and math.isfinite(self.timeout) and self.timeout > 0):
            raise EndpointError(f"--timeout {self.timeout}: give the seconds to wait for each request, "
                                "a number above 0")
        if self.max_bytes <= 0:
            raise EndpointError("--max-answer-mb: give the largest answer to read, in MB, a number above 0")

    def send(self, method: str, url: str, body: bytes | None = None,
             headers: dict[str, str] | None = None) -> tuple[str, bytes]:
        """Send one request; return the response's content type and whole body, or raise EndpointError."""
        content_type, chunks = self.stream(method, url, body, headers)
        return content_type, b"".join(chunks)

    def stream(self, method: str, url: str, body: bytes | None = None,
               headers: dict[str, str] | None = None) -> tuple[str, Iterator[bytes]]:
        """Send one request; return the response's content type and its body as chunks read
        while the caller goes on (under the same timeout and size cap as send, which raise
        EndpointError from the chunks). A failure before the body starts is retried as in send."""
        check_endpoint(url)
        for attempt in range(1, self.tries + 1):
            try:
                response = self._open(method, url, body, headers or {})
            except (OSError, http.client.HTTPException) as exc:
                if attempt == self.tries or self._past_deadline():
                    tried = f" (tried {attempt} times)" if attempt > 1 else ""
                    raise EndpointError(f"{method} {_shown(url)}: {_connection_problem(exc)}{tried}") from None
            else:
                if response.status < 300:
                    return response.content_type, self._chunks(method, url, response)
                try:
                    problem = _status(response.status, response.reason, b"".join(response.chunks(self.max_bytes)))
                except (_TooLarge, OSError, http.client.HTTPException):
                    problem = f"HTTP {response.status} {printable(response.reason)}"
                finally:
                    response.close()
                if response.status < 500 or attempt == self.tries:
                    raise EndpointError(f"{method} {_shown(url)}: {problem}")
            pause = self.backoff * 2 ** (attempt - 1)
            if self.deadline is not None:
                pause = min(pause, max(self.deadline - time.monotonic(), 0))
            self.sleep(pause)
        raise AssertionError("unreachable")  # pragma: no cover

    def _chunks(self, method: str, url: str, response: "_Response") -> Iterator[bytes]:
        try:
            yield from response.chunks(self.max_bytes)
        except _TooLarge:
            raise EndpointError(f"{method} {_shown(url)}: the answer is larger than "
                                f"{self.max_bytes / 1048576:g} MB (--max-answer-mb)") from None
        except (OSError, http.client.HTTPException) as exc:
            raise EndpointError(f"{method} {_shown(url)}: {_connection_problem(exc)}") from None
        finally:
            response.close()

    def _past_deadline(self) -> bool:
        return self.deadline is not None and time.monotonic() >= self.deadline

    def _open(self, method: str, url: str, body: bytes | None, headers: dict[str, str]) -> "_Response":
        """A request sent and its status and headers read, under a watchdog that shuts the
        socket down when the time is up (so a server sending a byte a second cannot keep us,
        nor can a caller reading the body slowly). No redirect is followed."""
        limit = self.timeout
        if self.deadline is not None:
            limit = min(limit, self.deadline - time.monotonic())
            if limit <= 0:
                raise socket.timeout("the deadline has passed")
        parts = urllib.parse.urlsplit(url)
        connection_class = http.client.HTTPSConnection if parts.scheme.lower() == "https" else http.client.HTTPConnection
        connection = connection_class(parts.hostname, parts.port, timeout=limit)
        handle = _Response(connection)
        handle.watchdog = threading.Timer(limit, handle.expire)
        handle.watchdog.daemon = True
        handle.watchdog.start()
        try:
            target = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
            connection.request(method, target, body=body, headers=headers)
            response = connection.getresponse()
        except (OSError, http.client.HTTPException):
            handle.close()
            if handle.expired.is_set():
                raise socket.timeout("no complete answer within the timeout") from None
            raise
        handle.response = response
        handle.status, handle.reason = response.status, response.reason
        handle.content_type = response.getheader("Content-Type", "")
        return handle


class _Response:
    """An answer being read: its connection, its watchdog, and its body in chunks."""

    def __init__(self, connection: http.client.HTTPConnection) -> None:
        self.connection = connection
        self.expired = threading.Event()
        self.watchdog: threading.Timer | None = None
        self.response: http.client.HTTPResponse | None = None
        self.status, self.reason, self.content_type = 0, "", ""

    def expire(self) -> None:
        self.expired.set()
        sock = self.connection.sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def chunks(self, max_bytes: int) -> Iterator[bytes]:
        """The body, chunk by chunk; _TooLarge past max_bytes, a timeout once time is up."""
        total = 0
        try:
            while True:
                chunk = self.response.read1(1 << 16)  # type: ignore[union-attr]  (what has come, not a full 64 KB)
                if not chunk:
                    break
                total += len(chunk)
                if total > max_bytes:
                    raise _TooLarge
                yield chunk
        except (OSError, http.client.HTTPException):
            if self.expired.is_set():
                raise socket.timeout("no complete answer within the timeout") from None
            raise
        if self.expired.is_set():
            raise socket.timeout("no complete answer within the timeout")

    def close(self) -> None:
        if self.watchdog is not None:
            self.watchdog.cancel()
        self.connection.close()


class _TooLarge(Exception):
    """An answer grew past the cap."""


def _shown(url: str) -> str:
    """A URL for a message: without any user:password part, and without a long query string."""
    parts = urllib.parse.urlsplit(url)
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    query = parts.query if len(parts.query) <= 120 else parts.query[:117] + "..."
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def _status(code: int, reason: str, body: bytes) -> str:
    """'HTTP 404 Not Found: first line of the server's explanation'."""
    detail = body[:2000].decode("utf-8", "replace").strip()
    first = " ".join(detail.splitlines()[0].split())[:200] if detail else ""
    first = printable(first)
    return f"HTTP {code} {printable(reason)}" + (f": {first}" if first and "<" not in first[:1] else "")


def _connection_problem(exc: BaseException) -> str:
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return "no complete answer within the timeout"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused (is the server running?)"
    if isinstance(exc, socket.gaierror):
        return f"unknown host ({exc.strerror or exc})"
    text = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return f"connection failed: {printable(' '.join(str(text).split()))[:200]}"


# -- queries -------------------------------------------------------------------------------

_QUERY_FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK",
                "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}
_DECLARED = re.compile(r"^\s*PREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE | re.MULTILINE)


def with_prefixes(text: str, prefixes: dict[str, str] = PREFIXES) -> str:
    """The query with PREFIX lines for the project's prefixes it uses but does not declare
    (rdflib supplies them locally; a server knows none)."""
    declared = {m.group(1) or "" for m in _DECLARED.finditer(text)}
    lines = [f"PREFIX {p}: <{iri}>" for p, iri in prefixes.items()
             if p not in declared and re.search(rf"(?<![\w.:-]){re.escape(p)}:", text)]
    return "\n".join([*lines, text]) if lines else text


@dataclass(frozen=True)
class RemoteQuery:
    """A query as it is sent: its form, its text, and (for SELECT) its variables in order."""

    form: str  # SELECT, ASK, CONSTRUCT or DESCRIBE
    text: str
    variables: list[str] | None = None


def remote_text(query: NamedQuery, params: dict[str, str]) -> RemoteQuery:
    """The query to send: checked for syntax and updates here first, with its parameters bound
    and its prefixes declared."""
    prepared = parse_sparql(query)
    form = _QUERY_FORMS.get(prepared.algebra.name)
    if form is None:
        raise QueryError(f"{query.name}: unsupported query form {prepared.algebra.name}")
    projected = prepared.algebra.get("PV")
    return RemoteQuery(form, with_prefixes(bind_parameters(query.text, bindings(query, params))),
                       [str(v) for v in projected] if projected else None)


class _Shape(Exception):
    """An answer that is JSON but not of the shape SPARQL results have."""


def _text_field(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise _Shape(f"{what} is not a string")
    return value


def _term(value: object) -> Term:
    if not isinstance(value, dict):
        raise _Shape("a binding is not an object")
    kind = value.get("type")
    text = _text_field(value.get("value"), "a binding's value")
    if kind == "uri":
        return Term(IRI, text)
    if kind == "bnode":
        return bnode(text)
    if kind in ("literal", "typed-literal"):
        datatype, language = value.get("datatype"), value.get("xml:lang")
        return literal(text, None if datatype is None else _text_field(datatype, "a datatype"),
                       None if language is None else _text_field(language, "a language tag"))
    raise _Shape(f"a term of unsupported type {printable(str(kind))[:40]!r}")


def parse_select(data: bytes | Iterator[bytes], order: list[str] | None = None,
                 source: str = "the endpoint") -> Rows | Answer:
    """SPARQL 1.1 JSON results, whole or as chunks still arriving, as Rows read lazily (or an
    Answer for ASK). Variables come in `order` when the server names the same set (some
    servers sort them). Anything wrong (not JSON, nested too deep, of another shape) is an
    EndpointError naming `source`, raised when it is reached: for the rows, when the bad row
    is read."""
    chunks = iter([data]) if isinstance(data, bytes) else data
    try:
        read = read_results(chunks, _term, order)
    except (ShapeError, _Shape) as exc:
        raise EndpointError(f"{source} did not return SPARQL JSON results: {exc}") from None
    if isinstance(read, bool):
        return Answer(read)
    variables, rows = read
    return Rows(variables, _named_errors(rows, source))


def _named_errors(rows: Iterator[tuple[Term | None, ...]], source: str) -> Iterator[tuple[Term | None, ...]]:
    try:
        yield from rows
    except (ShapeError, _Shape) as exc:
        raise EndpointError(f"{source} did not return SPARQL JSON results: {exc}") from None
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()


def _check_contexts(node: object, depth: int = 0) -> None:
    """_Shape if a JSON-LD document names a context anywhere else (a URL, a file, an
    @import): reading it would make kg fetch what a server chose."""
    if depth > 200:
        raise _Shape("it is nested too deeply")
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("@context", "@import"):
                contexts = value if isinstance(value, list) else [value]
                if any(isinstance(c, str) for c in contexts) or key == "@import":
                    raise _Shape("it names a JSON-LD context elsewhere, which kg does not fetch")
            _check_contexts(value, depth + 1)
    elif isinstance(node, list):
        for item in node:
            _check_contexts(item, depth + 1)


def parse_graph(content_type: str, data: bytes, source: str = "the endpoint") -> Graph:
    media = content_type.split(";")[0].strip().lower() or N_TRIPLES
    fmt = GRAPH_PARSERS.get(media)
    if fmt is None:
        raise EndpointError(f"{source} answered a graph query with {printable(media)[:80]}, which kg cannot read")
    if fmt == "json-ld":
        try:
            _check_contexts(json.loads(data))
        except (ValueError, RecursionError):
            raise EndpointError(f"{source}'s {media} answer is not valid JSON") from None
        except _Shape as exc:
            raise EndpointError(f"{source}'s {media} answer is refused: {exc}") from None
    g = new_graph()
    try:
        g.parse(data=data, format=fmt)
    except Exception as exc:  # rdflib raises many types for bad syntax
        first = printable(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)[:200]
        raise EndpointError(f"{source}'s {media} answer is not valid: {first}") from None
    return g


class EndpointEngine:
    """Queries sent to a SPARQL 1.1 Protocol endpoint (the Engine protocol of kg.store.engine)."""

    def __init__(self, url: str, http: Http | None = None) -> None:
        self.url = check_endpoint(url)
        self.http = http or Http()
        self.source = _shown(url)

    def post(self, text: str, accept: str) -> tuple[str, bytes]:
        """POST a query's text; return the answer's content type and body."""
        return self.http.send("POST", self.url, text.encode("utf-8"),
                              {"Content-Type": f"{SPARQL_QUERY}; charset=utf-8", "Accept": accept})

    def run(self, query: NamedQuery, params: dict[str, str]) -> Outcome:
        sent = remote_text(query, params)
        if sent.form in ("CONSTRUCT", "DESCRIBE"):
            content_type, data = self.post(sent.text, f"{N_TRIPLES}, text/turtle;q=0.5")
            return GraphOutcome(parse_graph(content_type, data, self.source))
        outcome = parse_select(self._answer(sent.text), sent.variables, self.source)
        if sent.form == "ASK" and not isinstance(outcome, Answer):
            raise EndpointError(f"{_shown(self.url)} answered an ASK query without a boolean")
        return outcome

    def graph(self) -> Graph:
        """The endpoint's whole default graph (every triple is downloaded)."""
        content_type, data = self.post("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", N_TRIPLES)
        return parse_graph(content_type, data, self.source)

    def prefixes(self) -> dict[str, str]:
        """The project's prefixes (a server's own are not asked for)."""
        return dict(PREFIXES)

    def ntriples(self) -> bytes:
        return serialize(self.graph(), "nt")

    def _answer(self, text: str) -> Iterator[bytes]:
        """A SELECT or ASK query's JSON results, as chunks read while the rows are used."""
        _, chunks = self.http.stream("POST", self.url, text.encode("utf-8"),
                                     {"Content-Type": f"{SPARQL_QUERY}; charset=utf-8", "Accept": RESULTS_JSON})
        return chunks

    def select(self, text: str) -> Iterator[tuple[Term | None, ...]]:
        outcome = parse_select(self._answer(text), source=self.source)
        if not isinstance(outcome, Rows):
            raise EndpointError(f"{_shown(self.url)} answered a SELECT query with a boolean")
        return outcome.rows


# -- graph store ---------------------------------------------------------------------------

def graph_store_url(endpoint: str) -> str:
    """The Graph Store Protocol URL that goes with a query endpoint (see GRAPH_STORE_PATHS)."""
    parts = urllib.parse.urlsplit(endpoint)
    head, _, last = parts.path.rstrip("/").rpartition("/")
    if last in GRAPH_STORE_PATHS:
        return urllib.parse.urlunsplit(parts._replace(path=f"{head}/{GRAPH_STORE_PATHS[last]}"))
    return endpoint


@dataclass
class Pushed:
    """What a push did, and to which graph store."""

    store: str
    graphs: int = 0
    triples: int = 0
    deleted: list[str] = field(default_factory=list)


class GraphStore:
    """The Graph Store Protocol: PUT (replace), POST (merge) and DELETE one graph at a time."""

    def __init__(self, url: str, http: Http | None = None) -> None:
        self.url = check_endpoint(url)
        self.http = http or Http()

    def _target(self, graph: URIRef | None) -> str:
        sep = "&" if urllib.parse.urlsplit(self.url).query else "?"
        target = "default" if graph is None else "graph=" + urllib.parse.quote(str(graph), safe="")
        return f"{self.url}{sep}{target}"

    def send(self, graph: URIRef | None, triples: Iterable[tuple[Node, Node, Node]], replace: bool) -> None:
        """Write triples into a named graph (None: the default graph), replacing it or merging."""
        body = _ntriples(triples)
        self.http.send("PUT" if replace else "POST", self._target(graph), body,
                       {"Content-Type": f"{N_TRIPLES}; charset=utf-8"})

    def delete(self, graph: URIRef) -> None:
        self.http.send("DELETE", self._target(graph))


_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _nt(term: Node) -> str:
    """A term in N-Triples syntax (.n3() would write a multi-line literal in triple quotes)."""
    if isinstance(term, Literal):
        text = f'"{str(term).translate(_NT_ESCAPES)}"'
        if term.language:
            return f"{text}@{term.language}"
        return f"{text}^^<{term.datatype}>" if term.datatype else text
    return term.n3()


def _ntriples(triples: Iterable[tuple[Node, Node, Node]]) -> bytes:
    return "".join(f"{_nt(s)} {_nt(p)} {_nt(o)} .\n" for s, p, o in triples).encode("utf-8")


def push(dataset: Dataset, endpoint: str, graph_store: str | None = None, replace: bool = False,
         http: Http | None = None, chunk: int = CHUNK_TRIPLES, deadline: float | None = None) -> Pushed:
    """Send a dataset's named graphs (one per document, one for the ontology) and their union,
    as the default graph, to a server. With `replace`, each graph is replaced rather than
    merged into, and document graphs the server holds from an earlier push whose documents
    are gone are deleted (found with a SELECT on the query endpoint). `deadline`: seconds
    the whole push may take (every request, retries included, ends by then)."""
    check_endpoint(endpoint)
    http = http or Http()
    if deadline:
        if not (math.isfinite(deadline) and deadline > 0):
            raise EndpointError(f"--deadline {deadline}: give the seconds the whole push may take, a number above 0")
        http = replace_field(http, deadline=time.monotonic() + deadline)
    store = GraphStore(graph_store or graph_store_url(endpoint), http)
    done = Pushed(store.url)
    names: set[URIRef] = set()
    default_id = dataset.default_graph.identifier
    for g in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        if g.identifier == default_id or not len(g):
            continue
        store.send(URIRef(g.identifier), g, replace)
        names.add(URIRef(g.identifier))
        done.graphs += 1
        done.triples += len(g)
    merged = list(union(dataset))
    for start in range(0, max(len(merged), 1), chunk):
        store.send(None, merged[start:start + chunk], replace and start == 0)
    if replace:
        sent = {str(name) for name in names} | {str(ONTOLOGY_GRAPH)}
        for (old,) in EndpointEngine(endpoint, http).select(PUSHED_DOCUMENTS):
            if old is not None and old.kind == IRI and old.value not in sent:
                store.delete(URIRef(old.value))
                done.deleted.append(old.value)
    return done
