"""Graph -> networkx -> pyvis -> one self-contained HTML page a person can explore offline.

The page has four views (kg/page/templates/page.js): grades, statements and a force, drawn
from the tables of kg.page.tables, and the graph, drawn from the nodes chosen here.

Who it is for: `kg build` and `kg viz` (which write the page) and anyone drawing a graph
from Python. It never queries a store for answers or extracts facts: it draws what it is
given. Nodes are the instances of the contract's classes (forces, inspections, judgements,
statements, force updates, people, roles held, source documents); grades, pillars,
questions and themes are not drawn as nodes but carried as node attributes (a judgement's
colour is its grade; the side panel lists the pillar, question and themes). The ontology
itself is drawn only with ``PageOptions(ontology=True)``.

The page inlines vis-network (read from the installed pyvis package), our template, CSS
and JavaScript, and the data as JSON in a ``<script type="application/json">`` element.
Every string from documents reaches the browser as JSON and is put in the page with
``textContent`` only.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import networkx as nx
from pyvis.network import Network
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS

from ..errors import KgError, QueryError
from ..graph.terms import Term, rdflib_bindings
from ..graph.vocab import PEEL, PREFIXES

DEFAULT_MAX_NODES = 1500
DEFAULT_DEPTH = 2
VIS_DIR = "lib/vis-9.1.2"


@dataclass(frozen=True)
class PageOptions:
    """What to draw: filters chosen before the page is written (the page filters further)."""

    forces: tuple[str, ...] = ()  # force IRIs, police.uk ids or names ("staffordshire")
    periods: tuple[str, ...] = ()  # "2016", "2018/19"
    classes: tuple[str, ...] = ()  # "Judgement", "peel:Judgement", "foaf:Person", a full IRI
    focus: str | None = None  # an IRI, a prefixed name or a label
    depth: int = DEFAULT_DEPTH  # hops from focus
    max_nodes: int = DEFAULT_MAX_NODES
    ontology: bool = False  # draw the schema (classes, properties, concept schemes) instead
    title: str = "PEEL knowledge graph"
    view: Graph | None = field(default=None, compare=False)  # draw only this graph's nodes and edges


@dataclass(frozen=True)
class Kind:
    """How one class of node is drawn and named."""

    key: str
    name: str
    shape: str
    color: str
    classes: tuple[URIRef, ...]


# Order matters twice: the first kind a node's types match wins, and when a page has to
# leave nodes out (max_nodes) it keeps the kinds listed first.
INSTANCE_KINDS: tuple[Kind, ...] = (
    Kind("Force", "Force", "hexagon", "#1f77b4", (PEEL.Force,)),
    Kind("Inspectorate", "Inspectorate", "star", "#6a3d9a", (PEEL.Inspectorate,)),
    Kind("Inspection", "Inspection", "square", "#17becf", (PEEL.Inspection,)),
    Kind("Judgement", "Judgement (colour: grade)", "dot", "#2ca02c", (PEEL.Judgement,)),
    Kind("CauseOfConcern", "Cause of concern", "diamond", "#e377c2", (PEEL.CauseOfConcern,)),
    Kind("Recommendation", "Recommendation", "triangleDown", "#8c564b", (PEEL.Recommendation,)),
    Kind("AreaForImprovement", "Area for improvement", "triangle", "#ff7f0e", (PEEL.AreaForImprovement,)),
    Kind("ForceUpdate", "Force update", "triangle", "#bcbd22", (PEEL.ForceUpdate,)),
    Kind("Person", "Person", "dot", "#9467bd",
         (FOAF.Person, PEEL.Inspector, PEEL.Commissioner, PEEL.ChiefConstable)),
    Kind("Membership", "Role held", "square", "#c5b0d5", (ORG.Membership,)),
    Kind("SourceDocument", "Source document", "square", "#7f7f7f", (PEEL.SourceDocument,)),
)

SCHEMA_KINDS: tuple[Kind, ...] = (
    Kind("Class", "Class", "hexagon", "#1f77b4", (OWL.Class, RDFS.Class)),
    Kind("Property", "Property", "diamond", "#ff7f0e",
         (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)),
    Kind("ConceptScheme", "Concept scheme", "star", "#6a3d9a", (SKOS.ConceptScheme,)),
    Kind("Concept", "Concept", "dot", "#17becf", (SKOS.Concept,)),
)

OTHER = Kind("Other", "Other", "dot", "#bbbbbb", ())

# Grades on their scale, best first, in ColorBrewer's RdYlBu (five classes), a diverging
# scheme that readers with the common colour-vision deficiencies can tell apart; the page
# also writes the grade in each cell. The second colour is the text's on that background.
GRADE_COLOURS: dict[URIRef, tuple[str, str]] = {
    PEEL.Outstanding: ("Outstanding", "#2c7bb6"),
    PEEL.Good: ("Good", "#abd9e9"),
    PEEL.Adequate: ("Adequate", "#ffffbf"),
    PEEL.RequiresImprovement: ("Requires improvement", "#fdae61"),
    PEEL.Inadequate: ("Inadequate", "#d7191c"),
}
GRADE_TEXT = {PEEL.Outstanding: "#ffffff", PEEL.Inadequate: "#ffffff"}

# Label sizes by kind: vis-network leaves out a label drawn smaller than LABEL_THRESHOLD px,
# so zoomed out only forces and inspections are named, and the rest appear as one zooms in.
LABEL_SIZES = {"Force": 30, "Inspectorate": 24, "Inspection": 18, "SourceDocument": 14}
LABEL_SIZE = 12
LABEL_THRESHOLD = 8

STATEMENT_KEYS = frozenset({"AreaForImprovement", "Recommendation", "CauseOfConcern", "ForceUpdate"})
LABEL_PROPERTIES = (RDFS.label, SKOS.prefLabel, FOAF.name, DCTERMS.title, PEEL.fileName)
# Shown in their own panel sections, not among the properties.
PANEL_SECTIONS = frozenset({PEEL.evidence, PEEL.pageNumber, PROV.wasDerivedFrom})
FIRST_WORDS = 7


# ---------------------------------------------------------------- public API


def render_html(graph: Graph, options: PageOptions | None = None, tables: dict[str, Any] | None = None) -> str:
    """Return the page drawing `graph` as one self-contained HTML string.

    `tables` (kg.page.tables) feed the grades, statements and force views; by default
    they are read from `graph`. A build passes the whole build's tables with a graph of
    part of it, so that the tables hold everything the graph view leaves out."""
    options = options or PageOptions()
    kinds = _kinds(graph, options)
    network = _networkx(graph, kinds, options)
    network = _apply_filters(graph, network, kinds, options)
    kept, omitted = _truncate(network, kinds, options.max_nodes)
    return _render(graph, network.subgraph(kept).copy(), kinds, options, omitted, tables)


def render_chosen(graph: Graph, kinds: dict[URIRef, Kind], options: PageOptions, omitted: Counter[str],
                  tables: dict[str, Any] | None = None) -> str:
    """The page for nodes chosen elsewhere (kg.page.viz_select chooses them in the store):
    `kinds` holds exactly the nodes to draw; `graph` holds at least their triples and those
    of what they point to. The same nodes give the same page as render_html."""
    network = _networkx(graph, kinds, PageOptions())
    return _render(graph, network, kinds, options, omitted, tables)


def _render(graph: Graph, network: nx.MultiDiGraph, kinds: dict[URIRef, Kind], options: PageOptions,
            omitted: Counter[str], tables: dict[str, Any] | None) -> str:
    drawn = _payload(graph, network, kinds, options, omitted)
    if tables is None:
        tables = tables_of(graph)
    return _fill_template(options.title, {"title": options.title, "graph": drawn, "tables": tables})


def tables_of(graph: Graph) -> dict[str, Any]:
    """The analyst views' tables for an rdflib graph (its triples queried in Oxigraph)."""
    from ..store.oxstore import OxigraphEngine
    from .tables import page_tables

    return page_tables(OxigraphEngine.in_memory(graph.serialize(format="nt", encoding="utf-8")))


