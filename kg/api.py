"""The Python library: what the `kg` command does, as functions a notebook can call.

    import kg
    g = kg.open("output")                       # the build `kg build` wrote
    rows = g.query("grade-history", force="Kent")
    rows.to_dataframe()                         # with pandas (pip install "peel-kg[dataframe]")
    summary = kg.build(["seeds"], out="output")   # what `kg build` prints: str(summary)

The command line calls these same functions (kg.cli.build calls `build`, kg.cli.query
`KnowledgeGraph.query`'s steps), so both give the same answers. Errors are kg.errors'
typed exceptions. Nothing heavy is imported until it is needed: opening a build with a
store and querying it loads neither rdflib nor pandas.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

from .store.engine import Answer, Engine, GraphOutcome, Outcome
from .store.opening import open_engine
from .errors import KgError, QueryError
from .project import Project
from .store.queries import NamedQuery, adhoc_query, bindings, check_read_only, load_query
from .graph.terms import LITERAL, XSD_NS, Term

if TYPE_CHECKING:
    import pandas
    from rdflib import Graph

    from .builder.outputs import Written
    from .builder.pipeline import BuildResult

Value = Union[str, int, float, Decimal, bool, None]


def python_value(term: Term | None) -> Value:
    """A term as a plain Python value: an IRI or text as str, numbers as int, Decimal or
    float, booleans as bool, unbound as None."""
    if term is None:
        return None
    if term.kind != LITERAL or not term.datatype:
        return term.value
    kind = term.datatype[len(XSD_NS):] if term.datatype.startswith(XSD_NS) else ""
    try:
        if kind in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger"):
            return int(term.value)
        if kind == "decimal":
            return Decimal(term.value)
        if kind in ("double", "float"):
            return float(term.value)
        if kind == "boolean":
            return term.value in ("true", "1")
    except (ValueError, ArithmeticError):
        pass
    return term.value


@dataclass
class QueryRows:
    """A SELECT answer, read whole: `variables`, and `rows` of plain Python values (one
    tuple per row, None where a variable is unbound). Iterating gives each row as a dict."""

    variables: list[str]
    rows: list[tuple[Value, ...]] = field(default_factory=list)

    def __iter__(self) -> Iterator[dict[str, Value]]:
        return (dict(zip(self.variables, row)) for row in self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index: int) -> dict[str, Value]:
        return dict(zip(self.variables, self.rows[index]))

    def column(self, name: str) -> list[Value]:
        """One variable's values, row by row."""
        i = self.variables.index(name)
        return [row[i] for row in self.rows]

    def to_dataframe(self) -> pandas.DataFrame:
        """The rows as a pandas DataFrame, one column per variable (needs pandas:
        `pip install "peel-kg[dataframe]"`)."""
        try:
            import pandas
        except ImportError:
            raise KgError('to_dataframe() needs pandas: pip install "peel-kg[dataframe]"') from None
        return pandas.DataFrame.from_records(self.rows, columns=self.variables)


Answered = Union[QueryRows, bool, "Graph"]


def read_query(project: Project, name_or_sparql: str) -> NamedQuery:
    """A named query (queries/NAME.rq), a .rq file, or SPARQL text (anything with a brace)."""
    if "{" in name_or_sparql or "\n" in name_or_sparql:
        return adhoc_query(name_or_sparql, "query")
    return load_query(project, name_or_sparql)


def prepare(engine: Engine, query: NamedQuery, params: dict[str, str]) -> dict[str, str]:
    """Check a query and its parameters before it runs: no updates, the parameters its
    header declares, and each force or theme looked up (kg.store.lookup). The parameters to run it with."""
    from .store.lookup import resolve_params

    check_read_only(query.text)
    bindings(query, params)
    return resolve_params(engine, query, params)


class KnowledgeGraph:
    """A built graph, opened for questions (see `open`)."""

    def __init__(self, engine: Engine, project: Project | None = None) -> None:
        self.engine = engine
        self.project = project or Project()

    def query(self, name_or_sparql: str, **params: object) -> Answered:
        """Ask a named query (`"grade-history"`), a .rq file or SPARQL text, with its
        parameters as keywords (`force="Kent"`). SELECT gives QueryRows; ASK a bool;
        CONSTRUCT and DESCRIBE an rdflib Graph. Raises kg.errors.QueryError or UsageError."""
        query = read_query(self.project, name_or_sparql)
        given = prepare(self.engine, query, {k: str(v) for k, v in params.items()})
        return answer(self.engine.run(query, given))

    def stats(self) -> dict[str, Any]:
        """What `kg stats --json` prints: triples, and counts by genre, class, force and grade."""
        from .store.stats import graph_stats

        return graph_stats(self.engine, self.project).as_dict()

    def graph(self) -> Graph:
        """The whole graph as an rdflib Graph (loads rdflib)."""
        return self.engine.graph()


def answer(outcome: Outcome) -> Answered:
    """An engine's outcome as what the library returns."""
    if isinstance(outcome, Answer):
        return outcome.value
    if isinstance(outcome, GraphOutcome):
        return outcome.graph
    return QueryRows(list(outcome.variables), [tuple(python_value(t) for t in row) for row in outcome.rows])


