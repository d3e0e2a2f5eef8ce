"""Records to N-Triples lines, exactly as shared/spec/GRAPH-CONTRACT.md says, provenance included.

One document's records become one graph (later a named graph of its own). Nothing here
reads files or parses text: the records say what was found, the Ids say what it is called.
Lines are written straight from the records, with the escaping of kg.graph.turtle (no rdflib
terms are made per fact: the vocabulary's IRIs are turned into text once, below).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, XSD

from ..read.document import Document
from .identity import Ids
from ..extract.records import (
    Account,
    ForceMention,
    Inspection,
    InspectionKey,
    InspectorateMention,
    Judgement,
    Notice,
    Person,
    Record,
    Statement,
    Title,
)
from ..read.safetext import carryable
from .turtle import _string, iri
from .vocab import GRADES, PEEL, PILLARS, ROLES, STATEMENT_CLASSES, question_iri, theme_iri

ThemesFor = Callable[[str], Iterable[str]]


def _t(term: object) -> str:
    """A vocabulary IRI as N-Triples text (made once, at import, for the terms below)."""
    return iri(str(term))


# predicates and classes, as N-Triples text
A = _t(RDF.type)
P_TITLE, P_FORMAT = _t(DCTERMS.title), _t(DCTERMS.format)
P_NAME, C_PERSON = _t(FOAF.name), _t(FOAF.Person)
C_MEMBERSHIP, P_MEMBER, P_ORGANIZATION, P_ROLE = (_t(ORG.Membership), _t(ORG.member), _t(ORG.organization),
                                                  _t(ORG.role))
P_DERIVED = _t(PROV.wasDerivedFrom)
PEEL_TEXT = {name: _t(getattr(PEEL, name)) for name in (
    "SourceDocument", "fileName", "sha256", "encoding", "pageCount", "genre", "evidence", "pageNumber",
    "Inspection", "force", "period", "pillar", "mentions", "inspectorate", "Inspector", "leadInspector",
    "Judgement", "inspection", "grade", "question", "text", "theme", "addresses", "ForceUpdate", "respondsTo",
    "title", "qualifier", "cueCount", "explainedCueCount", "unexplainedCueCount", "unexplainedCue",
    "UnexplainedCue", "cueKind", "cueText", "sentence", "line", "column")}
GRADE_TEXT = {key: _t(value) for key, value in GRADES.items()}
PILLAR_TEXT = {key: _t(value) for key, value in PILLARS.items()}
ROLE_TEXT = {key: (_t(role), _t(cls)) for key, (role, cls) in ROLES.items()}
STATEMENT_TEXT = {key: _t(value) for key, value in STATEMENT_CLASSES.items()}
_INTEGER = "^^" + _t(XSD.integer)


def _text(value: str) -> str:
    """A literal of text taken from a document: this is where document text enters the
    records, so this is where characters no output format can carry are dropped (kg.read.safetext)."""
    return _string(carryable(value))


def _plain(value: str) -> str:
    """A literal of text the tool made (a hash, an encoding name, a cue kind)."""
    return _string(value)


def _integer(value: int) -> str:
    """An xsd:integer literal, as rdflib writes Literal(int)."""
    return f'"{int(value)}"{_INTEGER}'


def _no_themes(text: str) -> tuple[str, ...]:
    return ()


class DocumentMapper:
    """Writes one document's records as N-Triples lines (`self.lines`, a set of str)."""

    def __init__(self, doc: Document, ids: Ids, themes_for: ThemesFor = _no_themes, audit: bool = False) -> None:
        self.lines: set[str] = set()
        self._pairs: set[tuple[str, str]] = set()  # (subject, predicate) written: "has it got one?"
        self._iris: dict[str, str] = {}
        self.audit = audit
        self.ids = Ids(ids.base, str)  # IRIs as plain text
        self.doc = self.iri(self.ids.document(doc.name))
        self.source = doc
        self.themes_for = themes_for
        self._source(doc)

    def iri(self, value: str) -> str:
        """An IRI minted by the Ids, as N-Triples text (remembered: IRIs repeat a lot)."""
        written = self._iris.get(value)
        if written is None:
            self._iris[value] = written = iri(value)
        return written

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.add(f"{s} {p} {o} .\n")
        self._pairs.add((s, p))

    # -- a source document --------------------------------------------------------------
    def _source(self, doc: Document) -> None:
        add, d, P = self.add, self.doc, PEEL_TEXT
        add(d, A, P["SourceDocument"])
        add(d, P["fileName"], _text(doc.name))
        add(d, P["sha256"], _plain(doc.sha256))
        if doc.encoding:
            add(d, P["encoding"], _plain(doc.encoding))
        add(d, P_FORMAT, _plain(doc.format))
        if doc.pages is not None:
            add(d, P["pageCount"], _integer(doc.pages))
        if doc.genre:
            add(d, P["genre"], _plain(doc.genre))

    # -- provenance: every fact points at the document and the line it was read from -------
    def _provenance(self, fact: str, evidence: str) -> None:
        self.add(fact, P_DERIVED, self.doc)
        self.add(fact, PEEL_TEXT["evidence"], _text(evidence))
        page = self.source.page_of(evidence)
        if page is not None:
            self.add(fact, PEEL_TEXT["pageNumber"], _integer(page))

    # -- an inspection: one node per force, period and pillar ------------------------------
    def _inspection(self, key: InspectionKey, evidence: str) -> str:
        add, P = self.add, PEEL_TEXT
        i, force = self.iri(self.ids.inspection(key)), self.iri(self.ids.force(key.force))
        add(i, A, P["Inspection"])
        add(i, P["force"], force)
        add(i, P["period"], _text(key.period))
        add(i, P["pillar"], PILLAR_TEXT[key.pillar])
        add(self.doc, P["mentions"], force)
        if (i, P["evidence"]) not in self._pairs:
            self._provenance(i, evidence)
        return i

    def inspection(self, rec: Inspection) -> None:
        add, P = self.add, PEEL_TEXT
        i = self._inspection(rec.key, rec.evidence)
        if rec.inspectorate:
            add(i, P["inspectorate"], self.iri(self.ids.inspectorate(rec.inspectorate)))
        if rec.lead_inspector:
            p = self.iri(self.ids.person(rec.lead_inspector))
            add(p, A, C_PERSON)
            add(p, A, P["Inspector"])
            add(p, P_NAME, _text(rec.lead_inspector))
            add(i, P["leadInspector"], p)

    # -- a judgement -------------------------------------------------------------------------
    def judgement(self, rec: Judgement) -> None:
        add, P = self.add, PEEL_TEXT
        j = self.iri(self.ids.judgement(rec.inspection, rec.question, rec.grade))
        add(j, A, P["Judgement"])
        add(j, P["inspection"], self._inspection(rec.inspection, rec.evidence))
        add(j, P["grade"], GRADE_TEXT[rec.grade])
        if rec.question:
            add(j, P["question"], _t(question_iri(rec.question)))
        self._provenance(j, rec.evidence)

    # -- an area for improvement, recommendation or cause of concern, and its update ----------
    def statement(self, rec: Statement) -> None:
        add, P = self.add, PEEL_TEXT
        raw = self.ids.statement(rec.kind, rec.inspection, rec.text)
        s = self.iri(raw)
        add(s, A, STATEMENT_TEXT[rec.kind])
        add(s, P["inspection"], self._inspection(rec.inspection, rec.evidence))
        add(s, P["text"], _text(rec.text))
        if rec.question:
            add(s, P["question"], _t(question_iri(rec.question)))
        for theme in self.themes_for(rec.text):
            add(s, P["theme"], _t(theme_iri(theme)))
        if rec.addresses:
            add(s, P["addresses"], self.iri(self.ids.statement("cause-of-concern", rec.inspection, rec.addresses)))
        self._provenance(s, rec.evidence)
        if rec.force_update:
            u = self.iri(self.ids.force_update(raw, rec.force_update))
            add(u, A, P["ForceUpdate"])
            add(u, P["respondsTo"], s)
            add(u, P["text"], _text(rec.force_update))
            self._provenance(u, rec.force_update)

    # -- a person and the role they hold ---------------------------------------------------
    def person(self, rec: Person) -> None:
        add, P = self.add, PEEL_TEXT
        role, person_class = ROLE_TEXT[rec.role]
        p = self.iri(self.ids.person(rec.name))
        add(p, A, C_PERSON)
        add(p, A, person_class)
        add(p, P_NAME, _text(rec.name))
        if rec.role == "inspector":
            org, kind = self.iri(self.ids.inspectorate(rec.organisation)), "inspectorate"
        else:
            org, kind = self.iri(self.ids.force(rec.organisation)), "force"
        m = self.iri(self.ids.membership(rec.name, kind, rec.organisation, rec.role, rec.title))
        add(m, A, C_MEMBERSHIP)
        add(m, P_MEMBER, p)
        add(m, P_ORGANIZATION, org)
        add(m, P_ROLE, role)
        add(m, P["title"], _text(rec.title))
        if rec.qualifier:
            add(m, P["qualifier"], _text(rec.qualifier))
        self._provenance(m, rec.evidence)

    # -- what the document names ---------------------------------------------------------------
    def force_mention(self, rec: ForceMention) -> None:
        self.add(self.doc, PEEL_TEXT["mentions"], self.iri(self.ids.force(rec.force)))

    def inspectorate_mention(self, rec: InspectorateMention) -> None:
        self.add(self.doc, PEEL_TEXT["mentions"], self.iri(self.ids.inspectorate(rec.acronym)))

    def title(self, rec: Title) -> None:
        self.add(self.doc, P_TITLE, _text(rec.text))

    # -- the account of the document's cues (kg build --audit only) ----------------------------
    def account(self, rec: Account) -> None:
        if not self.audit:
            return
        add, P, d, text = self.add, PEEL_TEXT, self.doc, self.source.text
        cues, explained, unexplained = rec.counts()
        add(d, P["cueCount"], _integer(cues))
        add(d, P["explainedCueCount"], _integer(explained))
        add(d, P["unexplainedCueCount"], _integer(unexplained))
        for cue in rec.unexplained:
            c = self.iri(self.ids.cue(rec.document, cue.kind, cue.start))
            add(d, P["unexplainedCue"], c)
            add(c, A, P["UnexplainedCue"])
            add(c, P["cueKind"], _plain(cue.kind))
            add(c, P["cueText"], _text(cue.text))
            add(c, P["sentence"], _text(cue.sentence))
            line, column = cue.position(text)
            add(c, P["line"], _integer(line))
            add(c, P["column"], _integer(column))


