"""`kg build`: documents in, output/graph.ttl and output/graph.html out."""

from __future__ import annotations

from pathlib import Path

import typer

from ..outputs import write_build
from ..pipeline import build as build_graph
from ..project import Project
from ._app import app, handles_errors


@app.command()
@handles_errors
def build(
    paths: list[Path] = typer.Argument(None, help="Documents or folders to read (default: the project's seeds/).",
                                       show_default=False),
    out: Path = typer.Option(Path("output"), "--out", "-o", help="Folder to write graph.ttl and graph.html to."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 if any document gave a warning."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print warnings only, no summary."),
) -> None:
    """Build the knowledge graph from documents.

    Reads .txt and .html documents, extracts the facts each states, and writes
    OUT/graph.ttl (Turtle) and OUT/graph.html (an interactive page that works offline).
    A document that cannot be read or classified gives one warning line and is skipped.

    Example: kg build seeds/ --out output/
    """
    project = Project()
    result = build_graph(paths or [project.seeds_dir], project)
    for warning in result.warnings:
        typer.echo(f"warning: {warning}", err=True)
    written = write_build(result, out, project)
    if not quiet:
        genres = ", ".join(f"{n} {g}" for g, n in sorted(result.genres().items())) or "none"
        facts = ", ".join(f"{n} {k}" for k, n in sorted(result.facts().items())) or "none"
        typer.echo(f"documents: {len(result.documents)} ({genres})")
        typer.echo(f"facts: {facts}")
        typer.echo(f"warnings: {len(result.warnings)}")
        typer.echo(f"wrote {written.graph} ({written.triples} triples) and {written.page}")
    if strict and result.warnings:
        raise typer.Exit(1)
