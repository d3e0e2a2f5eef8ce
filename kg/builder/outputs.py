"""Writing a build's outputs, each whole or not at all, one build at a time per folder.

OUT/graph.ttl    the graph (Turtle)
OUT/graph.trig   the same with one named graph per source document
OUT/graph.html   the page
OUT/store/       the embedded Oxigraph store that queries read (unless store="memory")
OUT/manifest.json, OUT/cache/   what the next build needs to skip unchanged documents

After a build that changed a few documents, the outputs are patched rather than written
again: kg.builder.merged says which lines left and arrived, kg.builder.splice redraws only the Turtle
blocks and TriG graphs they touch, the store takes just those triples (on a checkpoint
copy that is swapped in), and the page is kept when what it draws did not change. Each
patch is used only when the file it starts from is the one the last build wrote (its size,
time and inode are in the manifest); otherwise that output is written whole. Either way
the bytes are those of a clean build.
"""

from __future__ import annotations

import ctypes
import hashlib
import mmap
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .cache import CACHE_DIR, MERGED_CHANGES_FILE, MERGED_FILE, PreviousBuild, build_state, stamp, write_cache, writer_fingerprint
from ..store.engine import DATASET_FILE, GRAPH_FILE
from ..errors import KgError
from ..graph.identity import Ids
from .merged import Change, MergedLines
from .pipeline import BuildResult, DocumentResult, base_lines
from ..project import Project
from .splice import SpliceError, splice_trig, splice_turtle
from ..store.commit import Staging, write_failure
from ..store.ontology import write_temporary
from ..graph.turtle import trig_lines, turtle_lines
from ..graph.vocab import ONTOLOGY_GRAPH, PREFIXES

PAGE_FILE = "graph.html"

STORES = ("oxigraph", "memory")
# The default page is drawn from at most this many triples; `kg viz` narrows bigger graphs.
PAGE_TRIPLES = 20_000
# Past this many changed lines, loading the store afresh is quicker than patching a copy.
STORE_PATCH_LIMIT = 50_000
__all__ = ["DATASET_FILE", "GRAPH_FILE", "PAGE_FILE", "STORES", "Written", "write_build"]


@dataclass(frozen=True)
class Written:
    graph: Path
    page: Path
    triples: int
    dataset: Path | None = None  # graph.trig: one named graph per source document
    store: Path | None = None
    patched: tuple[str, ...] = ()  # the outputs patched from the last build's, not written whole
    kept: tuple[str, ...] = ()  # the outputs left as the last build wrote them


def prefixes_for(project: Project) -> dict[str, str]:
    return {k: (project.base_iri if k == "id" else v) for k, v in PREFIXES.items()}


def named_graphs(result: BuildResult, project: Project) -> list[tuple[str, DocumentResult | None]]:
    """(graph IRI, document) for every document, sorted by IRI, then (ontology graph, None)."""
    ids = Ids(project.base_iri)
    docs = sorted(((str(ids.document(d.name)), d) for d in result.documents), key=lambda pair: pair[0])
    return [*docs, (ONTOLOGY_GRAPH, None)]


def page_sources(result: BuildResult, triples: int) -> tuple[list[DocumentResult], str | None]:
    """The documents the default page draws (with the ontology and gazetteer): all of them,
    or for a large build the first ones up to PAGE_TRIPLES (the title says so; `kg viz`
    draws the rest), with the page's title if it is not the usual one."""
    if triples <= PAGE_TRIPLES:
        return list(result.documents), None
    chosen: list[DocumentResult] = []
    used = 0
    for doc in sorted(result.documents, key=lambda d: d.name):
        if used + len(doc.lines) > PAGE_TRIPLES:
            break
        chosen.append(doc)
        used += len(doc.lines)
    title = (f"PEEL knowledge graph: the first {len(chosen)} of {len(result.documents)} documents "
             f"(kg viz --force NAME or --period P draws others)")
    return chosen, title


def remove_leftovers(out_dir: Path) -> None:
    """Temporary files and store versions of a build that was killed before it could
    rename them (every one of our temporary names starts with a dot; a store version that
    is not the current one and that no reader holds is deleted)."""
    import shutil

    from ..store.oxstore import prune_versions

    for pattern in (".*.tmp", ".store-*", f"{CACHE_DIR}/.*.tmp"):
        for path in out_dir.glob(pattern):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
    prune_versions(out_dir)


