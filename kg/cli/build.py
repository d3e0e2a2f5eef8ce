"""`kg build`: documents in, output/graph.ttl, graph.trig, graph.html and the store out."""

from __future__ import annotations

import time
from contextlib import nullcontext
from pathlib import Path

import typer

from ._app import app, fail, handles_errors
from ._io import stdout_is_terminal


def _progress_bar(enabled: bool):  # noqa: ANN202
    """A rich progress bar on a terminal, shown once a build has run for a second."""
    if not enabled:
        return nullcontext(None)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    transient=True, disable=False)


@app.command()
@handles_errors
def build(
    paths: list[Path] = typer.Argument(None, help="Documents or folders to read (default: the project's seeds/).",
                                       show_default=False),
    out: Path = typer.Option(Path("output"), "--out", "-o", help="Folder to write the outputs to."),
    store: str = typer.Option("oxigraph", "--store", help="oxigraph: also load the on-disk store that kg query "
                              "reads; memory: write files only (queries then parse graph.ttl)."),
    clean: bool = typer.Option(False, "--clean", help="Ignore the previous build's cache and read every document."),
    workers: int = typer.Option(0, "--workers", "-j", min=0, help="Processes for extraction (0: one per core)."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 if any document gave a warning."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print warnings only, no summary."),
    wait: float = typer.Option(30.0, "--wait", min=0.0, help="Seconds to wait for another build writing to OUT."),
    doc_timeout: float = typer.Option(None, "--doc-timeout", metavar="SECONDS", show_default=False,
                                      help="Leave out, with a warning, a document whose reading takes longer "
                                           "(default: KG_DOC_TIMEOUT, else 5; 0 for no limit)."),
    audit: bool = typer.Option(False, "--audit", help="Put each document's account in the graph: its counts of "
                               "cues (grade words, statement headings, titles), explained and unexplained, and a "
                               "node for each unexplained cue (the page lists them; see kg audit)."),
) -> None:
    """Build the knowledge graph from documents.

    Reads text, Markdown, HTML, CSV, PDF and Word (.docx) documents, extracts the facts
    each states, and writes OUT/graph.ttl (Turtle), OUT/graph.trig (one named graph per
    document), OUT/graph.html (an interactive page that works offline) and OUT/store (the
    store queries read). A document that cannot be read gives one warning line and is
    skipped; one that states no fact gives "no facts found". Unchanged documents are taken
    from the previous build in OUT.

    Example: kg build seeds/ --out output/
    """
    from ..api import STORES, build as build_graph

    if store not in STORES:
        raise fail(f"unknown store {store!r}; use one of {', '.join(STORES)}")
    started = time.perf_counter()
    with _progress_bar(stdout_is_terminal() and not quiet) as bar:
        task = None

        def progress(done: int, total: int) -> None:
            nonlocal task
            if bar is None or time.perf_counter() - started < 1.0:
                return
            if task is None:
                bar.start()
                task = bar.add_task("extract", total=total)
            bar.update(task, completed=done)

        def warn(warnings: list[str]) -> None:
            if bar is not None:
                bar.stop()
            for warning in warnings:
                typer.echo(f"warning: {warning}", err=True)

        summary = build_graph(paths or [], out, store=store, clean=clean, workers=workers or None, wait=wait,
                              progress=progress, on_warnings=warn, doc_timeout=doc_timeout,
                              audit=audit)
    if not quiet:
        typer.echo(str(summary))
    if strict and summary.warnings:
        raise typer.Exit(1)
