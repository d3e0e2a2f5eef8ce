"""The ontology files: they parse, declare every term the code uses, and their SHACL
shapes accept a graph written to the contract and reject the usual mistakes.

Validation settings used throughout (and recommended for `kg validate`): the data graph
is the graph as built, which carries peel.ttl, themes.ttl and the gazetteer entries it
mentions; `shacl_graph` is shapes.ttl; `inference="none"` (no ont_graph needed). With no
inference a missing rdf:type is reported instead of being inferred from a property's
domain; "rdfs" gives the same verdicts. pySHACL's ont_graph copies an ontology's axioms
but not its concepts, so it cannot stand in for carrying the concept schemes.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from kg.graph.vocab import GRADES, PEEL, PILLARS, QUESTION_KEYS, ROLES, STATEMENT_CLASSES, question_iri, theme_iri

ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology"
PEEL_TERMS = sorted(PEEL.__annotations__)
XSD_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")


@cache
def _parsed(name: str) -> Graph:
    return Graph().parse(ONTOLOGY / name, format="turtle")


def _graph(name: str) -> Graph:
    """A fresh copy of a parsed ontology file (tests may add to it)."""
    copy = Graph()
    for triple in _parsed(name):
        copy.add(triple)
    return copy


PREFIXES = """
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix peel: <https://w3id.org/peel-kg/ontology#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix id: <https://w3id.org/peel-kg/id/> .
"""

# A small graph written by hand from GRAPH-CONTRACT.md: one of every kind of node.
VALID = PREFIXES + """
id:force\\/staffordshire a peel:Force ;
    rdfs:label "Staffordshire Police" ;
    skos:altLabel "Staffordshire" ;
    peel:policeUkId "staffordshire" ;
    peel:country "England" .

id:inspectorate\\/hmic a peel:Inspectorate ;
    rdfs:label "Her Majesty's Inspectorate of Constabulary" ;
    peel:acronym "HMIC" .

<https://w3id.org/peel-kg/id/document/4a5b> a peel:SourceDocument ;
    peel:fileName "001_1171d37a6130ba33.txt" ;
    peel:sha256 "4a5b0c9d8e7f60112233445566778899aabbccddeeff00112233445566778899" ;
    dcterms:title "PCC and CC Force Inspection response record" ;
    peel:genre "response-record" ;
    peel:encoding "utf-8" ;
    peel:mentions id:force\\/staffordshire , id:inspectorate\\/hmic .

<https://w3id.org/peel-kg/id/inspection/staffordshire/2016/legitimacy> a peel:Inspection ;
    peel:force id:force\\/staffordshire ;
    peel:period "2016" ;
    peel:pillar peel:Legitimacy ;
    peel:inspectorate id:inspectorate\\/hmic ;
    peel:leadInspector <https://w3id.org/peel-kg/id/person/wendy-williams> ;
    prov:wasDerivedFrom <https://w3id.org/peel-kg/id/document/4a5b> ;
    peel:evidence "Staffordshire Police is good at how legitimately it keeps people safe and reduces crime." .

<https://w3id.org/peel-kg/id/judgement/staffordshire/2016/legitimacy/fair-treatment-public>
    a peel:Judgement ;
    peel:inspection <https://w3id.org/peel-kg/id/inspection/staffordshire/2016/legitimacy> ;
    peel:grade peel:Good ;
    peel:question peel:question-fair-treatment-public ;
    prov:wasDerivedFrom <https://w3id.org/peel-kg/id/document/4a5b> ;
    peel:evidence "The force is good at treating all of the people it serves with fairness and respect." .

<https://w3id.org/peel-kg/id/statement/aaa> a peel:AreaForImprovement ;
    peel:inspection <https://w3id.org/peel-kg/id/inspection/staffordshire/2016/legitimacy> ;
    peel:question peel:question-ethical-lawful-workforce ;
    peel:text "The force should ensure it complies with all aspects of the current national guidelines for vetting." ;
    peel:theme peel:theme-vetting ;
    prov:wasDerivedFrom <https://w3id.org/peel-kg/id/document/4a5b> ;
    peel:evidence "The force should ensure it complies with all aspects of the current national guidelines for vetting." .