def open(folder: str | Path = "output", *, store: str = "auto", data: Sequence[str | Path] = (),
         syntax: str | None = None, endpoint: str | None = None) -> KnowledgeGraph:  # noqa: A001
    """Open the build `kg build` wrote to `folder` (its Oxigraph store, or its graph.ttl
    with store="memory"), or RDF files (`data`), or a SPARQL endpoint."""
    if endpoint:
        from .store.remote import EndpointEngine

        return KnowledgeGraph(EndpointEngine(endpoint))
    return KnowledgeGraph(open_engine(Path(folder), [Path(p) for p in data], store, syntax))


@dataclass
class BuildSummary:
    """What a build did: the result (documents, facts, warnings) and the files it wrote.
    `str(summary)` is what `kg build` prints."""

    result: BuildResult
    written: Written
    seconds: float

    @property
    def documents(self) -> int:
        return len(self.result.documents)

    @property
    def triples(self) -> int:
        return self.written.triples

    @property
    def warnings(self) -> list[str]:
        return list(self.result.warnings)

    def genres(self) -> dict[str, int]:
        return dict(sorted(self.result.genres().items()))

    def facts(self) -> dict[str, int]:
        return dict(sorted(self.result.facts().items()))

    def lines(self) -> list[str]:
        genres = ", ".join(f"{n} {g or 'of no known genre'}" for g, n in self.genres().items()) or "none"
        facts = ", ".join(f"{n} {k}" for k, n in self.facts().items()) or "none"
        w = self.written
        reused = f", {self.result.reused} unchanged from the last build" if self.result.reused else ""
        if w.patched:
            reused += f"; {', '.join(w.patched)} patched"
        if w.kept:
            reused += f"; {', '.join(w.kept)} unchanged"
        rate = self.documents / self.seconds if self.seconds else 0
        return [f"documents: {self.documents} ({genres})",
                f"facts: {facts}",
                f"warnings: {len(self.result.warnings)}; {self._unexplained()}",
                f"wrote {w.graph} ({w.triples} triples), {w.dataset}, {w.page}" + (f" and {w.store}" if w.store else ""),
                f"built in {self.seconds:.2f} s ({rate:.0f} documents/s{reused})"]

    def _unexplained(self) -> str:
        cues, documents = self.result.unexplained()
        if not cues:
            return "cues not understood: 0"
        return (f"cues not understood: {cues} in {documents} document{'s' if documents > 1 else ''} "
                "(kg audit lists them)")

    def __str__(self) -> str:
        return "\n".join(self.lines())


STORES = ("oxigraph", "memory")


def build(paths: Sequence[str | Path] = (), out: str | Path = "output", *, store: str = "oxigraph",
          clean: bool = False, workers: int | None = None, wait: float = 30.0,
          progress: Callable[[int, int], None] | None = None,
          on_warnings: Callable[[list[str]], None] | None = None,
          project: Project | None = None, doc_timeout: float | None = None,
          audit: bool = False) -> BuildSummary:
    """Build the graph of `paths` (default: the project's seeds/) into `out`, as `kg build`
    does: only new or changed documents are read again unless `clean`. `on_warnings` sees
    the warnings before the outputs are written; `doc_timeout` bounds the seconds one
    document may take (default KG_DOC_TIMEOUT, else 5; 0 for none). A path that does not
    exist raises before anything in `out` is touched. `audit`: each document node carries
    the counts of its account and each unexplained cue is a node (kg build --audit).
    Raises kg.errors' typed errors."""
    from .builder.cache import CacheDamaged, PreviousBuild, load_previous
    from .builder.lock import OutputLock
    from .builder.outputs import write_build
    from .builder.pipeline import build as build_graph, check_paths, doc_timeout as time_limit

    if store not in STORES:
        raise KgError(f"unknown store {store!r}; use one of {', '.join(STORES)}")
    project = project or Project()
    out = Path(out)
    check_paths([Path(p) for p in paths])  # a typo is a usage error, before OUT is touched
    limit = time_limit(doc_timeout)
    inputs = [Path(p) for p in paths] or [project.seeds_dir]
    started = time.perf_counter()
    with OutputLock(out, wait=wait):
        previous = PreviousBuild() if clean else load_previous(out, project, audit)
        result = build_graph(inputs, project, previous.documents, workers or None, progress,
                             known=previous.stamps, ontology=previous.ontology, time_limit=limit, audit=audit)
        if on_warnings is not None:
            on_warnings(list(result.warnings))
        try:
            written = write_build(result, out, project, store, previous)
        except CacheDamaged as exc:  # nothing was replaced: build again without the cache
            if on_warnings is not None:
                on_warnings([f"{exc}; reading every document again"])
            result = build_graph(inputs, project, None, workers or None, time_limit=limit, audit=audit)
            written = write_build(result, out, project, store, PreviousBuild())
    return BuildSummary(result, written, time.perf_counter() - started)


__all__ = ["BuildSummary", "KnowledgeGraph", "QueryError", "QueryRows", "build", "open", "python_value"]
