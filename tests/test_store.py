"""The embedded store and incremental builds: same answers as rdflib, same bytes as a clean build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.cache import load_previous
from kg.engine import RdflibEngine, Rows, open_engine
from kg.lock import OutputLock
from kg.outputs import write_build
from kg.oxstore import OxigraphEngine
from kg.pipeline import build
from kg.queries import list_queries

from .conftest import ROOT

# A value for each required or optional parameter of the named queries, on the seeds.
PARAMS = {
    "force": "Staffordshire Police",
    "theme": "vetting",
    "text": "outstanding at treating",
    "node": "https://w3id.org/peel-kg/id/judgement/derbyshire/2016/legitimacy/fair-treatment-public/outstanding",
}


def build_into(project, docs: Path, out: Path, clean: bool = False):
    with OutputLock(out):
        result = build([docs], project, {} if clean else load_previous(out, project))
        write_build(result, out, project)
    return result


@pytest.fixture(scope="module")
def engines(project, tmp_path_factory):
    out = tmp_path_factory.mktemp("store")
    build_into(project, project.seeds_dir, out)
    return OxigraphEngine(out / "store"), RdflibEngine.from_files([out / "graph.ttl"])


def answers(engine, query, params) -> list[tuple]:
    outcome = engine.run(query, params)
    assert isinstance(outcome, Rows)
    return [tuple(None if t is None else str(t) for t in row) for row in outcome.rows]


def parameter_sets(query) -> list[dict[str, str]]:
    """The required parameters alone, then with each optional one in turn."""
    required = {p.name: PARAMS[p.name] for p in query.params if p.required}
    return [required] + [{**required, p.name: PARAMS[p.name]} for p in query.params if not p.required]


@pytest.mark.parametrize("name", [q.name for q in list_queries(__import__("kg.project").project.Project(root=ROOT))])
def test_every_named_query_answers_the_same_on_both_stores(engines, project, name):
    query = next(q for q in list_queries(project) if q.name == name)
    oxigraph, rdflib_engine = engines
    for params in parameter_sets(query):
        from_store, from_rdflib = answers(oxigraph, query, params), answers(rdflib_engine, query, params)
        assert from_store, f"{name} {params} gave no rows"
        assert sorted(from_store) == sorted(from_rdflib), params


@pytest.mark.parametrize("name", ["grade-history", "leadership", "improvement-areas"])
def test_a_force_by_name_alias_or_iri_gives_the_same_answer(engines, project, name):
    query = next(q for q in list_queries(project) if q.name == name)
    oxigraph, rdflib_engine = engines
    by_name = answers(oxigraph, query, {"force": "Staffordshire Police"})
    assert by_name
    for force in ("staffordshire", "https://w3id.org/peel-kg/id/force/staffordshire"):
        assert answers(oxigraph, query, {"force": force}) == by_name, force
        assert sorted(answers(rdflib_engine, query, {"force": force})) == sorted(by_name), force


def test_the_store_holds_exactly_the_built_graph(engines, project):
    import pyoxigraph as ox
    from rdflib import BNode

    oxigraph, rdflib_engine = engines
    stored = list(oxigraph.store.quads_for_pattern(None, None, None))
    parsed = list(rdflib_engine.graph())
    assert len(stored) == len(parsed) > 1000
    # blank-node labels differ between parsers; every other triple must be the same
    in_store = {(q.subject.value, q.predicate.value, q.object.value) for q in stored
                if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)}
    in_turtle = {(str(s), str(p), str(o)) for s, p, o in parsed
                 if not isinstance(s, BNode) and not isinstance(o, BNode)}
    assert in_store == in_turtle


def test_open_engine_prefers_the_store_and_memory_reads_turtle(project, tmp_path):
    build_into(project, project.seeds_dir, tmp_path)
    assert isinstance(open_engine(tmp_path), OxigraphEngine)
    assert isinstance(open_engine(tmp_path, store="memory"), RdflibEngine)


OUTPUTS = ("graph.ttl", "graph.trig", "graph.html")


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def test_incremental_builds_match_clean_builds(project, tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(project.seeds_dir, docs)
    incremental, clean = tmp_path / "incremental", tmp_path / "clean"
    steps = [
        ("first build", lambda: None),
        ("add a document", lambda: shutil.copy(ROOT.parent / "shared/corpus/docs/dev10.txt", docs / "dev10.txt")
            if (ROOT.parent / "shared/corpus/docs/dev10.txt").exists()
            else (docs / "extra.txt").write_bytes((project.seeds_dir / "004_edc8ff203a2bee71.txt").read_bytes().replace(b"Lancashire", b"Cumbria"))),
        ("edit a document", lambda: (docs / "000_13a5920b5e182d37.txt").write_text(
            (docs / "000_13a5920b5e182d37.txt").read_text(encoding="utf-8").replace(
                "- The force should improve how it manages individual performance.",
                "- The force should improve how it manages individual performance and development."),
            encoding="utf-8")),
        ("delete a document", lambda: (docs / "002_be402a4505dd9b4c.txt").unlink()),
    ]
    for step, change in steps:
        change()
        result = build_into(project, docs, incremental)
        if step != "first build":
            assert result.reused >= 3, step
        shutil.rmtree(clean, ignore_errors=True)
        build_into(project, docs, clean, clean=True)
        assert outputs(incremental) == outputs(clean), step
    turtle = (incremental / "graph.ttl").read_text(encoding="utf-8")
    assert "manages individual performance and development." in turtle
    assert "002_be402a4505dd9b4c.txt" not in turtle  # the deleted document's statements are gone
    assert "Last year we also judged it as 'good'." not in turtle
    assert "The force should ensure it complies with all aspects" in turtle  # still stated by 000 and 004


def test_a_changed_extractor_fingerprint_means_a_clean_build(project, tmp_path, monkeypatch):
    build_into(project, project.seeds_dir, tmp_path)
    assert len(load_previous(tmp_path, project)) == 5
    monkeypatch.setattr("kg.cache.fingerprint", lambda project: "something else")
    assert load_previous(tmp_path, project) == {}