<https://w3id.org/peel-kg/id/statement/bbb> a peel:CauseOfConcern ;
    peel:inspection <https://w3id.org/peel-kg/id/inspection/staffordshire/2016/legitimacy> ;
    peel:text "The force does not vet its workforce to the required level." ;
    prov:wasDerivedFrom <https://w3id.org/peel-kg/id/document/4a5b> ;
    peel:evidence "The force does not vet its workforce to the required level." .

<https://w3id.org/peel-kg/id/statement/ccc> a peel:Recommendation ;
    peel:inspection <https://w3id.org/peel-kg/id/inspection/staffordshire/2016/legitimacy> ;
    peel:text "Within six months, the force should clear its vetting backlog." ;
    peel:addresses <https://w3id.org/peel-kg/id/statement/bbb> ;
    prov:wasDerivedFrom <https://w3id.org/peel-kg/id/document/4a5b> ;
    peel:evidence "Within six months, the force should clear its vetting backlog." .

<https://w3id.org/peel-kg/id/update/aaa> a peel:ForceUpdate ;
    peel:respondsTo <https://w3id.org/peel-kg/id/statement/aaa> ;
    peel:text "All officers have now been vetted." ;
    prov:wasDerivedFrom <https://w3id.org/peel-kg/id/document/4a5b> ;
    peel:evidence "Force Update: All officers have now been vetted." .

<https://w3id.org/peel-kg/id/person/wendy-williams> a foaf:Person, peel:Inspector ;
    foaf:name "Wendy Williams" .

<https://w3id.org/peel-kg/id/person/nick-baker> a foaf:Person, peel:ChiefConstable ;
    foaf:name "Nick Baker" .

<https://w3id.org/peel-kg/id/membership/wendy-williams/inspector/hmic> a org:Membership ;
    org:member <https://w3id.org/peel-kg/id/person/wendy-williams> ;
    org:organization id:inspectorate\\/hmic ;
    org:role peel:InspectorRole ;
    peel:title "HM Inspector of Constabulary" ;
    prov:wasDerivedFrom <https://w3id.org/peel-kg/id/document/4a5b> ;
    peel:evidence "HM Inspector of Constabulary Wendy Williams said" .

<https://w3id.org/peel-kg/id/membership/nick-baker/chief-constable/staffordshire> a org:Membership ;
    org:member <https://w3id.org/peel-kg/id/person/nick-baker> ;
    org:organization id:force\\/staffordshire ;
    org:role peel:ChiefConstableRole ;
    peel:title "Acting Chief Constable" , "Temporary Chief Constable" ;
    peel:qualifier "acting" , "temporary" ;
    prov:wasDerivedFrom <https://w3id.org/peel-kg/id/document/4a5b> ;
    peel:evidence "Acting Chief Constable Nick Baker" .