def select_for_query(graph: Graph, query_text: str, bindings: Mapping[str, Term] | None = None) -> Graph:
    """The graph a query picks out: a CONSTRUCT's own graph, or for a SELECT the IRIs its
    solutions bind (every variable in scope, projected or not, so a query that returns
    names still draws the things named) and the edges between them."""
    try:
        prepared = prepareQuery(query_text, initNs={**dict(graph.namespaces()), **PREFIXES})
        _widen_projection(prepared.algebra)
        result = graph.query(prepared, initBindings=rdflib_bindings(bindings or {}))
    except Exception as exc:  # rdflib raises pyparsing and other errors for bad queries
        raise QueryError(f"cannot run the query: {type(exc).__name__}: {exc}") from None
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.graph
    if result.type != "SELECT":
        raise QueryError(f"a {result.type} query has no nodes to draw; use SELECT or CONSTRUCT")
    bound = {value for row in result for value in row if isinstance(value, URIRef)}
    return _induced(graph, bound)


def _widen_projection(query: Any) -> None:
    """Make a SELECT's projection every variable in scope (aggregates' helpers excepted)."""
    node = query
    while node is not None and getattr(node, "name", "") != "Project":
        node = node.get("p") if hasattr(node, "get") else None
    if node is not None and getattr(query, "name", "") == "SelectQuery":
        # an aggregate query: draw from the pattern under its GROUP (the rows it groups)
        inner = node["p"]
        while inner is not None and getattr(inner, "name", "") != "Group":
            inner = inner.get("p") if hasattr(inner, "get") else None
        if inner is not None:
            node["p"] = inner["p"]
        in_scope = sorted(v for v in getattr(node["p"], "_vars", ()) if not str(v).startswith("__"))
        node["PV"] = query["PV"] = list(dict.fromkeys([*node["PV"], *in_scope]))


