"""The embedded Oxigraph store under output/: written by `kg build`, read by queries.

The store holds the whole graph in its default graph, which queries read. Which document
stated what is kept in graph.trig (one named graph per document), which export and push
use: loading those graphs here too would double the store's size and load time, and a
union of them would not do for queries anyway (Oxigraph 0.5 returns a triple once for
each graph that holds it, so shared facts would be counted twice). A clean build loads a
new store; an incremental one patches a checkpoint copy of the old.

Each store is a version of its own, a folder under OUT/stores/, and OUT/store is a symbolic
link to the current one: a build makes its version beside the others and swaps the link in
one rename, so there is always a store and a reader opens the old one or the new one,
never half of either. A reader holds a shared lock on its version's READERS_FILE for as
long as it reads; a build deletes an old version only when it can lock that file for
itself, so no reader ever has its store deleted under it.
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from .engine import Answer, GraphOutcome, Outcome, Rows
from ..errors import GraphNotFound, QueryError
from ..prefixes import PREFIXES
from .queries import NamedQuery, bind_parameters, bindings, check_read_only, tidy_parser_message, undeclared_prefix
from ..graph.terms import IRI, Term, bnode, literal
from ..graph.terms import to_rdflib as term_to_rdflib

if TYPE_CHECKING:
    from rdflib import Graph

    from .commit import Staging
    from rdflib.term import Node

STORE_DIR = "store"  # a symbolic link to the current version
VERSIONS_DIR = "stores"
# In each version: readers hold a shared flock on it, the build an exclusive one to delete.
READERS_FILE = "kg-readers"
# Inside the store's folder, so that it is swapped in with the store it describes: the
# build state (kg.builder.cache) the store holds. RocksDB leaves files it does not name alone.
STATE_FILE = "kg-build-state"


def write_store(ntriples: bytes, out_dir: Path, state: str, staging: Staging | None = None) -> Path:
    """Load a whole graph (N-Triples) into a new store version and swap it in for the old
    one (with `staging`, when the staging commits)."""

    def load(version: Path) -> None:
        store = ox.Store(str(version))
        for piece in _pieces(ntriples, LOAD_PIECE):
            store.bulk_load(piece, format=ox.RdfFormat.N_TRIPLES)
        store.flush()

    return _replace_store(out_dir, state, load, staging)


# Bytes of N-Triples given to one bulk load. Oxigraph's loader holds what it is given in
# memory several times over while it sorts it (a 135 MB graph took 580 MB more); in pieces of
# this size the whole build stays within its memory target, and loading took less time
# (1.9 s against 2.7 s for 660,000 triples).
LOAD_PIECE = 16 << 20


def _pieces(ntriples: bytes, size: int) -> Iterator[bytes]:
    """`ntriples` cut at line ends into pieces of about `size` bytes, with every line that
    names a blank node in the last piece: each bulk load names the blank nodes it reads
    afresh, so all the lines of one blank node must be loaded together."""
    blank: list[bytes] = []
    start = 0
    while start < len(ntriples):
        end = ntriples.find(b"\n", min(start + size, len(ntriples)) - 1) + 1 or len(ntriples)
        piece = ntriples[start:end]
        start = end
        if b"_:" in piece:
            lines = piece.splitlines(keepends=True)
            blank += [line for line in lines if b"_:" in line]
            piece = b"".join(line for line in lines if b"_:" not in line)
        if piece:
            yield piece
    if blank:
        yield b"".join(blank)


def store_state(out_dir: Path) -> str:
    """The build state the store holds ("" if there is no store or it is not ours)."""
    try:
        return (out_dir / STORE_DIR / STATE_FILE).read_text(encoding="utf-8")
    except OSError:
        return ""


def update_store(out_dir: Path, removed: list[bytes], added: list[bytes], state: str,
                 staging: Staging | None = None) -> Path:
    """Take lines out of the store and put others in, on a copy that is then swapped in.

    The copy is a RocksDB checkpoint: hard links to the store's immutable files, made in
    milliseconds whatever the store's size. Queries reading the old store go on undisturbed.
    The store names blank nodes itself when it loads them, so a line with a blank node
    cannot be found again to take out: the caller loads afresh when one must go.
    """

    def patch(version: Path) -> None:
        os.rmdir(version)  # backup() makes the folder itself
        # read-only: the last build's store stays byte for byte as it was, whatever happens next
        source = ox.Store.read_only(str(out_dir / STORE_DIR))
        source.backup(str(version))
        del source
        store = ox.Store(str(version))
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

    return _replace_store(out_dir, state, patch, staging)


def _replace_store(out_dir: Path, state: str, make: Callable[[Path], None], staging: Staging | None) -> Path:
    """Make a store version, mark it with the build state, and swap it in (now, or when
    the staging commits; until then it is removed if the build fails)."""
    versions = out_dir / VERSIONS_DIR
    versions.mkdir(parents=True, exist_ok=True)
    version = Path(tempfile.mkdtemp(prefix="v-", dir=versions))
    try:
        make(version)
        (version / STATE_FILE).write_text(state, encoding="utf-8")
        (version / READERS_FILE).touch()
    except BaseException:
        shutil.rmtree(version, ignore_errors=True)
        raise
    if staging is None:
        swap_in(out_dir, version)
    else:
        staging.swaps.append(lambda: swap_in(out_dir, version))
        staging.undo.append(lambda: shutil.rmtree(version, ignore_errors=True))
    return out_dir / STORE_DIR


def swap_in(out_dir: Path, version: Path) -> None:
    """Point OUT/store at a version in one rename, then delete the versions no reader holds."""
    target = out_dir / STORE_DIR
    if target.is_dir() and not target.is_symlink():  # a store an older kg made in place
        legacy = Path(tempfile.mkdtemp(prefix="v-legacy-", dir=out_dir / VERSIONS_DIR))
        os.rmdir(legacy)
        os.rename(target, legacy)
    link = out_dir / f".{STORE_DIR}.{os.getpid()}.link.tmp"
    link.unlink(missing_ok=True)
    os.symlink(f"{VERSIONS_DIR}/{version.name}", link)
    os.replace(link, target)
    prune_versions(out_dir)


def prune_versions(out_dir: Path) -> None:
    """Delete every store version but the current one that no reader holds (the others are
    tried again by the next build)."""
    versions = out_dir / VERSIONS_DIR
    if not versions.is_dir():
        return
    current = os.path.realpath(out_dir / STORE_DIR)
    for version in sorted(versions.iterdir()):
        if os.path.realpath(version) == current or not version.is_dir():
            continue
        try:
            fd = os.open(version / READERS_FILE, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        except OSError:
            shutil.rmtree(version, ignore_errors=True)
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue  # a reader holds it
        try:
            os.unlink(version / READERS_FILE)  # a reader waiting on it sees it gone and looks again
            shutil.rmtree(version, ignore_errors=True)
        finally:
            os.close(fd)


def open_snapshot(path: Path) -> tuple[Path, int | None]:
    """The store version `path` (OUT/store) leads to, with a shared lock on it that keeps
    builds from deleting it while the returned descriptor is open; (the folder, None) for a
    store made in place by an older kg."""
    for _ in range(20):
        real = Path(os.path.realpath(path))
        try:
            fd = os.open(real / READERS_FILE, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except FileNotFoundError:
            if (real / "CURRENT").exists() and not path.is_symlink():
                return real, None
            continue  # deleted between the link and the open: look again
        fcntl.flock(fd, fcntl.LOCK_SH)
        if os.fstat(fd).st_nlink == 0:
            os.close(fd)  # deleted while we waited for the lock
            continue
        return real, fd
    raise GraphNotFound(f"no store at {path}; run `kg build` first")


def _quads(lines: list[bytes]) -> list:
    return list(ox.parse(b"\n".join(lines) + b"\n", format=ox.RdfFormat.N_TRIPLES)) if lines else []


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

    from .ontology import bind_prefixes

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


# Result formats Oxigraph writes byte for byte as kg.store.results does (W3C CSV and TSV; its
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
        # the version we read stays ours (a later build leaves it) while this engine lives
        self.path, self._snapshot = open_snapshot(path)
        self.store = ox.Store.read_only(str(self.path))

    def __del__(self) -> None:
        if getattr(self, "_snapshot", None) is not None:
            self.store = None  # closed before the lock that keeps its files is let go
            os.close(self._snapshot)
            self._snapshot = None

    @classmethod
    def in_memory(cls, ntriples: bytes) -> OxigraphEngine:
        """An engine over a store in memory holding these N-Triples (for the page's queries
        during a build, before the store on disk is written, and for graphs from files)."""
        engine = cls.__new__(cls)
        engine.path = None
        engine.store = ox.Store()
        for piece in _pieces(ntriples, LOAD_PIECE):
            engine.store.bulk_load(piece, format=ox.RdfFormat.N_TRIPLES)
        return engine

    def run(self, query: NamedQuery, params: dict[str, str]) -> Outcome:
        check_read_only(query.text)
        text = bind_parameters(query.text, bindings(query, params))
        try:
            result = self.store.query(text, prefixes=PREFIXES)
        except SyntaxError as exc:
            m = _POSITION.search(str(exc))
            where = query.path or query.name
            unknown = undeclared_prefix(query.text)
            if unknown:
                raise QueryError(f"{where}: {unknown}") from None
            if m:
                raise QueryError(f"{where}: syntax error at line {m.group(1)}, column {m.group(2)}: "
                                 f"{tidy_parser_message(m.group(3))}") from None
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
        "" for unbound), read through Oxigraph's own CSV results writer, which writes just
        that: several times quicker than taking each solution's terms one by one in Python,
        and quicker than its JSON, with a third of the memory (1.2 s against 1.6 s for the
        page's queries at 10,000 documents)."""
        import csv
        import io

        check_read_only(query.text)
        result = self.store.query(query.text, prefixes=PREFIXES)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError(f"{query.path or query.name}: a SELECT was expected")
        names = [variable.value for variable in result.variables]
        text = result.serialize(format=ox.QueryResultsFormat.CSV).decode("utf-8")
        # a statement may be a megabyte: lift the reader's field limit (128 KB by default)
        csv.field_size_limit(max(csv.field_size_limit(), len(text)))
        rows = csv.reader(io.StringIO(text, newline=""))  # newline="": line breaks inside quoted values stay
        next(rows)  # the header
        return [dict(zip(names, row)) for row in rows]

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


