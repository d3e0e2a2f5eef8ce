"""kg.graph.mapping writes N-Triples lines itself, without rdflib terms: each line must be the one
kg.graph.turtle's LineWriter writes for the same triple (same escaping, same datatypes), or the
graph's bytes would change."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.extract import open_document
from kg.builder.pipeline import process_document
from kg.project import Project
from kg.graph.turtle import LineWriter

from ..conftest import ROOT

# Text that needs every kind of escape in a literal, and controls safetext drops or spaces.
AWKWARD = ('Kent Police PEEL 2021/22\n\nOverall, we judged Kent Police to be good.\n\n'
           'Areas for improvement\n\n'
           '- The force should record "crimes" \\ properly\tand\x0cquickly\u2028now \x01, \u00e9t\u00e9.\n\n'
           'HM Inspector of Constabulary Wendy Williams\n')


def _same_as_line_writer(lines: tuple[str, ...]) -> None:
    graph = Graph()
    graph.parse(data="".join(lines), format="nt")
    assert len(graph) == len(lines)  # every line one triple, none repeated
    assert sorted(LineWriter().lines(graph)) == list(lines)


def test_corpus_lines_are_what_the_line_writer_writes() -> None:
    project = Project(root=ROOT)
    for path in sorted((ROOT / "tests" / "corpus3" / "docs").iterdir()):
        for audit in (False, True):
            result = process_document(open_document(path), project, audit=audit)
            assert any("<https://w3id.org/peel-kg/ontology#evidence>" in line for line in result.lines), path
            _same_as_line_writer(result.lines)


def test_escapes_and_integers_match_the_line_writer(tmp_path: Path) -> None:
    path = tmp_path / "awkward.txt"
    path.write_text(AWKWARD, encoding="utf-8")
    result = process_document(open_document(path), Project(root=ROOT), audit=True)
    text = "".join(result.lines)
    assert '\\"crimes\\" \\\\ properly\\tand quickly now ' in text  # escaped; form feed and U+2028 spaced
    assert "\x01" not in text and "\\u0001" not in text  # dropped where document text enters
    assert '"^^<http://www.w3.org/2001/XMLSchema#integer>' in text  # the account's counts
    assert "https://w3id.org/peel-kg/id/force/kent" in result.organisations
    _same_as_line_writer(result.lines)
