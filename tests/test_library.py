"""The Python library (kg.open, kg.build): the same answers as the command line, typed
errors, and no heavy imports on the query path."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg.errors import GraphNotFound, QueryError, UsageError

from .conftest import ROOT


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, kg.BuildSummary]:
    folder = tmp_path_factory.mktemp("library")
    return folder, kg.build([ROOT / "seeds"], out=folder / "output")


def cli(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=cwd, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "KG_ROOT": str(ROOT)})


def test_build_returns_what_the_command_prints(built: tuple[Path, kg.BuildSummary], tmp_path: Path) -> None:
    folder, summary = built
    assert summary.documents == 5 and summary.warnings == [] and summary.triples > 1000
    printed = cli(tmp_path, "build", str(ROOT / "seeds"), "--out", "output").stdout.splitlines()
    mine = str(summary).replace(str(folder) + "/", "").splitlines()
    assert printed[:4] == mine[:4] and printed[4].startswith("built in ") and mine[4].startswith("built in ")


def test_query_gives_the_rows_the_command_gives(built: tuple[Path, kg.BuildSummary]) -> None:
    import csv
    import io

    folder, _ = built
    g = kg.open(folder / "output")
    for store in ("auto", "memory"):
        rows = kg.open(folder / "output", store=store).query("improvement-areas", force="Lancashire")
        printed = list(csv.reader(io.StringIO(cli(folder, "query", "improvement-areas", "--param", "force=Lancashire",
                                                    "--format", "csv").stdout)))
        assert [rows.variables] + [[("" if v is None else str(v)) for v in r] for r in rows.rows] == printed
    assert g.query("SELECT (COUNT(*) AS ?n) WHERE { ?j a peel:Judgement }")[0] == {"n": 6}
    assert g.query("ASK { ?f a peel:Force }") is True
    described = g.query("CONSTRUCT { ?f a peel:Force } WHERE { ?f a peel:Force }")
    assert len(described) == 3


def test_errors_are_typed(built: tuple[Path, kg.BuildSummary], tmp_path: Path) -> None:
    folder, _ = built
    g = kg.open(folder / "output")
    with pytest.raises(UsageError, match="no force named 'Narnia'"):
        g.query("grade-history", force="Narnia")
    with pytest.raises(QueryError, match="needs --param force"):
        g.query("grade-history")
    with pytest.raises(QueryError, match="update"):
        g.query("DELETE WHERE { ?s ?p ?o }")
    with pytest.raises(GraphNotFound):
        kg.open(tmp_path / "nothing-here")


def test_to_dataframe(built: tuple[Path, kg.BuildSummary]) -> None:
    pandas = pytest.importorskip("pandas")
    folder, _ = built
    df = kg.open(folder / "output").query("forces").to_dataframe()
    assert isinstance(df, pandas.DataFrame) and list(df.columns) == ["force", "name", "documents"]
    assert df["documents"].sum() == 5 and df["documents"].dtype.kind == "i"


def test_import_kg_and_a_query_on_the_store_load_no_rdflib(built: tuple[Path, kg.BuildSummary]) -> None:
    folder, _ = built
    code = ("import sys, kg; g = kg.open('output'); rows = g.query('grade-history', force='Staffs'); "
            "print(len(rows), 'rdflib' in sys.modules, 'pandas' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=folder, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "KG_ROOT": str(ROOT)})
    assert done.stdout.split() == ["3", "False", "False"], done.stderr
