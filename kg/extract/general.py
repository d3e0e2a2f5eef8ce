"""The general reader: any inspection document, whatever its genre or layout.

It reads a document in three passes over its lines, with no genre gate:

1. the document context (`_context.read_context`): the force, period, pillar and
   inspectorate the document is about, from its title, fields, byline and dates;
2. sections: each heading sets what the lines under it are about (the whole pillar, one
   question or graded area, one force, or notes that state nothing);
3. finders over every line outside statements: grade labels, "area: grade" rows, group
   headings, and grades in running text, each resolved against the nearest context
   (the clause, then its section, then the document).

Statements (areas for improvement, recommendations, causes of concern) and the force's
updates come from the shared statement machine; people from their titles.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..read.document import Document
from .gazetteer import Gazetteer
from .records import InspectionKey, Record
from . import _facts as F
from . import _rules as R
from ._collect import Collector
from ._context import (DATELINE_CHARS, DocumentContext, canonical_period, first_period, heading_period,
                       lead_in_period, lead_in_report, no_overall_grade, peel_periods, read_context)
from ._prose import GradeFinding, earlier_frame, grade_findings, that_inspection
from ._statements import (DEADLINE_RX, LABEL_VERB_RX, MINUTE_NUMBER, StatementReader, inline_kind, is_update_label, run_in_label,
                          starts_statement, statement_heading, statement_heading_area, update_column, update_label_end)
from ._tables import (Cell, Row, Table, column_tables, csv_tables, field_lines, html_tables, in_place, periods_only, row_of,
                      tab_export, text_tables)
from ._text import Line, bullet_of, clean_statement, is_heading, sentence_at, sentence_spans, shown
from . import _quick as quick


def extract(doc: Document, gazetteer: Gazetteer) -> list[Record]:
    c = Collector(doc, gazetteer)
    lines, fields = split_fields(field_lines(c.lines(), c.doc.plain, c.view) if _delimited(c) else c.lines(), c.view)
    if not any(not ln.blank for ln in lines):
        return []
    ctx = read_context(c, lines)
    main = ctx.main
    c.set_title(ctx.title)
    _state_inspectorates(c, ctx)
    other_kind = _of_another_inspection(c, ctx)
    if not other_kind:
        c.inspection(main, ctx.title, main=True)
    sections = _sections(c, lines, ctx)
    in_tables = _tables(c, lines, ctx, sections)
    found = _statements(c, lines, ctx, sections, fields, in_tables)
    _reported_statements(c, lines, ctx, sections, _statement_lines(found) | in_tables)
    _quoted_statements(c, lines, ctx, sections, _statement_lines(found) | in_tables)
    taken = _statement_lines(found) | in_tables
    taken |= _answered_statements(c, lines, ctx, sections, taken)
    if other_kind:
        c.drop_statements_within([(0, len(c.view))])
    c.drop_statements_within(_other_inspection_spans(lines, sections))
    taken |= _cards(c, lines, ctx, sections, taken)
    taken |= _stacked_grid(c, lines, ctx, sections, taken)
    _grades(c, lines, ctx, sections, taken)
    c.people_and_lead(main, lambda hit: _person_force(c, hit, sections, lines))
    _people_in_chrome(c, main)
    c.scan_mentions()
    return c.records()


OTHER_KIND_OPENING = 200  # characters of a document's opening where a PEEL report names PEEL


def _of_another_inspection(c: Collector, ctx: DocumentContext) -> bool:
    """Whether a document reports another kind of inspection ("Report on an unannounced
    inspection visit to police custody suites in Kent", "Crime Data Integrity inspection
    2020", a thematic): its head names one, and neither its title nor its opening names
    PEEL. Such a document makes up no PEEL inspection, and its statements are that one's."""
    head = c.view[:ctx.head_end] + "\n" + ctx.title
    return bool(_OTHER_INSPECTION_RX.search(head)) and not _PEEL_NAMED_RX.search(
        ctx.title + "\n" + c.view[:OTHER_KIND_OPENING])


# --- who inspected ----------------------------------------------------------------------------

_INSPECTING_RX = quick.compile(R.INSPECTORATE_ACTS, re.IGNORECASE)
_INSPECTED_BY_RX = quick.compile(R.INSPECTED_BY, re.IGNORECASE)


def _state_inspectorates(c: Collector, ctx: DocumentContext) -> None:
    """The inspectorates a document names in its head, its copyright line, an "Inspectorate"
    field, or as the subject of inspecting ("HMIC has today published", "HMICFRS judged"):
    those inspected. One named in passing ("HMIC's 2014 report") did not."""
    c.state_inspectorates_in(0, ctx.head_end)
    for hit in c.inspectorate_names.find(c.view, ctx.head_end):
        line_start = c.view.rfind("\n", 0, hit.start) + 1
        before = c.view[line_start:hit.start]
        if _INSPECTING_RX.match(c.view, hit.end, min(len(c.view), hit.end + 80)) \
                or _INSPECTED_BY_RX.search(before):
            c.state_inspectorates_in(hit.start, hit.end)


# --- people ------------------------------------------------------------------------------------

_POSSESSIVE_FORCE_RX = quick.compile(r"(?:'s|\u2019s)?[ \t]*$")
# ("Chief Constable Jane Doe of Kent Police", "Chief Constable Jane Doe, Kent Police")
# (or in brackets: "Temporary Chief Constable Marcus Delaney (Cambridgeshire Constabulary)")
_OF_FORCE_RX = quick.compile(r"[ \t]*(?:,?[ \t]*(?:of|for|at)[ \t]+|,[ \t]*|\([ \t]*)(?:the[ \t]+)?")


def _people_in_chrome(c: Collector, main: InspectionKey) -> None:
    """Office-holders a page names only in what its reader left out (a footer's "Police and
    Crime Commissioner NAME", a related link's "Chief Constable NAME: our plan"): named by
    the page as a reader of its whole text sees them. Each serves the force named beside
    the title, else the document's force; one the article names already keeps its title there."""
    page = c.of_chrome()
    if page is None:
        return
    known = set(c.people_names())
    for _, person in page.scan_people(main.force, F.inspectorate_of_era(main.period), lambda hit: _named_force(page, hit)):
        if person.name not in known:
            c.person(person.name, person.role, person.organisation, person.title, person.evidence)


def _person_force(c: Collector, hit: F.PersonHit, sections: list[Section], lines: list[Line]) -> str | None:
    """The force an office-holder serves, from the nearest evidence: the force named beside
    the title (_named_force), else the force of the section the person is named in."""
    named = _named_force(c, hit)
    if named is not None:
        return named
    if _OUR_BEFORE_RX.search(c.view, max(0, hit.title_span[0] - OUR_REACH), hit.title_span[0]):
        return None  # "Our new Deputy Chief Constable, NAME, joined us from Kent Police": the writer's force
    starts = [ln.start for ln in lines]
    return sections[max(0, bisect_right(starts, hit.start) - 1)].force


def _named_force(c: Collector, hit: F.PersonHit) -> str | None:
    """The force named beside an office-holder's title: right before it ("West Mercia's
    Police and Crime Commissioner"), right after the name or title ("Chief Constable Jane
    Doe of Kent Police"), or first in a line or paragraph that opens on it."""
    title_start = hit.title_span[0]
    if hit.title_span[1] < hit.name_span[0]:
        between = c.forces.first(c.view, hit.title_span[1], hit.name_span[0])
        if between is not None:
            return between.force  # "Police and Crime Commissioner for Surrey Lisa Townsend"
    line_start = c.view.rfind("\n", 0, title_start) + 1
    for found in reversed(c.forces.find(c.view, max(line_start, title_start - 60), title_start + len("Police"))):
        if found.start >= title_start:
            continue
        if found.end > title_start:
            # "South Wales Police and Crime Commissioner": the area's name with the title's
            # first word is the force's own name
            if found.end == title_start + len("Police") and c.view.startswith("Police", title_start):
                return found.force
            break
        if _POSSESSIVE_FORCE_RX.fullmatch(c.view, found.end, title_start):
            return found.force
        break
    after = max(hit.name_span[1], hit.title_span[1])
    m = _OF_FORCE_RX.match(c.view, after, after + 20)
    if m:
        found = c.forces.first(c.view, m.end(), min(len(c.view), m.end() + 60))
        if found and found.start == m.end():
            return found.force
    if _OUR_BEFORE_RX.search(c.view, max(line_start, title_start - 6), title_start):
        return None  # "Durham and Cleveland will be compared with us ... Our Police and Crime Commissioner, X": the writer's force
    named = c.forces.find(c.view, line_start, title_start)
    if named and (_ITS_BEFORE_RX.search(c.view, max(line_start, title_start - 6), title_start)
                  or not c.view[line_start:named[0].start].strip(" \t\"'\u201c\u2018*-")):
        # the force its paragraph is about, the first it names: "North Wales Police stands alone
        # at the top ... Its chief constable, NAME, said", or a paragraph that opens on a force
        # ("Leicestershire Police has been rated outstanding ... Chief Constable NAME said")
        return named[0].force
    return None


_ITS_BEFORE_RX = quick.compile(r"\b[Ii]ts\s+$")
_OUR_BEFORE_RX = quick.compile(r"\b[Oo]ur\s+(?:(?:new|former|current|interim|incoming)\s+)?$")
OUR_REACH = 16  # characters before a title where "Our new" stands


# --- form fields ----------------------------------------------------------------------------

_FIELD_RX = quick.compile(R.FIELD_LABELS, re.IGNORECASE)


def split_fields(lines: list[Line], view: str) -> tuple[list[Line], dict[int, str]]:
    """A form field that holds statements ("Areas for improvement<TAB>The force should ...")
    becomes its label line and its value line, so the statement machine reads both; the
    second value maps each field label's offset to the kind of statement it holds."""
    out: list[Line] = []
    fields: dict[int, str] = {}
    for i, line in enumerate(lines):
        m = _FIELD_RX.match(line.content) if not line.blank else None
        if m and m.end() == len(line.content) and view[line.end:line.end + 1] != "\t":
            m = None  # a heading on its own line, not a field: its statements keep their section
        if m and "\t" in line.content[m.end():].strip():
            m = None  # a row of a table whose first cell names the row's kind: the table reads it
        if m and is_update_label(line.content[m.end():].strip()):
            m = None  # a table's heading row: "Area for improvement<tab>Chief Constable's response"
        if not m:
            out.append(line)
            continue
        label = line.content[:m.end()].rstrip(" \t:")
        heading = statement_heading(label)
        if heading:
            fields[line.start] = heading[0]
        value = line.content[m.end():]
        if value.strip():
            lead = len(value) - len(value.lstrip())
            out.append(Line(line.start, line.start + len(label), line.indent, label))
            out.append(Line(line.start + m.end() + lead, line.end, line.indent + 4, value.strip()))
        else:
            out.append(line)
    return out, fields


# --- sections ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    """What the lines under a heading are about."""

    kind: str  # header | overall | question | force | pillar | notes | other
    question: str | None = None
    force: str | None = None  # a section about one force (a regional release)
    heading: Line | None = None
    period: str | None = None  # named by this heading or one above ("PEEL 2021/22"): until another names one
    pillar: str | None = None  # named by a pillar's heading above ("Efficiency"): until another names one
    # the period is a grades table's ("Previous grades (PEEL 2021/22)"): it dates that table's
    # rows, not the next heading that is no row of it
    table_period: bool = False
    # the force is the heading's above a table, carried down its rows (not one a row's cell named)
    table_force: bool = False
    # the heading names another kind of inspection's report ("Crime data integrity inspection
    # 2017"): the grades under it are not PEEL's
    other_inspection: bool = False
    # the period is a listing's item's, from its dateline ("Posted 12 December 2017"): it dates
    # that item, not the next heading
    item_period: bool = False

    def key(self, ctx: DocumentContext) -> InspectionKey:
        """The inspection this section's facts belong to, unless a sentence says otherwise."""
        main = ctx.main
        period = main.period if self.period is None else self.period
        if period[:4].isdigit() and int(period[:4]) >= 2021:
            pillar = "PEEL"  # the integrated assessments since 2021 grade no pillar
        elif self.period is not None and self.period != main.period and not self.period.isdigit():
            pillar = "PEEL"
        else:
            # a legacy year's page on all three pillars: the pillar its section's heading names
            pillar = self.pillar if self.pillar and (period.isdigit() or main.pillar != "PEEL") else main.pillar
        return InspectionKey(self.force or main.force, period, pillar)


_PILLAR_QUESTION_RX = [(quick.compile(p.replace("^", r"(?:^|\b)"), re.IGNORECASE), pillar)
                       for pillar, p in R.PILLAR_QUESTIONS.items()]
_OVERALL_HEADING_RX = quick.compile(R.OVERALL_HEADINGS, re.IGNORECASE)
_NOTES_HEADING_RX = quick.compile(R.NOTES_HEADINGS, re.IGNORECASE)
# (with an aside of when, never of a grade: "Effectiveness (published November 2017)")
# (or of its year: "Legitimacy in 2017", "Efficiency 2016")
_PILLAR_HEADING_RX = quick.compile(rf"^(?:effectiveness|efficiency|legitimacy|leadership)"
                                   rf"(?:\s*\((?![^()]*\b(?:{R.GRADE_ALTERNATION})\b)[^()]{{1,40}}\)|\s+(?:in\s+)?20[12]\d)?$",
                                   re.IGNORECASE)
_PILLAR_FIELD_RX = quick.compile(r"\bpillar\s*(?::|\t)\s*(?:effectiveness|efficiency|legitimacy|leadership)\b", re.IGNORECASE)


MAX_HEADING = 200  # characters: no heading, question asked in full included, is longer
FORCE_LEAD_IN_WORDS = 8  # words, at most, of "X Constabulary is:" leading in its grades under any heading
_IS_LEAD_IN_RX = quick.compile(r"\b(?:is|was|are|were)\s*:$", re.IGNORECASE)
_LEGEND_RX = quick.compile(r"(?:status|key|legend|rag(?:\s+rating)?)\s*:\s*\S", re.IGNORECASE)
MAX_LABEL = 60  # a line ending in a full stop longer than this is a sentence, not a label


_MARKED_HEADING_RX = quick.compile(r"^[ \t]*(?:#{1,6}[ \t]|<h[1-6]\b[^>]*>\s*$)", re.IGNORECASE)


def _marked_heading(c: Collector, line: Line) -> bool:
    """Whether the document's markup made a line a heading (Markdown's "##", HTML's <h2>):
    a numbered heading ("4. Carried forward") is then no list item."""
    return bool(_MARKED_HEADING_RX.match(c.doc.text[c.view.rfind("\n", 0, line.start) + 1:line.start]))


# a figure alone: "1.6", "-3%", "£6.1m", "+1%", "12,400"
_FIGURE_RX = quick.compile(r"[-+−]?[£$]?\d[\d,]*(?:\.\d+)?\s*(?:%|m|bn|k|million|billion)?")


def _next_text(c: Collector, line: Line) -> str:
    """The next line's text that is not blank, stripped ("" at the end)."""
    at = line.end
    while at < len(c.view):
        end = c.view.find("\n", at + 1)
        end = len(c.view) if end < 0 else end
        text = c.view[at:end].strip()
        if text:
            return text
        at = end
    return ""


def _heading_section(c: Collector, line: Line, ctx: DocumentContext, current: Section) -> Section | None:
    """The section a line opens, or None when it is no heading."""
    content = line.content
    if len(content) > MAX_HEADING or (content.endswith(".") and len(content) > MAX_LABEL):
        return None  # a paragraph or a sentence, the bulk of any document: no heading
    if starts_statement(content):
        return None  # "The force needs to improve ... stop and search powers", unpunctuated: a statement
    if _LEGEND_RX.match(content):
        return None  # "Status: \u2705 closed \u00b7 \u23f3 open", "Key: ...": a legend, under its section
    if _SOURCE_DATELINE_RX.fullmatch(content) or _READ_MORE_RX.fullmatch(content):
        # "Nottingham Post, 18 February 2016, 17:40": a story's source and date, under its
        # headline; "Read more \u00bb": a link to the rest of the item, still within it
        return None
    marker, rest = bullet_of(content)
    marked = marker is not None and _marked_heading(c, line)  # "## 4. Carried forward from PEEL 2021/22"
    words = _HEADING_NUMBER_RX.sub("", content)
    if (marker is None or marked or _NUMBERED_RX.match(content)) and words[:1].isupper() and not words.endswith((".", ":")) \
            and (len(words) <= MAX_LABEL or (_OTHER_INSPECTION_RX.match(words) and "PEEL" not in content
                                             and not _ANY_GRADE_RX.search(content))) \
            and not _PEEL_NAMED_RX.search(content) \
            and (_OTHER_INSPECTION_RX.search(words) or _OTHER_INSPECTIONS_HEADING_RX.match(words)):
        # (numbered or not: "4. Custody inspection (joint with HM Inspectorate of Prisons)"; a
        # longer one that opens on the inspection's name: "Stalking and harassment: an
        # inspection of Sussex Police commissioned by the Police & Crime Commissioner")
        return Section("other", heading=line, other_inspection=True)
    if marker is not None and not rest.endswith("?") and not marked:
        return None
    if statement_heading(content) or F.grade_of_label(content) or label_grade(content) or _is_dated_label(content) \
            or _PILLAR_YEAR_GRADE_RX.fullmatch(content):
        return None
    if _PERIOD_CELL_RX.fullmatch(content):
        if _FIGURE_RX.fullmatch(_next_text(c, line)):
            return None  # a statistic's year over its value ("Police officers per 1,000 population" / "2015" / "1.6")
        return Section("other", heading=line, period=first_period(content))  # a year alone over its grades ("2017")
    for rx, pillar in _PILLAR_QUESTION_RX:
        if rx.search(rest):
            # ("How efficient is the force at keeping people safe and reducing crime?" names
            # effectiveness's words too: the question is the one its adjective asks)
            return Section("overall", heading=line, pillar=pillar)
    if _NOTES_HEADING_RX.match(content):
        return Section("notes", heading=line)
    if _PILLAR_HEADING_RX.match(content) or _PILLAR_FIELD_RX.search(content):
        # "LEGITIMACY": a pillar's part of a list; "Item 1   Pillar: Legitimacy   Status: Complete":
        # a tracker's item, its fields on one line over its statement
        return Section("pillar", heading=line)
    if _OVERALL_HEADING_RX.match(content):
        return Section("overall", heading=line)
    if content.endswith(":") and marker is None and (current.kind in ("header", "overall", "force", "other")
                                                     or (len(content.split()) <= FORCE_LEAD_IN_WORDS
                                                         and _IS_LEAD_IN_RX.search(content))):
        # "HMIC judged that Durham Constabulary:" leads in a list about that one force (a short
        # one, "Hampshire Constabulary is:", under a headline that named an area too)
        named = {h.force for h in c.forces.find(c.view, line.start, line.end)}
        if len(named) == 1:
            return Section("force", force=named.pop(), heading=line)
    asked = _ASKED_WITH_GRADE_RX.match(rest)  # "How effective is ...? Requires improvement": the question and its grade
    if asked and label_grade(asked.group(2)):
        rest = asked.group(1)
    if rest.endswith("?") and len(rest) < 200:
        return Section("question", F.first_question(rest, ctx.era_table), heading=line)
    if _METADATA_FIELD_RX.match(content):
        # a feed item's or a message's field ("Published: ...", "Category: ...", "Description:"):
        # it ends a run of statements, but the item is still about its headline's force
        return Section("other", heading=line, force=current.force)
    headline = _HEADLINE_FIELD_RX.match(content)
    if headline:
        # a feed's or a mailing's item: "Title: North Wales Police is good at keeping people
        # safe, says HMICFRS" opens the item, about the force it opens on
        hit = c.forces.first(c.view, line.start, line.end)
        if hit is not None and not c.view[line.start + headline.end():hit.start].strip():
            return Section("force", force=hit.force, heading=line)
    if not (is_heading(line) or marked) and not _BRACKETED_GRADE_RX.match(content):
        return None
    bracketed = _BRACKETED_GRADE_RX.match(content)
    area = bracketed.group(1) if bracketed and label_grade(bracketed.group(2)) else content
    key = F.first_question(area, ctx.era_table)
    hit = c.forces.first(c.view, line.start, line.end)
    # (after a heading's number: "2. North Yorkshire: call handling in the spotlight")
    opens_on_force = hit is not None and (hit.start == line.start or (marker is not None and c.view[line.start:hit.start] == content[:len(content) - len(rest)]))
    if key and len(area) <= 120 and (area is not content or not F.find_grades(c.view, line.start, line.end)):
        # an area heading, maybe with its grade (and the force it opens on: a listing's
        # "Avon & Somerset Police told to speed up investigations")
        return Section("question", key, heading=line, force=hit.force if opens_on_force else None)
    if not opens_on_force and _REPORT_NAME_RX.search(content) and heading_period(content):
        # a listing's report heading ("PEEL: Police legitimacy 2017 - Wiltshire Police"): what
        # is said under it, no area named, is of that report's whole pillar, and of the one
        # force it names
        named = {h.force for h in c.forces.find(c.view, line.start, line.end)}
        return Section("overall", heading=line, force=named.pop() if len(named) == 1 else None)
    if opens_on_force:
        return Section("force", force=hit.force, heading=line)
    if current.kind == "question" and not ctx.integrated_since_2021:
        return Section("question", current.question, heading=line)  # a sub-heading of the question
    return Section("other", heading=line)


_HEADLINE_FIELD_RX = quick.compile(r"(?:title|headline|subject)\s*:\s*", re.IGNORECASE)
_METADATA_FIELD_RX = quick.compile(R.METADATA_FIELDS, re.IGNORECASE)


def _other_inspection_spans(lines: list[Line], sections: list[Section]) -> list[tuple[int, int]]:
    """(start, end) of each run of lines under another kind of inspection's heading
    ("4. Custody inspection (joint with HM Inspectorate of Prisons)", "Other inspections")."""
    spans: list[tuple[int, int]] = []
    for line, section in zip(lines, sections):
        if not section.other_inspection or line.blank:
            continue
        if spans and section.heading is not None and spans[-1][0] <= section.heading.start:
            spans[-1] = (spans[-1][0], line.end)
        else:
            spans.append((section.heading.start if section.heading is not None else line.start, line.end))
    return spans


def _sections(c: Collector, lines: list[Line], ctx: DocumentContext) -> list[Section]:
    """The section of every line (the heading line itself belongs to the section it opens)."""
    out: list[Section] = []
    current = Section("header")
    previous: Line | None = None
    last_text: Line | None = None  # the last line that is not blank
    masthead = True  # until the first sentence of the body: the title's lines
    # a lead-in that names a period ("In its PEEL 2023-25 report, HMICFRS gave these
    # grades:") dates the table or list below it: the section to go back to when it ends
    resume: Section | None = None
    items_seen = False
    profile = False  # under a force's heading, with no sentence since
    for i, line in enumerate(lines):
        own = None  # the section of a line whose lead-in, its last sentence, dates only what follows
        if not line.blank:
            if resume is not None:
                if _TABLE_ROW_RX.search(line.content) or bullet_of(line.content)[0] is not None:
                    items_seen = True
                elif items_seen:
                    current, resume = resume, None
            following = lines[i + 1] if i + 1 < len(lines) else None
            asked = _wrapped_question(previous, line, ctx)
            opened = None
            # (never a table's row, whose wrapped cell ends on a date: "... as at 1<tab>63" / "January 2016")
            dated = _item_dateline(line) if not masthead and current.heading is not None \
                and "\t" not in current.heading.content else None
            if dated is not None:
                # "19 March 2025 · 3 min read" right under a listing's item: no heading, the date
                # of what the item reports (unless its heading names a period of its own)
                if current.heading is last_text and not heading_period(current.heading.content) \
                        and not current.other_inspection:  # (a custody or crime data inspection's date is no PEEL period)
                    current = replace(current, period=canonical_period(dated), item_period=True)
            elif asked is not None:
                current = replace(current, kind="question", question=asked, heading=line)
            elif not _continues(previous, line) and not (following is not None and _continues(line, following)):
                opened = _heading_section(c, line, ctx, current)
                if opened is not None and opened.kind == "question" and opened.question is None and masthead \
                        and not _PILLAR_ASKED_RX.search(line.content):
                    opened = replace(opened, kind="other")  # a headline's "POLICE EFFICIENCY: HOW DID YOUR FORCE DO?"
                if opened is not None and opened.kind == "other" and _YEAR_ALONE_RX.fullmatch(line.content) \
                        and previous is not None and "\t" in previous.content and "\t" not in line.content:
                    opened = None  # a year alone under a table's row: its cell wrapped ("... 12 months to 31 March" / "2016")
                if opened is not None and not (opened.kind == "other" and current.kind == "header" and masthead):
                    # (the title's lines, heading-like as they are, stay the header)
                    # (a timeline's entry, "February 2016 | PEEL: Police effectiveness (2015)", is no row)
                    row = bool(_TABLE_ROW_RX.search(line.content)) and not _TIMELINE_ENTRY_RX.match(line.content)
                    # (a table's header row is no heading to date what follows: "Change since PEEL 2021/22")
                    dated = heading_period(line.content) if not masthead and not row else None
                    period = (dated or opened.period) if not masthead else None
                    # a pillar's heading names its pillar, and so does a dated one ("PEEL 2015:
                    # Efficiency"); a dated heading carries no pillar on from the section before
                    named = F.pillars_named(line.content) if opened.kind in ("pillar", "overall") or dated else []
                    pillar = named[0] if len(named) == 1 else None
                    carried = current.pillar if opened.kind not in ("pillar", "overall") and not dated else None
                    before = current.period if not (current.table_period and not row) and not current.item_period else None
                    if resume is not None and not row:
                        before = resume.period  # (a lead-in dates its list, never the next heading's part)
                    # (an earlier period's grades under their own heading, "Previous grades (PEEL 2021/22)")
                    table = bool(dated and dated != ctx.main.period and _GRADES_TITLE_RX.search(line.content))
                    # (a heading under a force's, "PEEL pillar | 2016 | 2017", "Chief Constable": still that force's part)
                    # (and a table's rows under it, after a sentence: "Area | 2021/22 | 2023-25", "Preventing crime
                    # | Good | Good"; never a force a row's own cell named: "Durham Constabulary | Preventing crime | Good")
                    headed = current.force is not None and (current.table_force or current.heading is None
                                                            or not _TABLE_ROW_RX.search(current.heading.content))
                    force = opened.force or (current.force if (opened.kind in ("other", "question") and profile) or (row and headed) else None)
                    current = replace(opened, period=period or before, pillar=pillar or opened.pillar or carried,
                                      table_period=table or (current.table_period and row and not period), force=force,
                                      table_force=row and not opened.force and force is not None)
                    resume = None
            if opened is None and asked is None and line.content.endswith(":"):
                sentence = _sentence_ending(lines, i)
                dated = lead_in_period(sentence)
                at = c.view.rfind(sentence.strip(), line.start, line.end)
                if at > line.start:
                    own = current  # ("... both rated the force as requires improvement. In 2016 the inspectors ... :")
                if dated is None and at > line.start:
                    # "The next PEEL report, covering 2021/22, ... It graded the force as follows:"
                    dated = that_inspection(c.view, at, line.end, current.period or ctx.main.period)
                report = lead_in_report(sentence) if dated is None else None
                if report and report != (current.period or ctx.main.period, current.pillar or ctx.main.pillar):
                    # "The 2017 legitimacy report did, however, say that:": that report's list
                    resume, items_seen = resume or current, False
                    current = replace(current, period=report[0], pillar=report[1])
                elif dated and dated != (current.period or ctx.main.period):
                    resume, items_seen = resume or current, False
                    current = replace(current, period=dated, pillar=None)
            masthead = masthead and not _is_sentence_line(line.content)
            # (a force's heading over fields, tables and their headings, no sentence yet: its
            # profile, every part of it that force's; a sentence or a long line ends it, and the
            # next heading, a story's, say, is no longer that force's)
            profile = current.kind == "force" if opened is not None and opened.kind == "force" \
                else profile and not _is_sentence_line(line.content) \
                and all(len(cell) <= MAX_LABEL for cell in line.content.split("\t"))
        out.append(own or current)
        previous = line
        last_text = line if not line.blank else last_text
    return out


_DATELINE_RX = quick.compile(r"(?:(?:published|posted|updated|issued|date)\s*:?\s*(?:on\s+)?)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:"
                             + "|".join(R.MONTHS) + r")\s+20\d\d\b", re.IGNORECASE)


def _item_dateline(line: Line) -> str | None:
    """The year period of a short line that opens on a date (a news item's "19 March 2025 ·
    3 min read", "Published 4 May 2022"), else None."""
    opening = _DATELINE_RX.match(line.content)
    if not opening or _TIMELINE_ENTRY_RX.match(line.content):
        return None  # (a timeline's entry, "February 2016 | PEEL: Police effectiveness (2015)", is a heading)
    if len(line.content) > DATELINE_CHARS and not _SOURCE_AFTER_DATE_RX.fullmatch(line.content, opening.end()):
        return None  # (but its source may run long: "22 Mar 2018 · HM Inspectorate of Constabulary and ...")
    return F.period_from_date(line.content)


_SOURCE_DATELINE_RX = quick.compile(r"[A-Z][^,.:;|]{1,50},\s*(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:"
                                    + "|".join(R.MONTHS) + r")\s+20\d\d(?:,?\s+\d{1,2}[:.]\d\d)?", re.IGNORECASE)
_READ_MORE_RX = quick.compile(r"\W*(?:read|see|find\s+out|learn)\s+more\b[^.:;]{0,80}|\W*(?:continue\s+reading|full\s+story)\W*", re.IGNORECASE)
_SOURCE_AFTER_DATE_RX = quick.compile(r"\s*[\u00b7|\u2022\u2013\u2014-]\s*[^.!?]{3,100}")


LEAD_IN_LINES = 4  # a lead-in sentence wrapped over at most this many lines


def _sentence_ending(lines: list[Line], i: int) -> str:
    """The sentence that line i ends: its paragraph's lines up to it, from the last
    sentence's end before it."""
    start = i
    while start > 0 and i - start < LEAD_IN_LINES - 1 and not lines[start - 1].blank \
            and not lines[start - 1].content.endswith((".", ":", "?", "!")):
        start -= 1
    text = " ".join(line.content for line in lines[start:i + 1])
    ends = [m.end() for m in _SENTENCE_END_RX.finditer(text)]
    return text[ends[-1]:] if ends else text


_SENTENCE_END_RX = re.compile(r"[.!?]\s+(?=[A-Z\d])")
_TABLE_ROW_RX = re.compile(r"\t|^\||\|$")
# a date, then one more cell: "February 2016 | PEEL: Police effectiveness (2015)", "2020 - 2021 | ..."
_TIMELINE_ENTRY_RX = quick.compile(rf"(?:(?:{'|'.join(R.MONTHS)})\s+)?20\d\d(?:\s*[-\u2013]\s*20\d\d)?\s*[|\t]\s*[^|\t]+$",
                                   re.IGNORECASE)
_ASKED_WITH_GRADE_RX = re.compile(r"^(.{10,200}\?)[\s:\u2013\u2014-]+(\S.{2,30})$")
_GRADES_TITLE_RX = quick.compile(r"\b(?:grades?|gradings?|judgements?|ratings?)\b", re.IGNORECASE)


def _wrapped_question(previous: Line | None, line: Line, ctx: DocumentContext) -> str | None:
    """The area of a question wrapped onto a second line with its grade set off at the end
    ("How effective is the force at protecting those who are vulnerable from harm, and
    supporting" / "victims?          Good"): the second line opens the question's section."""
    if previous is None or not line.content[:1].islower() or not previous.content[:1].isupper():
        return None
    cells = _WIDE_GAP_RX.split(line.content.replace("\t", "   "))
    if len(cells) < 2 or not cells[0].rstrip().endswith("?") or not label_grade(cells[-1]):
        return None
    return F.first_question(f"{previous.content} {cells[0]}", ctx.era_table)


_SENTENCE_END_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789)")


def _is_sentence_line(content: str) -> bool:
    """Eight words or more, the last ending in a lower-case letter, a digit or a bracket and
    a full stop, or cut short by an ellipsis: a sentence of a document's body."""
    content = content[:-1] if content.endswith("\n") else content
    if content.endswith(("\u2026", "...")) and len(content.split()) >= 8:
        return True  # a listing's teaser cut short: "Merseyside Police was graded ... with local partners to ..."
    return (len(content) > 1 and content[-1] in ".!?" and content[-2] in _SENTENCE_END_CHARS
            and len(content.split()) >= 8)


def _continues(previous: Line | None, line: Line) -> bool:
    """Whether a line carries on the sentence of the line above (a hard-wrapped paragraph or
    list item), so cannot be a heading: it starts in lower case, or the line above runs on
    without a break, ending mid-sentence and indented no deeper."""
    if bullet_of(line.content)[0] is not None:
        return False  # a list item starts afresh
    if not line.content[:1].isupper() and not line.content[:1].isdigit() and line.content[:1] not in "\"'([":
        return True
    if previous is None or previous.blank:
        return False
    ended = previous.content.endswith((".", ":", "?", "!", '"', "'", ";")) or is_heading(previous)
    return not ended and line.indent > previous.indent


# --- grades ------------------------------------------------------------------------------------

_LABEL_PREFIX_RX = quick.compile(R.GRADE_LABEL_PREFIXES, re.IGNORECASE)
_BRACKETS_RX = quick.compile(r"^[\[(](.{4,30})[\])]$")
# before a label's grade: a thread's post number ("2/6") and symbols set before it (never a bracket or a quote)
_LEADING_MARKS_RX = quick.compile(r"^(?:\d{1,2}/\d{1,2}\s+)?(?:[^\w\s\[(\"'\u2018\u201c]+\s*)?")
# a footnote's mark printed after a grade in a table ("Good1", "Adequate*", "Good†")
_FOOTNOTE_SYMBOLS = "*\u2020\u2021"
_CHANGE_MARKS = "\u25b2\u25bc\u25b3\u25bd\u2191\u2193\u2192=\u2b06\u2b07"  # arrows, and "=" for unchanged
_FOOTNOTE_MARKS = _FOOTNOTE_SYMBOLS + "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"  # (and superscript digits: "Good\u00b9")
_FOOTNOTE_MARK_RX = quick.compile(rf"(?<=[a-z])(?:\d{{1,2}}|[{_FOOTNOTE_MARKS}]{{1,2}})$")


# a label's aside naming who gave the grade, and when ("(HMICFRS, December 2017)", "(published
# March 2018)"), never what it was before ("(previously good)") nor a year alone ("Good (2017)":
# that year's grade, shown beside this one's, is read where years are)
_SOURCE_ASIDE_RX = quick.compile(r"(?<=\w)\s*\((?:HMICFRS|HMIC|published|inspected|reported)\b[^()]{0,40}\)$")


