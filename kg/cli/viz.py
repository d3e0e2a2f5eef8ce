"""`kg viz`: draw the graph (or a part of it) as one HTML page that works offline."""

from __future__ import annotations

from pathlib import Path

import typer

from ..project import Project
from ..errors import QueryError
from ..queries import bindings, check_read_only, load_query
from ..store import load_graph, write_atomic
from ..visualise import DEFAULT_DEPTH, DEFAULT_MAX_NODES, PageOptions, render_html, select_for_query
from ._app import app, handles_errors


@app.command()
@handles_errors
def viz(
    out: Path = typer.Option(Path("output/graph.html"), "--out", "-o", help="The page to write."),
    data: Path = typer.Option(Path("output/graph.ttl"), "--data", help="The graph to draw."),
    force: list[str] = typer.Option([], "--force", help="Only this force (name, police.uk id or IRI); repeatable."),
    period: list[str] = typer.Option([], "--period", help="Only this inspection period, e.g. 2016 or 2018/19; repeatable."),
    cls: list[str] = typer.Option([], "--class", help="Only this class, e.g. Judgement or foaf:Person; repeatable."),
    query: str | None = typer.Option(None, "--query", help="Draw what a named query or .rq file picks out "
                                     "(CONSTRUCT: its graph; SELECT: the IRIs it binds)."),
    param: list[str] = typer.Option([], "--param", help="NAME=VALUE for a --query parameter; repeatable."),
    focus: str | None = typer.Option(None, "--focus", help="Only nodes near this IRI or label."),
    depth: int = typer.Option(DEFAULT_DEPTH, "--depth", min=0, help="Hops from --focus."),
    max_nodes: int = typer.Option(DEFAULT_MAX_NODES, "--max-nodes", min=1,
                                  help="Draw at most this many nodes; the page lists what was left out."),
    ontology: bool = typer.Option(False, "--ontology", help="Draw the schema (classes, properties, concept schemes)."),
    title: str = typer.Option("PEEL knowledge graph", "--title", help="The page's title."),
) -> None:
    """Draw the graph as an interactive page that works offline, with filters, search and sources.

    The page is one file (no network needed): colour and shape by class, grades on
    their scale, a side panel with each node's evidence sentence and source document.

    Examples: kg viz --force staffordshire --out output/staffordshire.html
              kg viz --query grade-history --param force="Staffordshire Police"
    """
    graph = load_graph([data])
    view = None
    if query:
        named = load_query(Project(), query)
        check_read_only(named.text)
        view = select_for_query(graph, named.text, bindings(named, _params(param)))
    options = PageOptions(forces=tuple(force), periods=tuple(period), classes=tuple(cls), focus=focus,
                          depth=depth, max_nodes=max_nodes, ontology=ontology, title=title, view=view)
    page = render_html(graph, options)
    write_atomic(out, page.encode("utf-8"))
    typer.echo(f"wrote {out}")


def _params(pairs: list[str]) -> dict[str, str]:
    given = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise QueryError(f"--param {pair!r}: expected NAME=VALUE")
        given[name.strip()] = value
    return given
