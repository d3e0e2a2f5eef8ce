"""`kg stats --endpoint` and `kg export --endpoint` against a real `oxigraph serve` holding
the pushed seeds: the same counts and the same N-Triples as the local build."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

from ..store.test_remote import pushed, seeds_dataset, server  # noqa: F401 (fixtures)
from ..page.test_visualise import page_data

runner = CliRunner()


@pytest.mark.server
def test_stats_from_an_endpoint_are_the_local_ones(pushed, server: str, seeds_output: Path) -> None:  # noqa: F811
    remote = runner.invoke(app, ["stats", "--endpoint", f"{server}/query", "--json"])
    local = runner.invoke(app, ["stats", "--from", str(seeds_output), "--json"])
    assert remote.exit_code == 0 and local.exit_code == 0, (remote.output, local.output)
    assert json.loads(remote.stdout) == json.loads(local.stdout)


@pytest.mark.server
def test_export_from_an_endpoint_is_the_local_graph(pushed, server: str, seeds_output: Path) -> None:  # noqa: F811
    remote = runner.invoke(app, ["export", "--endpoint", f"{server}/query", "--format", "ntriples"])
    local = runner.invoke(app, ["export", "--from", str(seeds_output), "--format", "nt"])
    assert remote.exit_code == 0, remote.output
    assert remote.stdout_bytes == local.stdout_bytes and remote.stdout_bytes.count(b"\n") > 1000
    trig = runner.invoke(app, ["export", "--endpoint", f"{server}/query", "--format", "trig"])
    assert trig.exit_code == 2 and "graph.trig" in trig.stderr


@pytest.mark.server
def test_viz_draws_an_endpoints_graph(pushed, server: str, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "remote.html"
    done = runner.invoke(app, ["viz", "--endpoint", f"{server}/query", "--force", "staffordshire", "--out", str(out)])
    assert done.exit_code == 0, done.output
    # the graph view draws the force asked for; the page's tables hold the whole graph
    drawn = {node["label"] for node in page_data(out.read_text(encoding="utf-8"))["nodes"]}
    assert "Staffordshire Police" in drawn and "Lancashire Constabulary" not in drawn
