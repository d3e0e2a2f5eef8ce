"""`kg query`: run a named query, a .rq file, standard input or --sparql text on the graph."""

from __future__ import annotations

import math
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import typer

from ..store.engine import Answer, GraphOutcome, Outcome, Rows
from ..store.opening import open_engine
from ..errors import QueryError, QueryTimeout, UsageError
from ..store.formats import (RDF_ALIASES, RDF_EXTENSIONS, RESULT_ALIASES, RESULT_EXTENSIONS, format_from_extension,
                       out_path)
from ..api import prepare
from ..project import Project
from ..store.queries import NamedQuery, adhoc_query, bindings, check_read_only, list_queries, load_query
from ..store.results import GRAPH_FORMATS, ROW_WRITERS, count_rows, shortener, write_boolean
from ._app import DEBUG_ENV, app, handles_errors
from ._io import stdout_is_terminal, text_output, write_bytes
from ._options import FROM_HELP, parse_params

FORMATS = (*ROW_WRITERS, *(f for f in GRAPH_FORMATS if f not in ROW_WRITERS))
DEFAULT_TIMEOUT = 30.0  # seconds; --timeout 0 for no limit
_GRACE = 1.0  # seconds a stopped query gets to clean up between rows
_POLL = 0.1  # seconds between looks at a running query (Ctrl-C is noticed this often)
T = TypeVar("T")


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


def _known_format(fmt: str | None, out: Path | None) -> str | None:
    """Check --format and --out's extension before the query runs: the format's canonical
    name (a result format's, else an RDF syntax's), or None to choose once the answer's
    kind is known. An unknown name or extension is a UsageError."""
    if fmt is not None:
        name = fmt.strip().lower()
        if name in RESULT_ALIASES:
            return RESULT_ALIASES[name]
        if name in RDF_ALIASES and RDF_ALIASES[name] in GRAPH_FORMATS:
            return RDF_ALIASES[name]
        if name in RDF_ALIASES:
            raise UsageError(f"--format {fmt}: a query's answer is rows or one graph, not named graphs; "
                             f"`kg export --format {fmt}` writes the build's")
        raise UsageError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)} "
                         f"(or ttl, ntriples, n-triples, json-ld, rdfxml)")
    if out is not None and out.suffix.lower() not in RESULT_EXTENSIONS:
        graph_ext = {k: v for k, v in RDF_EXTENSIONS.items() if v in GRAPH_FORMATS}
        format_from_extension(out, {**graph_ext, **RESULT_EXTENSIONS}, ", ".join(FORMATS))
    return None


def _choose_format(fmt: str | None, out: Path | None, is_graph: bool) -> str:
    """The format asked for, else one suited to the output (the file's extension, a terminal)."""
    if fmt is None:
        if out is not None and out.suffix:
            table = {k: v for k, v in RDF_EXTENSIONS.items() if v in GRAPH_FORMATS} if is_graph else RESULT_EXTENSIONS
            fmt = table.get(out.suffix.lower())
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
                                    help="Query these RDF files (.ttl .nt .jsonld .trig .rdf .nq; - for standard "
                                         "input, with --syntax) instead of the build. Repeatable."),
    syntax: str = typer.Option(None, "--syntax", metavar="FORMAT", show_default=False,
                               help="The RDF syntax of --data (ttl, nt, nq, trig, jsonld, xml); needed for -, "
                                    "else the extension says."),
    source: Path = typer.Option(None, "--from", envvar="KG_FROM", metavar="DIR", show_default=False,
                                help=FROM_HELP),
    fmt: str = typer.Option(None, "--format", "-f", metavar="FORMAT",
                            help="table, csv, tsv, json or xml for SELECT and ASK (default: table on a terminal, "
                                 "else csv); turtle, nt, jsonld or xml for CONSTRUCT and DESCRIBE (default turtle).",
                            show_default=False),
    out: Path = typer.Option(None, "--out", "-o", help="Write to this file (the format follows its extension); "
                             "- for standard output.", show_default=False),
    list_: bool = typer.Option(False, "--list", "-l", help="List the named queries and their parameters."),
    timed: bool = typer.Option(False, "--time", help="Print the time the query took on stderr."),
    timeout: float = typer.Option(DEFAULT_TIMEOUT, "--timeout", min=0.0, metavar="SECONDS",
                                  help="Stop a query that runs longer than this (exit 2); 0 for no limit. "
                                       "Rows already written stay written."),
    store: str = typer.Option("auto", "--store", help="Where to read the graph: oxigraph (the store kg build "
                              "loaded), memory (parse output/graph.ttl with rdflib), or auto (the store if "
                              "there is one)."),
    endpoint: str = typer.Option(None, "--endpoint", metavar="URL", show_default=False,
                                 help="Ask this SPARQL 1.1 endpoint instead of the local graph (see `kg push`)."),
    max_answer_mb: float = typer.Option(512.0, "--max-answer-mb", metavar="MB",
                                        help="With --endpoint: refuse an answer larger than this."),
    explain: bool = typer.Option(False, "--explain", help="Print how the Oxigraph store evaluates the query (its "
                                 "plan and statistics, from the oxigraph command) instead of the answer."),
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
    if not math.isfinite(timeout):  # nan passes click's min=0 check; inf overflows the timer
        raise QueryError(f"--timeout {timeout}: give the seconds a query may take, a number (0 for no limit)")
    out = out_path(out)
    fmt = _known_format(fmt, out)
    named = _read_query(project, ref, sparql)
    given = parse_params(params)
    check_read_only(named.text)  # an update fails before the graph is read
    bindings(named, given)       # so does a missing or unknown parameter
    if endpoint and data:
        raise QueryError("give --endpoint or --data, not both")
    if endpoint:
        from ..store.remote import EndpointEngine, Http

        cap = max_answer_mb * 1048576
        engine = EndpointEngine(endpoint, Http(max_bytes=int(cap) if 0 < cap < float("inf") else 0))
    else:
        engine = open_engine(source or project.output_dir, data or [], store, syntax)
    given = prepare(engine, named, given)  # as the library does: `force=Staffs` -> its IRI; `force=Narnia` an error
    if explain:
        _explain(engine, named, given, timeout)
        return
    started = time.perf_counter()
    stop = threading.Event()

    def run_and_write() -> tuple[bool, str]:
        # Everything the engine makes lives and dies on the thread that made it (pyoxigraph's
        # result iterators must not be dropped on another); only plain values come back.
        outcome = engine.run(named, given)
        if isinstance(outcome, Rows):  # a runaway iteration stops between rows and cleans up
            outcome = Rows(outcome.variables, _until(stop, outcome.rows, timeout))
        return (isinstance(outcome, Answer) and not outcome.value,
                _write(outcome, fmt, out, engine.prefixes(), count=timed))

    negative, count = _bounded(run_and_write, timeout, stop, out)
    if timed:
        typer.echo(f"time: {time.perf_counter() - started:.3f} s{count}", err=True)
    if negative:
        raise typer.Exit(1)




