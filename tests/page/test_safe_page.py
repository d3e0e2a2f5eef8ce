"""Safe page: hostile strings in every field the page shows never run in headless chromium
and show as the text they are.

The graph is hand-written Turtle with a payload in each field the page shows: force
labels (node labels, the force filter), periods (the period filter), statement text and
evidence, file names and document titles (the sources list), person names and titles as
written, and the page title. Every payload would set window.__pwned; the test opens every
node's panel and hovers a tooltip, then checks the flag is unset, no element the payloads
carry exists, the Content-Security-Policy reported nothing, and the text reads literally.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph

from kg.page.visualise import PageOptions, render_html

from ..browser import PageRun, browser, chromium_missing, open_page
from .test_page_browser import NODE_POINT

pytestmark = [pytest.mark.browser, pytest.mark.skipif(chromium_missing() is not None,
                                                      reason=chromium_missing() or "")]

PAYLOADS = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=2">',
    "</script><script>window.__pwned=3</script>",
    '"><svg onload=window.__pwned=4>',
    "javascript:window.__pwned=5",
    "<iframe src=\"javascript:window.__pwned=6\"></iframe>",
    "'-alert(7)-'</title><script>window.__pwned=7</script>",
    "{{DATA}} ${window.__pwned=8} <!-- -->",
]


def lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def hostile_turtle() -> str:
    p = PAYLOADS
    return f"""
@prefix peel: <https://w3id.org/peel-kg/ontology#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<https://w3id.org/peel-kg/id/force/evil> a peel:Force ; rdfs:label {lit("Force " + p[0])} ; skos:altLabel {lit(p[1])} ;
    peel:country {lit("Country " + p[5])} .
<https://w3id.org/peel-kg/id/inspection/evil> a peel:Inspection ; peel:force <https://w3id.org/peel-kg/id/force/evil> ; peel:period {lit("2016" + p[2])} ;
    peel:pillar peel:Legitimacy ; prov:wasDerivedFrom <https://w3id.org/peel-kg/id/document/evil> ; peel:evidence {lit("Inspection " + p[3])} .
peel:Legitimacy rdfs:label {lit("Legitimacy " + p[7])} ; skos:inScheme peel:PillarScheme .
<https://w3id.org/peel-kg/id/afi/evil> a peel:AreaForImprovement ; peel:inspection <https://w3id.org/peel-kg/id/inspection/evil> ; peel:text {lit("Statement " + p[4])} ;
    prov:wasDerivedFrom <https://w3id.org/peel-kg/id/document/evil> ; peel:evidence {lit("Evidence " + p[5])} ;
    peel:theme peel:theme-evil ; peel:question peel:question-evil .
peel:theme-evil a skos:Concept, peel:Theme ; skos:inScheme peel:ThemeScheme ; rdfs:label {lit("Theme " + p[1])} .
peel:question-evil a skos:Concept, peel:Question ; skos:inScheme peel:QuestionScheme ; rdfs:label {lit("Question " + p[2])} ;
    skos:notation {lit("q" + p[3])} .
<https://w3id.org/peel-kg/id/update/evil> a peel:ForceUpdate ; peel:respondsTo <https://w3id.org/peel-kg/id/afi/evil> ;
    peel:text {lit("Update " + p[6])} ; prov:wasDerivedFrom <https://w3id.org/peel-kg/id/document/evil> .
<https://w3id.org/peel-kg/id/judgement/evil> a peel:Judgement ; peel:inspection <https://w3id.org/peel-kg/id/inspection/evil> ; peel:grade peel:Good ;
    prov:wasDerivedFrom <https://w3id.org/peel-kg/id/document/evil> ; peel:evidence {lit("Judged " + p[6])} .
<https://w3id.org/peel-kg/id/judgement/evil-area> a peel:Judgement ; peel:inspection <https://w3id.org/peel-kg/id/inspection/evil> ;
    peel:grade peel:Good ; peel:question peel:question-evil ; peel:evidence {lit("Area judged " + p[4])} .
