"""The graph in other syntaxes, byte-for-byte the same for the same graph.

Every function here takes a graph or a dataset and returns bytes; where they come from and
where the bytes go is the caller's business. Determinism: blank nodes get canonical
labels (rdflib.compare), triples go into a fresh store in sorted order, N-Triples lines
are sorted, JSON-LD nodes and values are sorted, and TriG's named graphs are sorted.

TriG keeps what the flat graph loses: which document stated what. Each source document's
statements are a named graph whose name is the document's node (id:document/<file name>);
the ontology and gazetteer entries are the named graph ONTOLOGY_GRAPH.
"""

from __future__ import annotations

import io
import json
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import RDF
from rdflib.plugins.serializers.trig import TrigSerializer

from .errors import KgError
from .results import GRAPH_FORMATS  # a single graph's formats (CONSTRUCT results use them too)
from .store import serialize
from .vocab import ONTOLOGY_GRAPH as ONTOLOGY_GRAPH_IRI
from .vocab import PEEL, PREFIXES

ONTOLOGY_GRAPH = URIRef(ONTOLOGY_GRAPH_IRI)

# Export format name -> (rdflib format, file extension). `kg export --format NAME`.
EXPORT_FORMATS: dict[str, tuple[str, str]] = {
    "turtle": ("turtle", ".ttl"),
    "nt": ("nt", ".nt"),
    "jsonld": ("json-ld", ".jsonld"),
    "xml": ("xml", ".rdf"),
    "trig": ("trig", ".trig"),
}


def format_for(name: str) -> str:
    """The rdflib format for an export format name; KgError lists the names there are."""
    try:
        return EXPORT_FORMATS[name][0]
    except KeyError:
        raise KgError(f"unknown format {name!r}; use one of {', '.join(EXPORT_FORMATS)}") from None


def _n3(terms: tuple) -> tuple[str, ...]:
    return tuple(term.n3() for term in terms)


class _Ordered(Graph):
    """A graph that lists subjects and their predicate-objects in sorted order, for
    serialisers that write in store order (rdflib's RDF/XML)."""

    def subjects(self, predicate=None, object=None, unique=False):  # noqa: ANN001, ANN201, A002
        return iter(sorted(set(super().subjects(predicate, object)), key=lambda t: t.n3()))

    def predicate_objects(self, subject=None, unique=False):  # noqa: ANN001, ANN201
        return iter(sorted(super().predicate_objects(subject, unique), key=_n3))


def canonical(g: Graph) -> Graph:
    """The same graph with canonical blank-node labels, its triples in sorted order, and the
    source's prefixes, so that any serialiser writes it the same way every time."""
    relabelled = to_canonical_graph(g)
    out = _Ordered(bind_namespaces="none", identifier=g.identifier)
    bind_like(out, g)
    for triple in sorted(relabelled, key=_n3):
        out.add(triple)
    return out


def bind_like(target: Graph, source: Graph) -> None:
    """The source's prefixes, then the project's for namespaces it leaves unnamed, so a graph
    read from N-Triples is written with the same prefixes as one read from Turtle."""
    bound = dict(source.namespaces())
    for prefix, ns in bound.items():
        target.bind(prefix, ns, override=True, replace=True)
    names = {str(ns) for ns in bound.values()}
    for prefix, ns in PREFIXES.items():
        if prefix not in bound and ns not in names:
            target.bind(prefix, ns, override=True, replace=True)


def export_graph(g: Graph, name: str = "turtle") -> bytes:
    """A graph in one of GRAPH_FORMATS, deterministically."""
    if name not in GRAPH_FORMATS:
        raise KgError(f"a single graph is written as {', '.join(GRAPH_FORMATS)}, not {name!r}")
    fmt = format_for(name)
    data = serialize(canonical(g), fmt)
    if fmt == "json-ld":
        data = (json.dumps(_sorted_jsonld(json.loads(data)), indent=2, sort_keys=True, ensure_ascii=False)
                + "\n").encode("utf-8")
    return data


def _sorted_jsonld(value: Any) -> Any:
    """JSON-LD with every unordered array sorted (an @list keeps its order)."""
    if isinstance(value, dict):
        return {k: ([_sorted_jsonld(v) for v in item] if k == "@list" and isinstance(item, list)
                    else _sorted_jsonld(item)) for k, item in value.items()}
    if isinstance(value, list):
        return sorted((_sorted_jsonld(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    return value


def document_dataset(graph: Graph, document_graphs: Iterable[Graph]) -> Dataset:
    """Split a built graph by source: each document's graph named by its document node, and
    everything no document stated (the ontology, gazetteer entries) in ONTOLOGY_GRAPH.
    The union of the named graphs is `graph` again."""
    ds = Dataset(default_union=True)
    bind_like(ds, graph)
    stated = Graph()
    for dg in document_graphs:
        docs = sorted(dg.subjects(RDF.type, PEEL.SourceDocument))
        if len(docs) != 1:
            raise KgError(f"a document's graph should describe one peel:SourceDocument, not {len(docs)}")
        named = ds.graph(docs[0])
        named += dg
        stated += dg
    reference = ds.graph(ONTOLOGY_GRAPH)
    for triple in graph:
        if triple not in stated:
            reference.add(triple)
    return ds


def export_dataset(ds: Dataset) -> bytes:
    """A dataset in TriG: named graphs sorted by name, each written like the Turtle."""
    out = Dataset()
    bind_like(out, ds)
    default = ds.default_graph.identifier
    for g in ds.graphs():
        if len(g) and g.identifier != default:
            named = out.graph(g.identifier)
            named += canonical(g)
    if len(ds.default_graph):
        out.default_graph += canonical(ds.default_graph)
    with warnings.catch_warnings():  # rdflib's own TriG serialiser uses its deprecated Dataset.contexts
        warnings.simplefilter("ignore", DeprecationWarning)
        serializer = TrigSerializer(out)
        serializer.contexts = sorted(serializer.contexts, key=lambda c: (c.identifier == out.default_graph.identifier,
                                                                           str(c.identifier)))
        stream = io.BytesIO()
        serializer.serialize(stream, encoding="utf-8")
    return stream.getvalue()


def union(ds: Dataset) -> Graph:
    """Every named graph's triples (and the default graph's) in one graph."""
    g = Graph(bind_namespaces="none")
    bind_like(g, ds)
    for named in ds.graphs():
        g += named
    return g


def export_built(out_dir: Path, name: str, data: Sequence[Path] = (), store: str = "auto") -> bytes:
    """The graph `kg build` wrote to out_dir (or the `data` files) in one export format.

    For the built graph, Turtle and TriG are the files the build wrote (the same bytes a
    second build gives) and N-Triples comes sorted from the store, so none of them parses
    Turtle; JSON-LD and RDF/XML go through rdflib.
    """
    from .engine import DATASET_FILE, GRAPH_FILE, open_dataset, open_engine

    format_for(name)
    if not data:
        from .commit import check_consistent

        check_consistent(out_dir)
        built = {"turtle": out_dir / GRAPH_FILE, "trig": out_dir / DATASET_FILE}.get(name)
        if built is not None and built.exists():
            return built.read_bytes()
        if name == "nt":
            return open_engine(out_dir, (), store).ntriples()
    if name == "trig":
        return export_dataset(open_dataset(out_dir, data))
    return export_graph(open_engine(out_dir, data, store).graph(), name)
