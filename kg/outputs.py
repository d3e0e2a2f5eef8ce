"""Writing a build's outputs, each whole or not at all, one build at a time per folder.

OUT/graph.ttl    the graph (Turtle)
OUT/graph.trig   the same with one named graph per source document
OUT/graph.html   the page
OUT/store/       the embedded Oxigraph store that queries read (unless store="memory")
OUT/manifest.json, OUT/cache/   what the next build needs to skip unchanged documents
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .cache import CACHE_DIR, write_cache
from .engine import DATASET_FILE, GRAPH_FILE
from .identity import Ids
from .pipeline import BuildResult, graph_from_lines
from .project import Project
from .store import write_atomic
from .turtle import trig_lines, turtle_lines
from .visualise import PageOptions, render_html
from .vocab import ONTOLOGY_GRAPH, PREFIXES

PAGE_FILE = "graph.html"

STORES = ("oxigraph", "memory")
# The default page is drawn from at most this many triples; `kg viz` narrows bigger graphs.
PAGE_TRIPLES = 20_000
__all__ = ["DATASET_FILE", "GRAPH_FILE", "PAGE_FILE", "STORES", "Written", "write_build"]


@dataclass(frozen=True)
class Written:
    graph: Path
    page: Path
    triples: int
    dataset: Path | None = None  # graph.trig: one named graph per source document
    store: Path | None = None


def prefixes_for(project: Project) -> dict[str, str]:
    return {k: (project.base_iri if k == "id" else v) for k, v in PREFIXES.items()}


def named_graphs(result: BuildResult, project: Project) -> list[tuple[str, tuple[str, ...]]]:
    """(graph IRI, sorted lines) for every document, sorted by IRI, then the ontology's."""
    ids = Ids(project.base_iri)
    docs = sorted((str(ids.document(d.name)), d.lines) for d in result.documents)
    return [*docs, (ONTOLOGY_GRAPH, result.base_lines)]


def page_graph(result: BuildResult, lines: list[str]):  # noqa: ANN201 (rdflib Graph)
    """The graph the default page draws: all of it, or for a large build the ontology and
    the first documents up to PAGE_TRIPLES (the title says so; `kg viz` draws the rest)."""
    if len(lines) <= PAGE_TRIPLES:
        return graph_from_lines(lines), PageOptions()
    chosen: set[str] = set(result.base_lines)
    used = 0
    for count, doc in enumerate(sorted(result.documents, key=lambda d: d.name)):
        if used + len(doc.lines) > PAGE_TRIPLES:
            break
        chosen.update(doc.lines)
        used += len(doc.lines)
    title = (f"PEEL knowledge graph: the first {count} of {len(result.documents)} documents "
             f"(kg viz --force NAME or --period P draws others)")
    return graph_from_lines(sorted(chosen)), PageOptions(title=title)


def remove_leftovers(out_dir: Path) -> None:
    """Temporary files and staging stores of a build that was killed before it could
    rename them (every one of our temporary names starts with a dot)."""
    import shutil

    for pattern in (".*.tmp", ".store-*", f"{CACHE_DIR}/.*.tmp"):
        for path in out_dir.glob(pattern):
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)


def write_build(result: BuildResult, out_dir: Path, project: Project | None = None,
                store: str = "oxigraph") -> Written:
    """Write every output of a build. The caller holds the output lock (kg.lock.OutputLock),
    so what a killed build left behind can be cleared first."""
    from .oxstore import write_store

    project = project or Project()
    remove_leftovers(out_dir)
    prefixes = prefixes_for(project)
    lines = result.lines()
    graph_path, dataset_path, page_path = out_dir / GRAPH_FILE, out_dir / DATASET_FILE, out_dir / PAGE_FILE
    write_atomic(graph_path, turtle_lines(lines, prefixes))
    write_atomic(dataset_path, trig_lines(named_graphs(result, project), prefixes))
    graph, options = page_graph(result, lines)
    write_atomic(page_path, render_html(graph, options).encode("utf-8"))
    store_path = write_store(result, out_dir, project) if store == "oxigraph" else None
    write_cache(result, out_dir, project)
    return Written(graph_path, page_path, len(lines), dataset_path, store_path)
