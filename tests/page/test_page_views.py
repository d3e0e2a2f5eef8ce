"""The page's analyst views in a real browser, on the development corpus built once.

Each answer the page gives is checked against the built store or the `kg query` command,
never against the page's own data: the vetting question by one click on the theme facet,
a grades cell's evidence sentence, the CSV of a filtered table, and a force's history.
A screenshot of each view is kept in output/ (tools/screenshots.py makes the README's).
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from kg.builder.outputs import write_build
from kg.builder.pipeline import build
from kg.prefixes import PREFIXES
from kg.project import Project

from ..browser import PageRun, browser, chromium_missing, open_page
from ..conftest import ROOT, require_corpus

pytestmark = [pytest.mark.browser, pytest.mark.skipif(chromium_missing() is not None,
                                                      reason=chromium_missing() or "")]

STATEMENT_CLASSES = "peel:AreaForImprovement, peel:Recommendation, peel:CauseOfConcern"


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding output/, the development corpus built by `kg build`'s own code."""
    corpus = require_corpus()
    folder = tmp_path_factory.mktemp("views")
    project = Project(root=ROOT)
    write_build(build([corpus / "docs"], project), folder / "output", project)
    return folder


@pytest.fixture(scope="module")
def store(work: Path) -> Iterator[ox.Store]:
    yield ox.Store.read_only(str(work / "output" / "store"))


def select(store: ox.Store, text: str) -> list[list[str]]:
    rows = store.query(text, prefixes=PREFIXES)
    names = [v.value for v in rows.variables]
    return [[row[n].value if row[n] is not None else "" for n in names] for row in rows]


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    with browser() as context:
        yield context


def opened(chromium: Any, work: Path, view: str) -> PageRun:
    run = open_page(chromium, work / "output" / "graph.html", view)
    run.wait_stable()
    return run


def assert_clean(run: PageRun) -> None:
    assert run.blocked == [] and run.console_errors == [] and run.page_errors == []
    assert {url.split("#")[0] for url in run.requests} == {run.page.url.split("#")[0]}


def screenshot(run: PageRun, view: str) -> None:
    (ROOT / "output").mkdir(exist_ok=True)
    run.page.screenshot(path=str(ROOT / "output" / f"page-{view}.png"))


def test_which_forces_were_told_to_improve_vetting_is_one_click(chromium: Any, work: Path, store: ox.Store) -> None:
    expected = {row[0] for row in select(store, f"""
        SELECT DISTINCT ?name WHERE {{
          ?s a ?c ; peel:theme peel:theme-vetting ; peel:inspection/peel:force/rdfs:label ?name .
          FILTER (?c IN ({STATEMENT_CLASSES})) }}""")}
    assert len(expected) >= 2
    run = opened(chromium, work, "statements")
    facet = run.page.locator('fieldset[data-facet="theme"]')
    assert facet.get_by_label("Vetting").count() == 1
    facet.get_by_label("Vetting").check()  # the one click
    rows = run.page.locator("#kg-st-body .kg-st-row")
    forces = {rows.nth(i).locator(".kg-st-c0").inner_text() for i in range(rows.count())}
    assert forces == expected
    # the facet's count is the number of rows it leaves
    count = facet.locator("label", has_text="Vetting").locator(".kg-count").inner_text()
    assert int(count) == rows.count()
    screenshot(run, "statements")
    # or one search: every vetting statement's force is among the rows it finds
    facet.get_by_role("button", name="Clear").click()
    run.page.fill("#kg-st-search", "vetting")
    run.page.wait_for_timeout(400)  # the search runs after a short pause
    found = {rows.nth(i).locator(".kg-st-c0").inner_text() for i in range(rows.count())}
    assert expected <= found
    assert_clean(run)
    run.page.close()


