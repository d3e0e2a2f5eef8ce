"""The extractor registry: genre name -> function from a document to records.

To add a genre, write kg/extractors/<genre>.py with `extract(doc, gazetteer) -> list[Record]`,
add one line to EXTRACTORS, and a cue for it in kg/genres.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..documents import Document
from ..errors import UnknownGenre
from ..gazetteer import Gazetteer
from ..records import ForceMention, InspectionKey, Notice, Person, Record
from . import _facts
from ._text import original, sentence_at, view
from . import national_release, peel_report, peel_report_2021, press_release, response_record

Extractor = Callable[[Document, Gazetteer], list[Record]]

EXTRACTORS: dict[str, Extractor] = {
    "peel-report": peel_report.extract,
    "peel-report-2021": peel_report_2021.extract,
    "response-record": response_record.extract,
    "press-release": press_release.extract,
    "national-release": national_release.extract,
}


def get_extractor(genre: str) -> Extractor:
    """The extractor for a genre; UnknownGenre lists the genres there are."""
    try:
        return EXTRACTORS[genre]
    except KeyError:
        raise UnknownGenre(
            f"no extractor for genre {genre!r}; available: {', '.join(sorted(EXTRACTORS))}"
        ) from None


def extract(doc: Document, gazetteer: Gazetteer) -> list[Record]:
    """Records from one document, by its genre."""
    if doc.genre is None:
        raise UnknownGenre(f"{doc.name}: no known genre (not a PEEL report, response record or release)")
    records = get_extractor(doc.genre)(doc, gazetteer)
    kept = [rec for rec in records if _complete(rec, gazetteer)]
    found = notices(doc, gazetteer)
    if len(kept) < len(records):
        n = len(records) - len(kept)
        found.append(Notice(f"{n} fact{'s' if n > 1 else ''} with no force from the gazetteer or no "
                            f"inspection year left out", ""))
    return [*kept, *found]


_YEAR = re.compile(r"20\d\d")


def _complete(rec: Record, gazetteer: Gazetteer) -> bool:
    """Whether every force a record refers to is in the gazetteer and its inspection has a
    year (an extractor that cannot tell says "unknown"; no such fact, and no such force,
    enters the graph)."""
    key = getattr(rec, "key", None) or getattr(rec, "inspection", None)
    if isinstance(key, InspectionKey) and (key.force not in gazetteer.forces or not _YEAR.match(key.period)):
        return False
    if isinstance(rec, ForceMention):
        return rec.force in gazetteer.forces
    if isinstance(rec, Person) and rec.role != "inspector":
        return rec.organisation in gazetteer.forces
    return True


def notices(doc: Document, gazetteer: Gazetteer) -> list[Notice]:
    """Names shaped like a force's that the gazetteer does not know: a warning each, no fact
    (the tool never invents a force)."""
    text = view(doc)
    found = []
    for start, end in _facts.unknown_forces(text, gazetteer):
        name = " ".join(doc.text[start:end].split())
        found.append(Notice(f'names a force not in the gazetteer: "{name}"',
                            original(doc, *sentence_at(text, start))))
    return found