def label_grade(content: str) -> str | None:
    """The grade of a label line in any of its forms: "Good", "[Good]", "GOOD", "Grade: Good",
    "Overall judgement - Requires improvement"."""
    text = content.strip().rstrip(".").strip()
    if text[:1] and not text[:1].isalpha():
        text = _LEADING_MARKS_RX.sub("", text, count=1)  # "\u2705 GOOD", "2/6 \U0001f7e0 ADEQUATE": a post's number, a symbol
    if text[-1:] in _CHANGE_MARKS:
        text = text.rstrip(_CHANGE_MARKS + " ")  # "Good \u25b2", "Good =": a league table's change since last time
    if text[-1:].isdigit() or text[-1:] in _FOOTNOTE_SYMBOLS:  # (a cheap look before the pattern's scan; superscripts are digits)
        text = _FOOTNOTE_MARK_RX.sub("", text)
    m = _LABEL_PREFIX_RX.match(text)
    if m:
        text = text[m.end():].strip()
    if "," in text:
        text = _SAME_AS_BEFORE_RX.sub("", text)  # "Overall: Good, as in 2016": the grade, kept from before
    if text.endswith(")"):
        text = _SOURCE_ASIDE_RX.sub("", text)  # "Good (HMICFRS, December 2017)": who gave it, and when
    b = _BRACKETS_RX.match(text)
    if b:
        text = b.group(1)
    grade = F.grade_of_label(text)
    if grade is None and " / " in text and len(text) <= BILINGUAL_LABEL_CHARS:
        # a bilingual label, Welsh then English ("Da / Good", "Angen gwella / Requires improvement"):
        # the one side that is a grade
        sides = [g for g in (F.grade_of_label(part.strip()) for part in text.split(" / ")) if g]
        grade = sides[0] if len(sides) == 1 else None
    return grade


# a pillar's own question: "How effective is the force at keeping people safe and reducing crime?"
_PILLAR_ASKED_RX = quick.compile(r"\b(?:effective(?:ly)?|efficient(?:ly)?|legitimate(?:ly)?|fair(?:ly)?|ethical(?:ly)?|lawful(?:ly)?"
                                 r"|well|good|leadership|leaders?)\b", re.IGNORECASE)

BILINGUAL_LABEL_CHARS = 60  # a label in two languages is no longer than this
_SAME_AS_BEFORE_RX = quick.compile(r",\s*(?:as\s+(?:it\s+was\s+)?in\s+(?:the\s+)?(?:PEEL\s+)?20\d\d(?:\s*[/-]\s*\d\d)?|unchanged|no\s+change)\s*$",
                                   re.IGNORECASE)


_CELL_SPLIT_RX = quick.compile(R.CELL_SEPARATORS)


_WIDE_GAP_RX = re.compile(r"\s{3}")


def _cells(content: str) -> list[str]:
    if not any(map(content.__contains__, R.CELL_SEPARATOR_NEEDLES)) and not _WIDE_GAP_RX.search(content):
        cell = content.strip(" '\"*")  # one cell: no separator's needle, no wide gap
        return [cell] if cell else []
    return [p.strip(" '\"*") for p in _CELL_SPLIT_RX.split(content) if p.strip(" '\"*")]


@dataclass(frozen=True)
class _Row:
    grade: str
    areas: tuple[str, ...]


_BRACKETED_GRADE_RX = quick.compile(r"^(.{3,140}?)\s*[\[(]([^\[\]()]{4,30})[\])]\s*$")
_AREA_THEN_GRADE_RX = quick.compile(R.AREA_THEN_GRADE, re.IGNORECASE)
_AREA_THEN_GRADE_LONG_RX = quick.compile(R.AREA_THEN_GRADE_LONG, re.IGNORECASE)
# "requires improvement (previously adequate)": an aside after the grade, about another time
# (or after a comma, what the grade was before: "Outstanding, up from requires improvement in 2018/19")
_ASIDE_RX = quick.compile(r"\s*\([^()]{1,60}\)\s*\.?\s*$"
                          r"|,\s*(?:(?:down|up|improved|fallen|moved)\s+from|previously|formerly)\s[^,;()]{1,60}$", re.IGNORECASE)
# (undated, "(previously adequate)", "(up from adequate)": the cycle before the row's)
# (after a comma too: "Outstanding, up from requires improvement in 2018/19")
_LEFT_IN_ASIDE_RX = quick.compile(rf"(?:\(|,\s*)(?:(?:down|up|improved|fallen|moved)\s+from|previously|formerly|was)\s*:?\s*['\"\u2018\u201c]?"
                                  rf"({R.GRADE_ALTERNATION})['\"\u2019\u201d]?(?:\s+in\s+((?:PEEL\s+)?{R.YEAR_SPAN}))?(?:\)|\s*(?:\.(?:\s|$)|$))",
                                  re.IGNORECASE)
# an earlier year's grade in brackets, the year first: "Outstanding (2018/19: requires improvement)"
_DATED_IN_ASIDE_RX = quick.compile(rf"\(\s*(?:PEEL\s+)?({R.YEAR_SPAN})\s*:\s*['\"\u2018\u201c]?({R.GRADE_ALTERNATION})['\"\u2019\u201d]?\s*\)",
                                   re.IGNORECASE)
# ... or after the row's own grade with no bracket, the row's last words ("Preventing crime Good
# 2021/22: Outstanding", a report page's grade and the last cycle's beside it)
_DATED_TAIL_RX = quick.compile(rf"(?<=\S)\s+(?:PEEL\s+)?({R.YEAR_SPAN})\s*:\s*['\"\u2018\u201c]?({R.GRADE_ALTERNATION})['\"\u2019\u201d]?\s*$",
                               re.IGNORECASE)
_AREA_VERB_RX = quick.compile(R.AREA_THEN_GRADE_VERBS, re.IGNORECASE)
_GRADE_THEN_AREA_RX = quick.compile(R.GRADE_THEN_AREA, re.IGNORECASE)


_ITEM_END_RX = quick.compile(r"\s*;\s*(?:and|or)?\s*$")
MAX_DASHED_ROW = 200  # characters: a longer line of several sentences is a paragraph, whatever dashes it has
_SENTENCES_RX = re.compile(r"[a-z][.!?]\s+[A-Z]")


# a slide's tile, a pillar and its year, then the grade, no separator: "Efficiency 2016 Good"
_PILLAR_YEAR_GRADE_RX = quick.compile(rf"(?P<area>(?:PEEL\s+)?(?:effectiveness|efficiency|legitimacy|leadership)\s+20[01]\d)"
                                      rf"\s*[:\u2013-]?\s+(?P<grade>{R.GRADE_ALTERNATION})\.?", re.IGNORECASE)


def _rows_by_semicolon(content: str) -> list[_Row] | None:
    """A line of "Area: Grade" parts set apart by semicolons, the parts that are no rows naming
    no grade and no area ("Effectiveness: due March 2017"; never "Good: A; B; C", one grade
    over a list of areas); None otherwise."""
    rest = bullet_of(content)[1]
    year_first = _YEAR_FIRST_ITEM_RX.match(rest)  # (the item's year dates its key, see _grades)
    parts = [part.strip().rstrip(".") for part in rest[year_first.end() if year_first else 0:].split(";") if part.strip()]
    rows = [_area_grade_row(part) for part in parts]
    found = [row for row in rows if row is not None and row.grade]
    if not found or len(parts) < 2 \
            or any(row is None and (_ANY_GRADE_RX.search(part) or F.starts_with_question(part)) for row, part in zip(rows, parts)) \
            or any(len(row.areas) != 1 for row in found):
        return None
    return found


# A table copied from a PDF with its cells set apart by single spaces: a header that names two
# periods ("Area PEEL 2023–2025 PEEL 2021/22") over rows that end in two grades ("Preventing crime
# Outstanding Good"), each grade its column's period's.
# (the area ends on a word and the spaces after it are taken whole: a long run of spaces in
# a row is crossed once, not once for every place the area might end)
_TWO_GRADES_TAIL_RX = quick.compile(rf"^(?P<area>.*?\S)[ \t]++(?P<first>{R.GRADE_ALTERNATION})[ \t]++(?P<second>{R.GRADE_ALTERNATION}"
                                    rf"|not\s+(?:graded|inspected))\s*$", re.IGNORECASE)
TWO_PERIOD_HEADER_REACH = 15  # rows, at most, between such a row and its header


def _two_period_row(c: Collector, lines: list[Line], i: int, key: InspectionKey, ctx: DocumentContext) -> bool:
    """A row of a two-period table whose cells are set apart by spaces alone (see
    _TWO_GRADES_TAIL_RX), read as its two grades. True when the line was read so."""
    m = _TWO_GRADES_TAIL_RX.match(bullet_of(lines[i].content)[1])
    if m is None or "\t" in lines[i].content or "|" in lines[i].content or not F.starts_with_question(m.group("area")):
        return False
    for j in range(i - 1, max(-1, i - TWO_PERIOD_HEADER_REACH), -1):
        above = lines[j].content
        if lines[j].blank or _ANY_GRADE_RX.search(above) or _RULE_ROW_RX.fullmatch(above):
            continue
        periods = [canonical_period(p[:4], p[5:] or None) for _, p in F.periods_in(above)]
        # (or two forces side by side: "AREA   CHESHIRE   MERSEYSIDE")
        forces = [hit.force for hit in c.forces.find(c.view, lines[j].start, lines[j].end)] if not periods else []
        if len(periods) == 2 and len(set(periods)) == 2:
            keys = [_on_period(key, period) for period in periods]
        elif len(forces) == 2 and len(set(forces)) == 2:
            keys = [replace(key, force=force) for force in forces]
        elif not periods and not forces and len(above.split()) <= MAX_AREA_ITEM_WORDS:
            continue  # a row's long area wrapped above its grades ("Building, supporting and protecting")
        else:
            return False
        for at, grade in zip(keys, (m.group("first"), m.group("second"))):
            if label_grade(grade):
                _row(c, lines[i], _Row(label_grade(grade), (m.group("area"),)), at, ctx)  # type: ignore[arg-type]
        return True
    return False


_RULE_ROW_RX = quick.compile(r"[-=_\s|+]+")


def _area_grade_row(content: str) -> _Row | None:
    """'Area: Grade', 'Grade - Area', 'Area ..... Grade', 'Area | Grade', 'Area [Grade]',
    'Area Grade' (a card's two boxes), 'Grade: area; area'. A list item's closing
    semicolon ("Investigating crime - good;", "... - adequate; and") ends no cell."""
    _, rest = bullet_of(content)
    if ";" in rest[-6:]:
        rest = _ITEM_END_RX.sub("", rest)
    if rest.count(" | ") == 1:
        # a label in two languages side by side ("Effeithiolrwydd - Da | Effectiveness - Good"):
        # the side that is a row of an area and its grade, the other naming no grade
        sides = rest.split(" | ")
        rows = [_area_grade_row(side) for side in sides]
        if sum(1 for row in rows if row) == 1 and not any(_ANY_GRADE_RX.search(side) for side, row in zip(sides, rows) if not row):
            return next(row for row in rows if row)
    if F.opens_on_named_grade(rest):
        return None  # "Good: that is the grade HMICFRS gave ... for A, for B and for C": prose
    if rest.endswith(")") and (dated := _DATED_IN_ASIDE_RX.search(rest)) and not rest[dated.end():].strip():
        rest = rest[:dated.start()].rstrip()  # "A: outstanding (2018/19: requires improvement)": the earlier grade is read apart
    elif (dated := _DATED_TAIL_RX.search(rest)) and _ANY_GRADE_RX.search(rest, 0, dated.start()):
        rest = rest[:dated.start()].rstrip()  # "A Good 2021/22: Outstanding" too
    tile = _PILLAR_YEAR_GRADE_RX.fullmatch(rest)
    if tile:
        return _Row(label_grade(tile.group("grade")), (tile.group("area"),))  # type: ignore[arg-type]
    bracketed = _BRACKETED_GRADE_RX.match(rest)
    if bracketed and not label_grade(bracketed.group(2)) and _ANY_GRADE_RX.search(bracketed.group(1)):
        bracketed = None  # "Effectiveness - Requires improvement (down from good in 2017)": an aside, not "Area (Grade)"
    if bracketed is None:
        bracketed = _AREA_THEN_GRADE_RX.match(rest)
        if bracketed is None:
            bracketed = _AREA_THEN_GRADE_LONG_RX.match(rest)
            if bracketed and not F.starts_with_question(bracketed.group(1)):
                bracketed = None
        if bracketed and _AREA_VERB_RX.search(bracketed.group(1)):
            bracketed = None  # a sentence that ends in its grade is prose, read as prose
    if bracketed is None:
        first = _GRADE_THEN_AREA_RX.match(rest)
        # ("Good use of resources" is an area's name, not a grade and an area)
        if first and not _AREA_VERB_RX.search(first.group("area")) and F.starts_with_question(first.group("area")) \
                and not F.starts_with_question(rest):
            return _Row(label_grade(first.group("grade")), (first.group("area"),))  # type: ignore[arg-type]
    if not bracketed and len(rest) > MAX_DASHED_ROW and "\t" not in rest and "|" not in rest and _SENTENCES_RX.search(rest):
        return None  # "Its prevention of crime - rated outstanding - rests on ... . Its ...": prose in dashes
    cells = [bracketed.group(1), bracketed.group(2)] if bracketed else _cells(rest)
    if len(cells) < 2:
        return None
    grades = [(i, label_grade(cell) or label_grade(_ASIDE_RX.sub("", cell))) for i, cell in enumerate(cells)]
    graded = [(i, g) for i, g in grades if g]
    if len(graded) != 1:
        return None
    index, grade = graded[0]
    others = [cell for i, cell in enumerate(cells) if i != index]
    areas = tuple(a.strip() for cell in others for a in cell.split(";") if a.strip())
    return _Row(grade, areas)  # type: ignore[arg-type]


def _grades(c: Collector, lines: list[Line], ctx: DocumentContext, sections: list[Section],
            taken: set[int]) -> None:
    group: tuple[str, int, Line] | None = None  # a grade heading over indented areas
    grouped: set[int] = set()  # starts of the lines read as areas under a grade heading
    grid_goes_on = False  # the last grade heading had "No areas" under it
    frame: tuple[int, str] | None = None  # the last prose line's earlier_frame
    delimited = _delimited(c)  # (a delimited file is one table; a cell's sentences are still read)
    for i, line in enumerate(lines):
        if line.blank or (line.end in taken and not (delimited and _graded_prose_cell(c, line))):
            continue
        section = sections[i]
        if section.kind == "notes":
            # notes to editors, a grading key: only a row that begins with a graded area's name
            # grades it ("- Responding to the public: adequate", restating the report's grades)
            group = None
            row = _area_grade_row(line.content) if _ANY_GRADE_RX.search(c.view, line.start, line.end) else None
            if row and row.areas and all(F.starts_with_question(area) for area in row.areas):
                _row(c, line, row, section.key(ctx), ctx)
            elif row is None and _GRADED_VERB_RX.search(c.view, line.start, line.end) \
                    and (c.forces.first(c.view, line.start, line.end) or _PEEL_DATED_RX.search(c.view, line.start, line.end)) \
                    and _ANY_GRADE_RX.search(c.view, line.start, line.end):
                # a note that says in a sentence what a force was graded ("West Yorkshire Police was
                # graded outstanding for preventing crime", "In its previous inspection (PEEL
                # 2018/19) the constabulary was judged good at ..."): as any sentence says it
                _prose(c, line, section, section.key(ctx), ctx)
            continue
        key = section.key(ctx)
        year_first = _YEAR_FIRST_ITEM_RX.match(bullet_of(line.content)[1])
        if year_first and (dated := first_period(year_first.group(1))) and dated != key.period:
            key = _on_period(key, dated)  # a history's item "- 2014 - Efficiency: Good": that year's
        if not _ANY_GRADE_RX.search(c.view, line.start, line.end):
            # no grade word: at most an area under a grade heading
            if group is not None and _group_area(c, line, group, key, ctx):
                grouped.add(line.start)
                continue
            if group is not None and _NO_AREAS_RX.match(line.content):
                grid_goes_on = True  # "No areas" under a grade: the next grade heads the grid's next areas
            group = None
            continue
        if _dated_label(c, line, section, lines, i, ctx):
            group = None
            continue
        parted = _rows_by_semicolon(line.content) if ";" in line.content else None
        if parted:
            for each in parted:
                _row(c, line, each, key, ctx)  # "Efficiency: Good; Legitimacy: Good; Effectiveness: due March 2017"
            group = None
            continue
        if section.kind != "question" and _last_years_label(c, line, key):
            group = None
            continue
        label = label_grade(line.content)
        if label and _split_row(c, lines, i, label, key, ctx):
            group = None  # "Area:" at a line's end and its grade on the next (a wrapped row)
            continue
        if label and _ends_grade_scale(c, lines, i):
            group = None  # "Outstanding Good Adequate Requires" / "improvement" / "Inadequate": a table's header, wrapped
            continue
        if label:
            above = _previous(lines, i)
            below = next((ln for ln in lines[i + 1:i + 3] if not ln.blank), None)
            if below is not None and _NO_AREAS_RX.match(below.content):
                group = (label, line.indent, line)  # a grade of the grid with no area under it
                continue
            # (a grade set in under the line above, "Effectiveness" / "  Good", is that line's
            # value: no heading of the lines below, which stand out at the left again)
            set_under = above is not None and below is not None and above.indent < line.indent > below.indent \
                and bullet_of(line.content)[0] is None
            if above is not None and not set_under and ((group is not None and above.start in grouped)
                                                        or (grid_goes_on and _NO_AREAS_RX.match(above.content))):
                # the next grade heading of a grid written down the page ("Good / area / area
                # / Adequate / area"): it heads the areas below, it does not grade the one above
                group = (label, line.indent, line)
                continue
            # "Area / Good" pairs: the label grades the area above it; "GOOD / area / area":
            # the label heads the areas below it
            if below is not None and _forces_alone(c, bullet_of(below.content)[1]):
                group = (label, line.indent, line)  # "Good" over the forces graded good: it grades them alone
                continue
            under_area = section.kind == "question" and section.heading is _previous(lines, i)
            group = (label, line.indent, line) if not set_under and (not under_area or _heads_areas(c, lines, i, key, deeper=True)) \
                and not _pairs_down(lines, i) else None
            if _FIELD_GRADE_RX.match(line.content) and above is not None and line.start - above.end <= 1:
                # "- Investigating crime" / "Grade: Good": a field of the item above, heading none below
                group = None
                asked = F.first_question(bullet_of(above.content)[1], F.era_of(key.period, headed=True)) \
                    if bullet_of(above.content)[0] is not None and len(above.content.split()) <= MAX_AREA_ITEM_WORDS else None
                if asked:
                    c.judgement(key, label, c.span(above.start, line.end), asked)
                    continue
            _label(c, line, label, section, key, lines, i)
            continue
        if _rated_report(c, line, key):
            group = None
            continue
        if "\t" in line.content and _card_line(c, lines, i, key, ctx, taken):
            group = None
            continue
        if ". " in line.content and _sentence_pairs(c, line, key, ctx):
            group = None
            continue
        if _two_period_row(c, lines, i, key, ctx):
            group = None
            continue
        row = _area_grade_row(line.content)
        if row is None and ". " in line.content and bullet_of(line.content)[0] is not None:
            # "* Investigating crime: requires improvement. This is where ...": the item's first sentence
            row = _area_grade_row(line.content.split(". ", 1)[0])
        as_it_was = _AS_IT_WAS_ASIDE_RX.search(line.content) if row is None and bullet_of(line.content)[0] is not None else None
        if as_it_was:
            # "- Legitimacy (report published December 2017): good, as it was in 2016, when ...": the
            # item's grade before the aside (the aside's own grade is read from the rest, below)
            row = _area_grade_row(line.content[:as_it_was.start()])
        if row is None and _verbless_grades(c, line, key, ctx):
            group = None
            continue  # (the line's grades all said so: a mixed paragraph's others go on to prose)
        above = lines[i - 1] if i and not lines[i - 1].blank else None
        if row and above is not None and line.content[:1].islower() and not above.content.endswith(_ENDS_AREA) \
                and not _ANY_GRADE_RX.search(above.content):
            # "1. How well does the force understand its current and likely" / "future
            # demand?      Good": the area began on the line above
            row = _Row(row.grade, tuple(f"{above.content} {area}" for area in row.areas))
            line = Line(above.start, line.end, above.indent, f"{above.content} {line.content}")
        kept = _KEPT_GRADE_RX.search(line.content) if row else None
        if kept and kept.group(1) != key.period[:4] and kept.group(1) < key.period[:4]:
            key = replace(key, period=kept.group(1))  # "Tackling serious and organised crime | Good (2017)*"
        if row and _row(c, line, row, key, ctx):
            _bracketed_earlier(c, lines, i, row, key, ctx)
            left = _LEFT_IN_ASIDE_RX.search(line.content)
            # (the areas without a year of their own: "Legitimacy 2017: RI, down from good in 2016")
            areas = tuple(_YEAR_SPAN_RX.sub("", area).strip() for area in row.areas)
            own = _AREA_YEAR_RX.search(row.areas[0]) if row.areas else None
            since = own.group(1) if own and int(own.group(1)) <= R.LAST_PILLAR_YEAR else key.period
            left_period = (first_period(left.group(2)) if left.group(2) else F.previous_period(since)) if left else None
            first_cycle, first_area_cycle = R.INTEGRATED_CYCLES[:2]
            if left and not left_period and since == first_area_cycle \
                    and all(F.first_question(area, F.era_of(first_cycle, headed=True)) for area in areas):
                # "Investigating crime: outstanding, previously good": a 2021/22 area that 2018/19
                # graded as a question too (no pillar: 2018/19's pillar grades are no area's)
                left_period = first_cycle
            if left and (period := left_period):
                # "Effectiveness - Requires improvement (down from good in 2017)": 2017's grade too
                _row(c, line, _Row(label_grade(left.group(1)), areas), _on_period(key, period), ctx)  # type: ignore[arg-type]
            dated = (_DATED_IN_ASIDE_RX.search(line.content) or _DATED_TAIL_RX.search(line.content)) if left is None else None
            if dated and (period := first_period(dated.group(1))) and period != key.period:
                _row(c, line, _Row(label_grade(dated.group(2)), areas), _on_period(key, period), ctx)  # type: ignore[arg-type]
            # "Good<tab>A" over "<tab>B", "<tab>C": a grade's cell merged down over its areas
            opened_by_grade = "\t" in line.content and label_grade(line.content.split("\t", 1)[0]) == row.grade
            group = (row.grade, line.indent, line) if opened_by_grade else None
            rest = (as_it_was or _FIRST_SENTENCE_END_RX.search(line.content)) if bullet_of(line.content)[0] is not None else None
            if rest and F.find_grades(c.view, line.start + rest.end(), line.end):
                # "- Effectiveness (report published March 2018): good. The Constabulary was graded
                # good at investigating crime.": the item's later sentences, of its row's pillar
                pillars = F.pillars_named(" ".join(row.areas))
                told = replace(key, pillar=pillars[0]) if len(pillars) == 1 and key.period.isdigit() else key
                frame = _prose(c, Line(line.start + rest.end(), line.end, line.indent, line.content[rest.end():]),
                               section, told, ctx, -1, frame)
            continue
        if row and _force_row_of_area(c, lines, i, row, key, ctx):
            continue
        if row is None and "|" in line.content and _TRAILING_BRACKETED_GRADE_RX.search(line.content):
            # "| Crime data integrity | Not inspected this time (Good) |": the earlier grade alone
            first = _cells(bullet_of(line.content)[1])[0]
            if F.first_question(first, ctx.era_table):
                _bracketed_earlier(c, lines, i, _Row("", (first,)), key, ctx)
        if group is not None and not F.find_grades(c.view, line.start, line.end) \
                and _group_area(c, line, group, key, ctx):
            grouped.add(line.start)
            continue
        group = None
        if _asked_grade_answered(c, lines, i, key, ctx):
            continue
        if _graded_list_below(c, lines, i, key, ctx, section):
            continue
        if _pairs_after_colon(c, line, key, ctx):
            continue
        _grades_for_areas(c, line, key, ctx)
        frame = _prose(c, line, section, key, ctx, _led_grade(lines, i), frame)


# an FAQ's question that names a grade and asks which areas got it: "Which areas were rated good?"
_ASKED_GRADE_RX = quick.compile(rf"(?:which|what)\s+(?:areas?|parts?|questions?)\s+(?:of\s+\w+\s+)?(?:were|was|did\s+\w+)\s+"
                                rf"(?:(?:rated|graded|judged|found|assessed)\s+(?:as\s+|to\s+be\s+)?|get\s+|receive\s+)?"
                                rf"(?:an?\s+)?['\"\u2018]?({R.GRADE_ALTERNATION})['\"\u2019]?(?:\s+grades?)?\s*\?", re.IGNORECASE)


def _asked_grade_answered(c: Collector, lines: list[Line], i: int, key: InspectionKey, ctx: DocumentContext) -> bool:
    """"Which areas were rated good?" answered on the next line by areas and nothing else
    ("Preventing crime and anti-social behaviour, and developing a positive workplace."):
    each area the answer names has the grade the question names."""
    asked = _ASKED_GRADE_RX.fullmatch(bullet_of(lines[i].content)[1])
    answer = next((ln for ln in lines[i + 1:i + 3] if not ln.blank), None)
    if asked is None or answer is None:
        return False
    text = bullet_of(answer.content)[1].rstrip(" .")
    areas = [q for _, q in F.find_questions(text, ctx.era_table)]
    if not areas or not F.listed_areas_only(text):
        return False
    grade = label_grade(asked.group(1))
    for q in areas:
        c.judgement(key, grade, c.span(lines[i].start, answer.end), q)  # type: ignore[arg-type]
    return True


# "Good grades were awarded for A, B and C", "received good grades for A and B", "good ratings
# in A": the grade as an adjective of "grades", then the areas it was given for
_GRADES_FOR_AREAS_RX = quick.compile(rf"(?P<before>\b(?:received|got|achieved|earned|given|awarded)\s+(?:an?\s+)?)?"
                                     rf"\b({R.GRADE_ALTERNATION})\s+(?:grades?|ratings?|judg(?:e)?ments?)\s+"
                                     r"(?P<after>(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:awarded|given|received)\s+)?"
                                     r"(?:for|in|at)\s+(?P<areas>[^.;:!?\n]{3,300})", re.IGNORECASE)


def _grades_for_areas(c: Collector, line: Line, key: InspectionKey, ctx: DocumentContext) -> None:
    """Each area listed after "GRADE grades for" (nothing but areas listed) where a verb
    gives them ("were awarded", "received"), in a line that names no force but the one graded."""
    if not _GRADE_WORD_BEFORE_GRADES_RX.search(c.view, line.start, line.end):
        return
    for m in _GRADES_FOR_AREAS_RX.finditer(c.view, line.start, line.end):
        areas = m.group("areas").strip()
        if not (m.group("before") or m.group("after")):
            continue  # "the force's good grade for A" names a grade in passing (one a debate may dispute)
        if not F.listed_areas_only(areas) or _names_another_force(c, line, key):
            continue
        _row(c, line, _Row(label_grade(m.group(2)), _named_areas(areas, _era_for(key, ctx)) or (areas,)), key, ctx)  # type: ignore[arg-type]


def _names_another_force(c: Collector, line: Line, key: InspectionKey) -> bool:
    """Whether a line names a force other than the one its key grades (a neighbour's list item)."""
    return any(hit.force != key.force for hit in c.forces.find(c.view, line.start, line.end))


_GRADE_WORD_BEFORE_GRADES_RX = quick.compile(r"\b(?:grades?|ratings?|judg(?:e)?ments?)\s+(?:were|was|have|had|awarded|given|received|for|in|at)\b",
                                             re.IGNORECASE)  # (a cheap look before the full pattern)


# "Understanding demand: Good. Using resources: Requires improvement.": an area and its grade a sentence
_SENTENCE_PAIR_RX = quick.compile(rf"(?:^|(?<=[.:]\s))([A-Z][^.:;?!]{{2,120}}?):\s*({R.GRADE_ALTERNATION})\.?(?=\s|$)", re.IGNORECASE)


def _sentence_pairs(c: Collector, line: Line, key: InspectionKey, ctx: DocumentContext) -> bool:
    """A paragraph of two or more sentences, each an area and its grade ("2017 questions.
    Preventing crime: Good. Protecting vulnerable people: Good."): each a row. False, and
    nothing read, unless every such sentence names an area."""
    text = c.view[line.start:line.end]
    pairs = [(m.group(1), m.group(2)) for m in _SENTENCE_PAIR_RX.finditer(text)]
    era = _era_for(key, ctx)
    if len(pairs) < 2 or not all(F.first_question(area, era) for area, _ in pairs):
        return False
    for area, grade in pairs:
        _row(c, line, _Row(label_grade(grade), (area,)), key, ctx)  # type: ignore[arg-type]
    return True


# A sentence of grades said without a verb, as people say them ("So, good for police powers
# and public treatment. Good for responding to the public, and adequate for ..."): after a
# transcript's time code and speaker's label, a word that carries on the talk, then a grade
# and "for" or "at" an area
_SPEAKER_LABEL_RX = quick.compile(r"^(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}:\s+)?")
_VERBLESS_OPENING_RX = quick.compile(rf"^(?:(?:so|and|then|well|yes|right|ok|okay)\b,?\s+)?"
                                     # (an aside in dashes: "And - the one that stings - adequate for ...")
                                     rf"(?:[-\u2013\u2014]\s+[^-\u2013\u2014.]{{1,60}}?\s+[-\u2013\u2014]\s+)?"
                                     # (the grade said twice: "And good, good for ...")
                                     rf"(?:(?:{R.GRADE_ALTERNATION}),\s+)?"
                                     rf"(?=(?:{R.GRADE_ALTERNATION})\s+(?:for|at)\s)",
                                     re.IGNORECASE)
_VERBLESS_GRADE_RX = quick.compile(rf"(?:^|,?\s+(?:and\s+)?)({R.GRADE_ALTERNATION})\s+(?:for|at)\s+", re.IGNORECASE)
_SENTENCE_SPLIT_RX = quick.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_THE_RX = quick.compile(r"^the\s+", re.IGNORECASE)  # "adequate for the treatment of the public"


AREA_LEAD_CHARS = 16  # characters before an area's wording a name may begin with ("developing a positive workplace")


def _opens_on_area(text: str, era: str) -> bool:
    """Whether text begins with the wording of one of the era's graded areas, or a word or two before it."""
    found = F.find_questions(text, era)
    return bool(found) and found[0][0] <= AREA_LEAD_CHARS and not any(mark in text[:found[0][0]] for mark in ",;:")


def _verbless_grades(c: Collector, line: Line, key: InspectionKey, ctx: DocumentContext) -> bool:
    """Sentences that open on a grade "for" an area and go on only with more grades for
    areas: each pair a row. An area must begin with the wording of a graded question
    ("good for victims" is no grade), and the line may name no force but the one graded
    (a neighbour's list item, "West Mercia - ... . Good for managing offenders"). True when
    such sentences are the line's only grades (read in full); the others, if any, are
    prose's to read."""
    text = _SPEAKER_LABEL_RX.sub("", c.view[line.start:line.end].strip(), count=1)
    era = _era_for(key, ctx)
    rows: list[_Row] = []
    others = False  # a sentence that grades some other way
    for sentence in _SENTENCE_SPLIT_RX.split(text):
        opening = _VERBLESS_OPENING_RX.match(sentence)
        said = sentence[opening.end():].rstrip(" .!?") if opening else ""
        hits = list(_VERBLESS_GRADE_RX.finditer(said))
        areas = [_THE_RX.sub("", said[hit.end():nxt.start() if nxt else len(said)], count=1)
                 for hit, nxt in zip(hits, [*hits[1:], None])]
        if not hits or hits[0].start() != 0 or not all(_opens_on_area(area, era) for area in areas):
            others = others or bool(_ANY_GRADE_RX.search(sentence))
            continue
        rows += [_Row(label_grade(hit.group(1)), (area,)) for hit, area in zip(hits, areas)]  # type: ignore[arg-type]
    if not rows or _names_another_force(c, line, key):
        return False
    for row in rows:
        _row(c, line, row, key, ctx)
    return not others


# ("Grades in this inspection: A requires improvement; B adequate; ...", a plan's field)
_GRADES_WERE_RX = quick.compile(r"\b(?:grades?|gradings?|judgements?|ratings?)\s+(?:(?:were|was|are|is)"
                                r"|(?:in|from|given\s+in)\s+(?:this|the|our|that)\s+(?:inspection|report|assessment))\s*:\s*",
                                re.IGNORECASE)
_ALL_OTHERS_RX = quick.compile(r"(?:and\s+)?(?:all|every|each)\s+(?:of\s+the\s+)?(?:other|remaining|rest)\b", re.IGNORECASE)


def _pairs_after_colon(c: Collector, line: Line, key: InspectionKey, ctx: DocumentContext) -> bool:
    """"For reference, the force's 2018/19 grades were: effectiveness - good; efficiency -
    requires improvement; legitimacy - good": each pair after the colon a row, of the period
    the words before it name. False when the line is no such list."""
    m = _GRADES_WERE_RX.search(c.view, line.start, line.end)
    if m is None:
        return False
    listed = re.split(r"\s[\u00b7|]\s", c.view[m.end():line.end], maxsplit=1)[0]  # (to the next field: "... · Owner: ...")
    # ("...; all other graded areas good": the rest, named by none, is no row)
    pairs = [p.strip(" .") for p in listed.split(";") if p.strip(" .") and not _ALL_OTHERS_RX.match(p.strip(" ."))]
    rows = [_area_grade_row(p) for p in pairs]
    if len(rows) < 2 or not all(rows):
        return False
    period = first_period(re.split(r"\s[\u00b7|]\s", c.view[line.start:m.start()])[-1])  # (its own field's words)
    at = _on_period(key, period) if period else key
    for row in rows:
        _row(c, line, row, at, ctx)  # type: ignore[arg-type]
    return True


_NOT_GRADED_LABEL_RX = quick.compile(rf"^(?:{'|'.join(R.NOT_GRADED_LABELS)})\.?$", re.IGNORECASE)


