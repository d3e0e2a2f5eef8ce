"""Benchmark (not a test): how quickly pages open and answer in headless chromium.

Two measures:

* `--page OUT/graph.html`: a page `kg build` wrote, e.g. for the 10,000-document benchmark
  corpus. Opens it from disk with the network cut off and times: loading until the first
  view (the grades matrix) is drawn, then one click on a grades cell until its evidence
  shows, the Statements view with all its rows, and one click on a theme facet. Target
  (issue 14): open and answer a click within 5 s. Prints the page's size too.

      .venv/bin/python benchmarks/generate_corpus.py /tmp/c10k --documents 10000
      .venv/bin/kg build /tmp/c10k --out /tmp/c10k-out
      .venv/bin/python benchmarks/page_bench.py --page /tmp/c10k-out/graph.html

* `--nodes N` (the default, 5,000): a contract-shaped graph of N drawn nodes, rendered
  with render_html, timed until the graph view's layout has stabilised (target < 10 s).

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
from kg.page.visualise import PageOptions, render_html  # noqa: E402
from kg.graph.vocab import PEEL  # noqa: E402

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


def _until(run, expression: str, timeout_s: float = 120.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout_s
    while not run.js(expression):
        if time.monotonic() > deadline:
            raise TimeoutError(f"not true within {timeout_s} s: {expression}")
        run.page.wait_for_timeout(20)


def built_page(path: Path) -> None:
    """Open a page kg build wrote and time its first view and a few clicks."""
    size = path.stat().st_size
    with browser() as context:
        started = time.perf_counter()
        run = open_page(context, path)
        run.wait_stable(timeout_ms=120_000)
        loaded = time.perf_counter() - started
        cells = run.js("document.querySelectorAll('td.kg-cell[data-grade]').length")
        started = time.perf_counter()
        run.page.locator("td.kg-cell[data-grade]").first.click()
        run.page.locator("#kg-panel .kg-evidence").first.wait_for(state="visible")
        cell_click = time.perf_counter() - started
        started = time.perf_counter()
        run.page.click('#kg-tabs button[data-view="statements"]')
        _until(run, "document.querySelectorAll('#kg-st-body .kg-st-row').length > 0")
        statements_view = time.perf_counter() - started
        total = run.js("kgPage.statementRows().length")
        in_dom = run.js("document.querySelectorAll('#kg-st-body .kg-st-row').length")
        started = time.perf_counter()
        run.page.locator('fieldset[data-facet="theme"] input').first.check()
        _until(run, f"kgPage.statementRows().length < {total}")
        facet_click = time.perf_counter() - started
        narrowed = run.js("kgPage.statementRows().length")
        errors = run.console_errors + run.page_errors
        requests = run.requests
    print(f"page: {path} ({size / 1e6:.1f} MB)")
    print(f"open until the grades matrix is drawn ({cells} graded cells): {loaded:.2f} s (target: open and "
          f"answer a click within 5 s)")
    print(f"click a grades cell until its evidence shows: {cell_click:.2f} s; open + click: {loaded + cell_click:.2f} s")
    print(f"Statements view ({total} rows, {in_dom} in the page): {statements_view:.2f} s")
    print(f"one theme facet click ({total} -> {narrowed} rows): {facet_click:.2f} s")
    print(f"requests: {len(requests)} (all file://: {all(r.startswith('file://') for r in requests)}); "
          f"console errors: {errors or 'none'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--keep", type=Path, help="Also save the page here.")
    parser.add_argument("--page", type=Path, help="Time this page (written by kg build) instead.")
    args = parser.parse_args()
    if args.page:
        built_page(args.page)
        return

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
            run = open_page(context, path, "graph")
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
