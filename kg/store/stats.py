"""A quick look at what was built: counts read from the graph by the SPARQL in queries/stats/."""

from __future__ import annotations

from dataclasses import dataclass, field

from .engine import Engine, Rows
from ..errors import KgError
from ..project import Project
from .queries import NamedQuery, parse_header
from .results import display, shortener
from ..graph.terms import LITERAL, Term

STATS_DIR = "stats"

# Section title -> queries/stats/NAME.rq, in the order they are shown. Each query's first
# two columns are (what, count); add a section by adding a file and a line here.
SECTIONS: dict[str, str] = {
    "documents by genre": "documents-by-genre",
    "nodes by class": "nodes-by-class",
    "forces by number of inspections": "forces-by-inspections",
    "judgements by grade": "grades",
}
TRIPLES_QUERY = "triples"


@dataclass
class Stats:
    """The graph's size and its counts, section by section."""

    triples: int
    sections: dict[str, list[tuple[str, int]]] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"triples": self.triples,
                "sections": {title: dict(rows) for title, rows in self.sections.items()}}


def _query(project: Project, name: str) -> NamedQuery:
    path = project.queries_dir / STATS_DIR / f"{name}.rq"
    if not path.is_file():
        raise KgError(f"missing statistics query {path}")
    return parse_header(name, path.read_text(encoding="utf-8"), path)


def _rows(engine: Engine, query: NamedQuery) -> Rows:
    outcome = engine.run(query, {})
    if not isinstance(outcome, Rows):
        raise KgError(f"{query.path}: a statistics query must be a SELECT")
    return outcome


def _count(term: Term | None) -> int:
    return int(term.value) if term is not None and term.kind == LITERAL else 0


def graph_stats(engine: Engine, project: Project) -> Stats:
    """Run every statistics query on the engine's graph."""
    shorten = shortener(engine.prefixes().items())
    triples = sum(_count(row[0]) for row in _rows(engine, _query(project, TRIPLES_QUERY)).rows)
    stats = Stats(triples)
    for title, name in SECTIONS.items():
        stats.sections[title] = [(display(row[0], shorten), _count(row[1]))
                                 for row in _rows(engine, _query(project, name)).rows]
    return stats