# ---------------------------------------------------------------- which nodes


def _kind_of(graph: Graph, node: URIRef, table: tuple[Kind, ...]) -> Kind | None:
    types = set(graph.objects(node, RDF.type))
    return next((kind for kind in table if types.intersection(kind.classes)), None)


def _kinds(graph: Graph, options: PageOptions) -> dict[URIRef, Kind]:
    """Every node to draw and its kind, before filters."""
    table = SCHEMA_KINDS if options.ontology else INSTANCE_KINDS
    if options.view is not None:
        return _view_kinds(graph, options.view, table)
    found: dict[URIRef, Kind] = {}
    for kind in table:
        for cls in kind.classes:
            for node in graph.subjects(RDF.type, cls):
                if isinstance(node, URIRef):
                    found.setdefault(node, kind)
    if options.ontology:
        for prop in (RDFS.subClassOf, RDFS.domain, RDFS.range):
            for node in graph.objects(None, prop):
                if isinstance(node, URIRef):
                    found.setdefault(node, SCHEMA_KINDS[0])
    return {node: _kind_of(graph, node, table) or found[node] for node in found}


def _view_kinds(graph: Graph, view: Graph, table: tuple[Kind, ...]) -> dict[URIRef, Kind]:
    nodes = {s for s in view.subjects() if isinstance(s, URIRef)}
    nodes |= {o for _, p, o in view if isinstance(o, URIRef) and p != RDF.type}
    tables = table + SCHEMA_KINDS[2:]
    found = {}
    for node in nodes:
        found[node] = _kind_of(graph, node, tables) or _kind_of(view, node, tables) or OTHER
    return found


def _induced(graph: Graph, nodes: set[URIRef]) -> Graph:
    """The nodes with their types, and every triple between two of them."""
    out = Graph()
    for node in nodes:
        out.add((node, RDF.type, RDFS.Resource))
        for cls in graph.objects(node, RDF.type):
            out.add((node, RDF.type, cls))
        for p, o in graph.predicate_objects(node):
            if o in nodes and p != RDF.type:
                out.add((node, p, o))
    return out


def _networkx(graph: Graph, kinds: dict[URIRef, Kind], options: PageOptions) -> nx.MultiDiGraph:
    """The nodes and the IRI-to-IRI edges between them (never rdf:type), added in sorted
    order: rdflib yields triples in hash order, which differs between processes, and the
    layout's breadth-first trees follow networkx's insertion order."""
    source = options.view if options.view is not None else graph
    edges = sorted((s, p, o) for s, p, o in source
                   if p != RDF.type and s in kinds and o in kinds and s != o)
    network = nx.MultiDiGraph()
    network.add_nodes_from(sorted(kinds))
    for s, p, o in edges:
        network.add_edge(s, o, key=p)
    return network


# ---------------------------------------------------------------- filters


def _apply_filters(graph: Graph, network: nx.MultiDiGraph, kinds: dict[URIRef, Kind],
                   options: PageOptions) -> nx.MultiDiGraph:
    """Focus first (so a neighbourhood keeps its paths), then class, force and period."""
    if options.focus:
        network = network.subgraph(_neighbourhood(graph, network, options)).copy()
    keep = set(network)
    if options.classes:
        wanted = _resolve_classes(options.classes, kinds, options.ontology)
        keep = {n for n in keep if kinds[n].key in wanted}
    if options.forces or options.periods:
        contexts = _contexts(graph, kinds)
        forces = _resolve_forces(graph, options.forces)
        keep = {n for n in keep if _in_context(contexts[n], forces, set(options.periods))}
    return network.subgraph(keep).copy()


def _in_context(context: tuple[set[str], set[str]], forces: set[str], periods: set[str]) -> bool:
    node_forces, node_periods = context
    force_ok = not forces or not node_forces or bool(node_forces & forces)
    period_ok = not periods or not node_periods or bool(node_periods & periods)
    return force_ok and period_ok