def test_a_grades_cell_opens_its_evidence_document_and_graph_node(chromium: Any, work: Path, store: ox.Store) -> None:
    # an overall grade (no question) whose evidence names the grade
    judgement, evidence, grade, file_name = min(select(store, """
        SELECT ?j (MIN(?e) AS ?evidence) (MIN(?g) AS ?grade) (MIN(?f) AS ?file) WHERE {
          ?j a peel:Judgement ; peel:evidence ?e ; peel:grade/skos:prefLabel ?g ;
             prov:wasDerivedFrom/peel:fileName ?f .
          FILTER NOT EXISTS { ?j peel:question ?q } }
        GROUP BY ?j"""))
    run = opened(chromium, work, "grades")
    cell = run.page.locator(f'td.kg-cell[data-judgements~="{judgement}"]')
    assert cell.count() == 1
    assert grade in cell.inner_text()
    cell.click()
    panel = run.page.locator("#kg-panel")
    panel.wait_for(state="visible")
    box = run.page.locator(f'#kg-panel .kg-judgement[data-id="{judgement}"]')
    assert box.count() == 1
    assert evidence in panel.inner_text()  # the evidence sentence, as stored
    assert file_name in panel.inner_text()  # its document
    screenshot(run, "grades")
    run.page.locator("#kg-panel .kg-to-graph").first.click()  # the node in the graph view
    run.wait_stable()
    assert run.js("kgPage.view()") == "graph"
    assert run.js("kgPage.network.getSelectedNodes()") == [judgement]
    assert_clean(run)
    run.page.close()


def test_questions_fold_under_their_pillar(chromium: Any, work: Path) -> None:
    run = opened(chromium, work, "grades")
    before = run.page.locator("th.kg-question").count()
    run.page.locator("button.kg-fold").first.click()
    assert run.page.locator("th.kg-question").count() > before
    run.page.locator("button.kg-fold").first.click()
    assert run.page.locator("th.kg-question").count() == before
    # the grade filter leaves only cells of that grade
    run.page.locator('fieldset[data-facet="grade"]').get_by_label("Outstanding").check()
    grades = run.js("Array.from(document.querySelectorAll('td.kg-cell[data-grade]')).map(c => c.dataset.grade)")
    assert grades and set(grades) == {"Outstanding"}
    run.page.close()


def test_the_csv_of_a_filtered_table_holds_exactly_its_rows(chromium: Any, work: Path, store: ox.Store) -> None:
    force, count = max(select(store, f"""
        SELECT ?name (COUNT(DISTINCT ?s) AS ?n) WHERE {{
          ?s a ?c ; peel:inspection/peel:force/rdfs:label ?name . FILTER (?c IN ({STATEMENT_CLASSES})) }}
        GROUP BY ?name"""), key=lambda row: (int(row[1]), row[0]))
    expected = {row[0] for row in select(store, f"""
        SELECT DISTINCT ?s WHERE {{
          ?s a ?c ; peel:inspection/peel:force/rdfs:label "{force}" . FILTER (?c IN ({STATEMENT_CLASSES})) }}""")}
    assert len(expected) == int(count) > 3
    run = opened(chromium, work, "statements")
    run.page.locator('fieldset[data-facet="force"]').get_by_label(force, exact=True).check()
    assert set(run.js("kgPage.statementRows()")) == expected
    with run.page.expect_download() as download:
        run.page.click("#kg-st-csv")
    text = Path(download.value.path()).read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(expected)
    assert {row["statement"] for row in rows} == expected
    assert {row["force"] for row in rows} == {force}
    assert_clean(run)
    run.page.close()


def test_a_forces_history_matches_kg_query_grade_history(chromium: Any, work: Path, store: ox.Store) -> None:
    # the force with grades in the most periods
    force = max(select(store, """
        SELECT ?name (COUNT(DISTINCT ?p) AS ?n) WHERE {
          ?j a peel:Judgement ; peel:inspection ?i . ?i peel:period ?p ; peel:force/rdfs:label ?name .
          FILTER NOT EXISTS { ?j peel:question ?q } }
        GROUP BY ?name"""), key=lambda row: (int(row[1]), row[0]))[0]
    answer = subprocess.run([sys.executable, "-m", "kg", "query", "grade-history", "--param", f"force={force}",
                             "--format", "csv"], cwd=work, capture_output=True, text=True, check=True).stdout
    expected = {(r["period"], r["pillar"], r["grade"], r["trend"]) for r in csv.DictReader(io.StringIO(answer))}
    assert len({e[0] for e in expected}) >= 2 and {e[3] for e in expected} - {"first"}
    run = opened(chromium, work, "force")
    value = run.js("name => Array.from(document.querySelectorAll('#kg-force-select option'))"
                   ".find(o => o.textContent === name).value", force)
    run.page.select_option("#kg-force-select", value)
    chips = run.js("""Array.from(document.querySelectorAll('#kg-force-body .kg-grade-chip'))
        .filter(b => b.dataset.question === '')
        .map(b => [b.dataset.period, b.dataset.pillar, b.dataset.grade, b.dataset.trend])""")
    assert {tuple(c) for c in chips} == expected
    # the changes are marked: up for better, down for worse
    marks = run.js("Array.from(document.querySelectorAll('#kg-force-body .kg-grade-chip'))"
                   ".map(b => [b.dataset.trend, b.textContent])")
    for trend, text in marks:
        assert text.endswith({"improved": "\u25b2", "declined": "\u25bc", "no change": "="}.get(trend, text[-1:]))
    assert run.page.locator("#kg-force-body h3", has_text="Statements by theme").count() == 1
    assert run.page.locator("#kg-force-body h3", has_text="Documents").count() == 1
    screenshot(run, "force")
    assert_clean(run)
    run.page.close()


