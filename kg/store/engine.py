"""Where queries run: one interface over the places a graph can live.

A command asks an engine to run a NamedQuery and gets back one of three outcomes: rows
(in kg.graph.terms' plain terms, whatever the engine), a graph (an rdflib Graph), or a yes/no;
so formatting never depends on the engine. `kg.store.opening.open_engine` picks one. rdflib is imported
only by the paths that use it: a query on the store needs none of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, Union

from ..errors import GraphNotFound, KgError
from .formats import DATASET_SYNTAXES, RDFLIB_NAMES, STDIO, syntax_error, syntax_of_file
from .queries import NamedQuery, run_query
from ..graph.terms import Term, from_rdflib

if TYPE_CHECKING:
    from rdflib import Dataset, Graph

GRAPH_FILE = "graph.ttl"
DATASET_FILE = "graph.trig"  # the same graph with one named graph per source document
DATASET_FORMATS = {".trig": "trig", ".nq": "nquads"}


@dataclass
class Rows:
    """A SELECT result: variable names and an iterator of rows (None for unbound).

    `native(fmt)`, where the engine offers it, gives the same result already written in a
    W3C results format (bytes), or None for a format it does not write exactly as
    kg.store.results does; it saves converting every term in Python."""

    variables: list[str]
    rows: Iterator[tuple[Term | None, ...]]
    native: Callable[[str], bytes | None] | None = None


@dataclass
class GraphOutcome:
    """A CONSTRUCT or DESCRIBE result."""

    graph: Graph


@dataclass
class Answer:
    """An ASK result."""

    value: bool


Outcome = Union[Rows, GraphOutcome, Answer]


class Engine(Protocol):
    def run(self, query: NamedQuery, params: dict[str, str]) -> Outcome: ...

    def graph(self) -> Graph:
        """The whole graph as an rdflib Graph (for validation, pages and exports)."""
        ...

    def prefixes(self) -> dict[str, str]:
        """Prefix -> namespace, for shortening IRIs in tables."""
        ...

    def ntriples(self) -> bytes:
        """The whole graph as sorted N-Triples lines."""
        ...


class RdflibEngine:
    """Queries over an in-memory rdflib graph."""

    def __init__(self, graph: Graph) -> None:
        self._graph = graph

    @classmethod
    def from_files(cls, paths: Sequence[Path], syntax: str | None = None) -> RdflibEngine:
        """Read RDF files into one graph; a TriG or N-Quads file gives the union of its graphs.
        `-` is standard input; `syntax` (any name kg.store.formats knows) overrides the extensions."""
        from .ontology import new_graph

        graph = new_graph()
        for path in paths:
            fmt = syntax_of_file(path, syntax)
            if fmt in DATASET_SYNTAXES:
                for named in load_dataset(path, syntax).graphs():
                    graph += named
            else:
                parse_source(graph, path, fmt)
        return cls(graph)

    def graph(self) -> Graph:
        return self._graph

    def prefixes(self) -> dict[str, str]:
        return {prefix: str(ns) for prefix, ns in self._graph.namespaces()}

    def ntriples(self) -> bytes:
        from .ontology import serialize

        return serialize(self._graph, "nt")

    def run(self, query: NamedQuery, params: dict[str, str]) -> Outcome:
        result = run_query(self._graph, query, params)
        if result.type == "ASK":
            return Answer(bool(result.askAnswer))
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            from .ontology import new_graph

            g = new_graph()
            for triple in result.graph or []:
                g.add(triple)
            return GraphOutcome(g)
        variables = [str(v) for v in (result.vars or [])]
        keys = list(result.vars or [])
        return Rows(variables, (tuple(from_rdflib(row.get(k) if hasattr(row, "get") else row[i])
                                      for i, k in enumerate(keys)) for row in result))


def parse_source(target: Graph, path: Path, fmt: str) -> None:
    """Parse one file (or `-`, standard input) of syntax `fmt` into a graph or dataset.
    A syntax error is one KgError with the line and column Oxigraph and rapper give."""
    if str(path) == STDIO:
        import sys

        data = sys.stdin.buffer.read()
        source: dict = {"data": data}
    else:
        if not path.exists():
            raise GraphNotFound(f"{path}: no such file (run `kg build` first to make output/graph.ttl)")
        source = {"source": path}
    try:
        target.parse(**source, format=RDFLIB_NAMES[fmt])
    except Exception as exc:  # rdflib raises many types for bad syntax
        data = source["data"] if "data" in source else path.read_bytes()
        where = syntax_error(data, fmt) or (str(exc).splitlines()[0] if str(exc).strip() else type(exc).__name__)
        raise KgError(f"{path}: not valid {fmt}: {where}") from None


def load_dataset(path: Path, syntax: str | None = None) -> Dataset:
    """A TriG or N-Quads file (or `-` with `syntax`) as a dataset of named graphs."""
    from rdflib import Dataset

    from .ontology import bind_prefixes

    if str(path) != STDIO and not path.exists():
        raise GraphNotFound(f"{path}: no such file (run `kg build` first)")
    fmt = syntax_of_file(path, syntax)
    if fmt not in DATASET_SYNTAXES:
        raise KgError(f"{path}: not a dataset; named graphs come from {', '.join(DATASET_FORMATS)} files")
    ds = Dataset()
    bind_prefixes(ds)
    parse_source(ds, path, fmt)
    return ds


def open_dataset(out_dir: Path, data: Sequence[Path] = (), syntax: str | None = None) -> Dataset:
    """The graph with one named graph per document: `--data FILE.trig`, else what `kg build`
    wrote to out_dir. A flat graph file cannot say which document stated what."""
    if len(data) > 1:
        raise KgError("give one TriG or N-Quads file for a dataset, not several")
    path = data[0] if data else out_dir / DATASET_FILE
    if not data:
        from .commit import check_consistent

        check_consistent(out_dir)
    if data and syntax_of_file(path, syntax) not in DATASET_SYNTAXES:
        raise KgError(f"{path} holds one graph, so it cannot say which document stated what; "
                      f"use the {DATASET_FILE} that `kg build` writes")
    if str(path) != STDIO and not path.exists():
        raise GraphNotFound(f"no per-document graphs at {path}; run `kg build` first")
    return load_dataset(path, syntax)
