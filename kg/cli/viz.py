"""`kg viz`: draw the graph (or a part of it) as one HTML page that works offline."""

from __future__ import annotations

from pathlib import Path

import typer

from ..project import Project
from ._app import app, handles_errors
from ._options import parse_params


@app.command()
@handles_errors
def viz(
    out: Path = typer.Option(Path("output/graph.html"), "--out", "-o", help="The page to write."),
    data: list[Path] = typer.Option(None, "--data", "-d", help="Draw these RDF files instead of the graph "
                                    "`kg build` wrote to output/. Repeatable."),
    store: str = typer.Option("auto", "--store", help="Where to read the built graph: oxigraph, memory "
                              "(output/graph.ttl) or auto."),
    force: list[str] = typer.Option([], "--force", help="Only this force (name, police.uk id or IRI); repeatable."),
    period: list[str] = typer.Option([], "--period", help="Only this inspection period, e.g. 2016 or 2018/19; repeatable."),
    cls: list[str] = typer.Option([], "--class", help="Only this class, e.g. Judgement or foaf:Person; repeatable."),
    query: str | None = typer.Option(None, "--query", help="Draw what a named query or .rq file picks out "
                                     "(CONSTRUCT: its graph; SELECT: the IRIs it binds)."),
    param: list[str] = typer.Option([], "--param", help="NAME=VALUE for a --query parameter; repeatable."),
    focus: str | None = typer.Option(None, "--focus", help="Only nodes near this IRI or label."),
    depth: int = typer.Option(None, "--depth", min=0, help="Hops from --focus (default 2).", show_default=False),
    max_nodes: int = typer.Option(None, "--max-nodes", min=1, show_default=False,
                                  help="Draw at most this many nodes (default 1500); the page lists what was left out."),
    ontology: bool = typer.Option(False, "--ontology", help="Draw the schema (classes, properties, concept schemes)."),
    title: str = typer.Option("PEEL knowledge graph", "--title", help="The page's title."),
) -> None:
    """Write the page: a grades matrix, every statement, a force's history and the graph, offline.

    The page is one file (no network needed). The Grades, Statements and Force views
    hold the whole graph; the options below choose what the Graph view draws (colour and
    shape by class, grades on their scale, a side panel with each node's evidence
    sentence and source document).

    Example: kg viz --force staffordshire --out output/staffordshire.html

    Example: kg viz --query grade-history --param force="Staffordshire Police"
    """
    from ..engine import open_engine
    from ..oxstore import OxigraphEngine
    from ..page_tables import page_tables
    from ..queries import bindings, check_read_only, load_query
    from ..store import write_atomic
    from ..visualise import PageOptions, render_html, select_for_query

    project = Project()
    engine = open_engine(project.output_dir, data or [], store)
    graph = engine.graph()
    # the grades, statements and force views hold the whole graph, whatever the graph view draws
    tables = page_tables(engine if isinstance(engine, OxigraphEngine)
                         else OxigraphEngine.in_memory(engine.ntriples()), project)
    view = None
    if query:
        named = load_query(project, query)
        check_read_only(named.text)
        view = select_for_query(graph, named.text, bindings(named, parse_params(param)))
    # kg.visualise is imported only here (networkx and pyvis are slow to load), so its
    # defaults apply where an option was not given
    sizes = {k: v for k, v in (("depth", depth), ("max_nodes", max_nodes)) if v is not None}
    options = PageOptions(forces=tuple(force), periods=tuple(period), classes=tuple(cls), focus=focus,
                          ontology=ontology, title=title, view=view, **sizes)
    page = render_html(graph, options, tables)
    write_atomic(out, page.encode("utf-8"))
    typer.echo(f"wrote {out}")

