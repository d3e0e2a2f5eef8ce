"""The page in a real browser: Debian's chromium, headless, with the network cut off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph

from kg.page.visualise import PageOptions, render_html

from ..browser import PageRun, browser, chromium_missing, open_page
from .test_visualise import PAGE_GRAPH, expected_node_count

pytestmark = [pytest.mark.browser, pytest.mark.skipif(chromium_missing() is not None,
                                                      reason=chromium_missing() or "")]

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = ROOT / "output" / "graph-page.png"
ID = "https://w3id.org/peel-kg/id/"
AFI = ID + "afi/staffordshire/2016/legitimacy/feedback"
JUDGEMENT = ID + "judgement/staffordshire/2016/legitimacy/fair-treatment-public"

DRAWN = "Object.values(kgPage.network.body.nodes).filter(n => !n.options.hidden).map(n => n.id)"
NODE_POINT = """id => {
  const net = kgPage.network;
  const dom = net.canvasToDOM(net.getPositions([id])[id]);
  const box = document.getElementById('kg-network').getBoundingClientRect();
  return {x: box.left + dom.x, y: box.top + dom.y};
}"""


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    with browser() as context:
        yield context


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(PAGE_GRAPH)


@pytest.fixture(scope="module")
def page_file(graph: Graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("page") / "graph.html"
    path.write_text(render_html(graph), encoding="utf-8")
    return path


@pytest.fixture()
def run(chromium: Any, page_file: Path) -> Iterator[PageRun]:
    loaded = open_page(chromium, page_file, "graph")
    loaded.wait_stable()
    yield loaded
    loaded.page.close()


def assert_offline_and_clean(run: PageRun, path: Path) -> None:
    assert [url.split("#")[0] for url in run.requests] == [path.resolve().as_uri()], run.requests
    assert run.blocked == []
    assert run.console_errors == [] and run.page_errors == []


def click_node(run: PageRun, node_id: str) -> None:
    """Click a drawn node where it stands once the view has stopped moving (a test before may
    have left a focus animation running: clicking where the node was misses it)."""
    point = run.js(NODE_POINT, node_id)
    for _ in range(30):
        run.page.wait_for_timeout(100)
        now = run.js(NODE_POINT, node_id)
        if now == point:
            break
        point = now
    run.page.mouse.click(point["x"], point["y"])


def test_page_loads_offline_and_draws_every_node(run: PageRun, page_file: Path, graph: Graph) -> None:
    assert_offline_and_clean(run, page_file)
    assert len(run.js(DRAWN)) == expected_node_count(graph)
    assert run.js("kgPage.network.physics.physicsEnabled") is False  # stabilised, then stopped


def test_document_markup_shows_as_text_and_never_runs(run: PageRun, page_file: Path) -> None:
    run.page.fill("#kg-search", "onerror")
    run.page.wait_for_selector("#kg-results button")
    run.page.click("#kg-results button")
    panel = run.page.locator("#kg-panel")
    panel.wait_for(state="visible")
    text = panel.inner_text()
    assert '<img src=x onerror="window.__pwned=1">' in text
    assert "<script>window.__pwned=1</script>" in text
    assert run.js("document.querySelectorAll('#kg-panel img, #kg-panel script, #kg-side img').length") == 0
    run.page.wait_for_timeout(600)  # the focus animation
    point = run.js(NODE_POINT, AFI)
    run.page.mouse.move(point["x"] - 40, point["y"] - 40)
    run.page.mouse.move(point["x"], point["y"], steps=5)
    run.page.wait_for_selector(".vis-tooltip", state="visible")
    assert "<script>window.__pwned=1</script>" in run.page.inner_text(".vis-tooltip")
    assert run.js("document.querySelectorAll('.vis-tooltip img, .vis-tooltip script').length") == 0
    run.page.wait_for_timeout(300)
    assert run.js("window.__pwned") is None
    assert_offline_and_clean(run, page_file)


def test_clicking_a_judgement_shows_its_evidence_and_source(run: PageRun) -> None:
    click_node(run, JUDGEMENT)
    panel = run.page.locator("#kg-panel")
    panel.wait_for(state="visible")
    assert run.page.inner_text("#kg-panel h2") == "Good"
    evidence = run.page.inner_text("#kg-panel .kg-evidence")
    assert "The force treats the people it serves with fairness and respect" in evidence
    sources = run.page.inner_text("#kg-panel .kg-sources")
    assert "000_13a5920b5e182d37.txt" in sources and "13a5920b5e18" in sources


def test_force_filter_hides_the_other_forces(run: PageRun) -> None:
    forces = run.page.locator('fieldset[data-facet="force"]')
    forces.get_by_label("Staffordshire Police").check()
    drawn = set(run.js(DRAWN))
    assert ID + "force/staffordshire" in drawn and JUDGEMENT in drawn
    assert not {n for n in drawn if "derbyshire" in n}
    assert ID + "inspectorate/hmic" in drawn
    run.page.locator('fieldset[data-facet="force"]').get_by_role("button", name="Clear").click()
    assert ID + "force/derbyshire" in set(run.js(DRAWN))


def test_class_and_grade_filters(run: PageRun) -> None:
    run.page.locator('fieldset[data-facet="classes"]').get_by_label("Source document").uncheck()
    drawn = set(run.js(DRAWN))
    assert not {n for n in drawn if "/document/" in n}
    run.page.locator('fieldset[data-facet="grade"]').get_by_label("Outstanding").check()
    drawn = set(run.js(DRAWN))
    assert JUDGEMENT not in drawn  # a Good one
    assert ID + "judgement/derbyshire/2016/legitimacy/fair-treatment-public" in drawn  # Outstanding


def test_seeds_page(chromium: Any, seeds_output: Path, seeds_graph: Graph) -> None:
    """The page `kg build` writes for the seeds: offline, clean, every node drawn; saved as a screenshot."""
    page_path = seeds_output / "graph.html"
    run = open_page(chromium, page_path, "graph")
    run.wait_stable()
    assert_offline_and_clean(run, page_path)
    assert len(run.js(DRAWN)) == expected_node_count(seeds_graph) > 0
    SCREENSHOT.parent.mkdir(exist_ok=True)
    run.page.screenshot(path=str(SCREENSHOT))
    run.page.close()


@pytest.mark.parametrize("options", [PageOptions(max_nodes=5), PageOptions(ontology=True)], ids=["truncated", "ontology"])
def test_other_pages_load_clean(chromium: Any, graph: Graph, tmp_path: Path, options: PageOptions) -> None:
    path = tmp_path / "page.html"
    path.write_text(render_html(graph, options), encoding="utf-8")
    run = open_page(chromium, path, "graph")
    run.wait_stable()
    assert_offline_and_clean(run, path)
    notice = run.page.locator("#kg-notice")
    if options.max_nodes == 5:
        assert len(run.js(DRAWN)) == 5
        assert "draws 5 of this build's 18 nodes" in notice.inner_text() and "kg viz --force NAME" in notice.inner_text()
    else:
        assert notice.is_hidden() and len(run.js(DRAWN)) > 20
    run.page.close()


def test_a_graph_without_the_ontology_still_gives_every_view(chromium: Any, tmp_path: Path) -> None:
    """Grades no concept scheme lists are named from their IRIs and ordered after known ones."""
    graph = Graph().parse(format="turtle", data=f"""
        @prefix peel: <https://w3id.org/peel-kg/ontology#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        <{ID}force/f> a peel:Force ; rdfs:label "F Police" .
        <{ID}inspection/f> a peel:Inspection ; peel:force <{ID}force/f> ; peel:period "2016" ; peel:pillar peel:Legitimacy .
        <{ID}judgement/f> a peel:Judgement ; peel:inspection <{ID}inspection/f> ; peel:grade peel:RequiresImprovement .
        """)
    path = tmp_path / "page.html"
    path.write_text(render_html(graph), encoding="utf-8")
    for view in ("grades", "statements", "force", "graph"):
        run = open_page(chromium, path, view)
        run.wait_stable()
        assert run.console_errors == [] and run.page_errors == [], (view, run.page_errors)
        if view in ("grades", "graph"):
            assert "Requires improvement" in run.page.inner_text("#kg-side")
        run.page.close()
