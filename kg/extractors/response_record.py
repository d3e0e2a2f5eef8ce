"""PCC and chief constable inspection response records.

Layout: tab-separated form fields ("Force<TAB>Staffordshire", "Grade<TAB>Good",
"Areas for improvement<TAB>...") whose values may hold HTML fragments, then each statement
with its "Force Update:", then free text: the commissioner's and chief constable's
statements (names, titles, earlier grades, a list of question grades).
"""

from __future__ import annotations

import re

from ..documents import Document
from ..gazetteer import Gazetteer
from ..records import InspectionKey, Record
from . import _facts as F
from ._collect import Collector
from ._prose import grade_findings
from ._statements import StatementReader, statement_heading
from ._text import Line, bullet_of, clean_statement, is_heading

# form field label -> field name
FIELDS: dict[str, str] = {
    r"version": "version",
    r"force": "force",
    r"police(?:,| and) (?:fire and )?crime commissioner|police, fire and crime commissioner|pcc|commissioner": "commissioner",
    r"chief constable|chief officer": "chief",
    r"title of (?:the )?inspection|inspection title|title": "title",
    r"inspectorate": "inspectorate",
    r"summary(?: of (?:the )?inspection)?": "summary",
    r"grades?|overall grade|judgements?": "grade",
    r"recommendations?": "statements",
    r"areas? for improvement": "statements",
    r"causes? of concern": "statements",
}
_FIELD_RX = [(re.compile(rf"^(?P<label>{p})\s*:?\t", re.IGNORECASE), name) for p, name in FIELDS.items()]

# A line that starts the free-text part after the statements: a quote, a statement, a welcome.
_RECORD_END_RX = re.compile(
    r"\b(?:said|says|added|commented)\s*:|\bwelcom(?:e|es|ed)\b|^statement from\b|\bresponse\s*:?$|^[\"']", re.IGNORECASE)
_AREA_GRADES_RX = re.compile(r"^(?P<grade>[A-Za-z ]{4,25}?)\s*:\s*(?P<areas>.+)$")
_DOT_LIST_RX = re.compile(r"^(?P<area>[^-:]{3,120}?)\s+(?:-|:)\s+['\"]?(?P<grade>[A-Za-z ]{4,25}?)['\"]?[.;]?$")
_PILLAR_HEADING_RX = re.compile(r"^(?:effectiveness|efficiency|legitimacy|leadership)$", re.IGNORECASE)


def extract(doc: Document, gazetteer: Gazetteer) -> list[Record]:
    c = Collector(doc, gazetteer)
    lines = c.lines()
    fields = _fields(lines, c.view, doc.text)
    force = _force(c, fields)
    period, pillar = _period_and_pillar(c, fields)
    title_span = fields.get("title")
    if title_span:
        c.set_title(c.span(*title_span[0]))
    if "inspectorate" in fields:
        c.state_inspectorates_in(*fields["inspectorate"][0])
    else:
        c.state_inspectorates_in(0, len(c.view))
    main = InspectionKey(force, period, pillar)
    c.inspection(main, c.span(*title_span[0]) if title_span else c.span(lines[0].start, lines[0].end), main=True)
    era = F.era_of(period) if period[:4].isdigit() else "legacy"
    _grade_field(c, fields, main, era)
    end_line = _statements(c, lines, main, era)
    _free_text(c, lines[end_line:], main, era)
    _people(c, fields, main)
    c.scan_mentions()
    return c.records()


# --- fields ------------------------------------------------------------------------------


def _field_of(view: str, line: Line) -> tuple[str, int] | None:
    """(field name, offset where the value starts) for a form field line ("Label<TAB>value";
    the view line may stop at the tab where HTML in the value broke the line)."""
    head = view[line.start:line.start + 120]
    for rx, name in _FIELD_RX:
        m = rx.match(head)
        if m:
            return name, line.start + m.end()
    return None


def _fields(lines: list[Line], view: str, raw: str) -> dict[str, list[tuple[int, int]]]:
    """Field name -> [(value start, value end)]: a value runs to the end of its raw line
    (HTML in it may have broken it into several view lines)."""
    found: dict[str, list[tuple[int, int]]] = {}
    for line in lines:
        f = _field_of(view, line) if not line.blank else None
        if f:
            name, start = f
            stop = raw.find("\n", start)
            found.setdefault(name, []).append((start, len(raw) if stop < 0 else stop))
    return found


def _value_text(c: Collector, span: tuple[int, int]) -> str:
    return c.view[span[0]:span[1]]


def _first_value_line(c: Collector, span: tuple[int, int]) -> tuple[int, int]:
    text = c.view[span[0]:span[1]]
    for m in re.finditer(r"[^\n]+", text):
        if m.group(0).strip():
            a = span[0] + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            return a, span[0] + m.end() - (len(m.group(0)) - len(m.group(0).rstrip()))
    return span


def _force(c: Collector, fields: dict[str, list[tuple[int, int]]]) -> str:
    for name in ("force", "title"):
        for span in fields.get(name, []):
            hit = c.forces.first(c.view, *span)
            if hit:
                return hit.force
    hit = c.forces.first(c.view)
    return hit.force if hit else "unknown"


def _period_and_pillar(c: Collector, fields: dict[str, list[tuple[int, int]]]) -> tuple[str, str]:
    """From the title of the inspection: a span ("2018/19") is integrated PEEL, a year with one
    pillar ("Police effectiveness 2016") is that pillar."""
    text = " ".join(_value_text(c, s) for s in fields.get("title", [])) or c.view[:2000]
    periods = F.periods_in(text)
    period = periods[0][1] if periods else "unknown"
    pillars = F.pillars_named(text)
    if "/" in period or "-" in period or len(pillars) != 1:
        return period, "PEEL"
    return period, pillars[0]


