"""The ontology's terms as a closed namespace, and the prefixes every graph binds."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from ..prefixes import PEEL_IRI, PREFIXES  # noqa: F401  (re-exported)


class PEEL(DefinedNamespace):
    """Terms of https://w3id.org/peel-kg/ontology# (declared in ontology/peel.ttl)."""

    _NS = Namespace(PEEL_IRI)
    _fail = True

    # classes
    Force: URIRef
    Inspectorate: URIRef
    Inspection: URIRef
    Judgement: URIRef
    Question: URIRef
    Statement: URIRef  # superclass of the three kinds of statement an inspection makes
    AreaForImprovement: URIRef
    Recommendation: URIRef
    CauseOfConcern: URIRef
    ForceUpdate: URIRef
    Inspector: URIRef
    Commissioner: URIRef
    ChiefConstable: URIRef
    SourceDocument: URIRef
    Grade: URIRef
    Pillar: URIRef
    Theme: URIRef
    UnexplainedCue: URIRef  # kg build --audit: a cue no fact or rule accounts for

    # properties
    acronym: URIRef
    force: URIRef
    period: URIRef
    pillar: URIRef
    inspectorate: URIRef
    leadInspector: URIRef
    inspection: URIRef
    grade: URIRef
    question: URIRef
    rank: URIRef
    text: URIRef
    theme: URIRef
    addresses: URIRef
    respondsTo: URIRef
    title: URIRef
    qualifier: URIRef
    fileName: URIRef
    sha256: URIRef
    evidence: URIRef
    mentions: URIRef
    genre: URIRef
    encoding: URIRef
    pageCount: URIRef  # a PDF's number of pages
    pageNumber: URIRef  # the page a fact's evidence begins on
    # kg build --audit: a document's account of its cues (kg.extract.audit)
    cueCount: URIRef
    explainedCueCount: URIRef
    unexplainedCueCount: URIRef
    unexplainedCue: URIRef
    cueKind: URIRef
    cueText: URIRef
    sentence: URIRef
    line: URIRef
    column: URIRef
    policeUkId: URIRef
    country: URIRef
    matchPattern: URIRef  # a theme's rule: a regular expression over statement text

    # concepts and schemes
    GradeScheme: URIRef
    PillarScheme: URIRef
    QuestionScheme: URIRef
    ThemeScheme: URIRef
    Outstanding: URIRef
    Good: URIRef
    Adequate: URIRef
    RequiresImprovement: URIRef
    Inadequate: URIRef
    Effectiveness: URIRef
    Efficiency: URIRef
    Legitimacy: URIRef
    Leadership: URIRef
    IntegratedPEEL: URIRef
    InspectorRole: URIRef
    CommissionerRole: URIRef
    ChiefConstableRole: URIRef


# Gold / record vocabulary -> ontology terms.
GRADES: dict[str, URIRef] = {
    "Outstanding": PEEL.Outstanding,
    "Good": PEEL.Good,
    "Adequate": PEEL.Adequate,
    "Requires improvement": PEEL.RequiresImprovement,
    "Inadequate": PEEL.Inadequate,
}

PILLARS: dict[str, URIRef] = {
    "Effectiveness": PEEL.Effectiveness,
    "Efficiency": PEEL.Efficiency,
    "Legitimacy": PEEL.Legitimacy,
    "Leadership": PEEL.Leadership,
    "PEEL": PEEL.IntegratedPEEL,
}

ROLES: dict[str, tuple[URIRef, URIRef]] = {
    # record role -> (org:role concept, person class)
    "inspector": (PEEL.InspectorRole, PEEL.Inspector),
    "commissioner": (PEEL.CommissionerRole, PEEL.Commissioner),
    "chief-constable": (PEEL.ChiefConstableRole, PEEL.ChiefConstable),
}

STATEMENT_CLASSES: dict[str, URIRef] = {
    "area-for-improvement": PEEL.AreaForImprovement,
    "recommendation": PEEL.Recommendation,
    "cause-of-concern": PEEL.CauseOfConcern,
}

# The fixed question / graded-area keys of the corpus gold format.
QUESTION_KEYS: tuple[str, ...] = (
    "fair-treatment-public",
    "ethical-lawful-workforce",
    "fair-treatment-workforce",
    "preventing-crime",
    "investigating-crime",
    "protecting-vulnerable",
    "serious-organised-crime",
    "specialist-capabilities",
    "understanding-demand",
    "using-resources",
    "planning-future",
    "victim-service",
    "treatment-of-public",
    "responding-to-public",
    "managing-offenders",
    "workforce",
    "leadership-management",
    "crime-recording",
)


def question_iri(key: str) -> URIRef:
    """The concept for a question key, e.g. peel:question-fair-treatment-public."""
    return URIRef(f"{PEEL_IRI}question-{key}")


def theme_iri(key: str) -> URIRef:
    """The concept for a theme key, e.g. peel:theme-vetting."""
    return URIRef(f"{PEEL_IRI}theme-{key}")

# The named graph that holds the ontology and gazetteer entries in TriG, stores and pushes.
ONTOLOGY_GRAPH = "https://w3id.org/peel-kg/ontology"
