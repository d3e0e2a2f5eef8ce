"""`kg stats` on the seeds graph."""

from __future__ import annotations

import json

from rdflib import Graph
from typer.testing import CliRunner

from kg.cli import app
from kg.store.engine import RdflibEngine
from kg.store.stats import SECTIONS, graph_stats

runner = CliRunner()


def test_stats_of_the_seeds(seeds_output, project):
    stats = graph_stats(RdflibEngine.from_files([seeds_output / "graph.ttl"]), project)
    assert stats.triples == len(Graph().parse(seeds_output / "graph.ttl"))
    s = {title: dict(rows) for title, rows in stats.sections.items()}
    assert s["documents by genre"] == {"peel-report": 3, "press-release": 1, "response-record": 1}
    assert s["forces by number of inspections"] == {"Staffordshire Police": 3, "Derbyshire Constabulary": 1,
                                                    "Lancashire Constabulary": 1}
    assert list(s["judgements by grade"].items()) == [("Outstanding", 2), ("Good", 4)]
    classes = s["nodes by class"]
    assert classes["peel:Judgement"] == 6 and classes["peel:AreaForImprovement"] == 15
    assert classes["peel:SourceDocument"] == 5 and classes["peel:Force"] == 3
    assert not any(c.startswith(("owl:", "rdfs:", "rdf:")) for c in classes)


def test_stats_command_text_and_json(seeds_output):
    text = runner.invoke(app, ["stats", "--data", str(seeds_output / "graph.ttl")])
    assert text.exit_code == 0, text.output
    assert text.stdout.startswith("triples: ")
    for title in SECTIONS:
        assert f"\n{title}:\n" in text.stdout
    as_json = runner.invoke(app, ["stats", "--data", str(seeds_output / "graph.ttl"), "--json"])
    doc = json.loads(as_json.stdout)
    assert doc["sections"]["documents by genre"]["peel-report"] == 3


def test_stats_reads_a_trig_dataset_as_the_same_graph(seeds_output):
    flat = runner.invoke(app, ["stats", "--data", str(seeds_output / "graph.ttl"), "--json"])
    named = runner.invoke(app, ["stats", "--data", str(seeds_output / "graph.trig"), "--json"])
    assert json.loads(named.stdout) == json.loads(flat.stdout)


def test_stats_without_a_graph(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["stats"])
    assert result.exit_code == 2 and "kg build" in result.stderr
