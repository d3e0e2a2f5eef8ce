"""The one orchestration: files -> documents -> records -> triples -> the merged graph.

Each document becomes a sorted tuple of N-Triples lines. Lines are cheap to merge, sort,
cache between builds and send between processes; the merged rdflib Graph is made only
when something asks for it. The CLI and the tests call `build`; it reads input files but
writes nothing.
"""

from __future__ import annotations

import errno
import hashlib
import math
import os
import signal
import stat
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from rdflib import Graph

from ..read.document import Document, file_kind, os_problem, read_bounded
from ..errors import DocumentError, InputNotFound, SettingError
from ..extract import extract, open_document
from ..extract.gazetteer import load_gazetteer
from ..graph.identity import Ids
from ..graph.mapping import object_values, to_lines
from ..project import Project
from ..extract.records import Account, Inspection, Judgement, Notice, Person, Record, Statement
from ..read.safetext import printable  # noqa: F401  (warnings are made printable here)
from ..store.ontology import bind_prefixes, gazetteer_lines, ontology_lines
from ..graph.themes import load_theme_rules

THEMES_FILE = "themes.ttl"
GAZETTEER_FILE = "forces.ttl"
# Below this many documents a process pool costs more than it saves.
PARALLEL_MIN_DOCUMENTS = 200
# Seconds one document's reading and extraction may take (inspection documents take a
# tenth of a second); past it the document is left out with a warning. 0: no limit.
DEFAULT_DOC_TIMEOUT = 5.0
DOC_TIMEOUT_ENV = "KG_DOC_TIMEOUT"
# How often a worker process looks whether the build that started it is still there.
PARENT_CHECK_SECONDS = 0.5


def graph_from_lines(lines: Iterable[str]) -> Graph:
    g = Graph(bind_namespaces="none")
    bind_prefixes(g)
    g.parse(data="".join(lines), format="nt")
    return g


@dataclass
class DocumentResult:
    """What one document gave: its identity, genre, and its facts as N-Triples lines."""

    name: str
    sha256: str
    genre: str
    lines: tuple[str, ...]  # sorted
    facts: Counter
    organisations: tuple[str, ...] = ()  # IRIs of the forces and inspectorates it refers to
    notices: tuple[str, ...] = ()  # what to warn about it (kg.extract.records.Notice messages)
    cues: tuple[int, int, int] = (0, 0, 0)  # its account (kg.extract.audit): cues, explained, unexplained

    @cached_property
    def graph(self) -> Graph:
        return graph_from_lines(self.lines)


@dataclass
class BuildResult:
    """Every document's result, the ontology and gazetteer lines, and what went wrong."""

    documents: list[DocumentResult] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    base_lines: tuple[str, ...] = ()  # the ontology and the gazetteer entries in use
    reused: int = 0  # documents taken unchanged from an earlier build
    stamps: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (size, mtime_ns) when read
    started_ns: int = 0  # wall-clock time the build began looking at its inputs
    ontology: tuple[str, ...] = ()  # the ontology's lines (part of base_lines)
    audit: bool = False  # built with --audit: the documents' accounts are in the graph

    def lines(self) -> list[str]:
        """The whole graph as sorted, de-duplicated N-Triples lines."""
        merged: set[str] = set(self.base_lines)
        for doc in self.documents:
            merged.update(doc.lines)
        return sorted(merged)

    @cached_property
    def graph(self) -> Graph:
        return graph_from_lines(self.lines())

    def facts(self) -> Counter:
        total: Counter = Counter()
        for doc in self.documents:
            total.update(doc.facts)
        return total

    def genres(self) -> Counter:
        return Counter(doc.genre for doc in self.documents)

    def unexplained(self) -> tuple[int, int]:
        """(unexplained cues, documents with any): what the build may have missed."""
        counts = [doc.cues[2] for doc in self.documents if doc.cues[2]]
        return sum(counts), len(counts)


class Input(NamedTuple):
    """A file to read: where it is (a plain string: a Path per file costs a tenth of a
    second per 10,000), the name it is known by, its (size, mtime_ns) when it was found, and
    its (device, inode), which says when two paths lead to one file."""

    location: str
    name: str
    stamp: tuple[int, int]
    file_id: tuple[int, int] = (0, 0)

    @property
    def path(self) -> Path:
        return Path(self.location)


def check_paths(paths: Sequence[Path]) -> None:
    """InputNotFound for a path given to the build that does not exist at all (a typo): a
    usage error, not a warning, so that a build is never replaced by an empty one. A
    broken symbolic link exists, and is warned about like any file that cannot be read."""
    for root in paths:
        if not os.path.lexists(root):
            raise InputNotFound(f"{printable(str(root))}: no such file or folder")