def _neighbourhood(graph: Graph, network: nx.MultiDiGraph, options: PageOptions) -> set[URIRef]:
    seeds = _resolve_focus(graph, network, options.focus or "")
    undirected = network.to_undirected(as_view=True)
    reached: set[URIRef] = set()
    for seed in seeds:
        reached |= set(nx.single_source_shortest_path_length(undirected, seed, cutoff=max(options.depth, 0)))
    return reached


def _resolve_focus(graph: Graph, network: nx.MultiDiGraph, focus: str) -> list[URIRef]:
    iri = _expand(focus)
    if iri is not None and iri in network:
        return [iri]
    wanted = focus.strip().casefold()
    matches = sorted(n for n in network if wanted in {name.casefold() for name in _names(graph, n)})
    if not matches:
        raise KgError(f"--focus {focus!r} matches no node (give an IRI, a prefixed name such as "
                      f"id:force/staffordshire, or a label such as 'Staffordshire Police')")
    return matches


def _names(graph: Graph, node: URIRef) -> set[str]:
    names = {str(o) for p in LABEL_PROPERTIES + (SKOS.altLabel, PEEL.acronym) for o in graph.objects(node, p)}
    names.add(_local_name(node))
    return names


def _expand(name: str) -> URIRef | None:
    """A full IRI or a prefixed name as an IRI; None for anything else (a label)."""
    if not name or re.search(r"[\s<>\"{}|^`\\]", name):
        return None
    prefix, sep, rest = name.partition(":")
    if sep and prefix in PREFIXES and not rest.startswith("//"):
        return URIRef(PREFIXES[prefix] + rest)
    return URIRef(name) if sep else None


def _resolve_classes(names: Iterable[str], kinds: dict[URIRef, Kind], ontology: bool) -> set[str]:
    table = (SCHEMA_KINDS if ontology else INSTANCE_KINDS) + (OTHER,)
    lookup: dict[str, str] = {}
    for kind in table:
        for alias in (kind.key, kind.name, *kind.classes, *(_prefixed(c) for c in kind.classes)):
            lookup[str(alias).casefold()] = kind.key
    wanted = set()
    for name in names:
        expanded = _expand(name)
        key = lookup.get(name.casefold()) or (lookup.get(str(expanded).casefold()) if expanded else None)
        if key is None:
            available = ", ".join(kind.key for kind in table)
            raise KgError(f"unknown class {name!r}; available: {available}")
        wanted.add(key)
    return wanted


def _resolve_forces(graph: Graph, names: Iterable[str]) -> set[str]:
    forces = set(graph.subjects(RDF.type, PEEL.Force))
    resolved = set()
    for name in names:
        iri = _expand(name)
        matches = [f for f in forces if f == iri or name.casefold() in
                   {n.casefold() for n in _names(graph, f) | {str(o) for o in graph.objects(f, PEEL.policeUkId)}}]
        if not matches:
            available = ", ".join(sorted(_local_name(f) for f in forces))
            raise KgError(f"unknown force {name!r}; available: {available}")
        resolved |= {str(f) for f in matches}
    return resolved


def _contexts(graph: Graph, kinds: dict[URIRef, Kind]) -> dict[URIRef, tuple[set[str], set[str]]]:
    """For each node, the forces and periods it belongs to (empty: belongs to all)."""
    inspections = {i: (graph.value(i, PEEL.force), graph.value(i, PEEL.period))
                   for i in graph.subjects(RDF.type, PEEL.Inspection)}
    contexts: dict[URIRef, tuple[set[str], set[str]]] = {n: (set(), set()) for n in kinds}

    def add(node: Any, inspection: Any) -> None:
        if node in contexts and inspection in inspections:
            force, period = inspections[inspection]
            if force is not None:
                contexts[node][0].add(str(force))
            if period is not None:
                contexts[node][1].add(str(period))

    for inspection, (force, _) in inspections.items():
        add(inspection, inspection)
        add(force, inspection)
    for s, inspection in graph.subject_objects(PEEL.inspection):
        add(s, inspection)
    for update, statement in graph.subject_objects(PEEL.respondsTo):
        for inspection in graph.objects(statement, PEEL.inspection):
            add(update, inspection)
    for force in graph.subjects(RDF.type, PEEL.Force):
        if force in contexts:
            contexts[force][0].add(str(force))
    for membership, org in graph.subject_objects(ORG.organization):
        if membership in contexts and (org, RDF.type, PEEL.Force) in graph:
            contexts[membership][0].add(str(org))
    _spread(contexts, graph.subject_objects(PEEL.inspectorate), to_object=True)
    _spread(contexts, graph.subject_objects(PEEL.leadInspector), to_object=True)
    _spread(contexts, graph.subject_objects(ORG.member), to_object=True)
    _spread(contexts, graph.subject_objects(PROV.wasDerivedFrom), to_object=True)
    return contexts


