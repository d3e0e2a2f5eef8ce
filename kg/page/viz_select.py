"""Choose what `kg viz` draws inside the Oxigraph store, then load only that into rdflib.

Who it is for: `kg viz` on a build with a store. Loading a 10,000-document graph into
rdflib and networkx to draw 1,500 nodes of it took most of a minute and gigabytes; here
the nodes are ranked from the store's indexes (typed nodes by class, then the links of
the one kind where the page's limit falls), and the page is drawn from a small rdflib
graph: the chosen nodes' triples and those of what they point to (and a few named things beyond), which is
all kg.page.visualise reads to label, describe and place them.

The choice is the one kg.page.visualise makes over the whole graph (kinds by class, first
kind first; within a kind by degree, then IRI; at most max_nodes); tests check that the
two choose the same nodes. Options this module cannot answer from the store (a
query's view, the ontology) make can_choose false and the caller draws the old way.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, URIRef

from ..prefixes import PEEL_IRI, PREFIXES
from ..errors import KgError
from .visualise import (INSTANCE_KINDS, Kind, PageOptions, _expand, _in_context, _local_name, _resolve_classes,
                        _resolve_forces)

ORG_IRI = PREFIXES["org"]
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
_FURTHER = tuple(ox.NamedNode(PEEL_IRI + name) for name in ("force", "pillar", "inspection"))


@dataclass(frozen=True)
class Choice:
    """The nodes to draw, best first, their kinds, and what was left out by kind name."""

    nodes: list[URIRef]
    kinds: dict[URIRef, Kind]
    omitted: Counter[str]


def can_choose(options: PageOptions) -> bool:
    """Whether the store can make this choice (else the caller loads the whole graph)."""
    return not (options.ontology or options.view is not None)


def choose(store: ox.Store, options: PageOptions) -> Choice:
    """The nodes kg.page.visualise would draw for `options`, ranked in the store."""
    table = INSTANCE_KINDS
    kinds: dict[Any, Kind] = {}
    for kind in table:  # a node of two kinds is the first one's
        for cls in kind.classes:
            for quad in store.quads_for_pattern(None, _TYPE, ox.NamedNode(str(cls)), _DEFAULT):
                if isinstance(quad.subject, ox.NamedNode):
                    kinds.setdefault(quad.subject, kind)
    whole = kinds
    if options.focus:  # first, so that a neighbourhood keeps its paths
        seeds = _focus_seeds(store, kinds, options.focus)
        reached = _reach(store, kinds, seeds, max(options.depth, 0))
        kinds = {n: k for n, k in kinds.items() if n in reached}
    if options.classes:
        wanted = _resolve_classes(options.classes, {}, False)
    if options.forces or options.periods:
        forces = _resolve_forces(_forces_graph(store), options.forces)
        contexts = _contexts(store, whole)
        periods = set(options.periods)
        kinds = {n: k for n, k in kinds.items() if _in_context(contexts[n], forces, periods)}
    if options.classes:
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


def _peel(name: str) -> ox.NamedNode:
    return ox.NamedNode(PEEL_IRI + name)


def _pairs(store: ox.Store, predicate: ox.NamedNode):  # noqa: ANN202
    return ((q.subject, q.object) for q in store.quads_for_pattern(None, predicate, None, _DEFAULT))


def _forces_graph(store: ox.Store) -> Graph:
    """Every force's own triples (names, police.uk ids): what --force is matched against."""
    from ..store.oxstore import rdflib_graph

    triples = [q.triple for f in {q.subject for q in store.quads_for_pattern(None, _TYPE, _FORCE, _DEFAULT)}
               for q in store.quads_for_pattern(f, None, None, _DEFAULT)]
    return rdflib_graph(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))