def find_inputs(paths: Sequence[Path]) -> Iterator[Input | DocumentError]:
    """Every regular file under the given paths with the name it is known by (relative to
    the folder it was found in), in a stable order. Anything that is not a readable regular
    file or folder (a missing path, a broken or looping link, a FIFO, a socket, a folder
    that cannot be listed) yields a DocumentError naming it instead; nothing is opened here,
    so nothing here can block. Each file is stat'ed once, before it is read: its stamp
    says what the next build must compare with. Names may repeat between paths: `build`
    makes them unique."""
    for root in paths:
        kind = _kind(root, str(root))
        if isinstance(kind, DocumentError):
            yield kind
        elif kind[0] == "file":
            yield Input(str(root), os.path.basename(os.path.normpath(root)), kind[1], kind[2])
        else:
            yield from _walk(root)


def _kind(path: Path | str, shown: str) -> tuple[str, tuple[int, int], tuple[int, int]] | DocumentError:
    """('file' or 'folder', (size, mtime_ns), (device, inode)) for what stat says, else the
    error to report."""
    try:
        info = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            return DocumentError(shown, "broken symbolic link" if os.path.islink(path) else "no such file or folder")
        return DocumentError(shown, os_problem(exc))
    if stat.S_ISREG(info.st_mode):
        return "file", (info.st_size, info.st_mtime_ns), (info.st_dev, info.st_ino)
    if stat.S_ISDIR(info.st_mode):
        return "folder", (info.st_size, info.st_mtime_ns), (info.st_dev, info.st_ino)
    return DocumentError(shown, f"not a regular file ({file_kind(info.st_mode)}); skipped")


def _walk(root: Path) -> Iterator[Input | DocumentError]:
    found: list[tuple[str, Input | DocumentError]] = []
    top = str(root)

    def unlistable(exc: OSError) -> None:
        where = Path(exc.filename or root)
        name = where.relative_to(root).as_posix() if where != root and where.is_relative_to(root) else str(root)
        found.append((name, DocumentError(name, f"folder cannot be read ({exc.strerror or exc})")))

    for dirpath, dirnames, filenames in os.walk(top, followlinks=False, onerror=unlistable):
        relative = os.path.relpath(dirpath, top).replace(os.sep, "/")
        prefix = "" if relative == "." else relative + "/"
        for d in list(dirnames):
            if os.path.islink(os.path.join(dirpath, d)) and not d.startswith("."):
                # os.walk lists a link to a folder among the folders and does not enter it
                found.append((prefix + d, DocumentError(prefix + d, "symbolic link to a folder, not followed")))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and not os.path.islink(os.path.join(dirpath, d))
                             and not saved_page_folder(d, filenames))
        for filename in filenames:
            if filename.startswith("."):
                continue
            path, name = os.path.join(dirpath, filename), prefix + filename
            kind = _kind(path, name)
            found.append((name, kind if isinstance(kind, DocumentError) else
                          Input(path, name, kind[1], kind[2]) if kind[0] == "file" else
                          DocumentError(name, "symbolic link to a folder, not followed")))
    for _, item in sorted(found, key=lambda entry: entry[0]):
        yield item


