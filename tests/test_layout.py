"""The house shows its flow (issue 16): every import in kg/ points down the pipeline, and no
two modules import each other, directly or round a loop.

The layers, lowest first: the shared ground (errors, project, prefixes, version), read,
extract, graph, store, page, builder, the public library (kg/__init__.py, kg/api.py) and the command
line. A module may import its own layer or a lower one; a lazy import inside a function
counts as much as one at the top.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import networkx as nx

KG = Path(__file__).resolve().parent.parent / "kg"

LAYERS = ["kg.errors kg.project kg.prefixes kg.version", "kg.read", "kg.extract", "kg.graph", "kg.store", "kg.page",
          "kg.builder", "kg kg.api", "kg.cli kg.__main__"]
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names.split()}


def module_name(path: Path, root: Path = KG) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def rank_of(module: str) -> int:
    parts = module.split(".")
    for i in range(len(parts), 0, -1):
        if ".".join(parts[:i]) in RANK:
            return RANK[".".join(parts[:i])]
    raise AssertionError(f"{module} is in no layer: add it to LAYERS")


def imports_of(path: Path, root: Path = KG) -> set[str]:
    """The kg modules a file imports, relative imports resolved, at any depth of the file."""
    here = module_name(path, root)
    package = here.split(".") if path.name == "__init__.py" else here.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target == "kg" or target.startswith("kg."):
                modules = [f"{target}.{a.name}" for a in node.names if _is_module(f"{target}.{a.name}", root)]
                found.update(modules or [target])
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name == "kg" or a.name.startswith("kg."))
    found.discard(here)
    return found


def _is_module(dotted: str, root: Path) -> bool:
    path = root.parent / dotted.replace(".", "/")
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def import_graph(root: Path = KG) -> nx.DiGraph:
    graph = nx.DiGraph()
    for path in sorted(root.rglob("*.py")):
        here = module_name(path, root)
        graph.add_node(here)
        for target in imports_of(path, root):
            graph.add_edge(here, target)
    return graph


def test_every_import_points_down_the_flow() -> None:
    upward = sorted(f"{a} imports {b}" for a, b in import_graph().edges if rank_of(b) > rank_of(a))
    assert upward == []


def test_no_module_imports_itself_round_a_loop() -> None:
    graph = import_graph()
    # a package's __init__ re-exporting its modules is no loop of the flow
    graph.remove_edges_from([(a, b) for a, b in list(graph.edges) if b.startswith(a + ".")])
    assert sorted(sorted(c) for c in nx.simple_cycles(graph)) == []


def test_the_walk_sees_a_planted_upward_import_and_a_planted_loop(tmp_path: Path) -> None:
    copy = tmp_path / "kg"
    shutil.copytree(KG, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "read" / "planted.py").write_text("def f():\n    from ..builder import pipeline\n", encoding="utf-8")
    (copy / "graph" / "planted.py").write_text("from .turtle import LineWriter\n", encoding="utf-8")
    (copy / "graph" / "turtle.py").write_text("from . import planted\n", encoding="utf-8")
    graph = import_graph(copy)
    assert ("kg.read.planted", "kg.builder.pipeline") in graph.edges
    assert rank_of("kg.builder.pipeline") > rank_of("kg.read.planted")
    assert ["kg.graph.planted", "kg.graph.turtle"] in [sorted(c) for c in nx.simple_cycles(graph)]