def _cards(c: Collector, lines: list[Line], ctx: DocumentContext, sections: list[Section],
           taken: set[int]) -> set[int]:
    """Cards of a web page, each a block of two lines between blank lines: an area and its
    grade, in either order (pages put the grade box above or below the area's name). In a
    run of at least R.MIN_CARDS such blocks a grade belongs to its own card, never to the
    next card's area. Returns the end offsets of the lines read."""
    blocks: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.blank:
            if current:
                blocks.append(current)
                current = []
        else:
            current.append(line)
    if current:
        blocks.append(current)
    run: list[tuple[list[Line], str | None, Line]] = []
    read: set[int] = set()
    index_of = {ln.start: i for i, ln in enumerate(lines) if not ln.blank}

    def close() -> None:
        if len(run) >= R.MIN_CARDS:
            for block, grade, area in run:
                read.update(ln.end for ln in block)
                if grade is None:
                    continue  # "Not graded"
                section = sections[index_of[area.start]]
                key = section.key(ctx)
                span = Line(block[0].start, block[-1].end, block[0].indent, "")
                _row(c, span, _Row(grade, (bullet_of(area.content)[1],)), key, ctx)
        run.clear()

    for block in blocks:
        card = _card(block) if len(block) == 2 and not any(ln.end in taken for ln in block) else None
        if card is None:
            close()
            continue
        run.append((block, *card))
    close()
    return read


PAIRED_ROWS = 2  # label and grade pairs, at least, after a grade for the list to be pairs


def _pairs_down(lines: list[Line], i: int) -> bool:
    """Whether the grade at line i is the value of the label right above it in a list of
    label and grade lines that goes on in pairs and ends on a grade ("Overall" / "Requires
    improvement" / "Preventing crime ..." / "Good" / ... / "Specialist capabilities" / "Not
    graded"): each grade the line above's, none a heading of the lines below (a list of
    grades over their areas ends on an area)."""
    above = _previous(lines, i)
    if above is None or label_grade(above.content) or len(above.content) > MAX_LABEL or above.content.endswith((".", ":")):
        return False
    pairs, k = 0, i + 1
    while k + 1 < len(lines) and not lines[k].blank and not lines[k + 1].blank:
        area, grade = lines[k].content, lines[k + 1].content
        if label_grade(area) or len(area) > MAX_LABEL or not (label_grade(grade) or _NOT_GRADED_LABEL_RX.match(grade)):
            break
        pairs, k = pairs + 1, k + 2
    return pairs >= PAIRED_ROWS and (k >= len(lines) or lines[k].blank)


def _card(block: list[Line]) -> tuple[str | None, Line] | None:
    """(grade or None for "Not graded", the area's line) of a two-line card, else None."""
    for label_line, area in ((block[0], block[1]), (block[1], block[0])):
        content = bullet_of(label_line.content)[1]
        grade = F.grade_of_label(content)
        if (grade or _NOT_GRADED_LABEL_RX.match(content)) and not F.grade_of_label(bullet_of(area.content)[1]) \
                and len(area.content) <= 120 and not area.content.endswith((".", ":")):
            return grade, area
    return None


_ANY_GRADE_RX = quick.compile("|".join(R.GRADE_WORDS.values()), re.IGNORECASE)
_NO_AREAS_RX = quick.compile(r"^(?:no\s+(?:graded\s+)?areas?|none|n/a|nil)\.?$", re.IGNORECASE)


def _group_area(c: Collector, line: Line, group: tuple[str, int, Line], key: InspectionKey,
                ctx: DocumentContext) -> bool:
    """An area named under a grade heading (GOOD, then its areas indented or listed)."""
    grade, indent, _head = group
    marker, area = bullet_of(line.content)
    if not (line.indent > indent or marker is not None or not area.endswith(".")):
        return False
    if area.endswith("?"):
        return False  # a question asked in full heads its own section; its grade follows it
    q = F.first_question(area, ctx.era_table) if len(area) <= 140 else None
    if q:
        c.judgement(key, grade, c.span(line.start, line.end), q)
        return True
    # forces listed under the grade ("Good" over "Cambridgeshire, Cheshire ... and Wiltshire"):
    # each is graded for what the page grades them all on
    forces = _forces_alone(c, area)
    if forces and not no_overall_grade(key.period, key.pillar):
        for force in forces:
            c.judgement(replace(key, force=force), grade, c.span(line.start, line.end), None)
    return bool(forces)


_LIST_SEPARATOR_RX = quick.compile(r"\s*[,;]\s*(?:and\s+)?")
_AND_RX = quick.compile(r"\s+(?:and|&)\s+")


def _forces_alone(c: Collector, text: str) -> list[str]:
    """The forces a line lists and nothing else ("Avon & Somerset, Devon and Cornwall and
    Wiltshire", "Durham"), else none. A piece with "and" in it is one force where it names
    one ("Devon and Cornwall"), else two."""
    named: list[str] = []
    for piece in _LIST_SEPARATOR_RX.split(text.strip(" .")):
        force = _force_alone(c, piece)
        if force is None:
            pairs = ((_force_alone(c, piece[:m.start()]), _force_alone(c, piece[m.end():])) for m in _AND_RX.finditer(piece))
            pair = next(((a, b) for a, b in pairs if a and b), None)
            if pair is None:
                return []
            named.extend(pair)
        else:
            named.append(force)
    return named


_REPORT_RATED_RX = quick.compile(R.REPORT_RATED, re.IGNORECASE)


def _rated_report(c: Collector, line: Line, key: InspectionKey) -> bool:
    """A list of a force's earlier reports, each with its grade: "PEEL: Police effectiveness
    2016 - Gloucestershire (published 02/03/2017). Rated: Requires improvement": the grade of
    that report's period and pillar."""
    _, rest = bullet_of(line.content)
    m = _REPORT_RATED_RX.match(rest)
    if m is None:
        # "PEEL: Police effectiveness 2017 - Good": a pillar's report of the years graded by
        # pillar, its grade after a dash
        m = _REPORT_DASH_GRADE_RX.match(rest)
        if m is None or not F.pillars_named(m.group("report")) or not (first_period(m.group("report")) or "").isdigit():
            return False
    if not _REPORT_NAME_RX.search(m.group("report")):
        return False
    grade = label_grade(m.group("grade"))
    period = first_period(m.group("report"))
    if grade is None or period is None:
        return False
    pillars = F.pillars_named(m.group("report"))
    hit = c.forces.first(m.group("report"))
    at = InspectionKey(hit.force if hit else key.force, period, pillars[0] if len(pillars) == 1 and period.isdigit() else "PEEL")
    if not no_overall_grade(at.period, at.pillar) and (at.pillar != "PEEL" or not period.isdigit()):
        c.judgement(at, grade, c.span(line.start, line.end), None)
    return True


def _label(c: Collector, line: Line, grade: str, section: Section, key: InspectionKey,
           lines: list[Line], index: int) -> None:
    """A label line grades its section: the question it heads (when it stands near the
    heading, not after the section's statements and answers), or the whole inspection."""
    if section.kind == "question":
        if section.question and _near_heading(lines, index, section):
            start = section.heading.start if section.heading is not None else line.start
            c.judgement(key, grade, c.span(start, line.end), section.question)
        return
    if section.pillar and key.period in R.PILLAR_GRADED_PERIODS and section.kind in ("pillar", "overall"):
        # an integrated assessment graded by pillar (2018/19): a grade under a pillar's heading
        # ("Effectiveness" / "Good", "How effective is the force ...?" / "Good") is that pillar's
        key = replace(key, pillar=section.pillar)
    if section.pillar and key.pillar == section.pillar and (
            section.kind == "pillar" or (section.kind == "other" and _LABEL_PREFIX_RX.match(line.content))):
        # under a pillar's heading on a page of all three ("Efficiency" ... "Rated: Good")
        if not _heads_areas(c, lines, index, key) and not no_overall_grade(key.period, key.pillar):
            c.judgement(key, grade, c.span(line.start, line.end), None)
        return
    if section.kind in ("header", "overall", "force"):
        # a label right under an area heading that is not a question of this era is no grade
        # of the whole inspection; nor is a group heading followed by areas
        if _heads_areas(c, lines, index, key):
            return
        if no_overall_grade(key.period, key.pillar):
            return
        c.judgement(key, grade, c.span(line.start, line.end), None)


_PERIOD_LABEL_RX = quick.compile(R.PERIOD_GRADE_LABEL, re.IGNORECASE)


def _is_dated_label(content: str) -> bool:
    m = _PERIOD_LABEL_RX.match(content)
    return m is not None and F.grade_of_label(content[m.end():]) is not None


def _dated_label(c: Collector, line: Line, section: Section, lines: list[Line], index: int,
                 ctx: DocumentContext) -> bool:
    """"2021/22 grade: Adequate" under an area: the grade of that area in that period."""
    m = _PERIOD_LABEL_RX.match(line.content)
    grade = F.grade_of_label(line.content[m.end():]) if m else None
    if grade is None or section.kind != "question" or not section.question:
        return False
    period = first_period(m.group("period") or m.group("bracketed"))
    key = InspectionKey(ctx.main.force, period, ctx.main.pillar if period.isdigit() else "PEEL")
    era = F.era_of(period)
    question = F.first_question(section.heading.content, era) if section.heading is not None else None
    if question and _near_heading(lines, index, section):
        c.judgement(key, grade, c.span(section.heading.start, line.end), question)
    return True


LABEL_REACH = 4  # a question's grade label stands within this many lines of its heading


def _near_heading(lines: list[Line], index: int, section: Section) -> bool:
    if section.heading is None:
        return True
    between = 0
    for line in reversed(lines[:index]):
        if line is section.heading:
            return True
        between += not line.blank
        if between > LABEL_REACH:
            return False
    return True


def _heads_areas(c: Collector, lines: list[Line], index: int, key: InspectionKey, deeper: bool = False) -> bool:
    """Whether the label at lines[index] heads a list of areas (deeper: indented under it
    or bulleted)."""
    era = F.era_of(key.period)
    for line in lines[index + 1:index + 3]:
        if line.blank:
            continue
        marker, area = bullet_of(line.content)
        if deeper and not (line.indent > lines[index].indent or marker is not None):
            return False
        return (bool(F.first_question(area, era)) and not label_grade(area) and len(area) <= 140
                and not area.endswith("?") and not _ANY_GRADE_RX.search(area))  # (an area with its grade heads nothing)
    return False


def _split_row(c: Collector, lines: list[Line], index: int, grade: str, key: InspectionKey,
               ctx: DocumentContext) -> bool:
    """An area/grade row wrapped after its colon ("Protecting vulnerable people:" / "Requires
    improvement"): the label grades the area the line above ends with."""
    above = _previous(lines, index)
    if above is None or not above.content.endswith(":") or label_grade(above.content):
        return False
    area = bullet_of(above.content)[1].rstrip(":").strip()
    if len(area) > 140 or F.find_grades(c.view, above.start, above.end):
        return False
    line = lines[index]
    return _row(c, Line(above.start, line.end, above.indent, f"{area}: {line.content}"), _Row(grade, (area,)),
                key, ctx)


SCALE_GRADES = 3  # distinct grades on a line or two with no area: the scale itself, a key or a header


def _ends_grade_scale(c: Collector, lines: list[Line], index: int) -> bool:
    """Whether a grade alone on its line ends the scale of grades written out over it (a grades
    table's header wrapped as a PDF's text gives it: "Outstanding Good Adequate Requires" /
    "improvement" / "Inadequate"): no grade heading of the areas under it."""
    before = [ln for ln in lines[max(0, index - 3):index] if not ln.blank][-2:]
    text = " ".join(ln.content for ln in before)
    named = {m.group(0).lower().split()[0] for m in _ANY_GRADE_RX.finditer(text)}
    return len(named) >= SCALE_GRADES and not F.first_question(text, "peel2021") and not F.first_question(text, "legacy-section")


def _previous(lines: list[Line], index: int) -> Line | None:
    """The nearest non-blank line before lines[index]."""
    for line in reversed(lines[max(0, index - 3):index]):
        if not line.blank:
            return line
    return None


_GRADE_COLUMN_LINE_RX = quick.compile(R.GRADE_COLUMN, re.IGNORECASE)  # (a column heading alone on its line)


def _stacked_grid(c: Collector, lines: list[Line], ctx: DocumentContext, sections: list[Section],
                  taken: set[int]) -> set[int]:
    """A grades table copied out of a PDF column by column: the area column's heading ("Area
    of policing") over one area a line (a long name wrapped onto a line in lower case), then
    the grade column's heading ("Grade") over as many grades, one a line: the i-th area has
    the i-th grade. Returns the end offsets of the lines read."""
    out: set[int] = set()
    written = [i for i, ln in enumerate(lines) if not ln.blank and ln.end not in taken]
    k = 0
    while k < len(written):
        head = lines[written[k]]
        k += 1
        if len(head.content) > R.COLUMN_HEADING_CHARS or not _AREA_COLUMN_RX.match(head.content):
            continue
        areas: list[tuple[int, int, str]] = []  # (first line, last line, name)
        j = k
        while j < len(written) and not _GRADE_COLUMN_LINE_RX.fullmatch(lines[written[j]].content.strip()):
            content = lines[written[j]].content.strip()
            if areas and content[:1].islower():
                first, _, name = areas[-1]
                areas[-1] = (first, written[j], f"{name} {content}")
            elif F.first_question(content, ctx.era_table) and not label_grade(content):
                areas.append((written[j], written[j], content))
            else:
                break
            j += 1
        grades = [label_grade(lines[i].content) for i in written[j + 1:j + 1 + len(areas)]]
        if len(areas) < 2 or j >= len(written) or len(grades) < len(areas) or not all(grades) \
                or not all(F.first_question(name, ctx.era_table) for _, _, name in areas):
            continue
        for (first, _, name), grade, at in zip(areas, grades, written[j + 1:]):
            span = Line(lines[first].start, lines[at].end, 0, name)
            _row(c, span, _Row(grade, (name,)), sections[first].key(ctx), ctx)  # type: ignore[arg-type]
        end = lines[written[j + len(areas)]].end
        out.update(ln.end for ln in lines if head.start <= ln.start and ln.end <= end)
        k = j + 1 + len(areas)
    return out


def _era_for(key: InspectionKey, ctx: DocumentContext) -> str:
    """The areas' names of a key's period: the document's own table for its inspection, the
    period's era for another (a page of many years names 2023-25 areas under "PEEL 2023-25",
    whatever its oldest year)."""
    return F.era_of(key.period, headed=True) if key.period != ctx.main.period else ctx.era_table


BLOCK_ROWS = 60  # lines a block of rows under its header and caption spans, at most


def _force_row_of_area(c: Collector, lines: list[Line], i: int, row: _Row, key: InspectionKey,
                       ctx: DocumentContext) -> bool:
    """A row of a force and a grade ("Kent Police    Good") in a cycle with no overall grade,
    in a block of such rows whose header or caption names the one area they are graded for
    ("Force | Grade (protecting vulnerable people)", "Table 1: ... their PEEL 2023-25 grade for
    protecting vulnerable people"): that area's grade, of that force. False when the row is
    no such row."""
    if len(row.areas) != 1 or not no_overall_grade(key.period, key.pillar):
        return False
    hit = c.forces.first(row.areas[0])
    if hit is None or len(row.areas[0]) - (hit.end - hit.start) > 2:
        return False
    k = i
    while k > 0 and not lines[k - 1].blank and i - k < BLOCK_ROWS:
        k -= 1
    above = [lines[k]] if k < i else []
    j = k - 1
    while j >= 0 and lines[j].blank:
        j -= 1
    if j >= 0 and i - j <= BLOCK_ROWS:
        above.append(lines[j])  # the caption over the block
    era = _era_for(key, ctx)
    for heading in above:
        named = F.find_questions(heading.content, era)
        if len(named) == 1 and not _ANY_GRADE_RX.search(heading.content) and not c.forces.first(heading.content):
            c.judgement(replace(key, force=hit.force), row.grade, c.span(heading.start, lines[i].end), named[0][1])
            return True
    return False


def _row(c: Collector, line: Line, row: _Row, key: InspectionKey, ctx: DocumentContext) -> bool:
    """Judgements of an area/grade row; False when the row names nothing gradable."""
    evidence = c.span(line.start, line.end)
    done = False
    era = _era_for(key, ctx)  # (the areas' names of the row's own period)
    for area in row.areas:
        listed = _forces_alone(c, area) if "," in area or " and " in area else []
        if len(listed) > 1:
            # a card or row of several forces under one grade ("Good" / "Dorset, Surrey, Thames Valley")
            if not no_overall_grade(key.period, key.pillar):
                for force in listed:
                    c.judgement(replace(key, force=force), row.grade, evidence, None)
                done = True
            continue
        hit = c.forces.first(area)
        if hit and len(area) - (hit.end - hit.start) <= 2:
            if not no_overall_grade(key.period, key.pillar):  # ("Suffolk: outstanding - but ..." grades no area)
                c.judgement(replace(key, force=hit.force), row.grade, evidence, None)
                done = True
            continue
        q = F.first_question(area, era)
        if (_PILLAR_AREA_RX.search(area) or _LABEL_WORDS_RX.match(area)) and not (q and area.endswith("?")):
            # ("How effective is the force at protecting ...?" asks a question, not the pillar's)
            pillar = F.pillars_named(area)
            # "Efficiency 2016: Good" beside this year's, or on a later cycle's page: that year's
            year = _AREA_YEAR_RX.search(area) if pillar else None
            if year and int(year.group(1)) > R.LAST_PILLAR_YEAR:
                year = None  # ("Effectiveness 2019": an integrated report's publication year)
            dated = replace(key, period=year.group(1), pillar=pillar[0]) if year else key
            if not no_overall_grade(dated.period, dated.pillar):
                # an integrated assessment graded by pillar (2018/19) grades the pillar a row names
                by_pillar = key.pillar != "PEEL" or key.period in R.PILLAR_GRADED_PERIODS or key.period.isdigit()
                k = dated if year else replace(key, pillar=pillar[0]) if pillar and by_pillar else key
                c.judgement(k, row.grade, evidence, None)
                done = True
            continue
        if q:
            # "Good for A, B, C, and D": a list of areas, each graded
            asked = ([k for _, k in F.find_questions(area, era)] if "," in area and F.listed_areas_only(area)
                     else [q])
            for each in F.iter_unique(asked):
                pillar = R.LEGACY_QUESTION_PILLARS.get(each) if key.period.isdigit() and key.pillar == "PEEL" else None
                c.judgement(replace(key, pillar=pillar) if pillar else key, row.grade, evidence, each)
            done = True
    return done


_HEADER_BRACKETED_PERIOD_RX = quick.compile(rf"\|[^|\n]*\(\s*({R.PERIOD_CELL})\s*\)[^|\n]*\|?\s*$", re.IGNORECASE)
_TRAILING_BRACKETED_GRADE_RX = quick.compile(rf"\(\s*({R.GRADE_ALTERNATION})\s*\\?[*\u2020]?\s*\)\s*\|?\s*$", re.IGNORECASE)


def _card_line(c: Collector, lines: list[Line], i: int, key: InspectionKey, ctx: DocumentContext,
               taken: set[int]) -> bool:
    """A line of cards printed side by side, read (see _plan_cards); False when it is none."""
    plan = _plan_cards(lines, i, key, ctx)
    if plan is None:
        return False
    _write_cards(c, plan, key, ctx, taken)
    return True


def _plan_cards(lines: list[Line], i: int, key: InspectionKey, ctx: DocumentContext
                ) -> tuple[list[tuple[str, str]], Line, Line | None, Line | None] | None:
    """A line of cards printed side by side (a page's grid of area cards, printed to PDF):
    each cell "Area Grade" grades its area; a card whose grade wrapped onto the next line
    alone ("Building, supporting and protecting the workforce" / "Good") takes it; a line of
    grades under a line of as many areas ("Responding to the public<tab>Investigating crime" /
    "Adequate<tab>Requires improvement") pairs them in order. Returns the (area, grade) pairs,
    the line, the line of areas above it used and the grade's line below it used; None when
    the line is no such line of cards."""
    line = lines[i]
    cells = _filled_cells(line.content)
    if len(cells) < 2:
        return None
    era = _era_for(key, ctx)
    above = _previous(lines, i)
    over = _filled_cells(above.content) if above is not None else []
    if len(over) == len(cells) and all(_GRADE_FIRST_RX.match(cell) for cell in cells) \
            and all(F.first_question(area, era) and not _ANY_GRADE_RX.search(area) for area in over):
        return list(zip(over, cells)), line, above, None
    rows = [_area_grade_row(cell) for cell in cells]
    if sum(1 for row in rows if row and len(row.areas) == 1) < len(cells) - 1:
        return None
    pairs = [(cell, "") for cell in cells]
    bare = [k for k, row in enumerate(rows) if not row]
    below = None
    if bare:
        below = next((ln for ln in lines[i + 1:i + 3] if not ln.blank), None)
        grade = label_grade(below.content) if below is not None else None
        if not grade or not F.first_question(cells[bare[0]], era):
            return None
        pairs[bare[0]] = (cells[bare[0]], grade)
    return pairs, line, None, below


def _filled_cells(content: str) -> list[str]:
    return [cell.strip() for cell in content.split("\t") if cell.strip()]


def _write_cards(c: Collector, plan, key: InspectionKey, ctx: DocumentContext, taken: set[int]) -> None:  # noqa: ANN001
    pairs, line, above, below = plan
    span = Line(above.start if above is not None else line.start, below.end if below is not None else line.end, 0,
                line.content)
    if below is not None:
        taken.add(below.end)
    for area, grade in pairs:
        earlier = _CARD_EARLIER_RX.search(grade)  # "Requires improvement (2021/22: Adequate)"
        if earlier:
            grade = grade[:earlier.start()]
            period, was = first_period(earlier.group(1)), label_grade(earlier.group(2))
            row = _area_grade_row(f"{area} {was}") if period and was else None
            if row is not None:
                _row(c, span, row, _on_period(key, period), ctx)
        row = _area_grade_row(f"{area} {grade}".strip())
        if row is not None:
            _row(c, span, _Row(row.grade, row.areas), key, ctx)


_CARD_EARLIER_RX = quick.compile(rf"\s*\(\s*((?:PEEL\s+)?{R.YEAR_SPAN})\s*:\s*({R.GRADE_ALTERNATION})\s*\)\s*$",
                                 re.IGNORECASE)


def _card_table(c: Collector, table: Table, lines: list[Line], at: int, ctx: DocumentContext,
                sections: list[Section]) -> bool:
    """A text table that is a grid of cards printed side by side (see _plan_cards): every
    line of it a line of cards, a line of areas over its line of grades, or a card's grade
    alone under it. Reads them all, or nothing."""
    index = [k for k in range(max(at, 0), len(lines)) if table.start <= lines[k].start < table.end and not lines[k].blank]
    plans, used = [], set()
    for k in index:
        if lines[k].start in used:
            continue
        plan = _plan_cards(lines, k, sections[k].key(ctx), ctx)
        if plan is None:
            nxt = next((m for m in index if m > k), None)
            if nxt is not None and (p := _plan_cards(lines, nxt, sections[nxt].key(ctx), ctx)) and p[2] is lines[k]:
                continue  # a line of areas over its grades: read with the line below
            return False
        plans.append((plan, sections[k].key(ctx)))
        for extra in plan[2:]:
            if extra is not None:
                used.add(extra.start)
    if not plans:
        return False
    for plan, key in plans:
        _write_cards(c, plan, key, ctx, set())
    return True


_GRADE_FIRST_RX = quick.compile(rf"(?:{R.GRADE_ALTERNATION})\b", re.IGNORECASE)


def _bracketed_earlier(c: Collector, lines: list[Line], index: int, row: _Row, key: InspectionKey,
                       ctx: DocumentContext) -> None:
    """A table's row "Area | Good (Adequate)" under a header "Area | Grade 2023-25 (2021/22)":
    the bracketed grade is the bracketed period's, for the row's areas."""
    m = _TRAILING_BRACKETED_GRADE_RX.search(lines[index].content)
    if not m:
        return
    for k in range(index - 1, max(-1, index - R.MAX_LED_ITEMS - 3), -1):
        head = _HEADER_BRACKETED_PERIOD_RX.search(lines[k].content) if not lines[k].blank else None
        if head:
            period = first_period(head.group(1))
            if period and period != key.period:
                earlier = _on_period(key, period)
                _row(c, lines[index], _Row(label_grade(m.group(1)), row.areas), earlier, ctx)  # type: ignore[arg-type]
            return


# a grade a question kept from the inspection before, dated in brackets: "Good (2017)*"
_KEPT_GRADE_RX = quick.compile(rf"\b(?:{R.GRADE_ALTERNATION})\s*\((20\d\d)\)\s*\*?\s*$", re.IGNORECASE)


_LABEL_WORDS_RX = quick.compile(R.LABEL_WORDS, re.IGNORECASE)
_AREA_YEAR_RX = quick.compile(r"\b(?:effectiveness|efficiency|legitimacy|leadership)\s+\(?(20[01]\d)\b", re.IGNORECASE)
_ENDS_AREA = (".", "?", "!", ":", ";")  # a line ending so holds a whole area (or a sentence)
# A row whose area is a pillar: "Effectiveness", "How effective the force is at keeping people
# safe: good", "How legitimate is the force ...", "Overall".
_ASKS_ABOUT_RX = quick.compile(r"\b(?:at|in)\s+\w+ing\b", re.IGNORECASE)  # "How effective is the force at tackling ...?"
_PILLAR_AREA_RX = quick.compile(
    r"^(?:how\s+)?(?:legitima\w*|effective\w*|efficien\w*)\b|^overall\b"
    # a pillar's question in 2014's words: "To what extent is the force efficient?"
    r"|^to\s+what\s+extent\s+is\s+the\s+(?:force|constabulary)\s+(?:legitima\w*|effective\w*|efficien\w*)\s*\??$",
    re.IGNORECASE)


def _ungraded(c: Collector, line: Line, section: Section, period: str) -> set[str]:
    """The questions a paragraph says are not graded ("We do not grade this question in 2016.",
    "... the fifth question, on specialist capabilities, is not graded"): the ones its sentence
    names, else, for "this question", the section's or the first the paragraph names after it."""
    found: set[str] = set()
    era = F.era_of(period, headed=True)
    for m in _NOT_GRADED_RX.finditer(c.view, line.start, line.end):
        a, b = sentence_at(c.view, m.start())
        named = {q for _, q in F.find_questions(c.view, era, a, b)}
        # ("We do not grade this question." under a heading: the section's question, or the
        # one the paragraph goes on to name)
        if named:
            found |= named
        elif _THIS_QUESTION_RX.search(c.view, a, b):  # ("this question": the section's, or the one named next)
            after = F.find_questions(c.view, era, b, line.end)[:1]
            found |= {section.question} if section.question else {q for _, q in after}
    return found


_GRADED_LEAD_IN_RX = quick.compile(R.GRADED_LEAD_IN, re.IGNORECASE)
_AREAS_BELOW_RX = quick.compile(R.AREAS_BELOW, re.IGNORECASE)


def _graded_list_below(c: Collector, lines: list[Line], index: int, key: InspectionKey, ctx: DocumentContext,
                       section: Section) -> bool:
    """"The force was rated 'requires improvement' in five other areas:" over a list of the
    areas, one an item: the grade for each area listed. False when the line is no such lead-in."""
    line = lines[index]
    if not line.content.endswith(":") or not _AREAS_BELOW_RX.search(line.content):
        return False
    # (the lead-in is the line's last sentence: "... the highest grade available. We were also
    # graded good in six areas:")
    start = max(line.start, c.view.rfind(". ", line.start, line.end) + 2)
    hits = F.find_grades(c.view, start, line.end)
    if len(hits) > 1 and c.view.rfind(",", hits[-2].end, hits[-1].start) >= 0:
        # "As well as the outstanding grade, inspectors found the force to be good in seven
        # areas:": the grade of the clause that leads in, after an aside naming another
        hits = hits[-1:]
    if len(hits) != 1:
        return False
    forces = [h.force for h in c.forces.find(c.view, start, line.end)]
    at = replace(key, force=forces[0]) if len(set(forces)) == 1 else key
    evidence = c.span(start, line.end)
    found = False
    for item in lines[index + 1:index + 1 + R.MAX_LED_ITEMS]:
        if item.blank:
            continue
        marker, rest = bullet_of(item.content)
        if marker is None:
            break
        q = F.first_question(rest, ctx.era_table)
        if q:
            c.judgement(at, hits[0].grade, evidence, q)
            found = True
    if found and start > line.start:  # the sentences before the lead-in, read as prose
        before = c.view[line.start:start].rstrip()
        _prose(c, Line(line.start, line.start + len(before), line.indent, before), section, key, ctx)
    return found
_LEADING_GRADE_RX = quick.compile(rf"['\"]?(?:{R.GRADE_ALTERNATION})\b", re.IGNORECASE)


def _led_grade(lines: list[Line], index: int) -> int:
    """Where a list item's opening grade is, when the list's lead-in grades its items ("The
    force was graded as:" over "- good at A and B;"); -1 otherwise."""
    line = lines[index]
    marker, rest = bullet_of(line.content)
    if marker is None or not _LEADING_GRADE_RX.match(rest):
        return -1
    for k in range(index - 1, max(-1, index - R.MAX_LED_ITEMS - 1), -1):
        above = lines[k]
        if above.blank:
            continue
        if bullet_of(above.content)[0] is None:
            return line.end - len(rest) if _GRADED_LEAD_IN_RX.search(above.content) else -1
    return -1


# a grade said in so many words to be the whole force's ("graded inadequate overall")
_WHOLE_FORCE_RX = quick.compile(r"\b(?:overall|as\s+a\s+whole)\b", re.IGNORECASE)


def _prose(c: Collector, line: Line, section: Section, key: InspectionKey, ctx: DocumentContext,
           led_at: int = -1, before: tuple[int, str] | None = None) -> tuple[int, str] | None:
    """The grades a line of running text states; returns its earlier_frame (see _prose.py)."""
    ungraded = _ungraded(c, line, section, key.period) if _NOT_GRADED_RX.search(c.view, line.start, line.end) else set()
    findings = grade_findings(c.view, line.start, line.end, key.period, key.pillar, c.forces, led_at, before, ctx.year)
    last_area: tuple[int, tuple[str, ...]] | None = None  # (sentence end, areas) of the last finding with areas
    for i, f in enumerate(findings):
        if section.other_inspection and not f.earlier and not _PEEL_NAMED_RX.search(c.view, *f.sentence):
            continue  # under "Crime data integrity inspection 2017": that inspection's grade, not PEEL's
            # (one the sentence dates itself is PEEL's: "in 2017, when HMICFRS judged us good for legitimacy")
        if not f.questions:
            f = replace(f, questions=_ordinal_areas(c, f, line, key.period) or _paragraph_area(c, line, key.period))
        prior, last_area = last_area, ((f.sentence[1], f.questions) if f.questions else last_area)
        if ungraded and (ungraded & set(f.questions) or (not f.questions and section.question in ungraded)):
            continue  # "We do not grade this question. The force has a good understanding of ..."
        evidence = c.span(*f.sentence)
        named = [fid for fid in f.forces if fid != F.UNKNOWN_FORCE]
        if f.forces and not named:
            continue  # a force the gazetteer does not know
        # (the subject may stand just before the grade's clause: "Most forces are good at ...")
        if not named and _COUNT_SUBJECT_RX.search(c.view, max(f.sentence[0], f.clause[0] - COUNT_SUBJECT_REACH), f.clause[1]):
            continue  # "12 were graded good at ...": how many forces, not this force's grade
        if not named and _OTHER_BODY_SUBJECT_RX.match(c.view, f.sentence[0], f.sentence[1]):
            continue  # "Humberside Fire and Rescue Service ... was also judged good": another body's
        if _PUBLICATION_CLAIM_RX.match(c.view, f.sentence[0], f.sentence[1]):
            continue  # a correction's "An article ... said the force had been graded inadequate": what was wrongly said
        if sum(1 for _ in _TALLIED_GRADE_RX.finditer(c.view, f.sentence[0], f.sentence[1])) >= TALLY_GRADES:
            continue  # "it graded 43 forces: 3 outstanding, 28 good, 11 requiring improvement": a tally
        listed = _listed_forces(c, f.clause)
        if len(listed) < 2 and not named:
            listed = _both_forces(c, f) or listed  # "Both forces were graded ...": the two the sentence before names
        if len(listed) > 1:
            # "forces judged good include A, B and C"; "A and B were both graded good for X"
            if not f.questions and no_overall_grade(f.period, f.pillar):
                # "C was graded good in that area. A and B were graded adequate.": the one area
                # the sentence before graded (none there: "three forces were graded inadequate:
                # A, B and C" is in an area it does not name)
                if not (prior and len(prior[1]) == 1 and prior[0] <= f.sentence[0]
                        and not c.view[prior[0]:f.sentence[0]].strip()):
                    continue
                f = replace(f, questions=prior[1])
            for other in listed:
                for q in f.questions or (None,):
                    c.judgement(InspectionKey(other, f.period, f.pillar), f.grade, evidence, q)
            continue
        ours = not named and _WE_SUBJECT_RX.search(c.view, f.clause[0], f.clause[1])  # "... adequate, we were judged good"
        carried = _carried_subject(c, f) if not ours and (not named or _RELATIVE_RX.match(c.view, f.clause[0], f.clause[1])) else []
        if len(carried) > 1 and f.questions:
            for other in carried:  # "A and B, which ..., both require improvement in ..."
                for q in f.questions:
                    c.judgement(InspectionKey(other, f.period, f.pillar), f.grade, evidence, q)
            continue
        force = carried[0] if carried else named[0] if named else key.force if ours else \
            _item_force(c, line) or _anaphor_force(c, f.sentence[0], f.clause[0]) or key.force
        at = InspectionKey(force, f.period, f.pillar)
        if f.period in R.PILLAR_GRADED_PERIODS:
            # integrated, but graded by pillar: a clause that names a pillar grades it,
            # and no question is graded
            # (never the pillar that frames the areas graded: "Within the effectiveness pillar,
            # investigating crime and protecting vulnerable people were both judged to ...")
            pillars = F.pillars_named(_PILLAR_FRAME_RX.sub(" ", c.view[f.clause[0]:f.clause[1]]))
            for pillar in pillars:  # "rated good for effectiveness and legitimacy": both
                c.judgement(replace(at, pillar=pillar), f.grade, evidence, None)
            whole = _WHOLE_FORCE_RX.search(c.view, f.clause[0], f.clause[1])
            if not pillars and not f.questions and (whole or section.kind in ("header", "overall", "force")) \
                    and not _IN_COUNTED_AREAS_RX.search(c.view, f.clause[0], f.clause[1]):
                # ("rated outstanding in four areas of policing": a count of areas, none named)
                # (anywhere, a grade said to be the whole force's: "graded inadequate overall in
                # the PEEL 2018/19 inspection" in a budget paper's fifth section)
                c.judgement(at, f.grade, evidence, None)
            if not pillars and section.kind == "question" and section.question in f.questions:
                # under "How effective is the force at protecting vulnerable people?", "the force
                # requires improvement in how it protects vulnerable people": its pillar's question
                pillar = R.LEGACY_QUESTION_PILLARS.get(section.question)
                if pillar:
                    c.judgement(replace(at, pillar=pillar), f.grade, evidence, section.question)
            elif not pillars and f.questions and (_GRADED_VERB_RX.search(c.view, f.clause[0], f.clause[1])
                                                  or F.REPORTED_BY_RX.search(c.view, f.sentence[0], f.sentence[1])
                                                  or (i and _coordinated_grade(c, findings[i - 1], f))
                                                  or bullet_of(line.content)[0] is not None):
                # "Using resources and planning for the future were both graded good": the
                # questions a clause grades in so many words (keyed PEEL, as their rows are), or
                # one that goes on with such a clause ("judged outstanding at A and good at B")
                for q in f.questions:
                    c.judgement(at, f.grade, evidence, q)
            continue
        if f.questions:
            for q in f.questions:
                c.judgement(at, f.grade, evidence, q)
        elif f.earlier and section.kind == "question" and section.question and f.period in R.AREA_GRADED_PERIODS:
            # under an area's heading, "fell from adequate in 2021/22": that area, that year
            c.judgement(at, f.grade, evidence, section.question)
        elif no_overall_grade(f.period, at.pillar):
            continue  # a grade with no area is a summary
        elif f.earlier or f.overall or force != key.force:
            c.judgement(at, f.grade, evidence, None)
        elif section.kind == "question" and section.question:
            c.judgement(at, f.grade, evidence, section.question)
        elif section.kind in ("header", "overall", "force"):
            c.judgement(at, f.grade, evidence, None)
    return earlier_frame(findings)


