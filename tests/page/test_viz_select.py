"""kg.page.viz_select: the nodes `kg viz` chooses in the store are the ones render_html
chooses from the whole graph in rdflib, and the page drawn from them is the same, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.builder.outputs import write_build
from kg.builder.pipeline import build
from kg.cli import app
from kg.cli import viz  # noqa: F401  (registers the command)
from kg.page import visualise, viz_select
from kg.page.tables import page_tables
from kg.page.visualise import PageOptions
from kg.store.oxstore import STORE_DIR, OxigraphEngine
from tests.conftest import require_corpus

def option_sets(graph) -> list[PageOptions]:
    """Limits that fall in different kinds (forces, inspections, judgements, nothing left
    out), with and without classes, and forces and periods that are in this graph."""
    from rdflib import RDF

    from kg.graph.vocab import PEEL

    forces = sorted(str(f).rsplit("/", 1)[-1] for f in graph.subjects(RDF.type, PEEL.Force))
    labels = sorted(str(o) for f in graph.subjects(RDF.type, PEEL.Force) for o in graph.objects(f, visualise.RDFS.label))
    periods = sorted({str(p) for p in graph.objects(None, PEEL.period)})
    inspections = sorted(str(i) for i in graph.subjects(RDF.type, PEEL.Inspection))
    assert len(forces) >= 2 and len(periods) >= 2 and labels
    return [
        PageOptions(),
        PageOptions(max_nodes=1),
        PageOptions(max_nodes=12),
        PageOptions(max_nodes=40),
        PageOptions(max_nodes=150),
        PageOptions(classes=("Judgement", "Force"), max_nodes=20),
        PageOptions(classes=("Person", "Membership", "SourceDocument"), max_nodes=7),
        PageOptions(classes=("AreaForImprovement",), title="Areas <b>&"),
        PageOptions(forces=(forces[0],)),
        PageOptions(forces=(labels[-1], forces[1]), max_nodes=30),
        PageOptions(periods=(periods[0],), max_nodes=25),
        PageOptions(periods=tuple(periods[-2:]), classes=("Judgement", "Inspection", "ForceUpdate")),
        PageOptions(forces=(forces[-1],), periods=(periods[-1],), classes=("SourceDocument", "Person")),
        PageOptions(focus=labels[0]),
        PageOptions(focus=labels[0].upper(), depth=1, classes=("Judgement", "Inspection", "Force")),
        PageOptions(focus=f"id:force/{forces[1]}", depth=3, max_nodes=60),
        PageOptions(focus=forces[-1], depth=0),
        PageOptions(focus=inspections[0], depth=2, periods=(periods[0],)),
    ]


def old_choice(graph, options: PageOptions) -> tuple[list, dict]:
    """What render_html draws from the whole graph: its own steps, in rdflib and networkx."""
    kinds = visualise._kinds(graph, options)
    network = visualise._apply_filters(graph, visualise._networkx(graph, kinds, options), kinds, options)
    kept, omitted = visualise._truncate(network, kinds, options.max_nodes)
    return kept, dict(omitted)


@pytest.fixture(scope="module")
def corpus_output(project, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("viz-corpus")
    write_build(build([require_corpus() / "docs"], project), out, project)
    return out


@pytest.fixture(params=["seeds", "corpus"])
def built(request, seeds_output: Path) -> Path:
    return seeds_output if request.param == "seeds" else request.getfixturevalue("corpus_output")


def test_store_choice_is_the_whole_graph_choice(built: Path) -> None:
    engine = OxigraphEngine(built / STORE_DIR)
    graph = engine.graph()
    kinds_seen = set()
    for options in option_sets(graph):
        assert viz_select.can_choose(options)
        kept, omitted = old_choice(graph, options)
        chosen = viz_select.choose(engine.store, options)
        assert len(chosen.nodes) == len(kept) and set(chosen.nodes) == set(kept), options
        assert dict(chosen.omitted) == omitted, options
        assert {n: k.key for n, k in chosen.kinds.items()} == {n: visualise._kinds(graph, options)[n].key for n in kept}
        kinds_seen |= {k.key for k in chosen.kinds.values()}
    # the option sets reach past the first kinds, so the ranking by degree is exercised
    assert {"Force", "Inspection", "Judgement", "AreaForImprovement"} <= kinds_seen


def test_page_from_the_store_is_byte_identical(built: Path, project) -> None:
    engine = OxigraphEngine(built / STORE_DIR)
    graph = engine.graph()
    tables = page_tables(engine, project)
    for options in option_sets(graph):
        chosen = viz_select.choose(engine.store, options)
        small = viz_select.neighbourhood_graph(engine.store, chosen.nodes)
        if chosen.omitted:  # it loads less than the whole graph
            assert len(small) < len(graph)
        new = visualise.render_chosen(small, chosen.kinds, options, chosen.omitted, tables)
        assert new == visualise.render_html(graph, options, tables), options


def test_cli_store_path_draws_what_the_memory_path_draws(seeds_output: Path, tmp_path: Path) -> None:
    """`kg viz` on the store (chosen there) and with --store memory (the whole graph in rdflib)."""
    for extra in ([], ["--max-nodes", "25"], ["--class", "Judgement", "--class", "Inspection", "--max-nodes", "9"],
                  ["--force", "staffordshire", "--period", "2016", "--title", "One <i>force</i>"],
                  ["--focus", "Staffordshire Police", "--depth", "1"]):
        pages = []
        for store in ("oxigraph", "memory"):
            out = tmp_path / f"{store}.html"
            result = CliRunner().invoke(app, ["viz", "--from", str(seeds_output), "--store", store,
                                              "--out", str(out), *extra])
            assert result.exit_code == 0, result.output
            pages.append(out.read_bytes())
        assert pages[0] == pages[1], extra
        assert b'"nodes":[{' in pages[0]
    unknown = CliRunner().invoke(app, ["viz", "--from", str(seeds_output), "--force", "nowhere", "--out",
                                       str(tmp_path / "x.html")])
    assert unknown.exit_code != 0 and "unknown force 'nowhere'" in unknown.output
    unfocused = CliRunner().invoke(app, ["viz", "--from", str(seeds_output), "--focus", "nowhere at all", "--out",
                                         str(tmp_path / "x.html")])
    assert unfocused.exit_code != 0 and "matches no node" in unfocused.output


def test_options_the_store_cannot_answer_go_the_whole_graph_way() -> None:
    for options in (PageOptions(ontology=True),):
        assert not viz_select.can_choose(options)


def test_viz_takes_the_tables_the_build_left_only_for_the_graph_its_store_holds(project, tmp_path: Path) -> None:
    """The build leaves its page's tables with the state of the graph they hold; kg viz takes
    them instead of asking the store only when the store it reads holds that state."""
    import json
    import zlib

    from kg.page.tables import TABLES_FILE, tables_file, tables_for

    out = tmp_path / "out"
    write_build(build([project.seeds_dir], project), out, project)
    kept = json.loads(zlib.decompress((out / TABLES_FILE).read_bytes()))
    engine = OxigraphEngine(out / STORE_DIR)
    asked = page_tables(engine, project)
    assert json.dumps(kept["tables"], sort_keys=True) == json.dumps(asked, sort_keys=True)
    marked = {**kept["tables"], "forces": [["marked", "Marked", ""]]}
    (out / TABLES_FILE).write_bytes(tables_file(marked, kept["state"]))
    assert tables_for(engine, project, out)["forces"] == [["marked", "Marked", ""]]
    (out / TABLES_FILE).write_bytes(tables_file(marked, "another build's state"))
    assert tables_for(engine, project, out) == asked
    (out / TABLES_FILE).write_bytes(b"not compressed JSON")
    assert tables_for(engine, project, out) == asked
