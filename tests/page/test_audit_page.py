"""The page's Audit view (issue 17) in a real browser: a build made with --audit lists every
unexplained cue with its document and position, as `kg audit` does; without --audit the
view is not offered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import kg
from kg.builder.audit import audit_paths

from ..browser import browser, chromium_missing, open_page
from ..conftest import ROOT
from ..extract.test_audit import PLANTED

pytestmark = [pytest.mark.browser, pytest.mark.skipif(chromium_missing() is not None,
                                                      reason=chromium_missing() or "")]

# Document text is untrusted: markup in a cue's sentence must show as text.
HOSTILE = ("Minutes of the police and crime panel\n\n"
           "Members noted <img src=x onerror=alert(1)> that Kent Police had been rated 'outstanding' again.\n")


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    with browser() as context:
        yield context


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("audit-docs")
    (folder / "minutes.txt").write_text(PLANTED, encoding="utf-8")
    (folder / "notes.txt").write_text(HOSTILE, encoding="utf-8")
    (folder / "seed.txt").write_bytes((ROOT / "seeds" / "000_13a5920b5e182d37.txt").read_bytes())
    return folder


def test_the_audit_view_lists_what_kg_audit_lists(chromium: Any, docs: Path, tmp_path: Path) -> None:
    kg.build([docs], tmp_path / "out", audit=True, store="memory")
    run = open_page(chromium, tmp_path / "out" / "graph.html", "audit")
    run.wait_stable()
    assert run.page.locator("#kg-audit-tab").is_visible()
    shown = run.js("""Array.from(document.querySelectorAll('#kg-audit-body table.kg-audit tbody tr')).map(
        tr => Array.from(tr.children).map(td => td.textContent))""")
    expected = [[r["document"], f'{r["line"]}:{r["column"]}', r["kind"], r["cue"], r["sentence"]]
                for r in audit_paths([docs]).rows()]
    assert len(expected) == 2 and sorted(shown) == sorted(expected)
    totals = run.page.locator(".kg-audit-totals").inner_text()
    cues, explained, unexplained = audit_paths([docs]).totals()
    assert f"3 documents audited: {cues} cues" in totals and f"{unexplained} not understood" in totals
    assert run.page.locator("#kg-audit-body img").count() == 0  # the sentence's markup is text
    assert run.console_errors == [] and run.page_errors == [] and run.blocked == []
    run.page.close()


def test_without_audit_the_page_offers_no_audit_view(chromium: Any, docs: Path, tmp_path: Path) -> None:
    kg.build([docs], tmp_path / "out", store="memory")
    run = open_page(chromium, tmp_path / "out" / "graph.html", "audit")
    run.wait_stable()
    assert not run.page.locator("#kg-audit-tab").is_visible()
    assert run.js("window.kgPage.view()") == "grades"  # #audit falls back to the first view
    run.page.close()
