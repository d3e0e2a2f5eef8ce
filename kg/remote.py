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
"""

from __future__ import annotations

import http.client
import json
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from .engine import Answer, GraphOutcome, Outcome, Rows
from .errors import KgError, QueryError
from .export import ONTOLOGY_GRAPH, union
from .queries import NamedQuery, bind_parameters, bindings, parse_sparql
from .queries import where_group_start  # noqa: F401  (re-exported: remote callers bind the same way)
from .store import new_graph, serialize
from .terms import IRI, Term, bnode, literal
from .vocab import PEEL, PREFIXES

DEFAULT_TIMEOUT = 30.0  # seconds per request
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


@dataclass(frozen=True)
class Http:
    """How requests are made: a per-request timeout and retries with backoff."""

    timeout: float = DEFAULT_TIMEOUT
    tries: int = DEFAULT_TRIES
    backoff: float = DEFAULT_BACKOFF
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)

    def send(self, method: str, url: str, body: bytes | None = None,
             headers: dict[str, str] | None = None) -> tuple[str, bytes]:
        """Send one request; return the response's content type and body, or raise EndpointError."""
        for attempt in range(1, self.tries + 1):
            request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    return response.headers.get("Content-Type", ""), response.read()
            except urllib.error.HTTPError as exc:
                problem = _status(exc)
                if exc.code < 500 or attempt == self.tries:
                    raise EndpointError(f"{method} {_shown(url)}: {problem}") from None
            except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
                problem = _connection_problem(exc)
                if attempt == self.tries:
                    tried = f" (tried {self.tries} times)" if self.tries > 1 else ""
                    raise EndpointError(f"{method} {_shown(url)}: {problem}{tried}") from None
            self.sleep(self.backoff * 2 ** (attempt - 1))
        raise AssertionError("unreachable")  # pragma: no cover


def _shown(url: str) -> str:
    """A URL for a message: without any user:password part, and without a long query string."""
    parts = urllib.parse.urlsplit(url)
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    query = parts.query if len(parts.query) <= 120 else parts.query[:117] + "..."
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def _status(exc: urllib.error.HTTPError) -> str:
    """'HTTP 404 Not Found: first line of the server's explanation'."""
    try:
        detail = exc.read(2000).decode("utf-8", "replace").strip()
    except Exception:  # noqa: BLE001 (the body is a courtesy; the status is the message)
        detail = ""
    first = " ".join(detail.splitlines()[0].split())[:200] if detail else ""
    return f"HTTP {exc.code} {exc.reason}" + (f": {first}" if first and "<" not in first[:1] else "")


def _connection_problem(exc: BaseException) -> str:
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, (socket.timeout, TimeoutError)):
        return "no answer within the timeout"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused (is the server running?)"
    if isinstance(reason, socket.gaierror):
        return f"unknown host ({reason.strerror or reason})"
    text = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
    return f"connection failed: {' '.join(str(text).split())}"


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


def _term(value: dict) -> Term:
    kind = value.get("type")
    if kind == "uri":
        return Term(IRI, value["value"])
    if kind == "bnode":
        return bnode(value["value"])
    if kind in ("literal", "typed-literal"):
        return literal(value["value"], value.get("datatype"), value.get("xml:lang"))
    raise EndpointError(f"the endpoint returned a term of unsupported type {kind!r}")


def parse_select(data: bytes, order: list[str] | None = None) -> Rows | Answer:
    """SPARQL 1.1 JSON results as Rows (or an Answer for ASK). Variables come
    in `order` when the server names the same set (some servers sort them)."""
    try:
        doc = json.loads(data)
    except ValueError as exc:
        raise EndpointError(f"the endpoint did not return SPARQL JSON results: {exc}") from None
    if "boolean" in doc:
        return Answer(bool(doc["boolean"]))
    variables = list(doc.get("head", {}).get("vars", []))
    if order is not None and sorted(order) == sorted(variables):
        variables = list(order)
    bindings_ = doc.get("results", {}).get("bindings", [])
    rows = (tuple(_term(b[v]) if v in b else None for v in variables) for b in bindings_)
    return Rows(variables, rows)


def parse_graph(content_type: str, data: bytes) -> Graph:
    media = content_type.split(";")[0].strip().lower() or N_TRIPLES
    fmt = GRAPH_PARSERS.get(media)
    if fmt is None:
        raise EndpointError(f"the endpoint answered a graph query with {media}, which kg cannot read")
    g = new_graph()
    try:
        g.parse(data=data, format=fmt)
    except Exception as exc:  # rdflib raises many types for bad syntax
        raise EndpointError(f"the endpoint's {media} answer is not valid: {str(exc).splitlines()[0]}") from None
    return g


class EndpointEngine:
    """Queries sent to a SPARQL 1.1 Protocol endpoint (the Engine protocol of kg.engine)."""

    def __init__(self, url: str, http: Http | None = None) -> None:
        self.url = url
        self.http = http or Http()

    def post(self, text: str, accept: str) -> tuple[str, bytes]:
        """POST a query's text; return the answer's content type and body."""
        return self.http.send("POST", self.url, text.encode("utf-8"),
                              {"Content-Type": f"{SPARQL_QUERY}; charset=utf-8", "Accept": accept})

    def run(self, query: NamedQuery, params: dict[str, str]) -> Outcome:
        sent = remote_text(query, params)
        if sent.form in ("CONSTRUCT", "DESCRIBE"):
            content_type, data = self.post(sent.text, f"{N_TRIPLES}, text/turtle;q=0.5")
            return GraphOutcome(parse_graph(content_type, data))
        _, data = self.post(sent.text, RESULTS_JSON)
        outcome = parse_select(data, sent.variables)
        if sent.form == "ASK" and not isinstance(outcome, Answer):
            raise EndpointError(f"{_shown(self.url)} answered an ASK query without a boolean")
        return outcome

    def graph(self) -> Graph:
        """The endpoint's whole default graph (every triple is downloaded)."""
        content_type, data = self.post("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", N_TRIPLES)
        return parse_graph(content_type, data)

    def prefixes(self) -> dict[str, str]:
        """The project's prefixes (a server's own are not asked for)."""
        return dict(PREFIXES)

    def ntriples(self) -> bytes:
        return serialize(self.graph(), "nt")

    def select(self, text: str) -> Iterator[tuple[Term | None, ...]]:
        _, data = self.post(text, RESULTS_JSON)
        outcome = parse_select(data)
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
        self.url = url
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
         http: Http | None = None, chunk: int = CHUNK_TRIPLES) -> Pushed:
    """Send a dataset's named graphs (one per document, one for the ontology) and their union,
    as the default graph, to a server. With `replace`, each graph is replaced rather than
    merged into, and document graphs the server holds from an earlier push whose documents
    are gone are deleted (found with a SELECT on the query endpoint)."""
    http = http or Http()
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
