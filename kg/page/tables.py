"""The tables behind the page's analyst views (grades, statements, a force), read from a
graph with the SPARQL in queries/page/ and packed as one compact JSON-ready payload.

Who it is for: kg.page.visualise, which puts the payload in the page beside the drawn graph.
The tables always hold the whole graph, even when the graph view draws only part of it.

Compact: every IRI is written once, in a table (forces, documents, concepts, inspections),
and so is every statement, update and evidence text (in `texts`); rows refer to those by
their index (-1: none), and IRIs under the build's base are kept without it.
"""

from __future__ import annotations

import json
import re
import zlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..store.engine import Engine, Rows
from ..errors import KgError
from ..prefixes import PREFIXES
from ..project import Project
from ..store.queries import NamedQuery, parse_header

PAGE_QUERIES_DIR = "page"

# Table -> queries/page/NAME.rq. Each query's columns are read by name in `page_tables`.
QUERIES: dict[str, str] = {
    "concepts": "concepts",
    "forces": "forces",
    "documents": "documents",
    "document_forces": "document-forces",
    "inspections": "inspections",
    "judgements": "judgements",
    "statements": "statements",
    "themes": "statement-themes",
    "updates": "updates",
    "people": "people",
    "cues": "cues",  # a build made with --audit: its unexplained cues and each document's counts
    "document_cues": "document-cues",
}

PEEL = PREFIXES["peel"]
SCHEMES = {PEEL + "PillarScheme": "pillar", PEEL + "QuestionScheme": "question",
           PEEL + "ThemeScheme": "theme", PEEL + "GradeScheme": "grade"}
# Statement kinds, in the order the page lists them.
KINDS = {PEEL + "AreaForImprovement": "Area for improvement", PEEL + "Recommendation": "Recommendation",
         PEEL + "CauseOfConcern": "Cause of concern"}


def _query(project: Project, name: str) -> NamedQuery:
    path = project.queries_dir / PAGE_QUERIES_DIR / f"{name}.rq"
    if not path.is_file():
        raise KgError(f"missing page query {path}")
    return parse_header(name, path.read_text(encoding="utf-8"), path)


def _rows(engine: Engine, query: NamedQuery) -> list[dict[str, str]]:
    """{variable: value} for each row, every variable present ("" when unbound)."""
    select_values = getattr(engine, "select_values", None)
    if select_values is not None:  # Oxigraph: the quick way
        return select_values(query)
    outcome = engine.run(query, {})
    if not isinstance(outcome, Rows):
        raise KgError(f"{query.path}: a page query must be a SELECT")
    return [{name: (term.value if term is not None else "") for name, term in zip(outcome.variables, row)}
            for row in outcome.rows]


def _local(iri: str) -> str:
    return iri.rstrip("/#").replace("#", "/").rsplit("/", 1)[-1]


def _humanise(name: str) -> str:
    """A local name as words: "RequiresImprovement" and "requires-improvement" alike
    become "Requires improvement"."""
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).replace("-", " ").replace("_", " ").split()
    return " ".join([words[0].capitalize(), *(w.lower() for w in words[1:])]) if words else name


@dataclass
class _Index:
    """A table of IRIs, each written once; rows point at it by position."""

    rows: list[list[Any]]
    at: dict[str, int]

    @classmethod
    def of(cls, items: Iterable[tuple[str, list[Any]]]) -> _Index:
        rows, at = [], {}
        for iri, row in sorted(items, key=lambda pair: pair[0]):
            at[iri] = len(rows)
            rows.append(row)
        return cls(rows, at)

    def get(self, value: str) -> int:
        return self.at.get(value, -1)


def _firsts(rows: list[dict[str, str]], key: str) -> dict[str, dict[str, str]]:
    """One row per value of `key`: the first in a fixed order (a node with two labels, say)."""
    chosen: dict[str, dict[str, str]] = {}
    for row in rows:
        held = chosen.setdefault(row[key], row)
        if held is not row and tuple(row.values()) < tuple(held.values()):
            chosen[row[key]] = row
    return chosen


# The tables the build drew its page with, beside the state of the graph they hold (kg
# viz reuses them when its store holds that state: at 10,000 documents the page's queries
# over the store on disk took most of its time).
TABLES_FILE = "cache/page-tables.json.z"


def tables_file(tables: dict[str, Any], state: str) -> bytes:
    """What TABLES_FILE holds: the tables and the build state they are of, compressed."""
    return zlib.compress(json.dumps({"state": state, "tables": tables}, separators=(",", ":")).encode("utf-8"), 1)


def tables_for(engine: Engine, project: Project, folder: Path | None = None) -> dict[str, Any]:
    """The page's tables of the engine's graph: those the build in `folder` left, when the
    engine reads that build's store as the build wrote it; else from the engine's queries."""
    from ..store.oxstore import STATE_FILE, OxigraphEngine

    if folder is not None and isinstance(engine, OxigraphEngine) and engine.path is not None:
        try:
            state = (engine.path / STATE_FILE).read_text(encoding="utf-8")
            kept = json.loads(zlib.decompress((folder / TABLES_FILE).read_bytes()))
        except (OSError, ValueError, zlib.error):
            kept = None
        if isinstance(kept, dict) and state and kept.get("state") == state and isinstance(kept.get("tables"), dict):
            return kept["tables"]
    return page_tables(engine, project)


def page_tables(engine: Engine, project: Project | None = None) -> dict[str, Any]:
    """Every table the analyst views show, from the engine's graph."""
    project = project or Project()
    return tables_of(page_rows(engine, project), project)


def page_rows(engine: Engine, project: Project) -> dict[str, list[dict[str, str]]]:
    """Each page query's rows, by table: all that tables_of reads (so a caller can let the
    engine go before the tables are made)."""
    return {table: _rows(engine, _query(project, name)) for table, name in QUERIES.items()}