def _spread(contexts: dict[URIRef, tuple[set[str], set[str]]], pairs: Iterable[tuple[Any, Any]],
            to_object: bool) -> None:
    for s, o in pairs:
        source, target = (s, o) if to_object else (o, s)
        if source in contexts and target in contexts:
            contexts[target][0].update(contexts[source][0])
            contexts[target][1].update(contexts[source][1])


def _truncate(network: nx.MultiDiGraph, kinds: dict[URIRef, Kind], max_nodes: int) -> tuple[list[URIRef], Counter[str]]:
    """Keep at most max_nodes, by kind order then degree; count what was left out by kind."""
    order = {kind.key: i for i, kind in enumerate(INSTANCE_KINDS + SCHEMA_KINDS + (OTHER,))}
    ranked = sorted(network, key=lambda n: (order[kinds[n].key], -network.degree(n), str(n)))
    kept = ranked[:max(max_nodes, 0)]
    omitted = Counter(kinds[n].name for n in ranked[len(kept):])
    return kept, omitted


# ---------------------------------------------------------------- labels and details


def _local_name(node: URIRef) -> str:
    text = str(node)
    return re.split(r"[#/]", text.rstrip("/#"))[-1] or text


def _prefixed(node: URIRef) -> str:
    text = str(node)
    for prefix, base in PREFIXES.items():
        if text.startswith(base) and len(text) > len(base):
            return f"{prefix}:{text[len(base):]}"
    return text


def _humanise(name: str) -> str:
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).split()
    return " ".join([words[0]] + [w.lower() for w in words[1:]]) if words else name


def _first(graph: Graph, node: Any, *props: URIRef) -> str | None:
    for prop in props:
        values = sorted(str(o) for o in graph.objects(node, prop) if isinstance(o, Literal))
        if values:
            return values[0]
    return None


def _term_label(graph: Graph, node: Any) -> str:
    """A concept's, class's or property's label: rdfs:label / skos:prefLabel, else its local name."""
    return _first(graph, node, RDFS.label, SKOS.prefLabel) or _humanise(_local_name(node))


def _first_words(text: str, count: int = FIRST_WORDS) -> str:
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def _label(graph: Graph, node: URIRef, kind: Kind) -> str:
    """The short name a person reads on the node."""
    if kind.key == "Inspectorate":
        found = _first(graph, node, PEEL.acronym, RDFS.label)
    elif kind.key == "Inspection":
        found = _inspection_name(graph, node)
    elif kind.key == "Judgement":
        grade = graph.value(node, PEEL.grade)
        found = _term_label(graph, grade) if grade is not None else None
    elif kind.key in STATEMENT_KEYS:
        text = _first(graph, node, PEEL.text, PEEL.evidence)
        found = _first_words(text) if text else None
    elif kind.key == "Membership":
        role = graph.value(node, ORG.role)
        found = _first(graph, node, PEEL.title) or (_term_label(graph, role) if role is not None else None)
    elif kind.key == "SourceDocument":
        found = _first(graph, node, PEEL.fileName, DCTERMS.title)
    else:
        found = None
    return found or _first(graph, node, *LABEL_PROPERTIES) or _humanise(_local_name(node))


def _inspection_name(graph: Graph, inspection: Any) -> str | None:
    period = graph.value(inspection, PEEL.period)
    pillar = graph.value(inspection, PEEL.pillar)
    parts = [str(period) if period is not None else "", _term_label(graph, pillar) if pillar is not None else ""]
    return " ".join(p for p in parts if p) or None


def _hover(graph: Graph, node: URIRef, kind: Kind, label: str) -> str:
    """A longer line for the tooltip: the full statement, or the label with its context."""
    parts = [kind.name.split(" (")[0] + ": " + label]
    text = _first(graph, node, PEEL.text)
    if text and text != label:
        parts = [kind.name + ": " + (text if len(text) <= 300 else text[:300] + " …")]
    inspection = graph.value(node, PEEL.inspection) if kind.key != "Inspection" else node
    if inspection is not None:
        force = graph.value(inspection, PEEL.force)
        where = [_first(graph, force, RDFS.label) if force is not None else None, _inspection_name(graph, inspection)]
        parts.append(" ".join(w for w in where if w))
    question = graph.value(node, PEEL.question)
    if question is not None:
        parts.append(_term_label(graph, question))
    return "\n".join(p for p in parts if p)


