"""What a build leaves for the next one: a manifest of the documents it read and each
document's triples, so an unchanged document is not read, extracted or mapped again.

OUT/manifest.json lists every document (name, sha256, genre, fact counts, organisations)
with a fingerprint of everything that shapes extraction (the extractor code, the
ontology, the base IRI); OUT/cache/<key>.nt holds one document's sorted N-Triples lines.
A different fingerprint means a clean build.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

from . import __version__
from .identity import digest
from .pipeline import BuildResult, DocumentResult
from .project import Project
from .store import write_atomic

MANIFEST_FILE = "manifest.json"
CACHE_DIR = "cache"
MANIFEST_FORMAT = 1

# The code and data whose change invalidates every cached document.
_FINGERPRINTED = ("kg/extractors", "kg/documents.py", "kg/genres.py", "kg/mapping.py", "kg/identity.py",
                  "kg/records.py", "kg/themes.py", "kg/turtle.py", "ontology")


def fingerprint(project: Project) -> str:
    """A hash of the extraction code, the ontology data and the base IRI."""
    h = hashlib.sha256(f"{__version__}\x1f{project.base_iri}".encode())
    package = Path(__file__).resolve().parent.parent
    for entry in _FINGERPRINTED:
        root = (project.root if entry == "ontology" else package) / entry
        for path in sorted(root.rglob("*") if root.is_dir() else [root]):
            if path.is_file() and path.suffix in (".py", ".ttl"):
                h.update(path.name.encode())
                h.update(path.read_bytes())
    return h.hexdigest()


def _cache_name(doc: DocumentResult) -> str:
    return f"{digest(doc.name, doc.sha256, length=24)}.nt"


def load_previous(out_dir: Path, project: Project) -> dict[tuple[str, str], DocumentResult]:
    """Documents of the last build in out_dir, by (name, sha256); empty if none can be used."""
    try:
        manifest = json.loads((out_dir / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if manifest.get("format") != MANIFEST_FORMAT or manifest.get("fingerprint") != fingerprint(project):
        return {}
    previous = {}
    for entry in manifest.get("documents", []):
        try:
            text = (out_dir / CACHE_DIR / entry["cache"]).read_text(encoding="utf-8")
            if text.count("\n") != entry["lines"]:
                continue  # written without fsync and cut short by a crash: extract again
            doc = DocumentResult(entry["name"], entry["sha256"], entry["genre"],
                                 tuple(text.splitlines(keepends=True)), Counter(entry["facts"]),
                                 tuple(entry["organisations"]), tuple(entry.get("notices", ())))
        except (OSError, KeyError, ValueError):
            continue  # a damaged entry: that document is simply extracted again
        previous[(doc.name, doc.sha256)] = doc
    return previous


def write_cache(result: BuildResult, out_dir: Path, project: Project) -> Path:
    """Write each new document's lines, drop the files of documents gone, then the manifest."""
    cache = out_dir / CACHE_DIR
    cache.mkdir(parents=True, exist_ok=True)
    entries, keep = [], set()
    for doc in result.documents:
        name = _cache_name(doc)
        keep.add(name)
        if not (cache / name).exists():
            write_atomic(cache / name, "".join(doc.lines).encode("utf-8"), durable=False)
        entries.append({"name": doc.name, "sha256": doc.sha256, "genre": doc.genre, "cache": name,
                        "lines": len(doc.lines),
                        "facts": dict(sorted(doc.facts.items())), "organisations": list(doc.organisations),
                        "notices": list(doc.notices)})
    manifest = {"format": MANIFEST_FORMAT, "fingerprint": fingerprint(project), "base_iri": project.base_iri,
                "documents": entries}
    path = out_dir / MANIFEST_FILE
    write_atomic(path, json.dumps(manifest, indent=1, ensure_ascii=False).encode("utf-8"))
    for stale in cache.glob("*.nt"):
        if stale.name not in keep:
            stale.unlink(missing_ok=True)
    return path
