"""Writing a build's outputs: graph.ttl and graph.html, each atomically."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .pipeline import BuildResult
from .project import Project
from .store import serialize, write_atomic
from .visualise import render_html

GRAPH_FILE = "graph.ttl"
PAGE_FILE = "graph.html"


@dataclass(frozen=True)
class Written:
    graph: Path
    page: Path
    triples: int


def write_build(result: BuildResult, out_dir: Path, project: Project | None = None) -> Written:
    """Write the Turtle and the page for a build; a reader never sees a half-written file."""
    graph_path, page_path = out_dir / GRAPH_FILE, out_dir / PAGE_FILE
    write_atomic(graph_path, serialize(result.graph, "turtle"))
    write_atomic(page_path, render_html(result.graph).encode("utf-8"))
    return Written(graph_path, page_path, len(result.graph))
