"""`kg query`: run a named query, a .rq file, standard input or --sparql text on the graph."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import typer

from ..engine import Answer, GraphOutcome, Outcome, open_engine
from ..errors import KgError, QueryError
from ..export import GRAPH_FORMATS, export_graph
from ..project import Project
from ..queries import NamedQuery, adhoc_query, bindings, list_queries, load_query, parse_sparql
from ..results import ROW_WRITERS, shortener, write_boolean
from ._app import app, handles_errors
from ._io import stdout_is_terminal, text_output, write_bytes

# --out FILE's extension -> the format used when --format is not given.
FORMAT_BY_EXTENSION = {
    ".csv": "csv", ".tsv": "tsv", ".json": "json", ".srj": "json", ".xml": "xml", ".srx": "xml",
    ".txt": "table", ".ttl": "turtle", ".nt": "nt", ".jsonld": "jsonld", ".rdf": "xml",
}
FORMATS = (*ROW_WRITERS, *(f for f in GRAPH_FORMATS if f not in ROW_WRITERS))


def _read_query(project: Project, ref: str | None, sparql: str | None) -> NamedQuery:
    if ref is not None and sparql is not None:
        raise QueryError("give a query NAME, FILE.rq or -, or --sparql TEXT, not both")
    if sparql is not None:
        return adhoc_query(sparql, "--sparql")
    if ref == "-":
        return adhoc_query(typer.get_text_stream("stdin").read(), "<stdin>")
    if ref is None:
        raise QueryError("give a query: NAME, FILE.rq, - (standard input) or --sparql TEXT; "
                         "`kg query --list` shows the named ones")
    return load_query(project, ref)


def _parse_params(values: list[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"--param takes NAME=VALUE, not {item!r}")
        params[name.strip()] = value
    return params


def _choose_format(fmt: str | None, out: Path | None, is_graph: bool) -> str:
    """The format asked for, else one suited to the output (the file's extension, a terminal)."""
    if fmt is None:
        fmt = FORMAT_BY_EXTENSION.get(out.suffix.lower()) if out is not None else None
        if fmt is None:
            fmt = "table" if out is None and stdout_is_terminal() else "csv"
        if is_graph and fmt not in GRAPH_FORMATS:
            fmt = "jsonld" if fmt == "json" else "turtle"
    if is_graph and fmt not in GRAPH_FORMATS:
        raise QueryError(f"a CONSTRUCT or DESCRIBE result is a graph: use --format {', '.join(GRAPH_FORMATS)}")
    if not is_graph and fmt not in ROW_WRITERS:
        raise QueryError(f"--format {fmt} is for graphs (CONSTRUCT, DESCRIBE); "
                         f"rows are written as {', '.join(ROW_WRITERS)}")
    return fmt


def _list(project: Project) -> None:
    queries = list_queries(project)
    width = max((len(q.name) for q in queries), default=0) + 2
    for q in queries:
        typer.echo(f"{q.name:<{width}}{q.summary}")
        for p in q.params:
            need = "required" if p.required else "optional"
            typer.echo(f"{'':<{width}}  --param {p.name}=VALUE  ({need}, {p.type})  {p.description}")
        for example in q.examples:
            typer.echo(f"{'':<{width}}  e.g. {example}")


@app.command()
@handles_errors
def query(
    ref: str = typer.Argument(None, metavar="[NAME|FILE.rq|-]",
                              help="A named query (queries/NAME.rq), a .rq file, or - for standard input.",
                              show_default=False),
    sparql: str = typer.Option(None, "--sparql", "-e", help="The query text itself.", show_default=False),
    params: list[str] = typer.Option(None, "--param", "-p", metavar="NAME=VALUE",
                                     help="A parameter the query's header declares, bound as an RDF term "
                                          "(never pasted into the text). Repeatable."),
    data: list[Path] = typer.Option(None, "--data", "-d",
                                    help="Query these RDF files (.ttl .nt .jsonld .trig .rdf .nq) instead of "
                                         "output/graph.ttl. Repeatable."),
    fmt: str = typer.Option(None, "--format", "-f", metavar="FORMAT",
                            help="table, csv, tsv, json or xml for SELECT and ASK (default: table on a terminal, "
                                 "else csv); turtle, nt, jsonld or xml for CONSTRUCT and DESCRIBE (default turtle).",
                            show_default=False),
    out: Path = typer.Option(None, "--out", "-o", help="Write to this file (the format follows its extension).",
                             show_default=False),
    list_: bool = typer.Option(False, "--list", "-l", help="List the named queries and their parameters."),
    timed: bool = typer.Option(False, "--time", help="Print the time the query took on stderr."),
    store: str = typer.Option("auto", "--store", help="Where to read the graph: oxigraph (the store kg build "
                              "loaded), memory (parse output/graph.ttl with rdflib), or auto (the store if "
                              "there is one)."),
) -> None:
    """Ask the graph a SPARQL question.

    Named queries answer the competency questions; `kg query --list` shows them with their
    parameters. SELECT gives rows; CONSTRUCT and DESCRIBE give a graph; ASK prints true or
    false and exits 0 or 1. Updates (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE) are refused.

    Example: kg query improvement-areas --param force=Lancashire --format csv
    """
    project = Project()
    if list_:
        _list(project)
        return
    if fmt is not None and fmt not in FORMATS:
        raise KgError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    named = _read_query(project, ref, sparql)
    given = _parse_params(params or [])
    parse_sparql(named)      # a malformed query or an update fails before the graph is read
    bindings(named, given)   # so does a missing or unknown parameter
    engine = open_engine(project.output_dir, data or [], store)
    started = time.perf_counter()
    outcome = engine.run(named, given)
    count = _write(outcome, fmt, out, engine.prefixes())
    if timed:
        typer.echo(f"time: {time.perf_counter() - started:.3f} s{count}", err=True)
    if isinstance(outcome, Answer) and not outcome.value:
        raise typer.Exit(1)


def _table_width() -> int | None:
    """Wrap the table to the terminal (or $COLUMNS); into a pipe or file, do not wrap."""
    if stdout_is_terminal() or os.environ.get("COLUMNS"):
        return shutil.get_terminal_size().columns
    return None


def _write(outcome: Outcome, fmt: str | None, out: Path | None, prefixes: dict[str, str]) -> str:
    """Write the outcome; return a note for --time (" (N rows)" or "")."""
    if isinstance(outcome, GraphOutcome):
        write_bytes(export_graph(outcome.graph, _choose_format(fmt, out, is_graph=True)), out)
        return f" ({len(outcome.graph)} triples)"
    chosen = _choose_format(fmt, out, is_graph=False)
    with text_output(out) as stream:
        if isinstance(outcome, Answer):
            write_boolean(outcome.value, chosen, stream)
            return ""
        n = ROW_WRITERS[chosen](outcome.variables, outcome.rows, stream,
                                shorten=shortener(prefixes.items()),
                                width=_table_width())
    return f" ({n} row{'' if n == 1 else 's'})"
