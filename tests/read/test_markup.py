"""Markup is blanked where the file is read (kg.read.markup), once, and the extractors read
the result: `Document.unmarked`, the same length as the text as written."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from kg.extract import extract, open_document
from kg.extract._text import view
from kg.extract.gazetteer import load_gazetteer
from kg.extract.records import Judgement
from kg.builder.pipeline import GAZETTEER_FILE
from kg.project import Project
from kg.read.document import load_document

ROOT = Path(__file__).resolve().parents[2]

MARKDOWN = """# **Cumbria Constabulary**: PEEL 2016 effectiveness

## Overall judgement

Cumbria Constabulary was judged to be **good** at keeping people safe and reducing crime.[^1]

-----

[^1]: HMIC, PEEL: police effectiveness 2016.
"""

QUOTED_EMAIL = """From: PCC office
Subject: Fwd: inspection

See below.

> Dear Commissioner,
>
> Dorset Police was judged to be <b>outstanding</b> at operating efficiently in 2017.
>> Sent from the inspectorate
"""


def _gazetteer():  # noqa: ANN202
    return load_gazetteer(Project(root=ROOT).ontology_dir / GAZETTEER_FILE)


def test_markdown_marks_are_blanked_on_reading_and_offsets_kept(tmp_path: Path) -> None:
    path = tmp_path / "cumbria.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    doc = load_document(path)
    assert len(doc.unmarked) == len(doc.text) == len(doc.plain)
    for mark in ("**", "# ", "[^1]", "-----"):
        assert mark in doc.text and mark not in doc.unmarked
    # an offset in the unmarked text slices the same words out of the text as written
    at = doc.unmarked.index("at keeping people safe")
    assert doc.text[at - 7:at + len("at keeping people safe")] == "good** at keeping people safe"


def test_tags_and_quote_markers_are_blanked_on_reading(tmp_path: Path) -> None:
    path = tmp_path / "forwarded.txt"
    path.write_text(QUOTED_EMAIL, encoding="utf-8")
    doc = load_document(path)
    assert "<b>" in doc.text and "<b>" not in doc.unmarked and "</b>" not in doc.unmarked
    quoted = [line for line in doc.unmarked.splitlines() if "Dorset Police" in line]
    assert quoted and not quoted[0].lstrip().startswith(">")


def test_the_extractors_read_the_unmarked_text(tmp_path: Path) -> None:
    path = tmp_path / "cumbria.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    doc = open_document(path)
    assert "**" not in view(doc) and "[^1]" not in view(doc)
    grades = {(j.inspection.force, j.inspection.period, j.grade) for j in extract(doc, _gazetteer())
              if isinstance(j, Judgement)}
    assert ("cumbria", "2016", "Good") in grades
    # what they read is the Document's unmarked text: with its markup left in (the text
    # before reading blanked it), the emphasis is back in what they see
    marked = dataclasses.replace(doc, unmarked=doc.plain)
    assert "**" in view(marked)
