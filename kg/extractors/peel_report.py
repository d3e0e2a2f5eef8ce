"""PEEL pillar report summaries, 2015-2017 ("Kent PEEL 2017" / "Legitimacy" / questions).

Layout: a title line "<Area> PEEL <year>", the pillar, the pillar question with the overall
finding, then one section per question ("To what extent does the force ...?"), each with
its finding (a sentence or a bare grade label) and its areas for improvement, causes of
concern and recommendations. An HMI byline may sit under the title or at the end.
"""

from __future__ import annotations

import re
from collections import Counter

from ..documents import Document
from ..gazetteer import Gazetteer
from ..records import InspectionKey, Record
from . import _facts as F
from . import _rules as R
from ._collect import Collector
from ._prose import grade_findings
from ._statements import read_statements, statement_heading
from ._text import Line, bullet_of, clean_statement

_TITLE_RX = re.compile(r"^(?P<area>.+?)\s+PEEL\s+(?P<year>20\d\d)\b", re.IGNORECASE)
_PILLAR_QUESTION_RX = [(re.compile(p, re.IGNORECASE), pillar) for pillar, p in R.PILLAR_QUESTIONS.items()]
_SUMMARY_RX = re.compile(r"^(?:overall\s+)?summary:?$|^overall:?$|^overall judgement:?$", re.IGNORECASE)
_NOT_GRADED_RX = re.compile(r"\bwe do not grade\b|\bnot graded\b|\bis not graded\b|\bungraded\b", re.IGNORECASE)
_PILLAR_LINE_RX = re.compile(r"^(legitimacy|effectiveness|efficiency|leadership)$", re.IGNORECASE)


def extract(doc: Document, gazetteer: Gazetteer) -> list[Record]:
    c = Collector(doc, gazetteer)
    lines = c.lines()
    content_lines = [ln for ln in lines if not ln.blank]
    if not content_lines:
        return []
    force, period, title_line = _force_and_period(c, content_lines)
    pillar, first_question_at = _pillar(content_lines)
    c.set_title(c.span(title_line.start, title_line.end))
    c.state_inspectorates_in(0, first_question_at)
    main = InspectionKey(force, period, pillar)
    c.inspection(main, c.span(title_line.start, title_line.end), main=True)
    _judgements(c, lines, main)
    _statements(c, lines, main)
    c.people_and_lead(main)
    c.scan_mentions()
    return c.records()


def _force_and_period(c: Collector, lines: list[Line]) -> tuple[str, str, Line]:
    """From the title "<Area> PEEL <year>", else the most named force and first year."""
    for line in lines[:5]:
        m = _TITLE_RX.match(line.content)
        if m:
            hit = c.forces.first(c.view, line.start, line.start + m.end("area"))
            if hit:
                return hit.force, m.group("year"), line
    counts = Counter(h.force for h in c.forces.find(c.view))
    force = counts.most_common(1)[0][0] if counts else "unknown"
    years = F.periods_in(c.view)
    return force, (years[0][1] if years else "unknown"), lines[0]


def _pillar(lines: list[Line]) -> tuple[str, int]:
    """The pillar (from its question, else a pillar line) and where the first question starts."""
    pillar = None
    for line in lines:
        for rx, name in _PILLAR_QUESTION_RX:
            if rx.search(line.content):
                return name, line.end
    for line in lines[:6]:
        m = _PILLAR_LINE_RX.match(line.content)
        if m:
            pillar = m.group(1).capitalize()
            return pillar, line.end
    named = F.pillars_named(" ".join(ln.content for ln in lines[:6]))
    return (named[0] if named else "Legitimacy"), lines[min(len(lines) - 1, 3)].end


# --- sections ------------------------------------------------------------------------


def _section_of(line: Line) -> tuple[str, str | None] | None:
    """("overall", None) for the pillar question or a summary heading, ("question", key) for a
    question heading, None for anything else."""
    _, content = bullet_of(line.content) if line.content.endswith("?") else (None, line.content)
    for rx, _pillar_name in _PILLAR_QUESTION_RX:
        if rx.search(content):
            return ("overall", None)
    if _SUMMARY_RX.match(content):
        return ("overall", None)
    if content.endswith("?") and len(content) < 200:
        return ("question", F.first_question(content, "legacy"))
    return None


def _judgements(c: Collector, lines: list[Line], main: InspectionKey) -> None:
    section: tuple[str, str | None] = ("header", None)
    graded = True
    heading: Line | None = None  # the section's heading line, for a grade label's evidence
    for line in lines:
        if line.blank:
            continue
        sec = _section_of(line)
        if sec is not None:
            section, graded, heading = sec, True, line
            continue
        if statement_heading(line.content) or not graded:
            continue
        if _NOT_GRADED_RX.search(line.content):
            graded = False
            continue
        label = F.grade_of_label(line.content)
        if label:
            if section[0] in ("overall", "question"):
                start = heading.start if heading is not None else line.start
                c.judgement(main, label, c.span(start, line.end), section[1])
            heading = None
            continue
        heading = None
        if bullet_of(line.content)[0] is not None:
            continue  # statements, not findings
        _prose_line(c, line, main, section)


def _prose_line(c: Collector, line: Line, main: InspectionKey, section: tuple[str, str | None]) -> None:
    for f in grade_findings(c.view, line.start, line.end, main.period, main.pillar, c.forces):
        evidence = c.span(*f.sentence)
        other = [fid for fid in f.forces if fid != main.force]
        force = other[0] if other and main.force not in f.forces[:1] else main.force
        key = InspectionKey(force, f.period, f.pillar)
        if f.questions:
            for q in f.questions:
                c.judgement(key, f.grade, evidence, q)
        elif f.earlier or f.overall or force != main.force:
            c.judgement(key, f.grade, evidence, None)
        elif section[0] == "question" and section[1]:
            c.judgement(key, f.grade, evidence, section[1])
        elif section[0] == "overall":
            c.judgement(key, f.grade, evidence, None)


# --- statements ------------------------------------------------------------------------


def _classify(line: Line) -> tuple[str, str | None] | None:
    sec = _section_of(line)
    if sec is not None:
        return ("section", sec[1])
    if bullet_of(line.content)[0] is None and F.grade_of_label(line.content):
        return ("end", None)
    return None


def _statements(c: Collector, lines: list[Line], main: InspectionKey) -> None:
    for st in read_statements(lines, _classify):
        text = " ".join(c.doc.text[a:b] for a, b in st.pieces)
        update = " ".join(c.doc.text[a:b] for a, b in st.update_pieces) or None
        addresses = clean_statement(" ".join(c.doc.text[a:b] for a, b in st.addresses.pieces)) if st.addresses else None
        c.statement(st.kind, main, text, c.span(st.start, st.end), st.question, update, addresses)


# --- people --------------------------------------------------------------------------------