def tables_of(got: dict[str, list[dict[str, str]]], project: Project) -> dict[str, Any]:
    """The page's tables from page_rows' rows."""
    base = project.base_iri

    def short(iri: str) -> str:
        return iri[len(base):] if iri.startswith(base) else iri

    concepts = _concepts(got["concepts"], got)
    forces = _Index.of((iri, [short(iri), r["label"] or _humanise(_local(iri)), r["country"]])
                       for iri, r in _firsts(got["forces"], "force").items())
    documents = _Index.of((iri, [short(iri), r["fileName"] or _local(iri), r["title"], r["genre"]])
                          for iri, r in _firsts(got["documents"], "document").items())
    doc_forces: dict[int, set[int]] = defaultdict(set)
    for r in got["document_forces"]:
        for force in r["forces"].split():
            if documents.get(r["document"]) >= 0 and force in forces.at:
                doc_forces[documents.get(r["document"])].add(forces.at[force])
    for row_number, row in enumerate(documents.rows):
        row.append(sorted(doc_forces.get(row_number, ())))

    inspections = _Index.of((iri, [short(iri), forces.get(r["force"]), r["period"],
                                   concepts.get(r["pillar"]), documents.get(r["document"])])
                            for iri, r in _firsts(got["inspections"], "inspection").items())
    texts = _Texts()
    judgements = [[short(iri), inspections.get(r["inspection"]), concepts.get(r["question"]),
                   concepts.get(r["grade"]), texts.at(r["evidence"]), documents.get(r["document"])]
                  for iri, r in sorted(_firsts(got["judgements"], "judgement").items())
                  if inspections.get(r["inspection"]) >= 0 and concepts.get(r["grade"]) >= 0]

    themes = {r["statement"]: sorted({concepts.at[t] for t in r["themes"].split() if t in concepts.at})
              for r in got["themes"]}
    updates: dict[str, list[list[Any]]] = defaultdict(list)
    for iri, r in sorted(_firsts(got["updates"], "update").items()):
        updates[r["statement"]].append([short(iri), texts.at(r["text"]), documents.get(r["document"])])
    kinds = list(KINDS)
    statements = [[short(iri), kinds.index(r["class"]), inspections.get(r["inspection"]),
                   concepts.get(r["question"]), themes.get(iri, []), texts.at(r["text"]),
                   documents.get(r["document"]), updates.get(iri, [])]
                  for iri, r in sorted(_firsts(got["statements"], "statement").items())]

    return {
        "base": base,
        "concepts": concepts.rows,
        "forces": forces.rows,
        "documents": documents.rows,
        "inspections": inspections.rows,
        "judgements": judgements,
        "statements": statements,
        "kinds": list(KINDS.values()),
        "people": _people(got["people"], forces, documents, short),
        "accounts": sorted([documents.get(r["document"]), int(r["cues"]), int(r["explained"]), int(r["unexplained"])]
                           for r in _firsts(got["document_cues"], "document").values()
                           if documents.get(r["document"]) >= 0),
        "cues": sorted([documents.get(r["document"]), int(r["line"]), int(r["column"]), r["kind"], r["text"],
                        texts.at(r["sentence"])]
                       for _, r in sorted(_firsts(got["cues"], "cue").items()) if documents.get(r["document"]) >= 0),
        "texts": texts.values,
    }


class _Texts:
    """Statement, update and evidence texts, each written once: the same sentence comes
    back in a report, its press release and the force's response (rows hold its index)."""

    def __init__(self) -> None:
        self.values: list[str] = []
        self._at: dict[str, int] = {}

    def at(self, text: str) -> int:
        found = self._at.get(text)
        if found is None:
            found = self._at[text] = len(self.values)
            self.values.append(text)
        return found


def _concepts(rows: list[dict[str, str]], got: dict[str, list[dict[str, str]]]) -> _Index:
    """[id, scheme, label, notation, rank] for each concept; pillars, questions, themes and
    grades the data uses but no scheme lists (a graph without the ontology) are named
    from their IRIs."""
    found: dict[str, list[Any]] = {}
    for iri, r in _firsts(rows, "concept").items():
        rank = r["rank"]
        found[iri] = [iri, SCHEMES[r["scheme"]], r["label"] or _humanise(_local(iri)),
                      r["notation"] or _local(iri), int(rank) if rank.isdigit() else 0]
    used = (("inspections", "pillar", "pillar"), ("judgements", "question", "question"),
            ("judgements", "grade", "grade"), ("statements", "question", "question"), ("themes", "themes", "theme"))
    for table, column, scheme in used:
        for r in got[table]:
            for iri in r[column].split():
                if iri not in found:
                    found[iri] = [iri, scheme, _humanise(_local(iri)), _local(iri), 0]
    for row in found.values():
        if row[0].startswith(PEEL):
            row[0] = "peel:" + row[0][len(PEEL):]
    return _Index.of(found.items())


def _people(rows: list[dict[str, str]], forces: _Index, documents: _Index, short: Any) -> list[list[Any]]:
    """[id, name, [[force index or -1, organisation, title, document index], ...]]."""
    people: dict[str, list[Any]] = {}
    for r in sorted(rows, key=lambda r: tuple(r.values())):
        iri = r["person"]
        person = people.setdefault(iri, [short(iri), r["name"] or _humanise(_local(iri)), []])
        if r["organization"] is not None:
            role = [forces.get(r["organization"]), short(r["organization"]),
                    r["title"], documents.get(r["document"])]
            if role not in person[2]:
                person[2].append(role)
    return [people[iri] for iri in sorted(people)]
