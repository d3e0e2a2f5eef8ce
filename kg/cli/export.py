"""`kg export`: the graph in other RDF syntaxes."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import KgError
from ..project import Project
from ._app import app, handles_errors
from ._io import write_bytes


# Export format -> file extension (kg.export holds the writers; it loads rdflib, so it is
# imported only when a command runs).
EXTENSIONS = {"turtle": ".ttl", "nt": ".nt", "jsonld": ".jsonld", "xml": ".rdf", "trig": ".trig"}


def _format(fmt: str | None, out: Path | None) -> str:
    if fmt is None:
        by_extension = {ext: name for name, ext in EXTENSIONS.items()}
        return by_extension.get(out.suffix.lower(), "turtle") if out is not None else "turtle"
    if fmt not in EXTENSIONS:
        raise KgError(f"unknown format {fmt!r}; use one of {', '.join(EXTENSIONS)}")
    return fmt


@app.command()
@handles_errors
def export(
    fmt: str = typer.Option(None, "--format", "-f", metavar="FORMAT",
                            help=f"{', '.join(EXTENSIONS)} (default: from --out's extension, else turtle).",
                            show_default=False),
    out: Path = typer.Option(None, "--out", "-o", help="Write to this file instead of standard output.",
                             show_default=False),
    data: list[Path] = typer.Option(None, "--data", "-d",
                                    help="Convert these RDF files instead of the graph in output/. Repeatable."),
    store: str = typer.Option("auto", "--store", help="Where to read the built graph: oxigraph, memory "
                              "(output/graph.ttl) or auto."),
) -> None:
    """Write the graph in another RDF syntax, byte-for-byte the same for the same graph.

    turtle, nt (N-Triples, sorted lines), jsonld, xml (RDF/XML) and trig. TriG puts each
    source document's statements in a named graph of its own (named by the document's
    node, id:document/FILE) and the ontology in <https://w3id.org/peel-kg/ontology>; it is
    made from output/graph.trig, which `kg build` writes.

    Example: kg export --format trig --out graph.trig
    """
    from ..export import export_built

    project = Project()
    write_bytes(export_built(project.output_dir, _format(fmt, out), data or [], store), out)
