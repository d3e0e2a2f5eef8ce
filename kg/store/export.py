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

from ..errors import KgError
from .results import GRAPH_FORMATS  # a single graph's formats (CONSTRUCT results use them too)
from .ontology import serialize
from ..graph.vocab import ONTOLOGY_GRAPH as ONTOLOGY_GRAPH_IRI
from ..graph.vocab import PEEL, PREFIXES

ONTOLOGY_GRAPH = URIRef(ONTOLOGY_GRAPH_IRI)

# Export format name -> (rdflib format, file extension). `kg export --format NAME`.
EXPORT_FORMATS: dict[str, tuple[str, str]] = {
    "turtle": ("turtle", ".ttl"),
    "nt": ("nt", ".nt"),
    "jsonld": ("json-ld", ".jsonld"),
    "xml": ("xml", ".rdf"),
    "trig": ("trig", ".trig"),
    "nquads": ("nquads", ".nq"),
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


def export_nquads(ds: Dataset) -> bytes:
    """A dataset in N-Quads: each named graph's lines (blank nodes labelled canonically, as
    in the N-Triples export) with the graph's name, all lines sorted."""
    default = ds.default_graph.identifier
    lines: list[str] = []
    for g in ds.graphs():
        if not len(g):
            continue
        suffix = "" if g.identifier == default else f" <{g.identifier}>"
        for line in canonical_ntriples(serialize(g, "nt")).decode("utf-8").split("\n"):
            if line:
                lines.append(f"{line[:-2]}{suffix} .\n")
    return "".join(sorted(set(lines))).encode("utf-8")


def canonical_ntriples(data: bytes) -> bytes:
    """Sorted N-Triples lines with canonical blank-node labels, so the same graph gives the
    same bytes whoever wrote the lines (rdflib's labels are random, the store's are its own).
    Only the lines with a blank node are relabelled: a blank node's canonical label depends
    only on the triples it is in, and on a large graph those are few."""
    text = data.decode("utf-8")
    plain, blank = [], []
    for line in text.split("\n"):
        if line:
            (blank if "_:" in line and _has_bnode(line) else plain).append(line + "\n")
    if blank:
        from ..graph.turtle import ntriples_lines

        g = Graph().parse(data="".join(blank), format="nt")
        plain.extend(ntriples_lines(to_canonical_graph(g)))
    return "".join(sorted(set(plain))).encode("utf-8")


def _has_bnode(line: str) -> bool:
    """Whether an N-Triples line has a blank node as subject or object (not `_:` inside a literal or IRI)."""
    from ..graph.turtle import split_line

    subject, _, obj = split_line(line)
    return subject.startswith("_:") or obj.startswith("_:")


def union(ds: Dataset) -> Graph:
    """Every named graph's triples (and the default graph's) in one graph."""
    g = Graph(bind_namespaces="none")
    bind_like(g, ds)
    for named in ds.graphs():
        g += named
    return g


def export_engine(engine: Any, name: str) -> bytes:
    """The graph an engine holds (an endpoint's default graph, say) in one flat format."""
    if format_for(name) in ("trig", "nquads"):
        raise KgError(f"{name} needs the graph of each document, which only a build's graph.trig keeps; "
                      f"use turtle, nt, jsonld or xml here")
    if name == "nt":
        return canonical_ntriples(engine.ntriples())
    return export_graph(engine.graph(), name)


def export_built(out_dir: Path, name: str, data: Sequence[Path] = (), store: str = "auto",
                 syntax: str | None = None) -> bytes:
    """The graph `kg build` wrote to out_dir (or the `data` files) in one export format.

    For the built graph, Turtle and TriG are the files the build wrote (the same bytes a
    second build gives) and N-Triples comes sorted from the store, so none of them parses
    Turtle; JSON-LD and RDF/XML go through rdflib.
    """
    from .engine import DATASET_FILE, GRAPH_FILE, open_dataset
    from .opening import open_engine

    format_for(name)
    if not data:
        from .commit import check_consistent

        check_consistent(out_dir)
        built = {"turtle": out_dir / GRAPH_FILE, "trig": out_dir / DATASET_FILE}.get(name)
        if built is not None and built.exists():
            return built.read_bytes()
        if name == "nt":
            return canonical_ntriples(open_engine(out_dir, (), store).ntriples())
    if name == "trig":
        return export_dataset(open_dataset(out_dir, data, syntax))
    if name == "nquads":
        return export_nquads(open_dataset(out_dir, data, syntax))
    if name == "nt":
        return canonical_ntriples(open_engine(out_dir, data, store, syntax).ntriples())
    return export_graph(open_engine(out_dir, data, store, syntax).graph(), name)
