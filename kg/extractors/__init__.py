"""The extractor registry: genre name -> function from a document to records.

To add a genre, write kg/extractors/<genre>.py with `extract(doc, gazetteer) -> list[Record]`,
add one line to EXTRACTORS, and a cue for it in kg/genres.py.
"""

from __future__ import annotations

from collections.abc import Callable

from ..documents import Document
from ..errors import UnknownGenre
from ..gazetteer import Gazetteer
from ..records import Record
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
    return get_extractor(doc.genre)(doc, gazetteer)