peel:Good skos:prefLabel "Good" .
<https://w3id.org/peel-kg/id/document/evil> a peel:SourceDocument ; peel:fileName {lit("file " + p[1] + ".txt")} ;
    dcterms:title {lit("Title " + p[6])} ; peel:sha256 {lit(p[2])} .
<https://w3id.org/peel-kg/id/person/evil> a foaf:Person, peel:ChiefConstable ; foaf:name {lit("Person " + p[3])} .
<https://w3id.org/peel-kg/id/membership/evil> a org:Membership ; org:member <https://w3id.org/peel-kg/id/person/evil> ; org:organization <https://w3id.org/peel-kg/id/force/evil> ;
    peel:title {lit("Chief " + p[7])} ; prov:wasDerivedFrom <https://w3id.org/peel-kg/id/document/evil> ; peel:evidence {lit(p[0])} .
"""


NODES = ["force/evil", "inspection/evil", "afi/evil", "judgement/evil", "document/evil", "person/evil",
         "membership/evil"]
ID = "https://w3id.org/peel-kg/id/"
TITLE = "Page " + PAYLOADS[6]


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    graph = Graph().parse(data=hostile_turtle(), format="turtle")
    path = tmp_path_factory.mktemp("hostile") / "graph.html"
    path.write_text(render_html(graph, PageOptions(title=TITLE)), encoding="utf-8")
    return path


@pytest.fixture()
def run(page: Path) -> Iterator[PageRun]:
    with browser() as context:
        loaded = open_page(context, page, "graph")
        loaded.wait_stable()
        yield loaded


def open_panel(run: PageRun, node: str) -> str:
    run.js("id => { const net = kgPage.network; net.selectNodes([id]); "
           "net.body.emitter.emit('click', {nodes: [id], edges: []}); }", ID + node)
    panel = run.page.locator("#kg-panel")
    panel.wait_for(state="visible")
    return panel.inner_text()


def assert_nothing_ran(run: PageRun) -> None:
    assert run.js("window.__pwned") is None
    assert run.js("document.querySelectorAll('img, iframe, svg, object, embed, a[href]').length") == 0
    assert run.js("document.querySelectorAll('script').length") == 3  # the data, vis-network, ours
    assert run.js("Array.from(document.querySelectorAll('*')).filter(e => Array.from(e.attributes)"
                  ".some(a => a.name.startsWith('on'))).length") == 0
    assert run.console_errors == [] and run.page_errors == [], (run.console_errors, run.page_errors)


def test_every_field_shows_hostile_text_literally_and_runs_nothing(run: PageRun) -> None:
    assert run.js("document.title") == TITLE
    assert run.page.inner_text("#kg-title") == TITLE
    side = run.page.inner_text("#kg-side")
    assert "Force " + PAYLOADS[0] in side  # the force filter
    assert "2016" + PAYLOADS[2] in side  # the period filter
    shown = "\n".join(open_panel(run, node) for node in NODES)
    for text in ("Force " + PAYLOADS[0], "Statement " + PAYLOADS[4], "Evidence " + PAYLOADS[5],
                 "file " + PAYLOADS[1] + ".txt", "Title " + PAYLOADS[6], "Person " + PAYLOADS[3],
                 "Chief " + PAYLOADS[7], "Judged " + PAYLOADS[6], "Inspection " + PAYLOADS[3]):
        assert text in shown, text
    run.page.fill("#kg-search", "javascript")
    run.page.wait_for_selector("#kg-results button")
    assert "javascript:window.__pwned=5" in run.page.inner_text("#kg-results")
    run.page.click("#kg-results button")
    assert_nothing_ran(run)


def test_tooltips_show_hostile_text_literally(run: PageRun) -> None:
    for node, text in (("afi/evil", "Statement " + PAYLOADS[4]), ("force/evil", "Force " + PAYLOADS[0])):
        run.js("kgPage.network.unselectAll()")
        run.page.mouse.move(5, 5)
        run.page.wait_for_timeout(300)
        point: Any = run.js(NODE_POINT, ID + node)
        run.page.mouse.move(point["x"] - 30, point["y"] - 30)
        run.page.mouse.move(point["x"], point["y"], steps=5)
        run.page.wait_for_selector(".vis-tooltip", state="visible")
        assert text in run.page.inner_text(".vis-tooltip")
    run.page.wait_for_timeout(300)
    assert_nothing_ran(run)


def open_view(page: Path, view: str) -> Iterator[PageRun]:
    with browser() as context:
        loaded = open_page(context, page, view)
        loaded.wait_stable()
        yield loaded


def test_grades_view_shows_hostile_text_literally(page: Path) -> None:
    for run in open_view(page, "grades"):
        matrix = run.page.inner_text("#kg-matrix")
        assert "Force " + PAYLOADS[0] in matrix
        assert "2016" + PAYLOADS[2] in matrix
        side = run.page.inner_text("#kg-side")
        assert "Country " + PAYLOADS[5] in side and "Legitimacy " + PAYLOADS[7] in side
        run.page.locator("button.kg-fold").first.click()
        assert "Question " + PAYLOADS[2] in run.page.inner_text("#kg-matrix")
        shown = []
        for n in range(run.page.locator("td.kg-cell[data-grade]").count()):
            run.page.locator("td.kg-cell[data-grade]").nth(n).click()
            shown.append(run.page.inner_text("#kg-panel"))
        text = "\n".join(shown)
        for expected in ("Judged " + PAYLOADS[6], "Area judged " + PAYLOADS[4], "file " + PAYLOADS[1] + ".txt",
                         "Title " + PAYLOADS[6]):
            assert expected in text, expected
        assert_nothing_ran(run)


def test_statements_view_shows_hostile_text_literally(page: Path) -> None:
    for run in open_view(page, "statements"):
        table = run.page.inner_text("#kg-st-body")
        for expected in ("Statement " + PAYLOADS[4], "Update " + PAYLOADS[6], "Theme " + PAYLOADS[1],
                         "Question " + PAYLOADS[2], "Force " + PAYLOADS[0]):
            assert expected in table, expected
        assert "Theme " + PAYLOADS[1] in run.page.inner_text("#kg-side")
        run.page.locator('fieldset[data-facet="theme"]').get_by_label("Theme " + PAYLOADS[1]).check()
        run.page.fill("#kg-st-search", "window.__pwned")
        run.page.wait_for_timeout(400)
        run.page.locator("#kg-st-body .kg-st-row").first.click()
        panel = run.page.inner_text("#kg-panel")
        assert "Statement " + PAYLOADS[4] in panel and "Update " + PAYLOADS[6] in panel
        with run.page.expect_download() as download:
            run.page.click("#kg-st-csv")
        saved = Path(download.value.path()).read_text(encoding="utf-8")
        assert "Statement " + PAYLOADS[4].replace('"', '""') in saved
        assert_nothing_ran(run)


def test_force_view_shows_hostile_text_literally(page: Path) -> None:
    for run in open_view(page, "force"):
        body = run.page.inner_text("#kg-force-body")
        assert "Force " + PAYLOADS[0] in body and "Country " + PAYLOADS[5] in body
        assert "Person " + PAYLOADS[3] in body and "Chief " + PAYLOADS[7] in body
        assert "file " + PAYLOADS[1] + ".txt" in body and "Title " + PAYLOADS[6] in body
        run.page.locator("#kg-force-body details summary").first.click()
        body = run.page.inner_text("#kg-force-body")
        assert "Statement " + PAYLOADS[4] in body and "Update " + PAYLOADS[6] in body
        run.page.locator("#kg-force-body .kg-grade-chip").first.click()
        assert "Judged " + PAYLOADS[6] in run.page.inner_text("#kg-panel") or \
            "Area judged " + PAYLOADS[4] in run.page.inner_text("#kg-panel")
        run.page.fill("#kg-search", "pwned")
        run.page.wait_for_selector("#kg-results button")
        results = run.page.inner_text("#kg-results")
        assert "Force " + PAYLOADS[0] in results  # each hit's force, as text
        assert_nothing_ran(run)