def _explain(engine: object, named: NamedQuery, given: dict[str, str], timeout: float) -> None:
    from ..store.oxstore import OxigraphEngine, explain
    from ..store.queries import bind_parameters

    if not isinstance(engine, OxigraphEngine):
        raise UsageError("--explain is for the Oxigraph store: drop --data, --endpoint and --store memory")
    text = bind_parameters(named.text, bindings(named, given))
    typer.echo(explain(engine.path, text, timeout), nl=False)


def _bounded(work: Callable[[], T], timeout: float, stop: threading.Event, out: Path | None) -> T:
    """Run `work` on its own thread, with a time limit (0: none), while this thread watches.

    pyoxigraph evaluates a query inside Rust with the GIL released, so this thread stays
    free to notice the limit, and Ctrl-C, even while one call runs for ever; the query
    thread is a daemon and ends with the process. A query stopped between rows removes its
    half-written --out file itself; one stopped inside the engine leaves its temporary
    file, which is removed here. Either way --out keeps its earlier content. An error on the
    query thread comes back without its frames, so the engine's objects they hold are
    dropped on the thread that made them (pyoxigraph's cannot be dropped on another)."""
    done: dict[str, object] = {}

    def target() -> None:
        try:
            done["value"] = work()
        except BaseException as exc:  # noqa: BLE001 (handed to the calling thread)
            if not os.environ.get(DEBUG_ENV):
                _drop_frames(exc)
            done["error"] = exc

    started = time.time()
    deadline = time.monotonic() + timeout if timeout else None
    worker = threading.Thread(target=target, name="kg-query", daemon=True)
    worker.start()
    try:
        while worker.is_alive() and (deadline is None or time.monotonic() < deadline):
            worker.join(_POLL if deadline is None else max(0.0, min(_POLL, deadline - time.monotonic())))
    except KeyboardInterrupt:
        stop.set()
        _remove_partial(out, started)
        raise
    if worker.is_alive():
        stop.set()
        worker.join(_GRACE)
        _remove_partial(out, started)
        raise QueryTimeout(f"query stopped after {timeout:g} s (--timeout)")
    if "error" in done:
        raise done["error"]  # type: ignore[misc]
    return done["value"]  # type: ignore[return-value]


def _drop_frames(exc: BaseException | None) -> None:
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        exc.__traceback__ = None
        if exc.__cause__ is not None:
            _drop_frames(exc.__cause__)
        exc = exc.__context__


def _remove_partial(out: Path | None, started: float) -> None:
    if out is not None:
        for tmp in out.parent.glob(f".{out.name}.*.tmp"):
            if tmp.stat().st_mtime >= started - 1:
                tmp.unlink(missing_ok=True)


def _until(stop: threading.Event, rows: Iterator[T], timeout: float) -> Iterator[T]:
    for row in rows:
        if stop.is_set():
            raise QueryTimeout(f"query stopped after {timeout:g} s (--timeout)")
        yield row


def _table_width() -> int | None:
    """Wrap the table to the terminal (or $COLUMNS); into a pipe or file, do not wrap."""
    if stdout_is_terminal() or os.environ.get("COLUMNS"):
        return shutil.get_terminal_size().columns
    return None


def _write(outcome: Outcome, fmt: str | None, out: Path | None, prefixes: dict[str, str],
           count: bool = False) -> str:
    """Write the outcome; return a note for --time (" (N rows)" or "")."""
    if isinstance(outcome, GraphOutcome):
        from ..store.export import export_graph  # rdflib's serialisers: only for graphs

        write_bytes(export_graph(outcome.graph, _choose_format(fmt, out, is_graph=True)), out)
        return f" ({len(outcome.graph)} triples)"
    chosen = _choose_format(fmt, out, is_graph=False)
    data = outcome.native(chosen) if isinstance(outcome, Rows) and outcome.native else None
    if data is not None:
        write_bytes(data, out)
        return _rows_note(count_rows(data, chosen)) if count else ""
    with text_output(out) as stream:
        if isinstance(outcome, Answer):
            write_boolean(outcome.value, chosen, stream)
            return ""
        n = ROW_WRITERS[chosen](outcome.variables, outcome.rows, stream,
                                shorten=shortener(prefixes.items()),
                                width=_table_width())
    return _rows_note(n)


def _rows_note(n: int) -> str:
    return f" ({n} row{'' if n == 1 else 's'})"
