"""Collecting records for one document: one record per fact, evidence from doc.text.

Each genre module finds facts and hands them to a Collector, which keeps the first
statement of each fact, adds an Inspection for every judged (force, period, pillar), and
fills in mentions of forces and inspectorates and the people the document names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..read.document import Document, plain_text
from ..read.markup import mask_markup
from .gazetteer import Gazetteer
from .records import (
    ForceMention,
    Inspection,
    InspectionKey,
    InspectorateMention,
    Judgement,
    Person,
    Record,
    Statement,
    Title,
)
from . import _facts as F
from . import _rules as R
from ._statements import starts_statement
from ._text import TRAILING_REFERENCE, clean_statement, collapse, original, sentence_at, split_lines, view
from . import _quick as quick

_NO_ANSWER_RX = quick.compile(R.NO_ANSWER, re.IGNORECASE)
_FIRST_CLAUSE_END_RX = re.compile(r"(?<=[.;])\s+")  # "Not yet received; the Commissioner has asked ..."
_CLOSING_MARKS_RX = re.compile(r"^[*_]{1,2}\s*")
# What may stand before a statement's words on its line, none of them part of it (each tried
# in turn, once): the label a page sets before the inspectorate's words ("What HMICFRS said:
# The force should ..."); a transcript's speaker ("VOICE-OVER: \u201cThe force should ...");
# a tracker's reference or number run into the cell ("B3.1 The force should ...", "R2 Within
# three months, ...", "1 The force should ..."), capitals and numbers, never a year.
_OPENS_STATEMENT = r"(?=[\"\u201c']?(?:The|Within|By|Over)\s)"
_DEPUTY_BEFORE_RX = re.compile(r"\bDeputy $")
_AREA_BETWEEN_RX = re.compile(r"[ \t]+for[ \t]+(?:the[ \t]+)?")
_KINGS_TITLE_RX = re.compile(r"His\s+Majesty(?:'|\u2019)?s?\b|HM\s+Chief\s+Inspector\s+of\s+Constabulary\s+and\s+Fire", re.IGNORECASE)
_LABELS_BEFORE = (
    re.compile(R.FINDING_LABEL_WORDS + r"\s*:\s+" + _OPENS_STATEMENT, re.IGNORECASE),
    re.compile(r"^[A-Z][A-Z'\u2019 .-]{1,60}:\s+" + _OPENS_STATEMENT),
    re.compile(r"^[A-Z]{0,4}\d{1,2}(?:\.\d{1,2}){0,2}[.):]?\s+" + _OPENS_STATEMENT),
    # a tracker's coded reference, its emphasis left: "AFI-INV-1.** The force should ...", "REC/PVP/2 The force ..."
    re.compile(r"^[*_]*[A-Z]{2,5}(?:[-/][A-Z]{2,5}){0,2}[-/ ]?\d{1,2}[.):]?[*_]*\s+" + _OPENS_STATEMENT),
    # a report's words told by a reporter: "On vulnerability, inspectors say the force should ...":
    # the statement is what they say
    re.compile(r"^(?:On\s+[^,]{3,60},\s+)?(?:the\s+)?(?:inspectors?|inspectorate|hmicfrs|hmic|report)\s+"
               r"(?:say|says|said|add|adds|added)\s+(?:that\s+)?(?=the\s+(?:force|constabulary)\s+(?:should|must|needs)\b)",
               re.IGNORECASE),
    # a kind's reference with its area: "CoC 1 (Investigating crime): The MPS does not ...", or
    # without it, after a list's own number: "1. Area for improvement 1: The force should ..."
    re.compile(r"^(?:AFI|CoC|Rec(?:ommendation)?|Cause\s+of\s+concern|Area\s+for\s+improvement)\s*\d{1,2}"
               r"(?:\s*\([^()]{3,60}\)\s*[:.\u2013-]\s+(?=[\"\u201c']?[A-Z])|\s*:\s+" + _OPENS_STATEMENT + ")", re.IGNORECASE),
)
_FOOTNOTE_AFTER_RX = re.compile(r"(?<=[.!?])\s*\d{1,2}$")  # "... to the public. 5": a footnote's mark
NAMED_SUBJECT_CHARS = 60  # a statement's opening words where a force may be named as its subject
_ASKED_AFTER_NAME_RX = re.compile(r"\s+(?:should|must|needs?\s+to|is\s+not|does\s+not|has\s+not|isn['\u2019]t|doesn['\u2019]t)\b")
# "Source: Office of the Commissioner, report to the Panel": a table's or figure's source line
_SOURCE_LINE_RX = re.compile(r"(?:data\s+)?sources?\s*:", re.IGNORECASE)
# an answer that says there were none ("No. The inspectors did not identify any cause of
# concern, ...", "No. There were no causes of concern and no recommendations"): no statement
_NONE_MADE_RX = re.compile(R.NONE_MADE, re.IGNORECASE)
_COUNT_MADE_RX = re.compile(R.COUNT_MADE, re.IGNORECASE)
# a slide's or a page's title naming statements, never one: "AFIs and progress (2/2)"
_KIND_TITLE_RX = re.compile(r"(?:AFIs?|areas?\s+for\s+improvement|recommendations?|causes?\s+of\s+concern)\b[^.:;]{0,40}",
                            re.IGNORECASE)
# a statement quoted whole, its stop inside the marks or after them: "“The force should ...”"
_QUOTED_WHOLE_RX = re.compile(r"[\"\u201c]\s*([^\"\u201c\u201d]+?)\s*[\"\u201d]([.;]?)")
_ANSWER_GOES_ON_RX = quick.compile(r"(?:however|but|although|nevertheless)\b", re.IGNORECASE)


def _no_answer(update: str) -> bool:
    """Whether the force's answer says there is none yet: all of it, or its first sentence
    with what follows only about the answer to come ("Response not yet received. It will be
    published when it is."), not an answer after all ("No update received. However, ...")."""
    first, rest = (_FIRST_CLAUSE_END_RX.split(update, maxsplit=1) + [""])[:2]
    return bool(_NO_ANSWER_RX.fullmatch(update.rstrip(". ")) or (
        rest and _NO_ANSWER_RX.fullmatch(first.rstrip(".; ")) and not _ANSWER_GOES_ON_RX.match(rest)))


class Collector:
    """The records of one document, deduplicated, in the order first found."""

    def __init__(self, doc: Document, gazetteer: Gazetteer) -> None:
        self.doc = doc
        self.gazetteer = gazetteer
        self.view = view(doc)
        self.forces = F.BoundFinder(F.force_finder(gazetteer), self.view)
        self.inspectorate_names = F.BoundFinder(F.inspectorate_finder(gazetteer), self.view)
        self.stated_inspectorates: list[str] = []  # inspectorates the document says inspected
        self._title: Title | None = None
        self._force_mentions: dict[str, ForceMention] = {}
        self._inspectorates: dict[str, InspectorateMention] = {}
        self._inspections: dict[InspectionKey, Inspection] = {}
        self._main: InspectionKey | None = None  # the inspection the document is taken to be about
        self._judgements: dict[tuple[InspectionKey, str | None], Judgement] = {}
        self._statements: dict[tuple[str, InspectionKey, str], Statement] = {}
        self._people: dict[tuple[str, str], Person] = {}

    # --- evidence ---------------------------------------------------------------

    def sentence(self, offset: int) -> str:
        """The sentence of doc.text around an offset, as written."""
        a, b = sentence_at(self.view, offset)
        return original(self.doc, a, b)

    def span(self, start: int, end: int) -> str:
        return original(self.doc, start, end)

    # --- facts --------------------------------------------------------------------

    def set_title(self, text: str) -> None:
        if self._title is None and text.strip():
            self._title = Title(collapse(text))

    def inspection(self, key: InspectionKey, evidence: str, main: bool = False) -> None:
        """Record an inspection; main marks the one the document is about."""
        if main:
            self._main = key
        if key in self._inspections:
            return
        self._inspections[key] = Inspection(key, evidence, self._inspectorate_for(key.period, main))

    def people_and_lead(self, main: InspectionKey, force_at: "callable | None" = None) -> None:
        """Record the office-holders the document names; the first HM Inspector among them
        led the main inspection."""
        for _, person in self.scan_people(main.force, F.inspectorate_of_era(main.period), force_at):
            if person.role == "inspector":
                self.set_lead_inspector(main, person.name)
                break

    def set_lead_inspector(self, key: InspectionKey, name: str) -> None:
        if key in self._inspections and self._inspections[key].lead_inspector is None:
            self._inspections[key] = replace(self._inspections[key], lead_inspector=name)

    def judgement(self, key: InspectionKey, grade: str, evidence: str, question: str | None = None,
                  main_period: bool = True) -> None:
        key = _on_its_pillar(key, question)
        self.inspection(key, evidence, main=False)
        self._judgements.setdefault((key, question), Judgement(key, grade, evidence, question))
        if self._inspections[key].inspectorate is None:
            # the inspectorate of the judgement's period that its own sentence names judged it
            # ("HMIC (as the inspectorate was then known) judged the constabulary to be good")
            era = F.inspectorate_of_era(key.period)
            if any(hit.acronym == era for hit in F.inspectorate_finder(self.gazetteer).find(evidence)):
                self._inspections[key] = replace(self._inspections[key], inspectorate=era)

    def statement(self, kind: str, key: InspectionKey, raw_text: str, evidence: str,  # noqa: PLR0913
                  question: str | None, force_update: str | None = None, addresses: str | None = None) -> Statement | None:
        text = _FOOTNOTE_AFTER_RX.sub("", TRAILING_REFERENCE.sub("", clean_statement(raw_text)))
        for label in _LABELS_BEFORE:
            text = label.sub("", text, count=1)
        quoted = _QUOTED_WHOLE_RX.fullmatch(text)
        if quoted:
            text = quoted.group(1) + quoted.group(2)  # quoted in full: the words inside the marks
        if not text or _SOURCE_LINE_RX.match(text) or _NONE_MADE_RX.search(text) \
                or (_COUNT_MADE_RX.search(text) and not starts_statement(text)) or _KIND_TITLE_RX.fullmatch(text):
            return None
        named = F.force_finder(self.gazetteer).find(text, 0, min(len(text), NAMED_SUBJECT_CHARS))
        if named and named[0].start == 0 and named[0].force != key.force and _ASKED_AFTER_NAME_RX.match(text, named[0].end):
            # "Suffolk Constabulary should develop ...": a statement put to the force it names, in
            # a joint release of two forces' reports
            key = replace(key, force=named[0].force)
        key = _on_its_pillar(key, question)
        self.inspection(key, evidence)  # a tracker's row may name an inspection of its own
        # (the answer's label set in emphasis leaves its closing marks: "**Update:** ..." -> "** ...")
        update = _CLOSING_MARKS_RX.sub("", clean_statement(force_update)) if force_update else None
        if update and _no_answer(update):
            update = None  # "-", "to follow", "No update received for this period": no answer yet
        if addresses:
            addresses = TRAILING_REFERENCE.sub("", addresses)  # (the statement it answers, as that one's text reads)
        found = Statement(kind, key, text, evidence.strip() or text, question, update, addresses)
        earlier = self._statements.get((kind, key, text))
        if earlier is None:
            self._statements[(kind, key, text)] = found
            return found
        # read twice (a chapter's list, an annex's): what one reading left open, the other tells
        # (the chapter's list under a data table's heading had lost its area; the annex names it)
        merged = replace(earlier, question=earlier.question or question, force_update=earlier.force_update or update,
                         addresses=earlier.addresses or addresses)
        self._statements[(kind, key, text)] = merged
        return merged

    def judgement_count(self) -> int:
        return len(self._judgements)

    def drop_statements_within(self, spans: list[tuple[int, int]]) -> None:
        """Forget the statements whose evidence first stands inside one of the spans (another
        kind of inspection's part of the document: not the force's PEEL statements)."""
        if not spans:
            return
        for k, found in list(self._statements.items()):
            at = self.doc.text.find(found.evidence)
            if any(a <= at < b for a, b in spans):
                del self._statements[k]

    def person(self, name: str, role: str, organisation: str, title: str, evidence: str) -> None:
        name = collapse(name)
        title = collapse(title)
        self._people.setdefault((name, title), Person(name, role, organisation, title, evidence, F.qualifier_of(title)))

    def of_chrome(self) -> "Collector | None":
        """A collector over the text the reader left out of the document (a page's menus,
        related links and footer), read as a document of its own; None where there is none."""
        if not self.doc.chrome:
            return None
        plain = plain_text(self.doc.chrome)
        return Collector(replace(self.doc, text=self.doc.chrome, plain=plain, unmarked=mask_markup(plain),
                                 chrome="", parts=(), page_starts=()), self.gazetteer)

    def people_names(self, role: str | None = None) -> list[str]:
        return F.iter_unique(p.name for p in self._people.values() if role is None or p.role == role)

    # --- mentions -------------------------------------------------------------------

    def scan_mentions(self) -> None:
        """Every force and inspectorate the document names, with the sentence naming it."""
        for hit in self.forces.find(self.view):
            if hit.force not in self._force_mentions:
                self._force_mentions[hit.force] = ForceMention(
                    hit.force, self.span(hit.start, hit.end), self.sentence(hit.start))
        for ihit in self.inspectorate_names.find(self.view):
            if ihit.acronym not in self._inspectorates:
                self._inspectorates[ihit.acronym] = InspectorateMention(ihit.acronym, self.sentence(ihit.start))
        if self.doc.chrome:
            self._scan_chrome()

    def _scan_chrome(self) -> None:
        """A page's menus, breadcrumbs, related links and footer name what they name too,
        though no fact is read from them: a force by its official name there (a menu's
        "Cumbria", an alias, is a link's label, not a mention), an inspectorate by any name."""
        for line in self.doc.chrome.split("\n"):
            plain = plain_text(line)
            for hit in F.force_finder(self.gazetteer).find(plain):
                official = self.gazetteer.forces[hit.force].name
                if hit.force not in self._force_mentions and line[hit.start:hit.end] == official:
                    self._force_mentions[hit.force] = ForceMention(hit.force, official, line)
            for ihit in F.inspectorate_finder(self.gazetteer).find(plain):
                if ihit.acronym not in self._inspectorates:
                    self._inspectorates[ihit.acronym] = InspectorateMention(ihit.acronym, line)

    def named_inspectorates(self) -> list[str]:
        return list(self._inspectorates)

    def _inspectorate_for(self, period: str, main: bool) -> str | None:
        """The inspectorate the document states for an inspection of this period."""
        era = F.inspectorate_of_era(period)
        if era in self.stated_inspectorates:
            return era
        if main and len(set(self.stated_inspectorates)) == 1:
            return self.stated_inspectorates[0]
        return None

    def state_inspectorates_in(self, start: int, end: int) -> None:
        """The inspectorates named in view[start:end] are the ones that inspected."""
        for hit in self.inspectorate_names.find(self.view, start, end):
            if hit.acronym not in self.stated_inspectorates:
                self.stated_inspectorates.append(hit.acronym)

    # --- people -------------------------------------------------------------------------

    def scan_people(self, force: str | None, inspectorate: str,
                    force_at: "callable | None" = None) -> list[tuple[int, Person]]:
        """The office-holders named in the document; force_at(hit) picks the force a person
        serves (None: the document's force)."""
        found: list[tuple[int, Person]] = []
        commissioner_led = force in F.R.COMMISSIONER_LED_FORCES if force else False
        hits = F.find_people(self.view, commissioner_led)
        named = {hit.name_span for hit in hits}
        # (and those a table of signatures names side by side, each column read down)
        hits += [hit for hit in F.column_people(self.view, commissioner_led) if hit.name_span not in named]
        for hit in hits:
            run_in = _AREA_BETWEEN_RX.fullmatch(self.view, hit.title_span[1], hit.name_span[0]) is not None
            trimmed = self._without_area(hit)
            if run_in and trimmed is hit:
                continue  # "Commissioner for North Yorkshire Zoe ...": no area ends where a name begins
            hit = trimmed
            as_written = self.view[hit.name_span[0]:hit.name_span[1]]
            area = F.force_finder(self.gazetteer).first(as_written)
            if area is not None and (area.start, area.end) == (0, len(as_written)):
                continue  # "South Wales" / "Police and Crime Commissioner": an area's name, no one's
            if hit.role == "commissioner" and _DEPUTY_BEFORE_RX.search(self.view, max(0, hit.title_span[0] - 8), hit.title_span[0]):
                # "the Deputy Police and Crime Commissioner, NAME", "Deputy PCC NAME": the deputy's title
                hit = replace(hit, title_span=(hit.title_span[0] - len("Deputy "), hit.title_span[1]))
            name = self.span(*hit.name_span)
            title = self.span(*hit.title_span)
            at_force = (force_at(hit) if force_at else None) or force
            organisation = (self._inspectorate_before(hit.title_span[0]) or inspectorate) if hit.role == "inspector" else at_force
            if hit.role == "inspector" and _KINGS_TITLE_RX.match(title):
                organisation = "HMICFRS"  # "His Majesty's Inspector": a title of 2022 on, after HMIC's day
            if organisation is None:
                continue
            evidence = self.sentence(hit.name_span[0])
            if title not in evidence:  # a byline over two lines: name and title together
                evidence = self.span(hit.start, hit.end)
            self.person(name, hit.role, organisation, title, evidence)
            found.append((hit.start, self._people[(collapse(name), collapse(title))]))
        return found

    def _inspectorate_before(self, offset: int) -> str | None:
        """The inspectorate the paragraph names last before offset: an inspector's own ("HMIC
        (as the inspectorate was then known) judged ... The HM Inspector ..., NAME")."""
        start = self.view.rfind("\n", 0, offset) + 1
        named = [hit.acronym for hit in self.inspectorate_names.find(self.view, start, offset)]
        return named[-1] if named else None

    def _without_area(self, hit: "F.PersonHit") -> "F.PersonHit":
        """A name that begins with a force's area, run in from a letterhead above ("Office of
        the Police and Crime Commissioner for Suffolk" / "Tilly Okafor, ..." read as "Suffolk
        Tilly Okafor"): the name after it, when two words or more are left."""
        a, b = hit.name_span
        area = self.forces.first(self.view, a, b)
        if area is None or area.start != a or len(self.view[area.end:b].split()) < 2:
            return hit
        rest = a + len(self.view[a:b]) - len(self.view[area.end:b].lstrip())
        return replace(hit, name_span=(rest, b))

    # --- output ---------------------------------------------------------------------------

    def records(self) -> list[Record]:
        out: list[Record] = []
        if self._title:
            out.append(self._title)
        out.extend(self._force_mentions.values())
        out.extend(self._inspectorates.values())
        out.extend(i for k, i in self._inspections.items() if k != self._main or self._main_stands())
        out.extend(self._judgements.values())
        out.extend(self._statements.values())
        out.extend(self._people.values())
        return out

    def _main_stands(self) -> bool:
        """Whether the inspection the document was taken to be about is one: it has a fact of
        its own (a grade, a statement, its lead inspector), or no other inspection has one (a
        document about many forces names theirs, not a first force's guessed report)."""
        main = self._main
        if main is None or main not in self._inspections:
            return True
        if any(k == main for k, _ in self._judgements) or any(k == main for _, k, _ in self._statements) \
                or self._inspections[main].lead_inspector:
            return True
        # (only a document about several other forces: a report of the main force's own, ungraded
        # or still to come, stays)
        others = {k.force for k, _ in self._judgements if k.force != main.force}
        own = [k for k, _ in self._judgements if k.force == main.force]
        if len(others) >= 2 and own and all(k.period == main.period and k.pillar != main.pillar for k in own):
            return False  # (a listing whose main force's report of that year is another pillar's: a guess that mixed two items)
        return len(others) < 2 or bool(own)

    def has_inspection(self, key: InspectionKey) -> bool:
        return key in self._inspections

    def lines(self):  # noqa: ANN201
        return split_lines(self.view)


def _on_its_pillar(key: InspectionKey, question: str | None) -> InspectionKey:
    """A 2015-2017 fact with a question belongs to its question's pillar (each question of
    those years had one), whatever pillar its section or its document named; a 2018/19 one
    to the integrated assessment (pillar PEEL), whose pillars alone were graded as pillars."""
    if question and key.period.isdigit() and int(key.period) <= R.LAST_PILLAR_YEAR:
        pillar = R.LEGACY_QUESTION_PILLARS.get(question)
        return replace(key, pillar=pillar) if pillar else key
    if question and key.period in R.PILLAR_GRADED_PERIODS and key.pillar != "PEEL":
        return replace(key, pillar="PEEL")
    return key