class _Patch:
    """What changed since the last build, when its outputs can be patched."""

    def __init__(self, result: BuildResult, previous: PreviousBuild, merged: MergedLines,
                 project: Project) -> None:
        now = {(d.name, d.sha256): d for d in result.documents}
        self.new = [doc for key, doc in now.items() if key not in previous.documents]
        gone = [doc for key, doc in previous.documents.items() if key not in now]
        self.gone = [doc.name for doc in gone]
        old_base = base_lines(list(previous.documents.values()), project, result.ontology)
        self.base_changed = old_base != result.base_lines
        self.change: Change = merged.apply([*(d.lines for d in gone), old_base],
                                           [*(d.lines for d in self.new), result.base_lines])
        # the same documents as last time: every output is already right
        self.nothing = not self.new and not self.gone and not self.base_changed


class _Outputs:
    """One build's outputs, each kept as the last build left it, patched, or written whole."""

    KEPT, PATCHED, WRITTEN = "kept", "patched", "written"

    def __init__(self, result: BuildResult, out_dir: Path, project: Project, previous: PreviousBuild,
                 staging: Staging) -> None:
        self.result, self.out_dir, self.project, self.previous = result, out_dir, project, previous
        self.staging = staging
        self.prefixes = prefixes_for(project)
        self.state = build_state(result, project)
        self.merged, self.patch = self._merged()
        self.page_key = ""
        self.tables: bytes | None = None  # the page's tables, when the page is drawn afresh
        self.store_plan: str | None = None  # None: no store (--store memory)
        self._stored: Future[None] | None = None  # the store being written or patched
        # the merged lines as one N-Triples document, made once for the store and the page's
        # tables (135 MB at 10,000 documents), whichever thread asks first
        self._whole: bytes | None = None
        self._whole_lock = threading.Lock()

    def _merged(self) -> tuple[MergedLines, _Patch | None]:
        """The merged lines of this build, patched from the last build's when they can be."""
        previous, out_dir = self.previous, self.out_dir
        if (previous.complete and previous.writer == writer_fingerprint(self.project)
                and previous.unchanged(out_dir, MERGED_FILE) and previous.unchanged(out_dir, MERGED_CHANGES_FILE)):
            try:
                merged = MergedLines.read(out_dir / MERGED_FILE, out_dir / MERGED_CHANGES_FILE)
                return merged, _Patch(self.result, previous, merged, self.project)
            except (OSError, KgError):
                pass  # counted afresh below
        return MergedLines.count([*(d.lines for d in self.result.documents), self.result.base_lines]), None

    def whole_ntriples(self) -> bytes:
        with self._whole_lock:
            if self._whole is None:
                self._whole = self.merged.ntriples()
            return self._whole

    def forget_whole(self) -> None:
        """Let the whole N-Triples go once the store and the page are done with them."""
        with self._whole_lock:
            self._whole = None

    def _patchable(self, name: str) -> bool:
        return self.patch is not None and self.previous.unchanged(self.out_dir, name)

    def _keepable(self, name: str) -> bool:
        return self._patchable(name) and self.patch.nothing

    def turtle(self) -> str:
        path = self.out_dir / GRAPH_FILE
        if self._keepable(GRAPH_FILE):
            return self.KEPT
        if self._patchable(GRAPH_FILE):
            changed = {s.decode("utf-8"): self.merged.of_subject(s) for s in self.patch.change.subjects()}
            if _spliced(self.staging, path, splice_turtle, changed, self.prefixes):
                return self.PATCHED
        self._write(path, turtle_lines(self.merged.text(), self.prefixes))
        return self.WRITTEN

    def trig(self) -> str:
        path = self.out_dir / DATASET_FILE
        if self._keepable(DATASET_FILE):
            return self.KEPT
        base = self.result.base_lines
        if self._patchable(DATASET_FILE):
            ids = Ids(self.project.base_iri)
            edits: dict[str, tuple[str, ...] | None] = {str(ids.document(name)): None for name in self.patch.gone}
            edits.update((str(ids.document(doc.name)), doc.lines) for doc in self.patch.new)
            if self.patch.base_changed:
                edits[ONTOLOGY_GRAPH] = base
            if _spliced(self.staging, path, splice_trig, edits, ONTOLOGY_GRAPH, self.prefixes):
                return self.PATCHED
        graphs = named_graphs(self.result, self.project)
        self._write(path, trig_lines([(name, doc.lines if doc is not None else base) for name, doc in graphs],
                                      self.prefixes))
        return self.WRITTEN

    def page(self) -> str:
        chosen, title = page_sources(self.result, len(self.merged))
        self.page_key = _page_key(chosen, self.result.documents, title, self.result.base_lines, self.project)
        if self._patchable(PAGE_FILE) and self.previous.page == self.page_key:
            return self.KEPT
        from ..store.oxstore import OxigraphEngine, rdflib_graph
        from ..page.tables import page_rows, tables_file, tables_of
        from ..page.visualise import PageOptions, render_html  # a quarter of a second to import

        # the graph view draws the chosen documents; the tables hold the whole build. Both
        # are parsed by Oxigraph (rdflib's N-Triples reader is slow on long literals). The
        # tables are read from a store in memory, not from the one on disk: its queries took
        # 1.8 s at 10,000 documents against 4.3 s (6.6 s on a patched copy), more than the load
        lines = sorted({*self.result.base_lines, *(line for doc in chosen for line in doc.lines)})
        _give_back_memory()  # what the Turtle, TriG and store writers freed, before the peak below
        engine = OxigraphEngine.in_memory(self.whole_ntriples())
        rows = page_rows(engine, self.project)
        del engine  # a quarter of a GB at 10,000 documents, gone before the tables are made
        tables = tables_of(rows, self.project)
        del rows
        self.tables = tables_file(tables, self.state)  # for kg viz (kg.page.tables.tables_for)
        options = PageOptions(title=title) if title else PageOptions()
        page = render_html(rdflib_graph("".join(lines).encode("utf-8")), options, tables)
        self._write(self.out_dir / PAGE_FILE, page.encode("utf-8"))
        return self.WRITTEN

    def plan_store(self) -> str:
        """What the store will be: kept, patched, or written whole."""
        from ..store.oxstore import store_state

        holds = store_state(self.out_dir)
        if self.patch is not None and holds == self.state == self.previous.state:
            return self.KEPT
        change = self.patch.change if self.patch is not None else None
        if (change is not None and holds == self.previous.state
                and len(change.removed) + len(change.added) <= STORE_PATCH_LIMIT
                and not any(b"_:" in line for line in change.removed)):
            return self.PATCHED
        return self.WRITTEN

    def start_store(self, plan: str, pool: ThreadPoolExecutor) -> None:
        """Write or patch the store on a thread of `pool`: Oxigraph lets go of the
        interpreter's lock while it loads, so this overlaps the Turtle and TriG writers."""
        self.store_plan = plan
        if plan in (self.WRITTEN, self.PATCHED):
            self._stored = pool.submit(self._store, plan)

    def stored(self) -> str:
        """The store's plan, once carried out."""
        if self._stored is not None:
            self._stored.result()
        return self.store_plan

    def _store(self, plan: str) -> None:
        from ..store.oxstore import update_store, write_store

        if plan == self.PATCHED:
            change = self.patch.change  # type: ignore[union-attr]
            update_store(self.out_dir, change.removed, change.added, self.state, self.staging)
        else:
            write_store(self.whole_ntriples(), self.out_dir, self.state, self.staging)

    def finish(self) -> None:
        """The merged lines and the manifest, last: the next build trusts what they say."""
        merged = self.merged.compacted() if self.merged.needs_compacting() else self.merged
        if not merged.base_on_disk:
            # with fsync: later builds search it in place and never read it whole to check it
            self._write(self.out_dir / MERGED_FILE, merged.base_bytes())
        if not merged.base_on_disk or not self._keepable(MERGED_CHANGES_FILE):
            self._write(self.out_dir / MERGED_CHANGES_FILE, merged.changes_bytes(), durable=False)
        if self.tables is not None:
            from ..page.tables import TABLES_FILE

            self._write(self.out_dir / TABLES_FILE, self.tables, durable=False)
        # a rename keeps a file's size, time and inode: the staged file's stamp is the output's
        files = {name: stamp(Path(self.staging.temporary(self.out_dir / name) or self.out_dir / name))
                 for name in (GRAPH_FILE, DATASET_FILE, PAGE_FILE, MERGED_FILE, MERGED_CHANGES_FILE)}
        write_cache(self.result, self.out_dir, self.project, self.state, files, self.page_key, self.staging)

    def _write(self, path: Path, data, durable: bool = True) -> None:  # noqa: ANN001
        """Write what `path` will hold beside it; the staging renames it into place."""
        self.staging.add(write_temporary(path, data, durable), path)


