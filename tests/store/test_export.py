"""`kg export` on the seeds graph: every format reads back as the same graph, bytes are stable,
rapper agrees, and TriG keeps each document's statements in a named graph of its own."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import PROV, RDF
from typer.testing import CliRunner

from kg.cli import app
from kg.store.export import EXPORT_FORMATS, ONTOLOGY_GRAPH, export_graph, union
from kg.graph.vocab import PEEL

from ..conftest import ROOT, require_tool

runner = CliRunner()
SEED_FILES = sorted(p.name for p in (ROOT / "seeds").iterdir() if not p.name.startswith("."))
RAPPER_SYNTAX = {"turtle": "turtle", "nt": "ntriples", "xml": "rdfxml", "trig": "trig"}


@pytest.fixture(scope="module")
def turtle_graph(seeds_output: Path) -> Graph:
    return Graph().parse(seeds_output / "graph.ttl", format="turtle")


def export(*args: str) -> bytes:
    result = runner.invoke(app, ["export", *args])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def parse_back(data: bytes, name: str) -> Graph:
    if name in ("trig", "nquads"):
        ds = Dataset()
        ds.parse(data=data, format=name)
        return union(ds)
    return Graph().parse(data=data, format=EXPORT_FORMATS[name][0])


def assert_isomorphic(a: Graph, b: Graph) -> None:
    if not isomorphic(a, b):
        _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
        pytest.fail(f"only in the first: {sorted(only_a)[:5]}\nonly in the second: {sorted(only_b)[:5]}")


@pytest.fixture()
def in_project_output(seeds_output: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder whose output/ holds the seeds build, as after `kg build`."""
    shutil.copytree(seeds_output, tmp_path / "output")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("name", sorted(EXPORT_FORMATS))
def test_every_format_reads_back_as_the_turtle_graph(name, in_project_output, turtle_graph):
    data = export("--format", name)
    assert_isomorphic(parse_back(data, name), turtle_graph)


@pytest.mark.parametrize("name", sorted(EXPORT_FORMATS))
def test_every_format_is_byte_for_byte_stable(name, in_project_output):
    """Twice in this process, and once in another with a different hash seed."""
    first = export("--format", name)
    assert export("--format", name) == first
    proc = subprocess.run([sys.executable, "-m", "kg", "export", "--format", name], capture_output=True,
                          cwd=in_project_output, timeout=120,
                          env={**os.environ, "PYTHONHASHSEED": "12345", "KG_ROOT": str(ROOT), "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout == first


def test_the_same_graph_read_from_two_syntaxes_exports_the_same_bytes(turtle_graph):
    again = Graph().parse(data=export_graph(turtle_graph, "nt"), format="nt")
    for name in ("turtle", "nt", "jsonld", "xml"):
        assert export_graph(again, name) == export_graph(turtle_graph, name), name


def test_n_triples_lines_are_sorted(in_project_output):
    lines = export("--format", "nt").decode("utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) == len(set(lines))


@pytest.mark.parametrize("name", ["turtle", "nt", "xml", "trig"])
def test_rapper_parses_the_export(name, in_project_output, turtle_graph, tmp_path):
    rapper = require_tool("rapper")
    path = tmp_path / f"graph{EXPORT_FORMATS[name][1]}"
    path.write_bytes(export("--format", name))
    proc = subprocess.run([rapper, "--count", "-i", RAPPER_SYNTAX[name], str(path)], capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    counted = re.search(r"returned (\d+) (triples|statements)", proc.stderr.decode())
    assert counted, proc.stderr.decode()
    if name != "trig":  # TriG may repeat a triple in two named graphs
        assert int(counted.group(1)) == len(turtle_graph)


def test_trig_has_one_named_graph_per_seed_document(in_project_output, turtle_graph):
    ds = Dataset()
    ds.parse(data=export("--format", "trig"), format="trig")
    named = {g.identifier: g for g in ds.graphs() if len(g)}
    documents = {d: str(fname) for d, fname in turtle_graph.subject_objects(PEEL.fileName)}
    assert sorted(documents.values()) == SEED_FILES
    assert set(named) == set(documents) | {ONTOLOGY_GRAPH}
    for doc, fname in documents.items():
        assert str(doc).endswith(f"/document/{fname}")
        g = named[doc]
        assert set(g.subjects(RDF.type, PEEL.SourceDocument)) == {doc}
        assert set(g.objects(None, PROV.wasDerivedFrom)) == {doc}, "a document's graph cites only that document"
    ontology = named[ONTOLOGY_GRAPH]
    assert (PEEL.Judgement, None, None) in ontology and not set(ontology.subjects(RDF.type, PEEL.SourceDocument))


def test_trig_says_which_document_gave_which_evidence(in_project_output, turtle_graph):
    """The 2016 Staffordshire inspection is in 000 and 002, each with its own sentence; the
    flat graph holds both sentences and cannot say whose is whose."""
    ds = Dataset()
    ds.parse(data=export("--format", "trig"), format="trig")
    inspection = URIRef("https://w3id.org/peel-kg/id/inspection/staffordshire/2016/legitimacy")
    evidence = {}
    for g in ds.graphs():
        if (inspection, RDF.type, PEEL.Inspection) in g:
            evidence[str(g.identifier).rsplit("/", 1)[-1]] = set(g.objects(inspection, PEEL.evidence))
    assert sorted(evidence) == ["000_13a5920b5e182d37.txt", "002_be402a4505dd9b4c.txt"]
    assert all(len(sentences) == 1 for sentences in evidence.values())
    assert set(turtle_graph.objects(inspection, PEEL.evidence)) == set().union(*evidence.values())


def test_out_file_and_format_from_its_extension(in_project_output, turtle_graph):
    result = runner.invoke(app, ["export", "--out", "copy.nt"])
    assert result.exit_code == 0 and result.stdout == ""
    assert_isomorphic(Graph().parse(in_project_output / "copy.nt", format="nt"), turtle_graph)


def test_export_converts_data_files(seeds_output, turtle_graph, tmp_path):
    out = tmp_path / "g.jsonld"
    assert runner.invoke(app, ["export", "--data", str(seeds_output / "graph.trig"), "--out", str(out)]).exit_code == 0
    assert_isomorphic(Graph().parse(out, format="json-ld"), turtle_graph)


@pytest.mark.parametrize("args, words", [
    (["--format", "yaml"], "unknown format 'yaml'; use one of turtle, nt, nquads, trig, jsonld, xml"),
    (["--format", "trig", "--data", "{graph}"], "graph.trig"),
    ([], "kg build"),
])
def test_export_errors_are_one_line(args, words, seeds_output, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["export", *[a.format(graph=seeds_output / "graph.ttl") for a in args]])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("kg: ") and words in result.stderr
