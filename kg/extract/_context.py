"""The document context: the force, period and pillar a document is about, before any finder runs.

One documented precedence, nearest evidence first (a finder may still override it from
the sentence or row it reads, and a section heading from the lines under it):

- period: "PEEL <period>" wording; "<pillar> <year>" wording ("police efficiency 2016");
  a period span ("2021/22", "2023-2025"); the publication date in the document's head
  (annual reports published before July belong to the year before); the first year in
  the head. Integrated periods are normalised: "PEEL 2018" is 2018/19, "2023-2025" 2023-25.
- pillar: the integrated "PEEL" for 2018 onward; else the pillar question ("How legitimate
  is the force ..."); "<pillar> <year>" wording; the first pillar the head names.
- force: "an inspection of <force>"; a "Force" field; the title line; the force named
  most in the opening; the force named most anywhere.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from .records import InspectionKey
from . import _facts as F
from . import _rules as R
from ._collect import Collector
from ._text import Line
from . import _quick as quick

HEAD_LINES = 15  # the masthead, title and byline of any layout
HEAD_LINE_CHARS = 200  # longer lines are the body's paragraphs, not the masthead
OPENING_CHARS = 2500  # where a document names the force it is about

_PEEL_PERIOD_RX = quick.compile(
    # "PEEL", or the words it stands for ("Police effectiveness, efficiency and legitimacy 2024")
    r"(?:\bPEEL\b|\beffectiveness,?\s+efficiency,?\s+and\s+legitimacy\b)[\s:,-]*"
    r"(?:(?:assessment|inspection|programme|report)s?\s+)?(?:for\s+)?(20\d\d(?:\s*(?:/|-|to)\s*(?:20)?\d\d)?)\b"
    # ... or a cycle's span before it: "its 2023-2025 PEEL programme" (a span only: "the 2022 PEEL
    # report" is a publication's year)
    r"|\b(20\d\d\s*(?:/|-|to)\s*(?:20)?\d\d)\s+PEEL\s+(?:programme|round|cycle)\b"
    # ... or the inspectorate's own words for the inspection a letter is about: "We published
    # our 2021/22 PEEL inspection report", "In our 2018/19 PEEL inspection, we graded ..."
    r"|\bour\s+(20\d\d\s*(?:/|-)\s*(?:20)?\d\d)\s+PEEL\s+(?:inspection|assessment)\b"
    # ... or a year of the pillar reports before it: "The 2015 PEEL reports were published between
    # October 2015 and February 2016" (a pillar year is its reports' own, not a publication's)
    r"|\b(201[4-7])\s+PEEL\s+(?:(?:effectiveness|efficiency|legitimacy|leadership)\s+)?(?:reports?|assessments?|inspections?)\b",
    re.IGNORECASE)
_PILLAR_YEAR_RX = quick.compile(
    r"\b(legitimacy|effectiveness|efficiency|leadership)"
    # (an aside between dashes before the year: "effectiveness, efficiency and legitimacy - the
    # three pillars of its PEEL programme - for 2016")
    r"(?:\s+[\u2013\u2014-]\s+[^\u2013\u2014\n]{1,80}?\s+[\u2013\u2014-](?=\s+(?:for|in)\s))?"
    r"\s+(?:(?:inspections?|reports?|assessments?)\s+)?"
    r"(?:(?:for|of|in)\s+)?\(?(20\d\d)\b(?!\s*(?:/|-|to)\s*\d)", re.IGNORECASE)  # (or bracketed: "efficiency (2016)")
def _pillar_year(where: str) -> tuple[str, str] | None:
    """(pillar, year) of the first pillar year `where` names ("efficiency in 2015", or its
    year first, naming its report: "the 2016 efficiency report"), else None."""
    found = [(m.start(), m.group(1), m.group(2)) for m in (_PILLAR_YEAR_RX.search(where),) if m] \
        + [(m.start(), m.group(2) or m.group(3), m.group(1) or m.group(4)) for m in (_YEAR_PILLAR_REPORT_RX.search(where),) if m]
    return min(found, key=lambda hit: hit[0])[1:] if found else None


_SITE_NOTICE_RX = quick.compile(R.SITE_NOTICE, re.IGNORECASE)
TIED_REACH = 60  # characters either side of a span where words tie it to an inspection
_TIED_RX = quick.compile(r"\b(?:PEEL|inspect\w*|report\w*|assessment|grades?|graded|judge(?:d|ment)|rated)\b", re.IGNORECASE)
_LAST_ROUND_RX = quick.compile(r"\b(?:last|previous|prior|earlier)\s+(?:PEEL\s+)?(?:round|inspection|report|assessment|cycle)"
                               r"|\b(?:was|were)\s+last\s+inspected\b"  # "When the same area was last inspected, in 2021/22"
                               # "graded requires improvement, up from inadequate in 2021/22": the grade left behind
                               rf"|\b(?:up|down)\s+from\s+['\u2018]?(?:{R.GRADE_ALTERNATION})['\u2019]?\s+in\s+$"
                               # "compares the latest PEEL grades with those from 2021/22": the earlier compared
                               r"|\bthose\s+(?:from|of|in)\s+(?:the\s+)?(?:PEEL\s+)?$|\bcompared\s+(?:with|to)\s+(?:the\s+)?(?:PEEL\s+)?$",
                               re.IGNORECASE)


def _next_cycle(period: str) -> str | None:
    """The integrated assessment's cycle after `period` (2021/22 -> 2023-25), else None."""
    cycles = R.INTEGRATED_CYCLES
    return cycles[cycles.index(period) + 1] if period in cycles[:-1] else None


