"""The account of a document: every cue a fact could hang on, and what became of it.

A cue is a grade word (in any case or form), a heading or label that introduces statements
or a force's answer, or a title that introduces a person. Each is either used by a fact,
matched by a named distractor rule (an ordinary adjective, the grading scale, a person with
no name ...), or unexplained. Unexplained cues are the likely misses: a user with no gold can
read them in a minute and see what the graph may lack.

The account is computed from the document's view and the records extracted from it, so it
costs one more pass of three small patterns, not a second extraction.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from ..read.document import Document
from .gazetteer import Gazetteer
from .records import Account, Cue, Judgement, Person, Record, Statement
from . import _facts as F
from . import _rules as R
from ._statements import is_update_label, statement_heading
from ._text import bullet_of, clean_statement, sentence_at, view
from . import _quick as quick

FACT = "fact"
UNEXPLAINED = "unexplained"


# A grade word: "outstanding", "good", "adequate", "inadequate", "requires improvement" (any
# case, any form), at a word start. Written initial first, as a set the engine can skip to
# (both cases spelt out: ignoring case would stop it skipping; "\u0131" is the dotless i that
# ignoring case lets "i" match), then "no word character before it", then the rest of the
# word, ignoring case, after a look back at the initial.
_GRADE_CUE = re.compile(r"[ogairOGAIR\u0131](?<!\w.)(?i:(?<=o)utstanding|(?<=g)ood|(?<=a)dequate|(?<=i)nadequate|"
                        r"(?<=r)equir(?:e|es|ed|ing)\s+improvement)\b")
# A title word, initial first in the same way.
_TITLE_CUE = re.compile(r"[ICH](?<!\w.)(?:(?<=I)nspector\s+of\s+Constabulary|(?<=C)hief\s+Constable|(?<=C)onstable|"
                        r"(?<=C)rime\s+Commissioner|(?<=H)MCI|(?<=H)MI)\b")
_OFFICE_OF = quick.compile(r"\b(?:office|offices|team|department)\s+of\s+the\b[^.\n]{0,60}$", re.IGNORECASE)
# "the (Deputy) Chief Constable noted": an office, however qualified, with no one named
_GENERIC_BEFORE = quick.compile(r"\b(?:chief|all|other|every|each|the|its|their|our)\s*(?:(?:deputy|acting|temporary|interim)\s+)*$",
                             re.I)
_HEADING_CUE = quick.compile(r"^[ \t]*(?:[-*\u2022][ \t]+|\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?:areas?\s+for\s+improvement|recommendations?|causes?\s+of\s+concern|"
                          r"(?:force|chief\s+constable'?s?|our)\s+(?:update|response))\b[^\n]{0,80}$",
                          re.IGNORECASE | re.MULTILINE)
_COUNT_RX = quick.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|all|most|many|several|"
                       r"the\s+(?:other|remaining))\s+(?:other\s+|remaining\s+|of\s+the\s+)?(?:areas?|forces?|questions?)\b",
                       re.IGNORECASE)
_NAMED_AFTER = quick.compile(r"[ \t]*,?[ \t]*(?:(?:Sir|Dame|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)[ \t]+)?[A-Z][\w'-]+[ \t]+[A-Z][\w'-]+")
_NAMED_BEFORE = quick.compile(r"[A-Z][\w'-]+[ \t]+[A-Z][\w'-]+,?[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'-]*(?:'s|\u2019s)[ \t]+)?"
                           r"(?:HM[ \t]+|Her[ \t]+Majesty's[ \t]+|His[ \t]+Majesty's[ \t]+|Acting[ \t]+|Temporary[ \t]+|"
                           r"Deputy[ \t]+|Police[ \t]+and[ \t]+|Police,[ \t]+Fire[ \t]+and[ \t]+)*$")
_NONE_AFTER = quick.compile(r"^\W*(?:none|n/a|nil|there\s+(?:are|were)\s+no\b|no\s+(?:areas?|recommendations?|causes?)\b)",
                         re.IGNORECASE)
_NOTES_RX = quick.compile(R.NOTES_HEADINGS, re.IGNORECASE)
# A committee paper's "Recommendation" section asks its readers to decide, and states no
# recommendation of the inspectorate ("The Panel is recommended to note this report").
_TO_COMMITTEE = quick.compile(rf"\W*(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?\s+)?{R.TO_COMMITTEE}", re.IGNORECASE)
# "Requires improvement" over "No areas": a column of the grid of judgements left empty
_EMPTY_GRADE = quick.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:[-*\u2022][ \t]+)?(?:no\s+(?:graded\s+)?areas?|none|n/a|nil)\.?[ \t]*$",
                          re.IGNORECASE | re.MULTILINE)
_NEGATED_RX = quick.compile(r"\b(?:no|not|never|nor|neither|without)\b(?:\s+\w+){0,6}\s+['\"]?$", re.IGNORECASE)


def account(doc: Document, records: list[Record], gazetteer: Gazetteer, full: bool = False) -> Account:
    """The cues of a document and their outcomes, in document order. Each unexplained cue
    carries its sentence; full gives every cue its sentence (for `kg audit --all`)."""
    text = view(doc)
    spans = _Spans(doc, records, F.force_finder(gazetteer))
    cues = [*_grade_cues(doc, text, spans), *_heading_cues(doc, text, records), *_title_cues(doc, text, records)]
    cues = [c if c.sentence or not (full or not c.explained) else
            replace(c, sentence=_sentence(doc, text, c.start)[2]) for c in cues]
    cues.sort(key=lambda c: (c.start, c.kind))
    return Account(doc.name, tuple(cues))


class _Spans:
    """Where a document's facts stand: the evidence spans of its judgements and statements."""

    def __init__(self, doc: Document, records: list[Record], forces: F.ForceFinder) -> None:
        self.forces = forces
        self.judged: list[tuple[int, int]] = []
        self.stated: list[tuple[int, int]] = []
        self.grades = {r.grade for r in records if isinstance(r, Judgement)}
        for rec in records:
            if isinstance(rec, Judgement):
                self.judged.extend(_occurrences(doc.text, rec.evidence))
            elif isinstance(rec, Statement):
                self.stated.extend(_occurrences(doc.text, rec.evidence))
                if rec.force_update:
                    self.stated.extend(_occurrences(doc.text, rec.force_update[:200]))

        self.judged_cover = _Cover(self.judged)
        self.stated_cover = _Cover(self.stated)


