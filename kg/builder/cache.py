"""What a build leaves for the next one, so that an unchanged document is not read,
extracted or mapped again, and unchanged outputs are not written again.

OUT/manifest.json lists every document (name, sha256, size and modification time, genre,
fact counts, organisations) with a fingerprint of everything that shapes extraction (the
extractor code, the ontology, the base IRI), a fingerprint of the code that writes the
outputs, and the size, time and inode of each output as written. OUT/cache/<key>.ntz holds
one document's sorted N-Triples lines, compressed (zlib); OUT/cache/merged.bin the merged graph with how many
sources state each line (in compressed blocks), and OUT/cache/merged-changes.bin the counts changed since
(kg.builder.merged); OUT/cache/ontology.nt the ontology's canonical lines. A different extraction fingerprint means a clean
build; an output whose stamp differs from the manifest's (a crash between writes, an edit
by hand) is written whole instead of patched.
"""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..version import __version__
from ..errors import KgError
from ..graph.identity import digest
from .pipeline import BuildResult, DocumentResult
from ..project import Project
from ..store.ontology import write_atomic, write_temporary

if TYPE_CHECKING:
    from ..store.commit import Staging

MANIFEST_FILE = "manifest.json"
CACHE_DIR = "cache"
MERGED_FILE = f"{CACHE_DIR}/merged.bin"
MERGED_CHANGES_FILE = f"{CACHE_DIR}/merged-changes.bin"
ONTOLOGY_FILE = f"{CACHE_DIR}/ontology.nt"  # the ontology's canonical lines (the fingerprint covers it)
MANIFEST_FORMAT = 5  # 3: each cache file's sha256; 4: each document's cue counts and the audit flag; 5: compressed
# A document's cached lines are compressed: N-Triples repeat their IRIs, and the fastest level
# already makes them about a tenth of their size, for little time (issue 15: the cache folder
# was six times graph.ttl).
CACHE_COMPRESSION = 1

# The code and data whose change invalidates every cached document.
_FINGERPRINTED = ("kg/extract", "kg/read", "kg/read/document.py", "kg/extract/genres.py", "kg/graph/mapping.py", "kg/read/safetext.py",
                  "kg/graph/identity.py",
                  "kg/extract/records.py", "kg/graph/themes.py", "kg/graph/turtle.py", "ontology")
# The code whose change means every output is written whole (documents stay cached).
_WRITER_FINGERPRINTED = ("kg/graph/turtle.py", "kg/builder/splice.py", "kg/builder/merged.py", "kg/builder/outputs.py", "kg/store/oxstore.py",
                         "kg/page/visualise.py", "kg/page/templates", "kg/page/tables.py")
PAGE_QUERIES = "queries/page"  # the page's SPARQL, under the project's root
# A file modified this close to the start of the build that recorded it may have changed
# again within the clock's resolution without a new time or size: hash it again.
RACY_NS = 2_000_000_000


def _files_digest(root: Path, entries: Sequence[str]) -> str:
    """A hash of the code and data files under root/entries. A build asks for it several
    times; the files are read again only when their sizes or times say they changed."""
    files = []
    for entry in entries:
        path = root / entry
        for item in sorted(path.rglob("*") if path.is_dir() else [path]):
            if item.is_file() and item.suffix in (".py", ".ttl", ".html", ".css", ".js", ".rq"):
                info = item.stat()
                files.append((str(item), info.st_size, info.st_mtime_ns))
    return _digest_of(tuple(files))


@lru_cache(maxsize=16)
def _digest_of(files: tuple[tuple[str, int, int], ...]) -> str:
    h = hashlib.sha256()
    for path, _, _ in files:
        h.update(os.path.basename(path).encode())
        h.update(Path(path).read_bytes())
    return h.hexdigest()


# The folder that holds the kg package (the checkout, or site-packages): the entries above
# are paths under it.
_PACKAGE_HOME = Path(__file__).resolve().parents[2]


def fingerprint(project: Project) -> str:
    """A hash of the extraction code, the ontology data and the base IRI."""
    code = _files_digest(_PACKAGE_HOME, tuple(e for e in _FINGERPRINTED if e != "ontology"))
    data = _files_digest(project.root, ("ontology",))
    return hashlib.sha256(f"{__version__}\x1f{project.base_iri}\x1f{code}\x1f{data}".encode()).hexdigest()