# ("good in three areas.", or spoken, the areas left unsaid: "Adequate in four. That's A, B, C and D.")
_COUNTED_AREAS_END_RX = quick.compile(rf"\bin\s+(?:({'|'.join(R.COUNTS)})\s+areas?|({'|'.join(k for k in R.COUNTS if k.isalpha())}))\W*$",
                                      re.IGNORECASE)
# "Five areas were graded adequate", "five areas came back as adequate": the count, then the grade
_IN_COUNTED_AREAS_RX = quick.compile(rf"\b(?:in|across|for)\s+(?:{'|'.join(R.COUNTS)})\s+(?:other\s+|further\s+|more\s+)?areas?\b",
                                    re.IGNORECASE)
_COUNTED_AREAS_BEFORE_RX = quick.compile(rf"\b({'|'.join(R.COUNTS)})\s+(?:other\s+)?areas?\s+(?:were|are|came\s+back)\b",
                                         re.IGNORECASE)
# the next sentence naming the areas counted: "These were A, B and C", "They are A ...", "That's A, ..."
_GRADE_DEFINED_RX = quick.compile(rf"\s*['\"\u2018]?(?:{R.GRADE_ALTERNATION})['\"\u2019]?\s+(?:means|is\s+(?:given|used|awarded)\s+(?:when|where|if))\b",
                                  re.IGNORECASE)
_THESE_WERE_RX = quick.compile(r"\s*(?:(?:These|Those|They)\s+(?:were|are)|That(?:'s|\u2019s|\s+is|\s+was))\b", re.IGNORECASE)
_ORDINAL_AREA_RX = quick.compile(r"(?:^|(?<=[.!?]\s))\s*(?:The|the)\s+(?:first|second|third|fourth|fifth|sixth|last|other)"
                                 r"\s+(?:area\s+|one\s+)?is\s+([^,.:;]{3,80})")


_PARAGRAPH_LABEL_RX = quick.compile(r"[ \t]*([A-Z][^.:;\n]{2,60})[.:][ \t]+(?=[A-Z])")


_ASKED_OPENING_RX = quick.compile(r"[ \t]*((?:How|To\s+what\s+extent|What)\b[^?\n]{10,200}\?)[ \t]+(?=[A-Z])")


def _paragraph_area(c: Collector, line: Line, period: str) -> tuple[str, ...]:
    """The area a paragraph opens on, run in as its label ("Protecting vulnerable people. Good,
    which puts us among the stronger forces. Warwickshire, by contrast, was graded requires
    improvement."): the area of its grades that name none, whichever force they grade."""
    asked = _ASKED_OPENING_RX.match(c.view, line.start, line.end)
    if asked:
        # a paragraph that opens on its question asked in full, run in ("To what extent does the
        # force treat fairly the people it serves? HMIC graded the force good.")
        area = F.first_question(asked.group(1), F.era_of(period))
        return (area,) if area else ()
    label = _PARAGRAPH_LABEL_RX.match(c.view, line.start, line.end)
    if label is None or LABEL_VERB_RX.search(label.group(1)):
        return ()
    area = F.first_question(label.group(1), F.era_of(period))
    return (area,) if area and F.listed_areas_only(label.group(1)) else ()


def _ordinal_areas(c: Collector, f: GradeFinding, line: Line, period: str) -> tuple[str, ...]:
    """The areas a grade counted with none named goes on to name one sentence each, in its
    paragraph ("requires improvement in two areas. The first is investigating crime, ...
    The second is leadership and force management: ..."), or all in the next sentence
    ("Five areas were graded adequate. These were A, B, ... and E."): as many as it
    counted, or none."""
    counted = _COUNTED_AREAS_END_RX.search(c.view, f.clause[0], f.sentence[1]) \
        or _COUNTED_AREAS_BEFORE_RX.search(c.view, f.sentence[0], f.clause[1])
    if counted is None:
        return ()
    era = F.era_of(period)
    count = R.COUNTS.get((counted.group(1) or counted.group(2) or "").lower())
    areas = [F.first_question(m.group(1), era) for m in _ORDINAL_AREA_RX.finditer(c.view, f.sentence[1], line.end)]
    after = f.sentence[1]
    defined = next(iter(sentence_spans(c.view, after, line.end)), None)
    if defined is not None and _GRADE_DEFINED_RX.match(c.view, defined[0], defined[1]):
        after = defined[1]  # ("Five areas came back as adequate. Adequate means ... Those were A, B, ...")
    if not areas and (listed := _THESE_WERE_RX.match(c.view, after, line.end)):
        end = next((e for _, e in sentence_spans(c.view, listed.start(), line.end)), line.end)
        areas = [k for _, k in F.find_questions(c.view, era, listed.end(), end)]
    return tuple(areas) if len(areas) == count and all(areas) else ()


_ANAPHOR_SUBJECT_RX = quick.compile(R.ANAPHOR_SUBJECT, re.IGNORECASE)
# the force speaking of itself: the document's force, whatever forces the sentence named before
_WE_SUBJECT_RX = quick.compile(r"\bwe\s+(?:were|are|have\s+been|had\s+been)\b", re.IGNORECASE)
# a clause that grades in so many words: a grading verb (or "found"), or the grade
# reported ("They said we were good at A", "she added that the force requires improvement in B")
_GRADED_VERB_RX = quick.compile(r"\b(?:graded|rated|judged|assessed|deemed|found|grading|rating|judging"
                                r"|(?:said|says|added|concluded|told\s+us)\s+(?:that\s+)?(?:we|it|the\s+force)\s+(?:was|were|is|are|requires?|required))\b"
                                # "The force was inadequate at A and at B": the grade as the
                                # verb's complement, its area straight after; in the past, a
                                # report recalled (the present, "The force is good at A", is how a
                                # 2018/19 report's own summary describes, not grades)
                                rf"|\b(?:was|were|remained)\s+['\"\u2018]?(?:{R.GRADE_ALTERNATION})['\"\u2019]?\s+(?:at|in)\s",
                                re.IGNORECASE)


def _coordinated_grade(c: Collector, before: GradeFinding, f: GradeFinding) -> bool:
    """Whether a grade's clause goes on from the clause before it in the same sentence, which
    grades in so many words, with no subject or verb of its own ("The force was judged
    outstanding at A and good at B"; never "..., and it remains good at B"): the verb is
    the first clause's, said once for both, and so are its force and period."""
    if before.sentence != f.sentence or before.period != f.period or before.forces != f.forces:
        return False
    head = c.view[f.sentence[0]:f.clause[0]]
    at = c.view[f.clause[0]:f.clause[1]].lower().find(f.grade.lower())  # (the clause alone, not the whole text)
    return bool(_GRADED_VERB_RX.search(head)) and ";" not in head \
        and at >= 0 and _BARE_AND_RX.search(c.view, f.clause[0], f.clause[0] + at) is not None


# (or a list's comma: "judged good at A, good at B and good at C"; or a contrast's "but":
# "judged good at A but requires improvement at B")
_BARE_AND_RX = quick.compile(r"(?:\b(?:and|but|including)|,)\s+['\"\u2018*]*$")

# a paragraph that reports grades ("found the force inadequate at A", "its other grades"): no concern's text
_REPORTS_GRADES_RX = quick.compile(r"\b(?:graded|rated|judged|assessed|found\s+(?:the\s+force|it|us)|grades?)\b", re.IGNORECASE)


def _opens_on_reported_grades(text: str) -> bool:
    """Whether a paragraph's first two sentences report grades ("Devon & Cornwall had a much
    harder time. Its report found the force inadequate at A ..."): a story, not a concern."""
    opening = ". ".join(text.split(". ")[:2]).replace("*", "").replace("__", "")  # (Markdown's emphasis: "**inadequate**")
    return bool(_REPORTS_GRADES_RX.search(opening)) and bool(F.find_grades(opening))
_NOT_GRADED_RX = quick.compile(R.NOT_GRADED_STATEMENT, re.IGNORECASE)
_THIS_QUESTION_RX = quick.compile(r"\b(?:this|that|the\s+same)\s+(?:question|area)\b", re.IGNORECASE)
_COUNT_SUBJECT_RX = quick.compile(R.COUNT_SUBJECT, re.IGNORECASE)
# a tally of forces by grade: a number before each grade ("3 outstanding, 28 good, 11 requiring
# improvement and 1 inadequate")
_TALLIED_GRADE_RX = quick.compile(rf"\b\d{{1,3}}\s+(?:(?:were|was|are)\s+(?:graded|rated|judged)?\s*)?"
                                  r"(?:outstanding|good|adequate|requir(?:es|ing|ed)\s+improvement|inadequate)\b", re.IGNORECASE)
TALLY_GRADES = 2  # tallied grades in a sentence, at least, for it to be a tally
COUNT_SUBJECT_REACH = 30  # characters before a grade's clause where a counted subject may stand
_OTHER_BODY_SUBJECT_RX = quick.compile(R.OTHER_BODY_SUBJECT, re.IGNORECASE)


_SENTENCE_STOP_RX = quick.compile(r"[.!?]\s")


# a sentence whose subject is two forces named before: "Both forces were graded ...", "The two forces were ..."
_BOTH_SUBJECT_RX = quick.compile(r"['\"\u2018\u201c]?(?:both\s+(?:forces|constabularies)|the\s+two\s+(?:forces|constabularies))\b",
                                 re.IGNORECASE)


def _both_forces(c: Collector, f: GradeFinding) -> list[str]:
    """The two forces a sentence opening "Both forces ..." speaks of: the first two the
    sentences before it name, nearest first ("Reports on A ... Warwickshire fared better ...
    Both forces were found ..."), when the nearest that names any does not name three."""
    if not _BOTH_SUBJECT_RX.match(c.view, f.sentence[0]):
        return []
    named: list[str] = []
    end = len(c.view[:f.sentence[0]].rstrip())
    for _ in range(BOTH_FORCES_REACH):
        if end == 0:
            break
        a, b = sentence_at(c.view, end - 1)
        for force in F.iter_unique(hit.force for hit in c.forces.find(c.view, a, b)):
            if force not in named:
                named.append(force)
        if len(named) >= 2:
            break
        end = len(c.view[:a].rstrip())
    return named if len(named) == 2 else []


BOTH_FORCES_REACH = 5  # sentences back a "Both forces" may look for the two it speaks of


def _anaphor_force(c: Collector, sentence_start: int, clause_start: int) -> str | None:
    """The force a sentence opening "The force's ..." or "It ..." (or reporting that "the force
    requires improvement") speaks of: the force first named in the nearest graded sentence
    before it ("Across the border, West Mercia Police was rated good ..."), in this paragraph
    or the one before. None when the nearest sentence that names a force first is no graded
    one (a partner named in passing, "Suffolk Constabulary shares its services")."""
    reported_from = max(sentence_start, clause_start - 2 * R.ANAPHOR_CLAUSE_REACH)  # (bounded: one enormous sentence stays linear)
    if not _ANAPHOR_SUBJECT_RX.match(c.view, sentence_start) \
            and not _ANAPHOR_REPORTED_RX.search(c.view, reported_from, clause_start + R.ANAPHOR_CLAUSE_REACH):
        return None
    floor = max(0, sentence_start - R.ANAPHOR_REACH)
    hits = c.forces.find(c.view, floor, sentence_start)
    line_start = c.view.rfind("\n", 0, sentence_start) + 1
    label = _RUN_IN_LABEL_RX.match(c.view, line_start, sentence_start)
    if label:
        # a paragraph that opens on a force's name as its run-in label ("**Greater Manchester
        # Police.** GMP was placed in special measures ... Its 2021/22 report graded it ..."):
        # that force, when the paragraph names no other before the sentence
        named = {h.force for h in hits if h.start >= line_start}
        first = c.forces.first(c.view, line_start, label.end())
        if first is not None and named == {first.force}:
            return first.force
    for i in range(len(hits) - 1, -1, -1):
        hit = hits[i]
        opening = max(floor, c.view.rfind(". ", floor, hit.start) + 2, c.view.rfind("\n", floor, hit.start) + 1)
        if i > 0 and hits[i - 1].start >= opening:
            continue  # not the first force its sentence names
        stopped = _SENTENCE_STOP_RX.search(c.view, hit.end, sentence_start)  # (a PDF's line may end the sentence)
        if _ANY_GRADE_RX.search(c.view, hit.end, stopped.start() if stopped else sentence_start):
            return hit.force  # the force a graded sentence names first: its subject
        if _INSPECTION_OF_RX.search(c.view, max(opening, hit.start - 60), hit.start) \
                or _TURN_TO_RX.search(c.view, max(opening, hit.start - 40), hit.start) \
                or (len(c.view[c.view.rfind("\n", floor, hit.start) + 1:hit.start].split()) <= 1
                    and c.view.find("\n", hit.end, sentence_start) < 0):
            # "The PEEL 2023-25 report on West Yorkshire Police was published ...", "I want to
            # turn to South Wales Police": its subject next; and a paragraph that opens on a
            # force ("Merseyside Police shows how uneven ... We graded it outstanding ...", or
            # after a word: "Neighbouring Durham Constabulary offers a stark contrast. It is ...")
            return hit.force
        return None
    return None


_RUN_IN_LABEL_RX = quick.compile(r"[ \t*_]*[A-Z][^.:\n]{2,60}?[.:][ \t*_]+(?=[A-Z])")
_FORCE_ITEM_RX = quick.compile(r"[ \t]*(?:[-*\u2022][ \t]+)?(?=[A-Z])")
_ITEM_LABEL_END_RX = quick.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?(?:,[^\n.;:]{0,40}?)?[ \t]+-[ \t]")


def _item_force(c: Collector, line: Line) -> str | None:
    """The force a list item or line is about when it opens on its name and a dash ("* West
    Mercia Police - like us, requires improvement for A. Good for B, ..."): every grade in it
    that names no force is that force's."""
    opening = _FORCE_ITEM_RX.match(c.view, c.view.rfind("\n", 0, line.start) + 1, line.end)
    hit = c.forces.first(c.view, opening.end(), line.end) if opening else None
    if hit is None or hit.start != opening.end() or not _ITEM_LABEL_END_RX.match(c.view, hit.end, line.end):
        return None
    return hit.force


_INSPECTION_OF_RX = quick.compile(r"\b(?:report|inspection|assessment)\s+(?:on|of|into)\s+(?:the\s+)?$", re.IGNORECASE)
_TURN_TO_RX = quick.compile(r"\b(?:turn(?:s|ing)?|mov(?:e|es|ing)|com(?:e|es|ing))\s+(?:now\s+)?to\s+(?:the\s+)?$", re.IGNORECASE)


_ANAPHOR_REPORTED_RX = quick.compile(R.ANAPHOR_REPORTED, re.IGNORECASE)


_LIST_GAP_RX = quick.compile(r"^\s*(?:,\s*(?:and\s+|&\s+)?|and\s+|&\s+)$")
_RELATIVE_RX = quick.compile(r"\W*(?:which|who)\b", re.IGNORECASE)  # matched at a clause start


def _listed_forces(c: Collector, clause: tuple[int, int]) -> list[str]:
    """The forces of a clause when it names them as a list ("A, B and C"), else []."""
    hits = c.forces.find(c.view, *clause)
    if len(hits) < 2:
        return []
    for a, b in zip(hits, hits[1:]):
        if not _LIST_GAP_RX.match(c.view[a.end:b.start]):
            return []
    if _JOINT_BODY_AFTER_RX.match(c.view, hits[-1].end, clause[1]):
        return []  # "the Bedfordshire, Cambridgeshire and Hertfordshire collaboration": one body's name
    return F.iter_unique(h.force for h in hits)


_JOINT_BODY_AFTER_RX = quick.compile(r"\s+(?:collaboration|partnership|alliance|consortium|region|regional|joint)\b", re.IGNORECASE)


def _carried_subject(c: Collector, f) -> list[str]:  # noqa: ANN001
    """The forces a clause that names none, or a relative clause ("Norfolk, which was judged
    ...", "X is good overall, but it requires ..."), is about: the force, or the list of
    forces, named last before it in the same sentence."""
    before = c.forces.find(c.view, f.sentence[0], f.clause[0])
    if not before:
        return []
    group = [before[-1]]
    for hit in reversed(before[:-1]):
        if not _LIST_GAP_RX.match(c.view[hit.end:group[0].start]):
            break
        group.insert(0, hit)
    return F.iter_unique(h.force for h in group)


# --- tables ------------------------------------------------------------------------------------


def _tables(c: Collector, lines: list[Line], ctx: DocumentContext, sections: list[Section]) -> set[int]:
    """Judgements of every table (a row's subject from its first cell that is no grade, a
    column's period from its header, its force from the section it is in); returns the end
    offsets of the lines tables cover."""
    taken: set[int] = set()
    starts = [ln.start for ln in lines]
    if _delimited(c):
        # (its own line breaks, never joined as wrapped prose: the lines of a quoted cell that runs
        # over several are no rows of their own)
        tables = csv_tables(c.doc.plain)
    else:
        tables = html_tables(c.doc.text) + text_tables(lines, c.view) + column_tables(lines, _column_headings, _area_grade_headings)
    # (a key is read only where there are tables to spell out: most documents have none)
    abbreviations = {**_key_tables(tables), **grade_key(c.view)} if tables else {}
    if abbreviations:
        tables = [expand_grades(table, abbreviations) for table in tables]
    tables = [band for table in tables if not _grade_key_row(c, table)
              for band in _bands(_side_by_side(_unstacked(_without_key_row(table), ctx.era_table)), ctx.era_table)]
    areas = area_key(c.view, ctx.main.period) if tables else {}
    if areas:
        tables = [expand_headings(table, areas) for table in tables]
    document_ctx = ctx
    for table in _statement_grids(c, tables, lines, document_ctx):
        # a table under a heading that names one force ("## Suffolk") grades that force
        at = bisect_right(starts, table.start) - 1
        force = sections[at].force if at >= 0 else None
        ctx = replace(document_ctx, main=replace(document_ctx.main, force=force)) if force else document_ctx
        # ... and one under a heading that names a period ("PEEL 2017") grades that period (the
        # section above the table: a header row naming a column's period opens one of its own)
        period = sections[at - 1].period if at > 0 else None
        titled = _table_caption(lines, at)
        # a numbered caption right above names the table's period ("Table B2. Robustness check:
        # PEEL 2021/22 grade for responding to the public, north-west forces")
        period = (lead_in_period(titled) or _caption_period(titled) if titled else None) or period
        if period and period != ctx.main.period:
            ctx = replace(ctx, main=_on_period(ctx.main, period))
        # a heading right above that names one kind of statement ("Areas for improvement")
        above = _previous(lines, at) if at >= 0 else None
        headed = statement_heading(above.content) if above is not None else None
        # ... or a paragraph right above that says which statements it sets out ("It gave us
        # three areas for improvement. Each is quoted below")
        introduced = _statement_intro(above) if above is not None and not headed else None
        spanning = _statement_table(c, table, ctx, headed[0] if headed else introduced)
        if spanning is not None:
            # a row that spans the table naming an area (and its grade) is still read as a line
            taken.update(ln.end for ln in lines if table.start <= ln.start < table.end and ln.start not in spanning)
            continue
        if _grade_columns(c, table, ctx) or _card_rows(c, table, ctx) or _card_table(c, table, lines, at, ctx, sections):
            taken.update(ln.end for ln in lines if table.start <= ln.start < table.end)
            continue
        header, body = _header_and_body(table)
        columns: list[_ColumnKey] = []
        marks = _marks_grades(table)  # a grid of marks: every cell in its column
        # (a header whose first columns have no heading, " | | A | B", keeps its cells in place)
        placed = in_place(c.view, header) if header else ()
        unheaded = bool(placed) and not placed[0].text and len(placed) > len(header.cells)
        for cell in (placed if marks or unheaded else header.cells) if header else ():
            period = first_period(cell.text)
            pillars = F.pillars_named(cell.text) if len(cell.text) <= R.PILLAR_COLUMN_CHARS else []
            earlier = _earlier_column(c, cell, table, ctx) if period is None else None
            # ("\u263b Workforce": an infographic's icon before the heading; "target_2025_29": a data file's field name)
            words = _ICON_BEFORE_RX.sub("", cell.text).replace("_", " ")
            # (a force's column of one year: "Kent 2016 | Kent 2015 | Essex 2016")
            columns.append(earlier or _ColumnKey(period, pillars[0] if len(pillars) == 1 else None, words,
                                                 force=_force_alone(c, words) or (_force_alone(c, _YEAR_SPAN_RX.sub("", words))
                                                                                  if period else None)))
            c.state_inspectorates_in(cell.start, cell.end)
        columns = _pillar_years(columns)
        columns = _pillar_columns(columns)
        if header is not None and body and not (marks or unheaded) and len(columns) >= 2 \
                and all(column.force or column.period for column in columns) \
                and len(graded := [row for row in body if len(row.cells) > 2 and not label_grade(row.cells[0].text)
                                   and all(label_grade(cell.text) for cell in row.cells[1:])]) >= 2 \
                and all(len(row.cells) == len(columns) + 1 for row in graded):
            # forces (or periods) heading the grade columns over a row label's column whose
            # heading is empty, the empty corner cell lost in the text ("A&S<tab>D&C" over
            # "Preventing crime<tab>Good<tab>Adequate"): each heading is its column's, one along
            columns = [_ColumnKey(None, None, ""), *columns]
        if columns and columns[0].period and any(column.force for column in columns[1:]):
            # "Area (2021/22) | WMP | GMP": the first heading dates the forces' columns beside it
            columns = [replace(column, period=column.period or columns[0].period) if column.force else column
                       for column in columns]
        if header and len(body) >= 2 and _areas_under_group(c, header, body, ctx):
            # "Force | Report published | Graded area" over " | | A | B | C ...": the areas under
            # the group's heading are the columns (the cells above them name the others)
            under = _in_place_kept(c, body[0])
            top = in_place(c.view, header)
            cells = tuple(cell if cell.text or j >= len(top) else Cell(cell.start, cell.end, top[j].text, True)
                          for j, cell in enumerate(under))
            columns = [_ColumnKey(first_period(cell.text), None, cell.text, force=_force_alone(c, cell.text))
                       for cell in cells]
            header, body = Row(body[0].start, body[0].end, cells, True), body[1:]
        elif header and body and periods_only(body[0]):
            # a header of two rows: "Area | Grade" over "   | 2021/22 | 2018/19"
            under = _in_place_kept(c, body[0])
            words = [cell.text for cell in header.cells]
            columns = [_earlier_column(c, cell, table, ctx)
                       or _ColumnKey(first_period(cell.text), None, words[min(j, len(words) - 1)],
                                     force=_force_alone(c, words[min(j, len(words) - 1)]))  # (a force's column, its period below)
                       for j, cell in enumerate(under)]
            header, body = body[0], body[1:]  # (the second row is the one as wide as the body)
        # a caption right above the table that names one area ("Figure 1: Responding to the
        # public - grades by force"): the area of a row per force whose columns name none
        above = next((k for k in range(at - 1, max(at - 3, -1), -1) if not lines[k].blank), None) if at > 0 else None
        caption = sections[above].question if above is not None and sections[above].kind == "question" else None
        if caption is None and titled:
            # (in the era of the year it names: "... protecting those who are vulnerable from
            # harm, and supporting victims?, 2016" is one area of 2016's, two of 2021's)
            named = F.find_questions(titled, F.era_of(first_period(titled) or ctx.main.period, headed=True))
            caption = named[0][1] if len(named) == 1 else None  # (the caption's one area)
        # ("Table B1. Overall effectiveness grade, by force and year": the pillar of its years' grades)
        pillars = F.pillars_named(lines[above].content) if above is not None else []
        caption_pillar = pillars[0] if len(pillars) == 1 else None
        if header is not None and not marks:
            body = _merged_down(c, header, body)
        judged = c.judgement_count()
        in_brackets = _bracketed_period(titled) if titled else None  # ("PEEL 2023-25 (2021/22 in brackets)")
        for row in body:
            if not marks and header is not None and len(row.cells) > len(header.cells):
                row = _without_arrows(row)  # "Adequate | \u2192 | Adequate": an arrow column the header has none for
            _table_row(c, Row(row.start, row.end, in_place(c.view, row), True) if marks else row, columns, ctx,
                       caption, caption_pillar, in_brackets)
        if c.judgement_count() == judged and _prose_cells(table, c.view):
            continue  # a table of questions and written answers, graded nowhere as a table: its sentences are prose
        taken.update(ln.end for ln in lines if table.start <= ln.start < table.end)
    return taken


_CAPTION_RX = quick.compile(r"(?:Table|Figure|Chart|Exhibit)\s+[A-Z]?\d{1,2}(?:\.\d{1,2})?[.:]?\s", re.IGNORECASE)
_CAPTION_PERIOD_RX = quick.compile(r"\bPEEL\s+(20\d\d(?:\s*[/-]\s*\d\d)?)\b", re.IGNORECASE)


def _table_caption(lines: list[Line], at: int) -> str | None:
    """The numbered caption on the line right above a table ("Table B2. ..."), else None."""
    above = _previous(lines, at) if at >= 0 else None
    return above.content if above is not None and _CAPTION_RX.match(above.content) else None


def _caption_period(caption: str) -> str | None:
    m = _CAPTION_PERIOD_RX.search(caption)
    return first_period(m.group(1)) if m else None


PROSE_CELL_CHARS = 80  # a table cell this long that holds a full stop and a grade is written out


def _prose_cells(table: Table, view: str) -> bool:
    """Whether some cell of a table states a grade in sentences ("No. Responding to the public
    was graded good this time.") or in lines of its own (a post exported to a spreadsheet:
    "2/3 Good" over its areas)."""
    return any((len(cell.text) >= PROSE_CELL_CHARS and ". " in cell.text or "\n" in view[cell.start:cell.end])
               and _ANY_GRADE_RX.search(cell.text) for row in table.rows for cell in row.cells)


_STATEMENT_COLUMNS = [(quick.compile(p, re.IGNORECASE), kind) for p, kind in R.STATEMENT_COLUMNS.items()]
_AREA_COLUMN_RX = quick.compile(R.AREA_COLUMN, re.IGNORECASE)
_UPDATE_COLUMN_RX = quick.compile(R.UPDATE_COLUMN, re.IGNORECASE)
_FORCE_COLUMN_RX = quick.compile(R.FORCE_COLUMN, re.IGNORECASE)
_KIND_COLUMN_RX = quick.compile(R.KIND_COLUMN, re.IGNORECASE)
_STATEMENT_TEXT_COLUMN_RX = quick.compile(R.STATEMENT_TEXT_COLUMN, re.IGNORECASE)
_PERIOD_COLUMN_RX = quick.compile(R.PERIOD_COLUMN, re.IGNORECASE)
_REFERENCE_COLUMN_RX = quick.compile(R.REFERENCE_COLUMN, re.IGNORECASE)
_KIND_NAMED_RX = quick.compile(R.KIND_NAMED, re.IGNORECASE)
# (or its year first: "21/R1", "25/01", a tracker's references by the year of their report)
_REFERENCE_PERIOD_RX = quick.compile(r"\bPEEL[ _-]?(\d{2})(?!\d)|^\s*(\d{2})[/-](?=[A-Z]{0,3}\d{1,2}\b)", re.IGNORECASE)
_EARLIER_COLUMN_RX = quick.compile(R.EARLIER_COLUMN, re.IGNORECASE)
_OTHER_REPORT_RX = quick.compile(R.OTHER_REPORT, re.IGNORECASE)
_GRADE_COLUMN_RX = quick.compile(r"^(?:(?:area|peel|current|hmicfrs|latest)\s+)?grade\b", re.IGNORECASE)
_PEEL_NAMED_RX = quick.compile(r"\bPEEL\b")
_KIND_REFERENCE_RX = quick.compile(R.KIND_REFERENCE, re.IGNORECASE)
_REFERENCE_LABEL_RX = quick.compile(rf"{R.REFERENCE_REPORT_CODE}(?:{R.KIND_REFERENCE}[\s./-]*)+", re.IGNORECASE)
_STATEMENT_LABEL_RX = quick.compile(R.STATEMENT_LABEL, re.IGNORECASE)
_DIRECTIVE_RX = quick.compile(R.DIRECTIVE, re.IGNORECASE)


def _column(header: Row, rx: re.Pattern[str], besides: int | None = None) -> int | None:
    return next((j for j, cell in enumerate(header.cells) if j != besides and _heading_matches(rx, cell.text)), None)


def _heading_matches(rx, text: str) -> bool:  # noqa: ANN001
    """Whether a column's heading matches, whole or as the English after " / " of a heading
    in two languages ("Maes i'w wella / Area for improvement", "Cyf. / Ref")."""
    if rx.match(text) or (" / " in text and rx.match(text.rsplit(" / ", 1)[1])):
        return True
    # a number column's heading run into the next by a PDF's text ("No. Area", "Ref Area")
    numbered = _NUMBER_HEADING_RX.match(text)
    return bool(numbered) and bool(rx.match(text[numbered.end():]))


_NUMBER_HEADING_RX = quick.compile(r"(?:no\.?|#|ref\.?|item)\s+(?=\w)", re.IGNORECASE)


@dataclass(frozen=True)
class _StatementColumns:
    """Which columns of a table of statements hold what (None: no such column)."""

    text: int  # the statement
    kind: str | None  # the kind of every row, where the header or the title says it
    kind_column: int | None  # else each row's kind: "AFI", "Recommendation"
    reference: int | None  # or its reference: "AFI 3", "CoC 1 Rec 1"


def _statement_columns(header: Row, ctx: DocumentContext, headed: str | None = None) -> _StatementColumns | None:
    """How a header row lays out a table of statements: a column headed "Area for improvement"
    (or Recommendation, Cause of concern); or a column of text beside one of each row's kind or
    reference. None for a header of anything else."""
    if any(_AUDITED_ANSWER_COLUMN_RX.fullmatch(cell.text) for cell in header.cells):
        return None  # "Recommendation | Priority | Management response": an auditor's own, answered by management
    matched = [(j, kind) for j, cell in enumerate(header.cells) for rx, kind in _STATEMENT_COLUMNS
               if _heading_matches(rx, cell.text)]
    found = matched[0] if matched else None
    if found is not None and (" " not in header.cells[found[0]].text.strip()
                              or _heading_matches(_REFERENCE_COLUMN_RX, header.cells[found[0]].text)) \
            and (later := next((m for m in matched if m[0] > found[0] and " " in header.cells[m[0]].text.strip()), None)):
        # "AFI | PEEL 2021/22 area | Area for improvement": the short kind's column holds each row's
        # reference ("AFI 3"), the kind named in full heads the statements
        return _StatementColumns(later[0], later[1], _column(header, _KIND_COLUMN_RX), found[0])
    if found is not None:
        # ("Finding type" is the kind's column, not the text's: "Finding type | Recommendation / area for improvement")
        described = _column(header, _STATEMENT_TEXT_COLUMN_RX, besides=_column(header, _KIND_COLUMN_RX))
        if described is not None and described != found[0]:
            # "AFI | Area | Detail": the kind's column holds each row's reference ("AFI 1"), the
            # text column its statement
            return _StatementColumns(described, found[1], _column(header, _KIND_COLUMN_RX), found[0])
        referenced = 0 if found[0] > 0 and _heading_matches(_REFERENCE_COLUMN_RX, header.cells[0].text) else None
        return _StatementColumns(found[0], found[1], _column(header, _KIND_COLUMN_RX), referenced)
    j_kind = _column(header, _KIND_COLUMN_RX)
    j_described = _column(header, _STATEMENT_TEXT_COLUMN_RX, besides=j_kind)  # ("Finding type | ... | Finding")
    j_reference = 0 if header.cells and _heading_matches(_REFERENCE_COLUMN_RX, header.cells[0].text) else None
    # a tracker whose title names one kind ("areas for improvement tracker") holds that kind,
    # and so does a table under a heading that names one (`headed`)
    titled = (headed or _kind_named_once(ctx.title)) if j_kind is None else None
    if titled is None and j_kind is None and j_reference is None and j_described is not None \
            and _column(header, _UPDATE_COLUMN_RX) is not None:
        # "HMICFRS finding | Force response": what the inspectorate asked, each answered; a row's
        # kind is its form ("Within six months, the force should ..." is a recommendation)
        titled = BY_FORM
    if j_described is None or (j_kind is None and j_reference is None and titled is None):
        return None
    return _StatementColumns(j_described, titled, j_kind, j_reference)


BY_FORM = "by-form"  # a table of statements whose kind each row's wording tells


_RECOMMENDS_TO_ADDRESS_RX = quick.compile(
    r"\s*to\s+address\s+(?:this|that|the|these|those)\s+causes?\s+of\s+concern,?\s+(?:[\w ]{2,40}\s+)?recommends?\s+that\b",
    re.IGNORECASE)


def _kind_by_form(text: str) -> str:
    """The kind a statement's wording tells: a recommendation has a deadline, an area for
    improvement none ("Within six months, the force should ...")."""
    return "recommendation" if DEADLINE_RX.match(text) else "area-for-improvement"


