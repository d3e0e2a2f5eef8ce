"""`kg export`: the graph in other RDF syntaxes."""

from __future__ import annotations

from pathlib import Path

import typer

from ..engine import open_dataset, open_engine
from ..errors import KgError
from ..export import EXPORT_FORMATS, export_dataset, export_graph
from ..project import Project
from ._app import app, handles_errors
from ._io import write_bytes


def _format(fmt: str | None, out: Path | None) -> str:
    if fmt is None:
        by_extension = {ext: name for name, (_, ext) in EXPORT_FORMATS.items()}
        return by_extension.get(out.suffix.lower(), "turtle") if out is not None else "turtle"
    if fmt not in EXPORT_FORMATS:
        raise KgError(f"unknown format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    return fmt


@app.command()
@handles_errors
def export(
    fmt: str = typer.Option(None, "--format", "-f", metavar="FORMAT",
                            help=f"{', '.join(EXPORT_FORMATS)} (default: from --out's extension, else turtle).",
                            show_default=False),
    out: Path = typer.Option(None, "--out", "-o", help="Write to this file instead of standard output.",
                             show_default=False),
    data: list[Path] = typer.Option(None, "--data", "-d",
                                    help="Convert these RDF files instead of the graph in output/. Repeatable."),
) -> None:
    """Write the graph in another RDF syntax, byte-for-byte the same for the same graph.

    turtle, nt (N-Triples, sorted lines), jsonld, xml (RDF/XML) and trig. TriG puts each
    source document's statements in a named graph of its own (named by the document's
    node, id:document/FILE) and the ontology in <https://w3id.org/peel-kg/ontology>; it is
    made from output/graph.trig, which `kg build` writes.

    Example: kg export --format trig --out graph.trig
    """
    project = Project()
    name = _format(fmt, out)
    if name == "trig":
        data_bytes = export_dataset(open_dataset(project.output_dir, data or []))
    else:
        data_bytes = export_graph(open_engine(project.output_dir, data or []).graph(), name)
    write_bytes(data_bytes, out)
