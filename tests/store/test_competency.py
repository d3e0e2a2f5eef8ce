"""The competency questions, run as queries/NAME.rq through rdflib on the seeds graph."""

from __future__ import annotations

from collections import Counter

import pytest

from kg.store.queries import load_query, run_query

STAFFS, DERBY, LANCS = "Staffordshire Police", "Derbyshire Constabulary", "Lancashire Constabulary"


def rows(graph, project, name: str, **params: str) -> list[dict[str, str | None]]:
    result = run_query(graph, load_query(project, name), params)
    return [{str(v): (None if row[v] is None else str(row[v])) for v in result.vars} for row in result]


def test_forces_with_document_counts(seeds_graph, project):
    got = [(r["name"], int(r["documents"])) for r in rows(seeds_graph, project, "forces")]
    assert got == [(STAFFS, 3), (DERBY, 1), (LANCS, 1)]


def test_grades(seeds_graph, project):
    got = [(r["force"], r["period"], r["pillar"], r["question"], r["grade"])
           for r in rows(seeds_graph, project, "grades")]
    assert got == [
        (DERBY, "2016", "Legitimacy", "ethical-lawful-workforce", "Outstanding"),
        (DERBY, "2016", "Legitimacy", "fair-treatment-public", "Outstanding"),
        (DERBY, "2016", "Legitimacy", "fair-treatment-workforce", "Good"),
        (STAFFS, "2015", "Legitimacy", None, "Good"),
        (STAFFS, "2016", "Legitimacy", None, "Good"),
        (STAFFS, "2018/19", "PEEL", None, "Good"),
    ]


def test_improvement_areas_per_inspection(seeds_graph, project):
    got = Counter((r["forceName"], r["period"]) for r in rows(seeds_graph, project, "improvement-areas"))
    assert got == {(STAFFS, "2016"): 3, (STAFFS, "2018/19"): 6, (LANCS, "2016"): 6}
    questions = {r["question"] for r in rows(seeds_graph, project, "improvement-areas")}
    assert None not in questions


@pytest.mark.parametrize("force", ["Lancashire", "lancashire constabulary", "https://w3id.org/peel-kg/id/force/lancashire"])
def test_improvement_areas_for_one_force(seeds_graph, project, force):
    got = rows(seeds_graph, project, "improvement-areas", force=force)
    assert len(got) == 6 and {r["forceName"] for r in got} == {LANCS}


def test_improvement_areas_for_derbyshire_is_empty(seeds_graph, project):
    assert rows(seeds_graph, project, "improvement-areas", force=DERBY) == []


def test_shared_improvement_areas(seeds_graph, project):
    got = {(r["statement"].split()[-1], frozenset(r["forces"].split(" | ")), r["forceCount"])
           for r in rows(seeds_graph, project, "shared-improvement-areas")}
    assert got == {("vetting.", frozenset({STAFFS, LANCS}), "2"), ("performance.", frozenset({STAFFS, LANCS}), "2")}


def test_leadership(seeds_graph, project):
    got = rows(seeds_graph, project, "leadership", force=STAFFS)
    people = {(r["name"], r["title"], r["qualifier"], r["document"]) for r in got}
    assert ("Matthew Ellis", "Police and Crime Commissioner", None, "001_1171d37a6130ba33.txt") in people
    assert ("Nick Baker", "Acting Chief Constable", "acting", "001_1171d37a6130ba33.txt") in people
    assert ("Nick Baker", "Temporary Chief Constable", "temporary", "001_1171d37a6130ba33.txt") in people
    assert {r["name"] for r in got} == {"Matthew Ellis", "Nick Baker"}
    assert {r["document"] for r in got} == {"001_1171d37a6130ba33.txt"}


def test_inspectors(seeds_graph, project):
    got = [(r["name"], r["title"], r["inspectorate"], r["forceName"], r["period"], r["pillar"], r["document"])
           for r in rows(seeds_graph, project, "inspectors")]
    assert got == [("Wendy Williams", "HM Inspector of Constabulary", "HMIC", STAFFS, "2016", "Legitimacy",
                    "002_be402a4505dd9b4c.txt")]


def test_inspectorates(seeds_graph, project):
    got = [(r["forceName"], r["period"], r["pillar"], r["inspectorate"])
           for r in rows(seeds_graph, project, "inspectorates")]
    assert got == [
        (STAFFS, "2015", "Legitimacy", "HMIC"),
        (STAFFS, "2016", "Legitimacy", "HMIC"),
        (STAFFS, "2018/19", "PEEL", "HMICFRS"),
    ]


def test_force_updates(seeds_graph, project):
    got = rows(seeds_graph, project, "force-updates")
    assert len(got) == 6
    assert {(r["forceName"], r["period"], r["kind"]) for r in got} == {(STAFFS, "2018/19", "Area for improvement")}


def test_theme_vetting(seeds_graph, project):
    got = [(r["forceName"], r["period"], r["text"]) for r in rows(seeds_graph, project, "theme", theme="vetting")]
    assert [(f, p) for f, p, _ in got] == [(LANCS, "2016"), (STAFFS, "2016"), (STAFFS, "2018/19")]
    assert got[2][2].startswith("The force should monitor its vetting decisions")


def test_grade_history(seeds_graph, project):
    got = [(r["period"], r["pillar"], r["grade"], r["trend"])
           for r in rows(seeds_graph, project, "grade-history", force=STAFFS)]
    assert got == [
        ("2015", "Legitimacy", "Good", "first"),
        ("2016", "Legitimacy", "Good", "no change"),
        ("2018/19", "PEEL", "Good", "first"),
    ]


def test_provenance_of_a_judgement(seeds_graph, project):
    node = "https://w3id.org/peel-kg/id/judgement/derbyshire/2016/legitimacy/fair-treatment-public/outstanding"
    from rdflib import URIRef
    result = run_query(seeds_graph, load_query(project, "provenance"), {"node": node})
    got = {(str(r["file"]), str(r["evidence"])) for r in result}
    assert got == {("003_fe4d30ae14d8a1f9.txt",
                    "Derbyshire Constabulary is outstanding at treating all the people it serves with fairness and respect.")}
    assert all(len(str(r["sha256"])) == 64 and str(r["fact"]) == str(URIRef(node)) for r in result)


def test_provenance_by_text(seeds_graph, project):
    got = rows(seeds_graph, project, "provenance", text="outstanding at treating all the people")
    assert {r["file"] for r in got} == {"003_fe4d30ae14d8a1f9.txt"}


def test_same_inspection(seeds_graph, project):
    got = [(r["forceName"], r["period"], r["pillar"], r["file"]) for r in rows(seeds_graph, project, "same-inspection")]
    assert got == [
        (STAFFS, "2016", "Legitimacy", "000_13a5920b5e182d37.txt"),
        (STAFFS, "2016", "Legitimacy", "002_be402a4505dd9b4c.txt"),
    ]


def test_theme_by_its_name_as_well_as_its_key(seeds_graph, project):
    by_key = rows(seeds_graph, project, "theme", theme="vetting")
    assert rows(seeds_graph, project, "theme", theme="Vetting") == by_key