# (never a date and a time: "24 January 2017 - 10:00")
# (never an ISO date's year and month: "2024-02-14")
_SPAN_RX = quick.compile(r"\b(20\d\d)\s*(?:/|-|to)\s*((?:20)?\d\d)\b(?![:.]\d|-\d)")


def _spans(text: str) -> Iterator[re.Match[str]]:
    """The year spans in text: a year and one of the next two ("2021/22", "2023 to 2025"),
    never a reference's or a date's year and number ("Our ref: AJ/HMIC/2017/04", "2017/04")."""
    for m in _SPAN_RX.finditer(text):
        if (int(m.group(2)[-2:]) - int(m.group(1)[2:])) % 100 in (1, 2) and not _BUDGET_AFTER_RX.match(text, m.end()):
            yield m


# a span that names a plan's, a budget's or a financial year ("the 2018/19 Police and Crime Plan",
# "the 2024/25 precept"): no inspection's
_BUDGET_AFTER_RX = quick.compile(r"\s+(?:police,?\s+(?:fire\s+)?and\s+crime\s+plan|(?:police\s+)?precept|budget|"
                                 r"financial\s+year|council\s+tax|business\s+plan|delivery\s+plan|annual\s+report)\b",
                                 re.IGNORECASE)
_INSPECTION_OF_RX = quick.compile(r"\b(?:an?\s+)?inspection\s+of\s+(?:the\s+)?", re.IGNORECASE)
_TITLE_FIELD_RX = quick.compile(r"^(?:title\s+of\s+(?:the\s+)?inspection|inspection\s+title|report\s+title)\s*(?::|\t)\s*", re.IGNORECASE)
# (one service, never the inspectorate's own name: "... of Constabulary and Fire & Rescue Services")
_FIRE_SERVICE_RX = quick.compile(r"(?<!constabulary and )(?<!constabulary & )\bfire\s+(?:and|&)\s+rescue\s+(?:service|authority)\b(?!s)",
                                 re.IGNORECASE)
_FORCE_FIELD_RX = quick.compile(r"^force\s*(?::|\t)\s*", re.IGNORECASE)
_PILLAR_QUESTION_RX = [(quick.compile(p.replace("^", r"\b"), re.IGNORECASE), pillar)
                       for pillar, p in R.PILLAR_QUESTIONS.items()]


@dataclass(frozen=True)
class DocumentContext:
    main: InspectionKey
    title: str  # also the evidence of the inspection the document is about
    head_end: int = 0  # where the masthead, title and byline end
    year: int | None = None  # the calendar year of the head's dateline: what "last year" is counted from

    @property
    def integrated_since_2021(self) -> bool:
        return no_overall_grade(self.main.period, self.main.pillar)

    @property
    def era_table(self) -> str:
        """Which question wordings headings and rows use."""
        if self.main.period[:4].isdigit() and int(self.main.period[:4]) >= 2021:
            return "peel2021"
        return "legacy-section"


def no_overall_grade(period: str, pillar: str) -> bool:
    """Whether an inspection gives no grade to the whole of it: the integrated assessments
    since 2021 grade areas only, so a grade naming no area there is a summary."""
    return pillar == "PEEL" and period[:4].isdigit() and int(period[:4]) >= 2021