def _statement_grids(c: Collector, tables: list[Table], lines: list[Line], ctx: DocumentContext) -> list[Table]:
    """A table of statements broken up by rows that span it (an area's row, a cause of
    concern's row of two cells) read whole: a table that follows one of statements, its rows
    as wide as that one's header, with at most MAX_SPANNING_ROWS lines of fewer cells between,
    joins it with them (a header printed again on a new page is left out)."""
    out: list[Table] = []
    grid: Table | None = None
    for table in sorted(tables, key=lambda t: t.start):
        if len(table.rows) >= 2 and _statement_columns(table.rows[0], ctx) is None \
                and (len(table.rows[0].cells) != len(table.rows[1].cells)
                     or sum(1 for cell in table.rows[0].cells if cell.text) == 1) and _statement_columns(table.rows[1], ctx):
            # a key's row above the header ("Status key: ..."), or a spreadsheet's title row ("Tracker;;;;")
            table = Table(table.rows[1].start, table.end, table.rows[1:])
        elif len(table.rows) >= 3 and len(table.rows[0].cells) < len(table.rows[1].cells) == len(table.rows[2].cells) \
                and not any(_DIRECTIVE_RX.search(cell.text) for cell in table.rows[1].cells) \
                and _statement_columns(table.rows[1], ctx) is not None:
            # a header of two rows, headings that span over those of each column ("Recommendation |
            # Progress" over "No. | What we recommended | Force's reported position | ..."): the lower one
            table = Table(table.rows[1].start, table.end, table.rows[1:])
        if grid is not None and table.start >= grid.end:
            width = len(grid.rows[0].cells)
            between = [row_of(c.view, ln) for ln in lines if grid.end <= ln.start < table.start and not ln.blank]
            # (a printed tracker's rows, each after a blank line, may lose a cell to its neighbour,
            # "Amber A revised screening tool ...": a row that opens with a reference to a
            # statement joins the grid one cell short)
            referenced = all(width - 1 <= len(r.cells) <= width and _kind_of_reference(r.cells[0].text)
                             for r in table.rows)
            header = [cell.text for cell in grid.rows[0].cells]
            # (a table with a header of its own, "Ref | Area for improvement (PEEL 2021/22) | ...",
            # is another table, however wide)
            first = table.rows[0].cells
            headed_afresh = [cell.text for cell in first] != header and _statement_columns(table.rows[0], ctx) is not None \
                and not (first and _kind_of_reference(first[0].text)) and not any(_DIRECTIVE_RX.search(cell.text) for cell in first)
            # (rows that number themselves in a column the header has no heading for are one wider)
            numbered = _numbered_header(c, grid) is not grid.rows[0]
            wide = {width, width + 1} if numbered else {width}
            # (a paragraph of prose between, "Notes: counts of ... Source: ...", ends the grid: a
            # row that spans it names an area, briefly)
            # (a line set in the grid's columns, tabs before it, is the grid's: "\t\t\tWhat we found")
            # (but "Cause of concern 1: The force ..." is a row of the grid's own)
            prose = any(len(in_place(c.view, r)) <= 1 and len(c.view[r.start:r.end]) > MAX_AREA_LABEL
                        and _ENDS_SENTENCE_RX.search(c.view, r.start, r.end) and not inline_kind(c.view[r.start:r.end])
                        for r in between)
            if (len(between) <= R.MAX_SPANNING_ROWS and all(len(r.cells) < width for r in between) and not headed_afresh
                    and not prose
                    and (all(len(in_place(c.view, r)) in wide for r in table.rows) or referenced)):
                body = [r for r in table.rows if [cell.text for cell in r.cells] != header]
                grid = Table(grid.start, table.end, grid.rows + tuple(between) + tuple(body))
                out[-1] = grid
                continue
        out.append(table)
        grid = table if table.rows and _statement_columns(table.rows[0], ctx) else None
    return out


_ENDS_SENTENCE_RX = quick.compile(r"[.!?][)\"'\u2019\u201d]?$")


def _spans(c: Collector, row: Row, header: Row, j_text: int) -> bool:
    """A row of a table of statements that spans it, naming the area of the rows below:
    fewer cells than the header, no reference first, nothing asked in the statement's place."""
    cells = row.cells
    # (a cell across the table, "<td colspan=5>", is one filled cell among empty ones)
    placed = in_place(c.view, row)
    return ((len(placed) < len(header.cells) or sum(1 for cell in placed if cell.text) == 1)
            and _kind_of_reference(cells[0].text) is None
            and not (j_text < len(cells) and _DIRECTIVE_RX.search(cells[j_text].text)))


def _statement_table(c: Collector, table: Table, ctx: DocumentContext, headed: str | None = None) -> set[int] | None:
    """A table of statements (a tracker, a panel paper, a spreadsheet, an improvement plan):
    see _statement_columns; maybe columns for the area, the force's update or progress, the
    force and the report, and rows that span the table naming the area of the rows below.
    Returns the starts of those spanning rows; None when the table is none."""
    header = _numbered_header(c, table)
    columns = _statement_columns(header, ctx, headed)
    if columns is None:
        return None
    j_text, table_kind, j_kind = columns.text, columns.kind, columns.kind_column
    placed = {row.start: in_place(c.view, row) for row in table.rows}  # (empty cells kept: an index is a column)
    if not any(j_text < len(placed[row.start]) and len(placed[row.start][j_text].text.split()) >= R.STATEMENT_MIN_WORDS
               for row in table.rows[1:]):
        return None  # a column that only says whether there was one ("Cause of concern raised: Yes")
    spanning: set[int] = set()
    j_area, j_update = _column(header, _AREA_COLUMN_RX), _column(header, _UPDATE_COLUMN_RX)
    j_force, j_period = _column(header, _FORCE_COLUMN_RX), _column(header, _PERIOD_COLUMN_RX)
    j_grade = _column(header, _GRADE_COLUMN_RX)  # "Area grade": the grade of the row's area
    spanned_area = None  # the area a row spanning the table names, for the rows below it
    heads = [cell.text for cell in header.cells]
    text_period = first_period(heads[j_text]) if _PEEL_DATED_RX.search(heads[j_text]) else None
    # references that name kinds ("PEEL23-AFI1", "R2"): a row whose reference names none
    # ("IA 24/07", an internal audit's) is of another kind
    by_reference = columns.reference is not None and j_text > 0 and any(
        len(row.cells) > j_text and _kind_of_reference(row.cells[0].text) for row in table.rows[1:])
    more = _continued_cells(c, table, j_text, j_update, F.era_of(ctx.main.period, headed=True))
    for row in table.rows[1:]:
        cells = placed[row.start]
        if row.start in more.skipped:
            continue  # a cell's later paragraph: read with the row above
        if [cell.text for cell in cells] == heads:
            continue  # the header printed again at the top of a page
        if cells and _heading_matches(_REFERENCE_COLUMN_RX, cells[0].text) \
                and all(len(cell.text) <= R.COLUMN_HEADING_CHARS for cell in cells):
            break  # another table's header ("No. | Management action | Priority"): its rows are no statements
        if _spans(c, row, header, j_text):
            spanning.add(row.start)
            spanned = c.view[row.start:row.end]
            spanned_area = F.first_question(spanned, F.era_of(ctx.main.period, headed=True)) or spanned_area
            continue
        if j_text >= len(cells):
            continue
        cell = cells[j_text]
        # a Type column says each row's kind, whatever a column's header calls them all
        kind = (_kind_of_label(cells[j_kind].text) if j_kind is not None and j_kind < len(cells) else None) \
            if j_kind is not None else table_kind
        typed = cells[j_kind].text if j_kind is not None and j_kind < len(cells) else ""
        if typed and _kind_of_label(typed) is None and not _kind_of_reference(typed) and not _GRADED_KIND_RX.match(typed):
            # a Type cell of another kind ("Force action", "Good practice"), whatever its
            # reference, or of none ("-": an area graded with no statement, its grade still told)
            _row_area_grade(c, row, cells, j_area, j_grade, j_period, ctx)
            continue
        source = cells[j_period].text if j_period is not None and j_period < len(cells) and j_period != j_text else ""
        named = _KIND_NAMED_RX.search(source) if source else None
        if j_text > 0 and (table_kind or columns.reference is not None):
            referenced = _kind_of_reference(cells[0].text)
            if by_reference and referenced is None and not (typed and _kind_of_label(typed)) \
                    and not (named and _PEEL_NAMED_RX.search(source)):
                # (a row whose Type cell, or PEEL Source cell, names its kind is of that kind: "C1"
                # beside "R1"; never an "IOPC – learning recommendation")
                continue
            kind = referenced or kind  # "Rec 1" among the AFIs: a recommendation
        if source and (_OTHER_REPORT_RX.search(source) or _INTERNAL_AUDIT_RX.search(source) or _OTHER_BODY_SOURCE_RX.search(source)) \
                and not _PEEL_NAMED_RX.search(source):
            # a custody or thematic inspection's, an internal audit's, another body's ("IOPC learning
            # recommendation"): no PEEL statement of the force's
            continue
        if named and (table_kind or columns.reference is not None):
            # "PEEL 2021/22 - area for improvement: ...", "PEEL 2018/19 – cause of concern" beside "CC1"
            kind = _kind_of_label(named.group(0)) or kind
        if kind is None:
            if j_kind is not None and j_kind < len(cells) and j_area is not None and j_area < len(cells) \
                    and _GRADED_KIND_RX.match(cells[j_kind].text):
                _graded_row(c, row, cells[j_text], cells[j_area].text, ctx.main)
            continue  # a row of another kind ("Good practice", "Observation")
        key = ctx.main
        if text_period:
            key = _on_period(key, text_period)  # "Area for improvement (PEEL 2021/22)": the column's report
        if j_force is not None and j_force < len(cells):
            hit = c.forces.first(cells[j_force].text)
            key = replace(key, force=hit.force) if hit else key
        if j_period is not None and j_period < len(cells):
            period = first_period(cells[j_period].text)
            if period:
                key = _on_period(key, period)
                pillars = F.pillars_named(cells[j_period].text) if period.isdigit() else []
                if len(pillars) == 1:
                    key = replace(key, pillar=pillars[0])  # "PEEL Efficiency 2017": that pillar's report
        elif j_kind is not None and j_kind < len(cells) and (type_period := first_period(cells[j_kind].text)):
            # a Type cell that names the report: "Area for improvement (PEEL 2021/22, carried forward)"
            key = _on_period(key, type_period)
        elif columns.reference is not None:
            # a reference that dates its row: "PEEL21-AFI-07" is an area for improvement of PEEL 2021/22
            dated = _REFERENCE_PERIOD_RX.search(cells[columns.reference].text)
            period = R.INTEGRATED_PERIODS.get(2000 + int(dated.group(1) or dated.group(2))) if dated else None
            if period:
                key = replace(key, period=period, pillar="PEEL")
        if j_area is not None and j_area < len(cells) and key.period.isdigit() \
                and _PILLAR_HEADING_RX.match(cells[j_area].text.strip()):
            # a legacy year's tracker: "Pillar | Efficiency" names the row's report
            key = replace(key, pillar=F.pillars_named(cells[j_area].text)[0])
        era = F.era_of(key.period, headed=True)
        # a cell may hold the area on a line of its own, the statement, and a reference
        parts = _cell_lines(c, cell) + more.texts.get(row.start, [])
        end = more.ends.get(row.start, row.end)
        if len(parts) > 1 and len(parts[0]) <= MAX_AREA_LABEL and not parts[0].endswith((".", ":")) \
                and F.first_question(parts[0], era) and not _DIRECTIVE_RX.search(parts[0]):
            question_label, parts = parts[0], parts[1:]  # the area's name over its statement, in one cell
        else:
            question_label = None
        parts = _rewrapped(parts)
        if parts and j_kind is None and (labelled := inline_kind(parts[0])):
            kind = labelled  # "Cause of concern 1: ..." in a column headed "Cause of concern / recommendation"
        # (the lines that ask something, or for a concern find what the force does not do:
        # never its label or reference on lines of their own, "Cause of concern 1", "Report para 4.12")
        asks = _DOES_NOT_RX if kind == "cause-of-concern" else _DIRECTIVE_RX
        said = [p for p in parts if asks.search(p)] or parts
        if said and said[-1].endswith(":") and said[-1] in parts:
            # a lead-in and its items ("... by:" / "- completing ..." / "- ..."): one statement
            said = said + [bullet_of(p)[1] for p in parts[parts.index(said[-1]) + 1:]]
        question = None
        if j_area is not None and j_area < len(cells):
            question = F.first_question(cells[j_area].text, era)
            graded = _BRACKETED_GRADE_RX.match(cells[j_area].text)
            grade = label_grade(graded.group(2)) if graded else None
            shown = F.first_question(graded.group(1), F.era_of(ctx.main.period, headed=True)) if grade else None
            if shown:
                # "Responding to the public (Requires improvement)": the area's grade, as the
                # tracker shows it now (the document's inspection, whatever report the row is from)
                c.judgement(replace(ctx.main, force=key.force), grade, c.span(row.start, row.end), shown)
        area_grade = label_grade(cells[j_grade].text) if j_grade is not None and j_grade < len(cells) else None
        if area_grade and question:
            # "Responding to the public | Adequate | The force should ...": the area's grade, as
            # the row's report gave it
            c.judgement(key, area_grade, c.span(row.start, row.end), question)
        if question is None:
            question = next((F.first_question(p, era) for p in ([question_label] if question_label else []) + parts
                             if not _DIRECTIVE_RX.search(p) and F.first_question(p, era)), None)
        if question is None and named:
            question = F.first_question(source[named.end():], era)  # "... area for improvement: investigating crime"
        if question is None and source and not named:
            question = F.first_question(source, era)  # "HMICFRS PEEL 2023-25 - Investigating crime"
        if question is None and typed:
            question = F.first_question(typed, era)  # "Area for improvement (investigating crime)"
        question = question or spanned_area
        update = cells[j_update].text if j_update is not None and j_update < len(cells) else ""
        update = " ".join(u for u in (update, *more.updates.get(row.start, [])) if u)
        text = _STATEMENT_LABEL_RX.sub("", " ".join(said), count=1)
        text, question = _without_area_label(text, question, era)  # "Responding to the public: The force should ..."
        if kind == BY_FORM:
            if not starts_statement(text):
                continue  # a finding that asks nothing of the force
            kind = _kind_by_form(text)
        if _someone_elses(c, text) or len(text.split()) < R.STATEMENT_MIN_WORDS or _SEE_ELSEWHERE_RX.match(text):
            continue  # (a column of counts, "Areas for improvement: 2", holds no statement; nor "See the action plan.")
        if kind != "cause-of-concern" and not _DIRECTIVE_RX.search(text) \
                and any(cell is not cells[j_text] and label_grade(cell.text) for cell in cells):
            continue  # a grading key's row run on under the table ("3 | Good | Performance meets the standard")
        c.statement(kind, key, text, c.span(row.start, end), question, update or None)
    return spanning


def _row_area_grade(c: Collector, row: Row, cells: tuple[Cell, ...], j_area: int | None, j_grade: int | None,
                    j_period: int | None, ctx: DocumentContext) -> None:
    """A statement table's row that holds no statement but grades its area ("Police powers
    and public treatment | Good | - | -"): the area's grade, of the row's report."""
    if j_area is None or j_grade is None or max(j_area, j_grade) >= len(cells):
        return
    grade = label_grade(cells[j_grade].text)
    period = first_period(cells[j_period].text) if j_period is not None and j_period < len(cells) else None
    key = _on_period(ctx.main, period) if period else ctx.main
    question = F.first_question(cells[j_area].text, F.era_of(key.period, headed=True))
    if grade and question:
        c.judgement(key, grade, c.span(row.start, row.end), question)


def _numbered_header(c: Collector, table: Table) -> Row:
    """A table's header, one empty heading put first when every row numbers itself in a
    column the header has no heading for ("Area | Area for improvement | Force response"
    over "1 | Responding to the public | The force should ... | ..."): a PDF's text loses the
    empty heading."""
    header = table.rows[0]
    placed = in_place(c.view, header)
    rows = [in_place(c.view, row) for row in table.rows[1:]]
    filled = [row for row in rows if sum(1 for cell in row if cell.text) >= 2]
    if placed and placed[0].text and filled \
            and all(len(row) == len(placed) + 1 and _ROW_NUMBER_RX.fullmatch(row[0].text) for row in filled):
        empty = Cell(header.start, header.start, "", True)
        return Row(header.start, header.end, (empty, *placed), True)
    return header


MAX_AREA_LABEL = 80  # characters: an area's name on a line of its own, over its statement


@dataclass
class _Continued:
    """What a table's cells say on lines of their own under their row (a Word or HTML cell's
    later paragraphs, each on a line of the grid with the row's other cells empty)."""

    texts: dict[int, list[str]]  # a row's start -> later paragraphs of its statement cell
    updates: dict[int, list[str]]  # ... of its update cell
    ends: dict[int, int]  # ... where its last such line ends
    skipped: set[int]  # the starts of those lines


def _continued_cells(c: Collector, table: Table, j_text: int, j_update: int | None, era: str) -> _Continued:
    """The later paragraphs of each row's statement and update cells: a line whose cells
    before the statement's are empty continues the row above, unless both it and the row
    above open as statements do (a list of them under one Type cell: two statements)."""
    found = _Continued({}, {}, {}, set())
    if c.doc.media not in PARAGRAPH_MEDIA:
        return found  # (a PDF's or a text's wrapped cells are joined where they are read)
    owner: Row | None = None
    for row in table.rows[1:]:
        cells = in_place(c.view, row)  # (its empty cells kept: an index is a column)
        filled = [j for j, cell in enumerate(cells) if cell.text]
        if owner is not None and filled and min(filled) >= j_text and set(filled) <= {j_text, j_update} \
                and not _row_of_its_own(c, row):
            text = cells[j_text].text if j_text < len(cells) else ""
            update = cells[j_update].text if j_update is not None and j_update < len(cells) else ""
            said = owner.cells[j_text].text if j_text < len(owner.cells) else ""
            # (a lead-in's items are its own: "... by:" over "- reducing the time ...")
            lead_in = said.endswith(":")
            named = len(text) <= MAX_AREA_LABEL and F.first_question(text, era) is not None \
                and not (lead_in and text.rstrip().endswith((";", ".", ",", " and", " or")))  # (an item of the lead-in)
            if not (text and starts_statement(text) and starts_statement(said) and not lead_in) and not named:
                # (an area's name alone heads the rows below it: no part of the row above)
                if text:
                    found.texts.setdefault(owner.start, []).append(text)
                if update:
                    found.updates.setdefault(owner.start, []).append(update)
                found.ends[owner.start] = row.end
                found.skipped.add(row.start)
                continue
        owner = row if filled else owner
    return found


def _row_of_its_own(c: Collector, row: Row) -> bool:
    """Whether a Word table's line is a row of its own (a row merged across the table, "Both
    recommendations were made in 2021/22."), not a cell's later paragraph ("table 1, row 3,
    line 2"): only a later paragraph continues the row above."""
    part = c.doc.part_at(row.start) if c.doc.media == "docx" else None
    return part is not None and part.startswith("table") and ", line " not in part


_PEEL_DATED_RX = quick.compile(r"\bPEEL\s+20\d\d", re.IGNORECASE)
_SEE_ELSEWHERE_RX = quick.compile(r"\W*see\s", re.IGNORECASE)
_INTERNAL_AUDIT_RX = quick.compile(r"\binternal\s+audit\b", re.IGNORECASE)
_OTHER_BODY_SOURCE_RX = quick.compile(r"\b(?:iopc|ipcc|independent\s+office\s+for\s+police\s+conduct|external\s+audit(?:or)?)\b",
                                      re.IGNORECASE)
_GRADED_KIND_RX = quick.compile(r"^(?:graded\s+)?(?:judgements?|grades?|gradings?)\b", re.IGNORECASE)
# "Outstanding - for the second inspection running.", "Graded good.": a cell opening on its grade
_OPENING_GRADE_RX = quick.compile(rf"['\"]?(?:(?:graded|rated|judged)\s+(?:as\s+)?)?['\"]?({R.GRADE_ALTERNATION})\b",
                                  re.IGNORECASE)


def _graded_row(c: Collector, row: Row, cell: Cell, area: str, key: InspectionKey) -> None:
    """A register's row whose kind is a graded judgement ("Graded judgement | Investigating
    crime | Good, up from adequate in 2021/22."): its finding's grades, each of the row's area
    (an earlier one in its own period)."""
    question = F.first_question(area, F.era_of(key.period, headed=True))
    if question is None:
        return
    evidence = c.span(row.start, row.end)
    findings = grade_findings(c.view, cell.start, cell.end, key.period, key.pillar, c.forces)
    opening = _OPENING_GRADE_RX.match(c.view, cell.start, cell.end)
    if opening and not any(f.grade == label_grade(opening.group(1)) and not f.earlier for f in findings):
        c.judgement(key, label_grade(opening.group(1)) or opening.group(1), evidence, question)
    for f in findings:
        if not f.forces or key.force in f.forces:
            c.judgement(replace(key, period=f.period, pillar=f.pillar), f.grade, evidence, question)


def _graded_prose_cell(c: Collector, line: Line) -> bool:
    """Whether a delimited file's line is a sentence of a cell's prose that grades in so many
    words ("... HMICFRS graded responding to the public good in 2023-25."), no row of cells."""
    content = line.content
    return "," not in content.split(". ", 1)[0][:40] and content.rstrip('"').endswith(".") \
        and _GRADED_VERB_RX.search(content) is not None and len(content.split()) >= PROSE_CELL_WORDS


PROSE_CELL_WORDS = 8  # words at least of a cell's line read as prose


def _delimited(c: Collector) -> bool:
    """Whether the document is a delimited file, read as one table (csv_tables): a CSV or
    TSV by its name, or a text file that is a spreadsheet's tab-separated export whose
    quoted cells run over several lines (saved as .txt: the rows are no lines of prose)."""
    name = c.doc.name.lower()
    if name.endswith((".csv", ".tsv")):
        return True
    return c.doc.media == "text" and '\t"' in c.doc.plain and tab_export(c.doc.plain)


def _cell_lines(c: Collector, cell) -> list[str]:  # noqa: ANN001
    """The lines of a table cell as written (the view's text, cut where the document breaks
    the line, whether or not the view joined the lines as wrapped prose)."""
    parts, start = [], cell.start
    quoted = _delimited(c)  # a delimited file doubles a quote inside a field
    while start < cell.end:
        stop = c.doc.plain.find("\n", start, cell.end)
        stop = cell.end if stop < 0 else stop
        part = c.view[start:stop].strip()
        if part:
            parts.append(part.replace('""', '"') if quoted else part)
        start = stop + 1
    return parts


def _rewrapped(parts: list[str]) -> list[str]:
    """A cell's lines with a sentence broken inside it whole again: a line that starts in
    lower case after one that ends no sentence goes on with it (a spreadsheet's field
    with a line break typed in: "... a clear explanation" / "when their report ...")."""
    out: list[str] = []
    for part in parts:
        if out and part[:1].islower() and not out[-1].endswith(_SENTENCE_STOPS):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


_SENTENCE_STOPS = (".", ":", ";", "!", "?", ".\"", ".'", ".\u201d", ".\u2019")


def _kind_named_once(title: str | None) -> str | None:
    """The one kind of statement a title names ("... areas for improvement tracker")."""
    kinds = {kind for rx, kind in _INTROS if title and rx.search(title)}
    return kinds.pop() if len(kinds) == 1 else None


def _kind_of_reference(text: str) -> str | None:
    """The kind a row's reference names: "AFI 3"; "CoC 1 Rec 1", the recommendation under
    cause of concern 1, names the last; "Recommendation" alone names its kind too."""
    text = text.strip()
    if not _REFERENCE_LABEL_RX.fullmatch(text):
        return _kind_of_label(text)
    *_, last = _KIND_REFERENCE_RX.finditer(text)
    kind = last.group("kind")
    return R.REFERENCE_SHORT_KINDS.get(kind.lower()) or _kind_of_label(kind)


def _kind_of_label(text: str) -> str | None:
    """The kind a tracker's type cell names ("AFI", "Recommendation 3", "Cause of concern"),
    after the row's reference where a PDF runs the two cells together ("P1 Cause of concern"),
    or in English after " / " in a cell in two languages ("Achos pryder / Cause of concern")."""
    text = _ROW_REFERENCE_RX.sub("", text.strip(), count=1)
    return next((kind for rx, kind in _STATEMENT_COLUMNS if _heading_matches(rx, text)), None)


_ROW_REFERENCE_RX = quick.compile(r"^[A-Z]{0,3}\d{1,3}(?:\.\d{1,2})?\s+(?=[A-Za-z])")


def _grade_headings(texts: list[str]) -> bool:
    """A header row of grades, one a column: at least two, and nothing else."""
    named = [text for text in texts if text]
    return len(named) >= 2 and all(label_grade(text) for text in named)


_PERIOD_CELL_RX = quick.compile(R.PERIOD_CELL, re.IGNORECASE)


def _area_grade_headings(texts: list[str]) -> bool:
    """The header of a text's own table of two columns: the areas', then the grades' ("Pillar
    / question   Grade")."""
    return len(texts) == 2 and len(texts[0]) <= R.PILLAR_COLUMN_CHARS and bool(_GRADE_COLUMN_LINE_RX.fullmatch(texts[1]))


def _column_headings(texts: list[str]) -> bool:
    """The header of a table printed in columns: grades, one a column, or three headings or
    more of which one is a period ("Ref  PEEL area  2023-25  2021/22")."""
    return _grade_headings(texts) or (len(texts) >= 3 and any(_PERIOD_CELL_RX.fullmatch(t) for t in texts)
                                      and all(len(t) <= R.PILLAR_COLUMN_CHARS for t in texts)) \
        or (len(texts) >= 3 and any(_GRADE_COLUMN_LINE_RX.fullmatch(t) for t in texts)
            and all(len(t) <= R.PILLAR_COLUMN_CHARS for t in texts))  # "Date  Inspection  Judgement"


def grade_key(text: str) -> dict[str, str]:
    """The abbreviations a document's key of grades spells out ("RI = Requires improvement"),
    each in lower case (a key in capitals, "ADEQ = ADEQUATE", spells out the table's "Adeq")."""
    found: dict[str, str] = {}
    for pairs in F.grade_keys(text):
        for m in pairs:
            grade = F.grade_of_label(m.group("grade"))
            # ("outstanding – good – requires improvement": a scale, where no grade abbreviates another)
            if grade and m.group("abbr").lower() != grade.lower() and not F.grade_of_label(m.group("abbr")):
                found[m.group("abbr").lower()] = grade
    # a key with no separators, "Key to grades: O Outstanding G Good A Adequate RI Requires
    # improvement": capitals or a symbol, then the grade in capitals, three pairs or more on a line
    for pairs in _by_line(text, _SPACED_KEY_RX.finditer(text)):
        if len(pairs) >= 3:
            for m in pairs:
                found.setdefault(m.group(1).lower(), F.grade_of_label(m.group(2)) or m.group(2))
    return found


# (or a symbol, a coloured square's emoji: "\U0001f7e9 Good \u00b7 \U0001f7e8 Adequate")
_SPACED_KEY_RX = quick.compile(r"(?<![\w-])([A-Z]{1,3}|[^\w\s\u00b7|,;:()\[\]*\"'.\-]{1,2})[ \t]+"
                               r"(Outstanding|Good|Adequate|Requires[ \t]+improvement|Inadequate)\b")


# "Key to areas: PPT police powers and public treatment \u00b7 PREV preventing crime ...": a
# capitalised short form, then an area's name in lower case, up to the next separator or pair
# ("PPT police powers and public treatment", "`PPT` Police powers and public treatment;")
_AREA_KEY_RX = quick.compile(r"(?<![\w-])`?([A-Z]{2,5})`?[ \t]+([a-zA-Z][a-z ,'-]{4,80}?)(?=[ \t]*(?:[\u00b7;|\n]|\.?$)|[ \t]+[A-Z]{2,5}[ \t]+[a-z])", re.MULTILINE)


MIN_KEY_ROWS = 3  # a table of this many short codes, each beside a grade, is a key


def _key_tables(tables: list[Table]) -> dict[str, str]:
    """The codes a table that keys the grades spells out ("Score | Grade" over "1 |
    Outstanding", "2 | Good", ...): every row below its header a short code and a grade."""
    found: dict[str, str] = {}
    for table in tables:
        pairs = []
        for row in table.rows[1:]:
            cells = [cell.text for cell in row.cells if cell.text]
            grade = label_grade(cells[1]) if len(cells) == 2 else None
            if grade is None or not _KEY_CODE_RX.fullmatch(cells[0]) or label_grade(cells[0]):
                break
            pairs.append((cells[0].lower(), grade))
        else:
            if len(pairs) >= MIN_KEY_ROWS and len({g for _, g in pairs}) == len(pairs):
                found.update(pairs)
    return found


_KEY_CODE_RX = quick.compile(r"[0-9A-Za-z]{1,3}\+?")


def area_key(text: str, period: str) -> dict[str, str]:
    """The short forms a document's key of areas spells out ("PPT police powers and public
    treatment"): three pairs or more on a line, each naming a graded area."""
    era = F.era_of(period, headed=True)
    found: dict[str, str] = {}
    for pairs in _by_line(text, _AREA_KEY_RX.finditer(text)):
        named = [m for m in pairs if F.first_question(m.group(2), era)]
        if len(named) >= 3:
            found.update((m.group(1), m.group(2)) for m in named)
    # ... or a list of them, a pair a line ("- PPT: Police powers and public treatment")
    listed = [(m.group(1), m.group(2)) for m in _AREA_KEY_LINE_RX.finditer(text) if F.first_question(m.group(2), era)]
    if len(listed) >= 3:
        found.update(listed)
    # ... or the questions numbered by pillar, each over its words ("Effectiveness - Question 1"
    # / "How effective is the force at preventing crime ...?"), for columns "Effectiveness Q1"
    numbered = [(m.group(1).capitalize(), m.group(2), m.group(3)) for m in _NUMBERED_QUESTION_RX.finditer(text)
                if F.first_question(m.group(3), era)]
    if len(numbered) >= 3:
        for pillar, number, words in numbered:
            found[f"{pillar} Q{number}"] = found[f"{pillar} Question {number}"] = words.strip()
    return found


# "Effectiveness - Question 1\nHow effective is the force at ...?" (its next line the question's words)
_NUMBERED_QUESTION_RX = quick.compile(r"^[ \t]*(effectiveness|efficiency|legitimacy)[ \t]*[-\u2013:][ \t]*question[ \t]+(\d{1,2})[ \t]*\n"
                                      r"(?:[ \t]*\n)?[ \t]*([^\n]{10,200}\?)[ \t]*$", re.IGNORECASE | re.MULTILINE)


_AREA_KEY_LINE_RX = quick.compile(r"^[ \t]*(?:[-*\u2022][ \t]+)?`?([A-Z]{2,5})`?[ \t]*[:=\u2013-][ \t]*([A-Za-z][a-z ,'-]{4,80}?)[ \t]*$",
                                  re.MULTILINE)


def _by_line(text: str, matches: Iterator[re.Match[str]]) -> list[list[re.Match[str]]]:
    """Matches in text grouped by the line each starts on, in order."""
    lines: dict[int, list[re.Match[str]]] = {}
    for m in matches:
        lines.setdefault(text.rfind("\n", 0, m.start()), []).append(m)  # (keyed by where its line starts)
    return list(lines.values())


def expand_headings(table: Table, areas: dict[str, str]) -> Table:
    """A table whose header row heads its columns with short forms from the document's key
    of areas, each spelt out."""
    rows = list(table.rows)
    for k, row in enumerate(rows[:2]):  # (the header's second row under a spanning heading too)
        rows[k] = replace(row, cells=tuple(replace(c, text=areas[c.text]) if c.text in areas else c for c in row.cells))
    return table if rows == list(table.rows) else replace(table, rows=tuple(rows))


def expand_grades(table: Table, abbreviations: dict[str, str]) -> Table:
    """A table whose cells hold abbreviations from the document's key, with each spelt out
    (numbers only in a table that spells out no grade itself: a key's scores, not a count
    of grades beside their names)."""
    if any(code.isdigit() for code in abbreviations) and any(label_grade(c.text) for row in table.rows for c in row.cells):
        abbreviations = {code: grade for code, grade in abbreviations.items() if not code.isdigit()}
    def cell(c: Cell) -> Cell:
        grade = abbreviations.get(c.text.lower())
        return c if grade is None else replace(c, text=grade)
    return replace(table, rows=tuple(replace(row, cells=tuple(cell(c) for c in row.cells)) for row in table.rows))


def _grade_columns(c: Collector, table: Table, ctx: DocumentContext) -> bool:
    """The inspectorate's grid of judgements: a column for each grade, the graded areas listed
    under their grade. Each area below a grade heading is judged that grade; the evidence is
    the table from its header to the area's row. False when the header row is not grades."""
    header = table.rows[0]
    if not _grade_headings([cell.text for cell in header.cells]):
        return False
    if len(table.rows) > 2 and (_grade_headings([cell.text for cell in table.rows[-1].cells])
                                or any(_earlier_grades_row(row) for row in table.rows)):
        return False  # its last row grades, heading nothing, or rows of earlier grades: tiles of areas over grades
    grades = [label_grade(cell.text) if cell.text else None for cell in in_place(c.view, header)]
    start = table.start
    stacked: dict[int, list[str]] = {}  # each column's cells down the grid, while one is no area
    lost: set[int] = set()
    era = _era_for(ctx.main, ctx)
    for row in table.rows[1:]:
        placed = in_place(c.view, row)
        if _grade_headings([cell.text for cell in placed]):
            # tiles set in rows, each row of grades over a row of their areas ("GOOD | GOOD" over
            # "Police powers ... | Preventing crime"): a row of grades heads the rows below it
            _stacked_areas(c, stacked, lost, grades, Line(start, row.start, 0, ""), ctx)
            grades = [label_grade(cell.text) if cell.text else None for cell in placed]
            start = row.start
            stacked, lost = {}, set()
            continue
        reach = Line(start, row.end, 0, "")  # the evidence: the grid down to this row
        for j, cell in enumerate(placed):
            grade = grades[j] if j < len(grades) else None
            if grade and cell.text:
                stacked.setdefault(j, []).append(cell.text)
                # (a cell whose lines a printed table joined holds several areas: each its own)
                areas = _named_areas(cell.text, era) or (cell.text,)
                if not _row(c, reach, _Row(grade, areas), ctx.main, ctx):  # an area, a pillar or a force
                    lost.add(j)
    _stacked_areas(c, stacked, lost, grades, Line(start, table.end, 0, ""), ctx)
    return True


def _named_areas(text: str, era: str) -> tuple[str, ...]:
    """The areas a grid's cell names one after another ("Preventing crime Responding to the
    public"), each from where its name begins; () when it names fewer than two."""
    hits = F.find_questions(text, era)
    if len(hits) < 2:
        return ()
    ends = [pos for pos, _ in hits[1:]] + [len(text)]
    return tuple(text[pos:end].strip() for (pos, _), end in zip(hits, ends))