def _contexts(store: ox.Store, kinds: dict[Any, Kind]) -> dict[Any, tuple[set[str], set[str]]]:
    """kg.page.visualise._contexts read from the store's indexes: for each node, the forces
    and periods it belongs to (empty: belongs to all)."""
    def value(subject: Any, predicate: ox.NamedNode) -> Any:
        return next((q.object for q in store.quads_for_pattern(subject, predicate, None, _DEFAULT)), None)

    inspections = {q.subject: (value(q.subject, _FORCE_OF), value(q.subject, _peel("period")))
                   for q in store.quads_for_pattern(None, _TYPE, _peel("Inspection"), _DEFAULT)}
    contexts: dict[Any, tuple[set[str], set[str]]] = {n: (set(), set()) for n in kinds}

    def add(node: Any, inspection: Any) -> None:
        if node in contexts and inspection in inspections:
            force, period = inspections[inspection]
            if force is not None:
                contexts[node][0].add(force.value)
            if period is not None:
                contexts[node][1].add(period.value)

    for inspection, (force, _) in inspections.items():
        add(inspection, inspection)
        add(force, inspection)
    for s, inspection in _pairs(store, _peel("inspection")):
        add(s, inspection)
    for update, statement in _pairs(store, _peel("respondsTo")):
        for q in store.quads_for_pattern(statement, _peel("inspection"), None, _DEFAULT):
            add(update, q.object)
    forces = {q.subject for q in store.quads_for_pattern(None, _TYPE, _FORCE, _DEFAULT)}
    for force in forces:
        if force in contexts:
            contexts[force][0].add(force.value)
    for membership, org in _pairs(store, ox.NamedNode(ORG_IRI + "organization")):
        if membership in contexts and org in forces:
            contexts[membership][0].add(org.value)
    for predicate in (_peel("inspectorate"), _peel("leadInspector"), ox.NamedNode(ORG_IRI + "member"),
                      ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")):
        for source, target in _pairs(store, predicate):
            if source in contexts and target in contexts:
                contexts[target][0].update(contexts[source][0])
                contexts[target][1].update(contexts[source][1])
    return contexts


# A node's names for --focus (kg.page.visualise._names): labels, alternative labels, acronyms.
_NAMES = tuple(ox.NamedNode(iri) for iri in (
    "http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://xmlns.com/foaf/0.1/name", "http://purl.org/dc/terms/title", PEEL_IRI + "fileName",
    "http://www.w3.org/2004/02/skos/core#altLabel", PEEL_IRI + "acronym"))


def _focus_seeds(store: ox.Store, kinds: dict[Any, Kind], focus: str) -> set[Any]:
    """The nodes --focus names: by IRI or prefixed name, else by any of their names or
    their IRI's last part, ignoring case (as kg.page.visualise._resolve_focus)."""
    iri = _expand(focus)
    if iri is not None:
        try:
            node = ox.NamedNode(str(iri))
        except ValueError:
            node = None
        if node in kinds:
            return {node}
    wanted = focus.strip().casefold()
    matches = {q.subject for p in _NAMES for q in store.quads_for_pattern(None, p, None, _DEFAULT)
               if q.subject in kinds and q.object.value.casefold() == wanted}
    matches |= {n for n in kinds if _local_name(n.value).casefold() == wanted}
    if not matches:
        raise KgError(f"--focus {focus!r} matches no node (give an IRI, a prefixed name such as "
                      f"id:force/staffordshire, or a label such as 'Staffordshire Police')")
    return matches


def _reach(store: ox.Store, kinds: dict[Any, Kind], seeds: set[Any], depth: int) -> set[Any]:
    """The nodes at most `depth` links from a seed, either way, through drawn nodes."""
    reached, frontier = set(seeds), set(seeds)
    for _ in range(depth):
        found = set()
        for node in frontier:
            found |= {q.object for q in store.quads_for_pattern(node, None, None, _DEFAULT)
                      if q.predicate != _TYPE and q.object in kinds}
            found |= {q.subject for q in store.quads_for_pattern(None, None, node, _DEFAULT)
                      if q.predicate != _TYPE and q.subject in kinds}
        frontier = found - reached
        reached |= frontier
    return reached


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
    describe(forces)  # whole: --force is matched against their names
    # what they point to: what the page reads of it, and whether it has any triples at all
    describe(pointed, _READ)
    # two steps out, only what the page names: an inspection's force and pillar, a
    # statement's inspection (a force update's force and period come through it)
    further = {q.object for n in pointed if n in seen for p in _FURTHER
               for q in store.quads_for_pattern(n, p, None, _DEFAULT)}
    describe(further, _READ)
    describe(inspections, _READ)
    return rdflib_graph(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))
