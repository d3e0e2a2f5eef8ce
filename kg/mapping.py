"""Records to triples, exactly as shared/spec/GRAPH-CONTRACT.md says, provenance included.

One document's records become one graph (later a named graph of its own). Nothing here
reads files or parses text: the records say what was found, the Ids say what it is called.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rdflib import Literal, URIRef
from rdflib.term import Node
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF

from .documents import Document
from .identity import Ids
from .records import (
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
from .safetext import carryable
from .vocab import GRADES, PEEL, PILLARS, ROLES, STATEMENT_CLASSES, question_iri, theme_iri

ThemesFor = Callable[[str], Iterable[str]]


def _text(value: str) -> Literal:
    """A literal of text taken from a document: this is where document text enters the
    records, so this is where characters no output format can carry are dropped (kg.safetext)."""
    return Literal(carryable(value))

Triple = tuple[Node, Node, Node]


class _Triples(set):
    """A set of triples that also answers "has this subject got this predicate?" quickly
    (an rdflib Graph costs ten times as much per triple and we need no more than this)."""

    def __init__(self) -> None:
        super().__init__()
        self._pairs: set[tuple[Node, Node]] = set()

    def add(self, triple: Triple) -> None:  # type: ignore[override]
        super().add(triple)
        self._pairs.add((triple[0], triple[1]))

    def has(self, subject: Node, predicate: Node) -> bool:
        return (subject, predicate) in self._pairs


def _no_themes(text: str) -> tuple[str, ...]:
    return ()


class DocumentMapper:
    """Adds one document's records to a graph."""

    def __init__(self, doc: Document, ids: Ids, themes_for: ThemesFor = _no_themes, audit: bool = False) -> None:
        self.g = _Triples()
        self.audit = audit
        self.ids = ids
        self.doc = ids.document(doc.name)
        self.source = doc
        self.themes_for = themes_for
        self._source(doc)

    # -- a source document --------------------------------------------------------------
    def _source(self, doc: Document) -> None:
        g, d = self.g, self.doc
        g.add((d, RDF.type, PEEL.SourceDocument))
        g.add((d, PEEL.fileName, _text(doc.name)))
        g.add((d, PEEL.sha256, Literal(doc.sha256)))
        if doc.encoding:
            g.add((d, PEEL.encoding, Literal(doc.encoding)))
        g.add((d, DCTERMS.format, Literal(doc.format)))
        if doc.pages is not None:
            g.add((d, PEEL.pageCount, Literal(doc.pages)))
        if doc.genre:
            g.add((d, PEEL.genre, Literal(doc.genre)))

    # -- provenance: every fact points at the document and the line it was read from -------
    def _provenance(self, fact: URIRef, evidence: str) -> None:
        self.g.add((fact, PROV.wasDerivedFrom, self.doc))
        self.g.add((fact, PEEL.evidence, _text(evidence)))
        page = self.source.page_of(evidence)
        if page is not None:
            self.g.add((fact, PEEL.pageNumber, Literal(page)))

    # -- an inspection: one node per force, period and pillar ------------------------------
    def _inspection(self, key: InspectionKey, evidence: str) -> URIRef:
        g, i = self.g, self.ids.inspection(key)
        g.add((i, RDF.type, PEEL.Inspection))
        g.add((i, PEEL.force, self.ids.force(key.force)))
        g.add((i, PEEL.period, _text(key.period)))
        g.add((i, PEEL.pillar, PILLARS[key.pillar]))
        g.add((self.doc, PEEL.mentions, self.ids.force(key.force)))
        if not g.has(i, PEEL.evidence):
            self._provenance(i, evidence)
        return i

    def inspection(self, rec: Inspection) -> None:
        g = self.g
        i = self._inspection(rec.key, rec.evidence)
        if rec.inspectorate:
            g.add((i, PEEL.inspectorate, self.ids.inspectorate(rec.inspectorate)))
        if rec.lead_inspector:
            p = self.ids.person(rec.lead_inspector)
            g.add((p, RDF.type, FOAF.Person))
            g.add((p, RDF.type, PEEL.Inspector))
            g.add((p, FOAF.name, _text(rec.lead_inspector)))
            g.add((i, PEEL.leadInspector, p))

    # -- a judgement -------------------------------------------------------------------------
    def judgement(self, rec: Judgement) -> None:
        g = self.g
        j = self.ids.judgement(rec.inspection, rec.question, rec.grade)
        g.add((j, RDF.type, PEEL.Judgement))
        g.add((j, PEEL.inspection, self._inspection(rec.inspection, rec.evidence)))
        g.add((j, PEEL.grade, GRADES[rec.grade]))
        if rec.question:
            g.add((j, PEEL.question, question_iri(rec.question)))
        self._provenance(j, rec.evidence)

    # -- an area for improvement, recommendation or cause of concern, and its update ----------
    def statement(self, rec: Statement) -> None:
        g = self.g
        s = self.ids.statement(rec.kind, rec.inspection, rec.text)
        g.add((s, RDF.type, STATEMENT_CLASSES[rec.kind]))
        g.add((s, PEEL.inspection, self._inspection(rec.inspection, rec.evidence)))
        g.add((s, PEEL.text, _text(rec.text)))
        if rec.question:
            g.add((s, PEEL.question, question_iri(rec.question)))
        for theme in self.themes_for(rec.text):
            g.add((s, PEEL.theme, theme_iri(theme)))
        if rec.addresses:
            cause = self.ids.statement("cause-of-concern", rec.inspection, rec.addresses)
            g.add((s, PEEL.addresses, cause))
        self._provenance(s, rec.evidence)
        if rec.force_update:
            u = self.ids.force_update(s, rec.force_update)
            g.add((u, RDF.type, PEEL.ForceUpdate))
            g.add((u, PEEL.respondsTo, s))
            g.add((u, PEEL.text, _text(rec.force_update)))
            self._provenance(u, rec.force_update)

    # -- a person and the role they hold ---------------------------------------------------
    def person(self, rec: Person) -> None:
        g = self.g
        role, person_class = ROLES[rec.role]
        p = self.ids.person(rec.name)
        g.add((p, RDF.type, FOAF.Person))
        g.add((p, RDF.type, person_class))
        g.add((p, FOAF.name, _text(rec.name)))
        if rec.role == "inspector":
            org, kind = self.ids.inspectorate(rec.organisation), "inspectorate"
        else:
            org, kind = self.ids.force(rec.organisation), "force"
        m = self.ids.membership(rec.name, kind, rec.organisation, rec.role, rec.title)
        g.add((m, RDF.type, ORG.Membership))
        g.add((m, ORG.member, p))
        g.add((m, ORG.organization, org))
        g.add((m, ORG.role, role))
        g.add((m, PEEL.title, _text(rec.title)))
        if rec.qualifier:
            g.add((m, PEEL.qualifier, _text(rec.qualifier)))
        self._provenance(m, rec.evidence)

    # -- what the document names ---------------------------------------------------------------
    def force_mention(self, rec: ForceMention) -> None:
        self.g.add((self.doc, PEEL.mentions, self.ids.force(rec.force)))

    def inspectorate_mention(self, rec: InspectorateMention) -> None:
        self.g.add((self.doc, PEEL.mentions, self.ids.inspectorate(rec.acronym)))

    def title(self, rec: Title) -> None:
        self.g.add((self.doc, DCTERMS.title, _text(rec.text)))

    # -- the account of the document's cues (kg build --audit only) ----------------------------
    def account(self, rec: Account) -> None:
        if not self.audit:
            return
        g, d, text = self.g, self.doc, self.source.text
        cues, explained, unexplained = rec.counts()
        g.add((d, PEEL.cueCount, Literal(cues)))
        g.add((d, PEEL.explainedCueCount, Literal(explained)))
        g.add((d, PEEL.unexplainedCueCount, Literal(unexplained)))
        for cue in rec.unexplained:
            c = self.ids.cue(rec.document, cue.kind, cue.start)
            g.add((d, PEEL.unexplainedCue, c))
            g.add((c, RDF.type, PEEL.UnexplainedCue))
            g.add((c, PEEL.cueKind, Literal(cue.kind)))
            g.add((c, PEEL.cueText, _text(cue.text)))
            g.add((c, PEEL.sentence, _text(cue.sentence)))
            line, column = cue.position(text)
            g.add((c, PEEL.line, Literal(line)))
            g.add((c, PEEL.column, Literal(column)))


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


def to_triples(doc: Document, records: Iterable[Record], ids: Ids,
               themes_for: ThemesFor = _no_themes, audit: bool = False) -> set[Triple]:
    """The triples of one document: its SourceDocument node and every fact it states (with
    `audit`, also the counts of its account and its unexplained cues)."""
    mapper = DocumentMapper(doc, ids, themes_for, audit)
    ordered = sorted(enumerate(records), key=lambda ir: (_ORDER[type(ir[1])][0], ir[0]))
    for _, rec in ordered:
        _ORDER[type(rec)][1](mapper, rec)
    return set(mapper.g)


