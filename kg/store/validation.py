"""SHACL validation of a graph against ontology/shapes.ttl, as a plain Report.

pySHACL does the checking. What it returns (a report graph) becomes a list of Violations,
each naming the focus node by its label, the property path, and the shape's message, so
a person can find the fact without reading SHACL. A validation that cannot run (the shapes
do not parse or do not load) raises KgError: that is exit 2, not a non-conforming graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, SH, SKOS
from rdflib.term import Node

from ..errors import KgError
from .results import Shorten, display, shortener
from ..graph.terms import from_rdflib
from ..graph.vocab import PEEL, PREFIXES

# Properties tried in turn for a node's label in a report.
LABEL_PROPERTIES = (RDFS.label, SKOS.prefLabel, FOAF.name, PEEL.fileName, DCTERMS.title)


@dataclass(frozen=True)
class Violation:
    """One SHACL result: which node, which path, what is wrong."""

    focus: str          # the node, written short (prefix:name) or as a literal
    label: str          # its label, or "" if it has none
    path: str           # the property path, written short, or "" for a node-level constraint
    message: str
    severity: str       # Violation, Warning or Info
    value: str = ""     # the offending value, if the result names one
    shape: str = ""     # the shape that was not met


@dataclass
class Report:
    """Whether the graph conforms, and every result that says why not."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"conforms": self.conforms, "violations": [v.__dict__ for v in self.violations]}


def validate(data: Graph, shapes: Graph, ontology: Graph | None = None) -> Report:
    """Validate `data` against `shapes`, with `ontology` mixed in (class hierarchy, schemes)."""
    import pyshacl  # slow to import; only `kg validate` needs it
    from pyshacl.errors import ConstraintLoadError, ReportableRuntimeError, ShapeLoadError

    # Mixed here rather than through pyshacl's ont_graph, which takes minutes on this size.
    mixed = data + ontology if ontology is not None else data
    try:
        conforms, results, _ = pyshacl.validate(mixed, shacl_graph=shapes, inference="none",
                                                advanced=True, allow_warnings=False)
    except (ShapeLoadError, ConstraintLoadError, ReportableRuntimeError) as exc:
        raise KgError(f"cannot run validation: the shapes do not load: {_first_line(exc)}") from None
    shorten = shortener(list(PREFIXES.items()) + [(p, str(ns)) for p, ns in data.namespaces()]
                        + [(p, str(ns)) for p, ns in shapes.namespaces()])
    # One result per problem: a value that breaks two constraints of one property shape
    # (a grade outside sh:in and outside the scheme sh:node asks for) is one violation.
    unique = {(v.focus, v.path, v.value, v.message, v.shape): v for v in _violations(results, mixed, shapes, shorten)}
    return Report(bool(conforms), sorted(unique.values(), key=lambda v: (v.focus, v.path, v.message, v.value)))


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _shape_name(shapes: Graph, shape: Node | None, shorten: Shorten) -> str:
    """A shape as a reader can find it in the shapes file: its IRI, or for a property shape
    (a blank node) the node shape holding it and the property shape's sh:name or path."""
    if isinstance(shape, URIRef):
        return shorten(shape)
    if shape is None:
        return ""
    owner = next(iter(sorted(shapes.subjects(SH.property, shape))), None)
    name = shapes.value(shape, SH.name)
    if name is None:
        path = shapes.value(shape, SH.path)
        name = shorten(path) if isinstance(path, URIRef) else None
    parts = [shorten(owner) if isinstance(owner, URIRef) else "", str(name) if name is not None else ""]
    return " ".join(p for p in (parts[0], f"({parts[1]})" if parts[1] else "") if p)


def _violations(results: Graph, data: Graph, shapes: Graph, shorten: Shorten) -> Iterable[Violation]:
    for r in results.subjects(RDF.type, SH.ValidationResult):
        if (None, SH.detail, r) in results:  # why a sh:node failed: part of the result that holds it
            continue
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        messages = sorted(str(m) for m in results.objects(r, SH.resultMessage))
        severity = results.value(r, SH.resultSeverity)
        value = results.value(r, SH.value)
        shape = results.value(r, SH.sourceShape)
        yield Violation(
            focus=_short(focus, shorten),
            label=label_of(data, focus),
            path=_path(results, path, shorten),
            message=" ".join(messages) or _short(results.value(r, SH.sourceConstraintComponent), shorten),
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
            value=_short(value, shorten),
            shape=_shape_name(shapes, shape, shorten),
        )


def label_of(graph: Graph, node: Node | None) -> str:
    """A human name for a node: its label, preferred label, name, file name or title."""
    if node is None or isinstance(node, Literal):
        return ""
    for prop in LABEL_PROPERTIES:
        value = graph.value(node, prop)
        if value is not None:
            return str(value)
    return ""


def _short(term: Node | None, shorten: Shorten) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal):
        return repr(str(term)) if len(str(term)) <= 80 else repr(str(term)[:77] + "...")
    return display(from_rdflib(term), shorten)


def _path(results: Graph, path: Node | None, shorten: Shorten) -> str:
    """A SHACL property path written short: p, ^p, p/q, p|q, p*, p+, p?."""
    if path is None:
        return ""
    if isinstance(path, URIRef):
        return shorten(path)
    if isinstance(path, BNode):
        if (path, RDF.first, None) in results:
            return "/".join(_path(results, p, shorten) for p in results.items(path))
        for prop, fmt in ((SH.inversePath, "^{}"), (SH.zeroOrMorePath, "({})*"),
                          (SH.oneOrMorePath, "({})+"), (SH.zeroOrOnePath, "({})?")):
            inner = results.value(path, prop)
            if inner is not None:
                return fmt.format(_path(results, inner, shorten))
        alternatives = results.value(path, SH.alternativePath)
        if alternatives is not None:
            return "|".join(_path(results, p, shorten) for p in results.items(alternatives))
    return str(path)


def load_shapes_file(path: Path) -> Graph:
    """The shapes graph from a Turtle file; one that is missing or does not parse cannot run."""
    if not path.is_file():
        raise KgError(f"cannot run validation: no shapes file at {path}")
    try:
        return Graph().parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many types for bad syntax
        raise KgError(f"cannot run validation: {path} is not valid Turtle: {_first_line(exc)}") from None
