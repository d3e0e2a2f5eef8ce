"""Genre detection on the seeds, the development corpus and the test cases."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kg.extract import open_document
from kg.extract.genres import detect_genre

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).resolve().parents[1] / "extractor_cases"
CORPUS = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared")) / "corpus"

SEED_GENRES = {
    "000": "peel-report", "001": "response-record", "002": "press-release",
    "003": "peel-report", "004": "peel-report",
}
CASE_GENRES = {
    "peel_report_cp1252_crlf.txt": "peel-report",
    "response_record_2016.txt": "response-record",
    "press_release.html": "press-release",
    "national_release.txt": "national-release",
    "peel_report_2021.txt": "peel-report-2021",
}


def test_seed_genres() -> None:
    for path in sorted((ROOT / "seeds").iterdir()):
        assert open_document(path).genre == SEED_GENRES[path.name[:3]], path.name


def test_dev_corpus_genres_match_gold() -> None:
    if not (CORPUS / "docs").is_dir():
        pytest.skip("development corpus not found")
    for path in sorted((CORPUS / "docs").iterdir()):
        gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        assert open_document(path).genre == gold["genre"], path.name


def test_case_genres() -> None:
    for name, genre in CASE_GENRES.items():
        assert open_document(CASES / name).genre == genre, name


def test_no_genre_for_unrelated_text() -> None:
    assert detect_genre("Minutes of the parish council meeting\nApologies were received.") is None
