"""Where queries run: one interface over the places a graph can live.

A command asks an engine to run a NamedQuery and gets back one of three outcomes: rows
(in kg.terms' plain terms, whatever the engine), a graph (an rdflib Graph), or a yes/no;
so formatting never depends on the engine. `open_engine` picks one. rdflib is imported
only by the paths that use it: a query on the store needs none of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, Union

from .errors import GraphNotFound, KgError
from .queries import NamedQuery, run_query
from .terms import Term, from_rdflib

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
    kg.results does; it saves converting every term in Python."""

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
    def from_files(cls, paths: Sequence[Path]) -> RdflibEngine:
        """Read RDF files into one graph; a TriG or N-Quads file gives the union of its graphs."""
        from .store import load_graph, new_graph

        flat = [p for p in paths if p.suffix.lower() not in DATASET_FORMATS]
        graph = load_graph(flat) if flat else new_graph()
        for path in paths:
            if path.suffix.lower() in DATASET_FORMATS:
                for named in load_dataset(path).graphs():
                    graph += named
        return cls(graph)

    def graph(self) -> Graph:
        return self._graph

    def prefixes(self) -> dict[str, str]:
        return {prefix: str(ns) for prefix, ns in self._graph.namespaces()}

    def ntriples(self) -> bytes:
        from .store import serialize

        return serialize(self._graph, "nt")

    def run(self, query: NamedQuery, params: dict[str, str]) -> Outcome:
        result = run_query(self._graph, query, params)
        if result.type == "ASK":
            return Answer(bool(result.askAnswer))
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            from .store import new_graph

            g = new_graph()
            for triple in result.graph or []:
                g.add(triple)
            return GraphOutcome(g)
        variables = [str(v) for v in (result.vars or [])]
        keys = list(result.vars or [])
        return Rows(variables, (tuple(from_rdflib(row.get(k) if hasattr(row, "get") else row[i])
                                      for i, k in enumerate(keys)) for row in result))


def load_dataset(path: Path) -> Dataset:
    """A TriG or N-Quads file as a dataset of named graphs."""
    from rdflib import Dataset

    from .store import bind_prefixes

    if not path.exists():
        raise GraphNotFound(f"{path}: no such file (run `kg build` first)")
    fmt = DATASET_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise KgError(f"{path}: not a dataset; named graphs come from {', '.join(DATASET_FORMATS)} files")
    ds = Dataset()
    bind_prefixes(ds)
    try:
        ds.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many types for bad syntax
        raise KgError(f"{path}: not valid {fmt}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
    return ds


def open_dataset(out_dir: Path, data: Sequence[Path] = ()) -> Dataset:
    """The graph with one named graph per document: `--data FILE.trig`, else what `kg build`
    wrote to out_dir. A flat graph file cannot say which document stated what."""
    if len(data) > 1:
        raise KgError("give one TriG or N-Quads file for a dataset, not several")
    path = data[0] if data else out_dir / DATASET_FILE
    if not data:
        from .commit import check_consistent

        check_consistent(out_dir)
    if data and path.suffix.lower() not in DATASET_FORMATS:
        raise KgError(f"{path} holds one graph, so it cannot say which document stated what; "
                      f"use the {DATASET_FILE} that `kg build` writes")
    if not path.exists():
        raise GraphNotFound(f"no per-document graphs at {path}; run `kg build` first")
    return load_dataset(path)


# Where `kg query`, `kg export` and the others read the graph from (`--store`).
ENGINE_CHOICES = ("auto", "oxigraph", "memory")


def open_engine(out_dir: Path, data: Sequence[Path] = (), store: str = "auto") -> Engine:
    """The engine for `--data FILE...` if given; else the store `kg build` loaded in out_dir
    (store "oxigraph", or "auto" when it is there); else the Turtle it wrote, parsed by
    rdflib (store "memory", or "auto" without a store)."""
    if data:
        return RdflibEngine.from_files(list(data))
    if store not in ENGINE_CHOICES:
        raise KgError(f"unknown store {store!r}; use one of {', '.join(ENGINE_CHOICES)}")
    from .commit import check_consistent

    check_consistent(out_dir)  # never answer from the outputs of two builds
    if store != "memory":
        from .oxstore import STORE_DIR, OxigraphEngine

        if store == "oxigraph" or (out_dir / STORE_DIR / "CURRENT").exists():
            return OxigraphEngine(out_dir / STORE_DIR)
    graph_file = out_dir / GRAPH_FILE
    if not graph_file.exists():
        raise GraphNotFound(f"no graph at {graph_file}; run `kg build` first (or pass --data FILE)")
    return RdflibEngine.from_files([graph_file])
