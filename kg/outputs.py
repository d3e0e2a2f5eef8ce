"""Writing a build's outputs: graph.ttl, graph.trig and graph.html, each atomically."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .engine import DATASET_FILE, GRAPH_FILE
from .export import document_dataset, export_dataset
from .pipeline import BuildResult
from .project import Project
from .store import serialize, write_atomic
from .visualise import render_html

PAGE_FILE = "graph.html"
__all__ = ["DATASET_FILE", "GRAPH_FILE", "PAGE_FILE", "Written", "write_build"]


@dataclass(frozen=True)
class Written:
    graph: Path
    page: Path
    triples: int
    dataset: Path | None = None  # graph.trig: one named graph per source document


def write_build(result: BuildResult, out_dir: Path, project: Project | None = None) -> Written:
    """Write the Turtle, the per-document TriG and the page for a build; a reader never sees a
    half-written file. The TriG is written here because the flat Turtle cannot say which
    document stated a fact that several documents share (their evidence sentences differ)."""
    graph_path, dataset_path, page_path = out_dir / GRAPH_FILE, out_dir / DATASET_FILE, out_dir / PAGE_FILE
    write_atomic(graph_path, serialize(result.graph, "turtle"))
    dataset = document_dataset(result.graph, (doc.graph for doc in result.documents))
    write_atomic(dataset_path, export_dataset(dataset))
    write_atomic(page_path, render_html(result.graph).encode("utf-8"))
    return Written(graph_path, page_path, len(result.graph), dataset_path)
