"""PEEL reports of the integrated assessments, 2021/22 and later ("PEEL 2021/22", "PEEL 2023-2025").

Layout: the inspectorate and "PEEL <period>", "An inspection of <force>", a table of graded
areas (grade headings over indented area names, "Area ..... Grade" dotted leaders, or
"Grade: area; area"), the HM Inspector's observations with a byline, then one section per
area (heading, grade label, findings, areas for improvement), and causes of concern with
their recommendations, either inside the area sections or gathered under their own heading.
"""

from __future__ import annotations

import re
from collections import Counter

from ..documents import Document
from ..gazetteer import Gazetteer
from ..records import InspectionKey, Record
from . import _facts as F
from ._collect import Collector
from ._prose import grade_findings
from ._statements import read_statements, statement_heading
from ._text import Line, bullet_of, clean_statement, is_heading

_PEEL_PERIOD_RX = re.compile(r"\bPEEL\s*:?\s+(20\d\d(?:\s*[/-]\s*\d{2,4})?)", re.IGNORECASE)
_INSPECTION_OF_RX = re.compile(r"\ban inspection of\s+(?:the\s+)?", re.IGNORECASE)
_DOTTED_RX = re.compile(r"\s*\.{3,}\s*|\s*\u2026+\s*|\t+")
_AREA_GRADES_RX = re.compile(r"^(?P<grade>[A-Za-z ]{4,25}?)\s*:\s*(?P<areas>.+;.+)$")
_HEADER_LINES = 8  # the inspectorate named in the masthead (first lines) inspected
_ERA = "peel2021"


def extract(doc: Document, gazetteer: Gazetteer) -> list[Record]:
    c = Collector(doc, gazetteer)
    all_lines = c.lines()
    lines = [ln for ln in all_lines if not ln.blank]
    if not lines:
        return []
    period, period_line = _period(lines)
    force = _force(c, lines)
    c.set_title(c.span(period_line.start, period_line.end))
    header_end = lines[min(_HEADER_LINES, len(lines)) - 1].end
    c.state_inspectorates_in(0, header_end)
    for line in lines:
        if line.content.startswith(("\u00a9", "(c)", "Copyright", "copyright")):
            c.state_inspectorates_in(line.start, line.end)
    main = InspectionKey(force, period, "PEEL")
    c.inspection(main, c.span(period_line.start, period_line.end), main=True)
    _grade_table(c, lines, main)
    _earlier_grades(c, lines, main)
    _statements(c, all_lines, main)
    c.people_and_lead(main)
    c.scan_mentions()
    return c.records()


def _period(lines: list[Line]) -> tuple[str, Line]:
    for line in lines[:12]:
        m = _PEEL_PERIOD_RX.search(line.content)
        if m:
            found = F.periods_in(m.group(1))
            if found:
                return found[0][1], line
    for line in lines:
        found = F.periods_in(line.content)
        if found:
            return found[0][1], line
    return "unknown", lines[0]


def _force(c: Collector, lines: list[Line]) -> str:
    for line in lines[:12]:
        m = _INSPECTION_OF_RX.search(line.content)
        if m:
            hit = c.forces.first(c.view, line.start + m.end(), line.end)
            if hit:
                return hit.force
    counts = Counter(h.force for h in c.forces.find(c.view))
    return counts.most_common(1)[0][0] if counts else "unknown"


# --- graded areas ---------------------------------------------------------------------------


def _area_key(text: str) -> str | None:
    return F.first_question(text, _ERA)


def _grade_table(c: Collector, lines: list[Line], main: InspectionKey) -> None:
    """Every graded area, from whichever table form the report uses and the section labels."""
    grid_grade: tuple[str, int] | None = None  # grade heading of a grid, with its indent
    previous: Line | None = None
    for line in lines:
        content = line.content
        label = F.grade_of_label(content)
        if label:
            grid_grade = (label, line.indent)
            # a grade label under an area heading grades that area
            if previous is not None and is_heading(previous) and not F.grade_of_label(previous.content):
                key = _area_key(previous.content)
                if key:
                    c.judgement(main, label, c.span(previous.start, line.end), key)
            previous = line
            continue
        if grid_grade and line.indent > grid_grade[1] and bullet_of(content)[0] is None:
            key = _area_key(content)
            if key:
                c.judgement(main, grid_grade[0], c.span(line.start, line.end), key)
            previous = line
            continue
        grid_grade = None
        _dotted_or_listed(c, line, main)
        previous = line


def _dotted_or_listed(c: Collector, line: Line, main: InspectionKey) -> None:
    """"Area ........ Grade" (dotted leader or tab) and "Grade: area; area" lines."""
    parts = [p for p in _DOTTED_RX.split(line.content) if p.strip()]
    if len(parts) == 2:
        grade = F.grade_of_label(parts[1])
        key = _area_key(parts[0]) if grade else None
        if grade and key:
            c.judgement(main, grade, c.span(line.start, line.end), key)
            return
    m = _AREA_GRADES_RX.match(line.content)
    grade = F.grade_of_label(m.group("grade")) if m else None
    if m and grade:
        for area in m.group("areas").split(";"):
            key = _area_key(area)
            if key:
                c.judgement(main, grade, c.span(line.start, line.end), key)


def _earlier_grades(c: Collector, lines: list[Line], main: InspectionKey) -> None:
    """Grades of earlier inspections in the text ("In 2015 we judged it to be inadequate")."""
    for line in lines:
        if is_heading(line) or bullet_of(line.content)[0] is not None:
            continue
        for f in grade_findings(c.view, line.start, line.end, main.period, main.pillar, c.forces):
            if not f.earlier:
                continue
            other = [fid for fid in f.forces if fid != main.force]
            key = InspectionKey(other[0] if other else main.force, f.period, f.pillar)
            evidence = c.span(*f.sentence)
            if f.questions:
                for q in f.questions:
                    c.judgement(key, f.grade, evidence, q)
            elif f.pillar != "PEEL":
                c.judgement(key, f.grade, evidence, None)


# --- statements -------------------------------------------------------------------------------


def _classify(line: Line) -> tuple[str, str | None] | None:
    if bullet_of(line.content)[0] is not None:
        return None
    if F.grade_of_label(line.content):
        return ("end", None)
    if not is_heading(line) or statement_heading(line.content):
        return None
    key = _area_key(line.content)
    if key:
        return ("question", key)
    return ("section", None)


def _statements(c: Collector, lines: list[Line], main: InspectionKey) -> None:
    for st in read_statements(lines, _classify):
        text = " ".join(c.doc.text[a:b] for a, b in st.pieces)
        update = " ".join(c.doc.text[a:b] for a, b in st.update_pieces) or None
        addresses = clean_statement(" ".join(c.doc.text[a:b] for a, b in st.addresses.pieces)) if st.addresses else None
        c.statement(st.kind, main, text, c.span(st.start, st.end), st.question, update, addresses)
