"""`kg build` on the seeds: deterministic, valid Turtle, conforming, self-contained, offline page."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pyshacl
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from kg.store.ontology import load_shapes
from kg.graph.vocab import PEEL_IRI

from ..conftest import ROOT, require_tool


def run_kg(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=cwd, capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})})


def test_two_builds_give_byte_identical_turtle(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    # different hash seeds: nothing may depend on the order Python happens to iterate sets in
    for seed, out in (("1", first), ("2", second)):
        done = run_kg("build", "seeds", "--out", str(out), env={"PYTHONHASHSEED": seed})
        assert done.returncode == 0, done.stderr
    assert (first / "graph.ttl").read_bytes() == (second / "graph.ttl").read_bytes()
    assert (first / "graph.html").read_bytes() == (second / "graph.html").read_bytes()


def test_build_prints_a_summary(tmp_path):
    done = run_kg("build", "seeds", "--out", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "documents: 5 (3 peel-report, 1 press-release, 1 response-record)" in done.stdout
    assert "warnings: 0" in done.stdout
    assert (tmp_path / "graph.ttl").stat().st_size > 10_000


def test_turtle_parses_with_rapper(seeds_output):
    rapper = require_tool("rapper")
    done = subprocess.run([rapper, "-i", "turtle", "-c", str(seeds_output / "graph.ttl")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert re.search(r"returned (\d+) triples", done.stderr)


def test_graph_conforms_to_the_shapes(seeds_output, project):
    data = Graph().parse(seeds_output / "graph.ttl")
    conforms, _, text = pyshacl.validate(data, shacl_graph=load_shapes(project), inference="none")
    assert conforms, text


def test_every_ontology_term_used_is_declared_with_label_and_comment(seeds_output):
    g = Graph().parse(seeds_output / "graph.ttl")
    used = {t for triple in g for t in triple if isinstance(t, URIRef) and str(t).startswith(PEEL_IRI)}
    assert len(used) > 40
    undeclared = sorted(str(t) for t in used
                        if (t, RDFS.label, None) not in g or (t, RDFS.comment, None) not in g)
    assert undeclared == []


def test_graph_is_self_contained(seeds_output):
    """The gazetteer entries of every force it mentions travel with the graph."""
    g = Graph().parse(seeds_output / "graph.ttl")
    forces = {o for o in g.objects(None, URIRef(PEEL_IRI + "force"))}
    assert forces and all((f, RDFS.label, None) in g for f in forces)
    assert all((f, RDF.type, URIRef(PEEL_IRI + "Force")) in g for f in forces)


def test_page_loads_nothing_from_the_network(seeds_output):
    page = (seeds_output / "graph.html").read_text(encoding="utf-8")
    tags = re.findall(r"<(?:script|link)\b[^>]*>", page, flags=re.IGNORECASE)
    assert tags, "the page has no script element at all"
    assert not [t for t in tags if re.search(r"https?://", t)]
    assert "vis.Network" in page or "vis-network" in page


def test_bad_documents_give_one_warning_each_and_the_rest_builds(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for seed in (ROOT / "seeds").iterdir():
        (docs / seed.name).write_bytes(seed.read_bytes())
    (docs / "empty.txt").write_bytes(b"")
    (docs / "scan.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\x00\x00")
    (docs / "minutes.txt").write_text("Minutes of the parish council meeting.\nThe hall roof needs repair.\n")
    done = run_kg("build", str(docs), "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 3, done.stderr
    for name in ("empty.txt", "scan.pdf", "minutes.txt"):
        assert sum(name in w for w in warnings) == 1
    assert "documents: 6" in done.stdout  # the minutes are read, and state nothing
    assert "warning: minutes.txt: no facts found" in done.stderr
    strict = run_kg("build", str(docs), "--out", str(tmp_path / "out2"), "--strict")
    assert strict.returncode == 1
