"""The benchmark's synthetic corpus: deterministic, and every genre it writes is read as that
genre by the real extractors and gives facts."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from kg.builder.pipeline import build

from ..conftest import ROOT


def _load_generator():
    path = ROOT / "benchmarks" / "generate_corpus.py"
    spec = importlib.util.spec_from_file_location("generate_corpus", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("generate_corpus", module)
    spec.loader.exec_module(module)
    return module


gen = _load_generator()


@pytest.fixture(scope="module")
def forces(project):
    return gen.load_forces(project)


def _first_of_each_genre(forces, seed: int = 7, limit: int = 500) -> dict[str, int]:
    found: dict[str, int] = {}
    for i in range(limit):
        found.setdefault(gen.document(i, seed, forces).genre, i)
        if len(found) == len(gen.GENRES):
            break
    return found


def test_the_same_seed_gives_the_same_bytes(tmp_path: Path, project) -> None:
    a = gen.generate(tmp_path / "a", 30, seed=11, project=project)
    b = gen.generate(tmp_path / "b", 30, seed=11, project=project)
    assert [p.name for p in a] == [p.name for p in b]
    assert all(x.read_bytes() == y.read_bytes() for x, y in zip(a, b))
    c = gen.generate(tmp_path / "c", 30, seed=12, project=project)
    assert [p.read_bytes() for p in a] != [p.read_bytes() for p in c]


def test_a_smaller_corpus_is_the_start_of_a_larger_one(forces) -> None:
    small = [gen.document(i, 3, forces) for i in range(20)]
    assert small == [gen.document(i, 3, forces) for i in range(20)]
    assert len({d.text for d in small}) == len(small)


def test_texts_vary_and_cover_forces_and_periods(forces) -> None:
    docs = [gen.document(i, 7, forces) for i in range(400)]
    assert set(Counter(d.genre for d in docs)) == set(gen.GENRES)
    statements = [s for d in docs for s in re.findall(r"^- (The (?:force|constabulary) .*)$", d.text, re.M)]
    assert len(set(statements)) > 0.8 * len(statements)
    named = {f.id for f in forces if any(f.name in d.text for d in docs)}
    assert len(named) > 0.9 * len(forces)
    text = "\n".join(d.text for d in docs)
    for period in ("PEEL 2014", "2015", "2016", "PEEL 2017", "2018/19", "PEEL 2021/22", "PEEL 2023-2025"):
        assert period in text, period


def test_every_genre_is_detected_and_gives_facts(tmp_path: Path, forces, project) -> None:
    firsts = _first_of_each_genre(forces)
    assert set(firsts) == set(gen.GENRES)
    for genre, i in firsts.items():
        doc = gen.document(i, 7, forces)
        (tmp_path / doc.name).write_text(doc.text, encoding="utf-8")
    result = build([tmp_path], project)
    assert result.warnings == []
    by_name = {d.name: d for d in result.documents}
    for genre, i in firsts.items():
        built = by_name[gen.document(i, 7, forces).name]
        assert built.genre == genre
        assert built.facts["inspection"] >= 1, genre
        assert built.facts["judgement"] >= 1, genre
        if genre in ("peel-report", "peel-report-2021", "response-record"):
            assert built.facts["area-for-improvement"] + built.facts["judgement"] >= 3, genre
