"""`kg export`: the graph in other RDF syntaxes."""

from __future__ import annotations

from pathlib import Path

import typer

from ..store.formats import RDF_EXTENSIONS, format_from_extension, out_path, rdf_syntax
from ..project import Project
from ._app import app, handles_errors
from ._io import write_bytes
from ._options import ENDPOINT_HELP, FROM_HELP, open_source

# The syntaxes `kg export` writes (kg.store.export holds the writers; it loads rdflib, so it is
# imported only when a command runs). Any name kg.store.formats knows is taken (ttl, n-triples, ...).
EXPORTS = ("turtle", "nt", "nquads", "trig", "jsonld", "xml")


def _format(fmt: str | None, out: Path | None) -> str:
    if fmt is None:
        return (format_from_extension(out, RDF_EXTENSIONS, ", ".join(EXPORTS)) if out is not None else None) or "turtle"
    return rdf_syntax(fmt)


@app.command()
@handles_errors
def export(
    fmt: str = typer.Option(None, "--format", "-f", metavar="FORMAT",
                            help="turtle (ttl), nt (ntriples), nquads (nq), trig, jsonld or xml (rdfxml) "
                                 "(default: from --out's extension, else turtle).",
                            show_default=False),
    out: Path = typer.Option(None, "--out", "-o", help="Write to this file instead of standard output (- for "
                             "standard output).", show_default=False),
    data: list[Path] = typer.Option(None, "--data", "-d",
                                    help="Convert these RDF files instead of the build (- for standard input, "
                                         "with --syntax). Repeatable."),
    syntax: str = typer.Option(None, "--syntax", metavar="FORMAT", show_default=False,
                               help="The RDF syntax of --data (needed for -; else the extension says)."),
    source: Path = typer.Option(None, "--from", envvar="KG_FROM", metavar="DIR", show_default=False,
                                help=FROM_HELP),
    store: str = typer.Option("auto", "--store", help="Where to read the built graph: oxigraph, memory "
                              "(output/graph.ttl) or auto."),
    endpoint: str = typer.Option(None, "--endpoint", metavar="URL", show_default=False, help=ENDPOINT_HELP),
) -> None:
    """Write the graph in another RDF syntax, byte-for-byte the same for the same graph.

    turtle, nt (N-Triples, sorted lines), nquads (N-Quads, one graph per document),
    jsonld, xml (RDF/XML) and trig. TriG and N-Quads put each source document's
    statements in a named graph of its own (named by the document's node,
    id:document/FILE) and the ontology in <https://w3id.org/peel-kg/ontology>; they are
    made from output/graph.trig, which `kg build` writes.

    Example: kg export --format trig --out graph.trig
    """
    from ..store.export import export_built

    project = Project()
    out = out_path(out)
    chosen = _format(fmt, out)
    if endpoint:
        from ..store.export import export_engine

        write_bytes(export_engine(open_source(None, data, store, syntax, endpoint), chosen), out)
        return
    write_bytes(export_built(source or project.output_dir, chosen, data or [], store, syntax), out)
