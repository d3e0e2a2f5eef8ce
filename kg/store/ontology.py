"""Graphs in and out: the ontology, the gazetteer, merging, and deterministic serialisation."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from ..errors import GraphNotFound, KgError
from ..project import DEFAULT_BASE_IRI, Project
from ..graph.vocab import PEEL, PREFIXES

ONTOLOGY_FILES = ("peel.ttl", "themes.ttl")
GAZETTEER_FILE = "forces.ttl"
SHAPES_FILE = "shapes.ttl"

# File extension -> rdflib format name, for reading and writing.
FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".ntriples": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".trig": "trig",
    ".rdf": "xml",
    ".xml": "xml",
    ".owl": "xml",
    ".nq": "nquads",
}


def new_graph() -> Graph:
    """An empty in-memory graph with the project's prefixes bound."""
    g = Graph(bind_namespaces="none")
    bind_prefixes(g)
    return g


def bind_prefixes(g: Graph, base_iri: str = DEFAULT_BASE_IRI) -> None:
    for prefix, iri in PREFIXES.items():
        g.bind(prefix, base_iri if prefix == "id" else iri, override=True, replace=True)


@lru_cache(maxsize=8)
def _parse_cached(path: Path, mtime: float) -> Graph:
    return Graph().parse(path, format="turtle")


def _parse(path: Path) -> Graph:
    return _parse_cached(path, path.stat().st_mtime)


def _rebase(g: Graph, base_iri: str) -> Graph:
    """The gazetteer is written with the default id base; move it to another base if asked."""
    if base_iri == DEFAULT_BASE_IRI:
        return g
    moved = Graph()
    for triple in g:
        moved.add(tuple(  # type: ignore[arg-type]
            URIRef(base_iri + t[len(DEFAULT_BASE_IRI):]) if isinstance(t, URIRef) and str(t).startswith(DEFAULT_BASE_IRI) else t
            for t in triple
        ))
    return moved


def load_ontology(project: Project) -> Graph:
    """The ontology and the theme scheme (not the shapes, not the gazetteer)."""
    g = Graph()
    for name in ONTOLOGY_FILES:
        path = project.ontology_dir / name
        if path.exists():
            g += _parse(path)
    return g


def load_gazetteer_graph(project: Project) -> Graph:
    return _rebase(_parse(project.ontology_dir / GAZETTEER_FILE), project.base_iri)


def load_shapes(project: Project) -> Graph:
    return _parse(project.ontology_dir / SHAPES_FILE)


@lru_cache(maxsize=4)
def _ontology_lines(project: Project, stamp: tuple) -> tuple[str, ...]:
    from rdflib.compare import to_canonical_graph

    from ..graph.turtle import ntriples_lines

    # canonical blank-node labels, so the same ontology always gives the same lines
    return tuple(ntriples_lines(to_canonical_graph(load_ontology(project))))


def ontology_lines(project: Project) -> tuple[str, ...]:
    """The ontology and theme scheme as sorted N-Triples lines."""
    stamp = tuple((name, (project.ontology_dir / name).stat().st_mtime)
                  for name in ONTOLOGY_FILES if (project.ontology_dir / name).exists())
    return _ontology_lines(project, stamp)


@lru_cache(maxsize=4)
def _gazetteer_lines(project: Project, stamp: float) -> dict[str, tuple[str, ...]]:
    from ..graph.turtle import LineWriter

    writer, by_org = LineWriter(), {}
    g = load_gazetteer_graph(project)
    for org in set(g.subjects(RDF.type, PEEL.Force)) | set(g.subjects(RDF.type, PEEL.Inspectorate)):
        by_org[str(org)] = tuple(sorted(writer.line(t) for t in g.triples((org, None, None))))
    return by_org


def gazetteer_lines(project: Project) -> dict[str, tuple[str, ...]]:
    """Each force's and inspectorate's gazetteer entry as N-Triples lines, by IRI."""
    return _gazetteer_lines(project, (project.ontology_dir / GAZETTEER_FILE).stat().st_mtime)


def serialize(g: Graph, fmt: str = "turtle") -> bytes:
    """Deterministic bytes of a graph in one of the FORMATS."""
    if fmt == "nt":
        # our writer: sorted lines, and every line break inside a literal escaped (rdflib
        # writes \f, \x85 and \u2028 raw, which splitlines() would cut)
        from ..graph.turtle import ntriples_lines

        return "".join(ntriples_lines(g)).encode("utf-8")
    if fmt == "json-ld":
        return g.serialize(format="json-ld", encoding="utf-8", sort_keys=True, indent=2)
    return g.serialize(format=fmt, encoding="utf-8")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes | Iterable[str | bytes | memoryview], durable: bool = True) -> None:
    """Write a file so that a reader sees the old or the new content, never half of either.

    `data` is bytes, or chunks written as they come (text as UTF-8; bytes and views as
    they are), so a large file is never held whole in memory. `durable=False` skips the
    fsync, for files whose damage after a power cut is detected and repaired (the build cache).
    """
    tmp = write_temporary(path, data, durable)
    try:
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_temporary(path: Path, data: bytes | Iterable[str | bytes | memoryview], durable: bool = True) -> str:
    """Write what `path` is to hold to a temporary file beside it and return that file's name
    (the caller renames it into place); on any failure nothing is left behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        with os.fdopen(fd, "wb") as fh:
            if isinstance(data, (bytes, bytearray)):
                fh.write(data)
            else:
                buffered: list[str] = []
                for chunk in data:
                    if not isinstance(chunk, str):
                        if buffered:
                            fh.write("".join(buffered).encode("utf-8"))
                            buffered.clear()
                        fh.write(chunk)
                        continue
                    buffered.append(chunk)
                    if len(buffered) >= 4096:
                        fh.write("".join(buffered).encode("utf-8"))
                        buffered.clear()
                fh.write("".join(buffered).encode("utf-8"))
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def load_graph(paths: Iterable[Path]) -> Graph:
    """Read RDF files into one graph, the format chosen by extension."""
    g = new_graph()
    found = False
    for path in paths:
        found = True
        if not path.exists():
            raise GraphNotFound(f"{path}: no such file (run `kg build` first to make output/graph.ttl)")
        fmt = FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise KgError(f"{path}: unknown RDF format; use one of {', '.join(sorted(FORMATS))}")
        try:
            g.parse(path, format=fmt)
        except Exception as exc:  # rdflib raises many types for bad syntax
            raise KgError(f"{path}: not valid {fmt}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
    if not found:
        raise GraphNotFound("no graph given")
    return g
