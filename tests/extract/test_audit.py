"""The account of a document's cues (issue 17): what became of every grade word, statement
heading and title, on the development corpora, on a planted miss, and through `kg audit`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.read.document import load_document
from kg.extract import extract
from kg.extract.audit import account
from kg.extract.gazetteer import load_gazetteer
from kg.extract.records import Account

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))
GAZETTEER = load_gazetteer(ROOT / "ontology" / "forces.ttl")
CORPORA = {"corpus": SHARED / "corpus" / "docs", "corpus2": SHARED / "corpus2" / "docs",
           "corpus3": ROOT / "tests" / "corpus3" / "docs", "corpus5": ROOT / "tests" / "corpus5" / "docs",
           "corpus6": ROOT / "tests" / "corpus6" / "docs", "corpus7": ROOT / "tests" / "corpus7" / "docs",
           "corpus8": ROOT / "tests" / "corpus8" / "docs", "corpus9": ROOT / "tests" / "corpus9" / "docs",
           "corpus10": ROOT / "tests" / "corpus10" / "docs", "corpus11": ROOT / "tests" / "corpus11" / "docs",
           "corpus12": ROOT / "tests" / "corpus12" / "docs", "corpus13": ROOT / "tests" / "corpus13" / "docs",
           "corpus14": ROOT / "tests" / "corpus14" / "docs", "corpus15": ROOT / "tests" / "corpus15" / "docs",
           "corpus16": ROOT / "tests" / "corpus16" / "docs", "corpus17": ROOT / "tests" / "corpus17" / "docs",
           "corpus18": ROOT / "tests" / "corpus18" / "docs", "corpus19": ROOT / "tests" / "corpus19" / "docs",
           "corpus20": ROOT / "tests" / "corpus20" / "docs", "corpus21": ROOT / "tests" / "corpus21" / "docs",
           "corpus22": ROOT / "tests" / "corpus22" / "docs", "corpus23": ROOT / "tests" / "corpus23" / "docs",
           "corpus24": ROOT / "tests" / "corpus24" / "docs", "corpus25": ROOT / "tests" / "corpus25" / "docs",
           "corpus26": ROOT / "tests" / "corpus26" / "docs", "corpus27": ROOT / "tests" / "corpus27" / "docs",
           "corpus28": ROOT / "tests" / "corpus28" / "docs", "corpus29": ROOT / "tests" / "corpus29" / "docs",
           "corpus30": ROOT / "tests" / "corpus30" / "docs", "corpus31": ROOT / "tests" / "corpus31" / "docs",
           "corpus32": ROOT / "tests" / "corpus32" / "docs"}
# A stated grade the extractors cannot place: no period anywhere in the document.
PLANTED = ("Minutes of the police and crime panel\n\n"
           "Members noted that Staffordshire Police had been awarded 'good' by the inspectorate.\n")


def account_of(path: Path) -> Account:
    return next(r for r in extract(load_document(path), GAZETTEER) if isinstance(r, Account))


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_the_corpora_leave_at_most_one_cue_per_document_unexplained(name: str) -> None:
    folder = CORPORA[name]
    if not folder.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{folder} not found")
        pytest.skip(f"{folder} not found")
    accounts = [account_of(p) for p in sorted(folder.iterdir())]
    cues = sum(a.counts()[0] for a in accounts)
    unexplained = [c for a in accounts for c in a.unexplained]
    assert cues > 10 * len(accounts)  # the account does look at the text
    assert len(unexplained) <= len(accounts), [(c.text, c.sentence) for c in unexplained]


def test_every_cue_has_an_outcome_and_facts_use_most_grade_words() -> None:
    account = account_of(ROOT / "seeds" / "003_fe4d30ae14d8a1f9.txt")
    outcomes = {c.outcome for c in account.cues}
    assert "fact" in outcomes and all(c.outcome for c in account.cues)
    grades = [c for c in account.cues if c.kind == "grade"]
    assert sum(c.outcome == "fact" for c in grades) >= len(grades) / 2


def test_an_ordinary_adjective_and_the_grading_scale_are_explained(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text("Kent PEEL 2017\n\nThe force does good work with schools.\n"
                    "Forces are graded outstanding, good, requires improvement or inadequate.\n", encoding="utf-8")
    doc = load_document(path)
    told = account(doc, extract(doc, GAZETTEER), GAZETTEER, full=True)
    outcomes = {c.sentence.split()[2]: c.outcome for c in told.cues if c.kind == "grade"}
    assert outcomes["does"] == "an ordinary adjective"
    assert outcomes["graded"] == "the grading scale"


def test_a_rehearsals_rating_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "briefing.txt"
    path.write_text("PEEL 2023-25: Northumbria Police briefing\n\n"
                    "The peer review team that carried out our mock inspection rated call handling as 'adequate'.\n",
                    encoding="utf-8")
    doc = load_document(path)
    told = account(doc, extract(doc, GAZETTEER), GAZETTEER, full=True)
    assert [c.outcome for c in told.cues if c.kind == "grade"] == ["a rehearsal's rating, no inspectorate's"]


def test_an_aim_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("PEEL 2021/22: Merseyside Police\n\nWe aim to be outstanding in preventing crime.\n", encoding="utf-8")
    doc = load_document(path)
    told = account(doc, extract(doc, GAZETTEER), GAZETTEER, full=True)
    assert [c.outcome for c in told.cues if c.kind == "grade"] == ["an aim or a grade that may be given"]


def test_a_planted_unknown_phrasing_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(PLANTED, encoding="utf-8")
    missed = account_of(path).unexplained
    assert [(c.kind, c.text) for c in missed] == [("grade", "good")]
    assert "awarded 'good'" in missed[0].sentence


def run_kg(*args: str, cwd: Path = ROOT, input_text: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=cwd, capture_output=True, text=True, timeout=300,
                          input=input_text)


def test_build_warns_and_kg_audit_lists_the_planted_miss(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "minutes.txt").write_text(PLANTED, encoding="utf-8")
    (docs / "seed.txt").write_bytes((ROOT / "seeds" / "000_13a5920b5e182d37.txt").read_bytes())
    built = run_kg("build", str(docs), "--out", str(tmp_path / "out"))
    assert built.returncode == 0, built.stderr
    assert "warning: minutes.txt: 1 cue not understood (1 grade word), e.g. " in built.stderr
    assert "seed.txt" not in built.stderr
    assert "; cues not understood: 1 in 1 document (kg audit lists them)" in built.stdout
    assert run_kg("build", str(docs), "--out", str(tmp_path / "out"), "--strict").returncode == 1
    audited = run_kg("audit", str(docs), "--json")
    assert audited.returncode == 0, audited.stderr
    report = json.loads(audited.stdout)
    assert report["documents"] == 2 and report["unexplained"] == 1
    (row,) = report["rows"]
    assert (row["document"], row["line"], row["kind"], row["cue"]) == ("minutes.txt", 3, "grade", "good")
    assert row["column"] == PLANTED.splitlines()[2].index("good") + 1
    table = run_kg("audit", str(docs))
    assert "minutes.txt:3:" in table.stdout and "unexplained" in table.stdout
    assert run_kg("audit", str(docs), "--strict").returncode == 1
    assert run_kg("audit", str(docs / "seed.txt"), "--strict").returncode == 0


def test_kg_audit_on_a_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    done = run_kg("audit", str(tmp_path / "nothing-here"))
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "no such file or folder" in done.stderr


COUNTS = """SELECT ?file ?cues ?explained ?unexplained WHERE {
  ?d peel:fileName ?file ; peel:cueCount ?cues ; peel:explainedCueCount ?explained ;
     peel:unexplainedCueCount ?unexplained } ORDER BY ?file"""


def bindings(done: subprocess.CompletedProcess[str]) -> list[dict]:
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["results"]["bindings"]


def test_build_with_audit_puts_each_documents_account_in_the_graph(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "minutes.txt").write_text(PLANTED, encoding="utf-8")
    (docs / "seed.txt").write_bytes((ROOT / "seeds" / "000_13a5920b5e182d37.txt").read_bytes())
    out = tmp_path / "out"
    assert run_kg("build", str(docs), "--out", str(out), "--audit").returncode == 0
    counts = bindings(run_kg("query", "-", "--from", str(out), "--format", "json", input_text=COUNTS))
    rows = {b["file"]["value"]: [int(b[k]["value"]) for k in ("cues", "explained", "unexplained")] for b in counts}
    # the same counts as kg audit gives, for every document
    report = json.loads(run_kg("audit", str(docs), "--json").stdout)
    assert sum(r[0] for r in rows.values()) == report["cues"] and sum(r[2] for r in rows.values()) == 1
    assert rows["minutes.txt"][2] == 1 and rows["seed.txt"][2] == 0 and rows["seed.txt"][0] > 3
    (cue,) = bindings(run_kg("query", "unexplained-cues", "--from", str(out), "--format", "json"))
    assert bindings(run_kg("query", "unexplained-cues", "--from", str(out), "--store", "memory", "--format", "json",
                           "--param", "document=minutes.txt")) == [cue]
    assert bindings(run_kg("query", "unexplained-cues", "--from", str(out), "--param", "document=seed.txt",
                           "--format", "json")) == []
    (row,) = report["rows"]
    assert {k: cue[k]["value"] for k in ("fileName", "line", "column", "kind", "cue", "sentence")} == {
        "fileName": row["document"], "line": str(row["line"]), "column": str(row["column"]), "kind": row["kind"],
        "cue": row["cue"], "sentence": row["sentence"]}
    # a build without --audit reads the documents again and leaves no account in the graph
    again = run_kg("build", str(docs), "--out", str(out))
    assert again.returncode == 0 and "unchanged from the last build" not in again.stdout
    for store in ("oxigraph", "memory"):  # the store, and graph.ttl
        assert bindings(run_kg("query", "-", "--from", str(out), "--store", store, "--format", "json",
                               input_text=COUNTS)) == []
        assert bindings(run_kg("query", "unexplained-cues", "--from", str(out), "--store", store,
                               "--format", "json")) == []


def test_a_numbered_heading_is_a_cue_and_a_committees_recommendation_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "paper.txt"
    path.write_text("Kent PEEL 2021/22: progress report to the police and crime panel\n\n"
                    "3. Areas for improvement\n\nProgress is reported in the appendix.\n\n"
                    "4. RECOMMENDATION\n\n4.1 The Panel is recommended to note the contents of this report.\n",
                    encoding="utf-8")
    doc = load_document(path)
    told = account(doc, extract(doc, GAZETTEER), GAZETTEER, full=True)
    headings = {c.text: c.outcome for c in told.cues if c.kind == "heading"}
    # a heading with no statement under it is a likely miss; the panel's recommendation is not
    assert headings == {"3. Areas for improvement": "unexplained", "4. RECOMMENDATION": "a recommendation to a committee"}
