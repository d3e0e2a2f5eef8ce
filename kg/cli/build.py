"""`kg build`: documents in, output/graph.ttl, graph.trig, graph.html and the store out."""

from __future__ import annotations

import time
from contextlib import nullcontext
from pathlib import Path

import typer

from ..project import Project
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
) -> None:
    """Build the knowledge graph from documents.

    Reads .txt and .html documents, extracts the facts each states, and writes
    OUT/graph.ttl (Turtle), OUT/graph.trig (one named graph per document), OUT/graph.html
    (an interactive page that works offline) and OUT/store (the store queries read).
    A document that cannot be read or classified gives one warning line and is skipped.
    Unchanged documents are taken from the previous build in OUT.

    Example: kg build seeds/ --out output/
    """
    from ..cache import CacheDamaged, PreviousBuild, load_previous
    from ..lock import OutputLock
    from ..outputs import STORES, write_build
    from ..pipeline import build as build_graph, check_paths, doc_timeout as time_limit

    if store not in STORES:
        raise fail(f"unknown store {store!r}; use one of {', '.join(STORES)}")
    project = Project()
    check_paths(paths or [])  # a typo is a usage error, before anything in OUT is touched
    limit = time_limit(doc_timeout)
    started = time.perf_counter()
    with OutputLock(out, wait=wait):
        previous = PreviousBuild() if clean else load_previous(out, project)
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

            result = build_graph(paths or [project.seeds_dir], project, previous.documents, workers or None, progress,
                                 known=previous.stamps, ontology=previous.ontology, time_limit=limit)
        for warning in result.warnings:
            typer.echo(f"warning: {warning}", err=True)
        try:
            written = write_build(result, out, project, store, previous)
        except CacheDamaged as exc:  # nothing was replaced: build again without the cache
            typer.echo(f"warning: {exc}; reading every document again", err=True)
            result = build_graph(paths or [project.seeds_dir], project, None, workers or None, time_limit=limit)
            written = write_build(result, out, project, store, PreviousBuild())
    elapsed = time.perf_counter() - started
    if not quiet:
        genres = ", ".join(f"{n} {g or 'of no known genre'}" for g, n in sorted(result.genres().items())) or "none"
        facts = ", ".join(f"{n} {k}" for k, n in sorted(result.facts().items())) or "none"
        count = len(result.documents)
        typer.echo(f"documents: {count} ({genres})")
        typer.echo(f"facts: {facts}")
        typer.echo(f"warnings: {len(result.warnings)}")
        typer.echo(f"wrote {written.graph} ({written.triples} triples), {written.dataset}, {written.page}"
                   + (f" and {written.store}" if written.store else ""))
        reused = f", {result.reused} unchanged from the last build" if result.reused else ""
        if written.patched:
            reused += f"; {', '.join(written.patched)} patched"
        if written.kept:
            reused += f"; {', '.join(written.kept)} unchanged"
        typer.echo(f"built in {elapsed:.2f} s ({count / elapsed if elapsed else 0:.0f} documents/s{reused})")
    if strict and result.warnings:
        raise typer.Exit(1)
