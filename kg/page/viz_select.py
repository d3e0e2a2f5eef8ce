"""Choose what `kg viz` draws inside the Oxigraph store, then load only that into rdflib.

Who it is for: `kg viz` on a build with a store. Loading a 10,000-document graph into
rdflib and networkx to draw 1,500 nodes of it took most of a minute and gigabytes; here
the nodes are ranked from the store's indexes (typed nodes by class, then the links of
the one kind where the page's limit falls), and the page is drawn from a small rdflib
graph: the chosen nodes' triples and those of what they point to (and a few named things beyond), which is
all kg.page.visualise reads to label, describe and place them.

The choice is the one kg.page.visualise makes over the whole graph (kinds by class, first
kind first; within a kind by degree, then IRI; at most max_nodes); tests check that the
two choose the same nodes. Options this module cannot answer from the store (focus,
force, period, a query's view, the ontology) return None and the caller draws the old way.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, URIRef

from .visualise import INSTANCE_KINDS, Kind, PageOptions, _resolve_classes

_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_FORCE = ox.NamedNode("https://w3id.org/peel-kg/ontology#Force")
_FORCE_OF = ox.NamedNode("https://w3id.org/peel-kg/ontology#force")
_DEFAULT = ox.DefaultGraph()
# What the page reads of a node it does not draw: class, labels, a document's file, hash
# and title, and an inspection's force, period and pillar (kg.page.visualise _label,
# _hover, _details, _contexts).
_READ = frozenset(ox.NamedNode(iri) for iri in (
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2004/02/skos/core#prefLabel", "http://purl.org/dc/terms/title",
    "https://w3id.org/peel-kg/ontology#fileName", "https://w3id.org/peel-kg/ontology#sha256",
    "https://w3id.org/peel-kg/ontology#force", "https://w3id.org/peel-kg/ontology#period",
    "https://w3id.org/peel-kg/ontology#pillar", "https://w3id.org/peel-kg/ontology#inspection",
    "http://www.w3.org/ns/org#role", "https://w3id.org/peel-kg/ontology#acronym"))
# Followed two steps out from the chosen nodes (see neighbourhood_graph).
_FURTHER = tuple(ox.NamedNode("https://w3id.org/peel-kg/ontology#" + name) for name in ("force", "pillar", "inspection"))


@dataclass(frozen=True)
class Choice:
    """The nodes to draw, best first, their kinds, and what was left out by kind name."""

    nodes: list[URIRef]
    kinds: dict[URIRef, Kind]
    omitted: Counter[str]


def can_choose(options: PageOptions) -> bool:
    """Whether the store can make this choice (else the caller loads the whole graph)."""
    return not (options.focus or options.forces or options.periods or options.ontology
                or options.view is not None)


def choose(store: ox.Store, options: PageOptions) -> Choice:
    """The nodes kg.page.visualise would draw for `options`, ranked in the store."""
    table = INSTANCE_KINDS
    kinds: dict[Any, Kind] = {}
    for kind in table:  # a node of two kinds is the first one's
        for cls in kind.classes:
            for quad in store.quads_for_pattern(None, _TYPE, ox.NamedNode(str(cls)), _DEFAULT):
                if isinstance(quad.subject, ox.NamedNode):
                    kinds.setdefault(quad.subject, kind)
    if options.classes:
        wanted = _resolve_classes(options.classes, {}, False)
        kinds = {n: k for n, k in kinds.items() if k.key in wanted}
    by_kind: dict[str, list[Any]] = {kind.key: [] for kind in table}
    for node, kind in kinds.items():
        by_kind[kind.key].append(node)
    chosen: list[Any] = []
    omitted: Counter[str] = Counter()
    room = max(options.max_nodes, 0)
    for kind in table:
        members = by_kind[kind.key]
        if not room:
            ranked = members  # none of this kind is drawn: only counted
        elif len(members) <= room:
            ranked = sorted(members, key=lambda n: n.value)
        else:  # the limit falls in this kind: rank it by degree among the drawn nodes
            ranked = sorted(members, key=lambda n: (-_degree(store, n, kinds), n.value))
        chosen += ranked[:room]
        omitted[kind.name] += len(ranked) - len(ranked[:room])
        room -= len(ranked[:room])
    omitted = Counter({k: v for k, v in omitted.items() if v})
    return Choice([URIRef(n.value) for n in chosen], {URIRef(n.value): kinds[n] for n in chosen}, omitted)


def _degree(store: ox.Store, node: Any, drawn: dict[Any, Kind]) -> int:
    """Links (never rdf:type, never to itself) between `node` and drawn nodes, both ways."""
    out = {(q.predicate, q.object) for q in store.quads_for_pattern(node, None, None, _DEFAULT)
           if q.predicate != _TYPE and q.object != node and q.object in drawn}
    into = {(q.subject, q.predicate) for q in store.quads_for_pattern(None, None, node, _DEFAULT)
            if q.predicate != _TYPE and q.subject != node and q.subject in drawn}
    return len(out) + len(into)


def neighbourhood_graph(store: ox.Store, nodes: list[URIRef]) -> Graph:
    """The chosen nodes' triples, those of what they point to (with their predicates), of
    the forces, pillars and inspections those name, of every force and of every inspection of a chosen force: all the page
    reads about them (labels, grades, pillars, forces and periods, source documents)."""
    from ..store.oxstore import rdflib_graph

    seen: set[Any] = set()
    triples: list[Any] = []

    def describe(subjects: set[Any], only: frozenset[Any] | None = None) -> set[Any]:
        found: set[Any] = set()
        for subject in subjects - seen:
            seen.add(subject)
            quads = list(store.quads_for_pattern(subject, None, None, _DEFAULT))
            if only is not None:  # the page reads these; one other triple says it has any
                quads = [q for q in quads if q.predicate in only] or quads[:1]
            for quad in quads:
                triples.append(quad.triple)
                found.add(quad.predicate)
                if isinstance(quad.object, ox.NamedNode):
                    found.add(quad.object)
        return found

    chosen = {ox.NamedNode(str(n)) for n in nodes}
    forces = {q.subject for q in store.quads_for_pattern(None, _TYPE, _FORCE, _DEFAULT)}
    inspections = {q.subject for f in chosen & forces for q in store.quads_for_pattern(None, _FORCE_OF, f, _DEFAULT)}
    pointed = describe(chosen)
    # what they point to: what the page reads of it, and whether it has any triples at all
    describe(pointed, _READ)
    # two steps out, only what the page names: an inspection's force and pillar, a
    # statement's inspection (a force update's force and period come through it)
    further = {q.object for n in pointed if n in seen for p in _FURTHER
               for q in store.quads_for_pattern(n, p, None, _DEFAULT)}
    describe(further, _READ)
    describe(forces | inspections, _READ)
    return rdflib_graph(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))