"""

INSPECTION = "https://w3id.org/peel-kg/id/inspection/staffordshire/2016/legitimacy"
JUDGEMENT = "https://w3id.org/peel-kg/id/judgement/staffordshire/2016/legitimacy/fair-treatment-public"
AFI = "https://w3id.org/peel-kg/id/statement/aaa"
MEMBERSHIP = "https://w3id.org/peel-kg/id/membership/nick-baker/chief-constable/staffordshire"


def _valid_graph() -> Graph:
    return Graph().parse(data=VALID, format="turtle")


def _report(data: Graph, inference: str = "none") -> tuple[bool, Graph, str]:
    """Validate `data` as `kg build` would write it: with the ontology inside."""
    built = data + _graph("peel.ttl") + _graph("themes.ttl")
    conforms, results, text = validate(
        built, shacl_graph=_parsed("shapes.ttl"), inference=inference, allow_warnings=False
    )
    return conforms, results, text


def _violations(results: Graph) -> set[tuple[str, str]]:
    """(focus node, result path or source constraint component) of every result."""
    found = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = str(results.value(result, SH.focusNode))
        path = results.value(result, SH.resultPath)
        component = results.value(result, SH.sourceConstraintComponent)
        found.add((focus, str(path) if path is not None else str(component)))
    return found


# ---------------------------------------------------------------------------------------
# Parsing and declarations
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["peel.ttl", "shapes.ttl", "themes.ttl", "forces.ttl"])
def test_ontology_file_parses(name: str) -> None:
    assert len(_parsed(name)) > 0


def test_ontology_header() -> None:
    g = _parsed("peel.ttl")
    onto = URIRef("https://w3id.org/peel-kg/ontology")
    assert (onto, RDF.type, OWL.Ontology) in g
    for prop in (RDFS.label, RDFS.comment, OWL.versionInfo):
        assert g.value(onto, prop) is not None, prop


@pytest.mark.parametrize("term", PEEL_TERMS)
def test_every_vocab_term_is_declared_with_label_and_comment(term: str) -> None:
    g = _parsed("peel.ttl")
    iri = PEEL[term]
    assert (iri, RDF.type, None) in g, f"peel:{term} has no rdf:type in peel.ttl"
    assert g.value(iri, RDFS.label) is not None, f"peel:{term} has no rdfs:label"
    assert g.value(iri, RDFS.comment) is not None, f"peel:{term} has no rdfs:comment"


def test_vocab_terms_have_the_right_kind() -> None:
    g = _parsed("peel.ttl")
    for term in PEEL_TERMS:
        iri = PEEL[term]
        kinds = set(g.objects(iri, RDF.type))
        if term[0].isupper() and not term.endswith(("Scheme", "Role")) and iri not in GRADES.values() \
                and iri not in PILLARS.values():
            assert OWL.Class in kinds, term
        elif term[0].islower():
            assert kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}, term
            assert g.value(iri, RDFS.domain) is not None, f"peel:{term} has no rdfs:domain"
            assert g.value(iri, RDFS.range) is not None, f"peel:{term} has no rdfs:range"


def test_peel_terms_in_ontology_are_all_known_to_vocab() -> None:
    """The reverse check: peel.ttl declares nothing in peel: that the code cannot name."""
    g = _parsed("peel.ttl") + _parsed("themes.ttl")
    declared = {s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(str(PEEL))}
    known = {PEEL[t] for t in PEEL_TERMS}
    known |= {question_iri(k) for k in QUESTION_KEYS}
    known |= {s for s in g.subjects(RDF.type, PEEL.Theme)}
    assert declared - known == set()


def test_w3c_superclasses() -> None:
    g = _parsed("peel.ttl")
    org = "http://www.w3.org/ns/org#"
    expected = {
        PEEL.Force: URIRef(org + "FormalOrganization"),
        PEEL.Inspectorate: URIRef(org + "FormalOrganization"),
        PEEL.Question: SKOS.Concept,
        PEEL.Grade: SKOS.Concept,
        PEEL.Pillar: SKOS.Concept,
        PEEL.Theme: SKOS.Concept,
        PEEL.SourceDocument: URIRef("http://www.w3.org/ns/prov#Entity"),
        PEEL.Inspector: URIRef("http://xmlns.com/foaf/0.1/Person"),
        PEEL.Commissioner: URIRef("http://xmlns.com/foaf/0.1/Person"),
        PEEL.ChiefConstable: URIRef("http://xmlns.com/foaf/0.1/Person"),
    }
    for cls in STATEMENT_CLASSES.values():
        expected[cls] = PEEL.Statement
    for cls, parent in expected.items():
        assert (cls, RDFS.subClassOf, parent) in g, f"{cls} should be a subclass of {parent}"


def test_grades_are_ranked_one_to_five() -> None:
    g = _parsed("peel.ttl")
    ranks = {}
    for label, grade in GRADES.items():
        assert (grade, SKOS.inScheme, PEEL.GradeScheme) in g
        assert (grade, RDF.type, PEEL.Grade) in g
        assert str(g.value(grade, SKOS.prefLabel)) == label
        rank = g.value(grade, PEEL.rank)
        assert isinstance(rank, Literal) and rank.datatype == XSD_INTEGER
        ranks[label] = rank.toPython()
    assert ranks == {"Outstanding": 1, "Good": 2, "Adequate": 3, "Requires improvement": 4, "Inadequate": 5}


def test_pillar_notations_match_the_gold_pillar_words() -> None:
    g = _parsed("peel.ttl")
    for word, pillar in PILLARS.items():
        assert (pillar, SKOS.inScheme, PEEL.PillarScheme) in g
        assert str(g.value(pillar, SKOS.notation)) == word
        assert g.value(pillar, SKOS.prefLabel) is not None


def test_role_concepts() -> None:
    g = _parsed("peel.ttl")
    for role, cls in ROLES.values():
        assert (role, RDF.type, SKOS.Concept) in g
        assert g.value(role, SKOS.prefLabel) is not None
        assert (cls, RDFS.subClassOf, URIRef("http://xmlns.com/foaf/0.1/Person")) in g


def test_question_notations_are_the_question_keys() -> None:
    g = _parsed("peel.ttl")
    questions = set(g.subjects(SKOS.inScheme, PEEL.QuestionScheme))
    assert {str(g.value(q, SKOS.notation)) for q in questions} == set(QUESTION_KEYS)
    for key in QUESTION_KEYS:
        q = question_iri(key)
        assert (q, RDF.type, PEEL.Question) in g
        assert (q, RDF.type, SKOS.Concept) in g
        assert str(g.value(q, SKOS.notation)) == key
        for prop in (SKOS.prefLabel, RDFS.label, RDFS.comment):
            assert g.value(q, prop) is not None, f"{key} lacks {prop}"
    assert str(g.value(question_iri("fair-treatment-public"), SKOS.prefLabel)) == (
        "To what extent does the force treat all of the people it serves with fairness and respect?"
    )


def test_question_keys_in_shapes_match_vocab() -> None:
    """shapes.ttl lists the keys too (a closed sh:in); keep it in step with vocab."""
    text = (ONTOLOGY / "shapes.ttl").read_text(encoding="utf-8")
    block = text[text.index('sh:in ( "fair-treatment-public"'):]
    block = block[: block.index(")")]
    assert tuple(re.findall(r'"([a-z-]+)"', block)) == QUESTION_KEYS


def test_themes_are_declared() -> None:
    g = _parsed("themes.ttl")
    themes = set(g.subjects(RDF.type, PEEL.Theme))
    assert len(themes) >= 12
    for theme in themes:
        key = str(g.value(theme, SKOS.notation))
        assert theme == theme_iri(key)
        assert (theme, RDF.type, SKOS.Concept) in g
        assert (theme, SKOS.inScheme, PEEL.ThemeScheme) in g
        assert g.value(theme, SKOS.prefLabel) is not None, key
        assert g.value(theme, SKOS.definition) is not None, key
        assert g.value(theme, RDFS.label) is not None, key
        assert g.value(theme, RDFS.comment) is not None, key
        assert g.value(theme, PEEL.matchPattern) is not None, key
    scheme = _parsed("peel.ttl")
    assert (PEEL.ThemeScheme, RDF.type, SKOS.ConceptScheme) in scheme


def test_every_shape_is_named_and_every_constraint_has_a_message() -> None:
    g = _parsed("shapes.ttl")
    for shape in g.subjects(RDF.type, SH.NodeShape):
        assert g.value(shape, RDFS.label) is not None, shape
    for prop_shape in g.objects(None, SH.property):
        assert g.value(prop_shape, SH.name) is not None, prop_shape
        assert g.value(prop_shape, SH.message) is not None, prop_shape


# ---------------------------------------------------------------------------------------
# SHACL: the ontology files themselves conform
# ---------------------------------------------------------------------------------------


def test_ontology_and_gazetteer_conform() -> None:
    conforms, _, text = _report(_graph("forces.ttl"))
    assert conforms, text


# ---------------------------------------------------------------------------------------
# SHACL: a graph written to the contract passes, and each mistake is caught
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("inference", ["none", "rdfs"])
def test_valid_graph_conforms(inference: str) -> None:
    conforms, _, text = _report(_valid_graph(), inference)
    assert conforms, text


def test_ont_graph_alone_does_not_supply_the_concepts() -> None:
    """Why graphs must carry the ontology: pySHACL's ont_graph brings axioms only."""
    conforms, results, _ = validate(
        _valid_graph(), shacl_graph=_parsed("shapes.ttl"), ont_graph=_parsed("peel.ttl"), inference="none"
    )
    assert not conforms
    assert (JUDGEMENT, str(PEEL.grade)) in _violations(results)