def writer_fingerprint(project: Project) -> str:
    """A hash of the code that turns a build into its output files, and of the page's
    queries (the project's queries/page)."""
    code = _files_digest(_PACKAGE_HOME, _WRITER_FINGERPRINTED)
    queries = _files_digest(project.root, (PAGE_QUERIES,))
    return hashlib.sha256(f"{__version__}\x1f{code}\x1f{queries}".encode()).hexdigest()


def stamp(path: Path) -> list[int] | None:
    """Size, modification time and inode: what changes when anything rewrites the file."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return [info.st_size, info.st_mtime_ns, info.st_ino]


class CacheDamaged(KgError):
    """A cache file does not hold what the manifest says it does (`kg build` then reads
    every document again)."""


class CachedLines(Sequence[str]):
    """A cached document's lines, read from its cache file only when something asks, and
    checked against the sha256 the manifest recorded: a file damaged without changing its
    size is caught too."""

    def __init__(self, path: str, count: int, size: int, sha256: str) -> None:
        self.path, self.count, self.size = path, count, size  # size: the file's, in bytes
        self.sha256 = sha256  # of the file's bytes
        self._lines: list[str] | None = None

    def _load(self) -> list[str]:
        if self._lines is None:
            try:
                with open(self.path, "rb") as fh:
                    data = fh.read()
            except OSError as exc:
                raise CacheDamaged(f"{self.path}: the build cache is damaged ({exc.strerror})") from None
            if hashlib.sha256(data).hexdigest() != self.sha256:
                raise CacheDamaged(f"{self.path}: the build cache is damaged (its content is not what was written)")
            try:
                lines = zlib.decompress(data).decode("utf-8").splitlines(keepends=True)
            except (zlib.error, UnicodeDecodeError):
                raise CacheDamaged(f"{self.path}: the build cache is damaged") from None
            if len(lines) != self.count:
                raise CacheDamaged(f"{self.path}: the build cache is damaged")
            self._lines = lines
        return self._lines

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, index):  # noqa: ANN001, ANN204
        return self._load()[index]

    def __iter__(self):  # noqa: ANN204
        return iter(self._load())


@dataclass
class PreviousBuild:
    """The last build in an output folder, as its manifest tells it."""

    documents: dict[tuple[str, str], DocumentResult] = field(default_factory=dict)  # by (name, sha256)
    stamps: dict[str, tuple[int, int, str]] = field(default_factory=dict)  # name -> (size, mtime_ns, sha256)
    writer: str = ""
    state: str = ""
    files: dict[str, list[int]] = field(default_factory=dict)  # output file -> its stamp as written
    page: str = ""
    complete: bool = False  # every document it lists is in `documents` (none was damaged)
    ontology: tuple[str, ...] | None = None  # the ontology's lines as that build made them

    def unchanged(self, out_dir: Path, name: str) -> bool:
        """Whether an output is still the file this build wrote."""
        recorded = self.files.get(name)
        return recorded is not None and stamp(out_dir / name) == recorded


def _cache_name(doc: DocumentResult) -> str:
    return f"{digest(doc.name, doc.sha256, length=24)}.ntz"


def load_previous(out_dir: Path, project: Project, audit: bool = False) -> PreviousBuild:
    """The last build in out_dir; empty if there is none or it cannot be used (`audit`: the
    documents' results must have been made with or without --audit as this build's are)."""
    try:
        manifest = json.loads((out_dir / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return PreviousBuild()
    if manifest.get("format") != MANIFEST_FORMAT or manifest.get("fingerprint") != fingerprint(project) \
            or manifest.get("audit", False) != audit:
        return PreviousBuild()  # another version, ontology or base IRI, or with(out) --audit
    previous = PreviousBuild(writer=manifest.get("writer", ""), state=manifest.get("state", ""),
                             files=manifest.get("files", {}), page=manifest.get("page", ""))
    trusted_before = manifest.get("started_ns", 0) - RACY_NS
    cache = str(out_dir / CACHE_DIR)  # plain strings: 10,000 Path objects cost a tenth of a second
    for entry in manifest.get("documents", []):
        try:
            path = os.path.join(cache, entry["cache"])
            if os.stat(path).st_size != entry["bytes"]:
                continue  # written without fsync and cut short by a crash: extract again
            lines = CachedLines(path, entry["lines"], entry["bytes"], entry["lines_sha256"])
            doc = DocumentResult(entry["name"], entry["sha256"], entry["genre"], lines,
                                 Counter(entry["facts"]), tuple(entry["organisations"]), tuple(entry["notices"]),
                                 tuple(entry["cues"]))
            if entry["mtime_ns"] < trusted_before:
                previous.stamps[doc.name] = (entry["size"], entry["mtime_ns"], doc.sha256)
        except (OSError, KeyError, TypeError, ValueError):
            continue  # a damaged entry: that document is simply extracted again
        previous.documents[(doc.name, doc.sha256)] = doc
    if not previous.documents:
        return PreviousBuild()
    previous.complete = len(previous.documents) == len(manifest.get("documents", []))
    previous.ontology = _saved_ontology(out_dir, manifest.get("ontology_lines"))
    return previous


def _saved_ontology(out_dir: Path, count: int | None) -> tuple[str, ...] | None:
    try:
        lines = tuple((out_dir / ONTOLOGY_FILE).read_text(encoding="utf-8").splitlines(keepends=True))
    except OSError:
        return None
    return lines if len(lines) == count and all(line.endswith("\n") for line in lines) else None


def _manifest_json(manifest: dict) -> str:
    """One document per line: readable, and quick (json's indenting encoder is pure Python,
    half a second for 10,000 documents)."""
    head = {k: v for k, v in manifest.items() if k != "documents"}
    lines = [json.dumps(entry, ensure_ascii=False) for entry in manifest["documents"]]
    return (json.dumps(head, ensure_ascii=False)[:-1] + ', "documents": [\n'
            + ",\n".join(lines) + "\n]}\n")


def build_state(result: BuildResult, project: Project) -> str:
    """A name for the graph a build makes: the same documents through the same code."""
    h = hashlib.sha256(f"{fingerprint(project)}\x1f{result.audit}".encode())
    for doc in sorted(result.documents, key=lambda d: d.name):
        h.update(f"\x1e{doc.name}\x1f{doc.sha256}".encode())
    return h.hexdigest()


def write_cache(result: BuildResult, out_dir: Path, project: Project, state: str,
                files: dict[str, list[int]], page: str, staging: Staging | None = None) -> Path:
    """Write each new document's lines, then the manifest (last, so that it never describes
    outputs that are not all in place), then drop the files of documents gone. With
    `staging`, the ontology's lines are staged and the manifest is written when the staging
    commits (kg.store.commit); new cache files are removed if the build fails."""
    cache = out_dir / CACHE_DIR
    cache.mkdir(parents=True, exist_ok=True)
    entries, keep = [], set()
    for doc in result.documents:
        if isinstance(doc.lines, CachedLines):  # its file was checked when it was loaded
            name, size_on_disk, sha = os.path.basename(doc.lines.path), doc.lines.size, doc.lines.sha256
        else:
            name = _cache_name(doc)
            data = zlib.compress("".join(doc.lines).encode("utf-8"), CACHE_COMPRESSION)
            size_on_disk, sha = len(data), hashlib.sha256(data).hexdigest()
            found = stamp(cache / name)
            if found is None or found[0] != size_on_disk:
                write_atomic(cache / name, data, durable=False)
                if staging is not None and found is None:
                    staging.created.append(cache / name)
        keep.add(name)
        size, mtime_ns = result.stamps.get(doc.name, (-1, -1))
        entries.append({"name": doc.name, "sha256": doc.sha256, "size": size, "mtime_ns": mtime_ns,
                        "genre": doc.genre, "cache": name, "lines": len(doc.lines), "bytes": size_on_disk,
                        "lines_sha256": sha,
                        "facts": dict(sorted(doc.facts.items())), "organisations": list(doc.organisations),
                        "notices": list(doc.notices), "cues": list(doc.cues)})
    ontology = "".join(result.ontology).encode("utf-8")
    if staging is None:
        write_atomic(out_dir / ONTOLOGY_FILE, ontology, durable=False)
    else:
        staging.add(write_temporary(out_dir / ONTOLOGY_FILE, ontology, durable=False), out_dir / ONTOLOGY_FILE)
    manifest = {"format": MANIFEST_FORMAT, "fingerprint": fingerprint(project), "writer": writer_fingerprint(project),
                "base_iri": project.base_iri, "audit": result.audit, "started_ns": result.started_ns, "state": state,
                "ontology_lines": len(result.ontology),
                "files": files, "page": page, "documents": entries}
    path = out_dir / MANIFEST_FILE

    def write_manifest() -> None:
        write_atomic(path, _manifest_json(manifest).encode("utf-8"))

    if staging is None:
        write_manifest()
    else:
        staging.commit(write_manifest)
    for stale in os.listdir(cache):
        # .nt: a document's lines as an older format kept them, uncompressed
        if stale.endswith((".ntz", ".nt")) and stale not in keep and stale != os.path.basename(ONTOLOGY_FILE):
            (cache / stale).unlink(missing_ok=True)
    return path
