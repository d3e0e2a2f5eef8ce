"""The graph built from seeds/ holds exactly the seeds' gold facts, read back through SPARQL."""

from __future__ import annotations

import pytest

from kg.read.document import load_document
from kg.builder.evaluate import KINDS, evaluate, load_gold

from ..conftest import SEEDS_GOLD


@pytest.fixture(scope="module")
def report(seeds_build, project):
    gold = load_gold(SEEDS_GOLD)
    texts = {p.name: load_document(p).text for p in project.seeds_dir.iterdir()}
    return evaluate(gold, (d.graph for d in seeds_build.documents), project, texts)


def test_every_seed_document_has_gold(report):
    assert report.documents == 5 and report.unscored == []


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_exactly(report, kind):
    score = report.scores[kind]
    missing = [m for m in report.missing if m[1] == kind]
    extra = [e for e in report.extra if e[1] == kind]
    assert (missing, extra) == ([], [])
    assert score.f1 == 1.0 and score.gold == score.matched


def test_attributes_and_provenance(report):
    assert report.wrong == []
    assert report.provenance[0] == report.provenance[1] == 30  # 6 inspections, 6 judgements, 15 AFIs, 3 people


def test_gold_counts_are_not_trivial(report):
    assert report.scores["areas_for_improvement"].gold == 15
    assert report.scores["judgements"].gold == 6
    assert report.scores["people"].gold == 3
