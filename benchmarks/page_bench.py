"""Benchmark (not a test): how long a large synthetic page takes to lay out in headless chromium.

Builds a contract-shaped graph of N nodes (forces, inspections, judgements, areas for
improvement, force updates, source documents), renders it with render_html, opens it from
disk in Debian's chromium with the network cut off, and times loading until the layout has
stabilised and physics is off. Target: under 10 s for 5,000 nodes.

    .venv/bin/python benchmarks/page_bench.py [--nodes 5000] [--keep PATH]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import browser, open_page  # noqa: E402
from kg.visualise import PageOptions, render_html  # noqa: E402
from kg.vocab import PEEL  # noqa: E402

ID = "https://w3id.org/peel-kg/id/"
PERIODS = ("2014", "2015", "2016", "2017", "2018/19", "2021/22")
PILLARS = (PEEL.Effectiveness, PEEL.Efficiency, PEEL.Legitimacy, PEEL.Leadership)
GRADES = (PEEL.Outstanding, PEEL.Good, PEEL.Adequate, PEEL.RequiresImprovement, PEEL.Inadequate)
WORDS = "the force should improve how it understands demand and protects vulnerable people across its area".split()


def _sentence(seed: int, length: int = 14) -> str:
    return " ".join(WORDS[(seed * 7 + i * 3) % len(WORDS)] for i in range(length)).capitalize() + "."


def _inspection_nodes(g: Graph, force: URIRef, f: int, p: int, q: int) -> Iterator[URIRef]:
    key = f"{f}-{p}-{q}"
    doc = URIRef(f"{ID}document/{key}")
    g.add((doc, RDF.type, PEEL.SourceDocument))
    g.add((doc, PEEL.fileName, Literal(f"doc_{key}.txt")))
    g.add((doc, PEEL.sha256, Literal(f"{hash(key) & (2**64 - 1):016x}" * 4)))
    yield doc
    inspection = URIRef(f"{ID}inspection/{key}")
    for prop, value in ((RDF.type, PEEL.Inspection), (PEEL.force, force), (PEEL.period, Literal(PERIODS[p])),
                        (PEEL.pillar, PILLARS[q]), (PROV.wasDerivedFrom, doc)):
        g.add((inspection, prop, value))
    yield inspection
    for j in range(3):
        judgement = URIRef(f"{ID}judgement/{key}/{j}")
        for prop, value in ((RDF.type, PEEL.Judgement), (PEEL.inspection, inspection),
                            (PEEL.grade, GRADES[(f + p + j) % 5]), (PROV.wasDerivedFrom, doc),
                            (PEEL.evidence, Literal(_sentence(f + j)))):
            g.add((judgement, prop, value))
        yield judgement
    for a in range(4):
        afi = URIRef(f"{ID}afi/{key}/{a}")
        for prop, value in ((RDF.type, PEEL.AreaForImprovement), (PEEL.inspection, inspection),
                            (PEEL.text, Literal(_sentence(f * 5 + a))), (PROV.wasDerivedFrom, doc)):
            g.add((afi, prop, value))
        yield afi
        if a < 2:
            update = URIRef(f"{ID}update/{key}/{a}")
            for prop, value in ((RDF.type, PEEL.ForceUpdate), (PEEL.respondsTo, afi),
                                (PEEL.text, Literal(_sentence(a + p))), (PROV.wasDerivedFrom, doc)):
                g.add((update, prop, value))
            yield update


def synthetic_graph(count: int) -> Graph:
    """A contract-shaped graph with exactly `count` drawable nodes (for count >= 44)."""
    g = Graph()
    forces = [URIRef(f"{ID}force/force-{f:02d}") for f in range(44)]
    for f, force in enumerate(forces):
        g.add((force, RDF.type, PEEL.Force))
        g.add((force, RDFS.label, Literal(f"Force {f:02d} Police")))
    made = len(forces)
    combos = ((f, p, q) for p in range(len(PERIODS)) for q in range(len(PILLARS)) for f in range(len(forces)))
    for f, p, q in combos:
        for _ in _inspection_nodes(g, forces[f], f, p, q):
            made += 1
            if made >= count:
                return g
    return g


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--keep", type=Path, help="Also save the page here.")
    args = parser.parse_args()

    graph = synthetic_graph(args.nodes)
    started = time.perf_counter()
    page = render_html(graph, PageOptions(max_nodes=args.nodes, title=f"{args.nodes} synthetic nodes"))
    rendered = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.html"
        path.write_text(page, encoding="utf-8")
        if args.keep:
            args.keep.write_text(page, encoding="utf-8")
        with browser() as context:
            started = time.perf_counter()
            run = open_page(context, path)
            run.page.wait_for_load_state("networkidle")
            run.wait_stable(timeout_ms=120_000)
            loaded = time.perf_counter() - started
            drawn = run.js("Object.values(kgPage.network.body.nodes).filter(n => !n.options.hidden).length")
            edges = run.js("kgPage.edges.length")
            errors = run.console_errors + run.page_errors
    print(f"nodes drawn: {drawn}, edges: {edges}, page size: {len(page) / 1e6:.1f} MB")
    print(f"render_html: {rendered:.2f} s")
    print(f"chromium, load until network idle and layout stable: {loaded:.2f} s (target < 10 s)")
    print(f"requests: {run.requests}; console errors: {errors or 'none'}")


if __name__ == "__main__":
    main()
