"""`kg validate`: the seeds graph conforms to ontology/shapes.ttl; a graph that breaks the
contract does not, and the report names the node; validation that cannot run exits 2."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV
from typer.testing import CliRunner

from kg.cli import app
from kg.project import Project
from kg.store.ontology import load_ontology
from kg.store.validation import load_shapes_file, validate
from kg.graph.vocab import PEEL

runner = CliRunner()
ID = "https://w3id.org/peel-kg/id/"
JUDGEMENT = URIRef(ID + "judgement/derbyshire/2016/legitimacy/fair-treatment-public/outstanding")
INSPECTION = URIRef(ID + "inspection/lancashire/2016/legitimacy")


@pytest.fixture(scope="module")
def seeds_ttl(seeds_output: Path) -> Path:
    return seeds_output / "graph.ttl"


def broken_copy(seeds_ttl: Path, tmp_path: Path, *remove: tuple) -> Path:
    g = Graph().parse(seeds_ttl, format="turtle")
    for pattern in remove:
        assert (pattern in g) if None not in pattern else any(g.triples(pattern)), pattern
        g.remove(pattern)
    path = tmp_path / "broken.ttl"
    g.serialize(path, format="turtle")
    return path


def test_the_seeds_graph_conforms(seeds_ttl):
    result = runner.invoke(app, ["validate", str(seeds_ttl)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("conforms")


def test_validate_reads_output_by_default(seeds_output, tmp_path, monkeypatch):
    shutil.copytree(seeds_output, tmp_path / "output")
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["validate"]).exit_code == 0


def test_a_judgement_without_a_grade_fails_naming_the_node(seeds_ttl, tmp_path):
    path = broken_copy(seeds_ttl, tmp_path, (JUDGEMENT, PEEL.grade, None))
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1, result.output
    assert "does not conform: 1 result on 1 node" in result.stdout
    assert "id:judgement\\/derbyshire\\/2016\\/legitimacy\\/fair-treatment-public\\/outstanding" in result.stdout
    assert "path:    peel:grade" in result.stdout
    assert "needs exactly one peel:grade" in result.stdout


def test_missing_provenance_fails(seeds_ttl, tmp_path):
    path = broken_copy(seeds_ttl, tmp_path, (INSPECTION, PROV.wasDerivedFrom, None))
    result = runner.invoke(app, ["validate", str(path), "--json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["conforms"] is False
    assert [(v["focus"], v["path"]) for v in report["violations"]] == [
        ("id:inspection\\/lancashire\\/2016\\/legitimacy", "prov:wasDerivedFrom")]


def test_an_inspection_without_a_force_fails(seeds_ttl, tmp_path):
    path = broken_copy(seeds_ttl, tmp_path, (INSPECTION, PEEL.force, None))
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert "id:inspection\\/lancashire\\/2016\\/legitimacy" in result.stdout and "peel:force" in result.stdout


def test_a_node_with_a_label_is_named_by_it(seeds_ttl, tmp_path, project):
    g = Graph().parse(seeds_ttl, format="turtle")
    force = URIRef(ID + "force/lancashire")
    g.set((force, PEEL.country, Literal("Scotland")))
    report = validate(g, load_shapes_file(project.ontology_dir / "shapes.ttl"),
                      load_ontology(project))
    assert not report.conforms
    [v] = report.violations
    assert (v.focus, v.label, v.path, v.value) == ("id:force\\/lancashire", "Lancashire Constabulary", "peel:country",
                                                   "'Scotland'")


def test_a_force_missing_from_the_graph_is_not_taken_from_the_gazetteer(seeds_ttl, tmp_path):
    """graph.ttl must carry the gazetteer entries of the forces it mentions."""
    lancashire = URIRef(ID + "force/lancashire")
    g = Graph().parse(seeds_ttl, format="turtle")
    path = broken_copy(seeds_ttl, tmp_path, *g.triples((lancashire, None, None)))
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1 and "peel:force" in result.stdout


def test_shapes_that_do_not_parse_cannot_run(seeds_ttl, tmp_path):
    bad = tmp_path / "shapes.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(seeds_ttl), "--shapes", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.startswith("kg: cannot run validation") and result.stderr.count("\n") == 1


def test_a_missing_graph_cannot_run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 2 and "kg build" in result.stderr and result.stderr.count("\n") == 1


def test_project_shapes_load(project: Project):
    assert len(load_shapes_file(project.ontology_dir / "shapes.ttl")) > 100