def escaped_name(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (which Python keeps as lone surrogates)
    written as \\xNN escapes, so the name can go into the graph and the manifest."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def saved_page_folder(folder: str, filenames: Sequence[str]) -> bool:
    """The folder of images, scripts and styles a browser saves beside a page ("page_files"
    beside "page.html"): part of the page, not documents of their own."""
    return folder.endswith("_files") and any(folder[:-6] + ext in filenames for ext in (".html", ".htm", ".xhtml"))


def _count(records: Iterable[Record]) -> Counter:
    kinds: Counter = Counter()
    for rec in records:
        if isinstance(rec, Statement):
            kinds[rec.kind] += 1
        elif isinstance(rec, (Judgement, Person, Inspection)):
            kinds[type(rec).__name__.lower()] += 1
    return kinds


def process_document(doc: Document, project: Project, audit: bool = False) -> DocumentResult:
    """Extract and map one loaded document; with `audit`, its node carries the counts of
    its account and each unexplained cue is a node (kg build --audit)."""
    gazetteer = load_gazetteer(project.ontology_dir / GAZETTEER_FILE)
    rules = load_theme_rules(project.ontology_dir / THEMES_FILE)
    records = extract(doc, gazetteer)
    lines = to_lines(doc, records, Ids(project.base_iri), rules.themes_for, audit=audit)
    org_prefixes = (project.base_iri + "force/", project.base_iri + "inspectorate/")
    organisations = sorted(object_values(lines, org_prefixes))
    notices = tuple(dict.fromkeys([*doc.notices, *(rec.message for rec in records if isinstance(rec, Notice))]))
    told = next((rec for rec in records if isinstance(rec, Account)), None)
    return DocumentResult(doc.name, doc.sha256, doc.genre or "", tuple(sorted(lines)),
                          _count(records), tuple(organisations), notices,
                          told.counts() if told is not None else (0, 0, 0))


def doc_timeout(value: float | str | None = None) -> float:
    """The per-document time limit in seconds: `value` if given, else KG_DOC_TIMEOUT, else
    DEFAULT_DOC_TIMEOUT; 0 for none. SettingError for a negative or non-finite value."""
    source = "--doc-timeout"
    if value is None:
        value, source = os.environ.get(DOC_TIMEOUT_ENV) or DEFAULT_DOC_TIMEOUT, DOC_TIMEOUT_ENV
    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    if not math.isfinite(seconds) or seconds < 0:
        raise SettingError(f"{source}={value!r}: give the seconds one document may take, a number of 0 or more "
                           "(0 for no limit)")
    return seconds


class _Overtime(BaseException):
    """A document ran past its time limit (a BaseException, so that no `except Exception`
    in an extractor can swallow it)."""


# Seconds after which the timer rings again: a handler's exception raised inside a finaliser
# (a generator closed by the garbage collector) is printed and dropped by Python, so one ring
# can be lost; the next one, in ordinary code, stops the work.
OVERTIME_REPEAT = 0.05


def _overtime(signum: int, frame: object) -> None:
    signal.setitimer(signal.ITIMER_REAL, OVERTIME_REPEAT)
    raise _Overtime


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Stop the work inside after `seconds` (a timer signal; Python's regular expression
    engine checks for signals, so even one runaway match is stopped). Only the main thread
    can take signals: elsewhere, or with 0, there is no limit."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _overtime)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass(frozen=True)
class _Unchanged:
    """A file whose bytes hash to what the last build read: its cached result stands."""

    sha256: str


def _process_path(args: tuple[Path, str, Project, float, bool, str]) -> DocumentResult | _Unchanged | str:
    """Load and process one file within the time limit; a problem comes back as its warning
    line. The file's bytes are read once: hashed first, and if they hash to `cached` (the
    sha256 the last build read under this name) nothing more is done with them."""
    path, name, project, limit, audit, cached = args
    try:
        with _time_limit(limit):
            data = read_bounded(path, name)
            if cached and hashlib.sha256(data).hexdigest() == cached:
                return _Unchanged(cached)
            return process_document(open_document(path, name, data), project, audit)
    except _Overtime:
        return (f"{name}: left out: reading it took longer than the {limit:g} s limit for one document "
                f"(--doc-timeout or {DOC_TIMEOUT_ENV} to change it)")
    except DocumentError as exc:
        return str(exc)
    except Exception as exc:  # a bug in an extractor must cost one document, not the build
        if os.environ.get("KG_DEBUG"):
            raise
        return f"{name}: facts could not be read ({type(exc).__name__}: {exc}); please report this as a bug in kg"


def _inputs(paths: Sequence[Path], warnings: list[str]) -> list[Input]:
    """The files to read, each once (a path given twice, or a folder and a folder or file
    inside it, lead to one file), each under a name that is unique and relative. A name is
    the file's path relative to the folder it was found in; where two inputs give the same
    name, the later one is put under its folder's name (`d3/a.txt`), or that name with a
    number (`d3~2/a.txt`), never under a name another input has: no document's facts can
    overwrite another's, and no local absolute path goes into an IRI."""
    found: list[tuple[Input, str]] = []  # each file with the label of the path that found it
    seen_files: set[tuple[int, int]] = set()
    for root in paths:
        label = escaped_name(Path(os.path.abspath(root)).name) or "root"
        for item in find_inputs([root]):
            if isinstance(item, DocumentError):
                warnings.append(printable(str(item)))
                continue
            if item.file_id != (0, 0):
                if item.file_id in seen_files:
                    continue
                seen_files.add(item.file_id)
            name = escaped_name(item.name)
            if name != item.name:
                warnings.append(printable(f"{name}: file name is not valid UTF-8 (kept with \\x escapes)"))
                item = item._replace(name=name)
            found.append((item, label))
    plain = {item.name for item, _ in found}
    used: set[str] = set()
    inputs = []
    for item, label in found:
        name, n = item.name, 1
        while name in used:
            n += 1
            folder = label if n == 2 else f"{label}~{n - 1}"
            name = f"{folder}/{item.name}"
            if name in plain:
                name = item.name  # another input's own name: try the next number
        used.add(name)
        inputs.append(item._replace(name=name))
    return inputs


def build(paths: Sequence[Path], project: Project | None = None,
          previous: Mapping[tuple[str, str], DocumentResult] | None = None,
          workers: int | None = None,
          progress: Callable[[int, int], None] | None = None,
          known: Mapping[str, tuple[int, int, str]] | None = None,
          ontology: tuple[str, ...] | None = None,
          time_limit: float | None = None, audit: bool = False) -> BuildResult:
    """Build the graph of every document under `paths`; bad documents become warnings.

    `previous` maps (name, sha256) to results of an earlier build with the same extractors;
    those documents are not read again. `known` maps a name to the (size, mtime_ns, sha256)
    an earlier build saw: a file with the same size and time is not hashed again (as git
    trusts its index). `ontology`: the ontology's lines as an earlier build with the same
    ontology saved them (parsing and canonicalising it takes a quarter of a second). Large
    inputs are processed on every core.
    `progress(done, total)` is called as documents are finished. `time_limit`: the seconds
    one document may take (default: doc_timeout()); one that takes longer is left out with
    a warning. `audit`: each document's node carries the counts of its account, and each
    unexplained cue is a node of its own (`kg build --audit`); `previous` must have been
    built the same way.
    """
    project = project or Project()
    check_paths(paths)
    limit = doc_timeout(time_limit)
    started_ns = time.time_ns()
    warnings: list[str] = []
    inputs = _inputs(paths, warnings)
    previous = previous or {}
    known = known or {}
    stamps: dict[str, tuple[int, int]] = {}
    results: dict[str, DocumentResult | str] = {}
    todo = []
    earlier = {name: sha for name, sha in previous}  # the sha256 each name had last time
    for item in inputs:
        cached, name = None, item.name
        stamps[name] = item.stamp  # taken before reading: a later change shows in the next build's stat
        seen = known.get(name)
        if seen is not None and seen[:2] == item.stamp:
            cached = previous.get((name, seen[2]))  # same size and time: not read at all
        if cached is not None:
            results[name] = cached
        else:  # read once, in the worker: hashed, and processed only if the hash is new
            todo.append((item.path, name, project, limit, audit, earlier.get(name, "")))
    workers = workers or os.cpu_count() or 1
    if len(todo) >= PARALLEL_MIN_DOCUMENTS and workers > 1:
        # warm the caches before forking so every worker inherits them
        load_gazetteer(project.ontology_dir / GAZETTEER_FILE)
        load_theme_rules(project.ontology_dir / THEMES_FILE)
        pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_start, initargs=(os.getpid(),))
        try:
            for done, (item, outcome) in enumerate(zip(todo, pool.map(_process_path, todo, chunksize=32)), 1):
                results[item[1]] = _result(outcome, item[1], previous)
                if progress:
                    progress(done, len(todo))
        except BaseException:  # Ctrl-C, an error: the workers end now, not after their queue
            _stop_workers(pool)
            raise
        pool.shutdown()
    else:
        if todo and limit:  # the time limit is for the document's own work, not the first load
            load_gazetteer(project.ontology_dir / GAZETTEER_FILE)
            load_theme_rules(project.ontology_dir / THEMES_FILE)
        for done, item in enumerate(todo, 1):
            results[item[1]] = _result(_process_path(item), item[1], previous)
            if progress:
                progress(done, len(todo))
    documents = []
    for item in inputs:
        name = item.name
        outcome = results[name]
        if isinstance(outcome, str):
            warnings.append(printable(outcome))
        else:
            documents.append(outcome)
            warnings.extend(printable(f"{name}: {notice}") for notice in outcome.notices)
    ontology = ontology if ontology is not None else ontology_lines(project)
    same_bytes = sum(1 for item in todo if results[item[1]] is previous.get((item[1], item[5])))
    return BuildResult(documents, warnings, base_lines(documents, project, ontology),
                       reused=len(inputs) - len(todo) + same_bytes, stamps=stamps, started_ns=started_ns,
                       ontology=ontology, audit=audit)


def _result(outcome: DocumentResult | _Unchanged | str, name: str,
            previous: dict[tuple[str, str], DocumentResult]) -> DocumentResult | str:
    return previous[(name, outcome.sha256)] if isinstance(outcome, _Unchanged) else outcome


def _worker_start(parent: int) -> None:
    """In each worker process: end when the build that started it ends, however it ends.
    On Linux the kernel kills the worker when its parent dies; everywhere a thread looks
    every PARENT_CHECK_SECONDS whether the parent is still there."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="kg-watch-parent", daemon=True).start()


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.kill()
    for process in processes:
        process.join(5)


def base_lines(documents: Sequence[DocumentResult], project: Project,
               ontology: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The ontology (its lines as given, or read afresh) plus the gazetteer entry of every
    organisation the documents refer to."""
    entries = gazetteer_lines(project)
    used = sorted({org for doc in documents for org in doc.organisations})
    lines = list(ontology if ontology is not None else ontology_lines(project))
    for org in used:
        lines.extend(entries.get(org, ()))
    return tuple(lines)
