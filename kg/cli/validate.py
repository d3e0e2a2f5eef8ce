"""`kg validate`: check the graph against the SHACL shapes."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ..project import Project
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..store.validation import Report
from ._app import app, handles_errors
from ._options import FROM_HELP


def _text(report: Report) -> str:
    if report.conforms:
        return "conforms: no violations"
    nodes = len({v.focus for v in report.violations})
    n = len(report.violations)
    lines = [f"does not conform: {n} result{'' if n == 1 else 's'} on {nodes} node{'' if nodes == 1 else 's'}"]
    for v in report.violations:
        lines.append("")
        lines.append(f"{v.severity}: {v.focus}" + (f" ({v.label})" if v.label else ""))
        if v.path:
            lines.append(f"  path:    {v.path}")
        if v.value:
            lines.append(f"  value:   {v.value}")
        lines.append(f"  message: {v.message}")
        if v.shape:
            lines.append(f"  shape:   {v.shape}")
    return "\n".join(lines)


@app.command()
@handles_errors
def validate(
    file: Path = typer.Argument(None, metavar="[FILE|-]", help="The graph to check (default: the build's "
                                "graph.ttl; - for standard input, with --syntax).", show_default=False),
    syntax: str = typer.Option(None, "--syntax", metavar="FORMAT", show_default=False,
                               help="The RDF syntax of FILE (ttl, nt, nq, trig, jsonld, xml); needed for -."),
    source: Path = typer.Option(None, "--from", envvar="KG_FROM", metavar="DIR", show_default=False,
                                help=FROM_HELP),
    shapes: Path = typer.Option(None, "--shapes", help="SHACL shapes to check against "
                                "(default: the project's ontology/shapes.ttl).", show_default=False),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Check the graph against the SHACL shapes of the graph contract (with pySHACL).

    The project's ontology (classes, concept schemes) is mixed in; the facts, forces and
    inspectorates must be in the graph itself, as in the self-contained output/graph.ttl.
    Prints each violation with its focus node and label, the property path and the
    message. Exits 0 if the graph conforms, 1 if it does not, 2 if validation cannot run
    (no graph, shapes that do not load).

    Example: kg validate output/graph.ttl
    """
    from ..store.opening import open_engine
    from ..store.ontology import SHAPES_FILE, load_ontology
    from ..store.validation import load_shapes_file, validate as validate_graph

    project = Project()
    shapes_graph = load_shapes_file(shapes or project.ontology_dir / SHAPES_FILE)
    folder = source or project.output_dir
    data = open_engine(folder, [file] if file else [folder / "graph.ttl"], "memory", syntax).graph()
    report = validate_graph(data, shapes_graph, load_ontology(project))
    typer.echo(json.dumps(report.as_dict(), indent=2, ensure_ascii=False) if as_json else _text(report))
    if not report.conforms:
        raise typer.Exit(1)