def _stacked_areas(c: Collector, stacked: dict[int, list[str]], lost: set[int], grades: list[str | None],
                   reach: Line, ctx: DocumentContext) -> None:
    """A grade's column whose cells name no area one by one: the areas stacked in it, each
    wrapped over lines of its own ("Police powers and" over "public treatment"), read from
    the column's words top down, each area named judged the column's grade."""
    era = _era_for(ctx.main, ctx)
    for j in sorted(lost):
        words = " ".join(stacked[j])
        areas = _named_areas(words, era) or ((words,) if F.find_questions(words, era) else ())
        if areas:
            _row(c, reach, _Row(grades[j], areas), ctx.main, ctx)  # type: ignore[arg-type]


def _in_place_kept(c: Collector, row: Row) -> tuple[Cell, ...]:
    """A row's cells in their columns (see in_place), each with the text the row gives it (a
    short form a key spelt out stays spelt out)."""
    texts = {cell.start: cell.text for cell in row.cells}
    return tuple(replace(cell, text=texts.get(cell.start, cell.text)) for cell in in_place(c.view, row))


def _areas_under_group(c: Collector, header: Row, body: tuple[Row, ...], ctx: DocumentContext) -> bool:
    """Whether the row under a header holds the areas a spanning heading groups ("Graded
    area"): empty where the header's other cells stand, an area in each cell after, as wide
    as the rows below it."""
    under = _in_place_kept(c, body[0])
    top = in_place(c.view, header)
    filled = [j for j, cell in enumerate(under) if cell.text]
    # (the header as wide as the row under it where its spanning heading's columns are kept empty)
    if not filled or len(under) < len(top) or filled[0] == 0 or len(in_place(c.view, body[1])) != len(under) \
            or any(cell.text for cell in top[filled[0] + 1:]):
        return False
    if any(cell.text for cell in under[:filled[0]]) or not _GROUP_HEADING_RX.match(top[min(filled[0], len(top) - 1)].text):
        return False
    era = F.era_of(ctx.main.period, headed=True)
    return all(F.first_question(under[j].text, era) for j in filled)


_GROUP_HEADING_RX = quick.compile(r"(?:graded\s+|peel\s+)?(?:areas?|questions?|grades?|judgements?)\b", re.IGNORECASE)


