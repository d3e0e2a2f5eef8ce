"""Keys and IRIs for everything found in documents: pure, deterministic, no counters.

Every IRI is the base followed by a kind and a key. Keys are built from a fixed alphabet
(lower-case ASCII letters, digits and '-'); anything a document supplies is either
slugged into that alphabet or hashed, so no text can change an IRI's structure.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from rdflib import URIRef

from ..extract.records import InspectionKey

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-", "\u00a0": " "})


@lru_cache(maxsize=65536)
def slug(text: str) -> str:
    """Lower-case ASCII letters and digits joined by '-' ("2018/19" -> "2018-19")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", ascii_text.lower()).strip("-") or "x"


def normalise_text(text: str) -> str:
    """The identity form of a statement: quotes and dashes folded, whitespace collapsed, case folded."""
    return _SPACE.sub(" ", text.translate(_QUOTES)).strip().casefold()


def normalise_name(name: str) -> str:
    """The identity form of a person's name."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", name)).strip().casefold()


def digest(*parts: str, length: int = 16) -> str:
    """A short stable hash of some key parts."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]


class Ids:
    """Mints IRIs under one base (configurable, default https://w3id.org/peel-kg/id/).

    `term` makes the IRI from its text: rdflib's URIRef by default; kg.graph.mapping passes `str`,
    since it writes N-Triples lines without making rdflib terms."""

    def __init__(self, base: str, term: Callable[[str], Any] = URIRef) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self._term = term

    def _iri(self, *segments: str) -> URIRef:
        return self._term(self.base + "/".join(segments))

    def force(self, force_id: str) -> URIRef:
        return self._iri("force", slug(force_id))

    def inspectorate(self, acronym: str) -> URIRef:
        return self._iri("inspectorate", slug(acronym))

    def inspection(self, key: InspectionKey) -> URIRef:
        return self._iri("inspection", slug(key.force), slug(key.period), slug(key.pillar))

    def judgement(self, key: InspectionKey, question: str | None, grade: str) -> URIRef:
        # The grade is part of the key so that two documents disagreeing about one
        # judgement give two judgements, each consistent, rather than one with two grades.
        return self._iri("judgement", slug(key.force), slug(key.period), slug(key.pillar),
                         slug(question or "overall"), slug(grade))

    def statement(self, kind: str, key: InspectionKey, text: str) -> URIRef:
        return self._iri(slug(kind), slug(key.force), slug(key.period), slug(key.pillar),
                         digest(normalise_text(text)))

    def force_update(self, statement: URIRef, text: str) -> URIRef:
        return self._iri("update", digest(str(statement), normalise_text(text)))

    def person(self, name: str) -> URIRef:
        # "Zoë Billingham" and "Zoe Billingham" are one person: the slug folds accents.
        return self._iri("person", slug(normalise_name(name)))

    def membership(self, name: str, org_kind: str, org_key: str, role: str, title: str) -> URIRef:
        # One membership per title as written, so "Acting" and "Temporary Chief Constable"
        # each keep their own qualifier.
        return self._iri("membership", slug(normalise_name(name)), slug(org_kind), slug(org_key),
                         slug(role), slug(title))

    def cue(self, document: str, kind: str, start: int) -> URIRef:
        """An unexplained cue (kg build --audit): its document, kind and character offset."""
        return self._iri("cue", digest(document, kind, str(start)))

    def document(self, name: str) -> URIRef:
        """A source document, by its file name relative to the input folder (percent-encoded)."""
        return self._iri("document", quote(name, safe=""))
