"""Issue 16: a document's bytes are read once per build, whether its cached result stands
(same bytes, new time) or it is read anew (new bytes)."""

from __future__ import annotations

import os
import shutil
from collections import Counter
from pathlib import Path

import pytest

import kg.builder.pipeline as pipeline
import kg.read.document as document
from kg.project import Project

from ..conftest import ROOT

SEEDS = sorted((ROOT / "seeds").iterdir())[:3]


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Counter:
    counted: Counter = Counter()
    real = pipeline.read_bounded

    def counting(path: Path, name: str) -> bytes:
        counted[Path(path).name] += 1
        return real(path, name)

    for module in (pipeline, document):  # wherever the build may read a file's bytes
        monkeypatch.setattr(module, "read_bounded", counting)
    return counted


def test_each_file_is_read_once_whether_its_cache_stands_or_not(tmp_path: Path, reads: Counter) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, folder / seed.name)
    project = Project(ROOT)
    first = pipeline.build([folder], project, workers=1)
    assert reads == Counter({seed.name: 1 for seed in SEEDS})
    previous = {(d.name, d.sha256): d for d in first.documents}
    known = {d.name: (*first.stamps[d.name], d.sha256) for d in first.documents}
    touched, edited = folder / SEEDS[0].name, folder / SEEDS[1].name
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))  # new time, same bytes
    edited.write_bytes(edited.read_bytes() + b"\n")
    reads.clear()
    second = pipeline.build([folder], project, previous=previous, known=known, workers=1)
    assert reads == Counter({touched.name: 1, edited.name: 1})  # the third is unchanged: not read at all
    assert second.reused == 2
    by_name = {d.name: d for d in second.documents}
    assert by_name[touched.name] is previous[(touched.name, by_name[touched.name].sha256)]
    assert by_name[edited.name].sha256 != next(d.sha256 for d in first.documents if d.name == edited.name)