class _Cover:
    """Answers "does one of these spans hold [start, end)?" by bisection: of the spans that
    begin at or before start, the one reaching furthest holds it if any does."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach: list[int] = []  # the furthest end among the first i + 1 spans
        furthest = -1
        for _, b in ordered:
            furthest = max(furthest, b)
            self.reach.append(furthest)

    def holds(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end



def _occurrences(text: str, needle: str, limit: int = 20) -> list[tuple[int, int]]:
    needle = needle.strip()
    out: list[tuple[int, int]] = []
    if not needle:
        return out
    pos = text.find(needle)
    while pos >= 0 and len(out) < limit:
        out.append((pos, pos + len(needle)))
        pos = text.find(needle, pos + 1)
    return out


def _sentence(doc: Document, text: str, offset: int) -> tuple[int, int, str]:
    a, b = sentence_at(text, offset)
    return a, b, " ".join(doc.text[a:b].split())


def _grade_cues(doc: Document, text: str, spans: _Spans) -> list[Cue]:
    out = []
    sentences: dict[int, tuple[int, int, str]] = {}  # the sentences of a line's cues, read once
    for m in _GRADE_CUE.finditer(text):
        if spans.judged_cover.holds(m.start(), m.end()):
            out.append(Cue("grade", m.start(), m.end(), doc.text[m.start():m.end()], FACT, ""))
            continue
        a, b = sentence_at(text, m.start())
        outcome = _grade_outcome(text, m, a, b, spans, sentences)
        out.append(Cue("grade", m.start(), m.end(), doc.text[m.start():m.end()], outcome, ""))
    return out


def _grade_outcome(text: str, m: re.Match[str], a: int, b: int, spans: _Spans, seen: dict) -> str:
    """Why a grade word did or did not become a judgement, by the first rule that says so."""
    if spans.stated_cover.holds(m.start(), m.end()):
        return "in a statement's text"
    hits = seen.get(a)
    if hits is None:
        hits = seen[a] = F.find_grades(text, a, b)
    if not any(h.start <= m.start() < h.end for h in hits):
        grades = {g.group(0).lower().split()[0][:6] for g in _GRADE_CUE.finditer(text, a, b)}
        if len(grades) >= 3:
            return "the grading scale"
        return "an ordinary adjective"
    if _NEGATED_RX.search(text, max(a, m.start() - 40), m.start()):
        return "negated"
    if _NOTES_RX.match(_heading_above(text, m.start())):
        return "notes, not findings"
    if _COUNT_RX.search(text, a, b) and not F.find_questions(text, "legacy-section", a, b) \
            and not F.find_questions(text, "peel2021", a, b):
        return "a count with no area named"
    if F.unknown_force_spans(text, spans.forces, a, b):
        return "a force the gazetteer does not know"
    if F.grade_of_label(m.group(0)) in spans.grades:
        return "restates a grade already found"
    if _EMPTY_GRADE.match(text, m.end()):
        return "a grade of the grid with no area"
    if _in_grade_key(text, m, seen):
        return "a key of the grades' abbreviations"
    if _OWN_REVIEW_RX.search(text, a, m.start()):
        return "a rehearsal's rating, no inspectorate's"
    if _ASPIRED_RX.search(text, a, m.start()):
        return "an aim or a grade that may be given"
    return UNEXPLAINED


_OWN_REVIEW_RX = re.compile(R.OWN_REVIEW, re.IGNORECASE)
_ASPIRED_RX = re.compile(R.ASPIRED, re.IGNORECASE)


def _in_grade_key(text: str, m: re.Match[str], seen: dict) -> bool:
    """Whether a grade word spells out an abbreviation in a key ("RI = Requires improvement,
    G = Good", F.grade_keys). Each line is looked at once (`seen`), so that one enormous
    line stays linear."""
    start = text.rfind("\n", 0, m.start()) + 1
    graded = seen.get(("key", start))
    if graded is None:
        end = text.find("\n", m.end())
        graded = seen[("key", start)] = {p.start("grade") for pairs in F.grade_keys(text, start, len(text) if end < 0 else end)
                                         for p in pairs}
    return m.start() in graded


def _heading_above(text: str, offset: int) -> str:
    """The nearest short line above an offset that reads as a heading (for notes sections)."""
    pos = text.rfind("\n", 0, offset)
    for _ in range(60):
        if pos <= 0:
            return ""
        start = text.rfind("\n", 0, pos) + 1
        line = text[start:pos].strip()
        if line and len(line) < 60 and not line.endswith((".", ",", ";")):
            if _NOTES_RX.match(line):
                return line
        pos = start - 1
    return ""


FOLLOWING_CHARS = 1500  # a heading's statements start within this many characters of it


def _heading_cues(doc: Document, text: str, records: list[Record]) -> list[Cue]:
    statements = [r for r in records if isinstance(r, Statement)]
    openings: dict[str, set[str]] = {}  # kind -> the first words of its statements, as the view has them
    for st in statements:
        openings.setdefault(st.kind, set()).add(" ".join(st.text.split()[:6]))
    updates = [st for st in statements if st.force_update]
    out = []
    for m in _HEADING_CUE.finditer(text):
        line = m.group(0).strip()
        content = bullet_of(line)[1]
        head = statement_heading(content) or statement_heading(content.split(":")[0].split("\t")[0].strip())
        after = text[m.end():m.end() + 200]
        if is_update_label(content):
            outcome = FACT if updates else UNEXPLAINED
        elif head is None and not content.lower().startswith(("area", "recommendation", "cause")):
            continue
        elif _NONE_AFTER.match(after) or _NONE_AFTER.match(content.split(":", 1)[-1].split("\t", 1)[-1]):
            outcome = "states that there are none"
        elif _TO_COMMITTEE.match(after):
            outcome = "a recommendation to a committee"
        else:
            kind = head[0] if head else _kind_of(content)
            starts = openings.get(kind)
            # as the statement's text was made: tags dropped, entities decoded, spaces collapsed
            # (cleaned only where there is an opening to look for)
            if starts and _opens_ahead(doc.text[m.start():m.end() + FOLLOWING_CHARS], starts):
                outcome = FACT
            elif not head:
                outcome = "a mention, not a heading"
            else:
                outcome = UNEXPLAINED
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        out.append(Cue("heading", start, m.end(), doc.text[start:m.end()].strip()[:80], outcome,
                       " ".join(doc.text[start:m.end()].split())))
    return out


def _opens_ahead(raw: str, openings: set[str]) -> bool:
    """Whether one of the openings stands in `raw` as a statement's text is made from it
    (clean_statement: tags dropped, entities decoded, spaces collapsed). With no tag and no
    entity, cleaning only collapses runs of spaces, which leaves an opening (single spaces
    between words) found in the raw text where it is: the cleaning is needed only otherwise."""
    if "<" not in raw and "&" not in raw and any(opening in raw for opening in openings):
        return True
    ahead = clean_statement(raw)
    return any(opening in ahead for opening in openings)


def _kind_of(content: str) -> str:
    lowered = content.lower()
    if lowered.startswith("recommendation"):
        return "recommendation"
    if lowered.startswith("cause"):
        return "cause-of-concern"
    return "area-for-improvement"


def _title_cues(doc: Document, text: str, records: list[Record]) -> list[Cue]:
    people = [r for r in records if isinstance(r, Person)]
    names = {p.name.split()[-1] for p in people}
    # one search for all surnames instead of one per surname (same answer: some name, whole)
    named = re.compile("|".join(rf"\b{re.escape(n)}\b" for n in sorted(names))) if names else None
    out = []
    for m in _TITLE_CUE.finditer(text):
        before = text[max(0, m.start() - 60):m.start()]
        window = text[max(0, m.start() - 80):min(len(text), m.end() + 80)]
        if before.rstrip().endswith("Assistant"):
            outcome = "an assistant chief constable"
        elif _OFFICE_OF.search(before):
            outcome = "the name of an office"
        elif named is not None and named.search(window):
            outcome = FACT
        elif text[m.end():m.end() + 1] == "s" or _GENERIC_BEFORE.search(before) \
                and not _NAMED_AFTER.match(text, m.end()):
            outcome = "an office, no one named"
        elif _NAMED_AFTER.match(text, m.end()) or _NAMED_BEFORE.search(before):
            outcome = UNEXPLAINED
        else:
            outcome = "an office, no one named"
        out.append(Cue("title", m.start(), m.end(), doc.text[m.start():m.end()], outcome, ""))
    return out
