"""RDF terms as query answers carry them: small plain values, whatever engine gave them.

Every engine (the Oxigraph store, rdflib in memory, a SPARQL endpoint) hands its rows to
kg.store.results in these terms, and query parameters are bound as them. They need no rdflib:
a `kg query` on the store never imports it, which saves a tenth of a second of every
cold start (rdflib is converted to and from only where rdflib is already in use).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

IRI, LITERAL, BNODE = "iri", "literal", "bnode"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD_NS + "string"
XSD_INTEGER = XSD_NS + "integer"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

# The escapes a quoted SPARQL string needs (kg.graph.turtle writes more, for N-Triples lines, but
# loads rdflib, which this module must not).
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_NEEDS_ESCAPE = re.compile(r'[\\"\n\r\t]')
# Characters an IRI may not hold in SPARQL or Turtle (IRIREF): they could end it early.
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


@dataclass(frozen=True, slots=True)
class Term:
    """An IRI, a literal (with a datatype or a language, never both) or a blank node.

    A plain string literal has neither: xsd:string is left implicit, as the SPARQL result
    formats leave it. str() gives the IRI, the lexical form or the blank node's label."""

    kind: str
    value: str
    datatype: str | None = None
    language: str | None = None

    def __str__(self) -> str:
        return self.value

    def n3(self) -> str:
        """The term in SPARQL / Turtle syntax, escaped so that it cannot end early."""
        if self.kind == IRI:
            return f"<{self.value}>"
        if self.kind == BNODE:
            return f"_:{self.value}"
        text = quoted(self.value)
        if self.language:
            return f"{text}@{self.language}"
        if self.datatype:
            return f"{text}^^<{self.datatype}>"
        return text


def quoted(text: str) -> str:
    """A string in double quotes with Turtle's escapes."""
    return '"' + _NEEDS_ESCAPE.sub(lambda m: _ESCAPES[m.group(0)], text) + '"'


def iri(value: str) -> Term:
    """An IRI term; ValueError if the text cannot be one (a space, a quote, an angle bracket)."""
    if not value or _NOT_IN_IRI.search(value):
        raise ValueError(f"{value!r} is not an IRI")
    return Term(IRI, value)


def literal(value: str, datatype: str | None = None, language: str | None = None) -> Term:
    if language:
        return Term(LITERAL, value, None, language)
    if datatype in (XSD_STRING, RDF_LANG_STRING):
        datatype = None
    return Term(LITERAL, value, datatype)


def bnode(label: str) -> Term:
    return Term(BNODE, label)


# -- to and from rdflib (loaded only by callers already holding rdflib terms) ------------------

@cache
def _rdflib() -> Any:
    """rdflib's term classes, imported once, on first use (they convert whole result sets)."""
    import rdflib

    return rdflib


def from_rdflib(node: Any) -> Term | None:
    """An rdflib term (or None) as a Term."""
    if node is None:
        return None
    rdflib = _rdflib()
    if isinstance(node, rdflib.URIRef):
        return Term(IRI, str(node))
    if isinstance(node, rdflib.BNode):
        return Term(BNODE, str(node))
    if isinstance(node, rdflib.Literal):
        return literal(str(node), str(node.datatype) if node.datatype is not None else None, node.language)
    raise TypeError(f"not an RDF term: {node!r}")


def to_rdflib(term: Term) -> Any:
    """A Term as the rdflib term it stands for."""
    rdflib = _rdflib()
    if term.kind == IRI:
        return rdflib.URIRef(term.value)
    if term.kind == BNODE:
        return rdflib.BNode(term.value)
    return rdflib.Literal(term.value, lang=term.language,
                          datatype=rdflib.URIRef(term.datatype) if term.datatype else None)


def rdflib_bindings(values: Mapping[str, Term]) -> dict[str, Any]:
    """Query parameters as rdflib's initBindings."""
    return {name: to_rdflib(term) for name, term in values.items()}
