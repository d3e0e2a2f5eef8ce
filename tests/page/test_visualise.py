"""The page: what render_html draws, how it labels it, what it filters, and that it is inert offline HTML."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from typer.testing import CliRunner

from kg.errors import KgError, QueryError
from kg.page.visualise import PageOptions, render_html, select_for_query

DATA = Path(__file__).parents[1] / "data"
PAGE_GRAPH = DATA / "page_graph.ttl"
ID = "https://w3id.org/peel-kg/id/"
PAYLOAD_MARKUP = ('<img src=x onerror="window.__pwned=1">', "<script>window.__pwned=1</script>")

NODE_COUNT_QUERY = """
PREFIX peel: <https://w3id.org/peel-kg/ontology#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT (COUNT(DISTINCT ?n) AS ?count) WHERE {
  VALUES ?class { peel:Force peel:Inspectorate peel:Inspection peel:Judgement peel:AreaForImprovement
                  peel:Recommendation peel:CauseOfConcern peel:ForceUpdate foaf:Person org:Membership
                  peel:SourceDocument }
  ?n a ?class . FILTER(isIRI(?n))
}"""


def expected_node_count(graph: Graph) -> int:
    """The documented filtering: one node per IRI typed with one of the contract's instance classes."""
    return int(next(iter(graph.query(NODE_COUNT_QUERY)))[0])


def page_data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert match, "no data element"
    return json.loads(match.group(1))["graph"]  # what the graph view draws (beside it: the tables)


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(PAGE_GRAPH)


@pytest.fixture(scope="module")
def page(graph: Graph) -> str:
    return render_html(graph)


def labels(data: dict) -> dict[str, str]:
    return {n["id"]: n["label"] for n in data["nodes"]}