def _value_text(graph: Graph, value: Any, labels: dict[URIRef, str]) -> str:
    if isinstance(value, Literal):
        return str(value)
    if value in labels:
        return labels[value]
    if isinstance(value, BNode):
        return "(blank node)"
    return _term_label(graph, value) if (value, None, None) in graph else _prefixed(value)


def _details(graph: Graph, node: URIRef, kind: Kind, labels: dict[URIRef, str],
             property_labels: dict[Any, str], known: dict[Any, dict[str, str]]) -> dict[str, Any]:
    """What the side panel shows: properties, evidence sentences, source documents (each
    described once in `known`: a document is the source of many drawn nodes)."""
    props = []
    for p, o in sorted(graph.predicate_objects(node), key=lambda po: (str(po[0]), str(po[1]))):
        if p in PANEL_SECTIONS:
            continue
        label = "class" if p == RDF.type else property_labels.setdefault(p, _term_label(graph, p))
        target = str(o) if o in labels else None
        props.append([label, _value_text(graph, o, labels), target])
    sources = []
    for doc in sorted(graph.objects(node, PROV.wasDerivedFrom), key=str):
        if doc not in known:
            sha = _first(graph, doc, PEEL.sha256) or ""
            known[doc] = {"id": str(doc), "file": _first(graph, doc, PEEL.fileName) or _local_name(doc),
                          "sha256": sha[:12], "title": _first(graph, doc, DCTERMS.title) or ""}
        sources.append(dict(known[doc]))
    evidence = sorted(str(o) for o in graph.objects(node, PEEL.evidence))
    details = {"iri": str(node), "kind": kind.name, "props": props, "evidence": evidence, "sources": sources}
    pages = sorted({int(o) for o in graph.objects(node, PEEL.pageNumber) if isinstance(o, Literal) and str(o).isdigit()})
    if pages:  # read from a PDF: the page its evidence is on
        details["pages"] = [str(p) for p in pages]
    return details


# ---------------------------------------------------------------- layout of large pages

LAYOUT_THRESHOLD = 300  # above this many nodes the page starts from our layout, not vis-network's
LEAF_SPACING = 34.0  # px between neighbours on a cluster's outer ring
MIN_RING = 110.0


def _layout(network: nx.MultiDiGraph, kinds: dict[URIRef, Kind],
            contexts: dict[URIRef, tuple[set[str], set[str]]]) -> dict[URIRef, tuple[float, float]]:
    """A starting layout in one pass: one radial tree per force, clusters packed in rows.

    vis-network's physics alone needs hundreds of slow iterations on thousands of random
    points; from here a few dozen tidy it up.
    """
    clusters: dict[str, list[URIRef]] = defaultdict(list)
    for node in sorted(network, key=str):
        forces = contexts[node][0]
        clusters[next(iter(forces)) if len(forces) == 1 else ""].append(node)
    undirected = nx.Graph(network)
    placed = [_radial_forest(undirected.subgraph(nodes), kinds) for _, nodes in sorted(clusters.items())]
    return _pack(sorted(placed, key=lambda p: (-_extent(p), min(map(str, p)))))


def _radial_forest(cluster: nx.Graph, kinds: dict[URIRef, Kind]) -> dict[URIRef, tuple[float, float]]:
    order = {kind.key: i for i, kind in enumerate(INSTANCE_KINDS + SCHEMA_KINDS + (OTHER,))}
    trees = []
    for component in sorted(nx.connected_components(cluster), key=lambda c: (-len(c), min(map(str, c)))):
        root = min(component, key=lambda n: (order[kinds[n].key], -cluster.degree(n), str(n)))
        trees.append(_radial_tree(nx.bfs_tree(cluster.subgraph(component), root), root))
    return _pack(trees)


def _radial_tree(tree: nx.DiGraph, root: URIRef) -> dict[URIRef, tuple[float, float]]:
    """Each subtree gets an angle in proportion to its leaves; depth d sits on ring d."""
    leaves: dict[URIRef, int] = {}
    for node in reversed(list(nx.topological_sort(tree))):
        leaves[node] = sum(leaves[c] for c in tree.successors(node)) or 1
    depth = max(nx.single_source_shortest_path_length(tree, root).values())
    ring = max(MIN_RING, leaves[root] * LEAF_SPACING / (2 * math.pi * max(depth, 1)))
    places = {root: (0.0, 0.0)}
    stack = [(root, 0.0, 2 * math.pi, 0)]
    while stack:
        node, start, width, level = stack.pop()
        children = sorted(tree.successors(node), key=str)
        for child in children:
            share = width * leaves[child] / leaves[node]
            angle = start + share / 2
            places[child] = ((level + 1) * ring * math.cos(angle), (level + 1) * ring * math.sin(angle))
            stack.append((child, start, share, level + 1))
            start += share
    return places


