"""kg.graph.terms: the plain terms query answers and parameters travel in, and the rdflib-free
query path they make possible."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SH, SKOS, XSD

from kg.cli import app
from kg.prefixes import PEEL_IRI, PREFIXES
from kg.graph.terms import XSD_NS, bnode, from_rdflib, iri, literal, to_rdflib
from typer.testing import CliRunner


def test_the_plain_prefixes_are_rdflibs_namespaces():
    rdflib_names = {"dcterms": DCTERMS, "foaf": FOAF, "org": ORG, "owl": OWL, "prov": PROV, "rdf": RDF,
                    "rdfs": RDFS, "sh": SH, "skos": SKOS, "xsd": XSD}
    assert {p: PREFIXES[p] for p in rdflib_names} == {p: str(ns) for p, ns in rdflib_names.items()}
    assert PREFIXES["peel"] == PEEL_IRI
    assert XSD_NS == str(XSD)


@pytest.mark.parametrize("node", [
    URIRef("https://w3id.org/peel-kg/id/force/kent"),
    BNode("b7"),
    Literal("Kent Police"),
    Literal("Heddlu Gwent", lang="cy"),
    Literal("2016", datatype=XSD.gYear),
    Literal("3", datatype=XSD.integer),
])
def test_rdflib_terms_go_and_come_back_unchanged(node):
    term = from_rdflib(node)
    assert str(term) == str(node)
    assert to_rdflib(term) == node
    assert term.n3() == node.n3() or term.datatype  # rdflib shortens some typed literals


def test_a_string_literal_is_plain_whichever_way_it_came():
    assert literal("x", XSD_NS + "string") == literal("x") == from_rdflib(Literal("x", datatype=XSD.string))
    assert literal("x", language="en").datatype is None


@pytest.mark.parametrize("value", [
    'Lancashire" ) } DELETE WHERE { ?s ?p ?o } #',
    "line\nbreak\r\tand \\ backslash \\",
    "\"\"\"triple\"\"\" 'quotes'",
])
def test_a_literal_in_sparql_syntax_reads_back_as_itself(value):
    store = ox.Store()
    (solution,) = store.query(f"SELECT ?x WHERE {{ BIND({literal(value).n3()} AS ?x) }}")
    assert solution["x"].value == value


@pytest.mark.parametrize("text", ["http://x.org/a> } DELETE {", "has space", 'quo"te', "", "a{b}"])
def test_text_that_could_end_an_iri_early_is_not_an_iri(text):
    with pytest.raises(ValueError):
        iri(text)


def test_an_iri_parameter_that_could_end_early_is_a_one_line_error(seeds_output, tmp_path: Path, monkeypatch):
    (tmp_path / "output").symlink_to(seeds_output)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["query", "provenance", "--param", "node=http://x.org/a> } #"])
    assert result.exit_code == 2
    assert "parameter 'node' takes an IRI" in result.output and len(result.output.splitlines()) == 1


def test_a_query_on_the_store_loads_no_rdflib(seeds_output, tmp_path: Path):
    """rdflib takes a tenth of a second to import: the store's query path must not need it,
    in any row format."""
    (tmp_path / "output").symlink_to(seeds_output)
    assert (seeds_output / "store").is_dir()
    probe = (
        "import sys\n"
        "from kg.cli import main\n"
        "sys.argv = ['kg'] + sys.argv[1:]\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    code = exc.code\n"
        "print('CODE', code, 'RDFLIB', any(m == 'rdflib' or m.startswith('rdflib.') for m in sys.modules),"
        " file=sys.stderr)\n"
    )
    for args in (["forces"], ["grade-history", "--param", "force=Staffordshire"],
                 ["leadership", "-p", "force=Staffordshire", "--format", "json"],
                 ["themes", "--format", "xml"], ["forces", "--format", "table"]):
        done = subprocess.run([sys.executable, "-c", probe, "query", *args], cwd=tmp_path,
                              capture_output=True, text=True, timeout=60)
        assert done.stdout.strip(), args
        assert "CODE 0 RDFLIB False" in done.stderr, (args, done.stderr)
