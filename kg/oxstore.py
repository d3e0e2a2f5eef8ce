"""The embedded Oxigraph store under output/: written by `kg build`, read by queries.

The store holds the whole graph in its default graph, which queries read. Which document
stated what is kept in graph.trig (one named graph per document), which export and push
use: loading those graphs here too would double the store's size and load time, and a
union of them would not do for queries anyway (Oxigraph 0.5 returns a triple once for
each graph that holds it, so shared facts would be counted twice). A clean build loads a
new store; an incremental one patches a checkpoint copy of the old. Either is made beside
the old store and swapped into place, so a reader sees the old store or the new one,
never half of either.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from .engine import Answer, GraphOutcome, Outcome, Rows
from .errors import GraphNotFound, QueryError
from .prefixes import PREFIXES
from .queries import NamedQuery, bind_parameters, bindings, check_read_only
from .terms import IRI, Term, bnode, literal
from .terms import to_rdflib as term_to_rdflib

if TYPE_CHECKING:
    from rdflib import Graph
    from rdflib.term import Node

STORE_DIR = "store"
# Inside the store's folder, so that it is swapped in with the store it describes: the
# build state (kg.cache) the store holds. RocksDB leaves files it does not name alone.
STATE_FILE = "kg-build-state"


def write_store(ntriples: bytes, out_dir: Path, state: str) -> Path:
    """Load a whole graph (N-Triples) into a fresh store and swap it in for the old one."""

    def load(staging: Path) -> None:
        store = ox.Store(str(staging))
        store.bulk_load(ntriples, format=ox.RdfFormat.N_TRIPLES)
        store.flush()

    return _replace_store(out_dir, state, load)


def store_state(out_dir: Path) -> str:
    """The build state the store holds ("" if there is no store or it is not ours)."""
    try:
        return (out_dir / STORE_DIR / STATE_FILE).read_text(encoding="utf-8")
    except OSError:
        return ""


def update_store(out_dir: Path, removed: list[bytes], added: list[bytes], state: str) -> Path:
    """Take lines out of the store and put others in, on a copy that is then swapped in.

    The copy is a RocksDB checkpoint: hard links to the store's immutable files, made in
    milliseconds whatever the store's size. Queries reading the old store go on undisturbed.
    The store names blank nodes itself when it loads them, so a line with a blank node
    cannot be found again to take out: the caller loads afresh when one must go.
    """

    def patch(staging: Path) -> None:
        os.rmdir(staging)  # backup() makes the folder itself
        source = ox.Store(str(out_dir / STORE_DIR))
        source.backup(str(staging))
        del source
        store = ox.Store(str(staging))
        # one transaction for the plain lines; an IRI with a \u escape is not SPARQL, so
        # those go one by one
        one_by_one = [line for line in removed if b"\\u" in line or b"\\U" in line]
        plain = [line for line in removed if line not in one_by_one]
        if plain:
            store.update("DELETE DATA {\n" + b"\n".join(plain).decode("utf-8") + "\n}")
        for quad in _quads(one_by_one):
            store.remove(quad)
        store.extend(_quads(added))
        store.flush()

    return _replace_store(out_dir, state, patch)


def _replace_store(out_dir: Path, state: str, make: Callable[[Path], None]) -> Path:
    """Make a store in a staging folder, mark it with the build state, swap it in."""
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".store-", dir=out_dir))
    try:
        make(staging)
        (staging / STATE_FILE).write_text(state, encoding="utf-8")
        _swap(staging, out_dir / STORE_DIR)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return out_dir / STORE_DIR


def _quads(lines: list[bytes]) -> list:
    return list(ox.parse(b"\n".join(lines) + b"\n", format=ox.RdfFormat.N_TRIPLES)) if lines else []


def _swap(staging: Path, target: Path) -> None:
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=".store-old-", dir=target.parent))
        os.rmdir(old)
        os.rename(target, old)
    os.rename(staging, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


# -- terms out of pyoxigraph ------------------------------------------------------------

def to_term(term) -> Term | None:  # noqa: ANN001
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return Term(IRI, term.value)  # the store holds only valid IRIs
    if isinstance(term, ox.BlankNode):
        return bnode(term.value)
    if isinstance(term, ox.Literal):
        return literal(term.value, term.datatype.value, term.language)
    raise TypeError(f"unexpected term {term!r}")


def to_rdflib(term) -> Node:  # noqa: ANN001
    """A pyoxigraph term as an rdflib one (for graphs, which kg hands on as rdflib Graphs)."""
    return term_to_rdflib(to_term(term))


def rdflib_graph(ntriples: bytes) -> Graph:
    """N-Triples as an rdflib Graph, parsed by Oxigraph: rdflib's own N-Triples reader takes
    tens of seconds over one literal of a megabyte (it matches the line piece by piece),
    Oxigraph a few milliseconds. Terms are converted once each."""
    from rdflib import Graph

    from .store import bind_prefixes

    graph = Graph(bind_namespaces="none")
    bind_prefixes(graph)
    known: dict = {}

    def convert(term):  # noqa: ANN001, ANN202
        found = known.get(term)
        if found is None:
            found = known[term] = to_rdflib(term)
        return found

    add = graph.add
    for triple in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES):
        add((convert(triple.subject), convert(triple.predicate), convert(triple.object)))
    return graph


# Result formats Oxigraph writes byte for byte as kg.results does (W3C CSV and TSV; its
# JSON and XML are laid out differently), in Rust and without the GIL: 2.7 s -> 0.3 s
# of Python for 48,000 rows.
NATIVE_FORMATS = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}

# Distinct terms remembered while converting one result: the same force, period or grade
# comes back in row after row.
_REMEMBERED_TERMS = 100_000


def _converted_rows(solutions, variables: list[str]):  # noqa: ANN001, ANN202
    known: dict = {}
    for solution in solutions:
        row = []
        for v in variables:
            term = solution[v]
            converted = known.get(term)
            if converted is None:
                if len(known) >= _REMEMBERED_TERMS:
                    known.clear()
                converted = known[term] = to_term(term)
            row.append(converted)
        yield tuple(row)


_POSITION = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.DOTALL)


class OxigraphEngine:
    """Queries over the on-disk store, without parsing any Turtle."""

    def __init__(self, path: Path) -> None:
        if not (path / "CURRENT").exists():
            raise GraphNotFound(f"no store at {path}; run `kg build` first")
        self.path = path
        self.store = ox.Store.read_only(str(path))

    @classmethod
    def in_memory(cls, ntriples: bytes) -> OxigraphEngine:
        """An engine over a store in memory holding these N-Triples (for the page's queries
        during a build, before the store on disk is written, and for graphs from files)."""
        engine = cls.__new__(cls)
        engine.path = None
        engine.store = ox.Store()
        if ntriples:
            engine.store.bulk_load(ntriples, format=ox.RdfFormat.N_TRIPLES)
        return engine

    def run(self, query: NamedQuery, params: dict[str, str]) -> Outcome:
        check_read_only(query.text)
        text = bind_parameters(query.text, bindings(query, params))
        try:
            result = self.store.query(text, prefixes=PREFIXES)
        except SyntaxError as exc:
            m = _POSITION.search(str(exc))
            where = query.path or query.name
            if m:
                raise QueryError(f"{where}: syntax error at line {m.group(1)}, column {m.group(2)}: "
                                 f"{m.group(3).splitlines()[0]}") from None
            raise QueryError(f"{where}: bad query: {exc}") from None
        if isinstance(result, ox.QueryBoolean):
            return Answer(bool(result))
        if isinstance(result, ox.QueryTriples):
            from rdflib import Graph

            g = Graph()
            for triple in result:
                g.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
            return GraphOutcome(g)
        variables = [v.value for v in result.variables]

        def native(fmt: str) -> bytes | None:
            chosen = NATIVE_FORMATS.get(fmt)
            return None if chosen is None else result.serialize(format=chosen)

        return Rows(variables, _converted_rows(result, variables), native)

    def select_values(self, query: NamedQuery) -> list[dict[str, str]]:
        """A SELECT's rows as {variable: value} (IRIs and literals alike as their text;
        "" for unbound), read through Oxigraph's own JSON results writer: several times
        quicker than taking each solution's terms one by one in Python."""
        import json

        check_read_only(query.text)
        result = self.store.query(query.text, prefixes=PREFIXES)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError(f"{query.path or query.name}: a SELECT was expected")
        answer = json.loads(result.serialize(format=ox.QueryResultsFormat.JSON))
        names = answer["head"]["vars"]
        return [{name: row[name]["value"] if name in row else "" for name in names}
                for row in answer["results"]["bindings"]]

    def graph(self) -> Graph:
        """The union of every graph in the store, as an rdflib Graph."""
        return rdflib_graph(self.ntriples())

    def prefixes(self) -> dict[str, str]:
        return dict(PREFIXES)

    def ntriples(self) -> bytes:
        """The graph as sorted N-Triples lines, straight from the store."""
        union = self.store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        lines = _lines(ox.serialize(union, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"))
        return "".join(sorted(set(lines))).encode("utf-8")


def _lines(text: str) -> list[str]:
    """N-Triples lines split on '\\n' only (a literal may hold \\x85 or \\u2028 raw, which
    str.splitlines() would take for line ends)."""
    return [line + "\n" for line in text.split("\n") if line]