def _side_by_side(table: Table) -> Table:
    """A table set as blocks of the same columns side by side ("Area | Grade | Area | Grade")
    as one table of those columns, each block of a row a row of its own."""
    paired = _pairs_side_by_side(table)
    if paired is not None:
        return paired
    header = table.rows[0]
    width = len(header.cells)
    names = [cell.text.lower() for cell in header.cells]
    block = next((w for w in range(2, width // 2 + 1) if width % w == 0 and all(n for n in names)
                  and all(names[j] == names[j % w] for j in range(width))), None)
    if block is None or any(len(row.cells) != width for row in table.rows[1:]):
        return table
    rows = [Row(header.start, header.end, header.cells[:block], header.positional)]
    rows += [Row(row.start, row.end, row.cells[k:k + block], row.positional)
             for row in table.rows[1:] for k in range(0, width, block)]
    return Table(table.start, table.end, tuple(rows))


_GRADES_ONLY_RX = quick.compile(rf"(?:(?:{R.GRADE_ALTERNATION})\s*){{2,}}", re.IGNORECASE)
_ONE_GRADE_RX = quick.compile(rf"{R.GRADE_ALTERNATION}", re.IGNORECASE)


def _unstacked(table: Table, era: str) -> Table:
    """A table whose rows a PDF's text ran together in their cells ("Effectiveness | A B C |
    Good Good Good", three areas in one cell and their three grades in the next): each area
    with its grade a row of its own, the row's other cells kept beside them."""
    rows: list[Row] = []
    changed = False
    for row in table.rows:
        # (the grades in one cell, "Good Good Good", or in cells of their own, one after another)
        stacked = next((j for j, cell in enumerate(row.cells) if _GRADES_ONLY_RX.fullmatch(cell.text.strip())), None)
        if stacked is not None:
            grades, first, last = [m.group(0) for m in _ONE_GRADE_RX.finditer(row.cells[stacked].text)], stacked, stacked
        else:
            tail = [j for j, cell in enumerate(row.cells) if label_grade(cell.text)]
            run = tail[-1] - tail[0] + 1 == len(tail) if tail else False
            grades = [row.cells[j].text for j in tail] if run and tail[-1] == len(row.cells) - 1 else []
            first, last = (tail[0], tail[-1]) if grades else (-1, -1)
        areas_at = next((j for j, cell in enumerate(row.cells[:first]) if len(F.find_questions(cell.text, era)) == len(grades) >= 2),
                        None) if grades else None
        if areas_at is None:
            rows.append(row)
            continue
        text = row.cells[areas_at].text
        cuts = [pos for pos, _key in F.find_questions(text, era)] + [len(text)]
        for k, grade in enumerate(grades):
            cells = list(row.cells[:first]) + [Cell(row.cells[first].start, row.cells[last].end, grade)]
            cells[areas_at] = Cell(row.cells[areas_at].start, row.cells[areas_at].end, text[cuts[k]:cuts[k + 1]].strip())
            rows.append(Row(row.start, row.end, tuple(cells), row.positional))
        changed = True
    return Table(table.start, table.end, tuple(rows)) if changed else table


def _pairs_side_by_side(table: Table) -> Table | None:
    """A grid with no header of areas and their grades side by side ("Police powers and public
    treatment | Adequate | Preventing crime | Good"), each row two pairs or more: one table of
    pairs, each a row. None unless every row alternates an area and its grade."""
    def alternates(row: Row) -> bool:
        return len(row.cells) >= 4 and not len(row.cells) % 2 and all(label_grade(cell.text) for cell in row.cells[1::2]) \
            and not any(label_grade(cell.text) or not F.starts_with_question(cell.text) for cell in row.cells[::2])

    # (a row whose long area wrapped, "Building, supporting and protecting the | Adequate | ...", stays as it is)
    if sum(1 for row in table.rows if alternates(row)) < 2 or not alternates(table.rows[0]):
        return None
    pairs = tuple(Row(row.start, row.end, row.cells[k:k + 2], row.positional) if alternates(row) else row
                  for row in table.rows for k in (range(0, len(row.cells), 2) if alternates(row) else (0,)))
    return Table(table.start, table.end, pairs)


def _bands(table: Table, era: str) -> list[Table]:
    """A table set as bands, a row of areas over a row of their grades, again and again (a
    slide's tiles, two rows of five): each band a table of its own, its areas its header."""
    rows = table.rows
    if len(rows) >= 3 and len(rows) % 3 == 0 and all(_earlier_grades_row(row) for row in rows[2::3]):
        # each band with a row of earlier grades under its grades ("2021/22: Good"): the areas
        # over each of its two rows in turn
        return [Table(rows[k].start, rows[k + j].end, (rows[k], rows[k + j])) for k in range(0, len(rows), 3) for j in (1, 2)]
    if len(rows) < 4 or len(rows) % 2:
        return [table]
    for names, grades in zip(rows[::2], rows[1::2]):
        if len(names.cells) != len(grades.cells) or len(names.cells) < 2 \
                or any(label_grade(cell.text) for cell in names.cells) \
                or not all(F.first_question(cell.text, era) for cell in names.cells[:-1]) \
                or not all(label_grade(cell.text) or _NOT_GRADED_LABEL_RX.match(cell.text) or _CODE_CELL_RX.fullmatch(cell.text)
                           for cell in grades.cells):
            return [table]
    return [Table(names.start, grades.end, (names, grades)) for names, grades in zip(rows[::2], rows[1::2])]


_CODE_CELL_RX = quick.compile(R.NO_GRADE_CODE, re.IGNORECASE)
_EARLIER_GRADE_CELL_RX = quick.compile(rf"(?:PEEL\s+)?{R.YEAR_SPAN}\s*:\s*(?:{R.GRADE_ALTERNATION})", re.IGNORECASE)


def _earlier_grades_row(row: Row) -> bool:
    """A tile band's row of earlier grades, each cell a period and its grade ("2021/22: Good")."""
    return len(row.cells) >= 2 and all(_EARLIER_GRADE_CELL_RX.fullmatch(cell.text) for cell in row.cells)


_KEY_WORDS = r"(?:(?:grade|grading|colour|status)\s+)?(?:key|legend)"  # a legend's label: "Key", "Grade key"
_KEY_ROW_RX = quick.compile(_KEY_WORDS + r"\s*:", re.IGNORECASE)  # ... opening a row: "Key: Outstanding | Good | ..."
_KEY_LABEL_RX = quick.compile(_KEY_WORDS + r"\s*:?", re.IGNORECASE)  # ... alone on its line, over a row of grades


def _grade_key_row(c: Collector, table: Table) -> bool:
    """A row of the grades alone under a line "Key" (a page's legend): no table, though the
    lines under it line up with its columns."""
    if not _grade_headings([cell.text for cell in table.rows[0].cells]):
        return False
    above = c.view[:table.start].rstrip().rsplit("\n", 1)[-1].strip()
    return bool(_KEY_LABEL_RX.fullmatch(above))


def _without_key_row(table: Table) -> Table:
    """A table without a key printed as its first row ("Key: Outstanding | Good | ... |
    \u25b2 better than 2016"): the header is the row below it."""
    if len(table.rows) > 2 and table.rows[0].cells and _KEY_ROW_RX.match(table.rows[0].cells[0].text):
        return Table(table.rows[1].start, table.end, table.rows[1:])
    return table


GRADED_ROW_CELLS = 3  # grades a row holds, at least, to set the width of a grid of forces' grades


def _header_and_body(table: Table) -> tuple[Row | None, tuple[Row, ...]]:
    below = _header_below_controls(table)
    if below is not None:
        return table.rows[below], table.rows[below + 1:]
    first = table.rows[0]
    if first.header or not any(label_grade(cell.text) for cell in first.cells) or _marks_grades(table):
        return first, table.rows[1:]
    # (headings of two pillars' or periods' columns or more beside one grade word: a printed
    # key's first line run in at the header's end, "Legitimacy 2016 | 2015 | Outstanding")
    headings = sum(1 for cell in first.cells if first_period(cell.text) or F.pillars_named(cell.text))
    if headings >= 2 and sum(1 for cell in first.cells if label_grade(cell.text)) == 1 \
            and label_grade(first.cells[-1].text):
        return first, table.rows[1:]
    return None, table.rows


def _pillar_columns(columns: list[_ColumnKey]) -> list[_ColumnKey]:
    """A column headed "Pillar" before its pillar's questions' columns (the inspectorate's
    table of 2018/19: "Pillar | Q1 Preventing crime ... | Pillar | Q1 Meeting demand ..."): the
    pillar of the question beside it."""
    out = list(columns)
    for j, column in enumerate(columns[:-1]):
        if column.words.strip().lower() == "pillar" and column.pillar is None:
            asked = F.first_question(columns[j + 1].words, "legacy")
            if asked in R.LEGACY_QUESTION_PILLARS:
                out[j] = replace(column, pillar=R.LEGACY_QUESTION_PILLARS[asked])
    return out


MAX_AREA_ITEM_WORDS = 10  # words of a list item that names an area and nothing more ("- Good use of resources")
# "Last year's judgement (HMIC, 2016)<tab>Good", "Previous grade: Good": the whole inspection's
# grade the year (or cycle) before, under no question's heading
_LAST_YEARS_LABEL_RX = quick.compile(r"(?:last\s+year['\u2019]s|(?:the\s+)?previous|last)\s+(?:overall\s+)?"
                                     r"(?:grade|judge?ment|rating)(?:\s*\((?P<aside>[^()\n]{1,30})\))?\s*[:=\t\u2013-]\s*"
                                     rf"(?P<grade>{R.GRADE_ALTERNATION})\s*$", re.IGNORECASE)


def _last_years_label(c: Collector, line: Line, key: InspectionKey) -> bool:
    """A label of the grade before (see _LAST_YEARS_LABEL_RX): recorded; True when the line was one."""
    m = _LAST_YEARS_LABEL_RX.match(line.content)
    if m is None:
        return False
    period = (first_period(m.group("aside")) if m.group("aside") else None) or F.previous_period(key.period)
    grade = label_grade(m.group("grade"))
    if period and grade and period != key.period and not no_overall_grade(period, key.pillar):
        c.judgement(_on_period(key, period), grade, c.span(line.start, line.end), None)
    return True


_FIELD_GRADE_RX = quick.compile(r"(?:grade|grading|rating|judge?ment)\s*:", re.IGNORECASE)
_QUESTION_NUMBER_RX = quick.compile(r"Q\d{1,2}\.?\s+[A-Z]")


def _header_below_controls(table: Table) -> int | None:
    """The header of a grid whose first rows are a page's controls and key ("View: Wheel |
    Accessible table | Data: ...", "Key: Outstanding | Good | ..."), as a printed web page
    gives them: the last row before the first row of grades that is as wide as the rows of
    grades and holds none. None unless the first row is narrower than those rows."""
    graded = [k for k, row in enumerate(table.rows) if sum(1 for cell in row.cells if label_grade(cell.text)) >= GRADED_ROW_CELLS]
    if not graded:
        return None
    width = Counter(len(table.rows[k].cells) for k in graded).most_common(1)[0][0]
    if len(table.rows[0].cells) == width or table.rows[0].header:
        return None
    first = next(k for k in graded if len(table.rows[k].cells) == width)
    return next((k for k in range(first - 1, 0, -1) if len(table.rows[k].cells) == width
                 and not any(label_grade(cell.text) for cell in table.rows[k].cells)), None)


_ENDS_IN_GRADE_RX = quick.compile(rf"(?:{R.GRADE_ALTERNATION}|not\s+graded)\b(?:\s*\W.{{0,60}})?$", re.IGNORECASE)


def _card_rows(c: Collector, table: Table, ctx: DocumentContext) -> bool:
    """A grid of cards printed side by side (a PDF of a page's CSS grid): a line of the
    cards' area names over a line of the ends of the names and their grades ("Police powers
    and public" over "treatment ADEQUATE"); column by column, each card reads "Area Grade".
    False when the table is not such pairs of lines."""
    rows = [in_place(c.view, row) for row in table.rows]  # (each card's text whole, "treatment ADEQUATE")
    if len(rows) % 2 or any(len(rows[k]) != len(rows[k + 1]) or len(rows[k]) < 2 for k in range(0, len(rows), 2)):
        return False
    for k in range(0, len(rows), 2):
        if any(_ANY_GRADE_RX.search(cell.text) for cell in rows[k]) \
                or not all(_ENDS_IN_GRADE_RX.search(cell.text) for cell in rows[k + 1]):
            return False
    if all(label_grade(cell.text) or _NOT_GRADED_LABEL_RX.match(cell.text) for k in range(1, len(rows), 2) for cell in rows[k]):
        return False  # grades alone under areas: a table laid on its side, read by its header
    for k in range(0, len(rows), 2):
        for name, graded in zip(rows[k], rows[k + 1]):
            text = f"{name.text} {graded.text}"
            span = Line(table.rows[k].start, table.rows[k + 1].end, 0, text)
            if _EARLIER_GRADE_CELL_RX.fullmatch(graded.text) and (period := first_period(graded.text)):
                # a band's earlier grade under the area ("2021/22: Good"): that period's
                card = _area_grade_row(f"{name.text} {graded.text.split(':', 1)[1].strip()}")
                if card and card.grade:
                    _row(c, span, card, _on_period(ctx.main, period), ctx)
                continue
            moved = _MOVED_FROM_RX.search(text)  # "GOOD ▲ up from adequate in 2021/22"
            card = _area_grade_row(text[:moved.start()] if moved else text)
            if card and card.grade:
                _row(c, span, card, ctx.main, ctx)
                period = first_period(moved.group("period")) if moved else None
                if period and period != ctx.main.period:
                    earlier = _on_period(ctx.main, period)
                    _row(c, span, _Row(label_grade(moved.group("grade")), card.areas), earlier, ctx)  # type: ignore[arg-type]
    return True


# a card's change since the last inspection: "▲ up from adequate in 2021/22"
_MOVED_FROM_RX = quick.compile(rf"\s*[\u25b2\u25bc\u2191\u2193]?\s*(?:up|down)\s+from\s+(?P<grade>{R.GRADE_ALTERNATION})"
                               rf"\s+in\s+(?P<period>{R.PERIOD_CELL})\s*$", re.IGNORECASE)


def _merged_down(c: Collector, header: Row, body: tuple[Row, ...] | list[Row]) -> list[Row]:
    """A table whose first columns' cells are merged down over several rows (a grade over its
    areas, in Word; a force and a period over their areas, in HTML): a row of the header's
    width whose first cells are empty takes those of the row above, in their columns."""
    width = len(in_place(c.view, header))
    out: list[Row] = []
    above: tuple[Cell, ...] = ()
    for row in body:
        if row.positional:  # (a spreadsheet's empty cell is empty: nothing is merged there)
            out.append(row)
            continue
        cells = in_place(c.view, row)
        empty = next((j for j, cell in enumerate(cells) if cell.text), len(cells))
        if len(cells) == width and width > 2 and 0 < empty < len(cells) and len(above) == width \
                and all(cell.text for cell in above[:empty]):
            cells = (*above[:empty], *cells[empty:])
            row = Row(row.start, row.end, cells, True)
        if len(cells) == width:
            above = cells
        out.append(row)
    return out


def _marks_grades(table: Table) -> bool:
    """A grid of marks: a header row of grades over rows that mark one of them ("✓") (never a
    grid of grade words with a mark or two among them: a chart's dot for a cell not checked)."""
    if len(table.rows) < 2 or not any(cell.text in R.COLUMN_MARKS for row in table.rows[1:] for cell in row.cells):
        return False
    return sum(1 for row in table.rows[1:] for cell in row.cells if label_grade(cell.text)) < len(table.rows) - 1


@dataclass(frozen=True)
class _ColumnKey:
    """What a table's column header says of the grades under it: their period ("2021/22"),
    their pillar ("Effectiveness"), and its words (an area: "Investigating crime")."""

    period: str | None
    pillar: str | None
    words: str
    earlier: bool = False  # "Last inspection": grades of an earlier period, dropped where none is named
    force: str | None = None  # a column headed by a force's name ("Area | WMP | GMP"): that force's grades


_YEAR_SPAN_RX = quick.compile(rf"\(?(?:PEEL\s+)?{R.YEAR_SPAN}\)?")


def _pillar_years(columns: list[_ColumnKey]) -> list[_ColumnKey]:
    """A column headed by a year alone right after one headed by a pillar and another year
    ("Effectiveness 2016 | 2015 | Efficiency 2016 | 2015"): the same pillar's grades that year."""
    out: list[_ColumnKey] = []
    for column in columns:
        before = out[-1] if out else None
        if before is not None and before.pillar and before.period and column.period and column.pillar is None \
                and column.period != before.period and _PERIOD_CELL_RX.fullmatch(column.words) \
                and not column.force:
            column = replace(column, pillar=before.pillar)
        out.append(column)
    return out


def _earlier_column(c: Collector, cell: Cell, table: Table, ctx: DocumentContext) -> _ColumnKey | None:
    """A column of an earlier inspection's grades ("Last inspection", "Previous grade") whose
    header names no period: the period a sentence outside the table names beside the header's
    words ("The 'Last inspection' column shows the grades we gave in our 2017 inspections")."""
    if not _EARLIER_COLUMN_RX.search(cell.text):
        return None
    lowered, words = c.view.lower(), cell.text.lower()
    at = lowered.find(words)
    while at >= 0 and table.start <= at < table.end:
        at = lowered.find(words, at + 1)
    period = first_period(c.sentence(at)) if at >= 0 else None
    # (else the inspection before the document's: "Last time" beside a 2023-25 grade is 2021/22's)
    return _ColumnKey(period or F.previous_period(ctx.main.period), None, cell.text, earlier=True)


def _headed_grade(text: str, heading: str) -> str | None:
    """The grade of a cell that repeats its column's heading before it ("Effectiveness: Good"
    under "Effectiveness": a page's text for screen readers, or a table laid out as cards)."""
    said, colon, value = text.partition(":")
    return label_grade(value.strip()) if colon and said.strip().casefold() == heading.strip().casefold() else None


def _row_period(row: Row) -> str | None:
    """The period a row gives in a cell of its own (a spreadsheet's Year column)."""
    for cell in row.cells:
        if _PERIOD_CELL_RX.fullmatch(cell.text) or _INSPECTED_CELL_RX.fullmatch(cell.text):
            return first_period(cell.text)
    return None


# a cell that says when its row's area was last graded: "Last inspected 2017"
_INSPECTED_CELL_RX = quick.compile(rf"(?:last\s+)?(?:inspected|graded|assessed)(?:\s+in)?\s*:?\s*(?:PEEL\s+)?{R.YEAR_SPAN}\W*",
                                   re.IGNORECASE)


def _one_period(text: str) -> str | None:
    """The PEEL period a text names, where it names one and no other."""
    periods = peel_periods(text)
    return periods.pop() if len(periods) == 1 else None


# an item opening on a year and a dash or colon, then what it says of that year
_YEAR_FIRST_ITEM_RX = quick.compile(rf"\s*((?:PEEL\s+)?{R.YEAR_SPAN})\s*[\u2013\u2014:-]\s+(?=[A-Za-z])", re.IGNORECASE)


def _on_period(key: InspectionKey, period: str) -> InspectionKey:
    """The same force's inspection of another period: an integrated one (2018/19 and later)
    covers every pillar; a year's keeps the pillar it was given."""
    return replace(key, period=period, pillar="PEEL" if not period.isdigit() else key.pillar)


def _row_pillar(row: Row, graded: Cell, subject: Cell) -> str | None:
    """The one pillar a short cell of a row names besides its subject and its grade (a long
    spreadsheet's Area column holding "Effectiveness" on a pillar year's row)."""
    for cell in row.cells:
        if cell is not graded and cell is not subject and len(cell.text) <= R.PILLAR_COLUMN_CHARS:
            pillars = F.pillars_named(cell.text)
            if len(pillars) == 1:
                return pillars[0]
    return None


def _row_question(row: Row, era: str, skip: Cell) -> str | None:
    """The area a row names in a cell of its own, besides its subject (a spreadsheet's Area
    column beside the force's name)."""
    for cell in row.cells:
        if cell is not skip and not label_grade(cell.text):
            q = F.first_question(cell.text, era)
            if q:
                return q
    return None


_ROW_NUMBER_RX = quick.compile(R.ROW_NUMBER)


_PUBLISHED_COLUMN_RX = quick.compile(r"(?:(?:date|report)[\s_]+)?published\b|(?:publication|report)[\s_]+date\b",
                                     re.IGNORECASE)
# a column that names each row's report: "Most recent PEEL inspection | PEEL 2021/22 (published July 2022)"
_REPORT_COLUMN_RX = quick.compile(r"(?:(?:most\s+recent|latest|last)\s+)?(?:peel\s+)?(?:report|inspection|assessment)\b",
                                  re.IGNORECASE)
# a scorecard's status of a measure against its target ("Status: Good"), never an inspection's grade
_KPI_STATUS_COLUMN_RX = quick.compile(r"(?:kpi\s+|performance\s+|rag\s+)?(?:status|rag(?:\s+rating)?|trend|direction\s+of\s+travel)",
                                      re.IGNORECASE)
# (and the force's own view of itself: "Self-assessed Feb 2023", "Our assessment")
_PILLAR_REPORT_RX = quick.compile(r"\b(effectiveness|efficiency|legitimacy|leadership)\s+(?:inspection|report|assessment"
                                  r"|areas?\s+for\s+improvement|recommendations?|causes?\s+of\s+concern)\b", re.IGNORECASE)
_MOVED_FROM_CELL_RX = quick.compile(rf"\s*{R.MOVED_FROM}\s+['\"\u2018]?({R.GRADE_ALTERNATION})['\"\u2019]?\s*\.?\s*", re.IGNORECASE)
_AIM_COLUMN_RX = quick.compile(r"\b(?:targets?|aims?|ambitions?|goals?|forecasts?|planned|desired|expected|predicted"
                               r"|self[- ]?assess(?:ed|ments?)|(?:our|force)\s+(?:own\s+)?(?:assessment|view))\b", re.IGNORECASE)
# an indicator that is a PEEL grade ("HMICFRS PEEL grade: investigating crime")
_PEEL_GRADE_INDICATOR_RX = quick.compile(r"\bPEEL\s+grad(?:e|ing)\b|\bgrade\s*:", re.IGNORECASE)
_CELL_REFERENCE_RX = quick.compile(r"[A-Z]{1,5}\s?[-/]?\s?\d{1,3}[a-z]?")


_FIRE_ROW_RX = quick.compile(r"\bfire\s+(?:and|&)\s+rescue\b", re.IGNORECASE)
_POLICE_WORD_RX = quick.compile(r"\b(?:police|constabulary)\b", re.IGNORECASE)


def _table_row(c: Collector, row: Row, columns: list[_ColumnKey], ctx: DocumentContext,
               caption: str | None = None, caption_pillar: str | None = None, bracketed: str | None = None) -> None:
    """A table row's grades; `bracketed`, the period of the grades its cells give in brackets
    after their own ("Good (Adequate)" under a caption "PEEL 2023-25 (2021/22 in brackets)")."""
    # the row's subject: its first cell that is neither a grade nor the row's number ("1.4")
    # (nor its reference, "G-32"; a scorecard's cell that names an area before its priority's)
    named = [cell for cell in row.cells if not label_grade(cell.text) and not _ROW_NUMBER_RX.fullmatch(cell.text)
             and not _CELL_REFERENCE_RX.fullmatch(cell.text)]
    era = F.era_of(ctx.main.period, headed=True)
    # (an export's "area" column after a code that names nothing: "AS | Avon & Somerset | Preventing crime | Good")
    coded = bool(named) and bool(named[0].text) and not F.first_question(named[0].text, era) \
        and not _force_alone(c, named[0].text) and not F.pillars_named(named[0].text)
    subject = next((cell for j, cell in enumerate(row.cells) if cell in named and F.first_question(cell.text, era)
                    and (_PEEL_GRADE_INDICATOR_RX.search(cell.text)
                         or (coded and j < len(columns) and _AREA_COLUMN_RX.match(columns[j].words)))),
                   named[0] if named else None)
    # a register of reports: the report a row names with its period is the row's subject,
    # before a year it was published in ("2016 | PEEL: Police effectiveness 2015 | Good")
    report = next((cell for cell in named if len(cell.text) <= R.REPORT_NAME_CHARS and ". " not in cell.text
                   and _REPORT_NAME_RX.search(cell.text) and first_period(cell.text)), None)
    if report is not None and subject is not None and _PERIOD_CELL_RX.fullmatch(subject.text):
        subject = report
    elif subject is not None and (_PERIOD_CELL_RX.fullmatch(subject.text) or _DATE_CELL_RX.fullmatch(subject.text)):
        # "2014 | Efficiency | November 2014 | Good": the year dates the row, the pillar is its
        # subject; "Nov 2014 | PEEL 2014 Efficiency | Good": the date is the report's publication,
        # the report its pillar and period
        subject = next((cell for cell in named if cell is not subject and len(cell.text) <= R.PILLAR_COLUMN_CHARS
                        and F.pillars_named(cell.text)), subject)
        if _DATE_CELL_RX.fullmatch(row.cells[0].text) and subject is not row.cells[0] and _PEEL_YEAR_RX.search(subject.text):
            report = subject  # (its period from its own words, never from the date's year)
    evidence = c.span(row.start, row.end)
    if _FIRE_ROW_RX.search(evidence) and not _POLICE_WORD_RX.search(evidence):
        return  # a fire and rescue service's row in a list of inspections ("Effectiveness: Good; People: ...")
    for cell in row.cells:  # an "Inspectorate" column: "HMIC" inspected that row's inspection
        if 0 < len(cell.text) <= 12 and cell.end > cell.start:
            c.state_inspectorates_in(cell.start, cell.end)
    if subject is None:
        _grades_under_areas(c, row, columns, ctx, evidence)
        return
    row_period = first_period(subject.text) if subject is report else _row_period(row)
    if row_period is None:
        # a "published" column's date: the cycle the report it dates is of ("2025-03-19")
        dated = next((F.period_from_date(cell.text) for j, cell in enumerate(row.cells)
                      if j < len(columns) and _PUBLISHED_COLUMN_RX.match(columns[j].words) and F.period_from_date(cell.text)),
                     None)
        row_period = canonical_period(dated) if dated else None
    if row_period is None:
        row_period = next((period for j, cell in enumerate(row.cells) if cell is not subject and j < len(columns)
                           and _REPORT_COLUMN_RX.fullmatch(columns[j].words)
                           for period in [_one_period(cell.text)] if period), None)
    if row_period is None and _REPORT_NAME_RX.search(subject.text):
        row_period = first_period(subject.text)  # a list of reports: each row's report names its period
    row_force = next((force for cell in row.cells if cell is not subject
                      for force in [_force_alone(c, cell.text)] if force),
                     None)  # a cell that is a force's name alone: a spreadsheet's Force column
    for j, cell, dated in _dated_cells(row, subject, columns, bracketed):
        column = columns[j] if j < len(columns) else _ColumnKey(None, None, "")
        # (never "Good (Adequate)", a grade and another period's in brackets)
        pairs = ([(m.group(1), m.group(2)) for m in _GRADE_AREA_PAIR_RX.finditer(cell.text)]
                 if cell is not subject and "(" in cell.text and not _grade_and_grade(cell.text) else [])
        if pairs and _GRADE_AREA_LIST_RX.fullmatch(cell.text):
            _graded_list(c, pairs, column.period or row_period or ctx.main.period,
                         InspectionKey(row_force or ctx.main.force, ctx.main.period, ctx.main.pillar), evidence)
            continue
        if cell is not subject and row_period and ((len(cell.text) > 40 and not label_grade(cell.text))
                                                   or _names_graded_area(cell.text, row_period)):
            # a report's row whose findings are written out ("Responding to the public: good.
            # Investigating crime: requires improvement.", or one a line): each sentence read
            # as a row or prose
            _findings_cell(c, cell, InspectionKey(row_force or ctx.main.force, row_period,
                                                  "PEEL" if not row_period.isdigit() else ctx.main.pillar), evidence,
                           F.first_question(subject.text, F.era_of(row_period, headed=True)))
            continue
        if _AIM_COLUMN_RX.search(column.words) or _KPI_STATUS_COLUMN_RX.fullmatch(column.words):
            continue  # a scorecard's "(Plan) target" grade is an aim, and its "Status" a measure's, not a judgement
        grade = label_grade(cell.text) if cell is not subject else None
        if grade is None and cell is not subject and column.words:
            grade = _headed_grade(cell.text, column.words)
        if grade is None and cell is not subject and column.period and (moved := _MOVED_FROM_CELL_RX.fullmatch(cell.text)):
            grade = label_grade(moved.group(1))  # "Change since 2014 | Up from requires improvement": 2014's grade
        if grade is None and row.positional and cell.text in R.COLUMN_MARKS:
            grade = label_grade(column.words)  # a mark under its grade's column
            column = _ColumnKey(column.period, None, "")
        if not grade or (column.earlier and column.period is None and dated is None):
            continue
        period = column.period or row_period or ctx.main.period
        if dated == CYCLE_BEFORE:
            dated = F.previous_period(period)
            if not dated:
                continue
        period = dated or period
        key = InspectionKey(column.force or row_force or ctx.main.force, period,
                            (caption_pillar or ctx.main.pillar) if period.isdigit() else "PEEL")
        subject_force = _force_alone(c, subject.text)
        if subject_force:
            # a row per force: the column says the pillar ("Effectiveness") or the area graded
            key = replace(key, force=subject_force)
            if column.pillar and (period.isdigit() or period in R.PILLAR_GRADED_PERIODS):
                c.judgement(replace(key, pillar=column.pillar), grade, evidence, None)
                continue
            era = F.era_of(period)
            # (in 2018/19 only a column headed by a question in full: "How effective is the force at A?")
            # (or one numbered as a question: the inspectorate's table's "Q1 Preventing crime and antisocial behaviour")
            q = F.first_question(column.words, era) if column.words and (period not in R.PILLAR_GRADED_PERIODS
                                                                         or column.words.rstrip().endswith("?")
                                                                         or _QUESTION_NUMBER_RX.match(column.words)) else None
            if q is None:
                # (a 2018/19 row's own cell naming its question grades that question: "Kent Police |
                # 2018/19 | Effectiveness | Preventing crime ... | Good"; a column's heading does not)
                q = _row_question(row, era, subject) or (caption if period not in R.PILLAR_GRADED_PERIODS else None)
            if q:
                c.judgement(key, grade, evidence, q)
                continue
            named = _row_pillar(row, cell, subject) if period.isdigit() or period in R.PILLAR_GRADED_PERIODS else None
            if named:
                c.judgement(replace(key, pillar=named), grade, evidence, None)  # a long table's "Area" cell: "Efficiency"
            elif not no_overall_grade(key.period, key.pillar):
                c.judgement(key, grade, evidence, None)
            continue
        if column.pillar and (period.isdigit() or period in R.PILLAR_GRADED_PERIODS) \
                and not F.first_question(subject.text, F.era_of(period, headed=True)):
            # a row per year under a column per pillar ("Year | Effectiveness | Efficiency")
            c.judgement(replace(key, pillar=column.pillar), grade, evidence, None)
            continue
        if _PILLAR_AREA_RX.search(subject.text) or _LABEL_WORDS_RX.match(subject.text) \
                or (_REPORT_NAME_RX.search(subject.text) and len(F.pillars_named(subject.text)) == 1):
            pillars = F.pillars_named(subject.text)
            # a question's row under its pillar merged down ("Effectiveness | Investigating crime |
            # Good"): that question's grade (2018/19's under the whole assessment, as its reports key them)
            asked = _row_question(row, F.era_of(period, headed=True), subject) if pillars else None
            if pillars and not asked and (part := _PILLAR_THEN_AREA_RX.fullmatch(subject.text)):
                # "Effectiveness - protecting vulnerable people": the pillar's question the cell names after it
                asked = F.first_question(part.group(1), F.era_of(period, headed=True))
            if pillars and not asked and subject.text.rstrip().endswith("?"):
                # ("How effective is the force at investigating offending?" asks a question, not the pillar's)
                asked = F.first_question(subject.text, F.era_of(period, headed=True))
                if not asked and not any(rx.search(subject.text) for rx, _ in _PILLAR_QUESTION_RX) \
                        and _ASKS_ABOUT_RX.search(subject.text):
                    continue  # a question about an area no question table names (2014's anti-social behaviour)
            if asked and (period.isdigit() or period in R.PILLAR_GRADED_PERIODS):
                c.judgement(replace(key, pillar=pillars[0]) if period.isdigit() else key, grade, evidence, asked)
                continue
            if pillars and (period.isdigit() or period in R.PILLAR_GRADED_PERIODS):
                key = replace(key, pillar=pillars[0])  # a row per pillar ("Effectiveness | 2017 | 2018/19")
            if not no_overall_grade(key.period, key.pillar):
                c.judgement(key, grade, evidence, None)
            continue
        era = F.era_of(period, headed=True)
        q = F.first_question(subject.text, era)
        if q is None and not F.find_questions(subject.text, era) and column.words:
            q = F.first_question(column.words, era)  # the row's first cell is "Not graded": the column names the area
        if q and period.isdigit() and key.pillar == "PEEL" and q in R.LEGACY_QUESTION_PILLARS:
            key = replace(key, pillar=R.LEGACY_QUESTION_PILLARS[q])  # a 2017 grade in a 2018/19 table: its pillar's
        # (a 2018/19 column's grade beside another cycle's area names no question of its own; the
        # 2018/19 page's own table, its rows that cycle's questions and no row dating itself, does)
        # (a row dated the page's own cycle is its own: "Investigating crime | Good | Last inspected 2018/19")
        own_cycle = period == ctx.main.period and all(first_period(cell.text) == period for cell in row.cells
                                                       if _CELL_YEAR_RX.search(cell.text))
        if q and (period not in R.PILLAR_GRADED_PERIODS or own_cycle
                  or not (column.period or row_period or dated or any(_CELL_YEAR_RX.search(cell.text) for cell in row.cells))):
            c.judgement(key, grade, evidence, q)


_CELL_YEAR_RX = quick.compile(r"\b20\d\d\b")
# what a story, a caption or a headline said, as a correction reports it before putting it right
_PUBLICATION_CLAIM_RX = quick.compile(r"\W*(?:(?:on|in)\s+[^,.;]{1,60},\s+)?(?:an?|the|our|this|that)\s+(?:[\w-]+\s+){0,2}(?:article|caption|headline|story|piece|post|tweet|graphic|summary|edition|version)s?\b"
                                      r"[^.!?]{0,160}?\b(?:said|stated|claimed|suggested|described|reported)\b", re.IGNORECASE)
_AUDITED_ANSWER_COLUMN_RX = quick.compile(r"\s*management(?:'s)?\s+(?:response|comments?|action)s?\s*", re.IGNORECASE)
_PILLAR_FRAME_RX = quick.compile(r"\b(?:within|in|under)\s+(?:the|its)\s+(?:effectiveness|efficiency|legitimacy)\s+pillar\b", re.IGNORECASE)
_AS_IT_WAS_ASIDE_RX = quick.compile(r",\s*" + R.AS_IT_WAS, re.IGNORECASE)  # (after a comma: the row before it)
_FIRST_SENTENCE_END_RX = re.compile(r"(?<=[a-z)][.!])\s+(?=[A-Z][^\s.!?]*(?:\s+[^\s.!?]+){3})")  # (a sentence of four words or more)


# a caption's note of what its brackets give: "(2021/22 in brackets)", "(PEEL 2021/22 grades in brackets)"
_IN_BRACKETS_PERIOD_RX = quick.compile(rf"\(\s*(?:PEEL\s+)?({R.YEAR_SPAN})(?:\s+grades?)?\s+(?:shown\s+)?in\s+brackets\s*\)",
                                       re.IGNORECASE)


def _bracketed_period(caption: str) -> str | None:
    m = _IN_BRACKETS_PERIOD_RX.search(caption)
    return first_period(m.group(1)) if m else None


# a cell naming a pillar, then one of its areas after a dash, colon or bracket
_PILLAR_THEN_AREA_RX = quick.compile(r"(?:effectiveness|efficiency|legitimacy)\s*(?:[-\u2013\u2014:]|\()\s*([^()]{3,80}?)\)?\s*",
                                     re.IGNORECASE)


# a cell that is a date alone: "Nov 2014", "18 March 2016", "12/03/2016"
_DATE_CELL_RX = quick.compile(rf"(?:\d{{1,2}}\s+)?(?:{'|'.join(R.MONTHS)})\.?\s+20\d\d|\d{{1,2}}/\d{{1,2}}/(?:20)?\d\d", re.IGNORECASE)
_PEEL_YEAR_RX = quick.compile(r"\bPEEL\s+20\d\d", re.IGNORECASE)


_ARROW_CELL_RX = re.compile(r"[\u2190-\u21ff\u25b2-\u25bc\u25ba\u25c4=\s]+")


def _without_arrows(row: Row) -> Row:
    """A row without its cells that hold only arrows ("\u2191", "\u2192 ", "\u25b2"): a printed comparison
    sets one between two periods' grades under no heading of its own."""
    kept = tuple(cell for cell in row.cells if not _ARROW_CELL_RX.fullmatch(cell.text))
    return row if len(kept) == len(row.cells) else replace(row, cells=kept)


_ICON_BEFORE_RX = re.compile(r"^[^\w(\[\"'\u2018\u201c]+(?=\w)")
_BRACKETED_ASIDE_RX = re.compile(r"\s*\([^()]{1,30}\)\s*$")


_FORCE_BODY_SUFFIX_RX = quick.compile(r"(?<=[a-z])\s+(?:Police(?:\s+Service|\s+Force)?|Constabulary)\s*$")


def _force_alone(c: Collector, text: str) -> str | None:
    """The force a table cell names and nothing else (a bracketed aside after it allowed:
    "Metropolitan Police (the Met)"), else None."""
    text = _BRACKETED_ASIDE_RX.sub("", text)
    short = R.FORCE_CELL_SHORT_NAMES.get(text.strip())
    if short:
        return short  # a Force column's "Met": the cell's whole value
    hits = c.forces.find(text)
    if hits and sum(hit.end - hit.start for hit in hits) < len(text.strip()) and _FORCE_BODY_SUFFIX_RX.search(text):
        # (with a body word the gazetteer does not write it with: "West Mercia Constabulary")
        text = _FORCE_BODY_SUFFIX_RX.sub("", text)
        hits = c.forces.find(text)
    if not hits or len({hit.force for hit in hits}) > 1:
        return None
    # (its name in English and Welsh: "North Wales Heddlu Gogledd Cymru")
    return hits[0].force if len(text) - sum(hit.end - hit.start for hit in hits) <= 2 * len(hits) else None


def _names_graded_area(text: str, period: str) -> bool:
    """Whether a table cell is an "Area - grade" row of its own ("Preventing crime - Good")."""
    row = _area_grade_row(text.rstrip("."))
    era = F.era_of(period, headed=True)
    return bool(row and row.grade and any(F.first_question(area, era) for area in row.areas))


_PERIOD_GRADE_CELL_RX = quick.compile(R.PERIOD_GRADE_CELL, re.IGNORECASE)
_GRADE_BEFORE_CELL_RX = quick.compile(R.GRADE_BEFORE_CELL, re.IGNORECASE)
# what _dated_cells gives a grade the cell says came before its own, the period not named
CYCLE_BEFORE = "before"
_BRACKETED_PERIOD_RX = quick.compile(rf"\(\s*({R.PERIOD_CELL})\s*\)", re.IGNORECASE)
# "Good (Adequate)", "Not inspected this time (Good*)": a grade, and the bracketed period's
_GRADE_THEN_BRACKETED_RX = quick.compile(rf"(?:(?P<now>{R.GRADE_ALTERNATION})|[^()]{{0,40}}?)\s*\(\s*(?P<then>{R.GRADE_ALTERNATION})\s*[*\u2020]?\s*\)",
                                         re.IGNORECASE)


def _grade_and_grade(text: str) -> bool:
    """Whether a cell is a grade and another in brackets ("Good (Adequate)")."""
    pair = _GRADE_THEN_BRACKETED_RX.fullmatch(text.strip())
    return pair is not None and pair.group("now") is not None


def _dated_cells(row: Row, subject: Cell, columns: list["_ColumnKey"],
                 in_brackets: str | None = None) -> Iterator[tuple[int, Cell, str | None]]:
    """A row's cells with their index, and the period a cell dates its grade to (None: the
    column's): a cell "Requires improvement 2021/22: Inadequate" is two, its column's grade
    and the one 2021/22 gave; so is "Good (Adequate)" under a header "Grade 2023-25 (2021/22)",
    or under a caption that says so (`in_brackets`: "PEEL 2023-25 (2021/22 in brackets)")."""
    for j, cell in enumerate(row.cells):
        words = columns[j].words if j < len(columns) else ""
        headed = _BRACKETED_PERIOD_RX.search(words) if cell is not subject and "(" in cell.text else None
        bracketed = first_period(headed.group(1)) if headed else in_brackets if cell is not subject else None
        pair = _GRADE_THEN_BRACKETED_RX.fullmatch(cell.text) if bracketed else None
        if pair:
            if pair.group("now"):
                yield j, Cell(cell.start, cell.end, pair.group("now"), cell.header), None
            yield j, Cell(cell.start, cell.end, pair.group("then"), cell.header), bracketed
            continue
        before = _GRADE_BEFORE_CELL_RX.fullmatch(cell.text) if cell is not subject and ("(" in cell.text or "[" in cell.text) else None
        if before:
            yield j, Cell(cell.start, cell.end, before.group("now"), cell.header), None
            yield j, Cell(cell.start, cell.end, before.group("then"), cell.header), CYCLE_BEFORE
            continue
        m = _PERIOD_GRADE_CELL_RX.fullmatch(cell.text) if cell is not subject else None
        period = first_period(m.group("period") or m.group("year") or m.group("span")) if m else None
        if not period:
            yield j, cell, None
            continue
        if m.group("now"):
            yield j, Cell(cell.start, cell.end, m.group("now"), cell.header), None
        yield j, Cell(cell.start, cell.end, m.group("then") or m.group("kept") or m.group("dated"), cell.header), period


_GRADE_AREA_PAIR_RX = quick.compile(rf"({R.GRADE_ALTERNATION})\s*\(([^()]{{3,120}})\)", re.IGNORECASE)
_GRADE_AREA_LIST_RX = quick.compile(rf"(?:(?:{R.GRADE_ALTERNATION})\s*\([^()]{{3,120}}\)\s*[,;]?\s*(?:and\s+)?)+",
                                    re.IGNORECASE)
_REPORT_NAME_RX = quick.compile(R.REPORT_NAME, re.IGNORECASE)
_REPORT_DASH_GRADE_RX = quick.compile(r"(?P<report>.{8,160}?)\s+[-\u2013\u2014]\s+(?P<grade>[A-Za-z][A-Za-z ]{2,24}?)\.?$")


def _findings_cell(c: Collector, cell: Cell, key: InspectionKey, evidence: str, row_question: str | None = None) -> None:
    """A table cell of findings in sentences, each an "Area: grade" row or a graded sentence,
    for the period its row's report names."""
    if cell.end <= cell.start or not _ANY_GRADE_RX.search(c.view, cell.start, cell.end):
        return
    era = F.era_of(key.period, headed=True)
    by_pillar = key.period.isdigit() or key.period in R.PILLAR_GRADED_PERIODS
    for a, b in sentence_spans(c.view, cell.start, cell.end):
        # ("Effectiveness - Requires improvement; Efficiency - Good": a row a part)
        parts = [_area_grade_row(part.strip().rstrip(".")) for part in c.view[a:b].split(";")]
        rows = parts if len(parts) > 1 and all(parts) else [_area_grade_row(c.view[a:b].strip().rstrip("."))]
        if all(rows):
            for row in rows:
                for area in row.areas:  # type: ignore[union-attr]
                    pillars = F.pillars_named(area) if len(area) <= R.PILLAR_COLUMN_CHARS else []
                    q = F.first_question(area, era)
                    if by_pillar and len(pillars) == 1 and not q:
                        c.judgement(replace(key, pillar=pillars[0]), row.grade, evidence, None)  # type: ignore[union-attr]
                    elif q and key.period not in R.PILLAR_GRADED_PERIODS:
                        c.judgement(key, row.grade, evidence, q)  # type: ignore[union-attr]
            continue
        for f in grade_findings(c.view, a, b, key.period, key.pillar, c.forces):
            # ("Grade: Investigating crime | ... | Graded inadequate in 2021/22.": the row's area, then)
            for q in f.questions or ((row_question,) if row_question and f.earlier and f.period in R.AREA_GRADED_PERIODS else ()):
                if f.period not in R.PILLAR_GRADED_PERIODS:
                    c.judgement(_on_period(key, f.period), f.grade, evidence, q)


def _graded_list(c: Collector, pairs: list[tuple[str, str]], period: str, key: InspectionKey,
                 evidence: tuple[int, int]) -> None:
    """A cell that lists grades, each with its area or pillar in brackets ("Good (managing
    offenders and suspects), Requires improvement (investigating crime)")."""
    era = F.era_of(period, headed=True)
    for grade_words, area in pairs:
        grade = label_grade(grade_words)
        pillars = F.pillars_named(area) if len(area) <= R.PILLAR_COLUMN_CHARS else []
        on = _on_period(key, period)
        if len(pillars) == 1 and (period.isdigit() or period in R.PILLAR_GRADED_PERIODS):
            c.judgement(replace(on, pillar=pillars[0]), grade, evidence, None)  # type: ignore[arg-type]
            continue
        q = F.first_question(area, era)
        if q and grade and period not in R.PILLAR_GRADED_PERIODS:
            c.judgement(on, grade, evidence, q)


def _grades_under_areas(c: Collector, row: Row, columns: list[_ColumnKey], ctx: DocumentContext,
                        evidence: tuple[int, int]) -> None:
    """A row of grades alone under a header of areas, one a column (a table laid on its side)."""
    for j, cell in enumerate(row.cells):
        column = columns[j] if j < len(columns) else None
        grade = label_grade(cell.text)
        if column is None or not grade or not column.words:
            continue
        period = column.period or ctx.main.period
        q = F.first_question(column.words, F.era_of(period, headed=True))
        key = InspectionKey(ctx.main.force, period, ctx.main.pillar if period.isdigit() else "PEEL")
        if q and period not in R.PILLAR_GRADED_PERIODS:
            c.judgement(key, grade, evidence, q)


# --- statements --------------------------------------------------------------------------------


_STATEMENTS_END_RX = quick.compile(R.STATEMENTS_END, re.IGNORECASE)
_DISOWNED_RX = quick.compile(R.DISOWNED_STATEMENTS, re.IGNORECASE)
_FINDING_LABEL_RX = quick.compile(R.FINDING_LABEL, re.IGNORECASE)
_CHAPTER_PART_RX = quick.compile(R.CHAPTER_PART_HEADING, re.IGNORECASE)
_FINDING_LABEL_INLINE_RX = quick.compile(R.FINDING_LABEL_WORDS + r"\s*:\s+(?=\S)", re.IGNORECASE)



# Formats whose readers end a line only where a paragraph, item, heading or cell ends.
PARAGRAPH_MEDIA = ("docx", "html")


# a list of statements that goes on with the one before ("two recommendations under this cause of concern:")
_UNDER_THAT_RX = quick.compile(r"\b(?:under|for|to\s+address)\s+(?:this|that|each)\s+(?:cause\s+of\s+concern|area)\b", re.IGNORECASE)
_BRACKETED_SPAN_RX = quick.compile(r"\((20\d\d)\s*[/-]\s*(\d\d(?:\d\d)?)\)")
_FROM_SPAN_RX = quick.compile(r"\bfrom\s+(?:the\s+)?(20\d\d)\s*[/-]\s*(\d\d(?:\d\d)?)\b(?!\s*[/-])", re.IGNORECASE)


def _bracketed_cycles(text: str) -> set[str]:
    """The inspection cycles a text names by their span in brackets ("(2023-25)") or after
    "from" ("Causes of concern from 2021/22")."""
    return {period for rx in (_BRACKETED_SPAN_RX, _FROM_SPAN_RX) for m in rx.finditer(text)
            for period in [F.normalise_period(m.group(1), m.group(2))] if period in R.INTEGRATED_CYCLES}


def _statements(c: Collector, lines: list[Line], ctx: DocumentContext, sections: list[Section],
                fields: dict[int, str], skip: set[int]):  # noqa: ANN202
    by_start = {ln.start: s for ln, s in zip(lines, sections)}
    starts = [ln.start for ln in lines]

    def classify(line: Line) -> tuple[str, str | None] | None:
        if _FINDING_LABEL_RX.match(line.content):
            return None  # "What HMICFRS said": the statement's text follows
        section = by_start.get(line.start)
        if section is None or section.heading is not line:
            if bullet_of(line.content)[0] is None and label_grade(line.content):
                return ("end", None)
            return None
        if reader.kind is not None and _RECORD_FIELD_RX.match(line.content):
            # a record's "Ref: INSP-17-03", "Owner: ..., Protecting Vulnerable People" between
            # the statements of a tracker's list: neither a heading nor an area
            return None
        asked = line.content.endswith("?")
        if reader.kind is not None and _lead_in_statement(line.content):
            return None  # "We recommend that, within three months, the force should:": a statement
        if reader.in_update and not asked and (section.kind == "other" or section.question == reader.question):
            return None  # inside a force's update, a short line that changes nothing is its text
        if section.kind == "question":
            # a question asked in full opens a new section; a short area heading is a
            # sub-heading that keeps a list of statements open, and so is the question asked
            # in full right under it ("Responding to the public" / "How well does the force
            # respond to the public?")
            area = _area_above(line) if asked and reader.container else None
            if area:
                return ("question", area)
            if asked and reader.kind is not None and _statement_below(line):
                # "Areas for improvement" / "How well does the force use its resources?" / "The
                # force should ...": a list's part under each question asked in full
                return ("question", section.question)
            return ("section" if asked else "question", section.question)
        if section.kind == "other" and reader.container_paragraphs:
            return None  # a form field's list goes on to the next field
        if section.kind == "pillar":
            return ("question", None)  # a pillar's part of a list of statements
        if section.kind == "force" and reader.container:
            return ("question", None)  # a force's part of a list of statements ("Cheshire:" / "- The constabulary should ...")
        if _CHAPTER_PART_RX.match(line.content):
            return ("end", None)  # "Main findings", "Promising practice" inside an area's chapter: still that area's
        return ("section", None)

    index_of = {ln.start: i for i, ln in enumerate(lines)}

    def _statement_below(line: Line) -> bool:
        """Whether the next line with words opens a statement ("The force should ...")."""
        below = next((ln for ln in lines[index_of[line.start] + 1:index_of[line.start] + 3] if not ln.blank), None)
        return below is not None and starts_statement(bullet_of(below.content)[1])

    def _area_above(line: Line) -> str | None:
        """The area a short heading right above a line names, if one is there ("Question 5"
        names none: it carries the last one on)."""
        above = _previous(lines, index_of[line.start])
        heading = by_start.get(above.start) if above is not None else None
        if heading is None or heading.heading is not above or heading.kind != "question" or above.content.endswith("?"):
            return None
        return F.first_question(above.content, ctx.era_table)

    reader = StatementReader(classify, lines_are_paragraphs=c.doc.media in PARAGRAPH_MEDIA)
    finding_rows: tuple[int, int] | None = None  # (tabs, answers' column) of a findings table's heading row
    last_intro: str | None = None  # the kind the last introduction announced
    givers: list[tuple[int, str | None]] = []  # (start, another force named as receiving them) of each list opened
    # (start, the PEEL period its introduction names, and a pillar's year's pillar) of each list opened
    dated: list[tuple[int, str | None, str | None]] = []
    intro_text: str | None = None  # a lead-in wrapped over two lines, read as one
    for index, line in enumerate(lines):
        if not line.blank and _signs_off(lines, index):
            reader.close_block()  # a signature: neither a statement nor the force's update
            continue
        if line.start in fields:
            # a form field holds a list of statements, whatever its label's number, and
            # its paragraphs are statements too
            reader.open_block(fields[line.start], True)
            reader.question = None
            reader.container_paragraphs = True
            continue
        if not line.blank and statement_heading(line.content):
            reader.container_paragraphs = False
        if line.end in skip:
            reader.feed(Line(line.start, line.start, 0, ""))  # a table row: read by the table reader
            continue
        if not line.blank and (m := _DISOWNED_RX.search(line.content)) and not _DIRECTIVE_RX.search(line.content, 0, m.start()):
            reader.close_block()
            last_intro = None
            continue  # "These are the charity's recommendations, not the inspectorate's."
        if not line.blank and _STATEMENTS_END_RX.search(line.content) and not is_update_label(line.content) \
                and not _FINDING_LABEL_RX.match(line.content) and not _FINDING_LABEL_INLINE_RX.match(line.content):
            # ("In our report we said:" quotes the statement; "What HMICFRS said: The force should ..." gives it)
            reader.close_block()
        # a line that says statements follow opens a list; inside a list only a heading does
        # ("What the force needs to improve" after a cause of concern), never a statement
        # ending in a colon
        # (a list opened by a title that names statements has read none yet: a sentence that
        # introduces some is still an introduction)
        intro = (_statement_intro(line) if not line.blank and (
                     reader.kind is None or is_heading(line) or _counts_statements(line.content)
                     or _MINUTE_NUMBER_RX.match(line.content)  # (minutes: each numbered paragraph is a new item)
                     or ((reader.current is None or line.content.endswith(":"))
                         and not _lead_in_statement(line.content)))
                 else None)
        if intro and reader.kind is not None and reader.current is None and _FINDING_LABEL_RX.match(line.content):
            intro = None  # "Cause of concern 1: ..." / "HMICFRS said:": the heading's statement is quoted below
        if intro is None and not line.blank and line.content.endswith(":") and not line.content[:1].isupper() \
                and index and not lines[index - 1].blank \
                and not lines[index - 1].content.endswith(_TERMINAL_MARKS) and (reader.kind is None or reader.current is None):
            # a lead-in wrapped over two lines ("Four areas for improvement from the report (published" /
            # "18 June 2025), copied from the report:"): read as the one sentence it is
            above = lines[index - 1]
            if not _DIRECTIVE_RX.search(above.content + " " + line.content) and not starts_statement(bullet_of(above.content)[1]):
                # (never a statement's own lead-in: "The force should develop plans that:")
                intro = _statement_intro(Line(above.start, line.end, above.indent, above.content + " " + line.content))
                intro_text = above.content + " " + line.content if intro else intro_text
        if intro is None and last_intro and not line.blank and _NEXT_OF_KIND_RX.match(bullet_of(line.content)[1]):
            intro = last_intro  # "The first cause of concern related to A:" ... "The second related to B:"
        if not line.blank and (intro or statement_heading(line.content)):
            # whose statements the list holds: another force's when its introduction says that
            # force received them ("Sussex Police, received a similar area for improvement ...:")
            givers.append((line.start, (_receiving_force(c, line) or _force_of_line_above(c, lines, index)) if intro
                           else _heading_giver(c, lines, index, givers)))
            # and of which report: the one PEEL period its introduction names ("Four areas for
            # improvement from the PEEL 2023-25 report, copied from the report:")
            # (a heading dated too: "Open areas for improvement (PEEL 2021-22)", "Cause of concern (2023-25)")
            named = peel_periods(intro_text or line.content) or _bracketed_cycles(intro_text or line.content)
            # ("HMICFRS made two recommendations under this cause of concern:": the cause's report's)
            under = dated[-1][1:] if dated and intro and _UNDER_THAT_RX.search(line.content) else (None, None)
            # ("Areas for improvement (efficiency 2017)", "... in its 2017 efficiency report": a
            # pillar's report of its year)
            year = heading_period(line.content) if not named and not intro else None
            pillars = F.pillars_named(line.content) if year and year.isdigit() else []
            report = (year, pillars[0]) if len(pillars) == 1 \
                else lead_in_report(intro_text or line.content) if intro and not named else None
            if report is None and intro and not named and ctx.main.period.isdigit():
                # ("the following area for improvement in the legitimacy report:", "the second
                # legitimacy area for improvement:": a pillar's report of the page's year)
                pillars = {m.group(1).capitalize() for m in _PILLAR_REPORT_RX.finditer(intro_text or line.content)}
                report = (ctx.main.period, pillars.pop()) if len(pillars) == 1 else None
            above = _previous(lines, index)
            if not named and not report and under == (None, None) and dated and above is not None and dated[-1][0] == above.start:
                under = dated[-1][1:]  # (the list's own lead-in right under its dated heading)
            dated.append((line.start, named.pop(), None) if len(named) == 1
                         else (line.start, *report) if report
                         else (line.start, *under))
        intro_text = None
        if intro and ((line.content.endswith((".", ":")) and _TO_EVERY_FORCE_RX.search(line.content))
                      or _NATIONAL_HEADING_RX.fullmatch(line.content)):
            # "HMICFRS has also made recommendations addressed to all forces in England and
            # Wales": national ones, no list of this force's follows
            reader.close_block()
            intro = None
        if intro:
            # "The report identified four areas for improvement, set out below": a list follows
            last_intro = intro
            reader.open_block(intro, True)
            single = _ONE_OF_KIND.get(intro)
            # "raised one cause of concern:" (not "repeats that cause of concern and adds a second:")
            reader.one_only = bool(single and single.search(line.content) and not _MORE_THAN_ONE.search(line.content))
            counted_many = _MANY_OF_KIND[intro].search(line.content)
            reader.expected = _COUNT_WORDS.get(counted_many.group("n").lower()) if counted_many else None
            reader.update_column = update_column(line.content)  # "Area for improvement<tab>Force response"
            section = by_start.get(line.start)
            # a heading of its own ("What the force needs to do better") after sections on
            # several areas is past them all; a document about one area keeps it
            starts_anew = (section is not None and section.heading is line and section.kind == "other"
                           and len({s.question for s in sections[:index] if s.kind == "question"}) > 1)
            reader.question = F.first_question(line.content, ctx.era_table) or (None if starts_anew else reader.question)
            continue
        if "\t" in line.content and (answers := update_column(line.content)) is not None \
                and _STATEMENT_TEXT_COLUMN_RX.match(line.content.split("\t", 1)[0].strip()):
            # a heading row "HMICFRS finding<tab>Force response": the rows below are statements,
            # each of the kind its wording tells, with their answers (under headings of their
            # own rows too: a row of that table's width that opens as a statement reopens it)
            finding_rows = (line.content.count("\t"), answers)
            reader.open_block(BY_FORM, True)
            reader.update_column = finding_rows[1]
            continue
        if finding_rows and reader.kind is None and line.content.count("\t") == finding_rows[0] \
                and starts_statement(line.content):
            reader.open_block(BY_FORM, True)
            reader.update_column = finding_rows[1]
        named = _KIND_AREA_RX.match(line.content) if not line.blank and ":" in line.content else None
        area = F.first_question(named.group("area"), ctx.era_table) if named else None
        if area and F.listed_areas_only(named.group("area")):
            # "3. Cause of concern: responding to the public": a heading naming the kind and the area
            reader.open_block(_kind_of_label(named.group("kind")), False)
            reader.question = area
            continue
        if reader.kind is not None and not line.blank and _FINDING_LABEL_RX.match(line.content):
            continue  # "In our report we said:": whose words follow, no part of them
        if reader.kind is not None and (source := _SOURCE_FIELD_RX.match(line.content)) \
                and (period := first_period(source.group(1))):
            # a record's "Source: PEEL Legitimacy 2017": the report of the statement below it
            pillars = F.pillars_named(source.group(1)) if period.isdigit() else []
            dated.append((line.start, period, pillars[0] if len(pillars) == 1 else None))
            continue
        reader.feed(line)
        area = statement_heading_area(line.content) if not line.blank else None
        if area:
            reader.question = F.first_question(area, ctx.era_table) or reader.question
    found = []  # the statements read, and the items of a list that read as someone else's
    concern = None  # the last cause of concern read
    for st in reader.found:
        # (a piece a page break ran through reads as the view has it: its furniture blanked)
        text = " ".join(c.view[a:b] if "\f" in c.doc.text[a:b] else shown(c.doc, a, b) for a, b in st.pieces)
        if st.kind != "cause-of-concern" and not _DIRECTIVE_RX.search(text):
            continue  # an item that asks nothing ("Planning for the future: Good"): others read it
        if st.kind == "cause-of-concern" and len(text) <= R.SHORT_STATEMENT_CHARS and _area_grade_row(text.rstrip(". ")):
            continue  # "Protecting vulnerable people: requires improvement." grades an area; no concern
        if st.kind == "cause-of-concern" and _opens_on_reported_grades(text):
            continue  # "The report found the force inadequate at A and gave it a cause of concern.": a report of grades
        if st.kind == BY_FORM:
            st.kind = _kind_by_form(text)
        if st.kind == "cause-of-concern" and ((DEADLINE_RX.match(text) and starts_statement(text))
                                              or _RECOMMENDS_TO_ADDRESS_RX.match(text)):
            # "Within six months, the constabulary should ...", numbered under a cause of concern
            # with no heading of its own, and "To address this cause of concern, HMIC recommends
            # that ...": its recommendation, not another concern
            st.kind, st.addresses = "recommendation", st.addresses or concern
        if st.kind == "cause-of-concern":
            concern = st
        found.append(st)
        question = st.question
        if st.label is not None:
            question = F.first_question(c.view[st.label[0]:st.label[1]], ctx.era_table) or question
        text, question = _without_area_label(text, question, ctx.era_table)
        if _TO_COMMITTEE_RX.search(text) or (st.kind == "cause-of-concern" and _heading_like(text, ctx.era_table)) \
                or _POINTS_AHEAD_RX.search(text):
            # a committee's own decision; a heading after the list; a lead-in whose steps
            # follow as statements of their own ("... we recommend that the force should
            # immediately take the following steps.")
            continue
        if _someone_elses(c, text) or _SAYS_NONE_RX.match(text) or _PARAPHRASE_RX.match(text) \
                or _ATTRIBUTED_QUOTE_RX.match(text) \
                or (_WHOLLY_QUOTED_RX.fullmatch(text) and _signed_below(c.view, st.end)):
            # (under its heading: "We didn't identify any causes of concern."; "In short: ...", a
            # summary of one; '"... needs to improve ..." – NAME, HM Inspector', someone's words,
            # or signed on the line below it: '"..."' / "NAME, HM Inspector of Constabulary")
            continue
        first_cell = c.view[st.start:st.end].split("\t", 1)
        if len(first_cell) == 2 and label_grade(first_cell[0]):
            continue  # a grading key's row ("Requires improvement<tab>The force needs to do better.")
        update = " ".join(c.doc.text[a:b] for a, b in st.update_pieces)
        if st.has_update and not update.strip():
            update = UPDATE_GIVEN
        addresses = clean_statement(" ".join(c.doc.text[a:b] for a, b in st.addresses.pieces)) if st.addresses else None
        section = sections[max(0, bisect_right(starts, st.start) - 1)]
        key = section.key(ctx)
        opened = [force for at, force in givers if at < st.start]
        if opened and opened[-1]:
            key = replace(key, force=opened[-1])
        periods = [(period, pillar) for at, period, pillar in dated if at < st.start]
        if periods and periods[-1][0]:
            key = _on_period(key, periods[-1][0])
            key = replace(key, pillar=periods[-1][1]) if periods[-1][1] else key
        c.statement(st.kind, key, text, c.span(st.start, st.end), question,
                    update if st.has_update else None, addresses)
    return found


def _without_area_label(text: str, question: str | None, era: str) -> tuple[str, str | None]:
    """A statement's text after the run-in label that names its area, and that area
    ("Investigating crime: The force should ...", "... crime - The force should ..."); the
    text and question as they are where no label names an area."""
    text = _LEADING_REFERENCE_RX.sub("", text, count=1)  # "A1 The force should ...", "CC1 Dorset Police does not ..."
    text = _STAGE_DIRECTION_RX.sub("", text, count=1)  # a transcript's "(reading) The force should ..."
    text = _SAID_LABEL_RX.sub("", text, count=1)  # a page's "**The inspectors said:** The force should ..."
    labelled = run_in_label(text) or _CONCERN_LABEL_RX.match(text)  # (a cause of concern asks nothing:
    # "Investigating crime. The constabulary is not investigating crime well enough.")
    area = F.first_question(labelled.group(1).rstrip(":.-\u2013\u2014 \t"), era) if labelled else None
    if labelled and area and not LABEL_VERB_RX.search(labelled.group(1)):
        return text[labelled.end():], area
    return text, question


# a statement's reference printed before it in the same cell or line: "A1", "R2", "CC1", "AFI 3:"
_LEADING_REFERENCE_RX = quick.compile(r"\s*(?:AFI|CoC|CC|Rec|R|A)[ -]?\d{1,2}(?:[.:)]|\s*[-\u2013\u2014])?\s+(?=[A-Z])")  # (or "AFI 1 - The ...")
_STAGE_DIRECTION_RX = quick.compile(r"\s*[(\[](?:reading|reads|quoting|quotes?)(?:\s+(?:aloud|from\s+the\s+report))?[)\]]\s*(?=[A-Z])",
                                    re.IGNORECASE)
# (its bold marks kept: the text is the document's as written)
_SAID_LABEL_RX = quick.compile(r"\A" + R.SAID_LABEL, re.IGNORECASE)
_CONCERN_LABEL_RX = quick.compile(r"\s*([A-Z][^.:\n]{2,60}[.:])\s+(?=(?:The|the)\s+(?:force|constabulary|service)\b|[A-Z][\w-]+\s+(?:Police|Constabulary)\b)")


def _lead_in_statement(content: str) -> bool:
    """A sentence that says what should be done and ends like a sentence or a lead-in: inside a
    list of statements it is one, however much it looks like a section's heading."""
    return (content.endswith((":", ".")) and len(content.split()) >= R.HEADING_WORDS
            and bool(_DIRECTIVE_RX.search(content)) and not _RECOMMEND_THAT_ENDS_RX.search(content)
            and not _ASKED_TO_IMPROVE_IN_RX.search(content))


# "The inspectors asked us to improve in four areas:": a count of what follows, not a statement
_ASKED_TO_IMPROVE_IN_RX = quick.compile(r"\bto\s+improve\s+in\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|these|the\s+following)"
                                        r"\s+(?:\w+\s+)?areas?\s*:$", re.IGNORECASE)


# "To address it, I recommend that:": what is recommended follows whole, so the line
# introduces statements ("we recommend that the force:" has begun one)
_RECOMMEND_THAT_ENDS_RX = quick.compile(r"\brecommends?\s+that\s*:$", re.IGNORECASE)


_REPORTED_RX = quick.compile(R.REPORTED_STATEMENT, re.IGNORECASE)


def _reported_statements(c: Collector, lines: list[Line], ctx: DocumentContext, sections: list[Section],
                         taken: set[int]) -> None:
    """Statements reported in running text ("On responding to the public, the inspectorate said
    the force should ...", "The inspectors want us to ..."): an area for improvement, or a
    recommendation when recommended; its question from the words before it in the sentence."""
    for i, line in enumerate(lines):
        if line.blank or line.end in taken:
            continue
        third, first = _REPORTED_RX.search(line.content), _FIRST_PERSON_RX.search(line.content)
        if not third and not first:
            continue
        reported = False  # a sentence of this line was one already ("They also want us to ...")
        for s_start, s_end in sentence_spans(c.view, line.start, line.end):
            m = _REPORTED_RX.search(c.view, s_start, s_end) if third else None
            if m is not None and (c.view[s_start:s_end].rstrip().endswith(":") or len(c.view[m.end():s_end].split()) < 3):
                continue  # "... HMIC says the force must do:": a lead-in, the statement is below
                # ("What the inspectorate said Norfolk Constabulary should do": a heading, asking nothing)
            if m is not None:
                said = (m.group("verb") or m.group("named")).lower()
                kind = "recommendation" if said.startswith("recommend") else "area-for-improvement"
                text_start = m.start("text")
            else:
                m = _FIRST_PERSON_RX.search(c.view, s_start, s_end) if first else None
                if m is None or m.group("subject").lower() == "they" and not reported:
                    continue
                if len(c.view[m.end():s_end].split()) < 2 or _ASKED_TO_IMPROVE_IN_RX.search(c.view, s_start, s_end) \
                        or c.view[s_start:s_end].rstrip().endswith(":"):
                    continue  # "What the inspectors asked us to improve": a heading, asking nothing in particular
                    # ("... asked us to improve in four areas:", "... want us to improve here:": the list below says what)
                kind, text_start = "area-for-improvement", s_start
            reported = True
            question = F.first_question(c.view[s_start:m.start()], ctx.era_table)
            c.statement(kind, sections[i].key(ctx), c.doc.text[text_start:s_end], c.span(s_start, s_end), question,
                        _reported_update(c, s_end, line.end))


# "It raised a cause of concern, in which the report said: “Kent Police is not answering
# calls ...”": a statement quoted whole after a colon, its kind named before it in the sentence
_QUOTED_STATEMENT_RX = quick.compile(r"\b(?P<kind>cause\s+of\s+concern|area\s+for\s+improvement|recommendation)\b"
                                     r"[^\n\u201c\u201d\".:;]{0,120}?:\s*[\u201c\"](?P<text>[^\u201d\"\n]{20,}?)[\u201d\"]",
                                     re.IGNORECASE)


# ... or read out in a meeting or a broadcast, without quotation marks: after its kind is
# named, a word that says the reading begins ("The first one, on responding, reads: The
# force should ...", "It says: The force should ...", "I'll read it as it's written, quote,
# The force does not ...", "recommendations sitting under that, the first being within three
# months, the force should ..."), and the statement to its sentence's end
_KINDS_NAMED = r"causes?\s+of\s+concern|areas?\s+for\s+improvement|recommendations?"
_READ_OUT_RX = quick.compile(rf"\b(?P<kind>{_KINDS_NAMED})\b"
                             r"[^\n]{0,300}?(?:\b(?:says|said|reads|read|states|stated)\s*(?::|(?=the\s+(?:force|constabulary)\s))|\bquote\s*[:,]"
                             r"|\bthe\s+(?:first|second|third|fourth|next|last)(?:\s+one)?\s+being\b,?)\s*"
                             r"(?P<text>[^\n]{20,600}?[.!?])(?=\s+(?:[A-Z\[]|End\b)|\s*$)", re.IGNORECASE)
# ... or labelled after a sentence of something else, in a cell or a paragraph: "Call handling
# (HMICFRS PEEL 2021/22, responding to the public). Area for improvement: The force should ..."
_LABEL_MIDLINE_RX = quick.compile(r"(?<=[.!?)]\s)(?P<kind>cause\s+of\s+concern|area\s+for\s+improvement|recommendation)"
                                  r"(?:\s+\d{1,2})?\s*:\s*(?P<text>[^\n\t]{20,600}?[.!?])(?=\s+[A-Z\[]|\t|\s*$)"
                                  # ... or the one a cell's sentence singles out: "Areas for improvement from the
                                  # PEEL effectiveness inspection 2017, of which the most significant is: The ..."
                                  r"|\b(?P<kinds>areas\s+for\s+improvement|recommendations|causes\s+of\s+concern)\b[^\n\t.:;]{0,120}?"
                                  r",\s+of\s+which\s+[^\n\t.:;]{0,60}?\b(?:is|was)\s*:\s*"
                                  r"(?P<single>[^\n\t]{20,600}?[.!?])(?=\s+[A-Z\[]|\t|\s*$)", re.IGNORECASE)
# ... or after the ordinal that lists it, its kind named in the lines before ("The second is
# on vulnerability. The force should ...", "There's a second one, on the workforce side. The
# force should ...", "And the third - I'll read it - the force should ...")
_NEXT_READ_OUT_RX = quick.compile(r"\b(?:first|second|third|fourth|fifth|next|last|other)(?:\s+one)?"
                                  r"(?:\s+is|,)?\s+(?:on|about|concerns)\s+[^.!?\n]{1,60}[.:]\s+"
                                  r"(?P<text>[^\n]{20,600}?[.!?])(?=\s+(?:[A-Z\[]|End\b)|\s*$)"
                                  r"|\b(?:second|third|fourth|fifth|next|last|other)(?:\s+one)?\s+[-\u2013\u2014]\s+[^-\u2013\u2014\n]{1,40}"
                                  r"[-\u2013\u2014]\s+(?P<aside>[^\n]{20,600}?[.!?])(?=\s+(?:[A-Z\[]|End\b)|\s*$)", re.IGNORECASE)
READ_OUT_LINES = 12  # lines back (blank ones too), at most, to where a statement read out after its ordinal has its kind named
_KIND_READ_OUT_RX = quick.compile(rf"\b(?P<kind>{_KINDS_NAMED})\b", re.IGNORECASE)
_READ_OUT_OPENING_RX = quick.compile(rf"(?:{R.DEADLINE}\s*)?{R.FORCE_SUBJECT}\b", re.IGNORECASE)
_DOES_NOT_RX = quick.compile(r"\bnot\b|n['\u2019]t\b", re.IGNORECASE)
# ... or told as what it was, a sentence (or a colon's clause) of a letter or a notice: "Our
# report set out one cause of concern. The cause of concern was that the force did not ..."
# ... or named in the sentence after it: "The force should ... . This is an area for improvement."
_NAMED_AFTER_RX = quick.compile(rf"(?:(?<=[.!?]\s)|(?<=^)|(?<=\t))(?P<text>{R.FORCE_SUBJECT}\s[^\n.!?]{{20,600}}?[.!?])"
                                r"\s+(?:This|That|It)\s+(?:is|was|remains)\s+(?:an?\s+|one\s+)?(?:further\s+|new\s+)?"
                                r"(?P<kind>area\s+for\s+improvement|cause\s+of\s+concern)\b", re.MULTILINE | re.IGNORECASE)
_KIND_NAMED_AFTER_RX = quick.compile(r"\b(?:this|that|it)\s+(?:is|was|remains)\s+(?:an?|one)\b", re.IGNORECASE)
_CONCERN_WAS_THAT_RX = quick.compile(r"(?:(?<=[.!?:]\s)|(?<=^)|(?<=\t))[Tt]he\s+cause\s+of\s+concern\s+(?:[^\n.;:]{0,60}?\s)?(?:was|is)"
                                     r"\s+(?P<that>that)\s+[^\n]{20,600}?[.!?](?=\s+[A-Z\[]|\s*$)", re.MULTILINE)


def _quoted_statements(c: Collector, lines: list[Line], ctx: DocumentContext, sections: list[Section],
                       taken: set[int]) -> None:
    """Statements quoted whole in running text after a colon, the sentence before the colon
    naming their kind (a news story's "... raised a cause of concern, in which its report
    said: “...”"); one of the kind that asks the force something must ask it."""
    for i, line in enumerate(lines):
        # (named after: only where the line names a kind, looked for cheaply first)
        named_after = not line.blank and _KIND_NAMED_AFTER_RX.search(line.content) is not None
        if line.blank or (":" not in line.content and not named_after
                          and not _CONCERN_WAS_THAT_RX.search(c.view, line.start, line.end)):
            continue
        # (a label after a sentence of something else, in a table's cell too: a statement no
        # table's reader takes whole)
        for m in _LABEL_MIDLINE_RX.finditer(c.view, line.start, line.end):
            cell = c.view.rfind("\t", line.start, m.start()) + 1 or line.start  # (its area from its cell's words before it)
            group = "text" if m.group("text") else "single"
            _read_out(c, _kind_of_label(m.group("kind") or m.group("kinds")), m.start(group), m.end(group), cell,
                      sections[i].key(ctx), ctx)
        if line.end in taken:
            continue
        for m in _NAMED_AFTER_RX.finditer(c.view, line.start, line.end) if named_after else ():
            # "... The force should make sure that ... This is an area for improvement.": the
            # sentence before names what it was
            kind = _kind_of_label(m.group("kind"))
            text = c.doc.text[m.start("text"):m.end("text")]
            if kind == "cause-of-concern" and not _DOES_NOT_RX.search(text) \
                    or kind != "cause-of-concern" and not _DIRECTIVE_RX.search(text):
                continue
            area = next((s.question for s in reversed(sections[:i + 1]) if s.kind == "question"), None)
            c.statement(kind, sections[i].key(ctx), text, c.span(m.start("text"), m.end("text")),
                        F.first_question(text, ctx.era_table) or area, None)  # (its chapter's area, under "Main findings" too)
        for m in _CONCERN_WAS_THAT_RX.finditer(c.view, line.start, line.end):
            if _DOES_NOT_RX.search(c.view, m.end("that"), m.end()):
                c.statement("cause-of-concern", sections[i].key(ctx), c.doc.text[m.start():m.end()], c.span(m.start(), m.end()),
                            F.first_question(c.view[m.start():m.end()], ctx.era_table), None)
        for m in _QUOTED_STATEMENT_RX.finditer(c.view, line.start, line.end):
            kind = _kind_of_label(m.group("kind"))
            text = c.doc.text[m.start("text"):m.end("text")]
            if kind is None or len(text.split()) < 2 * R.STATEMENT_MIN_WORDS or _someone_elses(c, text) \
                    or (kind != "cause-of-concern" and not _DIRECTIVE_RX.search(text)):
                continue
            c.statement(kind, sections[i].key(ctx), text, c.span(m.start("text"), m.end("text")),
                        F.first_question(text, ctx.era_table), None)
        for m in _READ_OUT_RX.finditer(c.view, line.start, line.end):
            _read_out(c, _kind_of_label(m.group("kind")), m.start("text"), m.end("text"), m.end("kind"),
                      sections[i].key(ctx), ctx)
        for m in _NEXT_READ_OUT_RX.finditer(c.view, line.start, line.end):
            named = list(_KIND_READ_OUT_RX.finditer(c.view, lines[max(0, i - READ_OUT_LINES)].start, m.start()))
            group = "text" if m.group("text") else "aside"
            if named:
                _read_out(c, _kind_of_label(named[-1].group("kind")), m.start(group), m.end(group), m.start(),
                          sections[i].key(ctx), ctx)


def _read_out(c: Collector, kind: str | None, start: int, end: int, about: int, key: InspectionKey,
              ctx: DocumentContext) -> None:
    """A statement read out (c.view[start:end]) where it opens on the force and asks it
    something (a cause of concern: finds something it does not do); its area from its words,
    else from the words since `about` ("The first one, on responding, reads: ...")."""
    text = c.doc.text[start:end]
    if kind is None or len(text.split()) < 2 * R.STATEMENT_MIN_WORDS or _someone_elses(c, text) \
            or not _READ_OUT_OPENING_RX.match(text) \
            or not (_DOES_NOT_RX.search(text) if kind == "cause-of-concern" else _DIRECTIVE_RX.search(text)):
        return
    question = F.first_question(text, ctx.era_table) or F.first_question(c.view[about:start], ctx.era_table)
    c.statement(kind, key, text, c.span(start, end), question, None)


_REPORTED_UPDATE_RX = quick.compile(R.REPORTED_UPDATE, re.IGNORECASE)


def _reported_update(c: Collector, after: int, end: int) -> str | None:
    """The force's answer to a reported statement: a later sentence of its paragraph, before
    any other statement, that the force or its chief constable says ("The force reported
    that ...")."""
    for start, stop in sentence_spans(c.view, after, end):
        if _REPORTED_RX.search(c.view, start, stop):
            return None  # the next statement: its answer is its own
        if _REPORTED_UPDATE_RX.match(c.view, start, stop):
            return c.doc.text[start:stop]
    return None


_FIRST_PERSON_RX = quick.compile(R.REPORTED_FIRST_PERSON, re.IGNORECASE)


_SIGN_OFF_RX = quick.compile(R.SIGN_OFF, re.IGNORECASE)
_SIGNER_NAME_RX = quick.compile(R.SIGNER_NAME)
_SIGNER_TITLE_RX = quick.compile(R.SIGNER_TITLE)


def _signs_off(lines: list[Line], index: int) -> bool:
    """A sign-off's words, or a name alone on its line with a title alone on the next."""
    content = lines[index].content
    if _SIGN_OFF_RX.match(content):
        return True
    if len(content) > 60 or not _SIGNER_NAME_RX.match(content):
        return False
    following = next((ln for ln in lines[index + 1:index + 3] if not ln.blank), None)
    return following is not None and bool(_SIGNER_TITLE_RX.match(following.content))


_TO_COMMITTEE_RX = quick.compile(rf"\b{R.TO_COMMITTEE}", re.IGNORECASE)
_NATIONAL_RX = quick.compile(R.NATIONAL_ADDRESSEE, re.IGNORECASE)
_TO_EVERY_FORCE_RX = quick.compile(r"\b(?:addressed|made)\s+to\s+(?:all|every)\s+(?:(?:police\s+)?forces?|chief\s+constables?)\b",
                                   re.IGNORECASE)
_NATIONAL_HEADING_RX = quick.compile(rf"(?:{R.SECTION_NUMBER})?national\s+recommendations", re.IGNORECASE)
_FORCE_ASKED_RX = quick.compile(r"\bthe\s+(?:force|constabulary)\s+(?:should|must)\b", re.IGNORECASE)


_MINUTE_NUMBER_RX = re.compile(MINUTE_NUMBER)
_KIND_AREA_RX = quick.compile(rf"(?:{R.SECTION_NUMBER})?(?P<kind>area\s+for\s+improvement|recommendation|cause\s+of\s+concern)"
                              r"(?:\s+(?:no\.?\s*)?\d{1,2})?\s*[:\u2013\u2014-]\s*(?P<area>[^.!?:;()]{3,80})$", re.IGNORECASE)
# A statement about "the service" where a fire and rescue service is named (a commissioner's
# joint response on the force and the fire service) is the fire service's, not the force's.
_FIRE_SERVICE_ASKED_RX = quick.compile(rf"\s*(?:{R.DEADLINE}\s*)?the\s+service\s+"
                                       r"(?:should|must|needs?\s+to|has|hasn't|has\s+not|is|isn't|is\s+not|does|doesn't|does\s+not)\b",
                                       re.IGNORECASE)
_FIRE_SERVICE_RX = quick.compile(r"\bfire\s+(?:and|&)\s+rescue\s+(?:service|authority)", re.IGNORECASE)


def _someone_elses(c: Collector, text: str) -> bool:
    """A statement that is not this force's: a national inspection's recommendation to every
    force, or "The service should ..." beside a fire and rescue service's report."""
    return _national(text) or bool(_FIRE_SERVICE_ASKED_RX.match(text) and _FIRE_SERVICE_RX.search(c.view)) \
        or _another_inspections(text) or bool(_OTHER_BODY_RECOMMENDS_RX.match(text))


_OTHER_BODY_RECOMMENDS_RX = quick.compile(R.OTHER_BODY_RECOMMENDS, re.IGNORECASE)


def _another_inspections(text: str) -> bool:
    """A statement that another inspection made, said so before it asks anything ("Of the
    joint custody inspection's recommendations, ... The remaining one reads: 'The force
    should ...'")."""
    asked = _DIRECTIVE_RX.search(text)
    return bool(asked and _OTHER_INSPECTION_RX.search(text, 0, asked.start()))


# "5.3 Other inspections", "Non-PEEL inspections": a part of a PEEL paper about the rest
_RECORD_FIELD_RX = quick.compile(r"\s*(?:ref(?:erence)?|id|item|source|owner|lead|target(?:\s+date)?|due(?:\s+date)?|rag|status)\s*:",
                                 re.IGNORECASE)
_SOURCE_FIELD_RX = quick.compile(r"\s*(?:source|report|from)\s*:\s*(.*\bPEEL\b.*)$", re.IGNORECASE)
_OTHER_INSPECTIONS_HEADING_RX = quick.compile(r"(?:other|non-PEEL)\s+inspections?\b", re.IGNORECASE)
_NUMBERED_RX = quick.compile(R.SECTION_NUMBER)
_HEADING_NUMBER_RX = quick.compile(rf"^(?:#{{1,6}}\s+)?(?:{R.SECTION_NUMBER})?")
_OTHER_INSPECTION_RX = quick.compile(R.OTHER_REPORT + r"[\w\s'\u2019:,-]{0,30}?\b(?:inspections?|reviews?|reports?)\b",
                                     re.IGNORECASE)


def _national(text: str) -> bool:
    """A national inspection's recommendation to every force, not one asked of this force."""
    return bool(_NATIONAL_RX.search(text)) and not _FORCE_ASKED_RX.search(text)


# The force update of a statement whose answer's label stands with no text after it
UPDATE_GIVEN = "(update given)"


def _heading_like(text: str, era: str) -> bool:
    """A few words with no full stop, or an area's name alone ("Providing a service to
    victims of crime", the next item of a report's contents): a heading, no finding."""
    words = clean_statement(text).rstrip("\"'\u201d\u2019").split()
    if not words:
        return True
    if words[-1].endswith((".", "!", "?")):
        return False
    return len(words) <= R.HEADING_WORDS or (len(words) <= MAX_AREA_NAME_WORDS and _area_name_only(" ".join(words), era))


MAX_AREA_NAME_WORDS = 12  # the longest area's name ("Preventing and deterring crime and antisocial behaviour, and ...")


def _area_name_only(text: str, era: str) -> bool:
    """Whether text is one graded area's name and nothing more."""
    found = F.find_questions(text, era)
    return len(found) == 1 and F.listed_areas_only(text)


_INTROS = [(quick.compile(p, re.IGNORECASE), kind) for p, kind in R.STATEMENT_INTROS.items()]
# An introduction that names a single statement of its kind: the list holds that one only.
_ONE_OF_KIND = {kind: quick.compile(rf"\b(?:one|an?|its|the|this|that)\s+(?:following\s+)?{words}\b", re.IGNORECASE)
                for kind, words in (("cause-of-concern", r"cause\s+of\s+concern"), ("recommendation", "recommendation"),
                                    ("area-for-improvement", r"area\s+for\s+improvement"))}
# "The report set out five causes of concern.": a list of that many follows, no more (the
# letter's numbered paragraphs after it are its own)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_MANY_OF_KIND = {kind: quick.compile(rf"\b(?P<n>{'|'.join(_COUNT_WORDS)})\s+(?:new\s+|further\s+|more\s+)?{words}\b", re.IGNORECASE)
                 for kind, words in (("cause-of-concern", r"causes\s+of\s+concern"), ("recommendation", "recommendations"),
                                     ("area-for-improvement", r"areas\s+for\s+improvement"))}
