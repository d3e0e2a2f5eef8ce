"""Inspectorate press releases about one force ("Kent Police judged as 'outstanding' ... - HMIC").

Layout: a headline naming the force and usually its overall grade, an intro naming the
inspectorate, "HMIC found that <force>:" with one bullet per question, the HM Inspector's
quote (often with last year's grade), sometimes quotes from the chief constable and the
commissioner, and notes to editors naming the report.
"""

from __future__ import annotations

import re

from ..documents import Document
from ..gazetteer import Gazetteer
from ..records import InspectionKey, Record
from . import _facts as F
from ._collect import Collector
from ._prose import grade_findings
from ._text import Line, bullet_of

# "PEEL: Police legitimacy 2017", "police efficiency 2016", "legitimacy inspection 2016"
_PILLAR_YEAR_RX = re.compile(
    r"\b(legitimacy|effectiveness|efficiency|leadership)\s+(?:inspection\s+|report\s+)?(20\d\d)\b", re.IGNORECASE)
_PEEL_SPAN_RX = re.compile(r"\bPEEL:?\s+(20\d\d\s*[/-]\s*\d{2,4})\b", re.IGNORECASE)
_AREA_GRADE_RX = re.compile(r"^(?P<area>[^-:]{3,120}?)\s+(?:-|:)\s+['\"]?(?P<grade>[A-Za-z ]{4,25}?)['\"]?[.;]?$")


def extract(doc: Document, gazetteer: Gazetteer) -> list[Record]:
    c = Collector(doc, gazetteer)
    lines = [ln for ln in c.lines() if not ln.blank]
    if not lines:
        return []
    headline = lines[0]
    c.set_title(c.span(headline.start, headline.end))
    force = _force(c, headline)
    period, pillar = period_and_pillar(c.view, headline.content)
    c.state_inspectorates_in(0, len(c.view))  # the inspectorate issues its own releases
    main = InspectionKey(force, period, pillar)
    c.inspection(main, c.span(headline.start, headline.end), main=True)
    for line in lines:
        release_line_judgements(c, line, main, main.force)
    c.people_and_lead(main)
    c.scan_mentions()
    return c.records()


def _force(c: Collector, headline: Line) -> str:
    hit = c.forces.first(c.view, headline.start, headline.end) or c.forces.first(c.view)
    return hit.force if hit else "unknown"


def period_and_pillar(text: str, headline: str) -> tuple[str, str]:
    """The period and pillar a release is about.

    An integrated "PEEL 2021/22" names both. Otherwise the pillar is the one the headline
    names (else the first named), and the year comes from "<pillar> <year>" wording, else
    the release date, else "the second year running" of that pillar's inspections.
    """
    span = _PEEL_SPAN_RX.search(text)
    if span:
        m = F.periods_in(span.group(1))
        return m[0][1], "PEEL"
    named = F.pillars_named(headline) or F.pillars_named(text)
    pillar = named[0] if named else "PEEL"
    for m in _PILLAR_YEAR_RX.finditer(text):
        if m.group(1).lower().startswith(pillar.lower()[:6]):
            return m.group(2), pillar
    period = F.period_from_date(text) or F.period_from_ordinal(text, pillar)
    if period is None:
        years = F.periods_in(text)
        period = years[0][1] if years else "unknown"
    return period, pillar


def release_line_judgements(c: Collector, line: Line, main: InspectionKey, default_force: str | None,
                            many_forces: bool = False) -> None:
    """Judgements a line of a release states: "Area - Grade" list items and graded sentences.

    default_force is the force a clause naming none is about (None: such clauses give
    nothing); with many_forces every force a clause names gets the grade.
    """
    era = F.era_of(main.period) if main.period[:4].isdigit() else "legacy"
    marker, rest = bullet_of(line.content)
    if marker:
        m = _AREA_GRADE_RX.match(rest)
        grade = F.grade_of_label(m.group("grade")) if m else None
        if m and grade and default_force:
            key = F.first_question(m.group("area"), era if era != "legacy" else "legacy-section")
            if key:
                c.judgement(InspectionKey(default_force, main.period, main.pillar), grade,
                            c.span(line.start, line.end), key)
            return
    for f in grade_findings(c.view, line.start, line.end, main.period, main.pillar, c.forces):
        if many_forces and f.forces:
            forces = list(f.forces)
        elif f.forces:
            forces = [f.forces[0]]
        elif default_force:
            forces = [default_force]
        else:
            continue
        evidence = c.span(*f.sentence)
        for force in forces:
            key = InspectionKey(force, f.period, f.pillar)
            if f.questions:
                for q in f.questions:
                    c.judgement(key, f.grade, evidence, q)
            elif f.pillar != "PEEL" or f.overall and "/" not in f.period:
                if f.pillar != "PEEL":
                    c.judgement(key, f.grade, evidence, None)
