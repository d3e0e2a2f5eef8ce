"""The one orchestration: files -> documents -> records -> graphs -> the merged graph.

The CLI and the tests call `build`; it reads input files but writes nothing.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from .documents import Document, load_document
from .errors import DocumentError, KgError, UnknownGenre
from .extractors import extract
from .gazetteer import load_gazetteer
from .identity import Ids
from .mapping import to_graph
from .project import Project
from .records import Judgement, Person, Record, Statement
from .store import assemble
from .themes import load_theme_rules

THEMES_FILE = "themes.ttl"


@dataclass(frozen=True)
class DocumentResult:
    """What one document gave: its identity, genre and a graph of its facts."""

    name: str
    sha256: str
    genre: str
    graph: Graph
    facts: Counter


@dataclass
class BuildResult:
    """The merged graph, each document's own graph, and what went wrong on the way."""

    graph: Graph
    documents: list[DocumentResult] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def facts(self) -> Counter:
        total: Counter = Counter()
        for doc in self.documents:
            total.update(doc.facts)
        return total

    def genres(self) -> Counter:
        return Counter(doc.genre for doc in self.documents)


def find_inputs(paths: Sequence[Path]) -> Iterator[tuple[Path, str] | DocumentError]:
    """Every file under the given paths with the name it is known by (relative to the folder
    it was found in), in a stable order; a path that cannot be walked yields an error."""
    for root in paths:
        if root.is_file():
            yield root, root.name
        elif root.is_dir():
            found: list[tuple[Path, str]] = []
            for dirpath, dirnames, filenames in os.walk(root, onerror=None, followlinks=False):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in filenames:
                    if not name.startswith("."):
                        path = Path(dirpath) / name
                        found.append((path, path.relative_to(root).as_posix()))
            yield from sorted(found, key=lambda pn: pn[1])
        elif root.is_symlink():
            yield DocumentError(str(root), "broken or looping symbolic link")
        else:
            yield DocumentError(str(root), "no such file or folder")


def _count(records: Iterable[Record]) -> Counter:
    kinds: Counter = Counter()
    for rec in records:
        if isinstance(rec, Statement):
            kinds[rec.kind] += 1
        elif isinstance(rec, (Judgement, Person)):
            kinds[type(rec).__name__.lower()] += 1
        elif type(rec).__name__ == "Inspection":
            kinds["inspection"] += 1
    return kinds


def process_document(doc: Document, project: Project) -> DocumentResult:
    """Extract and map one loaded document."""
    gazetteer = load_gazetteer(project.ontology_dir / "forces.ttl")
    rules = load_theme_rules(project.ontology_dir / THEMES_FILE)
    records = extract(doc, gazetteer)
    graph = to_graph(doc, records, Ids(project.base_iri), rules.themes_for)
    return DocumentResult(doc.name, doc.sha256, doc.genre or "", graph, _count(records))


def build(paths: Sequence[Path], project: Project | None = None) -> BuildResult:
    """Build the graph of every document under `paths`; bad documents become warnings."""
    project = project or Project()
    results: list[DocumentResult] = []
    warnings: list[str] = []
    seen_names: set[str] = set()
    for item in find_inputs(paths):
        if isinstance(item, DocumentError):
            warnings.append(str(item))
            continue
        path, name = item
        if name in seen_names:  # the same relative name under two input folders
            name = path.as_posix()
        seen_names.add(name)
        try:
            doc = load_document(path, name)
            results.append(process_document(doc, project))
        except (DocumentError, UnknownGenre) as exc:
            warnings.append(str(exc))
        except KgError:
            raise
    graph = assemble((r.graph for r in results), project)
    return BuildResult(graph=graph, documents=results, warnings=warnings)