# --- grades --------------------------------------------------------------------------------


def _grade_field(c: Collector, fields: dict[str, list[tuple[int, int]]], main: InspectionKey, era: str) -> None:
    for span in fields.get("grade", []):
        a, b = _first_value_line(c, span)
        label = F.grade_of_label(c.view[a:b])
        if label:
            field_line = c.view.rfind("\n", 0, span[0]) + 1
            c.judgement(main, label, c.span(field_line, b), None)
            continue
        for m in re.finditer(r"[^\n]+", c.view[span[0]:span[1]]):
            line = m.group(0).strip()
            am = _AREA_GRADES_RX.match(line)
            grade = F.grade_of_label(am.group("grade")) if am else None
            if not grade:
                continue
            evidence = c.span(span[0] + m.start(), span[0] + m.end())
            for area in am.group("areas").split(";"):
                key = F.first_question(area, "legacy-section" if era == "legacy" else era)
                if key:
                    c.judgement(main, grade, evidence, key)


# --- statements ----------------------------------------------------------------------------


def _section_heading(line: Line, era: str) -> tuple[str, str | None] | None:
    if bullet_of(line.content)[0] is not None or not is_heading(line):
        return None
    if _PILLAR_HEADING_RX.match(line.content):
        return ("question", None)
    key = F.first_question(line.content, "legacy-section" if era == "legacy" else era)
    return ("question", key) if key else None


def _statements(c: Collector, lines: list[Line], main: InspectionKey, era: str) -> int:
    """Read the statement fields; returns the index of the first free-text line."""
    reader = StatementReader(lambda ln: _section_heading(ln, era), container_paragraphs=True)
    started = False
    end_index = len(lines)
    for i, line in enumerate(lines):
        f = _field_of(c.view, line) if not line.blank else None
        if f:
            name, value_start = f
            if name != "statements":
                if started:
                    reader.close_block()
                continue
            started = True
            heading = statement_heading(c.view[line.start:value_start].strip())
            kind = heading[0] if heading else "area-for-improvement"
            reader.open_block(kind, True)
            reader.question = None
            rest = c.view[value_start:line.end] if line.end > value_start else ""
            if rest.strip():
                lead = len(rest) - len(rest.lstrip())
                reader.feed(Line(value_start + lead, line.end, line.indent + 4, rest.strip()))
            continue
        if not started:
            continue
        if not line.blank and _RECORD_END_RX.search(line.content) and not reader.in_update:
            end_index = i
            break
        if not line.blank and reader.in_update and _RECORD_END_RX.search(line.content) and not line.content.lower().startswith("force"):
            end_index = i
            break
        reader.feed(line)
    for st in reader.found:
        text = " ".join(c.doc.text[a:b] for a, b in st.pieces)
        update = " ".join(c.doc.text[a:b] for a, b in st.update_pieces)
        if st.has_update and not update.strip():
            update = "(update given)"
        addresses = clean_statement(" ".join(c.doc.text[a:b] for a, b in st.addresses.pieces)) if st.addresses else None
        c.statement(st.kind, main, text, c.span(st.start, st.end), st.question,
                    update if st.has_update else None, addresses)
    return end_index


# --- free text -------------------------------------------------------------------------------


def _free_text(c: Collector, lines: list[Line], main: InspectionKey, era: str) -> None:
    """Earlier grades in the statements, and a list of question grades ("Investigation – Good")."""
    for line in lines:
        if line.blank:
            continue
        marker, rest = bullet_of(line.content)
        if marker:
            m = _DOT_LIST_RX.match(rest)
            grade = F.grade_of_label(m.group("grade")) if m else None
            if m and grade:
                key = F.first_question(m.group("area"), era if era != "legacy" else "legacy-section")
                if key:
                    c.judgement(main, grade, c.span(line.start, line.end), key)
                continue
        for f in grade_findings(c.view, line.start, line.end, main.period, main.pillar, c.forces):
            if not f.earlier:
                continue  # the Grade field states the current grade; quotes only repeat it
            other = [fid for fid in f.forces if fid != main.force]
            force = other[0] if other else main.force
            key = InspectionKey(force, f.period, f.pillar)
            evidence = c.span(*f.sentence)
            for q in f.questions or (None,):
                c.judgement(key, f.grade, evidence, q)


# --- people ----------------------------------------------------------------------------------


def _people(c: Collector, fields: dict[str, list[tuple[int, int]]], main: InspectionKey) -> None:
    labels = {"commissioner": "commissioner", "chief": "chief-constable"}
    for name, role in labels.items():
        for span in fields.get(name, []):
            a, b = _first_value_line(c, span)
            value = c.view[a:b]
            if not value.strip():
                continue
            hits = F.find_people(value, False)
            if hits:
                continue  # the value carries its own title ("Acting Chief Constable Nick Baker"): scanned below
            label_line_start = c.view.rfind("\n", 0, span[0]) + 1
            title = c.view[label_line_start:span[0]].strip().rstrip(":").strip()
            person = re.match(r"^(?:(?:Sir|Dame|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){1,2})$", value.strip())
            if person:
                pa = a + value.index(person.group(1))
                c.person(c.span(pa, pa + len(person.group(1))), role, main.force,
                         c.span(label_line_start, label_line_start + len(title)), c.span(label_line_start, b))
    c.people_and_lead(main)
