"""Shared fixtures: the project, the seeds built once per session, paths to the corpora."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kg.builder.outputs import write_build
from kg.builder.pipeline import BuildResult, build
from kg.project import Project

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEEDS_GOLD = DATA / "seeds-gold"
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
# Named queries whose nodes only a build made with --audit has: on the seeds' ordinary build
# they answer nothing, so the tests that ask every query on it leave them to
# tests/extract/test_audit.py, which asks them of an audited build on both stores.
NEEDS_AUDIT_BUILD = frozenset({"unexplained-cues"})


def require_tool(name: str) -> str:
    """The path of a system tool the test drives; in CI a missing one fails, elsewhere it skips."""
    path = shutil.which(name)
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail(f"{name} is not installed (.ci/run installs it)")
    pytest.skip(f"{name} is not installed")


def require_corpus() -> Path:
    """The development corpus beside the project (../shared/corpus)."""
    if (CORPUS / "docs").is_dir():
        return CORPUS
    if os.environ.get("CI"):
        pytest.fail(f"development corpus not found at {CORPUS}")
    pytest.skip(f"development corpus not found at {CORPUS} (set KG_SHARED)")


@pytest.fixture(scope="session")
def project() -> Project:
    return Project(root=ROOT)


@pytest.fixture(scope="session")
def seeds_build(project: Project) -> BuildResult:
    return build([project.seeds_dir], project)


@pytest.fixture(scope="session")
def seeds_graph(seeds_build: BuildResult):
    return seeds_build.graph


@pytest.fixture(scope="session")
def seeds_output(seeds_build: BuildResult, project: Project, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """graph.ttl and graph.html of the seeds, written once."""
    out = tmp_path_factory.mktemp("seeds-output")
    write_build(seeds_build, out, project)
    return out
