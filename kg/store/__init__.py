"""Where queries run: the embedded Oxigraph store, rdflib in memory, remote endpoints.

Owns: the query engines (engine, oxstore, remote), the named queries and their parameters
(queries, lookup), result and file formats (results, formats, export), the ontology and
gazetteer graphs that go in with the documents (ontology), validation and statistics, and
atomic writes of files and stores (commit).

Imports kg.graph for terms and vocabulary, never kg.extract, kg.page, kg.builder or kg.cli:
it answers questions about a graph, whoever built it.
"""
