"""Extraction: from a document's text to records, with no genre gate.

Every readable document goes through the same general reader (`general.py`): a document
context (force, period, pillar), sections from its headings, and finders whose patterns
are the tables in `_rules.py`. A document's genre (`kg.extract.genres`) is a label on its node,
never a precondition: a document of no known genre yields what it states.

Reads the Document kg.read made (its markup already blanked, `Document.unmarked`) and
returns plain records (kg.extract.records); imports only kg.read, never rdflib, kg.graph,
kg.store, kg.page, kg.builder or kg.cli: it mints no IRI and writes nothing.
"""

from __future__ import annotations

import re
from collections import Counter

from pathlib import Path

from ..read.document import Document, document_from_bytes, load_document
from .gazetteer import Gazetteer
from .genres import detect_genre
from .records import Account, ForceMention, Inspection, InspectionKey, Judgement, Notice, Person, Record, Statement
from . import _facts, general
from . import _rules as R
from ._text import original, sentence_at, view
from .audit import account

# The kinds of record that are facts about an inspection (mentions and titles are not).
FACT_RECORDS = (Inspection, Judgement, Statement, Person)


def open_document(path: Path, name: str | None = None, data: bytes | None = None) -> Document:
    """A file read for extraction: the Document kg.read.document reads (from `data`, the
    file's bytes, when the caller has read them already), labelled with its genre
    (kg.extract.genres; a label on its node, never a gate)."""
    if data is not None:
        return document_from_bytes(data, path, name or path.name, detect_genre)
    return load_document(path, name, detect_genre)


def extract(doc: Document, gazetteer: Gazetteer) -> list[Record]:
    """Records from one document, whatever its genre or layout."""
    records = general.extract(doc, gazetteer)
    kept = [rec for rec in records if _complete(rec, gazetteer)]
    found = notices(doc, gazetteer)
    # a document whose force is not found at all has an inspection of force "unknown": that
    # is no fact left out, only a sign that the document states nothing
    dropped = [rec for rec in records if not _complete(rec, gazetteer)
               and not (isinstance(rec, Inspection) and rec.key.force == "unknown")]
    if dropped:
        n = len(dropped)
        found.append(Notice(f"{n} fact{'s' if n > 1 else ''} with no force from the gazetteer or no "
                            f"PEEL period left out", ""))
    elif doc.text.strip() and not any(isinstance(rec, FACT_RECORDS) for rec in kept):
        found.append(Notice("no facts found", ""))
    told = account(doc, kept, gazetteer)
    if told.unexplained:
        first = told.unexplained[0]
        found.append(Notice(_not_understood(told), doc.text[first.start:first.end]))
    return [*kept, *found, told]


def _not_understood(told: Account) -> str:
    """'3 cues not understood (2 grade words, 1 title), e.g. "..."': the build's warning."""
    missed = told.unexplained
    kinds = Counter(c.kind for c in missed)
    parts = ", ".join(f"{n} {CUE_NAMES[k][n > 1]}" for k, n in sorted(kinds.items()))
    example = missed[0].sentence
    example = example if len(example) <= 120 else example[:117] + "..."
    return f"{len(missed)} cue{'s' if len(missed) > 1 else ''} not understood ({parts}), e.g. {example!r}"


CUE_NAMES = {"grade": ("grade word", "grade words"), "heading": ("statement heading", "statement headings"),
             "title": ("title", "titles")}


def _complete(rec: Record, gazetteer: Gazetteer) -> bool:
    """Whether every force a record refers to is in the gazetteer and its inspection is of a
    PEEL period (an extractor that cannot tell says "unknown"; no such fact, and no such
    force, enters the graph)."""
    key = getattr(rec, "key", None) or getattr(rec, "inspection", None)
    if isinstance(key, InspectionKey) and (key.force not in gazetteer.forces or key.period not in R.PEEL_PERIODS):
        return False
    if isinstance(rec, ForceMention):
        return rec.force in gazetteer.forces
    if isinstance(rec, Person) and rec.role != "inspector":
        return rec.organisation in gazetteer.forces
    return True


# A document naming more unknown forces than this gets one line for the rest: a list of
# 80,000 made-up names is one document's problem, not 80,000 lines of a build's output.
UNKNOWN_FORCE_WARNINGS = 5


def notices(doc: Document, gazetteer: Gazetteer) -> list[Notice]:
    """Names shaped like a force's that the gazetteer does not know: a warning each (the
    first few, then one for the rest), no fact (the tool never invents a force)."""
    text = view(doc)
    found = []
    spans = [(a, b) for a, b in _facts.unknown_forces(text, gazetteer)  # (known, and outside PEEL: no warning)
             if not any(body.endswith(" ".join(text[a:b].split())) for body in R.OTHER_POLICE_BODIES)]
    for start, end in spans[:UNKNOWN_FORCE_WARNINGS]:
        name = " ".join(doc.text[start:end].split())
        found.append(Notice(f'names a force not in the gazetteer: "{name}"',
                            original(doc, *sentence_at(text, start))))
    if len(spans) > UNKNOWN_FORCE_WARNINGS:
        more = len(spans) - UNKNOWN_FORCE_WARNINGS
        found.append(Notice(f"names {more} more force{'s' if more > 1 else ''} not in the gazetteer", ""))
    return found
