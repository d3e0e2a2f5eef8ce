"""National release digests: one page of force press releases for a pillar and year.

Layout: a title naming pillar and year ("PEEL: police legitimacy 2017 - force press
releases"), a summary (which forces got which overall grade), then one section per force,
headed by the force's name or a headline starting with it, with "HMIC judged that <force>:"
bullets and the HM Inspector's quote; notes to editors at the end.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..documents import Document
from ..gazetteer import Gazetteer
from ..records import InspectionKey, Record
from . import _facts as F
from ._collect import Collector
from ._text import Line, bullet_of, is_heading
from .press_release import period_and_pillar, release_line_judgements

_NOTES_RX = re.compile(r"^notes?(?: to editors)?:?$", re.IGNORECASE)


def extract(doc: Document, gazetteer: Gazetteer) -> list[Record]:
    c = Collector(doc, gazetteer)
    lines = [ln for ln in c.lines() if not ln.blank]
    if not lines:
        return []
    title = lines[0]
    c.set_title(c.span(title.start, title.end))
    period, pillar = period_and_pillar(c.view, title.content)
    c.state_inspectorates_in(0, len(c.view))
    sections = _sections(c, lines)
    inspectorate = F.inspectorate_of_era(period)
    for line in lines:
        force = _section_force(sections, line.start)
        if force == "notes":
            continue
        # the summary (force None) grades only the forces a clause names, each of them
        key = InspectionKey(force or "", period, pillar)
        release_line_judgements(c, line, key, force, many_forces=force is None)
    people = c.scan_people(None, inspectorate, force_at=lambda at: _section_force(sections, at))
    for at, person in people:
        force = _section_force(sections, at)
        if person.role == "inspector" and force and force != "notes":
            c.set_lead_inspector(InspectionKey(force, period, pillar), person.name)
    c.scan_mentions()
    return c.records()


def _sections(c: Collector, lines: list[Line]) -> list[tuple[int, str]]:
    """(start offset, force id or "notes") of each force section: a heading line that starts
    with a force's name."""
    out: list[tuple[int, str]] = []
    for line in lines[1:]:
        if _NOTES_RX.match(line.content):
            out.append((line.start, "notes"))
            continue
        if bullet_of(line.content)[0] is not None or not is_heading(line):
            continue
        hit = c.forces.first(c.view, line.start, line.end)
        if hit and hit.start == line.start:
            out.append((line.start, hit.force))
    return out


def _section_force(sections: list[tuple[int, str]], offset: int) -> str | None:
    """The force of the section an offset is in (None before the first section)."""
    index = bisect_right([start for start, _ in sections], offset) - 1
    return sections[index][1] if index >= 0 else None
