"""`kg push`: send the built graph to a SPARQL server through the Graph Store Protocol."""

from __future__ import annotations

from pathlib import Path

import typer

from ..project import Project
from ._app import app, handles_errors


@app.command()
@handles_errors
def push(
    endpoint: str = typer.Option(..., "--endpoint", metavar="URL",
                                 help="The server's SPARQL query URL (used to list graphs pushed before)."),
    graph_store: str = typer.Option(None, "--graph-store", metavar="URL", show_default=False,
                                    help="The server's Graph Store Protocol URL (default: derived from "
                                         "--endpoint: Oxigraph's /query becomes /store, anything else is used as is)."),
    replace: bool = typer.Option(False, "--replace",
                                 help="Replace each graph instead of adding to it, and delete the graphs of "
                                      "documents pushed before that are no longer in the build."),
    data: Path = typer.Option(None, "--data", "-d", show_default=False,
                              help="The TriG file to send (default: output/graph.trig from `kg build`)."),
    timeout: float = typer.Option(None, "--timeout", show_default=False,
                                  help="Seconds each request may take, its whole answer included (default: 30)."),
    deadline: float = typer.Option(3600.0, "--deadline", metavar="SECONDS",
                                   help="Seconds the whole push may take, retries included (0: no limit)."),
) -> None:
    """Send the graph to a SPARQL server: one named graph per source document, one for the
    ontology, and their union as the default graph (which `kg query --endpoint` asks).

    Transient failures (HTTP 5xx, refused connections) are retried three times with backoff.

    Example: kg push --endpoint http://localhost:3030/peel --replace
    """
    # imported here: rdflib and urllib would slow every other command's start
    from ..store.engine import open_dataset
    from ..store.remote import Http, check_endpoint, push as push_dataset

    check_endpoint(endpoint)  # before the graph is read: a typo costs nothing
    if graph_store is not None:
        check_endpoint(graph_store)
    http = Http() if timeout is None else Http(timeout=timeout)
    dataset = open_dataset(Project().output_dir, [data] if data else [])
    done = push_dataset(dataset, endpoint, graph_store, replace, http, deadline=deadline or None)
    typer.echo(f"pushed {done.graphs} graphs ({done.triples} triples) and their union to {done.store}")
    if done.deleted:
        typer.echo(f"deleted {len(done.deleted)} graphs of documents no longer built")