def _extent(places: dict[URIRef, tuple[float, float]]) -> float:
    return max((math.hypot(x, y) for x, y in places.values()), default=0.0) + MIN_RING / 2


def _pack(parts: list[dict[URIRef, tuple[float, float]]]) -> dict[URIRef, tuple[float, float]]:
    """Place circular parts (largest first) in rows about as wide as the whole is tall."""
    total = sum((2 * _extent(p)) ** 2 for p in parts)
    row_width = math.sqrt(total) if total else 0.0
    out: dict[URIRef, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for part in parts:
        size = 2 * _extent(part)
        if x > 0 and x + size > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + size / 2, y + size / 2
        out.update({n: (round(cx + px, 1), round(cy + py, 1)) for n, (px, py) in part.items()})
        x += size
        row_height = max(row_height, size)
    return out


# ---------------------------------------------------------------- pyvis and the page


class _IdList(list):  # type: ignore[type-arg]
    """pyvis keeps node ids in a list and scans it for every edge; answer `in` from a set."""

    def __init__(self) -> None:
        super().__init__()
        self._seen: set[Any] = set()

    def append(self, item: Any) -> None:
        self._seen.add(item)
        super().append(item)

    def __contains__(self, item: object) -> bool:
        return item in self._seen


def _vis_options(count: int) -> dict[str, Any]:
    """vis-network options: physics that stabilises and then stops (the page turns it off)."""
    large = count > LAYOUT_THRESHOLD
    return {
        "autoResize": True,
        "layout": {"improvedLayout": count <= 150, "randomSeed": 7},
        "physics": {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -3000, "springLength": 110, "springConstant": 0.04,
                          "damping": 0.35, "avoidOverlap": 0.1, "theta": 1.0 if large else 0.5,
                          "centralGravity": 0.0 if large else 0.3},
            "stabilization": {"enabled": True, "iterations": _iterations(count), "updateInterval": 10,
                              "fit": True},
            "minVelocity": 1.0,
        },
        "interaction": {"hover": not large, "tooltipDelay": 250, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large, "navigationButtons": False, "keyboard": False},
        "edges": {"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "color": {"color": "#9a9a9a", "highlight": "#333333", "hover": "#555555"},
                  "font": {"size": 9, "color": "#666666", "strokeWidth": 2, "align": "middle"},
                  "width": 1},
        "nodes": {"font": {"size": 13, "color": "#222222"}, "borderWidth": 1,
                  "scaling": {"label": {"enabled": False, "drawThreshold": LABEL_THRESHOLD}}},
    }


