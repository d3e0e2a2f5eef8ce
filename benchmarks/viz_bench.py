"""`kg viz` on a built graph: time, peak memory and nodes drawn, beside the old path.

Usage:
    .venv/bin/python benchmarks/viz_bench.py OUT [--no-old] [--option-set "ARGS"]...

OUT is a build's folder (`kg build CORPUS --out OUT`, with its store). For each option set
(default: none, --force F, --class Judgement --period P, --max-nodes 300 --class
AreaForImprovement, with F and P the first force and period the store names) it runs
`kg viz --from OUT` in a fresh process under /usr/bin/time (elapsed seconds, peak RSS),
and, unless --no-old, the old path in the same run: the whole graph loaded into rdflib
and drawn by kg.page.visualise.render_html, as `kg viz` did before issue 15. It prints a
Markdown table with the ratio new/old, the node counts of the two pages and whether they
drew the same nodes, and the target (at most 5 s and 400 MB).
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS, TARGET_MB = 5.0, 400

# What `kg viz` did before issue 15: the whole graph into rdflib, then render_html.
OLD_PATH = """
import sys
from pathlib import Path
from kg.cli.viz import viz  # noqa: F401
from kg.page.tables import page_tables
from kg.page.visualise import PageOptions, render_html
from kg.project import Project
from kg.store.oxstore import OxigraphEngine
out, target, forces, periods, classes, max_nodes = sys.argv[1:7]
engine = OxigraphEngine(Path(out) / "store")
graph = engine.graph()
tables = page_tables(engine, Project())
split = lambda text: tuple(t for t in text.split("|") if t)
options = PageOptions(forces=split(forces), periods=split(periods), classes=split(classes),
                      **({"max_nodes": int(max_nodes)} if max_nodes else {}))
Path(target).write_text(render_html(graph, options, tables), encoding="utf-8")
"""


def timed(command: list[str]) -> tuple[float, int]:
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", report.name, *command], check=True,
                       cwd=ROOT, stdout=subprocess.DEVNULL)
        seconds, kb = report.read().split()[-2:]
    return float(seconds), int(kb) // 1024


def drawn(page: Path) -> set[str]:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page.read_text("utf-8"), re.S)
    return {node["id"] for node in json.loads(match.group(1))["graph"]["nodes"]}


def old_arguments(args: list[str]) -> list[str]:
    """The option set as the old path's positional arguments."""
    given: dict[str, list[str]] = {"--force": [], "--period": [], "--class": [], "--max-nodes": []}
    for name, value in zip(args[::2], args[1::2]):
        given[name].append(value)
    return ["|".join(given["--force"]), "|".join(given["--period"]), "|".join(given["--class"]),
            (given["--max-nodes"] or [""])[0]]


def default_sets(out: Path) -> list[list[str]]:
    import pyoxigraph as ox

    store = ox.Store.read_only(str(out / "store"))
    peel = "https://w3id.org/peel-kg/ontology#"
    force = min(r["f"].value for r in store.query(f"SELECT ?f {{ ?f a <{peel}Force> }}"))
    period = min(r["p"].value for r in store.query(f"SELECT DISTINCT ?p {{ ?i <{peel}period> ?p }}"))
    del store
    return [[], ["--force", force.rsplit("/", 1)[-1]], ["--class", "Judgement", "--period", period],
            ["--max-nodes", "300", "--class", "AreaForImprovement"]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--no-old", action="store_true", help="skip the old whole-graph path")
    parser.add_argument("--option-set", action="append", default=[], help="kg viz options, quoted")
    ns = parser.parse_args()
    sets = [shlex.split(s) for s in ns.option_set] or default_sets(ns.out)
    kg = [sys.executable, "-m", "kg"]
    print("| options | new s | new MB | old s | old MB | time new/old | nodes new | nodes old | same nodes | target met |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="viz-bench-") as tmp:
        for args in sets:
            new_page, old_page = Path(tmp) / "new.html", Path(tmp) / "old.html"
            seconds, mb = timed([*kg, "viz", "--from", str(ns.out), "--out", str(new_page), *args])
            nodes = drawn(new_page)
            old = ("", "", "", "", "")
            if not ns.no_old:
                old_s, old_mb = timed([sys.executable, "-c", OLD_PATH, str(ns.out), str(old_page), *old_arguments(args)])
                old_nodes = drawn(old_page)
                old = (f"{old_s:.1f}", str(old_mb), f"{seconds / old_s:.2f}", str(len(old_nodes)),
                       "yes" if old_nodes == nodes else "NO")
            met = "yes" if seconds <= TARGET_SECONDS and mb <= TARGET_MB else "no"
            print(f"| {' '.join(args) or '(none)'} | {seconds:.1f} | {mb} | {old[0]} | {old[1]} | {old[2]} | "
                  f"{len(nodes)} | {old[3]} | {old[4]} | {met} |", flush=True)


if __name__ == "__main__":
    main()
