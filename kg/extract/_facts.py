"""Finders shared by the extractors: forces, inspectorates, grades, questions, periods, people.

They work on the view of a document (`_text.view`), return offsets into it, and know no
genre: each genre module decides which of the hits are facts.
"""

from __future__ import annotations

import re
import re._constants as _C  # the regex parser's node kinds (Python 3.11+)
import re._parser as _P
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from .gazetteer import Gazetteer
from . import _rules as R
from ._quick import initial_alternation
from . import _quick as quick

# --- forces ----------------------------------------------------------------------------

_FORCE_SUFFIXES = (" Police Service", " Police", " Constabulary")


def _area_name(official: str) -> str | None:
    """'Kent Police' -> 'Kent': the bare area name titles use ("Kent PEEL 2017")."""
    for suffix in _FORCE_SUFFIXES:
        if official.endswith(suffix) and len(official) > len(suffix) + 2:
            return official[: -len(suffix)]
    return None


def _name_pattern(name: str) -> str:
    """A gazetteer name as a pattern: any run of spaces, any dash, & or 'and'."""
    parts = []
    for word in re.split(r"\s+", name.strip()):
        token = re.escape(word).replace(r"\-", "[-\u2010\u2011\u2013\u2014 ]")
        parts.append(token if word != "&" else r"(?:&|&amp;|and)")
    return r"(?:[ \t]|&nbsp;|&#160;)+".join(parts)


@dataclass(frozen=True)
class ForceHit:
    start: int
    end: int
    force: str  # data.police.uk id


CACHED_TEXT_CHARS = 1000  # a text read whole this long is kept, with its hits, for spans of it


