"""Issue 18, items 1, 2, 3 and 5: no document makes extraction slow or its warnings long.

Each case extracts a pathological document at two sizes, n and 4n, and asserts that the
time grows no faster than linearly (with room for noise): a quadratic pattern would take
sixteen times as long. The full-size timings live in benchmarks/robust_bench.py.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from kg.read.document import load_document
from kg.extract import extract
from kg.extract.gazetteer import load_gazetteer
from kg.extract.records import Notice

ROOT = Path(__file__).resolve().parents[2]
GAZETTEER = load_gazetteer(ROOT / "ontology" / "forces.ttl")
SEED = (ROOT / "seeds" / "000_13a5920b5e182d37.txt").read_text(encoding="utf-8")
REPORT_2021 = ("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services\n\nPEEL 2021/22\n"
               "An inspection of Kent Police\n\nOur judgments\n")

CASES = {
    # 1: a line of capitals after a report ("NAME, who" had no word-start anchor)
    "capitals": lambda n: SEED + "\n" + "A" * n + "\n",
    # 2: a run of spaces between two words in a grade table, a title and a report's head
    "spaces in a row": lambda n: REPORT_2021 + "Investigating crime" + " " * n + "Good\n",
    "spaces in a title": lambda n: "Kent PEEL 2017 A" + " " * n + "B\n" + SEED,
    # 3: deeply nested lists in a web page
    "nested lists": lambda n: "<html><body><main><h1>Kent PEEL 2017</h1>" + "<ul><li>item" * (n // 40)
                              + "</main></body></html>",
    # 5: many names shaped like forces the gazetteer does not know
    "unknown forces": lambda n: "Kent PEEL 2017\n" + " ".join(f"Zq{i:05d}x Police." for i in range(n // 20)),
}


def seconds(tmp_path: Path, name: str, text: str) -> float:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    extract(load_document(path), GAZETTEER)
    return time.perf_counter() - started


@pytest.mark.parametrize("case", sorted(CASES))
def test_time_grows_linearly(tmp_path: Path, case: str) -> None:
    suffix = ".html" if case == "nested lists" else ".txt"
    seconds(tmp_path, "warm" + suffix, CASES[case](1000))  # compile the finders first
    small = min(seconds(tmp_path, "small" + suffix, CASES[case](10_000)) for _ in range(2))
    large = min(seconds(tmp_path, "large" + suffix, CASES[case](40_000)) for _ in range(2))
    assert large < 8 * small + 0.5, (case, small, large)


def test_unknown_forces_give_a_few_warnings_and_one_for_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "many.txt"
    path.write_text(CASES["unknown forces"](80_000), encoding="utf-8")
    notices = [r.message for r in extract(load_document(path), GAZETTEER) if isinstance(r, Notice)]
    named = [m for m in notices if m.startswith("names a force not in the gazetteer")]
    assert len(named) == 5 and "names 3995 more forces not in the gazetteer" in notices