def canonical_period(first: str, second: str | None = None, integrated: bool = False) -> str:
    """A period as the inspection names it: "2018" in a PEEL title is the 2018/19 assessment,
    "2023-2025" is 2023-25, "2017/18" (a legacy year's publication span) is 2017."""
    year = int(first)
    named = F.normalise_period(first, second) if second else None
    if named in R.INTEGRATED_CYCLES:
        return named  # "PEEL 2025-27", "2025–2027": the cycle it names, whatever its years' other cycles
    if second or integrated or year >= 2018:
        return R.INTEGRATED_PERIODS.get(year, first if year <= R.LAST_PILLAR_YEAR else F.normalise_period(first, second))
    return first


_SNAKE_CASE_RX = re.compile(r"(?<=[A-Za-z])_")


def first_period(text: str) -> str | None:
    """The first period a short text names ("2021/22 grade", a table's "2016 (HMIC)" column,
    a "Year" cell), as the inspection names it; None when it names none."""
    if "_" in text:
        text = _SNAKE_CASE_RX.sub(" ", text)  # a data file's field name: "grade_2021_22"
    found = F.periods_in(text)
    if not found:
        return None
    first = found[0][1]
    return canonical_period(first[:4], first[5:] or None)


def _peel_period(where: str, main: bool = False) -> str | None:
    """The first PEEL period named in `where`; `main`, for the document's own: never one said
    to be the last inspection's ("In its previous inspection (PEEL 2018/19) ...")."""
    m = next((m for m in _PEEL_PERIOD_RX.finditer(where)
              if not (main and _LAST_ROUND_RX.search(where, max(0, m.start() - TIED_REACH), m.start()))), None)
    return _named_period(m) if m else None