def _break(update: str) -> set[tuple[str, str]]:
    data = _valid_graph()
    data.update(PREFIXES.replace("@prefix", "PREFIX").replace(" .\n", "\n") + update)
    conforms, results, text = _report(data)
    assert not conforms, "expected a violation"
    return _violations(results)


def test_judgement_without_grade_fails() -> None:
    found = _break(f"DELETE WHERE {{ <{JUDGEMENT}> peel:grade ?g }}")
    assert (JUDGEMENT, str(PEEL.grade)) in found


def test_judgement_with_two_grades_fails() -> None:
    found = _break(f"INSERT DATA {{ <{JUDGEMENT}> peel:grade peel:Outstanding }}")
    assert (JUDGEMENT, str(PEEL.grade)) in found


def test_judgement_with_a_grade_outside_the_scheme_fails() -> None:
    found = _break(
        f"DELETE WHERE {{ <{JUDGEMENT}> peel:grade ?g }} ;"
        f"INSERT DATA {{ <{JUDGEMENT}> peel:grade <https://example.org/Excellent> }}"
    )
    assert (JUDGEMENT, str(PEEL.grade)) in found


def test_inspection_without_force_fails() -> None:
    found = _break(f"DELETE WHERE {{ <{INSPECTION}> peel:force ?f }}")
    assert (INSPECTION, str(PEEL.force)) in found