def explain(path: Path, text: str, timeout: float | None = None) -> str:
    """How Oxigraph evaluates a query on the store: the plan and its statistics, as the
    `oxigraph query --explain --stats` command prints them (Oxigraph's Python binding has
    no explain). The command runs on a checkpoint copy of the store (hard links, made at
    once), so the build's store is never opened for writing."""
    import subprocess

    from ..errors import KgError, UsageError

    import sys

    binary = shutil.which("oxigraph") or shutil.which("oxigraph", path=str(Path(sys.executable).parent))
    if binary is None:
        raise UsageError("--explain needs the oxigraph command (pip install oxigraph, or the server's binary on PATH)")
    if not (path / "CURRENT").exists():
        raise GraphNotFound(f"no store at {path}; run `kg build` first")
    declared = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    with tempfile.TemporaryDirectory(prefix="kg-explain-") as work:
        copy = Path(work) / "store"
        ox.Store.read_only(str(path)).backup(str(copy))
        try:
            done = subprocess.run([binary, "query", "--location", str(copy), "--query", declared + text,
                                   "--explain", "--stats", "--results-file", str(Path(work) / "answer.out"),
                                   "--results-format", "csv" if _is_select_or_ask(text) else "nt"],
                                  capture_output=True, text=True, timeout=timeout or None)
        except subprocess.TimeoutExpired:
            from ..errors import QueryTimeout

            raise QueryTimeout(f"query stopped after {timeout:g} s (--timeout)") from None
    explanation = done.stderr.strip()
    if done.returncode != 0 and "QueryExplanation" not in explanation:
        raise KgError(f"oxigraph could not explain the query: {explanation.splitlines()[0] if explanation else done.returncode}")
    return explanation.split("\nError:", 1)[0] + "\n"


def _is_select_or_ask(text: str) -> bool:
    stripped = re.sub(r"#[^\n]*|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|<[^>\s]*>", " ", text)
    m = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", stripped, re.IGNORECASE)
    return m is None or m.group(1).upper() in ("SELECT", "ASK")
