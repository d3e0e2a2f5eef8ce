"""`kg stats`: what the graph holds, counted."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ..project import Project
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..store.stats import Stats
from ._app import app, handles_errors
from ._options import ENDPOINT_HELP, FROM_HELP, open_source


def _text(stats: Stats) -> str:
    lines = [f"triples: {stats.triples}"]
    for title, rows in stats.sections.items():
        lines.append("")
        lines.append(f"{title}:")
        width = max((len(what) for what, _ in rows), default=0)
        lines += [f"  {what:<{width}}  {n:>6}" for what, n in rows] or ["  (none)"]
    return "\n".join(lines)


@app.command()
@handles_errors
def stats(
    data: list[Path] = typer.Option(None, "--data", "-d", help="Count these RDF files instead of the build "
                                    "(- for standard input, with --syntax). Repeatable."),
    syntax: str = typer.Option(None, "--syntax", metavar="FORMAT", show_default=False,
                               help="The RDF syntax of --data (needed for -; else the extension says)."),
    source: Path = typer.Option(None, "--from", envvar="KG_FROM", metavar="DIR", show_default=False,
                                help=FROM_HELP),
    store: str = typer.Option("auto", "--store", help="Where to read the built graph: oxigraph, memory "
                              "(graph.ttl) or auto."),
    endpoint: str = typer.Option(None, "--endpoint", metavar="URL", show_default=False, help=ENDPOINT_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the counts as JSON."),
) -> None:
    """Count what the graph holds: triples, documents by genre, nodes by class, forces by
    number of inspections, and judgements by grade.

    Example: kg stats --data output/graph.ttl
    """
    from ..store.stats import graph_stats

    project = Project()
    result = graph_stats(open_source(source, data, store, syntax, endpoint), project)
    typer.echo(json.dumps(result.as_dict(), indent=2, ensure_ascii=False) if as_json else _text(result))