def test_inspection_with_a_force_that_is_not_a_force_fails() -> None:
    found = _break(
        f"DELETE WHERE {{ <{INSPECTION}> peel:force ?f }} ;"
        f"INSERT DATA {{ <{INSPECTION}> peel:force <https://w3id.org/peel-kg/id/force/atlantis> }}"
    )
    assert (INSPECTION, str(PEEL.force)) in found


def test_inspection_without_period_or_with_a_typed_period_fails() -> None:
    found = _break(f"DELETE WHERE {{ <{INSPECTION}> peel:period ?p }}")
    assert (INSPECTION, str(PEEL.period)) in found
    found = _break(
        f"DELETE WHERE {{ <{INSPECTION}> peel:period ?p }} ;"
        f'INSERT DATA {{ <{INSPECTION}> peel:period "2016"^^<http://www.w3.org/2001/XMLSchema#gYear> }}'
    )
    assert (INSPECTION, str(PEEL.period)) in found


def test_inspection_without_pillar_fails() -> None:
    found = _break(f"DELETE WHERE {{ <{INSPECTION}> peel:pillar ?p }}")
    assert (INSPECTION, str(PEEL.pillar)) in found


def test_statement_without_provenance_fails() -> None:
    found = _break(f"DELETE WHERE {{ <{AFI}> prov:wasDerivedFrom ?d }}")
    assert (AFI, "http://www.w3.org/ns/prov#wasDerivedFrom") in found


def test_statement_without_evidence_fails() -> None:
    found = _break(f"DELETE WHERE {{ <{AFI}> peel:evidence ?e }}")
    assert (AFI, str(PEEL.evidence)) in found


@pytest.mark.parametrize("node", [INSPECTION, JUDGEMENT, MEMBERSHIP, "https://w3id.org/peel-kg/id/update/aaa"])
def test_every_fact_kind_needs_provenance(node: str) -> None:
    found = _break(f"DELETE WHERE {{ <{node}> prov:wasDerivedFrom ?d }}")
    assert (node, "http://www.w3.org/ns/prov#wasDerivedFrom") in found


