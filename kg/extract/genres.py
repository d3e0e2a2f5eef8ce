"""Genre detection: which extractor a document's text calls for.

Each genre has cues (regular expressions over the folded text, case-insensitive) with a
weight; the genre with the highest total wins, and a document with no cue has no genre.
"""

from __future__ import annotations

import re

# genre -> [(pattern, weight)]; looked at in the first part of the document only, where
# every genre announces itself (titles, headers, form fields).
GENRE_CUES: dict[str, list[tuple[str, int]]] = {
    "response-record": [
        (r"inspection response record", 10),
        (r"^title of inspection\b", 5),
        (r"^force\t", 3),
        (r"^areas for improvement\t", 3),
    ],
    "national-release": [
        (r"force press releases", 10),
        (r"^publication type:\s*press releases", 6),
    ],
    "peel-report-2021": [
        (r"^peel 20(2[1-9])(/\d\d|\s*-\s*20\d\d)\b", 10),
        (r"^peel 20\d\d/\d\d\s*-\s*an inspection of", 10),
        (r"^our judgments?\b", 3),
        (r"^overall summary\b", 2),
    ],
    "press-release": [
        (r"^#*\s*.{0,120}\bjudged as\b.{0,120}-\s*hmic(frs)?\s*$", 10),
        (r"^.{0,160}-\s*hmic(frs)?\s*$", 6),
        (r"has (today )?published (its|an) (latest )?assessment", 4),
        (r"\bsaid:", 2),
    ],
    "peel-report": [
        (r"^[a-z][a-z &'-]+ peel 20(1[4-9]|20)\s*$", 10),
        (r"^how (legitimate|effective|efficient) is the force at keeping people safe", 6),
        (r"^areas? for improvement\s*$", 2),
    ],
}

_COMPILED = {
    genre: [(re.compile(p, re.IGNORECASE | re.MULTILINE), w) for p, w in cues]
    for genre, cues in GENRE_CUES.items()
}

HEAD_CHARS = 6000


def detect_genre(plain: str) -> str | None:
    """The genre whose cues score highest in the document's head, or None."""
    head = plain[:HEAD_CHARS]
    scores = {
        genre: sum(w for rx, w in cues if rx.search(head))
        for genre, cues in _COMPILED.items()
    }
    best = max(scores, key=lambda g: (scores[g], g))
    return best if scores[best] >= 5 else None
