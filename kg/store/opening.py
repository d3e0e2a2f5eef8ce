"""Which engine answers a command: the store `kg build` loaded, or rdflib over files.

Apart from kg.store.engine so that the engines do not import each other: engine holds the
interface and the rdflib engine, oxstore the Oxigraph engine (built on that interface), and
this module, above both, picks one.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..errors import GraphNotFound, KgError
from .engine import GRAPH_FILE, Engine, RdflibEngine

# Where `kg query`, `kg export` and the others read the graph from (`--store`).
ENGINE_CHOICES = ("auto", "oxigraph", "memory")


def open_engine(out_dir: Path, data: Sequence[Path] = (), store: str = "auto",
                syntax: str | None = None) -> Engine:
    """The engine for `--data FILE...` if given (`-` for standard input, read as `syntax`);
    else the store `kg build` loaded in out_dir (store "oxigraph", or "auto" when it is
    there); else the Turtle it wrote, parsed by rdflib (store "memory", or "auto" without a
    store)."""
    if data:
        return RdflibEngine.from_files(list(data), syntax)
    if store not in ENGINE_CHOICES:
        raise KgError(f"unknown store {store!r}; use one of {', '.join(ENGINE_CHOICES)}")
    from .commit import check_consistent

    check_consistent(out_dir)  # never answer from the outputs of two builds
    if store != "memory":
        from .oxstore import STORE_DIR, OxigraphEngine

        if store == "oxigraph" and not (out_dir / STORE_DIR / "CURRENT").exists() \
                and (out_dir / GRAPH_FILE).exists():
            raise GraphNotFound(f"{out_dir} was built with --store memory, so it has no store to query; "
                                f"use --store memory (or auto), or build again with --store oxigraph")
        if store == "oxigraph" or (out_dir / STORE_DIR / "CURRENT").exists():
            return OxigraphEngine(out_dir / STORE_DIR)
    graph_file = out_dir / GRAPH_FILE
    if not graph_file.exists():
        raise GraphNotFound(f"no graph at {graph_file}; run `kg build` first (or pass --data FILE)")
    return RdflibEngine.from_files([graph_file])
