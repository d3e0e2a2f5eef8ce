"""Format names and file extensions, one registry for every command.

The names users of other RDF tools type (riot's `--syntax`, Oxigraph's `--format`) all
work: `ttl` and `turtle`, `nt`, `ntriples` and `n-triples`, `nq`, `nquads` and
`n-quads`, `trig`, `jsonld` and `json-ld`, `xml`, `rdfxml` and `rdf/xml`. Each resolves
to one canonical name, which the writers in kg.store.export and kg.store.results know. A file's
extension picks the format when none is given; an extension that names no format is an
error rather than a guess. No rdflib here: choosing a format costs nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import UsageError

# RDF syntaxes: alias -> canonical name.
RDF_ALIASES: dict[str, str] = {
    "turtle": "turtle", "ttl": "turtle",
    "nt": "nt", "ntriples": "nt", "n-triples": "nt",
    "nquads": "nquads", "nq": "nquads", "n-quads": "nquads",
    "trig": "trig",
    "jsonld": "jsonld", "json-ld": "jsonld",
    "xml": "xml", "rdfxml": "xml", "rdf/xml": "xml", "rdf": "xml", "owl": "xml",
}

# File extension -> canonical RDF syntax.
RDF_EXTENSIONS: dict[str, str] = {
    ".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".ntriples": "nt", ".nq": "nquads",
    ".nquads": "nquads", ".trig": "trig", ".jsonld": "jsonld", ".json": "jsonld",
    ".rdf": "xml", ".owl": "xml", ".xml": "xml",
}

# Canonical RDF syntax -> rdflib's parser/serialiser name.
RDFLIB_NAMES: dict[str, str] = {
    "turtle": "turtle", "nt": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld", "xml": "xml",
}

# Syntaxes that hold named graphs (a dataset) rather than one graph.
DATASET_SYNTAXES = ("trig", "nquads")

# Query result formats (SELECT, ASK): alias -> canonical, and extension -> canonical.
RESULT_ALIASES: dict[str, str] = {
    "table": "table", "text": "table", "csv": "csv", "tsv": "tsv", "json": "json", "srj": "json", "xml": "xml",
    "srx": "xml",
}
RESULT_EXTENSIONS: dict[str, str] = {
    ".txt": "table", ".csv": "csv", ".tsv": "tsv", ".json": "json", ".srj": "json", ".xml": "xml", ".srx": "xml",
}

STDIO = "-"  # `--out -`, `--data -`, `kg validate -`: standard output or input


def rdf_syntax(name: str) -> str:
    """The canonical RDF syntax for a name users type; UsageError lists the names."""
    found = RDF_ALIASES.get(name.strip().lower())
    if found is None:
        canonical = list(dict.fromkeys(RDF_ALIASES.values()))
        others = [a for a in RDF_ALIASES if a not in canonical]
        raise UsageError(f"unknown format {name!r}; use one of {', '.join(canonical)} (or {', '.join(others)})")
    return found


def syntax_of_file(path: Path, given: str | None = None) -> str:
    """A file's RDF syntax: `given` (a --syntax or --format name) if any, else its extension."""
    if given:
        return rdf_syntax(given)
    if str(path) == STDIO:
        raise UsageError("standard input has no file name to tell its format: give --syntax "
                         "(ttl, nt, nq, trig, jsonld, xml)")
    found = RDF_EXTENSIONS.get(path.suffix.lower())
    if found is None:
        raise UsageError(f"{path}: cannot tell the RDF format from the name; give --syntax, or use one of "
                         f"{', '.join(sorted(RDF_EXTENSIONS))}")
    return found


def out_path(out: Path | None) -> Path | None:
    """`--out -` is standard output (None), as in every Unix tool."""
    return None if out is not None and str(out) == STDIO else out


def format_from_extension(out: Path, table: dict[str, str], option_hint: str) -> str | None:
    """The format an --out FILE's extension names, None for a file with no extension;
    an extension that names none of `table` is a UsageError (never a silent default)."""
    suffix = out.suffix.lower()
    if not suffix:
        return None
    found = table.get(suffix)
    if found is None:
        raise UsageError(f"{out}: cannot tell the format from the extension {suffix!r}; give --format "
                         f"({option_hint}) or name the file {' or '.join(sorted(table))}")
    return found


# Canonical RDF syntax -> pyoxigraph's format name, for locating syntax errors.
_OXIGRAPH_NAMES = {"turtle": "TURTLE", "nt": "N_TRIPLES", "nquads": "N_QUADS", "trig": "TRIG", "xml": "RDF_XML",
                   "jsonld": "JSON_LD"}


def syntax_error(data: bytes, syntax: str) -> str | None:
    """Where and why `data` is not valid `syntax`, as Oxigraph (and rapper) report it:
    "line 401, column 5: a dot is expected ...". rdflib's own messages give wrong lines
    for Turtle and run over several lines, so its parse failures are located again here."""
    import pyoxigraph as ox

    name = _OXIGRAPH_NAMES.get(syntax)
    fmt = getattr(ox.RdfFormat, name, None) if name else None
    if fmt is None:
        return None
    try:
        for _ in ox.parse(data, format=fmt, base_iri="file:///"):
            pass
    except SyntaxError as exc:
        message = str(exc.args[0]) if exc.args else str(exc)
        m = re.match(r"Parser error at line (\d+) (?:column (\d+)|between columns (\d+) and \d+): (.*)", message, re.S)
        if m:
            text = " ".join(m.group(4).split())
            return f"line {m.group(1)}, column {m.group(2) or m.group(3)}: {text[:1].lower()}{text[1:]}"
        return " ".join(message.split())
    except (ValueError, OSError):
        return None
    return None
