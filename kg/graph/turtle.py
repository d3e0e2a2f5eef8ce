"""A deterministic, streaming Turtle and N-Triples writer.

rdflib's Turtle serializer takes about a minute per million triples and orders blank
nodes by their random labels. This writer sorts triples by their N-Triples text (with
rdf:type first), groups them by subject and predicate, and writes prefixed names where the
local part needs no escaping, so the same triples always give the same bytes, quickly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

Triple = tuple[Node, Node, Node]

_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
# Also every character Python's str.splitlines() takes for a line break (\x85, \u2028,
# \u2029 and the C1 controls), so that a line of our N-Triples is always one line.
_NEEDS_ESCAPE = re.compile(r'[\\"\n\r\t\b\f\x00-\x1f\x7f-\x9f\u2028\u2029]')
# Characters that may not appear raw inside <...> in Turtle or N-Triples.
_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\]')
# A local name we are happy to write after a prefix: no escapes needed, no trailing dot.
_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")


def _escape_char(ch: str) -> str:
    return _ECHAR.get(ch) or f"\\u{ord(ch):04X}"


def _string(text: str) -> str:
    return '"' + _NEEDS_ESCAPE.sub(lambda m: _escape_char(m.group()), text) + '"'


def iri(value: str) -> str:
    """An IRI in angle brackets; characters that cannot stand there become \\u escapes."""
    return "<" + _IRI_BAD.sub(lambda m: f"\\u{ord(m.group()):04X}", value) + ">"


def bnode(node: BNode) -> str:
    label = re.sub(r"[^A-Za-z0-9_]", "_", str(node)) or "b"
    return "_:" + (label if label[0].isalpha() else "b" + label)


def nt_term(term: Node) -> str:
    """A term in N-Triples syntax (also valid Turtle)."""
    if isinstance(term, URIRef):
        return iri(str(term))
    if isinstance(term, BNode):
        return bnode(term)
    if isinstance(term, Literal):
        text = _string(str(term))
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype and term.datatype != XSD.string:
            return f"{text}^^{iri(str(term.datatype))}"
        return text
    raise TypeError(f"not an RDF term: {term!r}")


class LineWriter:
    """Turns triples into N-Triples lines, remembering each term's text (terms repeat a lot)."""

    def __init__(self) -> None:
        self._text: dict[Node, str] = {}

    def term(self, term: Node) -> str:
        written = self._text.get(term)
        if written is None:
            self._text[term] = written = nt_term(term)
        return written

    def line(self, triple: Triple) -> str:
        s, p, o = triple
        return f"{self.term(s)} {self.term(p)} {self.term(o)} .\n"

    def lines(self, triples: Iterable[Triple]) -> set[str]:
        return {self.line(t) for t in triples}


def ntriples_lines(triples: Iterable[Triple]) -> list[str]:
    """Sorted, de-duplicated N-Triples lines (each ending in a newline)."""
    return sorted(LineWriter().lines(triples))


_RDF_TYPE = f"<{RDF.type}>"


def split_line(line: str) -> tuple[str, str, str]:
    """Subject, predicate and object text of one N-Triples line (IRIs and blank node
    labels never hold a raw space, so the first two spaces end the first two terms)."""
    first = line.index(" ")
    second = line.index(" ", first + 1)
    return line[:first], line[first + 1:second], line[second + 1:-3]


class Shortener:
    """N-Triples term text -> Turtle term text, with prefixed names where possible."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        self.items = sorted(prefixes.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        self.cache: dict[str, str] = {_RDF_TYPE: "a"}

    def iri(self, text: str) -> str:
        cached = self.cache.get(text)
        if cached is None:
            cached = text
            value = text[1:-1]
            if "\\" not in value:
                for prefix, ns in self.items:
                    if value.startswith(ns) and _LOCAL.match(value, len(ns)):
                        cached = f"{prefix}:{value[len(ns):]}"
                        break
            self.cache[text] = cached
        return cached

    def obj(self, text: str) -> str:
        if text.startswith("<"):
            return self.iri(text)
        if text.endswith(">") and "\"^^<" in text:
            head, _, datatype = text.rpartition("^^")
            return f"{head}^^{self.iri(datatype)}"
        return text


def header(prefixes: dict[str, str]) -> str:
    """The @prefix lines that open a Turtle or TriG file."""
    return "".join(f"@prefix {prefix}: {iri(ns)} .\n" for prefix, ns in prefixes.items())


def turtle_lines(sorted_lines: Iterable[str], prefixes: dict[str, str]) -> Iterator[str]:
    """Grouped Turtle from sorted N-Triples lines: prefixes, then one block per subject
    with rdf:type first, predicates in order, objects of one predicate joined by commas."""
    yield header(prefixes)
    yield from _subject_blocks(sorted_lines, Shortener(prefixes))


def subject_block(sorted_lines: Iterable[str], short: Shortener) -> str:
    """The Turtle of one subject's lines: "\nSUBJECT ... .\n", as turtle_lines writes it."""
    return "".join(_subject_blocks(sorted_lines, short))


def graph_block(name: str, sorted_lines: Iterable[str], short: Shortener) -> str:
    """One named graph of TriG: "\nNAME {...}\n", as trig_lines writes it."""
    return f"\n{short.iri(iri(name))} {{" + "".join(_subject_blocks(sorted_lines, short)) + "}\n"


def _subject_blocks(sorted_lines: Iterable[str], short: Shortener) -> Iterator[str]:
    """Turtle for sorted lines: one block per run of lines with the same subject."""
    block: list[tuple[str, str, str]] = []
    for line in sorted_lines:
        s, p, o = split_line(line)
        if block and block[0][0] != s:
            yield from _block(block, short)
            block = []
        block.append((s, p, o))
    if block:
        yield from _block(block, short)


def _block(block: list[tuple[str, str, str]], short: Shortener) -> Iterator[str]:
    block.sort(key=lambda t: t[1] != _RDF_TYPE)  # stable: keeps the sorted order otherwise
    yield f"\n{short.iri(block[0][0]) if block[0][0].startswith('<') else block[0][0]}"
    predicate = None
    for _, p, o in block:
        if p != predicate:
            yield (" " if predicate is None else " ;\n    ") + short.iri(p) + " " + short.obj(o)
            predicate = p
        else:
            yield ",\n        " + short.obj(o)
    yield " .\n"


def trig_lines(named: Iterable[tuple[str, Iterable[str]]], prefixes: dict[str, str]) -> Iterator[str]:
    """TriG from (graph IRI, sorted N-Triples lines) pairs, in the order given."""
    short = Shortener(prefixes)
    yield header(prefixes)
    for name, sorted_lines in named:
        yield graph_block(name, sorted_lines, short)
