"""`kg viz`: draw the graph (or a part of it) as one HTML page that works offline."""

from __future__ import annotations

from pathlib import Path

import typer

from ..project import Project
from ._app import app, handles_errors
from ._io import write_bytes
from ._options import ENDPOINT_HELP, FROM_HELP, open_source, parse_params


@app.command()
@handles_errors
def viz(
    out: Path = typer.Option(None, "--out", "-o", show_default=False,
                             help="The page to write (default: graph.html in the build's folder; - for standard output)."),
    source: Path = typer.Option(None, "--from", envvar="KG_FROM", metavar="DIR", show_default=False,
                                help=FROM_HELP),
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
    endpoint: str = typer.Option(None, "--endpoint", metavar="URL", show_default=False, help=ENDPOINT_HELP),
) -> None:
    """Write the page: a grades matrix, every statement, a force's history and the graph, offline.

    The page is one file (no network needed). The Grades, Statements and Force views
    hold the whole graph; the options below choose what the Graph view draws (colour and
    shape by class, grades on their scale, a side panel with each node's evidence
    sentence and source document).

    Example: kg viz --force staffordshire --out output/staffordshire.html

    Example: kg viz --query grade-history --param force="Staffordshire Police"
    """
    from ..store.oxstore import OxigraphEngine
    from ..page.tables import tables_for
    from ..store.queries import bindings, check_read_only, load_query
    from ..store.formats import out_path
    from ..page.visualise import PageOptions, render_html, select_for_query

    project = Project()
    folder = source or project.output_dir
    target = out_path(out if out is not None else folder / "graph.html")
    engine = open_source(folder, data, store, None, endpoint)
    built = folder if not data and not endpoint else None  # the build whose page's tables may serve
    sizes = {k: v for k, v in (("depth", depth), ("max_nodes", max_nodes)) if v is not None}
    if isinstance(engine, OxigraphEngine) and not query:
        # choose in the store and load only what is drawn (kg.page.viz_select), when it can
        from ..page import viz_select
        from ..page.visualise import render_chosen

        options = PageOptions(forces=tuple(force), periods=tuple(period), classes=tuple(cls), focus=focus,
                              ontology=ontology, title=title, **sizes)
        if viz_select.can_choose(options):
            chosen = viz_select.choose(engine.store, options)
            graph = viz_select.neighbourhood_graph(engine.store, chosen.nodes)
            page = render_chosen(graph, chosen.kinds, options, chosen.omitted, tables_for(engine, project, built))
            write_bytes(page.encode("utf-8"), target)
            if target is not None:
                typer.echo(f"wrote {target}")
            return
    graph = engine.graph()
    # the grades, statements and force views hold the whole graph, whatever the graph view draws
    tables = tables_for(engine if isinstance(engine, OxigraphEngine)
                        else OxigraphEngine.in_memory(graph.serialize(format="nt", encoding="utf-8")), project, built)
    view = None
    if query:
        named = load_query(project, query)
        check_read_only(named.text)
        from ..store.engine import RdflibEngine
        from ..store.lookup import resolve_params

        given = resolve_params(RdflibEngine(graph), named, parse_params(param))
        view = select_for_query(graph, named.text, bindings(named, given))
    # kg.page.visualise is imported only here (networkx and pyvis are slow to load), so its
    # defaults apply where an option was not given (sizes)
    options = PageOptions(forces=tuple(force), periods=tuple(period), classes=tuple(cls), focus=focus,
                          ontology=ontology, title=title, view=view, **sizes)
    page = render_html(graph, options, tables)
    write_bytes(page.encode("utf-8"), target)
    if target is not None:
        typer.echo(f"wrote {target}")