class _Elements(HTMLParser):
    """The start tags of a page, as the browser's tokenizer sees them (script bodies are raw text)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_page_is_self_contained(page: str) -> None:
    assert "http://" not in page and "https://" not in page
    parser = _Elements()
    parser.feed(page)
    tags = [tag for tag, _ in parser.tags]
    assert "link" not in tags and "img" not in tags and "iframe" not in tags
    scripts = [attrs for tag, attrs in parser.tags if tag == "script"]
    assert scripts == [{"type": "application/json", "id": "kg-data"}, {}, {}]
    assert "vis.Network" in page and ".vis-network" in page  # vis-network JS and CSS inlined


def test_csp_allows_only_our_scripts_and_no_loads(page: str) -> None:
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    assert "default-src 'none'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


def test_document_text_never_reaches_the_page_as_markup(page: str) -> None:
    for markup in PAYLOAD_MARKUP:
        assert markup not in page
    assert "window.__pwned" in page  # present, but only as escaped JSON text
    body = page.split('id="kg-data">', 1)[1].split("</script>", 1)[0]
    assert not re.search(r"[<>&]", body)
    texts = json.dumps(page_data(page))
    assert all(json.dumps(m)[1:-1] in texts for m in PAYLOAD_MARKUP)


def test_nodes_are_the_contract_instances(graph: Graph, page: str) -> None:
    data = page_data(page)
    assert len(data["nodes"]) == expected_node_count(graph) == 18
    ids = {n["id"] for n in data["nodes"]}
    assert "https://w3id.org/peel-kg/ontology#Force" not in ids  # no schema plumbing
    assert "https://w3id.org/peel-kg/ontology#Good" not in ids  # grades are attributes
    assert not {e["label"] for e in data["edges"]} & {"type", "subClassOf", "in scheme"}


def test_labels_a_person_understands(page: str) -> None:
    shown = labels(page_data(page))
    assert shown[ID + "force/staffordshire"] == "Staffordshire Police"
    assert shown[ID + "inspection/staffordshire/2016/legitimacy"] == "2016 Legitimacy"
    assert shown[ID + "judgement/derbyshire/2016/legitimacy/fair-treatment-public"] == "Outstanding"
    assert shown[ID + "inspectorate/hmic"] == "HMIC"
    assert shown[ID + "person/nick-baker"] == "Nick Baker"
    assert shown[ID + "membership/nick-baker/staffordshire"] == "Acting Chief Constable"
    assert shown[ID + "afi/staffordshire/2018-19/peel/wanted"].startswith("The force needs to improve its oversight")
    assert shown[ID + "afi/staffordshire/2018-19/peel/wanted"].endswith("…")


def test_edge_labels_come_from_property_labels(page: str) -> None:
    edge_labels = {e["label"] for e in page_data(page)["edges"]}
    assert {"derived from", "inspected by", "responds to", "lead inspector", "force"} <= edge_labels


def test_grades_coloured_on_their_scale_and_size_by_degree(page: str) -> None:
    data = page_data(page)
    nodes = {n["id"]: n for n in data["nodes"]}
    outstanding = nodes[ID + "judgement/derbyshire/2016/legitimacy/fair-treatment-public"]
    good = nodes[ID + "judgement/staffordshire/2018-19/peel"]
    assert (outstanding["grade"], good["grade"]) == ("Outstanding", "Good")
    assert outstanding["color"] != good["color"]
    assert nodes[ID + "force/staffordshire"]["size"] > nodes[ID + "person/nick-baker"]["size"]
    assert [g["key"] for g in data["grades"]][:2] == ["Outstanding", "Good"]


def test_details_carry_evidence_and_sources(page: str) -> None:
    details = page_data(page)["details"][ID + "judgement/staffordshire/2016/legitimacy/fair-treatment-public"]
    assert details["evidence"][0].startswith("The force treats the people it serves with fairness")
    assert details["sources"] == [{"id": ID + "document/000_13a5920b5e182d37", "file": "000_13a5920b5e182d37.txt",
                                   "sha256": "13a5920b5e18", "title": "Staffordshire PEEL 2016"}]
    assert ["grade", "Good", None] in details["props"]


def test_force_filter_keeps_that_force_and_shared_nodes(graph: Graph) -> None:
    shown = labels(page_data(render_html(graph, PageOptions(forces=("staffordshire",)))))
    assert "Derbyshire Constabulary" not in shown.values()
    assert "Outstanding" not in shown.values()
    assert "Staffordshire Police" in shown.values() and "HMIC" in shown.values()


def test_period_and_class_filters(graph: Graph) -> None:
    data = page_data(render_html(graph, PageOptions(periods=("2018/19",), classes=("Inspection", "peel:Judgement"))))
    assert sorted(labels(data).values()) == ["2018/19 PEEL", "Good"]


def test_unknown_force_or_class_lists_what_exists(graph: Graph) -> None:
    with pytest.raises(KgError, match="unknown force 'Narnia'; available: derbyshire, staffordshire"):
        render_html(graph, PageOptions(forces=("Narnia",)))
    with pytest.raises(KgError, match="unknown class 'Widget'; available: Force, "):
        render_html(graph, PageOptions(classes=("Widget",)))


def test_focus_by_label_and_depth(graph: Graph) -> None:
    near = labels(page_data(render_html(graph, PageOptions(focus="Derbyshire Constabulary", depth=1))))
    assert sorted(near.values()) == ["2016 Legitimacy", "Derbyshire Constabulary"]
    with pytest.raises(KgError, match="matches no node"):
        render_html(graph, PageOptions(focus="Nowhere Police"))


def test_max_nodes_lists_what_was_left_out(graph: Graph) -> None:
    data = page_data(render_html(graph, PageOptions(max_nodes=5)))
    assert len(data["nodes"]) == 5
    assert sum(data["omitted"].values()) == 13
    assert any("--force" in hint for hint in data["hints"])


def test_ontology_draws_the_schema(graph: Graph) -> None:
    data = page_data(render_html(graph, PageOptions(ontology=True)))
    kinds = {n["kind"] for n in data["nodes"]}
    assert {"Class", "Property", "ConceptScheme", "Concept"} <= kinds
    assert ID + "force/staffordshire" not in labels(data)
    assert "subClassOf" in {e["label"] for e in data["edges"]} or "sub class of" in {e["label"] for e in data["edges"]}


def test_select_query_draws_bound_nodes_and_edges_between_them(graph: Graph) -> None:
    view = select_for_query(graph, "SELECT ?i ?f WHERE { ?i peel:force ?f }")
    data = page_data(render_html(graph, PageOptions(view=view)))
    assert sorted(labels(data).values()) == ["2016 Legitimacy", "2016 Legitimacy", "2018/19 PEEL",
                                             "Derbyshire Constabulary", "Staffordshire Police"]
    assert {e["label"] for e in data["edges"]} == {"force"}


def test_construct_query_draws_its_graph(graph: Graph) -> None:
    view = select_for_query(graph, "CONSTRUCT { ?j peel:grade ?g } WHERE { ?j peel:grade ?g }")
    data = page_data(render_html(graph, PageOptions(view=view)))
    assert len(data["edges"]) == 3
    assert "Good" in labels(data).values()


def test_bad_queries_are_query_errors(graph: Graph) -> None:
    with pytest.raises(QueryError, match="cannot run the query"):
        select_for_query(graph, "SELEKT ?x")
    with pytest.raises(QueryError, match="ASK query has no nodes"):
        select_for_query(graph, "ASK { ?s ?p ?o }")


def test_same_graph_same_page(graph: Graph, page: str) -> None:
    assert render_html(graph) == page


def test_cli_writes_only_the_page(tmp_path: Path) -> None:
    from kg.cli import app
    from kg.cli import viz  # noqa: F401  (registers the command)

    out = tmp_path / "page.html"
    result = CliRunner().invoke(app, ["viz", "--data", str(PAGE_GRAPH), "--out", str(out), "--force", "derbyshire"])
    assert result.exit_code == 0, result.output
    assert [p.name for p in tmp_path.iterdir()] == ["page.html"]
    assert "Derbyshire Constabulary" in {n["label"] for n in page_data(out.read_text())["nodes"]}


def test_cli_errors_are_one_line_exit_2(tmp_path: Path) -> None:
    from kg.cli import app
    from kg.cli import viz  # noqa: F401

    result = CliRunner().invoke(app, ["viz", "--data", str(PAGE_GRAPH), "--out", str(tmp_path / "p.html"),
                                      "--force", "Narnia"])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "unknown force 'Narnia'" in result.output
    missing = CliRunner().invoke(app, ["viz", "--data", str(tmp_path / "none.ttl"), "--out", str(tmp_path / "p.html")])
    assert missing.exit_code == 2 and "no such file" in missing.output
    assert not (tmp_path / "p.html").exists()


def test_cli_query_file(tmp_path: Path) -> None:
    from kg.cli import app
    from kg.cli import viz  # noqa: F401

    rq = tmp_path / "people.rq"
    rq.write_text("SELECT ?p WHERE { ?p a foaf:Person }\n")
    out = tmp_path / "p.html"
    result = CliRunner().invoke(app, ["viz", "--data", str(PAGE_GRAPH), "--out", str(out), "--query", str(rq)])
    assert result.exit_code == 0, result.output
    assert sorted(n["label"] for n in page_data(out.read_text())["nodes"]) == ["Nick Baker", "Zoë Billingham"]


def test_one_node_per_iri(graph: Graph, page: str) -> None:
    ids = [n["id"] for n in page_data(page)["nodes"]]
    assert len(ids) == len(set(ids))
    assert all(URIRef(i) in set(graph.subjects()) for i in ids)


def test_page_script_never_parses_data_as_html() -> None:
    script = (Path(__file__).parents[2] / "kg" / "page" / "templates" / "page.js").read_text()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in script


def test_select_draws_what_unprojected_variables_bind(graph: Graph) -> None:
    view = select_for_query(graph, "SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name }")
    assert sorted(labels(page_data(render_html(graph, PageOptions(view=view)))).values()) == [
        "Nick Baker", "Zoë Billingham"]


def test_cli_named_query_with_param(tmp_path: Path) -> None:
    from kg.cli import app
    from kg.cli import viz  # noqa: F401

    out = tmp_path / "p.html"
    args = ["viz", "--data", str(PAGE_GRAPH), "--out", str(out), "--query", "grade-history"]
    missing = CliRunner().invoke(app, args)
    assert missing.exit_code == 2 and "needs --param force=VALUE" in missing.output
    result = CliRunner().invoke(app, [*args, "--param", "force=Staffordshire Police"])
    assert result.exit_code == 0, result.output
    shown = sorted((n["kind"], n["label"]) for n in page_data(out.read_text())["nodes"])
    # the 2016 inspection gives only a question's grade, which grade-history counts (no overall grade)
    assert shown == [("Concept", "Good"), ("Concept", "Legitimacy"), ("Concept", "PEEL"),
                     ("Force", "Staffordshire Police"), ("Inspection", "2016 Legitimacy"),
                     ("Inspection", "2018/19 PEEL"), ("Judgement", "Good"), ("Judgement", "Good")]


def test_a_megabyte_statement_does_not_make_the_page_slow(seeds_build, project, tmp_path: Path) -> None:
    """Issue 18, item 4: the page's graph was parsed by rdflib's N-Triples reader, which
    took over 20 s on one literal of a megabyte. Both the graph view and the tables hold
    the statement, whole."""
    import dataclasses
    import time
    from collections import Counter

    from kg.builder.outputs import write_build
    from kg.builder.pipeline import DocumentResult

    text = "The force should improve " + "its vetting of officers and staff " * 30_000
    assert len(text) > 1_000_000
    afi = f"<{ID}area-for-improvement/big>"
    lines = tuple(sorted([
        f'{afi} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/peel-kg/ontology#AreaForImprovement> .\n',
        f'{afi} <https://w3id.org/peel-kg/ontology#text> "{text}" .\n',
        f'{afi} <https://w3id.org/peel-kg/ontology#inspection> <{ID}inspection/big> .\n',
    ]))
    big = DocumentResult(name="zz-big.txt", sha256="0" * 64, genre="peel-report", lines=lines, facts=Counter())
    result = dataclasses.replace(seeds_build, documents=[*seeds_build.documents, big])
    started = time.perf_counter()
    write_build(result, tmp_path, project, store="memory")
    elapsed = time.perf_counter() - started
    assert elapsed < 8, f"writing the outputs took {elapsed:.1f} s"
    whole = json.loads(re.search(r'id="kg-data">(.*?)</script>', (tmp_path / "graph.html").read_text(), re.S).group(1))
    texts = whole["tables"]["texts"]
    assert any(texts[row[5]].strip() == text.strip() for row in whole["tables"]["statements"])
    assert any(node["id"] == afi[1:-1] for node in whole["graph"]["nodes"])