class ForceFinder:
    """Every official name, alias and bare area name of every force, longest first."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        names: dict[str, str] = {}
        for entry in gazetteer.forces.values():
            area = _area_name(entry.name)
            for name in (entry.name, *entry.aliases, *((area,) if area else ())):
                for variant in (name, name[:1].upper() + name[1:], name.upper()):
                    names.setdefault(variant, entry.id)
        ordered = sorted(names, key=lambda n: (-len(n), n))
        self._ids = [names[n] for n in ordered]
        self._rx = re.compile(initial_alternation(ordered, _name_pattern, lambda i: f"f{i}",
                                                  before=r"(?<![\w&-].)" + R.NOT_A_FORCE_BEFORE, after=rf"(?![\w-])(?!{R.NOT_A_FORCE_AFTER})"))
        # the last text read whole, its hits and their starts: the extractors and the audit ask
        # about many spans of the same view, answered from one scan by bisection
        self._last: tuple[str, list[ForceHit], list[int]] | None = None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[ForceHit]:
        end = len(text) if end is None else end
        if self._last is None or self._last[0] is not text:
            if start != 0 or end != len(text) or len(text) < CACHED_TEXT_CHARS:
                return self._scan(text, start, end)  # (a cell or a sentence: the view stays cached)
            hits = self._scan(text, 0, end)
            self._last = (text, hits, [h.start for h in hits])
        _, hits, starts = self._last
        out = []
        for i in range(bisect_left(starts, start), len(hits)):
            if hits[i].start >= end:
                break
            if hits[i].end <= end:
                out.append(hits[i])
        return out

    def _scan(self, text: str, start: int, end: int) -> list[ForceHit]:
        return [ForceHit(m.start(), m.end(), self._ids[int(m.lastgroup[1:])])  # type: ignore[index]
                for m in self._rx.finditer(text, start, end)]

    def first(self, text: str, start: int = 0, end: int | None = None):  # noqa: ANN201
        hits = self.find(text, start, end)
        return hits[0] if hits else None


# Finders compiled once per gazetteer (a Gazetteer holds dicts, so it is not hashable);
# the gazetteer is kept alongside so its id cannot be reused while cached.
_FINDERS: dict[tuple[str, int], tuple[Gazetteer, object]] = {}


def _cached(kind: str, gazetteer: Gazetteer, build):  # noqa: ANN001, ANN202
    key = (kind, id(gazetteer))
    entry = _FINDERS.get(key)
    if entry is None or entry[0] is not gazetteer:
        if len(_FINDERS) > 16:
            _FINDERS.clear()
        entry = (gazetteer, build(gazetteer))
        _FINDERS[key] = entry
    return entry[1]


def force_finder(gazetteer: Gazetteer) -> ForceFinder:
    return _cached("forces", gazetteer, ForceFinder)


class BoundFinder:
    """A finder tied to one text: every name in it is found once, and a span's names are
    answered by bisection (the finders ask about many spans of the same document)."""

    def __init__(self, finder, text: str) -> None:  # noqa: ANN001
        self._finder = finder
        self._text = text
        self._hits: list | None = None
        self._starts: list[int] = []

    def find(self, text: str, start: int = 0, end: int | None = None) -> list:
        if text is not self._text:
            return self._finder.find(text, start, end)
        if self._hits is None:
            self._hits = self._finder.find(text)
            self._starts = [h.start for h in self._hits]
        end = len(text) if end is None else end
        out = []
        for i in range(bisect_left(self._starts, start), len(self._hits)):
            hit = self._hits[i]
            if hit.start >= end:
                break
            if hit.end <= end:
                out.append(hit)
        return out

    def first(self, text: str, start: int = 0, end: int | None = None) -> ForceHit | None:
        hits = self.find(text, start, end)
        return hits[0] if hits else None


# --- inspectorates -------------------------------------------------------------------------

_APOSTROPHE = r"(?:'|\u2019|&#39;|&#x27;|&apos;|&rsquo;)"


def _inspectorate_pattern(name: str) -> str:
    out = []
    for word in name.split():
        if word == "&":
            out.append(r"(?:&|&amp;|and)")
        else:
            out.append(re.escape(word).replace("'", _APOSTROPHE).replace("\\'", _APOSTROPHE))
    # (a letterhead's block beside another parts the name over two lines, the other block's
    # line between: "... of Constabulary and<tab>Jo Bloggs" / "Fire & Rescue Services<tab>...")
    return r"(?:[ \t]*\t[^\t\n]{0,80}\n[ \t]*|\s+)".join(out)


@dataclass(frozen=True)
class InspectorateHit:
    start: int
    end: int
    acronym: str


class InspectorateFinder:
    """Inspectorate names, aliases and acronyms (an HMI's personal title is not one)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        names: dict[str, str] = {}
        for entry in gazetteer.inspectorates.values():
            for name in (entry.name, *entry.aliases, entry.acronym):
                for variant in (name, name.upper()):  # headings in capitals name it too
                    names.setdefault(variant, entry.acronym)
        ordered = sorted(names, key=lambda n: (-len(n), n))
        self._acronyms = [names[n] for n in ordered]
        # (never Scotland's: "HM Inspectorate of Constabulary in Scotland" inspects Police Scotland;
        # nor the first words of HMICFRS's name cut short, as a browser's header prints a long
        # title: "His Majesty's Inspectorate of Constabulary and Fire & Res…")
        self._rx = re.compile(initial_alternation(ordered, _inspectorate_pattern, lambda i: f"i{i}",
                                                  before=r"(?<!\w.)",
                                                  after=r"(?!\w)(?![ \t]+(?:in|for)[ \t]+Scotland\b)(?![ \t]+(?:and|&)[ \t]+F)"))

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[InspectorateHit]:
        end = len(text) if end is None else end
        return [
            InspectorateHit(m.start(), m.end(), self._acronyms[int(m.lastgroup[1:])])  # type: ignore[index]
            for m in self._rx.finditer(text, start, end)
        ]


def inspectorate_finder(gazetteer: Gazetteer) -> InspectorateFinder:
    return _cached("inspectorates", gazetteer, InspectorateFinder)


# --- grades -----------------------------------------------------------------------------------

_GRADE_ALTERNATIVES = "|".join(f"(?P<g{i}>{p})" for i, p in enumerate(R.GRADE_WORDS.values()))
_GRADE_NAMES = list(R.GRADE_WORDS)
_GRADE_RX = quick.compile(rf"(?P<open>['\"])?\b(?:{_GRADE_ALTERNATIVES})\b(?P<close>['\"])?", re.IGNORECASE)
_WORD_BEFORE = quick.compile(r"([A-Za-z']+)[^A-Za-z']*$")
# who grades, right before the participle, or the comma of a reduced relative clause
_GRADER_BEFORE = quick.compile(r"(?:\b(?:we|they|inspectors|the\s+inspectorate|hmicfrs|hmic)\s+|,\s*)$", re.IGNORECASE)
_NEXT_WORD = quick.compile(r"\s*([A-Za-z]+|[^\sA-Za-z]|$)")
_LABEL_RX = quick.compile(rf"^['\"]?(?:{_GRADE_ALTERNATIVES})['\"]?\.?$", re.IGNORECASE)
_REQUIRES = _GRADE_NAMES.index("Requires improvement")


_LEFT_BEHIND_RX = quick.compile(R.GRADE_LEFT_BEHIND, re.IGNORECASE)
# a grade moved from, compared with the inspection before ("good, up from adequate", "down
# from good", "a fall from adequate"): that inspection's grade, its period the one before
_MOVED_FROM = quick.compile(R.MOVED_FROM + r"\s+(?:an?\s+|the\s+|its\s+)?['\"\u2018]?$", re.IGNORECASE)
# "from adequate to good": the grade moved to, right after the one moved from
TO_GRADE_AFTER = quick.compile(rf"['\"\u2019]?\s+to\s+(?:an?\s+)?['\"\u2018]?(?:{_GRADE_ALTERNATIVES})\b", re.IGNORECASE)
# a period right after a grade: "adequate in 2021/22", "good (PEEL 2021/22)"
_DATED_AFTER = quick.compile(r"['\"\u2019\u201d]?"
                             # ("down from the adequate grade it received in 2021/22")
                             r"(?:\s+(?:grade|rating)(?:\s+(?:it|that\s+it|the\s+force)\s+(?:had\s+)?(?:received|got|was\s+given|achieved))?)?"
                             r"(?:\s+in\s+(?:the\s+)?(?:PEEL\s+)?|\s*\((?:PEEL\s+)?)"
                             rf"{R.YEAR_SPAN}\b(?!\s*:)\)?", re.IGNORECASE)  # (never "good (2016: good)": that year's own grade)
_AFTER_COLON = quick.compile(r":\s*$")
_BRACKETED_YEAR_BEFORE = quick.compile(rf"\(\s*(?:PEEL\s+)?{R.YEAR_SPAN}\s*:\s*['\"\u2018]?$", re.IGNORECASE)  # "(2016: good)"
_INCLUDING_BEFORE = quick.compile(r"\bincluding\s+['\"\u2018]?$", re.IGNORECASE)
_DATED_GAP = quick.compile(rf"['\"\u2019\u201d]?\s+in\s+(?:the\s+)?{R.YEAR_SPAN}(?:(?:\s*,\s*|\s+and\s+){R.YEAR_SPAN})*"
                          r"\s*(?:,|;|,?\s+and|,?\s+then)\s*['\"\u2018\u201c]?")
_GRADE_DEFINITION_RX = quick.compile(R.GRADE_DEFINITION, re.IGNORECASE)
# "areas that require improvement": no grade
_AREAS_THAT_RX = quick.compile(r"\b(?:areas?|aspects?|things?)\s+(that|which)?\s*$", re.IGNORECASE)
_NAMED_AS_GRADE_AFTER = quick.compile(r"['\"\u2019\u201d]?\s*(?:[:,\u2013\u2014-]\s*(?:that|this|it)\s+(?:is|was)|is|was)"
                                      r"\s+the\s+(?:\w+\s+)?(?:grade|rating|judgement)\b", re.IGNORECASE)
_COLON_LIST_AFTER = quick.compile(r"['\"\u2019\u201d]?[ \t]*:[ \t]+(?=[a-z])")
# "the areas requiring improvement are A; B; and C": the areas named after the grade
_THE_BEFORE = quick.compile(r"\bthe\s+['\"]?$", re.IGNORECASE)
_AREAS_NAMED_AFTER = quick.compile(r"['\"]?(?:\s+areas?)?\s+(?:are|were|include[sd]?)\s*:?\s+(?!(?:set|listed|shown|described|as|in|the\s+following)\b)[a-z]",
                                   re.IGNORECASE)
_FROM_GRADE_TO = quick.compile(rf"\bfrom\s+['\"]?(?:{_GRADE_ALTERNATIVES})['\"]?\s+to\s+['\"]?$", re.IGNORECASE)
# ("its inadequate grade", "last month's inadequate grade": a time's, in a news story)
_A_GRADE_NAMED = quick.compile(r"(?:\b(?:the|an?|its)|\b(?:week|month|year|time)['\u2019]s)\s+['\"]?$", re.IGNORECASE)
# (plural too: "the good grades for A and B")
_GRADE_NOUN = quick.compile(rf"(?:{_GRADE_ALTERNATIVES})['\"]?\s+(?:grades?|grading|ratings?|judge?ments?)\b", re.IGNORECASE)
# ("the lowest grade, inadequate, for A"; never the scale's: "the scale added a fifth grade, 'adequate'")
_GRADE_APPOSITIVE = quick.compile(r"(?<!fifth )(?<!new )(?<!extra )(?<!added )\b(?:grade|rating),\s*['\"\u2018]?$", re.IGNORECASE)
# who gave a grade named as one, right after it ("the grade of adequate we gave the force",
# "the rating of good that it received")
_GIVEN_AFTER = quick.compile(r"['\"\u2019\u201d]?\s+(?:that\s+|which\s+)?(?:we|they|inspectors|HMICFRS|HMIC|the\s+inspectorate|it|the\s+force)\s+"
                             r"(?:had\s+|has\s+)?(?:gave|given|awarded|received|got|achieved|was\s+given)\b", re.IGNORECASE)
# a report named as a sentence's source in a clause of its own after a grade: "..., the 2018/19
# PEEL inspection found, ...", "..., inspectors said"
REPORTED_BY_RX = quick.compile(rf",\s*(?:the\s+|its\s+|their\s+)?(?:(?:PEEL\s+)?{R.YEAR_SPAN}\s+)?(?:PEEL\s+)?"
                               r"(?:inspections?|reports?|assessments?|inspectors|inspectorate|HMICFRS|HMIC|watchdog)\s+"
                               r"(?:has\s+|have\s+)?(?:found|said|concluded|judged|reported)\b", re.IGNORECASE)
# a pillar's grade named, the grade after a colon: "our legitimacy grade: good"
_PILLAR_GRADE_COLON = quick.compile(r"\b(?:effectiveness|efficiency|legitimacy|leadership)\s+(?:grade|rating|grading)\s*:\s*['\"\u2018\u201c]?$",
                                    re.IGNORECASE)
_RATING_OF = quick.compile(r"\b(?:grades?|grading|ratings?|judge?ments?|assessments?|verdicts?|scores?)\s+of\s*['\"]?$", re.IGNORECASE)
# "found the force good at A, and good at B": a grade joined to a judgement before it
# a grade coordinated with the one before ("good for A and adequate for B", "good for A;
# adequate for B; and requires improvement for C")
# the next of grades listed each with its area: "good at A, adequate at B, and ..."
_LISTED_AFTER = quick.compile(r",\s+$")
_COORDINATED = quick.compile(r"(?:(?:,\s*|\s)(?:and|but|or|yet)(?:\s+(?:also|still|only))?|;(?:\s+(?:and|but))?)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class GradeHit:
    start: int
    end: int
    grade: str
    quoted: bool


def grade_of_label(text: str) -> str | None:
    """The grade a whole label states ("Requires improvement", "'Good'"), else None."""
    m = _LABEL_RX.match(text.strip())
    if not m:
        return None
    return _GRADE_NAMES[int(m.lastgroup[1:])]  # type: ignore[index]


_AND_BEFORE = quick.compile(r"\b(?:and|but|or|then)\s+$", re.IGNORECASE)
# the force as the noun a participle describes: "the force judged good at A"; "a force" only
# as what a colon or a dash sets out
# "with A rated good": an absolute phrase, its noun the subject the participle grades
_WITH_ABSOLUTE_BEFORE = quick.compile(r"\bwith\s+(?:only\s+|just\s+)?(?:its\s+|the\s+)?[a-z][\w'\u2019 -]{2,30}?\s+(?:still\s+|also\s+|now\s+)?$",
                                      re.IGNORECASE)
_FORCE_NOUN_BEFORE = quick.compile(r"(?:(?:[:\u2013\u2014]|\s-)\s*an?|\bthe)\s+(?:force|constabulary)\s+$", re.IGNORECASE)


# A list item or line that opens on a force's name and sets what it says off with a dash:
# the grade right after the dash is that force's ("West Mercia Police - good for ...").
_FORCE_LABEL_BEFORE = quick.compile(r"[ \t]*(?:(?:[-*\u2022\u00b7\u25aa\u25cf\u25e6]|::|>>?)[ \t]+)?(?:[A-Z][\w&'-]*[ \t]+){1,4}(?:Police|Constabulary)"
                                    r"\b[^\n.;:]{0,60}?[ \t]-[ \t]+(?:[^\n]*?[.;][ \t]+)?$")


# A list item that opens on its grade, the force left unsaid as a briefing's bullets leave it
# ("- Adequate for A, for B and for C", "- Graded good in two areas: A; B")
_ITEM_OPENS_ON_GRADE = quick.compile(r"[ \t]*(?:[-*\u2022\u00b7\u25aa\u25cf\u25e6]|\d{1,2}[.)])[ \t]+"
                                     rf"(?:(?:{'|'.join(R.GRADING_PARTICIPLES)})[ \t]+(?:as[ \t]+)?)?['\"\u2018\u201c]?$",
                                     re.IGNORECASE)


_FIELD_LABEL = re.compile(r"[ \t]*[A-Z][A-Za-z]{1,12}(?:[ \t][a-z]{1,12})?:[ \t]+")
_AREA_AFTER_GRADE = quick.compile(r"[A-Za-z]+(?:[ \t]+improvement)?['\"\u2019\u201d]?[ \t]+(?:for|at|in)[ \t]",
                                  re.IGNORECASE)


_MOVED_TO = quick.compile(r"\b(?:improv(?:ed|es|ing)|ris(?:en|es|ing)|rose|f(?:ell|allen|alls|alling)|dropp(?:ed|ing)|"
                          r"slipp(?:ed|ing)|declin(?:ed|es|ing)|climb(?:ed|s|ing)|mov(?:ed|es|ing)\s+(?:up|down)|"
                          r"w(?:ent|ill\s+go)\s+(?:up|down))\s+to\s+(?:an?\s+)?['\"\u2018]?$", re.IGNORECASE)


# "Forces judged good include A and B", "Other forces rated outstanding were A, B and C"
_FORCES_GRADED_BEFORE = quick.compile(r"\bforces\s+(?:(?:that\s+were|which\s+were)\s+)?(?:graded|rated|judged|assessed|found)\s+(?:to\s+be\s+|as\s+)?$",
                                      re.IGNORECASE)
_FORCES_LISTED_AFTER = quick.compile(rf"(?:{R.GRADE_ALTERNATION})(?:\s+\w+)?\s+(?:include[sd]?|were|are)\b", re.IGNORECASE)
# a judging verb, then the area it grades as its object ("found our response to vulnerable people")
_AREA_OBJECT_BEFORE = quick.compile(r"\b(?:found|judged|rated|graded|considered|assessed|deemed)\s+"
                                    r"(?P<area>(?:our|its|their|the)\s+[^.;:,\n]{3,60}?)\s+$", re.IGNORECASE)
_BRACKET_CLOSES = quick.compile(rf"(?:{R.GRADE_ALTERNATION})\)", re.IGNORECASE)
_OPENS_ON_PARTICIPLE = quick.compile(r"[\s'\"\u2018\u201c]*(?:graded|rated|judged|assessed)\s+(?:as\s+)?['\"\u2018]?", re.IGNORECASE)
_BRACKETED_EARLIER = quick.compile(r"[(\[]\s*(?:previously|formerly)\s*:?\s*['\"\u2018]?$", re.IGNORECASE)


def _linked(text: str, start: int, floor: int) -> bool:
    """Whether a linking verb ("is", "be", "as") stands before start, over filler words, or
    a judging verb with its object ("found the force inadequate", "rated it good", "rated
    Avon and Somerset Police good"), or the grade it moved to ("from adequate to good"), or
    the grade is named as one ("the adequate grade it received")."""
    if _BRACKETED_EARLIER.search(text, max(floor, start - 16), start):
        return True  # "good at A (previously adequate)": the grade before, in an aside
    if start - floor > 8 and text[start - 1:start] == "(" and _BRACKET_CLOSES.match(text, start):
        return True  # "treats the people it serves with fairness and respect (good), ...": its area's grade after it
    if start - floor <= 24 and _OPENS_ON_PARTICIPLE.fullmatch(text, floor, start):
        return True  # a note's "Graded inadequate in 2021/22.": the subject left unsaid
    if _FROM_GRADE_TO.search(text, max(floor, start - 60), start) or _MOVED_TO.search(text, max(floor, start - 40), start):
        return True  # ("from adequate to good"; "Investigating crime improved to adequate")
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start <= 120 and _FORCE_LABEL_BEFORE.match(text, line_start, start):
        return True  # a force's item: "* West Midlands Police (WMP), published 19 December - good for ..."
    if start - line_start <= 20 and _ITEM_OPENS_ON_GRADE.match(text, line_start, start) \
            and _AREA_AFTER_GRADE.match(text, start, start + 40):
        return True  # (never a key's "- Inadequate - there are serious failings")
    if (not text[line_start:start].strip() or _FIELD_LABEL.fullmatch(text, line_start, start)) \
            and (after := _AREA_AFTER_GRADE.match(text, start, start + 40)) \
            and _areas_and_joiners_only(text, after.end(), _line_end(text, start)):
        # a box's line with no marker: "Good for preventing crime, A, B and C" (after a field's
        # label too: a text-only infographic's "Text: Good at responding to the public.")
        return True
    if _A_GRADE_NAMED.search(text, max(floor, start - 8), start) and _GRADE_NOUN.match(text, start):
        return True
    if _PILLAR_GRADE_COLON.search(text, max(floor, start - 30), start):
        return True  # "HMIC also published our legitimacy grade: good"
    if _FORCES_GRADED_BEFORE.search(text, max(floor, start - 40), start) and _FORCES_LISTED_AFTER.match(text, start):
        return True  # "Forces rated good elsewhere included Kent and Hertfordshire": the list after
    judged_area = _AREA_OBJECT_BEFORE.search(text, max(floor, start - 80), start)
    if judged_area and any(rx.search(judged_area.group("area")) for rx, _keys in _QUESTION_TABLES.values()):
        return True  # "they found our response to vulnerable people inadequate": the area judged, its grade after it
    pos = start
    objects = 0
    for _ in range(8):
        window = text[max(floor, pos - 40):pos]
        m = _WORD_BEFORE.search(window)
        if not m:
            return False
        word = m.group(1).lower()
        if word in R.LINKING_VERBS and not objects:
            return True
        if word in R.GRADING_PARTICIPLES and not objects and _AND_BEFORE.search(window, 0, m.start(1)):
            return True  # "was inspected and graded good at ...", not a count ("four of five judged good")
        if word in R.GRADING_PARTICIPLES and not objects and _NAME_BEFORE.search(window, 0, m.start(1)):
            return True  # a headline's "Essex graded GOOD at ...", "Kent Police rated good for ..." (no "was")
        if word in R.GRADING_PARTICIPLES and not objects and _APPOSITION_BEFORE.search(window, 0, m.start(1)):
            return True  # "Its investigation of crime, rated good, ...", "X - rated outstanding - rests on ..."
        if word in R.GRADING_PARTICIPLES and not objects and _GRADER_BEFORE.search(window, 0, m.start(1)):
            return True  # "the only force we graded outstanding", "X, which we rated good", "X, graded adequate for"
        if word in R.GRADING_PARTICIPLES and not objects and _WITH_ABSOLUTE_BEFORE.search(window, 0, m.start(1)):
            return True  # "..., with only legitimacy still rated good"
        if word in R.GRADING_PARTICIPLES and not objects and _FORCE_NOUN_BEFORE.search(window, 0, m.start(1)):
            return True  # "the headline finding: a force judged good at A" (never a rule's "a force judged inadequate is ...")
        if word == "of" and not objects and _RATING_OF.search(text, max(floor, pos - 40), pos):
            return True  # "a rating of good", "the grade of outstanding"
        if word in ("grade", "rating") and not objects and _GRADE_APPOSITIVE.search(text, max(floor, pos - 40), pos):
            return True  # "the inspectorate's lowest grade, inadequate, for ..."
        if objects and word in R.JUDGING_VERBS:
            return True
        named = m.group(1)[0].isupper() or (objects and word in ("and", "of"))  # a force's name
        if (word in R.GRADED_OBJECTS or named) and objects < 5:
            objects += 1
        elif objects or word not in R.LINK_FILLERS:
            return False
        pos = max(floor, pos - 40) + m.start(1)
    return False


# (the force's quality, not its leaders' or a unit's: "Leaders have an adequate understanding")
_HAS_A = quick.compile(r"\b(?:force|constabulary|police|service|it)\s+(?:has|had|shows?|showed|demonstrates?|demonstrated)"
                    r"\s+an?\s+$", re.IGNORECASE)
_QUALITY_NOUN = quick.compile(rf"\s+(?:{'|'.join(R.GRADED_QUALITIES)})\s+(?:of|to)\b", re.IGNORECASE)


# "it plans for the future in an outstanding way": the force doing the area's work, graded
_IN_A = quick.compile(r"\b(?:force|constabulary|it)\s+(?:[a-z]+\s+){1,8}in\s+an?\s+$", re.IGNORECASE)
_WAY_NOUN = quick.compile(r"\s+(?:way|manner|fashion)\b", re.IGNORECASE)


def _graded_quality(text: str, floor: int, start: int, end: int, stop: int) -> bool:
    """"the force has an outstanding understanding of demand", "it plans for the future in an
    outstanding way": the 2015-2017 reports' ways of grading a question by what it found."""
    return bool(_HAS_A.search(text, max(floor, start - 30), start) and _QUALITY_NOUN.match(text, end, stop)) \
        or bool(_IN_A.search(text, max(floor, start - 80), start) and _WAY_NOUN.match(text, end, stop))


def opens_on_named_grade(text: str) -> bool:
    """Whether text opens on a grade that it then names as one ("Good: that is the grade
    HMICFRS gave ...", "Outstanding is the grade we have given ..."): a sentence, not a label."""
    opening = _NOTHING_OR_NUMBER.match(text)
    m = _GRADE_RX.match(text, opening.end())
    return m is not None and _NAMED_AS_GRADE_AFTER.match(text, m.end()) is not None


_SPEAKER_BEFORE = quick.compile(r"\s*[A-Z][A-Z'\u2019 .-]{2,40}:\s*")  # a transcript's "DAMIEN ROURKE: "
_COUNTED_AFTER = quick.compile(rf"\s+(?:in|for|across)\s+(?:{'|'.join(k for k in R.COUNTS if k.isalpha())})(?:\s+(?:other\s+)?areas?)?\s*[.:]",
                               re.IGNORECASE)
# what may stand before a sentence's opening grade: quotation marks, a paragraph's number ("2.1")
_NOTHING_OR_NUMBER = quick.compile(r"[\s'\"\u2018\u201c]*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?[\s'\"\u2018\u201c]*")


def _followed_well(text: str, end: int, stop: int) -> bool:
    m = _NEXT_WORD.match(text, end, stop)
    if not m:
        return True
    word = m.group(1)
    if not word or not word[0].isalpha():
        return word in ("", ".", ",", ";", ":", "'", '"', ")", "(", "-", "!")  # ("good (2016: good)": a bracket's earlier grade)
    return word.lower() in R.GRADE_FOLLOWERS


# a speaker taking a grade back at once ("inadequate - sorry, requires improvement", "good, I
# mean adequate", "outstanding, or rather good")
_WITHDRAWN_AFTER = quick.compile(r"['\"\u2019\u201d]?\s*[,;:\u2013\u2014-]*\s*(?:sorry|I\s+mean|or\s+rather|correction)\b[\s,:;]*", re.IGNORECASE)


# a grade word that a place or time qualifies describes, never judges ("inadequate in places",
# "good in parts", "outstanding at times")
_HEDGED_AFTER = quick.compile(r"['\"\u2019\u201d]?\s+(?:in\s+(?:places|parts|some\s+(?:places|parts|respects|cases))|at\s+times)\b",
                              re.IGNORECASE)


def find_grades(text: str, start: int = 0, end: int | None = None, led_at: int = -1) -> list[GradeHit]:
    """Grade words used as judgements in text[start:end] (a sentence or a clause); a grade at
    `led_at` is linked by a lead-in above it ("The force was graded as:" / "- good at A")."""
    end = len(text) if end is None else end
    if _GRADE_DEFINITION_RX.match(text, start, end):
        return []  # "Good - the force demonstrates the characteristics of good policing": a key's line
    hits: list[GradeHit] = []
    every: list[GradeHit] = []  # every grade word, judgement or not: the scale is told by all of them
    replaced: set[int] = set()  # where a grade said instead of a slip stands (see _WITHDRAWN_AFTER)
    for m in _GRADE_RX.finditer(text, start, end):
        index = int(next(k for k, v in m.groupdict().items() if v and k.startswith("g"))[1:])
        quoted = bool(m.group("open") and m.group("close"))
        g_start = m.start() + (1 if m.group("open") else 0)
        g_end = m.end() - (1 if m.group("close") else 0)
        every.append(GradeHit(g_start, g_end, _GRADE_NAMES[index], quoted))
        if not quoted and index != _REQUIRES:
            linked = g_start == led_at or _linked(text, g_start, start) \
                or (hits and _COORDINATED.search(text, max(hits[-1].end, g_start - 12), g_start)) \
                or (hits and _LISTED_AFTER.search(text, max(hits[-1].end, g_start - 3), g_start)
                    and _AREA_AFTER.match(text, hits[-1].end, g_start)) \
                or (_LEFT_BEHIND_RX.search(text, max(start, g_start - 30), m.start())
                    and (_DATED_AFTER.match(text, g_end, end) or _MOVED_FROM.search(text, max(start, g_start - 30), m.start()))) \
                or ((_AFTER_COLON.search(text, max(start, m.start() - 3), m.start())
                     or (hits and _DATED_GAP.fullmatch(text, hits[-1].end, m.start())))
                    and _DATED_AFTER.match(text, g_end, end)) \
                or _BRACKETED_YEAR_BEFORE.search(text, max(start, m.start() - 16), m.start()) \
                or (_INCLUDING_BEFORE.search(text, max(start, m.start() - 12), m.start())
                    and _AREA_AFTER_GRADE.match(text, m.start() + (1 if m.group("open") else 0), end))
            # (the last two: a grade dated after a colon, "Legitimacy has been a strength: good in 2015,
            # 2016 and 2017", or after another dated grade, "requires improvement in 2015, good in 2016";
            # a grade a list includes, its area after it: "..., including inadequate for A")
            # "Outstanding is the grade we have given ...", "Good: that is the grade HMICFRS gave
            # ...": a sentence that opens on the grade and names it as one
            named_first = _NOTHING_OR_NUMBER.fullmatch(text, start, g_start) and _NAMED_AS_GRADE_AFTER.match(text, g_end, end)
            # a spoken answer that opens on its grade and counts its areas: "Adequate in four."
            # (the next sentence names them: "That's A, B, C and D.")
            named_first = named_first or ((_NOTHING_OR_NUMBER.fullmatch(text, start, g_start)
                                           or _SPEAKER_BEFORE.fullmatch(text, start, g_start))
                                          and _COUNTED_AFTER.match(text, g_end, end))
            # "improved from adequate to good": the grade moved from, the one moved to after it
            moved_to_next = linked and TO_GRADE_AFTER.match(text, g_end, end) \
                and _MOVED_FROM.search(text, max(start, g_start - 30), m.start())
            # "the grade of adequate we gave the force for A": the grade named, then who gave it
            given_after = linked and _RATING_OF.search(text, max(start, g_start - 24), g_start) \
                and _GIVEN_AFTER.match(text, g_end, end)
            if not (linked and (moved_to_next or given_after or _followed_well(text, g_end, end))) and not named_first \
                    and not _graded_quality(text, start, g_start, g_end, end) \
                    and not (_THE_BEFORE.search(text, max(start, g_start - 8), g_start) and _AREAS_NAMED_AFTER.match(text, g_end, end)):
                continue  # (but "the inadequate areas included A, B and C" names the areas it grades)
        counted = _AREAS_THAT_RX.search(text[max(start, g_start - 30):g_start]) if index == _REQUIRES else None
        if counted and not _AREAS_NAMED_AFTER.match(text, g_end, end) \
                and not (not counted.group(1) and _COLON_LIST_AFTER.match(text, g_end, end)):
            continue  # "three areas that require improvement": no judgement, unless it names them
            # ("Two areas require improvement: A, and B": the areas are the verb's subject, listed)
        if _DEFINED_AFTER.match(text, g_end, end):
            continue  # "requires improvement means it falls short of that standard": the scale's key
        if not quoted and _HEDGED_AFTER.match(text, g_end, end):
            continue  # "found its treatment of the workforce inadequate in places": a description, no grade
        withdrawn = _WITHDRAWN_AFTER.match(text, g_end, end)
        if withdrawn:
            # "graded inadequate - sorry, requires improvement": a slip, taken back; the grade
            # said instead stands in its place (the clause around it names the area)
            instead = _GRADE_RX.match(text, withdrawn.end(), end)
            if instead:
                index = int(next(k for k, v in instead.groupdict().items() if v and k.startswith("g"))[1:])
                hits.append(GradeHit(g_start, g_end, _GRADE_NAMES[index], quoted))
                replaced.add(instead.start() + (1 if instead.group("open") else 0))
            continue
        if g_start in replaced:
            continue  # (said in the place of the slip above)
        if _LEFT_BEHIND_RX.search(text, max(start, g_start - 30), m.start()) and not _DATED_AFTER.match(text, g_end, end) \
                and not _MOVED_FROM.search(text, max(start, g_start - 30), m.start()):
            continue  # "moving out of the 'inadequate' category": a grade left, not given
            # (one dated, "fell from adequate in 2021/22 to ...", is what that inspection gave;
            # "good, up from adequate" is what the inspection before gave: see earlier_period)
        hits.append(GradeHit(g_start, g_end, _GRADE_NAMES[index], quoted))
    if hits and len({h.grade for h in every}) >= 3 and _listed_together(text, every):
        return []  # a sentence listing the grade scale states no judgement
    return hits


# (a coding of the scale counts as its list: "Outstanding = 4, Good = 3, ...")
_SCALE_GAP = quick.compile(r"(?:\s*[=:]\s*\d{1,2})?[\s,;/'\"()\u2018\u2019\u201c\u201d-]*(?:(?:or|and|to|through)\b[\s'\"\u2018\u2019\u201c\u201d]*)?$",
                        re.IGNORECASE)


def _listed_together(text: str, hits: list[GradeHit]) -> bool:
    """Whether grades stand side by side, one list ("outstanding, good, adequate, requires
    improvement or inadequate"): the scale. Grades each followed by its own area ("good at
    A and adequate at B, but requires improvement at C") are three judgements."""
    gaps = [_GRADE_RX.sub(" ", text[a.end:b.start]) for a, b in zip(hits, hits[1:])]  # (grades not used count as list)
    return sum(1 for gap in gaps if _SCALE_GAP.match(gap)) >= 2


# --- questions -------------------------------------------------------------------------------


WRAP_INDENT_SPACES = 16  # spaces, at most, a question's wording is read across (a wrap's indent)


def _compile_table(*tables: dict[str, tuple[str, ...]]) -> tuple[re.Pattern[str], list[str]]:
    """One alternation of every wording of every key (group qN names key N), tried in one
    pass over a span."""
    keys: list[str] = []
    alternatives = []
    for table in tables:
        for key, patterns in table.items():
            for p in patterns:
                # "Leadership & force management": an ampersand says "and"
                wording = p.replace(" and ", " (?:and|&) ")
                # (a wording's space is a short run of spaces within a line: a joined wrap keeps
                # the next line's indent, "understanding of     the demand"; bounded, so that a
                # long run of spaces is crossed in linear time)
                wording = re.sub(r"(?<![\\\[]) (?![^\[]*\])", rf"[^\\S\\n]{{1,{WRAP_INDENT_SPACES}}}", wording)
                alternatives.append(f"(?P<q{len(keys)}>{wording})")
                keys.append(key)
    # every wording starts a word: try the alternation only where a word starts with a
    # letter some wording starts with (cheap to reject everywhere else)
    firsts = sorted({ch for p in (p for t in tables for ps in t.values() for p in ps)
                     for ch in _first_letters(p)})
    guard = rf"(?<![A-Za-z])(?=[{''.join(firsts)}{''.join(firsts).upper()}])"
    return quick.compile(guard + "(?:" + "|".join(alternatives) + ")", re.IGNORECASE), keys


def _first_letters(pattern: str) -> set[str]:
    """The letters a question wording can start with (its first literal word)."""
    body = pattern.removeprefix(r"\b")
    m = re.match(r"[a-z]", body)
    if not m:
        return set("abcdefghijklmnopqrstuvwxyz")  # starts with a group: assume anything
    return {m.group(0)}


_QUESTION_TABLES = {
    "legacy": _compile_table(R.LEGACY_QUESTIONS),
    "legacy-section": _compile_table(R.LEGACY_QUESTIONS, R.LEGACY_SECTION_EXTRA),
    "peel2021": _compile_table(R.PEEL2021_QUESTIONS),
}


def starts_with_question(text: str) -> bool:
    """Whether text begins with the wording of a question or graded area of any era."""
    return any(rx.match(text) for rx, _keys in _QUESTION_TABLES.values())


_GRADE_KEY_RX = quick.compile(R.GRADE_KEY_PAIR, re.IGNORECASE)


def grade_keys(text: str, start: int = 0, end: int | None = None) -> list[list[re.Match[str]]]:
    """The abbreviation/grade pairs ("RI = Requires improvement") of each line of
    text[start:end] that holds two or more of them: a key of the grades."""
    end = len(text) if end is None else end
    lines: list[list[re.Match[str]]] = []
    last = None  # the end of the pair before (a line break since then starts a new line)
    for m in (m for a, b in _key_windows(text, start, end) for m in _GRADE_KEY_RX.finditer(text, a, b)):
        if last is None or text.find("\n", last, m.start()) >= 0:
            lines.append([])
        lines[-1].append(m)
        last = m.end()
    # (a line of one pair right under a key's line goes on with the key: "Key:  O = Outstanding
    # G = Good" over "      RI = Requires improvement")
    kept: list[list[re.Match[str]] | None] = []
    for pairs in lines:
        if len(pairs) >= 2 or _in_glossary(text, pairs[0]) \
                or (kept and (above := kept[-1]) is not None and text.count("\n", above[-1].end(), pairs[0].start()) == 1):
            kept.append(pairs)
        else:
            kept.append(None)
    return [pairs for pairs in kept if pairs is not None]


# "AFI - area for improvement; CoC - cause of concern; RI - requires improvement": a line of
# abbreviations spelt out, of which the grade's is one
_GLOSSED_RX = quick.compile(r"\b[A-Z][A-Za-z&]{1,7}\s*(?:=|:|\s[-\u2013\u2014]\s)\s*[a-z]")
MIN_GLOSSED = 3  # abbreviations on the line, the grade's among them


def _in_glossary(text: str, pair: re.Match[str]) -> bool:
    start = text.rfind("\n", 0, pair.start()) + 1
    end = text.find("\n", pair.end())
    return sum(1 for _ in _GLOSSED_RX.finditer(text, start, len(text) if end < 0 else end)) >= MIN_GLOSSED


_KEY_TAIL_RX = quick.compile(R.GRADE_KEY_TAIL, re.IGNORECASE)


def _key_windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of text[start:end] where a key's pair may stand: from the line before
    each separator followed by a grade ("= Good", ": Adequate") to the end of its line, merged.
    (The pattern tried at every word is tried only there: most documents have few.)"""
    windows: list[tuple[int, int]] = []
    for m in _KEY_TAIL_RX.finditer(text, start, end):
        here = text.rfind("\n", start, m.start())
        before = text.rfind("\n", start, here) if here > start else -1
        a = start if before < 0 else before + 1
        b = text.find("\n", m.end(), end)
        b = end if b < 0 else b
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], b))
        else:
            windows.append((a, b))
    return windows


def era_of(period: str, headed: bool = False) -> str:
    """Which question table a period uses; `headed` for a heading or a table's area, where a
    legacy period reads its sections' extra wordings too ("legacy-section")."""
    if period[:4].isdigit() and int(period[:4]) >= 2021:
        return "peel2021"
    return "legacy-section" if headed else "legacy"


def find_questions(text: str, era: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """(offset, key) of every question wording in text[start:end], in order, keys unique."""
    end = len(text) if end is None else end
    rx, keys = _QUESTION_TABLES[era]
    found: dict[str, int] = {}
    for m in rx.finditer(text, start, end):
        found.setdefault(keys[int(m.lastgroup[1:])], m.start())  # type: ignore[index]
    hits = sorted((pos, key) for key, pos in found.items())
    return _drop_nested(hits, text)


def _drop_nested(hits: list[tuple[int, str]], text: str) -> list[tuple[int, str]]:
    # "preventing crime" inside "preventing crime and anti-social behaviour, and reducing
    # vulnerability" stays; nothing to drop in that case. Kept as a hook for overlaps.
    return hits


def first_question(text: str, era: str) -> str | None:
    """The key of the earliest question wording in a label or heading."""
    hits = find_questions(text, era)
    return hits[0][1] if hits else None


_OVERALL_RX = quick.compile("|".join(f"(?:{p})" for p in R.OVERALL_PHRASES), re.IGNORECASE)


def overall_phrase(text: str) -> bool:
    """Whether a clause speaks of a whole pillar ("how legitimately", "overall")."""
    return _OVERALL_RX.search(text) is not None


# --- pillars and periods -----------------------------------------------------------------

_PILLAR_RX = [(quick.compile(rf"\b(?:{p})\b", re.IGNORECASE), pillar) for pillar, p in R.PILLAR_WORDS.items()]


def pillars_named(text: str) -> list[str]:
    """Pillars named in text, in order of first mention."""
    found = []
    for rx, pillar in _PILLAR_RX:
        m = rx.search(text)
        if m:
            found.append((m.start(), pillar))
    return [p for _, p in sorted(found)]


_PILLAR_NOUN_RX = [(quick.compile(p, re.IGNORECASE), pillar) for pillar, p in R.PILLAR_NOUNS.items()]


_PILLAR_DEFINITION_RX = quick.compile(R.PILLAR_DEFINITION, re.IGNORECASE)


def pillar_noun_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of every pillar's own phrase (R.PILLAR_NOUNS) in text[start:end]."""
    return [m.span() for rx, _pillar in _PILLAR_NOUN_RX for m in rx.finditer(text, start, end)]


def pillar_nouns(text: str) -> list[str]:
    """Pillars named by their nouns ("legitimacy", not "legitimately"), in order of first
    mention; the pillars' shared definition names effectiveness where no other is named."""
    found = [(m.start(), pillar) for rx, pillar in _PILLAR_NOUN_RX if (m := rx.search(text))]
    if not found and _PILLAR_DEFINITION_RX.search(text) and set(pillars_named(text)) <= {"Effectiveness"}:
        return ["Effectiveness"]  # (never "... reducing crime efficiently", "... in a way that is legitimate")
    return [p for _, p in sorted(found)]


_PERIOD_RX = quick.compile(r"\b(20\d\d)(?:\s*[/-]\s*(20\d\d|\d\d)\b)?")


def normalise_period(first: str, second: str | None) -> str:
    """'2021','22' -> '2021/22'; '2023','2025' -> '2023-25'; '2016',None -> '2016'."""
    if not second:
        return first
    start = int(first)
    stop = int(second) if len(second) == 4 else (start // 100) * 100 + int(second)
    if stop <= start:
        return first
    return f"{start}/{stop % 100:02d}" if stop - start == 1 else f"{start}-{stop % 100:02d}"


def periods_in(text: str) -> list[tuple[int, str]]:
    """(offset, period) of every year or year span in text."""
    return [(m.start(), normalise_period(m.group(1), m.group(2))) for m in _PERIOD_RX.finditer(text)]


def inspectorate_of_era(period: str) -> str:
    """HMIC before July 2017, HMICFRS after: every 2017 PEEL report came after the change."""
    if not period[:4].isdigit():  # a document that never says when: the current inspectorate
        return "HMICFRS"
    return "HMICFRS" if int(period[:4]) >= R.FIRST_HMICFRS_YEAR else "HMIC"


def previous_period(period: str) -> str | None:
    """The inspection before: last year's for an annual (single-year) period, the cycle
    before for a cycle of the integrated assessment since 2021/22."""
    if period.isdigit():
        return str(int(period) - 1)
    # (2018/19's pillar grades are no area's: a 2021/22 document's "last inspection" is left alone)
    cycles = R.INTEGRATED_CYCLES
    at = cycles.index(period) if period in cycles else 0
    return cycles[at - 1] if at > 1 else None


_ISO_DATE_RX = quick.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
_DATE_RX = quick.compile(r"(?:\b(\d{1,2})(?:st|nd|rd|th)?\s+)?\b(" + "|".join(R.MONTHS) + r")\s+(20\d\d)\b", re.IGNORECASE)


def year_of_date(text: str) -> int | None:
    """The calendar year of the first date in text ("3 November 2016", "2016-11-03")."""
    m = _DATE_RX.search(text)
    if m:
        return int(m.group(3))
    iso = _ISO_DATE_RX.search(text)
    if iso and 1 <= int(iso.group(2)) <= 12:
        return int(iso.group(1))
    numeric = _NUMERIC_DATE_RX.search(text)  # ("Filed: 1127 GMT 22/01/2025")
    return int(numeric.group(2)) if numeric else None


_NUMERIC_DATE_RX = quick.compile(r"\b(?:0?[1-9]|[12]\d|3[01])/(0?[1-9]|1[0-2])/(20\d\d)\b")


def period_from_date(text: str) -> str | None:
    """The annual period of a release dated "3 November 2016" or "2016-11-03" (see
    FIRST_MONTH_OF_SAME_YEAR_PERIOD)."""
    m = _DATE_RX.search(text)
    if m:
        month, year = R.MONTHS[m.group(2).lower()], int(m.group(3))
    elif (iso := _ISO_DATE_RX.search(text)) and 1 <= int(iso.group(2)) <= 12:
        year, month = int(iso.group(1)), int(iso.group(2))
    elif numeric := _NUMERIC_DATE_RX.search(text):  # a British date, day first: "11/02/2016 06:30"
        year, month = int(numeric.group(2)), int(numeric.group(1))
    elif season := _SEASON_RX.search(text):  # a newsletter's issue: "Issue 41 -- Spring 2017"
        year, month = int(season.group(2)), R.SEASON_MONTHS[season.group(1).lower()]
    else:
        return None
    return str(year if month >= R.FIRST_MONTH_OF_SAME_YEAR_PERIOD else year - 1)


_SEASON_RX = quick.compile(r"\b(" + "|".join(R.SEASON_MONTHS) + r")\s+(20\d\d)\b(?!\s*[/-]\s*\d)", re.IGNORECASE)
_ORDINAL_YEAR_RX = quick.compile(
    r"\b(" + "|".join(R.ORDINALS) + r")\s+(?:year|time)\b", re.IGNORECASE)


def period_from_ordinal(text: str, pillar: str) -> str | None:
    """'the second year running' of legitimacy inspections (first run 2015) -> '2016'."""
    first = R.PILLAR_FIRST_YEAR.get(pillar)
    m = _ORDINAL_YEAR_RX.search(text)
    if first is None or not m:
        return None
    year = first + R.ORDINALS[m.group(1).lower()] - 1
    return R.INTEGRATED_PERIODS.get(year, str(year))  # (from 2018 the year's inspection was the integrated one)


# --- earlier periods named in a clause ------------------------------------------------------

_LAST_YEAR_RX = quick.compile(r"\blast year\b|\ba year ago\b|\bthe previous year\b|\blast time\b"
                              r"|\b(?:our|the|its|their)\s+(?:last|previous|prior)\s+(?:PEEL\s+)?(?:inspection|assessment|report)\b",
                              re.IGNORECASE)
# (a pillar year's report came out the year after: "published in March 2017" dates no 2017 grade;
# an integrated one's year is its cycle's, "published in 2019")
_PUBLISHED_IN_RX = quick.compile(rf"\bpublished\s+(?:in|on)\s+(?:\d{{1,2}}\s+)?(?:(?:{'|'.join(R.MONTHS)})\s+)?201[5-8]\b", re.IGNORECASE)
_LAST_CALENDAR_YEAR_RX = quick.compile(r"\blast\s+year\b|\ba\s+year\s+ago\b", re.IGNORECASE)
_EXPLICIT_PERIOD_RX = quick.compile(
    # ("In its previous inspection (PEEL 2018/19) the constabulary was judged good at ...")
    # ("As recently as 2016, inspectors rated Cleveland good ...")
    r"\b(?:(?:in|during|as\s+(?:recently|late|early|long\s+ago)\s+as)\s+(?:[\w&]+(?:'s)?\s+){0,2}?(?:(?:inspection|assessment|report)\s*\(\s*(?:PEEL\s+)?)?"
    # "the 2021/22 inspection graded investigating crime as requires improvement"
    # (not after a preposition that puts the grade after or beside it: "since the 2022 PEEL
    # report", "the most serious concern of the 2022 PEEL report")
    # (or of several years: "The 2015 and 2016 effectiveness reports both rated ...")
    # ("The warning signs came with the 2018/19 integrated inspection, which judged ...", "In the
    # integrated PEEL 2018/19 inspection the force was graded ...")
    rf"|(?<!since )(?<!after )(?<!\bof )(?<!than )(?<!from )(?<!compared with )(?<!line with )(?:the|our|its|their|HMIC(?:FRS)?['\u2019]s)\s+(?:integrated\s+)?(?:PEEL\s+)?(?={R.YEAR_SPAN}"
    r"(?:(?:\s*,\s*|\s+and\s+)20[01]\d)*\s+(?:PEEL\s+|HMIC(?:FRS)?\s+)?(?:integrated\s+)?(?:(?:effectiveness|efficiency|legitimacy|leadership)\s+)?"
    r"(?:inspection|assessment|report)s?\b)"
    # (or the grade itself: "The 2016 effectiveness grade was driven by ...", never one compared
    # with: "an improvement on its 2015 grade")
    rf"|(?<!since )(?<!after )(?<!\bof )(?<!than )(?<!from )(?<!with )(?<!\bon )(?:the|our|its|their)\s+"
    rf"(?={R.YEAR_SPAN}\s+(?:(?:effectiveness|efficiency|legitimacy|leadership)\s+)?grades?\b)"
    # "The most recent full report, for 2021/22, graded ...": the report its year names
    # ("HMIC's PEEL legitimacy inspection of 2016 judged ...")
    r"|(?:inspection|assessment|report),?\s+(?:for|of)\s+(?:PEEL\s+)?"
    # ("good (2016: requires improvement)": a bracket's earlier year and its grade)
    rf"|(?<=\()(?={R.YEAR_SPAN}\s*:))"
    rf"({R.YEAR_SPAN})\b", re.IGNORECASE)
_REPORT_AFTER_YEAR_RX = quick.compile(R.REPORT_AFTER_YEAR, re.IGNORECASE)
_MONTH_BEFORE_RX = quick.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
                                 r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$", re.IGNORECASE)
# "a deterioration since 2015, when ...", "an improvement on 2016, when ...": the year a
# following "when" clause is in
_ANY_PERIOD_RX = quick.compile(
    rf"\b(?:in|during|since|on|from|than|with)\s+(?:[\w&]+(?:'s)?\s+){{0,2}}?({R.YEAR_SPAN})\b",
    re.IGNORECASE)


# a sentence that opens with a report's title: "PEEL: Police efficiency 2014 - Cambridgeshire
# Constabulary - HMIC graded the constabulary good for efficiency" (a list of reports)
_TITLED_PERIOD_RX = quick.compile(r"[\s*\u2022-]*PEEL\b[\s:\u2013-]*(?:police\s+(?:effectiveness|efficiency|legitimacy)\s+)?"
                                  rf"({R.YEAR_SPAN})\b", re.IGNORECASE)


_MOVED_FROM_GRADE = quick.compile(R.MOVED_FROM + rf"\s+(?:an?\s+|the\s+|its\s+)?['\"\u2018]?(?:{R.GRADE_ALTERNATION})\b",
                                  re.IGNORECASE)


_FIVE_POINT_ONLY_RX = quick.compile(r"(?<![Ii]n)adequate\b", re.IGNORECASE)
# "was previously graded adequate", "(formerly requires improvement)": the cycle before's grade
_PREVIOUSLY_GRADE = quick.compile(r"\b(?:previously|formerly)\s+(?:been\s+)?(?:(?:graded|rated|judged|assessed)\s+)?(?:as\s+)?"
                                  rf"['\"\u2018]?(?:{R.GRADE_ALTERNATION})\b"
                                  # ("was good previously at A")
                                  rf"|\b(?:{R.GRADE_ALTERNATION})['\"\u2019]?\s+(?:previously|formerly)\b", re.IGNORECASE)


def earlier_period(clause: str, current: str, loose: bool = False, opening: bool = False, year: int | None = None) -> str | None:
    """The earlier period a clause puts its grade in ("last year", "In 2015"), else None;
    loose also takes "since 2015" and "on 2016" (for the clause a "when" clause follows);
    opening (the clause opens its sentence) also a report's title ("PEEL: Police efficiency 2014 - ...")."""
    # (never a publication's date: "in the report published in March 2017")
    # (a report's year beats a month's date before it: "In February 2016, HMIC published its
    # 2015 legitimacy inspection, which graded ...")
    found = [m for m in (_ANY_PERIOD_RX if loose else _EXPLICIT_PERIOD_RX).finditer(clause)
             if not _PUBLISHED_IN_RX.search(clause, max(0, m.start() - 40), m.end())]
    m = next((m for m in found if not _MONTH_BEFORE_RX.search(clause, max(0, m.start(1) - 12), m.start(1))),
             found[0] if found else None) or (_TITLED_PERIOD_RX.match(clause) if opening else None)
    if m:
        year_m = _PERIOD_RX.match(m.group(1))
        if year_m:
            period = normalise_period(year_m.group(1), year_m.group(2))
            if not year_m.group(2):  # "in 2022": the integrated assessment of that year (2021/22)
                period = R.INTEGRATED_PERIODS.get(int(period), period)
            if period != current and period[:4] <= current[:4]:
                return period
            if period != current and period.isdigit() and current.isdigit() and _REPORT_AFTER_YEAR_RX.match(clause, m.end()):
                return period  # a later year's pillar report named as one ("Its 2016 report had also judged ...")
    # (a grade compared with last year's is this year's: "outstanding ..., an improvement on
    # last year"; but "..., an improvement on last year, when HMIC judged it good" dates its
    # "when" clause, read loose)
    if _LAST_YEAR_RX.search(clause if loose else _COMPARED_WITH_LAST_RX.sub(" ", clause)) and not _names_cycle(clause, current) \
            and not (year and _LAST_CALENDAR_YEAR_RX.search(clause) and R.INTEGRATED_PERIODS.get(year - 1) == current):
        # ("Last year's inspection, part of the PEEL 2023-25 programme, graded ...": this cycle's;
        # so is "last year" in a page dated 2025, a year of the cycle 2023-25 too)
        return previous_period(current) or "?"
    moved = _MOVED_FROM_GRADE.search(clause) or _PREVIOUSLY_GRADE.search(clause)
    if moved and not (current.isdigit() and _FIVE_POINT_ONLY_RX.search(moved.group(0))):
        # "good, up from adequate": the cycle before's (or the year before's, on the scale the
        # pillar years used: never "adequate", a grade only since 2021/22)
        return previous_period(current) or "?"
    return None


# a grade compared with last year's, not last year's: "outstanding ..., an improvement on last year"
_COMPARED_WITH_LAST_RX = quick.compile(r"\b(?:improvement|up|down|rise|fall|step\s+up|better|worse)\s+(?:on|from|than)\s+last\s+year\b"
                                       r"|\b(?:than|compared\s+(?:with|to))\s+last\s+year\b", re.IGNORECASE)
# "our PEEL 2023-25 inspection", "our 2021/22 PEEL inspection", "the 2023-25 report": an
# integrated cycle named with its programme or its report, never a date
_NAMED_CYCLE_RX = quick.compile(r"\bPEEL\s+(20\d\d)\s*[/-]\s*(\d\d(?:\d\d)?)\b"
                                r"|\b(20\d\d)\s*[/-]\s*(\d\d(?:\d\d)?)\s+(?:PEEL\b|(?:report|inspection|assessment)s?\b)")


def _names_cycle(clause: str, current: str) -> bool:
    """Whether a clause names the current cycle by its programme ("PEEL 2023-25")."""
    return any(_named_cycle(m) == current for m in _NAMED_CYCLE_RX.finditer(clause))


def _named_cycle(m: re.Match[str]) -> str:
    return normalise_period(m.group(1), m.group(2)) if m.group(1) else normalise_period(m.group(3), m.group(4))


def later_cycle(opening: str, current: str) -> str | None:
    """The integrated cycle after the document's own period that the opening of a sentence
    names ("..., our PEEL 2023-25 inspection, in which we graded the force adequate ..." on
    a page whose period is 2021/22), else None. Only a span of years with "PEEL" or a
    report's name: a later year alone is a publication date ("published in May 2025")."""
    cycles = set(R.INTEGRATED_CYCLES)
    for m in _NAMED_CYCLE_RX.finditer(opening):
        named = _named_cycle(m)
        if named in cycles and named[:4] > current[:4]:
            return named
    return None


# --- clauses around a grade ------------------------------------------------------------------

_CLAUSE_BREAK = quick.compile(
    # (never the commas inside an area's official name: "..., and reducing vulnerability",
    # "Building, supporting and protecting the workforce")
    r"[;:]\s|,\s+(?!and\s+reducing\s+vulnerability\b|supporting\s+and\s+protecting\b)"
    # (never ", which include A": the areas of a count before it, "adequate in four areas, which include A")
    r"(?=(?:and|but|although|though|while|whereas|so|which(?!\s+includ)|as|when|exactly|because|with(?=\s+only\b))\b)"
    r"|,\s+(?=(?:its|it|the|this|that)\b)|\s+-\s+"
    # a headline's "but" with no comma, before a new subject ("'outstanding' at A but inspectors warn over B")
    r"|\s+(?=but\s+(?:inspectors?|the\s+(?:inspectorate|inspectors|report|watchdog)|watchdog|hmicfrs|hmic|it|they|there)\b)"
    # "adequate for A, up from inadequate in 2021/22": the period after is the grade's left behind
    r"|,\s+(?=(?:up|down|an?\s+(?:fall|drop|rise|step\s+(?:up|down)|decline|improvement|move))\s+from\b)"
    # "good at A (previously adequate)": the aside is the earlier grade's clause
    r"|\s+(?=[(\[]\s*(?:previously|formerly)\b)"
    # "found that A ... and that B ...": two findings
    r"|,?\s+(?=and\s+that\s+(?:it|the\s+(?:force|constabulary))\b)"
    # "requires improvement for effectiveness, including requires improvement for A": a grade of its own
    rf"|,\s+(?=including\s+(?:{R.GRADE_ALTERNATION})\b)")


MAX_CLAUSE = 400  # characters either side of a grade; real clauses are far shorter


# the time right after a grade, when it is an earlier one ("A, which was adequate last time,
# is now good")
_EARLIER_AFTER = quick.compile(r"['\"\u2019\u201d]?\s+(?:last\s+(?:time|year)|previously"
                               r"|in\s+(?:the|its|our)\s+(?:last|previous|prior)\s+(?:PEEL\s+)?(?:inspection|assessment|report))\b",
                               re.IGNORECASE)


def grade_segments(text: str, start: int, end: int, grades: list[GradeHit]) -> list[tuple[int, int]]:
    """For each grade in a sentence, the clause (start, end) that carries it: from the last
    clause break before it (not before the previous grade) to the first break after it."""
    brackets = _brackets(text, start, end)
    # a list in brackets is one clause ("good in two (A; B)"): no break inside it
    breaks = [b for b in _CLAUSE_BREAK.finditer(text, start, end)
              if not any(a < b.start() < z for a, z in brackets)]
    break_ends = [b.end() for b in breaks]
    break_starts = [b.start() for b in breaks]
    spans: list[tuple[int, int]] = []
    for i, hit in enumerate(grades):
        # a clause never reaches past a neighbouring grade, nor further than MAX_CLAUSE, nor
        # back into the list in brackets that the grade before it opened
        floor = max(grades[i - 1].end if i else start, hit.start - MAX_CLAUSE)
        if i:
            floor = max([floor] + [z + 1 for a, z in brackets if grades[i - 1].end <= a <= grades[i - 1].end + 30 and z < hit.start])
        ceiling = min(grades[i + 1].start if i + 1 < len(grades) else end, hit.end + MAX_CLAUSE)
        k = bisect_right(break_ends, hit.start) - 1
        lo = max(floor, break_ends[k]) if k >= 0 else floor
        if i and _DATED_GAP.fullmatch(text, grades[i - 1].end, hit.start):
            lo = hit.start  # "requires improvement in 2015, good in 2016": the year before is the last grade's
        if lo > floor and _AS_GRADE.search(text, lo, hit.start):
            # "graded its A, its B and its C as adequate": the list runs back to the verb
            verb = None
            for verb in _GRADING_VERB.finditer(text, floor, lo):
                pass
            lo = verb.end() if verb is not None else lo
        # "A, B, and C were all rated adequate": a plural subject runs back over the list's
        # ", and" to its first area
        # (or the grade its own plural verb: "A, and B, require improvement"; "The inspectorate
        # found that A, and B, require improvement": the list after the reporting verb)
        while k >= 0 and lo > floor and breaks[k].group(0).startswith(",") \
                and (_PLURAL_BEFORE_GRADE.search(text, lo, hit.start) or _PLURAL_GRADE.match(text, hit.start)) \
                and text.startswith("and", breaks[k].end()):
            before = break_ends[k - 1] if k > 0 else floor
            before = max(before, floor)
            if not _listed_areas_only(text, before, breaks[k].start()):
                reported = None
                for reported in _REPORTED_THAT.finditer(text, before, breaks[k].start()):
                    pass
                if reported is not None and _listed_areas_only(text, reported.end(), breaks[k].start()):
                    lo = reported.end()
                break
            lo, k = before, k - 1
        # "Three areas - A, B, and C - came back 'adequate'": the list between dashes is the subject
        opening = next((d for d in range(k - 1, -1, -1) if breaks[d].group(0).strip() == "-"), None) \
            if k >= 1 and lo > floor and breaks[k].group(0).strip() == "-" else None
        if opening is not None and breaks[opening].end() >= floor \
                and _COUNTED_AREAS.search(text, max(floor, breaks[opening].start() - 40), breaks[opening].start()) \
                and _listed_areas_only(text, breaks[opening].end(), breaks[k].start()):
            lo = breaks[opening].end()
        aside = _DASH_ASIDE.match(text, hit.end, ceiling)
        # "found it 'inadequate' - the lowest grade - in A and B": the aside is no clause's end
        j = bisect_left(break_starts, aside.end() if aside else hit.end)
        # "Gwent is good - at A, at B, and at C": a dash right after the grade opens its list
        if j < len(breaks) and breaks[j].group(0).strip() == "-" and breaks[j].start() < ceiling \
                and not text[hit.end:breaks[j].start()].strip(" '\"\u2019\u201d") and _AREA_PREPOSITION.match(text, breaks[j].end()):
            j += 1
        # a list of areas goes on over ", and at ...", ", and in ..." (not an aside's: "good
        # for A, up from adequate, and for B": B's grade is the one before the aside)
        moved = MOVED_FROM_OPENING.match(text, lo, hit.start)
        while not moved and j < len(break_starts) and (_LIST_GOES_ON.match(text, breaks[j].start(), ceiling)
                                         or _last_listed_area(text, breaks[j].start(), ceiling)):
            j += 1
        # "rated the force good at A; B; C; and D": a list of areas goes on over its semicolons
        # (not into the subject of the next grade: "...; while A, B and C all require improvement")
        while j < len(breaks) and breaks[j].group(0).startswith(";") \
                and not _GRADE_RX.search(text, breaks[j].end(), min(break_starts[j + 1] if j + 1 < len(breaks) else end, ceiling)) \
                and not (i + 1 < len(grades) and (break_starts[j + 1] if j + 1 < len(breaks) else end) > grades[i + 1].start) \
                and _listed_areas_only(text, breaks[j].end(), min(break_starts[j + 1] if j + 1 < len(breaks) else end, ceiling),
                                       lead=True):
            j += 1
        if _AREA_LIST.match(text, hit.end, ceiling):
            j = len(break_starts)  # "graded good in three areas: A; B; and C": the list is the clause
        elif j < len(breaks) and breaks[j].group(0).strip() == "-" and ceiling == end \
                and not text[hit.end:breaks[j].start()].strip(" '\"\u2019\u201d") \
                and _areas_and_joiners_only(text, breaks[j].end(), end):
            j = len(break_starts)  # "Everything else was adequate - A, B, and C.": the list after the dash
        hi = min(break_starts[j] if j < len(break_starts) else end, ceiling)
        if hi == ceiling and i + 1 < len(grades) and not _AREA_AFTER.match(text, hit.end, ceiling):
            hi = hit.end  # "rated A as good and B as adequate": B belongs to the next grade
            dated = _DATED_AFTER.match(text, hit.end, ceiling) or _EARLIER_AFTER.match(text, hit.end, ceiling)
            hi = dated.end() if dated else hi  # ("from adequate in 2021/22 to ...": its period is its own)
        spans.append((lo, hi))
    return spans


# a clause that opens on what its grade was before ("..., up from adequate", "(previously good)")
# ("..., a fall from the adequate grade it received in 2021/22")
MOVED_FROM_OPENING = quick.compile(r"\W*(?:previously|formerly)\b|\W*" + R.MOVED_FROM + r"\s", re.IGNORECASE)


# a name just before the participle, as a headline writes a force's ("Essex graded ...")
# (never a count, "FOUR OF FIVE JUDGED GOOD": how many, not whose)
_NAME_BEFORE = quick.compile(r"(?<![\w'])(?!(?:We|They|It|He|She|I|You|Who|Which|That|This|These|Those)\b)"
                             r"(?!(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                             r"|all|both|each|most|many|some|none|several|forces?|areas?)\b)"
                             r"[A-Z][\w&'\u2019-]*\s+$")
_APPOSITION_BEFORE = quick.compile(r"[a-z]\s*(?:,|\s[-\u2013\u2014])\s*$")
_DEFINED_AFTER = quick.compile(r"['\"\u2019\u201d]?\s+(?:means|indicates|signifies|denotes|shows\s+that|is\s+(?:given|awarded|used)\s+(?:when|where|if))\b",
                               re.IGNORECASE)
_AREA_PREPOSITION = quick.compile(r"(?:at|in|for)\s", re.IGNORECASE)
_COUNTED_AREAS = quick.compile(r"\b(?:two|three|four|five|six|seven|eight|\d)\s+(?:other\s+|more\s+)?areas\s*$", re.IGNORECASE)
_DASH_ASIDE = quick.compile(r"['\"]?\s+-\s+[^-.;\n]{1,60}?\s-\s+(?=(?:in|at|for|across)\b)", re.IGNORECASE)
_AS_GRADE = quick.compile(r"\bas\s+['\"\u2018\u201c]?$", re.IGNORECASE)
# (or the plural verb alone: "Its management of offenders, and its leadership, are adequate")
_PLURAL_BEFORE_GRADE = quick.compile(r"\b(?:were|are|have\s+been)\s+(?:all\s+|both\s+|each\s+)?"
                                     r"(?:(?:graded|rated|judged|assessed|found)\b|['\"\u2018\u201c]?$)", re.IGNORECASE)
_AREA_VERB = quick.compile(R.AREA_THEN_GRADE_VERBS, re.IGNORECASE)
_PLURAL_GRADE = quick.compile(r"requir(?:e|ed)\s+improvement\b", re.IGNORECASE)  # ("A, and B, required improvement" too)
_REPORTED_THAT = quick.compile(r"\b(?:found|said|concluded|judged|considered|noted|stated|reported)\s+that\s+", re.IGNORECASE)


def _listed_areas_only(text: str, start: int, end: int, lead: bool = False) -> bool:
    """Whether text[start:end] is nothing but graded areas, a list's items: it names one, and
    every word is part of an area's name or joins two ("A, B" before ", and C ..."); `lead`:
    the item may open with "and" ("; and D")."""
    segment = text[start:end].strip(" ,")
    if lead:
        segment = re.sub(r"^(?:and|&)\s+", "", segment.rstrip(" .;"))
    if not segment or _AREA_VERB.search(segment):
        return False
    return bool(find_questions(segment, "peel2021") or find_questions(segment, "legacy-section"))
_JOINER_WORDS = quick.compile(r"[,;&.]|\b(?:and|the|its|their|of|area|areas|too)\b", re.IGNORECASE)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _areas_and_joiners_only(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a list of areas and nothing else: every word but the
    joining ones ("and", "the", commas) part of an area's wording."""
    rest, at = [], start
    spans = sorted(m.span() for era in ("peel2021", "legacy-section") for m in _QUESTION_TABLES[era][0].finditer(text, start, end))
    for a, b in spans:
        if a >= at:
            rest.append(text[at:a])
            at = b
    if at == start:
        return False
    rest.append(text[at:end])
    # (a loose name's odd word is let through: "and the workforce area")
    return sum(len(_JOINER_WORDS.sub(" ", part).split()) for part in rest) <= 2


def listed_areas_only(text: str) -> bool:
    """Whether a text is nothing but graded areas listed ("A, B, and C")."""
    return _listed_areas_only(text, 0, len(text), lead=True)


_GRADING_VERB = quick.compile(r"\b(?:graded|rated|judged|assessed|considered)\b", re.IGNORECASE)


def _brackets(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open, close) of each outermost pair of round brackets in text[start:end]."""
    if "(" not in text[start:end]:
        return []
    pairs, depth, opened = [], 0, -1
    for k in range(start, end):
        ch = text[k]
        if ch == "(":
            if depth == 0:
                opened = k
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                pairs.append((opened, k))
    return pairs


# ("the good grades for A and B and the adequate grade for C": the grade as a noun's word)
_AREA_AFTER = quick.compile(r"['\"]?(?:\s+(?:grades?|ratings?))?\s*(?:at|in|for|across|on|overall|with|when|following)\b", re.IGNORECASE)


_AREA_LIST = quick.compile(
    # ("in the remaining four areas:" as well as "in the four remaining areas:")
    # (a dash after the grade, "Requires improvement \u2013 in two areas: A and B", as a comma)
    r"['\"]?(?:\s+[\u2013\u2014-])?\s+(?:in|for|across)\s+(?:(?:all|both|each\s+of|the)\s+)?(?:(?:other|remaining)\s+)?(?:(?:one|two|three|four|five|six|seven|eight|nine|"
    r"ten|\d{1,2}|these|the\s+following|several|other)\s+)?(?:of\s+the\s+\w+\s+)?(?:(?:other|more|further|remaining)\s+)?"
    r"(?:areas?|aspects?|questions?)\b(?:\s+of\s+policing)?" + R.AREAS_CLAUSE +
    r"\s*[-:(]"  # ("in five other areas - A, B, ...", "in four of the eight areas it inspected: A, B, ...")
    # "good in two areas, adequate in four and requires improvement in two: A, and B": the
    # count alone, its areas after the colon
    r"|['\"]?\s+in\s+(?:two|three|four|five|six|seven|eight|nine|\d)\s*:"
    # "the areas requiring improvement are A; B; and C": the areas after the grade
    r"|(?<=improvement)['\"]?\s+(?:are|were|include[sd]?)\s*:?\s+(?=[a-z])"
    r"|['\"]?\s+areas?\s+(?:are|were|include[sd]?)\s*:?\s+(?=[a-z])"
    # "Three areas were graded 'adequate': A, B and C": the grade, a colon, the areas
    r"|['\"\u2019\u201d]?[ \t]*:[ \t]+(?=[a-z])",
    re.IGNORECASE)
_LIST_GOES_ON = quick.compile(r",\s+(?:and\s+|as\s+well\s+as\s+)?(?:at|in|for)\s+(?!(?:the\s+)?(?:20\d\d|last|this|its|that)\b)"
                              # "... were adequate, as were its arrangements for A": the same grade
                              r"|,\s+as\s+(?:was|were|is|are)\s+(?!(?:the\s+)?(?:20\d\d|last|this)\b)"
                              # "... was good, and so was A", "... was good; so too was A"
                              r"|[,;]\s+(?:and\s+)?so\s+(?:too\s+)?(?:was|were|is|are)\s+(?!(?:the\s+)?(?:20\d\d|last|this)\b)",
                              re.IGNORECASE)


_AND_NEXT = quick.compile(r",\s+(?:and|&)\s+", re.IGNORECASE)
_ITEM_TAIL = quick.compile(r"[^.;,!?\n]{0,30}?(?=[.;,!?\n]|$)")
_TAIL_VERB = quick.compile(r"\b(?:is|are|was|were|be|been|remains?|has|have|had|needs?|requires?)\b", re.IGNORECASE)


def list_after_aside(text: str, at: int, ceiling: int) -> tuple[int, int] | None:
    """(start, end) of a list's next items right after an aside at `at` (", and for B, ..."),
    up to the clause's next break, else None."""
    m = _LIST_GOES_ON.match(text, at, ceiling)
    if m is None:
        return None
    stop = _CLAUSE_BREAK.search(text, m.end(), ceiling)
    return at, stop.start() if stop else ceiling


def _last_listed_area(text: str, at: int, ceiling: int) -> bool:
    """Whether ", and AREA" at `at` ends a list of areas: an area's wording of any era right
    after "and", and nothing after it but a few words with no verb before the clause ends
    ("..., and building, supporting and protecting the workforce.")."""
    m = _AND_NEXT.match(text, at, ceiling)
    if not m:
        return False
    for rx, _keys in _QUESTION_TABLES.values():
        area = rx.match(text, m.end(), ceiling)
        if area:
            tail = _ITEM_TAIL.match(text, area.end(), ceiling)
            return bool(tail) and not _TAIL_VERB.search(tail.group(0))
    return False


def clause_before(text: str, seg_start: int, floor: int) -> str:
    """The clause that ends just before seg_start (for "last year, when we judged ...")."""
    head = text[max(floor, seg_start - MAX_CLAUSE):seg_start]
    parts = re.split(r"[;,]\s+", head.rstrip(" ,;"))
    return parts[-1] if parts else ""


# --- people -----------------------------------------------------------------------------

_NAME = r"(?!(?:Acting|Temporary|Deputy|Assistant|Chief|Police|HM|Her|His|The|By|Comisiynydd|Arolygydd|Prif|Dirprwy|Heddlu)\b)(?:(?:Sir|Dame|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Lord|Lady|Professor)\s+)?(?P<name>[A-Z][\w'-]*(?:[ ](?:(?:ap|ab|de|van|von|du|da|di|le)[ ])?[A-Z][\w'-]*){1,2})"
# a title's words may be split over a line break ("He has met HM\nInspector of Constabulary X")
_TITLES = {
    "inspector": R.INSPECTOR_TITLE.replace(" ", r"\s+"),
    "commissioner": R.COMMISSIONER_TITLE.replace(" ", r"\s+"),
    "chief-constable": R.CHIEF_TITLE.replace(" ", r"\s+"),
}
_TITLE_ALT = "|".join(f"(?P<t_{k.replace('-', '_')}>{p})" for k, p in _TITLES.items())
_POST_NOMINAL = rf"(?:{'|'.join(R.POST_NOMINALS)})\b"
def _starts(items: list) -> tuple[set[str], bool] | None:  # noqa: C901 (one case per kind of node)
    """The characters a parsed pattern's match can start with, and whether it can match
    nothing at all; None where that is not known (a category, an inline flag, ...)."""
    found: set[str] = set()
    for op, av in items:
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # zero-width: the next item takes the first character
        if op is _C.LITERAL:
            return found | {chr(av)}, False
        if op is _C.IN:
            chars = _charset(av)
            return None if chars is None else (found | chars, False)
        if op is _C.SUBPATTERN:
            sub = None if av[1] or av[2] else _starts(list(av[3]))  # (?i:...) and the like: unknown
        elif op is _C.BRANCH:
            subs = [_starts(list(branch)) for branch in av[1]]
            sub = None if any(x is None for x in subs) else (
                set().union(*(x[0] for x in subs)), any(x[1] for x in subs))  # type: ignore[index]
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            sub = _starts(list(av[2]))
            sub = None if sub is None else (sub[0], sub[1] or av[0] == 0)
        else:
            return None
        if sub is None:
            return None
        found |= sub[0]
        if not sub[1]:
            return found, False
    return found, True


def _charset(items: list) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL:
            chars.add(chr(av))
        elif op is _C.RANGE and av[1] - av[0] < 256:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return chars


def with_initials(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern behind a look-ahead at the characters its matches can start with,
    where these are known: the same matches, but the engine skips from one such character
    to the next instead of trying a long alternation at every position."""
    starts = None if rx.flags & re.IGNORECASE else _starts(list(_P.parse(rx.pattern, rx.flags)))
    if starts is None or starts[1] or not starts[0]:
        return rx
    chars = starts[0]
    return quick.compile("(?=[" + "".join(re.escape(ch) for ch in sorted(chars)) + "])" + rx.pattern, rx.flags)


_PERSON_FORMS = tuple(with_initials(rx) for rx in (
    # "HM Inspector of Constabulary Wendy Williams", "Acting Chief Constable Nick Baker",
    # "Temporary Chief Constable (TCC) Mark Hobrough"
    # (or the title ending one line, the name opening the next as it goes on: "Police and Crime
    # Commissioner" / "Roderick Allsopp said the report was ...", text copied from a column)
    quick.compile(rf"(?:{_TITLE_ALT})(?:[ \t]+\([A-Z]{{2,5}}\))?(?:[ \t]+|[ \t]*\n[ \t]*(?=[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){{1,3}}[ \t]+(?:said|says|added|told|welcomed)\b))"
                  rf"{_NAME}"),
    # a release's "Police and Crime Commissioner for Suffolk Tobias Wrenfield said:": the area's
    # name run into the holder's (Collector keeps the hit only when an area leads the name)
    quick.compile(rf"(?:{_TITLE_ALT})[ \t]+for[ \t]+(?:the[ \t]+)?{_NAME}(?=[ \t]+(?:said|says|added|commented)\b|[ \t]*[,:])"),
    # "Cheshire's Police and Crime Commissioner, David Keane," / "... Commissioner for X, Name,"
    # / "HM Inspector of Constabulary, Roy Wilsher" ending its line or followed by "said"
    # / "The Chief Constable of Gwent Police, Pam Kelly," / "Commissioner (PCC) for Gwent, Jeff Cuthbert,"
    # / "The HM Inspector of Constabulary responsible for the Eastern region, Margaret Allcott,"
    quick.compile(rf"(?:{_TITLE_ALT})(?:\s+\([A-Z]{{2,5}}\))?(?:\s+(?:responsible\s+)?(?:for|of)\s+(?:the\s+)?[A-Z][\w&-]*"
               rf"(?:\s+(?:and\s+)?[A-Z][\w&-]*){{0,3}}(?:\s+region)?)?,\s+{_NAME}"
               rf"(?:\s*[,.;]|[ \t]*$|[ \t]+(?:said|says|added|commented)\b)", re.MULTILINE),
    # an answer's "The Chief Constable of Thames Valley Police is Karen Whitlock.", "Our Police
    # and Crime Commissioner is Jo Bloggs, who ...": the office named, then who holds it now
    quick.compile(rf"(?:{_TITLE_ALT})(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+(?:and\s+)?[A-Z][\w&-]*){{0,3}})?"
                  rf"\s+is\s+(?:currently\s+|now\s+)?{_NAME}(?=\s*[,.;]|\s+(?:and|who|since)\b|[ \t]*$)", re.MULTILINE),
    # ... or the holder first: "Karen Whitlock is the Chief Constable of Thames Valley Police",
    # "Jo Bloggs is the current Police and Crime Commissioner"
    # (or made it: "Richard Cooper was confirmed as Chief Constable in 2023")
    quick.compile(rf"(?:^|(?<=[.!?:][ \t])|(?<=\n)){_NAME}[ \t]+(?:is|was[ \t]+(?:confirmed|appointed|named|sworn[ \t]+in)[ \t]+as)[ \t]+"
                  rf"(?:the[ \t]+)?(?:(?:current|sitting|present|new|permanent)[ \t]+)?(?:{_TITLE_ALT})\b",
                  re.MULTILINE),
    # byline "Wendy Williams, Her Majesty's Inspector of Constabulary" or on two lines
    # (a letter's signature: "Andy Cooke QPM DL" / "His Majesty's Chief Inspector of Constabulary",
    # "Lisa Townsend" / "Police and Crime Commissioner for Surrey")
    # (a form's "Signed: Lisa Townsend" too)
    # (a commissioner's area before the title: "Harriet Bloggs" / "Sussex Police and Crime Commissioner";
    # another office first: "Chair, Policing in Wales Board, and Police and Crime Commissioner for X")
    # (a bilingual signature: the Welsh title on a line of its own or before " / ", then the English)
    quick.compile(rf"^[ \t]*(?:(?:Signed|Signature)[ \t]*:?[ \t]*)?{_NAME}(?:[ \t,]+{_POST_NOMINAL})*[ \t]*\n(?:[ \t]*\n)?[ \t]*"
                  rf"(?:[^\n]{{0,80}}?\b(?:{R.WELSH_TITLE_WORDS})\b[^\n]{{0,80}}?(?:[ \t]+/[ \t]+|[ \t]*\n[ \t]*))?"
                  rf"(?:[A-Z][^\n]{{0,60}}?,[ \t]+and[ \t]+)?"
                  rf"(?:[A-Z][\w&-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w&-]*){{0,3}}[ \t]+(?=Police(?:,| and)|Commissioner for Police))?(?:{_TITLE_ALT})"
               # (the body after it: "for Surrey", "of Kent Police", ", Sussex Police")
               rf"(?:[ \t]+(?:for|of|at)[ \t]+(?:the[ \t]+)?[A-Z][^\n]{{0,60}}|,[ \t]+[A-Z][^\n]{{0,60}}?(?:Police|Constabulary))?"
               rf"(?:[ \t]+/[ \t]+[^\n]{{0,80}}\b(?:{R.WELSH_TITLE_WORDS})\b[^\n]{{0,80}})?[ \t]*$", re.MULTILINE),
    # "Foreword by Zoë Billingham, HM Inspector of Constabulary", "Dr Alan Billings, South
    # Yorkshire's Police and Crime Commissioner, said", "copying this letter to Jo Bloggs,
    # Police and Crime Commissioner for X": after a word in lower case the capitals are a name
    # / an attendance list's "Dawn Kellett - Police, Fire and Crime Commissioner (Chair)"
    # / a field's value: "Copy to: Jo Bloggs, Police and Crime Commissioner for X"
    # / a quotation's attribution: "— Jo Bloggs, HM Inspector of Constabulary"
    # / a byline: "By Jo Bloggs, Police and Crime Commissioner for X"
    # / an appositive between commas: "HMIC's inspector for the region, Jo Bloggs, HM Inspector of Constabulary, presented"
    # / a table's cell: "| Commissioner | Jo Bloggs, Police and Crime Commissioner |"
    # / a numbered paragraph's opening: "2.1 Jo Bloggs, Police and Crime Commissioner for X, said:"
    # / in brackets: "action log v14 (Jo Bloggs, Police and Crime Commissioner for X; ...)"
    quick.compile(rf"(?:^[ \t]*(?:[\u2014\u2013-]{{1,2}}[ \t]*|By[ \t]+|\d{{1,2}}(?:\.\d{{1,2}}){{1,2}}[ \t]+)?|\b[a-z]+[ \t]+|[.!?:][ \t]+|[|\t][ \t]*|\((?=[A-Z])|(?<=[a-z]),[ \t]+"
                  # a quotation's attribution after it on its line: '... see that." - Jo Bloggs, Chief Constable'
                  rf"|[.!?]['\"\u2019\u201d][ \t]+[\u2014\u2013-]{{1,2}}[ \t]*){_NAME}"
                  # (honours before the comma: "Jo Bloggs OBE QPM, HM Inspector of Constabulary")
                  rf"(?:[ \t]+{_POST_NOMINAL})*(?:,|[ \t]+-)[ \t]*(?:(?:the|your|our|then)[ \t]+)?"
               rf"(?:(?:[A-Z][\w&-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w&-]*){{0,3}}|area|force|county|region|city)"
               rf"(?:'s|\u2019s)[ \t]+"
               # "cc: Jo Bloggs, West Midlands Police and Crime Commissioner": an area's name before
               # a commissioner's title, without the possessive
               rf"|[A-Z][\w&-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w&-]*){{0,3}}[ \t]+(?=Police(?:,| and)|Commissioner for Police))?(?:{_TITLE_ALT})",
               re.MULTILINE),
    # "HM Inspector of Constabulary: Zoë Billingham"
    quick.compile(rf"(?:{_TITLE_ALT})[ \t]*:[ \t]*{_NAME}"),
    # a signature's two lines read as one: "Hollis Brackenridge HM Inspector of Constabulary"
    quick.compile(rf"^[ \t]*{_NAME}(?:[ \t,]+{_POST_NOMINAL})*[ \t]+(?:{_TITLE_ALT})"
                  rf"(?:[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?[A-Z][^\n]{{0,60}})?[ \t]*$", re.MULTILINE),
    # an attendance list's table: "Jo Bloggs<tab>Police and Crime Commissioner for Surrey (Chair)"
    # (a transcript's speakers: "Jo Bloggs (JB)<tab>Chief Constable, Kent Police")
    quick.compile(rf"^[ \t]*{_NAME}(?:[ \t]+\([A-Z]{{2,4}}\))?[ \t]*\t[ \t]*(?:{_TITLE_ALT})", re.MULTILINE),
    # minutes' attendance: "Also in attendance: Jo Bloggs (Police and Crime Commissioner), ..."
    quick.compile(rf"(?:^[ \t]*|[:;,][ \t]+|\b[a-z]+[ \t]+){_NAME}[ \t]*\((?:the[ \t]+)?(?:{_TITLE_ALT})[^()\n]{{0,60}}\)",
                  re.MULTILINE),
    # "Lee Freeman, who served as Acting Chief Constable"
    quick.compile(rf"{_NAME},\s+who\s+(?:served|serves|was|is|has been|had been)\s+as\s+(?:the\s+)?(?:{_TITLE_ALT})"),
    # "Jo Bloggs is the Police and Crime Commissioner for X", "Jo Bloggs became Chief Constable in 2023"
    quick.compile(rf"(?:^|(?<=[.!?:]\s)|(?<=\n)){_NAME}\s+(?:is|was|has\s+been|became)\s+(?:the\s+)?(?:{_TITLE_ALT})", re.MULTILINE),
))
# "Commissioner Sir Mark Rowley", at a sentence's start or after a few words that lead to a name
# ("we thank Commissioner ...", "to Commissioner ..."); never the tail of a longer title
# A definition list's term over its value: a title alone on its line, the holder's name
# alone on the next ("Chief constable" / "Leonard Stavely"). The name is that title's, not
# the title's on the lines below it (which a signature's form would pair it with).
# (never a body's name on the line below: "Chief Constable" / "Greater Manchester Police")
_TITLE_OVER_NAME = quick.compile(rf"^[ \t]*(?:{_TITLE_ALT})[ \t]*:?[ \t]*\n[ \t]*"
                                 rf"(?![^\n]*\b(?:{R.BODY_WORDS})\b){_NAME}[ \t]*$", re.MULTILINE)

_BARE_COMMISSIONER = with_initials(quick.compile(
    rf"(?:(?<![\w,] )|(?<=\bto )|(?<=\band )|(?<=\bby )|(?<=\bwith )|(?<=\bthank )|(?<=\bthanks )|(?<=\bfrom )"
    rf"|(?<=\bon )|(?<=\bunder ))"  # ("That happened on Commissioner Derek Boyce's watch")
    rf"(?P<deputy>Deputy\s+)?(?<!Crime )Commissioner[ \t]+{_NAME}\b(?![ \t]+-[ \t])"))  # (the Met's "Deputy Commissioner NAME" too)
# (on one line, or a list's entries run together: "Jo Bloggs - Commissioner Idris Vane - Assistant
# Commissioner" names Jo Bloggs the Commissioner, and the next entry's name follows)

# Where a Commissioner leads the force (the Met, the City of London), the chief officer's
# title alone: "The Commissioner, Sir Mark Bloggs, has asked Deputy Commissioner Jo Bloggs
# to ...", "Acting Commissioner Jo Bloggs", and an attendance list's "Jo Bloggs - Commissioner"
# (never an Assistant Commissioner: like an assistant chief constable, no fact)
_LED_BY_COMMISSIONER = (
    # ("But the current Commissioner, Judith Penrose, has been in post ...")
    quick.compile(rf"\b[Tt]he[ \t]+(?:(?:current|sitting|present)[ \t]+)?(?P<title>(?:(?:Deputy|Acting|Temporary|Interim)[ \t]+)?Commissioner),[ \t]+{_NAME},"),
    quick.compile(rf"(?<=[a-z] )(?<!Assistant )(?P<title>(?:(?:Deputy|Acting|Temporary|Interim)[ \t]+)?Commissioner)"
                  rf"[ \t]+{_NAME}\b(?![ \t]+-[ \t])"),
    quick.compile(rf"(?:^[ \t]*|\t[ \t]*|:[ \t]+){_NAME}[ \t]+-[ \t]+"
                  rf"(?P<title>(?:(?:Deputy|Acting|Temporary|Interim)[ \t]+)?Commissioner)(?=[ \t]*$|[ \t]+[A-Z])", re.MULTILINE),
)


# Staffordshire's statutory style before its holder's name ("the Staffordshire Commissioner
# for Police, Fire and Rescue and Crime, Matthew Ellis") stands for the office where the
# document gives its holder another title, as the competency questions read seed 001: its
# commissioner has the one title "Police and Crime Commissioner". Where it gives none, and after
# the name (a signature, an appositive), it is the holder's title as written.
_STATUTORY_STYLE = re.compile(r"(?:Staffordshire\s+)?[Cc]ommissioner for [Pp]olice, [Ff]ire")
_NEW_CLAUSE_TITLE = quick.compile(r",\s+the\s+$")
_FORMER_BEFORE = quick.compile(r"\b(?:[Ff]ormer|[Ee]x-|[Ll]ate|[Rr]etired)\s*$")
_REPORTING_AFTER = quick.compile(rf"\s+(?:{R.REPORTING_VERBS})\b")


@dataclass(frozen=True)
class PersonHit:
    start: int  # where the statement of the person starts (for ordering and evidence)
    end: int
    name_span: tuple[int, int]
    title_span: tuple[int, int]
    role: str


_BODY_WORD = re.compile(R.BODY_WORDS)


def _trim_name(text: str, span: tuple[int, int], title: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """Drop trailing non-name words and a possessive; None when too little is left (or when it
    ends as an address does, "Arnot Hill House"; a name of two words so ending, "Charlie
    Hall", only where it stands right against its title, before or after it, as an address
    after an office's name, "..., Butterley Hall", never does)."""
    a, b = span
    words = [(m.start() + a, m.end() + a) for m in re.finditer(r"\S+", text[a:b])]
    while words:
        w = text[words[-1][0]:words[-1][1]]
        if w.endswith(("'s", "\u2019s")):
            words[-1] = (words[-1][0], words[-1][1] - 2)
            w = w[:-2]
        elif w.endswith(("s'", "s\u2019")):
            words[-1] = (words[-1][0], words[-1][1] - 1)  # "Jane Sawyers' office": a name ending in s
            w = w[:-1]
        if _BODY_WORD.fullmatch(w):
            return None  # "Chief Constable, South Wales Police": a force's name, no one's
        if w in R.NOT_NAME_WORDS or w.upper() == w and len(w) > 1:
            words.pop()
            continue
        break
    while words and _SPEAKER_CONTRACTION.fullmatch(text[words[0][0]:words[0][1]]):
        words.pop(0)  # "Hello, I'm Martin Ekwall, Chief Constable ...": the speaker, not the name
    if len(words) > 2 and text[words[0][0]:words[0][1]] in R.FIELD_LABEL_WORDS:
        words.pop(0)
    if len(words) < 2 or any(text[s:e] in R.NOT_NAME_WORDS for s, e in words):
        return None
    last = text[words[-1][0]:words[-1][1]]
    if last in R.ADDRESS_WORDS and (len(words) > 2 or title is None or last not in R.SURNAME_ADDRESS_WORDS
                                    or not _against(text, words, title) or _OFFICE_OF.search(text, max(0, title[0] - 16), title[0])
                                    or _TOWN_AND_POSTCODE_AFTER.match(text, words[-1][1])):
        return None
    return words[0][0], words[-1][1]


# an address's town and postcode after it: "County Hall, Preston PR1 0LD"
_TOWN_AND_POSTCODE_AFTER = re.compile(r",?[ \t]*(?:[A-Z][a-z]+[ \t,]+){1,3}[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}\b")
_OFFICE_OF = re.compile(r"\boffice\s+of\s+(?:the\s+)?$", re.IGNORECASE)  # "Office of the Police and Crime Commissioner, Butterley Hall"


def _against(text: str, words: list[tuple[int, int]], title: tuple[int, int]) -> bool:
    """Whether a name stands right against its title: "Chief Constable Charlie Hall", "Charlie
    Hall, Chief Constable", "Charlie Hall<tab>Chief Constable", "the Commissioner, Michael Lane"."""
    if words[0][0] >= title[1]:
        return text[title[1]:words[0][0]].strip() in ("", ",")  # (and "The Commissioner, Michael Lane, said")
    return text[words[-1][1]:title[0]].strip() in ("", ",", "-", "\u2013", "\u2014")


_SPEAKER_CONTRACTION = re.compile(r"I['\u2019](?:m|ve|d|ll)")


# "Inspector", "Commissioner", "Constable", "PCC", "PFCC", "HMI", "HMCI", written initial first
# (see _quick) so that a scan of the whole text jumps from one I, C, P or H to the next.
_TITLE_WORD = re.compile(r"[ICcPH](?:(?<=I)nspector|(?<=[Cc])ommissioner|(?<=[Cc])onstable|"
                         r"(?<=P)(?<!\w.)F?CC\b|(?<=H)(?<!\w.)MC?I\b)")
PERSON_WINDOW = 250  # characters either side of a title word where its holder is named


def _title_windows(text: str) -> list[tuple[int, int]]:
    """Merged spans around every title word: the only places a person form can match."""
    windows: list[tuple[int, int]] = []
    for m in _TITLE_WORD.finditer(text):
        start = max(0, m.start() - PERSON_WINDOW)
        line_start = text.rfind("\n", max(0, start - 100), start) + 1
        start = line_start if line_start > 0 or start <= 100 else start
        end = min(len(text), m.end() + PERSON_WINDOW)
        line_end = text.find("\n", end, end + 100)
        end = line_end if line_end >= 0 else end
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


_TAB_LINE_RX = re.compile(r"^[^\n\t]*\t[^\n]*$", re.MULTILINE)


def column_people(text: str, commissioner_led: bool) -> list[PersonHit]:
    """Named office-holders in side-by-side columns (a signature table: "Jo Bloggs<tab>Sam
    Roe" over "Police and Crime Commissioner for X<tab>Chief Constable, X"): each column's
    cells read down as lines of their own, the hits' spans mapped back into text."""
    hits: list[PersonHit] = []
    if not any("\t" in text[text.rfind("\n", 0, m.start()) + 1:text.find("\n", m.end()) % (len(text) + 1)]
               for m in _TITLE_WORD.finditer(text)):
        return hits  # (no title word on a row of cells: most documents, done at once)
    run: list[list[tuple[int, int]]] = []  # the cells (start, end) of each line of a run

    def read_run() -> None:
        if len(run) < 2 or not _TITLE_WORD.search(text, run[0][0][0], run[-1][-1][1]):
            return  # (most tables name no office-holder: no column read twice)
        for j in range(len(run[0])):
            pieces = [(a, b) for a, b in (line[j] for line in run) if b > a]
            stacked, starts = "", []
            for a, b in pieces:
                starts.append((len(stacked), a))
                stacked += text[a:b] + "\n"

            def at(v: int) -> int:
                base, origin = max((s for s in starts if s[0] <= v), key=lambda s: s[0])
                return origin + v - base
            for hit in find_people(stacked, commissioner_led):
                hits.append(PersonHit(at(hit.start), at(hit.end - 1) + 1, (at(hit.name_span[0]), at(hit.name_span[1] - 1) + 1),
                                      (at(hit.title_span[0]), at(hit.title_span[1] - 1) + 1), hit.role))

    for m in _TAB_LINE_RX.finditer(text):
        cells, pos = [], m.start()
        for part in m.group(0).split("\t"):
            lead = len(part) - len(part.lstrip())
            cells.append((pos + lead, pos + len(part.rstrip())))
            pos += len(part) + 1
        if run and (len(cells) != len(run[-1]) or text.count("\n", run[-1][-1][1], m.start()) > 1):
            read_run()
            run = []
        run.append(cells)
    if run:
        read_run()
    return hits


def find_people(text: str, commissioner_led: bool) -> list[PersonHit]:
    """Named office-holders in text, in order of appearance (duplicates included)."""
    hits: list[PersonHit] = []
    statutory: list[PersonHit] = []
    windows = _title_windows(text)
    for rx in (_TITLE_OVER_NAME, *_PERSON_FORMS):
        for m in (m for a, b in windows for m in rx.finditer(text, a, b)):
            role = next(k for k in _TITLES if m.group(f"t_{k.replace('-', '_')}"))
            title_span = m.span(f"t_{role.replace('-', '_')}")
            if text[max(0, title_span[0] - 10):title_span[0]].endswith("Assistant "):
                continue  # an Assistant Chief Constable is not a person fact
            if _FORMER_BEFORE.search(text, max(0, title_span[0] - 12), title_span[0]):
                continue  # "Under former chief constable NAME (2002–2010)": no longer holds it
            if _NEW_CLAUSE_TITLE.search(text, max(0, title_span[0] - 8), title_span[0]) \
                    and _REPORTING_AFTER.match(text, title_span[1]) and m.start("name") < title_span[0]:
                continue  # "a question from Mr Bloggs, the Chief Constable said ...": two people
            name_span = _trim_name(text, m.span("name"), title_span)
            if not name_span:
                continue
            hit = PersonHit(m.start(), m.end(), name_span, title_span, role)
            if role == "commissioner" and m.start("name") > title_span[0] \
                    and _STATUTORY_STYLE.match(text, title_span[0], title_span[1]):
                statutory.append(hit)  # (Staffordshire's statutory style names its holder after it as an office, see below)
            else:
                hits.append(hit)
    for m in (m for a, b in windows for m in _BARE_COMMISSIONER.finditer(text, a, b)):
        name_span = _trim_name(text, m.span("name"))
        if name_span:
            role = "chief-constable" if commissioner_led else "commissioner"
            title_end = m.start() + len(m.group("deputy") or "") + len("Commissioner")
            hits.append(PersonHit(m.start(), m.end(), name_span, (m.start(), title_end), role))
    if not commissioner_led:
        # "The Commissioner, Rosalind Bloggs, said": elsewhere the police and crime commissioner
        for m in (m for a, b in windows for m in _LED_BY_COMMISSIONER[0].finditer(text, a, b)):
            name_span = _trim_name(text, m.span("name"))
            if name_span and m.group("title") == "Commissioner" and not any(h.name_span == name_span for h in hits):
                hits.append(PersonHit(m.start(), m.end(), name_span, m.span("title"), "commissioner"))
    for rx in _LED_BY_COMMISSIONER if commissioner_led else ():
        for m in (m for a, b in windows for m in rx.finditer(text, a, b)):
            name_span = _trim_name(text, m.span("name"))
            if name_span and not any(h.name_span == name_span for h in hits):
                hits.append(PersonHit(m.start(), m.end(), name_span, m.span("title"), "chief-constable"))
    # ... unless the document gives its holder no other title: then it is the only one there is
    titled = {text[slice(*h.name_span)] for h in hits if h.role == "commissioner"}
    hits += [h for h in statutory if text[slice(*h.name_span)] not in titled]
    termed = {h.name_span: h.title_span for h in hits if _TITLE_OVER_NAME.match(text, h.start)}
    hits = [h for h in hits if termed.get(h.name_span, h.title_span) == h.title_span]
    hits.sort(key=lambda h: h.start)
    return hits


def qualifier_of(title: str) -> str | None:
    for word, qualifier in R.QUALIFIERS.items():
        if re.search(rf"\b{word}\b", title, re.IGNORECASE):
            return qualifier
    return None


def iter_unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)



# --- forces the gazetteer does not know ------------------------------------------------------

# "<Capitalised words> Police|Constabulary|Police Service", the shape of a force's name,
# but not "... Police and Crime Commissioner", "... Police Federation" and the like. (The
# capital comes first, then the look back before it: see _quick.)
_FORCE_SHAPED = re.compile(  # (a tab parts two cells: no name runs over one)
    r"[A-Z](?<![\w&'-].)[\w'-]*(?:[ ]+(?:and|&|of|[A-Z][\w'-]*)){0,4}[ ]+"
    r"(?:Police(?:[ ]+Service)?|Constabulary)\b"
    r"(?!,?[ \t]+(?:and[ \t]+Crime|Fire[ \t]+and[ \t]+Crime|Federation|Chiefs?|Officers?|Staff|Authority|Commissioners?|Force|"
    r"Conduct|Scotland|Act|Reform|[Pp]owers|Service[ \t]+of|of[ \t]+the[ \t]+Metropolis)\b)")  # ("PPT Police powers ...": an area)
_WORD = quick.compile(r"\S+")
_INSPECTOR_OF = quick.compile(r"\bInspector(?:ate|s)?[ \t]+of[ \t]+Constabulary\b")
_SUFFIX_WORDS = frozenset({"Police", "Service", "Constabulary"})
# Words that begin a force-shaped phrase without naming a force ("The Police", "Local Police").
_NOT_FORCE_WORDS = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "our", "their", "its", "his", "her", "all", "any",
    "each", "every", "other", "many", "some", "most", "several", "both", "which", "whose", "where", "when",
    "local", "neighbourhood", "national", "community", "special", "specials", "independent", "chief",
    "assistant", "deputy", "acting", "temporary", "hm", "majesty's", "home", "office", "force", "forces",
    "and", "&", "of", "military", "royal", "civil", "county", "regional", "in", "for", "by", "with", "to",
    "on", "at", "as", "today", "overall", "however", "also", "english", "welsh", "uk", "british", "if", "but", "so",
})


# The force of a grade stated about a force the gazetteer does not know: such a finding is
# left out (with a warning) rather than pinned on a known force named elsewhere.
UNKNOWN_FORCE = "?unknown"


def unknown_forces(text: str, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Spans of force-shaped names ("Wessex Police") that are no force in the gazetteer,
    the first of each distinct name, in order. A phrase a gazetteer name ends ("Overall
    Staffordshire Police") is that force; a phrase of generic words ("The Police") is none."""
    return unknown_force_spans(text, force_finder(gazetteer))


def unknown_force_spans(text: str, finder: ForceFinder, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """unknown_forces within text[start:end], with a force finder already built."""
    end = len(text) if end is None else end
    known_ends = {hit.end for hit in finder.find(text, start, end)}
    seen: set[str] = set()
    spans = []
    for m in _FORCE_SHAPED.finditer(text, start, end):
        words = [(w.start(), w.end()) for w in _WORD.finditer(text, m.start(), m.end())]
        if any(end in known_ends for _, end in words):
            continue  # ends at (or has inside it) a known name: "Kent Police Service", "Kent Police"
        while words and text[words[0][0]:words[0][1]].lower() in _NOT_FORCE_WORDS:
            words.pop(0)
        if all(text[a:b] in _SUFFIX_WORDS for a, b in words) or _INSPECTOR_OF.search(text, m.start(), m.end()):
            continue
        start, end = words[0][0], words[-1][1]
        name = re.sub(r"[ \t]+", " ", text[start:end])
        if name not in seen:
            seen.add(name)
            spans.append((start, end))
    return spans