def _iterations(count: int) -> int:
    """Enough physics to tidy the layout, bounded so that thousands of nodes settle in seconds."""
    return 400 if count <= LAYOUT_THRESHOLD else max(20, min(150, 150_000 // count))


def _pyvis(graph: Graph, network: nx.MultiDiGraph, kinds: dict[URIRef, Kind], labels: dict[URIRef, str],
           property_labels: dict[Any, str], places: dict[URIRef, tuple[float, float]]) -> Network:
    net = Network(directed=True, cdn_resources="in_line")
    net.node_ids = _IdList()
    for node in sorted(network, key=str):
        kind = kinds[node]
        where = dict(zip("xy", places[node])) if node in places else {}
        degree = network.degree(node)
        grade = graph.value(node, PEEL.grade) if kind.key == "Judgement" else None
        color = GRADE_COLOURS.get(grade, ("", kind.color))[1]
        net.add_node(str(node), label=labels[node], shape=kind.shape, color=color,
                     font={"size": LABEL_SIZES.get(kind.key, LABEL_SIZE)},
                     size=round(min(8 + 4 * math.sqrt(degree), 40), 1), kind=kind.key,
                     grade=GRADE_COLOURS[grade][0] if grade in GRADE_COLOURS else None,
                     hover=_hover(graph, node, kind, labels[node]), **where)
    for s, o, p in sorted(network.edges(keys=True), key=lambda e: (str(e[0]), str(e[2]), str(e[1]))):
        label = property_labels.setdefault(p, _term_label(graph, p))
        net.add_edge(str(s), str(o), label=label, id=f"{s} {p} {o}")
    net.set_options(json.dumps(_vis_options(network.number_of_nodes())))
    return net


def _payload(graph: Graph, network: nx.MultiDiGraph, kinds: dict[URIRef, Kind], options: PageOptions,
             omitted: Counter[str]) -> dict[str, Any]:
    labels = {node: _label(graph, node, kinds[node]) for node in network}
    property_labels: dict[Any, str] = {}
    sources: dict[Any, dict[str, str]] = {}  # each source document described once
    contexts = _contexts(graph, {n: kinds[n] for n in network})
    places = _layout(network, kinds, contexts) if len(network) > LAYOUT_THRESHOLD else {}
    net = _pyvis(graph, network, kinds, labels, property_labels, places)
    nodes, edges, _, _, _, vis_options = net.get_network_data()
    for item in nodes:
        forces, periods = contexts[URIRef(item["id"])]
        item["forces"], item["periods"] = sorted(forces), sorted(periods)
    return {
        "title": options.title,
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(vis_options),
        "details": {str(n): _details(graph, n, kinds[n], labels, property_labels, sources) for n in network},
        "legend": _legend(network, kinds),
        "grades": [{"key": name, "color": color, "text": GRADE_TEXT.get(grade, "#000000"),
                    "count": sum(1 for n in nodes if n.get("grade") == name)}
                   for grade, (name, color) in GRADE_COLOURS.items()],
        "forces": _force_list(graph, {URIRef(f) for n in nodes for f in n["forces"]}),
        "periods": sorted({p for n in nodes for p in n["periods"]}),
        "omitted": dict(sorted(omitted.items())),
        "schema": options.ontology,  # draws the ontology: the instances are in the tables only
        # what --force and --period chose: the other views start with these filters
        "chosen": {"forces": sorted(_resolve_forces(graph, options.forces)) if options.forces else [],
                   "periods": sorted(options.periods)},
        "hints": _hints(options) if omitted else [],
    }


def _force_list(graph: Graph, forces: set[URIRef]) -> list[dict[str, str]]:
    listed = [{"id": str(f), "label": _first(graph, f, RDFS.label) or _local_name(f)} for f in forces]
    return sorted(listed, key=lambda f: (f["label"], f["id"]))


def _legend(network: nx.MultiDiGraph, kinds: dict[URIRef, Kind]) -> list[dict[str, Any]]:
    counts = Counter(kinds[n].key for n in network)
    table = INSTANCE_KINDS + SCHEMA_KINDS + (OTHER,)
    return [{"key": k.key, "name": k.name, "shape": k.shape, "color": k.color, "count": counts[k.key]}
            for k in table if counts[k.key]]


def _hints(options: PageOptions) -> list[str]:
    return [
        "kg viz --force NAME (one or more forces, e.g. --force staffordshire)",
        "kg viz --period P (e.g. --period 2016 --period 2018/19)",
        "kg viz --class C (e.g. --class Force --class Inspection --class Judgement)",
        "kg viz --focus IRI|LABEL --depth N (e.g. --focus 'Staffordshire Police' --depth 2)",
        f"kg viz --max-nodes N (now {options.max_nodes}; large pages are slow to lay out)",
    ]


def _package_text(package: str, name: str) -> str:
    return resources.files(package).joinpath(name).read_text(encoding="utf-8")


def _script_safe(js: str) -> str:
    """Inline JavaScript unchanged in meaning, with no URL scheme text and no way to close the element."""
    if re.search(r"</script|<!--", js, re.IGNORECASE):
        raise ValueError("inline script contains '</script' or '<!--'")
    return js.replace("http://", "http:\\/\\/").replace("https://", "https:\\/\\/")


def _json_for_script(data: Any) -> str:
    """JSON that can sit inside <script>: no <, >, & or / characters, ASCII only."""
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"), sort_keys=True)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("/", "\\/")):
        text = text.replace(char, escape)
    return text


def _content_security_policy(*scripts: str) -> str:
    """Only our own inline scripts run (by hash: no inline handlers, no injected script); nothing loads."""
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in scripts)
    return (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
            "font-src data:; base-uri 'none'; form-action 'none'")


def _fill_template(title: str, payload: dict[str, Any]) -> str:
    parts = {
        "TITLE": html.escape(title),
        "VIS_CSS": _package_text("pyvis", f"{VIS_DIR}/vis-network.css"),
        "PAGE_CSS": _package_text("kg.page", "templates/page.css"),
        "VIS_JS": _script_safe(_package_text("pyvis", f"{VIS_DIR}/vis-network.min.js")),
        "PAGE_JS": _script_safe(_package_text("kg.page", "templates/page.js")),
        "DATA": _json_for_script(payload),
    }
    if re.search(r"</style", parts["VIS_CSS"] + parts["PAGE_CSS"], re.IGNORECASE):
        raise ValueError("inline CSS contains '</style'")
    parts["CSP"] = _content_security_policy(parts["VIS_JS"], parts["PAGE_JS"])
    template = _package_text("kg.page", "templates/page.html")
    # one pass, so text inside a part is never taken for a placeholder
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: parts[m.group(1)], template)