_LATEST_RX = quick.compile(rf"\b(?:{R.LATEST_REPORT})\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE)


def _latest_peel_period(text: str) -> str | None:
    """The PEEL period text calls the latest ("This week's PEEL 2023-25 report"), else None."""
    found = {_named_period(m) for m in _PEEL_PERIOD_RX.finditer(text)
             if _LATEST_RX.search(text, max(0, m.start() - TIED_REACH), m.start())}
    return found.pop() if len(found) == 1 else None


def peel_periods(text: str) -> set[str]:
    """Every PEEL period text names ("from the PEEL 2023-25 report", "PEEL 2018")."""
    return {_named_period(m) for m in _PEEL_PERIOD_RX.finditer(text)}


def _named_period(m: re.Match[str]) -> str:
    named = m.group(1) or m.group(2) or m.group(3) or m.group(4)
    span = _SPAN_RX.match(named)
    if span:
        return canonical_period(span.group(1), span.group(2))
    return canonical_period(named[:4], integrated=int(named[:4]) >= 2018)


# The last year an inspection cycle the rules know covers.
LAST_CYCLE_YEAR = max(R.INTEGRATED_PERIODS)


def lead_in_period(sentence: str) -> str | None:
    """The period a sentence that leads in a table or list of grades names ("In its PEEL
    2023-25 report, HMICFRS gave these grades:"), or any list, a cycle's report ("Eight years
    later, the 2023-25 report says something very similar:"), or a year of the pillar
    reports its opening names ("In 2016 the inspectors ... set the force this area for
    improvement:"), else None."""
    named = _peel_period(sentence) if _GRADED_RX.search(sentence) else None
    if named is None and not _COMPARED_RX.search(sentence):  # (never "with those from the 2021/22 inspection for comparison")
        cycles = {F.normalise_period(m.group(1), m.group(2)) for m in _CYCLE_REPORT_RX.finditer(sentence)}
        cycles &= set(R.INTEGRATED_CYCLES)
        named = cycles.pop() if len(cycles) == 1 else None
    if named is None and (opening := _IN_PILLAR_YEAR_RX.match(sentence)):
        named = opening.group(1)
    return named


# "In 2016 the inspectors ...": a sentence opening on a year of the pillar reports
_IN_PILLAR_YEAR_RX = quick.compile(r"\s*In\s+(201[4-7])\b(?!\s*[/-]\s*\d)\s*,?\s+(?!and\b|or\b|to\b)", re.IGNORECASE)


# "the 2023-25 report", "its 2021/22 PEEL inspection": a cycle's report by its span
_CYCLE_REPORT_RX = quick.compile(r"\b(20\d\d)\s*[/-]\s*(\d\d(?:\d\d)?)\s+(?:PEEL\s+)?(?:inspection|report|assessment)\b",
                                 re.IGNORECASE)


_GRADED_RX = quick.compile(r"\b(?:grad(?:es?|ed|ings?)|judge(?:d|ments?)|rat(?:ed|ings?))\b", re.IGNORECASE)


# "the 2017 legitimacy report", "its efficiency inspection of 2016": one pillar's report of one year
_YEAR_PILLAR_REPORT_RX = quick.compile(
    r"\b(20\d\d)\s+(?:PEEL\s+)?(legitimacy|effectiveness|efficiency)\s+(?:inspection|report|assessment)\b"
    r"|\b(legitimacy|effectiveness|efficiency)\s+(?:inspection|report|assessment)\s+(?:for|of|in)\s+(20\d\d)\b(?!\s*[/-]\s*\d)",
    re.IGNORECASE)


def lead_in_report(sentence: str) -> tuple[str, str] | None:
    """(period, pillar) of the one pillar report of 2014-2017 a sentence that leads in a list
    names ("The 2017 legitimacy report did, however, say that:"), else None."""
    found = {(m.group(1) or m.group(4), (m.group(2) or m.group(3)).capitalize()) for m in _YEAR_PILLAR_REPORT_RX.finditer(sentence)}
    if len(found) != 1:
        return None
    period, pillar = found.pop()
    return (period, pillar) if int(period) <= R.LAST_PILLAR_YEAR else None


HEADING_PERIOD_CHARS = 80  # a heading this short that names a PEEL period sets it for its section


def heading_period(heading: str) -> str | None:
    """The period a section heading names ("PEEL 2021/22", "Legitimacy 2016"), else None. A
    year or span alone ("Annual report 2024-25") dates the page, not an inspection."""
    if len(heading) > HEADING_PERIOD_CHARS and not _REPORT_TITLE_RX.match(heading):
        return None  # (but a report's full title, opening on its period: "PEEL 2023-25: Police effectiveness, ...")
    named = _peel_period(heading)
    if named:
        return named
    named_year = _pillar_year(heading)
    if named_year:
        return named_year[1]
    # ("Our most recent inspection (2018/19)": an inspection's cycle, without "PEEL")
    cycles = {F.normalise_period(m.group(1) or m.group(3), m.group(2) or m.group(4)) for m in _CYCLE_HEADING_RX.finditer(heading)}
    cycles &= set(R.INTEGRATED_CYCLES)
    if not cycles and len(F.periods_in(heading)) == 1 and (listed := _STATEMENTS_CYCLE_RX.search(heading)):
        # "Responses to areas for improvement, 2018/19": the statements of that cycle's report
        cycles = {F.normalise_period(listed.group(1), listed.group(2))} & set(R.INTEGRATED_CYCLES)
    return cycles.pop() if len(cycles) == 1 else None


_STATEMENTS_CYCLE_RX = quick.compile(r"\b(?:areas?\s+for\s+improvement|recommendations?|causes?\s+of\s+concern)\b[^.:;\d]{0,20}?"
                                     r"\(?\b(20\d\d)\s*[/-]\s*(\d\d(?:\d\d)?)\b", re.IGNORECASE)
_REPORT_TITLE_RX = quick.compile(rf"PEEL\s+{R.YEAR_SPAN}\s*:", re.IGNORECASE)
_CYCLE_HEADING_RX = quick.compile(r"\b(?:inspections?|reports?|assessments?)\b[^.:;]{0,20}?\(?\b(20\d\d)\s*[/-]\s*(\d\d(?:\d\d)?)\b"
                                  r"|\b(20\d\d)\s*[/-]\s*(\d\d(?:\d\d)?)\s+(?:inspections?|reports?|assessments?)\b", re.IGNORECASE)


_MONEY_YEAR_RX = quick.compile(r"\s+(?:(?:force|police|revenue|capital|draft|annual|approved)\s+)?(?:budgets?|precepts?"
                               r"|financial\s+years?|accounts|statements?\s+of\s+accounts|medium[- ]term\s+financial)\b",
                               re.IGNORECASE)


def _period(head: str, text: str, masthead: str | None = None) -> str:
    compared = _compared_period(head)
    if compared:
        return compared
    for where in (head, text):
        named = _peel_period(where, main=True)
        if named:
            return named
        # (a money year is no inspection's: "met from the 2018/19 force budget")
        m = next((m for m in _spans(where) if not _MONEY_YEAR_RX.match(where, m.end())), None) if where is head else None
        if m and 2017 <= int(m.group(1)) <= LAST_CYCLE_YEAR:
            # (a span past the last cycle is a plan's or a budget's: "precept 2026/27")
            named = canonical_period(m.group(1), m.group(2))
            if _LAST_ROUND_RX.search(where, max(0, m.start() - TIED_REACH), m.start()):
                named = _next_cycle(named) or named  # "up from adequate at its last inspection in 2021/22"
            return named
        named_year = _pillar_year(where)
        if named_year:
            tied = _first_tied_span(where) if where is not head else None
            if tied is not None and tied[0] < _pillar_year_at(where):
                # ("Under the integrated assessment used in 2018/19, ..." before the 2017
                # grades further down: the page's inspection is the one its opening names)
                return tied[1]
            return named_year[1]
        if where is head:
            # "PEEL 2023-25" said in the opening paragraph names the inspection; a dateline
            # dates only the page (a commissioner's response published months later)
            # (the body may name the last report before the one it is about: "the latest", "this
            # week's" PEEL report is the page's)
            named = _latest_peel_period(text) or _peel_period(text[:OPENING_CHARS], main=True)
            if named:
                return named
            dated = _dateline_period(masthead or head)
            if dated:
                return canonical_period(dated)  # (a year before 2018 stays that year)
            named = F.pillars_named(head)
            ordinal = F.period_from_ordinal(text[:OPENING_CHARS], named[0]) if named else None
            if ordinal:
                return ordinal
    # no period up top: an inspection's span said anywhere ("its report spanning 2023 to
    # 2025") names it before a year in passing ("placed into special measures in June 2022")
    # (the latest such span, periods ordering as their text does: a page on this cycle's report
    # compares it with the last one's)
    spans = []
    for m in _spans(text):
        if int(m.group(1)) >= 2017 and _TIED_RX.search(text, max(0, m.start() - TIED_REACH), m.end() + TIED_REACH):
            named = canonical_period(m.group(1), m.group(2))
            if _LAST_ROUND_RX.search(text, max(0, m.start() - TIED_REACH), m.start()):
                # "in the last round of inspections, in 2021/22": the document's is the cycle after
                named = _next_cycle(named) or ""
            if named:
                spans.append(named)
    if spans:
        return max(spans)
    # (a year before PEEL began is a biography's or a history's, never the inspection's:
    # "transferring to Kent Police in 2009")
    years = [y for y in F.periods_in(head) or F.periods_in(text) if int(y[1][:4]) >= R.PEEL_FIRST_YEAR] \
        or [y for y in F.periods_in(text) if int(y[1][:4]) >= R.PEEL_FIRST_YEAR]
    return canonical_period(years[0][1][:4]) if years else "unknown"


def _first_tied_span(text: str) -> tuple[int, str] | None:
    """(offset, period) of the first span of years in text that words tie to an inspection
    ("the integrated assessment used in 2018/19"), never a last round's, else None."""
    for m in _spans(text):
        named = canonical_period(m.group(1), m.group(2))
        # (an integrated cycle's span only: never a precept's or a plan's, "PRECEPT 2017/18")
        if named in R.INTEGRATED_CYCLES and _TIED_RX.search(text, max(0, m.start() - TIED_REACH), m.end() + TIED_REACH) \
                and not _LAST_ROUND_RX.search(text, max(0, m.start() - TIED_REACH), m.start()):
            return m.start(), named
    return None


def _pillar_year_at(where: str) -> int:
    """The offset of the first pillar year `where` names (see _pillar_year)."""
    found = [m.start() for m in (_PILLAR_YEAR_RX.search(where), _YEAR_PILLAR_REPORT_RX.search(where)) if m]
    return min(found) if found else len(where)


def _compared_period(head: str) -> str | None:
    """The later of two inspection cycles a title compares ("PEEL grades compared: 2021/22 and
    2023-25"): the document is about the later one, set beside the one before. None unless
    the head names two or more cycles as spans of years and says it compares them."""
    spans = {canonical_period(m.group(1), m.group(2)) for m in _spans(head) if int(m.group(1)) >= 2017}
    return max(spans) if len(spans) >= 2 and "PEEL" in head and _COMPARED_RX.search(head) else None


_COMPARED_RX = re.compile(r"\b(?:compar(?:ed|es|ing|ison)|versus|vs\.?|against)\b", re.IGNORECASE)


DATELINE_CHARS = 80  # "Published 3 November 2016", "HMIC | March 2017": a line of its own


def _dateline_period(head: str) -> str | None:
    """The period of the first dateline in the head: a short line holding a date. A date
    inside a sentence (a cookie notice's "last updated on 14 May 2023", a consultation's
    closing date) dates something else."""
    return next((dated for dated in map(F.period_from_date, _dateline_texts(head)) if dated), None)


def _dateline_year(head: str) -> int | None:
    """The calendar year of the head's first dateline, numeric dates too ("22/01/2025")."""
    return next((year for year in map(F.year_of_date, _dateline_texts(head)) if year), None)


def _dateline_texts(head: str) -> Iterator[str]:
    """The head's lines that may be datelines, in order: short lines, and the text after a
    "Published" label on a longer one ("Published: Friday, 14 March 2025, 06:00 | Updated: ...")."""
    for line in head.split("\n"):
        if len(line.strip()) <= DATELINE_CHARS:
            yield line
        elif (labelled := _PUBLISHED_LABEL_RX.search(line)) is not None:
            yield line[labelled.end():labelled.end() + DATELINE_CHARS]
        elif (byline := _BYLINE_PARTS_RX.match(line)) is not None:
            # a byline's parts after the writer's: "By Jo Bloggs, Crime Reporter · 06:00, 18 AUG 2022 · Updated ..."
            yield line[byline.end():byline.end() + DATELINE_CHARS]
        elif (last := _LAST_PART_RX.search(line)) is not None:
            # a masthead's last part: "Office of the Police and Crime Commissioner for Cumbria · Issue 23 · December 2017"
            yield last.group(1)


_LAST_PART_RX = quick.compile(r"[\u00b7|\u2022]\s*([^\u00b7|\u2022\n]{4,30})\s*$")
# ("By Jo Bloggs, Home affairs correspondent \u00b7 Published 9 October 2024, 06:00 \u00b7 Updated ...")
_BYLINE_PARTS_RX = quick.compile(r"\s*By\s+[^\u00b7|\n]{3,80}?\s[\u00b7|]\s*")
# (or a label with its colon after a byline's other parts: "jo.bloggs@paper.example Published: 06:00, 12 December 2017")
_PUBLISHED_LABEL_RX = quick.compile(r"(?:^|[\u00b7|\u2022,]\s*|(?<=\s)(?=(?:first\s+)?(?:published|posted)\s*:))\W*"
                                    r"(?:published|posted|first\s+published)(?:\s+on)?\s*:?\s*", re.IGNORECASE)


def _pillar(head: str, text: str, period: str) -> str:
    if not period[:4].isdigit() or "/" in period or "-" in period:
        return "PEEL"
    # (a headline naming one pillar says what the page is about, before a question the body
    # asks of another: "Cumbria Constabulary judged 'good' for legitimacy" ... "how effective
    # the constabulary is at keeping people safe" in its "Coming up" paragraph)
    headline = F.pillars_named(head)
    if len(headline) == 1 and not any(rx.search(head) for rx, _ in _PILLAR_QUESTION_RX):
        return headline[0]
    for rx, pillar in _PILLAR_QUESTION_RX:
        if rx.search(text):
            return pillar
    for where in (head, text):
        m = _PILLAR_YEAR_RX.search(where)
        if m:
            return m.group(1).capitalize()
    # (the page's own report says which pillar it is on: "Today's report, on effectiveness, adds
    # ..." after the other two pillars' grades of the autumn)
    own = _OWN_REPORT_PILLAR_RX.search(text, 0, OPENING_CHARS)
    if own:
        return own.group(1).capitalize()
    named = F.pillars_named(head) or F.pillars_named(text[:OPENING_CHARS])
    return named[0] if named else "PEEL"


_OWN_REPORT_PILLAR_RX = quick.compile(rf"\b(?:(?:the\s+)?(?:{R.LATEST_REPORT})|this)\s+report,?\s+(?:on|into)\s+"
                                      r"(effectiveness|efficiency|legitimacy)\b", re.IGNORECASE)


def _force(c: Collector, lines: list[Line]) -> str:
    if lines and _FIRE_SERVICE_RX.search(lines[0].content) and not c.forces.first(c.view, lines[0].start, lines[0].end):
        # a fire and rescue service's report or release ("An inspection of Staffordshire Fire
        # and Rescue Service", "X Fire and Rescue Service good at preventing fires"): about no
        # police force, whichever it names in passing
        return "unknown"
    for i, line in enumerate(lines[:HEAD_LINES]):
        m = _INSPECTION_OF_RX.search(line.content)
        if m:
            hit = c.forces.first(c.view, line.start + m.end(), line.end)
            # (the force right after it: "An inspection of vetting, misconduct, and misogyny
            # ..." in a tracker's row inspects no force its row goes on to name)
            if hit and not c.view[line.start + m.end():hit.start].strip(" '\"\u2018\u201c"):
                return hit.force
            if i < 2 and _FIRE_SERVICE_RX.search(line.content, m.end()):
                return "unknown"  # the title's second line: "An inspection of X Fire and Rescue Service"
    for line in lines[:HEAD_LINES * 2]:
        m = _FORCE_FIELD_RX.match(line.content)
        if m:
            hit = c.forces.first(c.view, line.start + m.end(), line.end)
            if hit:
                return hit.force
    if lines and len(lines[0].content) <= HEAD_LINE_CHARS:  # (a paragraph first, an analyst's note, is no title)
        hit = c.forces.first(c.view, lines[0].start, lines[0].end)
        if hit:
            return hit.force
    for limit in (OPENING_CHARS, len(c.view)):
        hits = c.forces.find(c.view, 0, limit)
        if hits:
            counts = Counter(h.force for h in hits)
            first_at = {}
            for h in hits:
                first_at.setdefault(h.force, h.start)
            return max(counts, key=lambda f: (counts[f], -first_at[f]))
    return "unknown"


def _title_field(c: Collector, content: list[Line]) -> str | None:
    """A form's "Title of inspection" field: the title, and the first place to read the period."""
    for line in content[:HEAD_LINES * 2]:
        m = _TITLE_FIELD_RX.match(line.content)
        if m and line.content[m.end():].strip():
            return c.span(line.start + m.end(), line.end)
    return None


def _without_site_notices(text: str) -> str:
    """The text with every line that holds a site's notice (R.SITE_NOTICE) blanked."""
    out, done = [], 0
    for m in _SITE_NOTICE_RX.finditer(text):
        start = max(done, text.rfind("\n", 0, m.start()) + 1)
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        out += [text[done:start], " " * (end - start)]
        done = end
    return "".join(out) + text[done:] if out else text


def _masthead_end(content: list[Line], head_end: int) -> int:
    """Where a page's masthead ends, for its dateline: the head, or further where a site's menu
    of short lines fills it ("News", "Crime", "Sport", ...) and the byline's date comes after,
    up to the first paragraph of the body (at most twice the head's lines)."""
    if len(content) <= HEAD_LINES or content[HEAD_LINES - 1].end != head_end:
        return head_end  # (a short document, or a head the body's first paragraph ended)
    end = head_end
    for line in content[HEAD_LINES:2 * HEAD_LINES]:
        if len(line.content) > HEAD_LINE_CHARS:
            break
        end = line.end
    return end


def read_context(c: Collector, lines: list[Line]) -> DocumentContext:
    content = [ln for ln in lines if not ln.blank]
    head_end = content[min(HEAD_LINES, len(content)) - 1].end if content else 0
    for line in content[1:HEAD_LINES]:
        if len(line.content) > HEAD_LINE_CHARS:  # the first paragraph of the body
            head_end = min(head_end, line.start)
            break
    head = c.view[:head_end]
    title_field = _title_field(c, content)
    # a site's notice up top ("Proposed inspection programme 2025-29: for consultation",
    # "We use cookies ... 2024") dates the site, not the inspection: blanked for the period
    dated = _without_site_notices(c.view)
    masthead_end = _masthead_end(content, head_end)
    period = _period((title_field or "") + "\n" + dated[:head_end], dated, dated[:masthead_end])
    pillar = _pillar(head, c.view, period)
    force = _force(c, content)
    title = title_field or (c.span(content[0].start, content[0].end) if content else "")
    return DocumentContext(InspectionKey(force, period, pillar), title, head_end, _dateline_year(dated[:masthead_end]))