def test_search_covers_every_node_with_its_force_and_period(chromium: Any, work: Path, store: ox.Store) -> None:
    text, name, period = min(select(store, f"""
        SELECT ?t ?name ?period WHERE {{
          ?s a ?c ; peel:text ?t ; peel:inspection ?i . ?i peel:force/rdfs:label ?name ; peel:period ?period .
          FILTER (?c IN ({STATEMENT_CLASSES})) }}"""))
    run = opened(chromium, work, "graph")
    words = " ".join(text.split()[:6])
    run.page.fill("#kg-search", words)
    run.page.wait_for_selector("#kg-results button")
    first = run.page.locator("#kg-results button").first.inner_text()
    assert name in first and period in first
    # the sidebar never scrolls sideways
    assert run.js("(() => { const s = document.getElementById('kg-side'); return s.scrollWidth <= s.clientWidth; })()")
    # a theme filter, and the view refits to what is left
    before = run.js("kgPage.filterChanges")
    run.page.locator('fieldset[data-facet="theme"]').get_by_label("Vetting").check()
    assert run.js("kgPage.filterChanges") == before + 1
    drawn = run.js("kgPage.visibleNodeIds()")
    vetting = {row[0] for row in select(store, f"""
        SELECT ?s WHERE {{ ?s a ?c ; peel:theme peel:theme-vetting . FILTER (?c IN ({STATEMENT_CLASSES})) }}""")}
    statements = {row[0] for row in select(store, f"""
        SELECT ?s WHERE {{ ?s a ?c . FILTER (?c IN ({STATEMENT_CLASSES})) }}""")}
    assert statements & set(drawn) == vetting
    screenshot(run, "graph")
    assert_clean(run)
    run.page.close()


def test_the_views_share_their_filters(chromium: Any, work: Path, store: ox.Store) -> None:
    period = "2016"
    expected = {row[0] for row in select(store, f"""
        SELECT DISTINCT ?s WHERE {{
          ?s a ?c ; peel:inspection/peel:period "{period}" . FILTER (?c IN ({STATEMENT_CLASSES})) }}""")}
    assert expected
    run = opened(chromium, work, "grades")
    run.page.locator('fieldset[data-facet="period"]').get_by_label(period, exact=True).check()
    assert set(run.js("Array.from(document.querySelectorAll('th.kg-period')).map(t => t.textContent)")) == {period}
    run.page.click('#kg-tabs button[data-view="statements"]')
    assert set(run.js("kgPage.statementRows()")) == expected
    assert run.page.locator('fieldset[data-facet="period"]').get_by_label(period, exact=True).is_checked()
    run.page.close()


def test_a_page_drawn_for_one_force_opens_on_it(chromium: Any, work: Path, store: ox.Store) -> None:
    force, name = min(select(store, """
        SELECT ?f ?name WHERE { ?j a peel:Judgement ; peel:inspection/peel:force ?f . ?f rdfs:label ?name }"""))
    slug = force.rsplit("/", 1)[-1]
    subprocess.run([sys.executable, "-m", "kg", "viz", "--force", slug, "--out", "output/one.html"],
                   cwd=work, capture_output=True, text=True, check=True)
    run = open_page(chromium, work / "output" / "one.html", "force")
    run.wait_stable()
    assert run.page.inner_text("#kg-force-body h2") == name
    run.page.click('#kg-tabs button[data-view="grades"]')
    assert run.js("Array.from(document.querySelectorAll('tr[data-force]')).map(r => r.dataset.force)") == [force]
    assert_clean(run)
    run.page.close()