def test_statement_without_text_fails() -> None:
    found = _break(f"DELETE WHERE {{ <{AFI}> peel:text ?t }}")
    assert (AFI, str(PEEL.text)) in found


def test_statement_with_a_theme_outside_the_scheme_fails() -> None:
    found = _break(f"INSERT DATA {{ <{AFI}> peel:theme peel:question-workforce }}")
    assert (AFI, str(PEEL.theme)) in found


def test_addresses_from_an_area_for_improvement_fails() -> None:
    found = _break(f"INSERT DATA {{ <{AFI}> peel:addresses <https://w3id.org/peel-kg/id/statement/bbb> }}")
    assert (AFI, str(SH.ClassConstraintComponent)) in found


def test_membership_with_bad_qualifier_fails() -> None:
    found = _break(f'INSERT DATA {{ <{MEMBERSHIP}> peel:qualifier "substantive" }}')
    assert (MEMBERSHIP, str(PEEL.qualifier)) in found


def test_membership_with_bad_role_or_no_title_fails() -> None:
    found = _break(f"INSERT DATA {{ <{MEMBERSHIP}> org:role peel:Good }}")
    assert (MEMBERSHIP, "http://www.w3.org/ns/org#role") in found
    found = _break(f"DELETE WHERE {{ <{MEMBERSHIP}> peel:title ?t }}")
    assert (MEMBERSHIP, str(PEEL.title)) in found


def test_person_with_two_names_fails() -> None:
    person = "https://w3id.org/peel-kg/id/person/nick-baker"
    found = _break(f'INSERT DATA {{ <{person}> foaf:name "Nicholas Baker" }}')
    assert (person, "http://xmlns.com/foaf/0.1/name") in found


def test_source_document_with_bad_sha256_fails() -> None:
    doc = "https://w3id.org/peel-kg/id/document/4a5b"
    found = _break(
        f"DELETE WHERE {{ <{doc}> peel:sha256 ?h }} ;"
        f'INSERT DATA {{ <{doc}> peel:sha256 "4A5B" }}'
    )
    assert (doc, str(PEEL.sha256)) in found


def test_force_with_a_non_force_iri_fails() -> None:
    odd = "https://w3id.org/peel-kg/id/organisation/Staffs"
    found = _break(f'INSERT DATA {{ <{odd}> a peel:Force ; rdfs:label "Staffs" }}')
    assert (odd, str(SH.PatternConstraintComponent)) in found


def test_force_iri_pattern_tolerates_another_id_base() -> None:
    data = _valid_graph()
    data.update(
        'PREFIX peel: <https://w3id.org/peel-kg/ontology#>\n'
        'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n'
        'INSERT DATA { <https://example.org/kg/force/kent> a peel:Force ; rdfs:label "Kent Police" }'
    )
    conforms, _, text = _report(data)
    assert conforms, text


def test_inspectorate_with_unknown_acronym_fails() -> None:
    hmic = "https://w3id.org/peel-kg/id/inspectorate/hmic"
    found = _break(f'DELETE WHERE {{ <{hmic}> peel:acronym ?a }} ; INSERT DATA {{ <{hmic}> peel:acronym "HMI" }}')
    assert (hmic, str(PEEL.acronym)) in found


def test_each_force_is_named_once_whatever_the_case() -> None:
    """The force lookups in queries/ join a force with its names (rdfs:label and
    skos:altLabel) and keep those that match, ignoring case: two names of one force equal
    but for case would match it twice, and repeat rows a query does not group or dedupe."""
    forces = _parsed("forces.ttl")
    for force in set(forces.subjects(RDFS.label, None)):
        names = [str(o).lower() for p in (RDFS.label, SKOS.altLabel) for o in forces.objects(force, p)]
        assert len(names) == len(set(names)), force
        assert len(list(forces.objects(force, RDFS.label))) == 1, force
