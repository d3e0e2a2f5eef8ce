"""Records to triples: the graph's identity, vocabulary and writers.

Owns: IRIs minted from keys (identity), the mapping from extraction records to N-Triples
lines that reads like the graph contract (mapping), the ontology's terms (vocab), RDF terms
as plain values (terms), the theme rules a statement's text is matched against (themes),
and the deterministic Turtle and TriG writer (turtle).

Imports kg.read (a Document's name, hash and pages) and kg.extract (its records), never
kg.store, kg.page, kg.builder or kg.cli. Reads no document and runs no query.
"""
