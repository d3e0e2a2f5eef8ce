"""Plain records passed from the extractors to the mapping: what a document states, no RDF.

Forces are referred to by their data.police.uk id ("staffordshire"), inspectorates by
acronym ("HMIC"), grades, pillars, roles and question keys by the strings of the corpus
gold format (see kg.graph.vocab for the allowed values). Every fact carries `evidence`: the
sentence or line of the document it was read from, as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union


@dataclass(frozen=True, order=True)
class InspectionKey:
    """One inspection: a force, a period as the inspection names it, and a pillar."""

    force: str  # data.police.uk id
    period: str  # "2016", "2018/19", "2021/22", "2023-25"
    pillar: str  # Effectiveness | Efficiency | Legitimacy | Leadership | PEEL


@dataclass(frozen=True)
class ForceMention:
    """The document names a force (in any of its aliases)."""

    force: str
    name_as_written: str
    evidence: str


@dataclass(frozen=True)
class InspectorateMention:
    """The document names an inspectorate."""

    acronym: str  # HMIC | HMICFRS
    evidence: str


@dataclass(frozen=True)
class Inspection:
    """The document states, or states a judgement on, this inspection."""

    key: InspectionKey
    evidence: str
    inspectorate: str | None = None  # acronym, where the document says who inspected
    lead_inspector: str | None = None  # person name, where the document names one


@dataclass(frozen=True)
class Judgement:
    """A grade stated in words, on the whole inspection (question None) or one question."""

    inspection: InspectionKey
    grade: str  # Outstanding | Good | Adequate | Requires improvement | Inadequate
    evidence: str
    question: str | None = None  # key from kg.graph.vocab.QUESTION_KEYS


@dataclass(frozen=True)
class Statement:
    """An area for improvement, recommendation or cause of concern, with any force update."""

    kind: str  # area-for-improvement | recommendation | cause-of-concern
    inspection: InspectionKey
    text: str  # as written, bullets removed, whitespace collapsed, sub-bullets joined
    evidence: str
    question: str | None = None
    force_update: str | None = None  # the force's update on this statement, as written
    addresses: str | None = None  # for a recommendation: the text of the cause of concern


@dataclass(frozen=True)
class Person:
    """A named person holding a role in a force or an inspectorate."""

    name: str  # without honorifics
    role: str  # inspector | commissioner | chief-constable
    organisation: str  # force id for commissioner/chief-constable, acronym for inspector
    title: str  # as written
    evidence: str
    qualifier: str | None = None  # acting | temporary | deputy


@dataclass(frozen=True)
class Title:
    """The document's own title."""

    text: str


@dataclass(frozen=True)
class Notice:
    """Something about the document a user should hear of, which states no fact (a name
    shaped like a force's that the gazetteer does not know). It becomes a warning line
    naming the document and never a node in the graph."""

    message: str
    evidence: str


@dataclass(frozen=True)
class Cue:
    """A word a fact could hang on (a grade word, a statement heading, a person's title) and
    what became of it: "fact", the name of the distractor rule that explains it, or
    "unexplained" (a likely miss)."""

    kind: str  # grade | heading | title
    start: int  # offsets in the document's text
    end: int
    text: str  # the cue as written
    outcome: str
    sentence: str  # the sentence (or line) the cue stands in, whitespace collapsed

    @property
    def explained(self) -> bool:
        return self.outcome != "unexplained"

    def position(self, text: str) -> tuple[int, int]:
        """(line, column), each counted from 1, of the cue in its document's text."""
        return text.count("\n", 0, self.start) + 1, self.start - text.rfind("\n", 0, self.start)


@dataclass(frozen=True)
class Account:
    """Every cue of one document and its outcome (kg.extract.audit): no triple unless the
    build is asked for the counts."""

    document: str
    cues: tuple[Cue, ...]

    @property
    def unexplained(self) -> tuple[Cue, ...]:
        return tuple(c for c in self.cues if not c.explained)

    def counts(self) -> tuple[int, int, int]:
        """(cues, explained, unexplained)."""
        bad = len(self.unexplained)
        return len(self.cues), len(self.cues) - bad, bad


Record = Union[ForceMention, InspectorateMention, Inspection, Judgement, Statement, Person, Title, Notice, Account]
