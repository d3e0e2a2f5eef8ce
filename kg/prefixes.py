"""The prefixes every graph binds, as plain strings: query paths read them without rdflib."""

from __future__ import annotations

PEEL_IRI = "https://w3id.org/peel-kg/ontology#"

# Prefix -> namespace, in the order Turtle output lists them.
PREFIXES: dict[str, str] = {
    "peel": PEEL_IRI,
    "id": "https://w3id.org/peel-kg/id/",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "org": "http://www.w3.org/ns/org#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "sh": "http://www.w3.org/ns/shacl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