def write_build(result: BuildResult, out_dir: Path, project: Project | None = None,
                store: str = "oxigraph", previous: PreviousBuild | None = None) -> Written:
    """Write every output of a build. The caller holds the output lock (kg.builder.lock.OutputLock),
    so what a killed build left behind can be cleared first."""
    from ..store.oxstore import STORE_DIR

    project = project or Project()
    remove_leftovers(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Staging(out_dir)
    try:
        outputs = _Outputs(result, out_dir, project, previous or PreviousBuild(), staging)
        # The store is written or patched on a thread of its own, into a new version that
        # a failure below removes (a patch starts from a checkpoint of the last build's
        # store, opened read-only, so that store is never touched), while this thread writes
        # the Turtle, the TriG and the page. Leaving the block waits for the store first.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-store") as pool:
            if store == "oxigraph":
                outputs.start_store(outputs.plan_store(), pool)
            done = {GRAPH_FILE: outputs.turtle(), DATASET_FILE: outputs.trig(), PAGE_FILE: outputs.page()}
            if store == "oxigraph":
                done["store"] = outputs.stored()
        outputs.forget_whole()
        outputs.finish()  # commits: every output renamed into place, the manifest last
    except OSError as exc:
        staging.discard()
        raise write_failure(out_dir, exc) from None
    except BaseException:
        staging.discard()
        raise
    return Written(out_dir / GRAPH_FILE, out_dir / PAGE_FILE, len(outputs.merged), out_dir / DATASET_FILE,
                   out_dir / STORE_DIR if store == "oxigraph" else None,
                   tuple(name for name, how in done.items() if how == _Outputs.PATCHED),
                   tuple(name for name, how in done.items() if how == _Outputs.KEPT))


def _spliced(staging: Staging, path: Path, splice, *args) -> bool:  # noqa: ANN001
    """Rewrite `path` by splicing its old bytes (mapped, not read: the splice touches only
    a few blocks and the rest goes from the page cache to the new file); False when the
    old file is not laid out as expected, and nothing was written."""
    try:
        with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as old:
            pieces = splice(old, *args)
            try:
                staging.add(write_temporary(path, pieces), path)
            finally:
                for piece in pieces:  # the mapping cannot close while a view into it is held
                    if isinstance(piece, memoryview):
                        piece.release()
                del pieces
        return True
    except (OSError, ValueError, SpliceError):  # ValueError: an empty file cannot be mapped
        return False


def _give_back_memory() -> None:
    """Hand the memory freed so far back to the system (glibc keeps freed blocks for reuse,
    and the benchmark counts resident memory: 55 MB less at the page's peak at 10,000
    documents). Nothing happens where the C library has no malloc_trim."""
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (AttributeError, OSError):
        pass


def _page_key(chosen: list[DocumentResult], every: list[DocumentResult], title: str | None,
              base: tuple[str, ...], project: Project) -> str:
    """What the default page depends on: the code, its title, the documents its graph view
    draws, every document (its tables hold them all), the ontology."""
    h = hashlib.sha256(f"{title}\x1e{writer_fingerprint(project)}".encode())
    for doc in chosen:
        h.update(f"\x1e{doc.name}\x1f{doc.sha256}".encode())
    h.update(b"\x1d")
    for doc in sorted(every, key=lambda d: d.name):
        h.update(f"\x1e{doc.name}\x1f{doc.sha256}".encode())
    h.update("".join(base).encode("utf-8"))
    return h.hexdigest()