# Record type -> the DocumentMapper method that maps it. Inspections go before the facts
# that refer to them so that an inspection's evidence is its own line where it has one.
_ORDER: dict[type, tuple[int, Callable[[DocumentMapper, Record], None]]] = {
    Title: (0, DocumentMapper.title),
    ForceMention: (0, DocumentMapper.force_mention),
    InspectorateMention: (0, DocumentMapper.inspectorate_mention),
    Inspection: (1, DocumentMapper.inspection),
    Judgement: (2, DocumentMapper.judgement),
    Statement: (2, DocumentMapper.statement),
    Person: (2, DocumentMapper.person),
    Notice: (0, lambda mapper, rec: None),  # a warning for the user, never a triple
    Account: (3, DocumentMapper.account),  # the document's cues: triples with --audit only
}


def to_lines(doc: Document, records: Iterable[Record], ids: Ids,
             themes_for: ThemesFor = _no_themes, audit: bool = False) -> set[str]:
    """The N-Triples lines of one document (each ending in a newline): its SourceDocument
    node and every fact it states (with `audit`, also the counts of its account and its
    unexplained cues)."""
    mapper = DocumentMapper(doc, ids, themes_for, audit)
    ordered = sorted(enumerate(records), key=lambda ir: (_ORDER[type(ir[1])][0], ir[0]))
    for _, rec in ordered:
        _ORDER[type(rec)][1](mapper, rec)
    return mapper.lines


_UNESCAPE = re.compile(r"\\(?:u([0-9A-F]{4})|(.))")
_ECHARS = {"\\": "\\", '"': '"', "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}


def object_values(lines: Iterable[str], prefixes: tuple[str, ...]) -> set[str]:
    """The objects of `lines` (IRIs, and the text of literals) that begin with one of
    `prefixes`, as plain strings (what str() of the rdflib object would give)."""
    found = set()
    as_iri = tuple("<" + p for p in prefixes)
    as_text = tuple('"' + p for p in prefixes)
    for line in lines:
        o = line[line.index(" ", line.index(" ") + 1) + 1:-3]
        if o.startswith(as_iri):
            found.add(_UNESCAPE.sub(lambda m: chr(int(m.group(1), 16)), o[1:-1]))
        elif o.startswith(as_text):
            found.add(_UNESCAPE.sub(lambda m: _ECHARS[m.group(2)] if m.group(2) else chr(int(m.group(1), 16)),
                                    o[1:o.rindex('"')]))
    return found
