"""The embedded Oxigraph store under output/: written by `kg build`, read by queries.

The store holds the whole graph in its default graph, which queries read, and the same
statements again in one named graph per source document (named by the document's node)
plus one for the ontology and gazetteer, so each document's statements stay apart. (A
union of the named graphs would not do for queries: Oxigraph returns a triple once for
each graph that holds it, so shared facts would be counted twice.) It is written beside the old one and swapped into place, so a
reader sees the old store or the new one, never half of either.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from .engine import Answer, GraphOutcome, Outcome, Rows
from .errors import GraphNotFound, QueryError
from .identity import Ids
from .queries import NamedQuery, bindings, check_read_only, inline_bindings
from .vocab import ONTOLOGY_GRAPH, PREFIXES

STORE_DIR = "store"



def quads(result, project) -> Iterator[str]:  # noqa: ANN001 (BuildResult, Project)
    """N-Quads lines of a build: the whole graph in the default graph, then each document's
    lines in its own graph and the rest in the ontology graph."""
    yield from result.lines()
    ids = Ids(project.base_iri)
    for doc in result.documents:
        graph = f" <{ids.document(doc.name)}> .\n"
        for line in doc.lines:
            yield line[:-3] + graph
    graph = f" <{ONTOLOGY_GRAPH}> .\n"
    for line in result.base_lines:
        yield line[:-3] + graph


def write_store(result, out_dir: Path, project) -> Path:  # noqa: ANN001
    """Load a build into a fresh store and swap it in for the old one."""
    target = out_dir / STORE_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".store-", dir=out_dir))
    try:
        store = ox.Store(str(staging))
        data = "".join(quads(result, project)).encode("utf-8")
        store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        store.flush()
        del store
        _swap(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def _swap(staging: Path, target: Path) -> None:
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=".store-old-", dir=target.parent))
        os.rmdir(old)
        os.rename(target, old)
    os.rename(staging, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


# -- terms between pyoxigraph and rdflib ------------------------------------------------------

def to_rdflib(term) -> Node | None:  # noqa: ANN001
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value, datatype=None if dt == "http://www.w3.org/2001/XMLSchema#string" else URIRef(dt))
    raise TypeError(f"unexpected term {term!r}")


def to_oxigraph(term: Node):  # noqa: ANN201
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"unexpected term {term!r}")


_POSITION = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.DOTALL)


class OxigraphEngine:
    """Queries over the on-disk store, without parsing any Turtle."""

    def __init__(self, path: Path) -> None:
        if not (path / "CURRENT").exists():
            raise GraphNotFound(f"no store at {path}; run `kg build` first")
        self.path = path
        self.store = ox.Store.read_only(str(path))

    def run(self, query: NamedQuery, params: dict[str, str]) -> Outcome:
        check_read_only(query.text)
        text = inline_bindings(query.text, bindings(query, params))
        try:
            result = self.store.query(text, prefixes=PREFIXES)
        except SyntaxError as exc:
            m = _POSITION.search(str(exc))
            where = query.path or query.name
            if m:
                raise QueryError(f"{where}: syntax error at line {m.group(1)}, column {m.group(2)}: "
                                 f"{m.group(3).splitlines()[0]}") from None
            raise QueryError(f"{where}: bad query: {exc}") from None
        if isinstance(result, ox.QueryBoolean):
            return Answer(bool(result))
        if isinstance(result, ox.QueryTriples):
            g = Graph()
            for triple in result:
                g.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
            return GraphOutcome(g)
        variables = [v.value for v in result.variables]
        return Rows(variables, (tuple(to_rdflib(solution[v]) for v in variables) for solution in result))

    def graph(self) -> Graph:
        """The union of every graph in the store, as an rdflib Graph."""
        from .pipeline import graph_from_lines

        return graph_from_lines(self.ntriples().decode("utf-8").splitlines(keepends=True))

    def prefixes(self) -> dict[str, str]:
        return dict(PREFIXES)

    def ntriples(self) -> bytes:
        """The graph as sorted N-Triples lines, straight from the store."""
        union = self.store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        lines = ox.serialize(union, format=ox.RdfFormat.N_TRIPLES).decode("utf-8").splitlines(keepends=True)
        return "".join(sorted(set(lines))).encode("utf-8")