# (not "Its cause of concern concerns the second of these:", the second area named)
_TERMINAL_MARKS = (".", "!", "?", ":", ";")
# (or one each of several: "Three speech bubbles, each containing one area for improvement")
_MORE_THAN_ONE = quick.compile(r"\ba\s+second\b|\b(?:both|two|three|four|five|six)\s+(?:causes|recommendations|areas)\b"
                               r"|\beach\s+(?:(?:containing|holding|with|giving|showing|naming)\s+)?(?:one|an?)\s+(?:cause|recommendation|area)\b",
                               re.IGNORECASE)
_INTRODUCES_RX = quick.compile(R.INTRODUCES, re.IGNORECASE)
_POINTS_AWAY_RX = quick.compile(r"\b(?:set\s+out|listed|described|given|found|published)\s+(?:in\s+(?:the\s+)?full\s+report|elsewhere|online)\b",
                                re.IGNORECASE)
_YEAR_ALONE_RX = re.compile(r"\s*20\d\d(?:[/-]\d{2})?\s*")
_POINTS_AHEAD_RX = quick.compile(r"\b(?:the\s+following(?:\s+[a-z]+){0,2}|as\s+follows)\s*[.:]?$", re.IGNORECASE)
# a title about a statement's follow-up ("Accelerated cause of concern revisit: Cleveland
# Police"): what is under it reports on the statement, none of it is one
# (or a letter's subject line that names the force after the kind: "Accelerated cause of concern:
# Gloucestershire Constabulary's investigation of crime")
_ABOUT_STATEMENTS_RX = quick.compile(r"\b(?:causes?\s+of\s+concern|recommendations?|areas?\s+for\s+improvement)\s+"
                                     r"(?:revisits?|re-?inspections?|reviews?|progress\s+letters?|letters?)\b"
                                     # (a letter's title: "Devon and Cornwall Police: closure of cause of concern")
                                     r"|\b(?:closure|closing|discharge|revisit|review)\s+of\s+(?:the\s+|a\s+|its\s+)?(?:\w+\s+)?"
                                     r"(?:causes?\s+of\s+concern|recommendations?|areas?\s+for\s+improvement)\b"
                                     # (a plan's title: "Causes of Concern: Action Plan")
                                     r"|\b(?:causes\s+of\s+concern|recommendations|areas\s+for\s+improvement)\s*[:\u2013\u2014-]\s*action\s+plan\b"
                                     r"|\b(?:cause\s+of\s+concern|recommendation|area\s+for\s+improvement)\s*[:\u2013\u2014-]\s*"
                                     r"(?-i:(?:[A-Z][\w&\u2019'-]*\s+){1,4}(?:Police|Constabulary))\b", re.IGNORECASE)
_SUBJECT_ARTICLE_RX = re.compile(r"\s*(?:(?:the|its|this|that|these|those|our|their)\s+)?", re.IGNORECASE)
# a sentence that opens on the causes of concern (plural) introduces them, with the
# recommendations each carries: the concerns come first
_CONCERNS_FIRST_RX = quick.compile(r"(?:the\s+|its\s+|our\s+|(?:two|three|four|five)\s+)?causes\s+of\s+concern\b", re.IGNORECASE)
_COUNTED_RX = quick.compile(R.COUNTED_STATEMENTS, re.IGNORECASE)


def _counts_statements(content: str) -> bool:
    """A short sentence alone on its line that counts statements before it asks anything ("We
    made two recommendations to address it.", "There were two recommendations, which the
    force must act on:"): a list of them follows, even inside another."""
    if not content.endswith((".", ":")) or len(content.split()) > R.COUNTED_INTRO_WORDS:
        return False
    counted = _COUNTED_RX.search(content)
    directive = _DIRECTIVE_RX.search(content)
    # ("There were two recommendations, which the force must act on:" counts them first)
    return counted is not None and (directive is None or counted.start() < directive.start())


_QUOTES = "'\"\u2018\u201c"


# The next of the kind an introduction announced, its kind left unsaid ("The first cause of
# concern related to A:" ... "The second related to B:"): a lead-in ending in a colon
_NEXT_OF_KIND_RX = quick.compile(r"the\s+(?:second|third|fourth|fifth|sixth|next|other|last|final|remaining)(?:\s+one)?"
                                 r"\s+(?:relate[sd]?|concern(?:s|ed)?|is|was|covers?|covered|deals?|dealt|addresse[sd])\b"
                                 r"[^:]{0,160}:$", re.IGNORECASE)


_RECEIVED_RX = quick.compile(r"\b(?:received|was\s+given|were\s+given|has\s+been\s+given|got|was\s+set|was\s+told)\b",
                             re.IGNORECASE)


def _receiving_force(c: Collector, line: Line) -> str | None:
    """The one force an introduction says received the statements it introduces: named
    before "received" ("I note that our neighbouring force, Sussex Police, received a
    similar area for improvement:"), or the owner of the report they are quoted from ("One
    of the areas for improvement in Norfolk's report reads:"), else None."""
    said = _RECEIVED_RX.search(c.view, line.start, line.end)
    hits = c.forces.find(c.view, line.start, line.end)
    if said is None:
        # "One of the areas for improvement in Norfolk's report reads:": the report's owner
        owners = {hit.force for hit in hits if _OWN_REPORT_RX.match(c.view, hit.end, line.end)}
        return owners.pop() if len(owners) == 1 else None
    named = {hit.force for hit in hits if hit.end <= said.start()}
    return named.pop() if len(named) == 1 else None


_THE_FORCES_REPORT_RX = quick.compile(r"\b(?:report|inspection)\s+(?:on|of|into)\s+the\s+(?:force|constabulary)\b|\bthe\s+force(?:'s|\u2019s)\s+report\b",
                                      re.IGNORECASE)


def _heading_giver(c: Collector, lines: list[Line], index: int, givers: list[tuple[int, str | None]]) -> str | None:
    """The force a heading of statements keeps from what is above it: the force of the
    introduction right above ("In our report on the force we set out the following cause of
    concern." / "Cause of concern"), of the cause of concern a recommendation's heading
    answers a few lines below it, or that an introduction right above names by "the force"."""
    above_at = _previous_index(lines, index)
    if givers and givers[-1][1]:
        at, force = givers[-1]
        if above_at is not None and at == lines[above_at].start:
            return force
        heading = statement_heading(lines[index].content)
        near = {ln.start for ln in lines[max(0, index - GIVER_REACH):index]}
        if at in near and heading and heading[0] == "recommendation" and _CONCERN_WORDS_RX.search(c.view, at, c.view.find("\n", at)):
            return force
    return _force_of_line_above(c, lines, above_at) if above_at is not None else None


def _previous_index(lines: list[Line], index: int) -> int | None:
    """The index of the nearest non-blank line before lines[index] (see _previous), else None."""
    return next((k for k in range(index - 1, max(-1, index - 4), -1) if not lines[k].blank), None)


GIVER_REACH = 8  # lines within which a recommendation's heading keeps the force of its cause of concern
_CONCERN_WORDS_RX = quick.compile(r"\bcauses?\s+of\s+concern\b", re.IGNORECASE)


def _force_of_line_above(c: Collector, lines: list[Line], index: int) -> str | None:
    """The one force the line above names, when an introduction quotes from "our report on
    the force" and names none itself ("Nottinghamshire Police was the only force ... In our
    report on the force we set out the following cause of concern")."""
    line = lines[index]
    if not _THE_FORCES_REPORT_RX.search(c.view, line.start, line.end) or c.forces.find(c.view, line.start, line.end):
        return None
    above = _previous(lines, index)
    named = {hit.force for hit in c.forces.find(c.view, above.start, above.end)} if above is not None else set()
    return named.pop() if len(named) == 1 else None


_OWN_REPORT_RX = quick.compile(r"(?:'s|\u2019s)\s+(?:own\s+)?(?:PEEL\s+)?(?:report|inspection)\b")


# a line that says there are none of a kind ("We didn't identify any causes of concern.", "There
# are no areas for improvement in this section.", "We made no recommendations.")
_SAYS_NONE_RX = quick.compile(r"(?:we\s+|the\s+(?:inspectorate|report|inspection)\s+|hmicfrs\s+|hmic\s+|inspectors\s+)?"
                              r"(?:there\s+(?:are|were|is|was)\s+no|no|(?:did\s+not|didn['\u2019]t|have\s+not|haven['\u2019]t|has\s+not|hasn['\u2019]t)\s+"
                              r"(?:identif\w+|f[io]nd|found|rais\w+|ma[dk]e|issu\w+|giv\w+)\s+any|(?:identified|found|raised|made|issued)\s+no)\b"
                              r"[^.;:]{0,60}?\b(?:causes?\s+of\s+concern|areas?\s+for\s+improvement|recommendations?)\b", re.IGNORECASE)
# a summary of a statement in other words, labelled so ("In short: people who call 101 wait too
# long", "In plain English: ...", "What this means: ...")
_PARAPHRASE_RX = quick.compile(r"\W*(?:in\s+short|in\s+plain\s+(?:english|words|language)|put\s+simply|in\s+other\s+words"
                               r"|what\s+(?:this|it)\s+means(?:\s+for\s+you)?)\s*[:,\u2013\u2014-]", re.IGNORECASE)
# a quotation signed by the one who said it after a dash: '"The force is good at A, but it
# needs to improve B." – Jane Doe, HM Inspector of Constabulary'
_ATTRIBUTED_QUOTE_RX = quick.compile(r"\W{0,3}[\"\u201c\u2018'][^\"\u201c\u201d]{10,}?[\"\u201d\u2019']\s*[\u2013\u2014-]\s*"
                                     r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3}\s*(?:,|$)")
_WHOLLY_QUOTED_RX = quick.compile(r"[\"\u201c][^\"\u201c\u201d]{10,}[\"\u201d]")


def _signed_below(view: str, end: int) -> bool:
    """Whether the line right below the text ending at `end` signs it: an office-holder named
    first on it, as the people's forms read them ("NAME, HM Inspector of Constabulary")."""
    newline = view.find("\n", end)
    if newline < 0 or view[end:newline].strip():
        return False
    stop = view.find("\n", newline + 1)
    below = view[newline + 1:len(view) if stop < 0 else stop]
    first = len(below) - len(below.lstrip(" \t\u2014\u2013-"))
    return any(hit.name_span[0] == first for hit in F.find_people(below, False))


_NONE_OF_THEM_RX = quick.compile(r"\b(?:no|not\s+any|nor\s+any)\s+$", re.IGNORECASE)


def _statement_intro(line: Line) -> str | None:
    """The kind of statement a line says will follow: a sentence or heading that names them
    and points ahead ("... four areas for improvement. Each is set out below", "What we have
    been asked to improve")."""
    content = line.content
    if _GRADED_LEAD_IN_RX.search(content):
        return None  # "... an accelerated cause of concern. Gwent Police was graded:": grades follow
    if is_update_label(content):
        return None  # "What is the force doing about the cause of concern?": the force's answer follows
    if not content.endswith(":") and _POINTS_AWAY_RX.search(content):
        return None  # "The other six areas for improvement are set out in the full report.": none follow
    if not content.endswith(":") and starts_statement(bullet_of(content)[1]):
        return None  # "The force needs to improve its training ... powers" (no full stop): a statement, not a heading
    marker, rest = bullet_of(content)
    if marker is not None and _area_grade_row(rest.split(". ", 1)[0].rstrip(". ")):
        return None  # "* Investigating crime: requires improvement. The cause of concern sits here (see below)"
    counted = _counts_statements(content)
    if content.endswith(":") and ". " in content:
        # "... presented progress against the cause of concern and the three recommendations.
        # The cause of concern read:": the sentence that leads into the list says what it holds
        # (the kind its subject: "Two of them relate to the cause of concern:" are no concerns)
        last = content[_sentence_start(content, len(content) - 1):]
        opening = _SUBJECT_ARTICLE_RX.match(last)
        named = [kind for rx, kind in _INTROS if rx.match(last, opening.end())]  # type: ignore[union-attr]
        if len(named) == 1:
            return named[0]
        if not named and _OTHER_LIST_RX.search(last.strip()):
            return None  # "... closed all three causes of concern. Among the improvements it found were:"
    for rx, kind in _INTROS:
        m = rx.search(content)
        if m and m.start() and content[m.start() - 1] in _QUOTES:
            continue  # "Police 999 response a 'cause of concern', say inspectors": a headline quoting the words
        if m and _NONE_OF_THEM_RX.search(content, max(0, m.start() - 12), m.start()):
            continue  # "No cause of concern identified": none follow
        if m and kind == "recommendation" and _CONCERNS_FIRST_RX.match(content):
            continue  # "Causes of concern are numbered below; the recommendations for each are lettered beneath it"
        if m and (content.endswith(":") or counted or _INTRODUCES_RX.search(content, _sentence_start(content, m.start()))
                                   or (is_heading(line) and not statement_heading(content)
                                       and not F.periods_in(content.split("\t", 1)[0]) and not _ABOUT_STATEMENTS_RX.search(content))):
            # (a heading that names a year is a title: "PEEL 2023-25: Cause of concern revisit"; a
            # table's header row may date its answers' column: "Recommendation | Update (March 2024)")
            return kind
    return None


# What a list led into by its own sentence may hold besides statements, that sentence's subject
# at its opening or its last words: the progress made on them, what was found, what was done
# ("Among the improvements the inspectorate found were:", "The force has made these changes:")
_OTHER_LIST = r"(?:improvements|progress|changes|achievements|strengths|steps|actions|examples|successes)"
_OTHER_LIST_RX = quick.compile(rf"^\W*(?:\w+\W+){{0,3}}?{_OTHER_LIST}\b|\b{_OTHER_LIST}(?:\s+\w+){{0,2}}\s*:$", re.IGNORECASE)


def _sentence_start(content: str, at: int) -> int:
    """Where the sentence holding content[at] begins. What points ahead to statements comes in
    the sentence that names them or after it ("... four areas for improvement. Each is set out
    below"), never before it ("... reported side by side below. A grade or area for
    improvement in the fire columns applies only to the fire and rescue service")."""
    return content.rfind(". ", 0, at) + 1


ANSWERED_STATEMENT_LINES = 3  # lines a statement may wrap over above its answer's label


def _answered_statements(c: Collector, lines: list[Line], ctx: DocumentContext, sections: list[Section],
                         taken: set[int]) -> set[int]:
    """Statements under no statement heading, told by the answer that follows each: a
    paragraph that opens as a statement does ("The force should ...") right above a line
    that opens with an answer's label ("Our response: ..."), as a response set out under
    the report's area headings gives them. An area for improvement (a recommendation has a
    cause of concern, and a heading, above it). Returns the end offsets of the lines read."""
    read: set[int] = set()
    content = [i for i, ln in enumerate(lines) if not ln.blank]
    for n, i in enumerate(content):
        line = lines[i]
        if line.end in taken or not starts_statement(line.content):
            continue
        block = [line]
        for j in content[n + 1:n + 1 + ANSWERED_STATEMENT_LINES]:
            nxt = lines[j]
            if nxt.end in taken:
                break
            cut = update_label_end(nxt.content)
            if cut is not None:
                update = nxt.content[cut:].strip()
                text = " ".join(ln.content for ln in block)
                if _national(text):
                    break
                section = sections[i]
                c.statement("area-for-improvement", section.key(ctx), c.doc.text[block[0].start:block[-1].end],
                            c.span(block[0].start, block[-1].end), section.question, update or UPDATE_GIVEN)
                read.update(ln.end for ln in (*block, nxt))
                break
            if starts_statement(nxt.content) or is_heading(nxt):
                break
            block.append(nxt)
    return read


def _statement_lines(found) -> set[int]:  # noqa: ANN001
    """End offsets of the lines statements and their updates are made of."""
    taken: set[int] = set()
    for st in found:
        for _, b in (*st.pieces, *st.update_pieces):
            taken.add(b)
    return taken
