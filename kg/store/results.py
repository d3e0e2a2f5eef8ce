"""Query results written out: an aligned table for people, and the W3C SPARQL 1.1 result
formats for programs (CSV, TSV, JSON, XML), each streamed row by row to a text stream.

The formats follow the W3C recommendations to the letter:
  csv   https://www.w3.org/TR/sparql11-results-csv-tsv/  (CRLF line ends, plain values)
  tsv   the same page: `?var` header, terms in SPARQL/Turtle syntax, LF line ends
  json  https://www.w3.org/TR/sparql11-results-json/  (head.vars, results.bindings)
  xml   https://www.w3.org/TR/rdf-sparql-XMLres/  (the sparql-results namespace)

To add a format, write `write_<name>(variables, rows, out, **options) -> int` and add it to
ROW_WRITERS (and to BOOLEAN_WRITERS if it has a shape for an ASK answer).
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import TextIO

from ..read.safetext import printable
from ..graph.terms import BNODE, IRI, XSD_NS, Term

Row = Sequence[Term | None]
Shorten = Callable[[str], str]

SPARQL_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"


# -- terms ---------------------------------------------------------------------------------

def plain(term: Term | None) -> str:
    """A term as CSV writes it: the IRI, the literal's lexical form, `_:label`, or nothing."""
    if term is None:
        return ""
    if term.kind == BNODE:
        return f"_:{term.value}"
    return term.value


_BARE = {  # datatypes TSV may write as bare Turtle numbers / booleans, with the lexical form they need
    XSD_NS + "integer": re.compile(r"^[+-]?[0-9]+$"),
    XSD_NS + "decimal": re.compile(r"^[+-]?[0-9]*\.[0-9]+$"),
    XSD_NS + "double": re.compile(r"^[+-]?([0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)[eE][+-]?[0-9]+$"),
    XSD_NS + "boolean": re.compile(r"^(true|false)$"),
}


def sparql_syntax(term: Term | None) -> str:
    """A term as TSV writes it: `<iri>`, `"text"@en`, `"x"^^<dt>`, `42`, `_:label`, or nothing."""
    if term is None:
        return ""
    bare = _BARE.get(term.datatype) if term.datatype else None
    if bare is not None and bare.match(term.value):
        return term.value
    return term.n3()


def json_term(term: Term) -> dict[str, str]:
    """A term as SPARQL JSON results write it: type, value, and xml:lang or datatype."""
    out = {"type": {IRI: "uri", BNODE: "bnode"}.get(term.kind, "literal"), "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype:
        out["datatype"] = term.datatype
    return out


# Not xml.sax.saxutils: it imports urllib.request, a fifth of a cold query's start.
_XML_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_XML_ATTRIBUTE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                                "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def xml_escape(text: str) -> str:
    return text.translate(_XML_TEXT)


def quoteattr(text: str) -> str:
    """An attribute value in double quotes (line ends and tabs kept as character references)."""
    return '"' + text.translate(_XML_ATTRIBUTE) + '"'


def xml_term(term: Term) -> str:
    """A term as the SPARQL XML results format writes it."""
    if term.kind == IRI:
        return f"<uri>{xml_escape(term.value)}</uri>"
    if term.kind == BNODE:
        return f"<bnode>{xml_escape(term.value)}</bnode>"
    attrs = ""
    if term.language:
        attrs = f" xml:lang={quoteattr(term.language)}"
    elif term.datatype:
        attrs = f" datatype={quoteattr(term.datatype)}"
    return f"<literal{attrs}>{xml_escape(term.value)}</literal>"


# Characters a SPARQL/Turtle local name may hold as they are, and those it may hold only
# escaped with a backslash (PN_LOCAL and PN_LOCAL_ESC in the SPARQL 1.1 grammar).
_LOCAL_PLAIN = re.compile(r"[A-Za-z0-9_\-.:\u00B7\u00C0-\uFFFF]")
_LOCAL_ESCAPED = set("~.-!$&'()*+,;=/?#@%_")


def local_name(rest: str) -> str | None:
    """`rest` as a legal local name (`force\\/kent` for `force/kent`), or None if it cannot be one."""
    out = []
    for i, c in enumerate(rest):
        first, last = i == 0, i == len(rest) - 1
        if _LOCAL_PLAIN.fullmatch(c) and not ((first and c in "-.") or (last and c == ".")):
            out.append(c)
        elif c in _LOCAL_ESCAPED:
            out.append("\\" + c)
        else:
            return None
    return "".join(out)


def expand(name: str, namespaces: Iterable[tuple[str, str]]) -> str | None:
    """The IRI a prefixed name stands for (escapes undone, `id:force/kent` taken as typed
    too), or None if its prefix is not one of `namespaces`."""
    prefix, sep, rest = name.partition(":")
    if not sep or rest.startswith("//"):
        return None
    for known, ns in namespaces:
        if known == prefix:
            return str(ns) + re.sub(r"\\(.)", r"\1", rest)
    return None


def shortener(namespaces: Iterable[tuple[str, str]]) -> Shorten:
    """A function writing an IRI as a legal prefixed name with the longest matching
    namespace (so that it can be pasted into a query), else as <iri>."""
    by_length = sorted(((str(ns), prefix) for prefix, ns in namespaces if str(ns)), key=lambda p: -len(p[0]))

    def shorten(iri: str) -> str:
        text = str(iri)
        for ns, prefix in by_length:
            if text.startswith(ns) and len(text) > len(ns):
                local = local_name(text[len(ns):])
                if local is not None:
                    return f"{prefix}:{local}"
        return f"<{text}>"

    return shorten


def _no_shortening(iri: str) -> str:
    return f"<{iri}>"


def display(term: Term | None, shorten: Shorten = _no_shortening) -> str:
    """A term as the table shows it: a short IRI, the literal's text, `_:label`, or nothing;
    control characters escaped (a line break still breaks the cell's line)."""
    if term is not None and term.kind == IRI:
        return printable(shorten(term.value))
    return printable(plain(term), lines=True)


# -- writers: each takes the variable names and an iterator of rows, returns the row count -------

def _csv_field(value: str) -> str:
    if any(c in value for c in '",\r\n') or value != value.strip(" \t"):
        return '"' + value.replace('"', '""') + '"'
    return value


def write_csv(variables: Sequence[str], rows: Iterable[Row], out: TextIO, **_: object) -> int:
    """SPARQL 1.1 CSV: a header of variable names, plain values, CRLF line ends."""
    out.write(",".join(_csv_field(v) for v in variables) + "\r\n")
    count = 0
    for row in rows:
        out.write(",".join(_csv_field(plain(term)) for term in row) + "\r\n")
        count += 1
    return count


def count_rows(data: bytes, fmt: str) -> int:
    """The rows in a CSV or TSV result (a CSV value may hold a line break; TSV escapes them)."""
    if fmt == "csv":
        import csv
        import io

        return max(sum(1 for _ in csv.reader(io.StringIO(data.decode("utf-8"), newline=""))) - 1, 0)
    return max(data.count(b"\n") - 1, 0)


def write_tsv(variables: Sequence[str], rows: Iterable[Row], out: TextIO, **_: object) -> int:
    """SPARQL 1.1 TSV: a header of ?variables, terms in SPARQL syntax, LF line ends."""
    out.write("\t".join(f"?{v}" for v in variables) + "\n")
    count = 0
    for row in rows:
        out.write("\t".join(sparql_syntax(term) for term in row) + "\n")
        count += 1
    return count


def write_json(variables: Sequence[str], rows: Iterable[Row], out: TextIO, **_: object) -> int:
    """SPARQL 1.1 Query Results JSON: head.vars and results.bindings (unbound variables left out)."""
    out.write('{\n  "head": {"vars": ' + json.dumps(list(variables), ensure_ascii=False) + "},\n")
    out.write('  "results": {\n    "bindings": [')
    count = 0
    for row in rows:
        binding = {v: json_term(term) for v, term in zip(variables, row) if term is not None}
        out.write(("," if count else "") + "\n      " + json.dumps(binding, ensure_ascii=False))
        count += 1
    out.write("\n    ]\n  }\n}\n" if count else "]\n  }\n}\n")
    return count


def write_xml(variables: Sequence[str], rows: Iterable[Row], out: TextIO, **_: object) -> int:
    """SPARQL Query Results XML Format: <sparql> with <head> and <results>."""
    out.write(f'<?xml version="1.0" encoding="utf-8"?>\n<sparql xmlns="{SPARQL_RESULTS_NS}">\n  <head>\n')
    for v in variables:
        out.write(f"    <variable name={quoteattr(v)}/>\n")
    out.write("  </head>\n  <results>\n")
    count = 0
    for row in rows:
        out.write("    <result>\n")
        for v, term in zip(variables, row):
            if term is not None:
                out.write(f"      <binding name={quoteattr(v)}>{xml_term(term)}</binding>\n")
        out.write("    </result>\n")
        count += 1
    out.write("  </results>\n</sparql>\n")
    return count


TABLE_SAMPLE = 200  # rows read before the column widths are fixed; later rows wrap to fit
MIN_COLUMN = 8
GAP = "  "


def _widths(variables: Sequence[str], cells: list[list[str]], width: int | None) -> list[int] | None:
    """Each column's natural width; if they do not fit in `width`, the widest columns shrink,
    no narrower than their longest word (text wraps between words, never inside one). None
    if even that does not fit: the rows are then written as records (see write_table)."""
    columns = range(len(variables))
    widths = [max([len(v)] + [len(line) for row in cells for line in row[i].splitlines()]) for i, v in enumerate(variables)]
    if width is None:
        return widths
    floor = [max([MIN_COLUMN, len(v)] + [len(w) for row in cells for w in row[i].split()]) for i, v in enumerate(variables)]
    room = width - len(GAP) * (len(widths) - 1)
    while sum(widths) > room:
        shrinkable = [i for i in columns if widths[i] > floor[i]]
        if not shrinkable:
            return None
        widths[max(shrinkable, key=lambda i: widths[i])] -= 1
    return widths


def _record_lines(variables: Sequence[str], cells: Sequence[str], width: int) -> Iterator[str]:
    """One row as a record: each variable's name, then its value wrapped between words
    in the room left (a word longer than the room is the only thing ever cut)."""
    name_width = max(len(v) for v in variables)
    room = max(width - name_width - len(GAP), MIN_COLUMN)
    for v, cell in zip(variables, cells):
        pieces = [piece for line in (cell.splitlines() or [""])
                  for piece in (textwrap.wrap(line, room, break_long_words=True, break_on_hyphens=False) or [""])]
        for i, piece in enumerate(pieces):
            yield ((v if i == 0 else "").ljust(name_width) + GAP + piece).rstrip()


def _table_lines(cells: Sequence[str], widths: Sequence[int]) -> Iterator[str]:
    wrapped = [
        [piece for line in (cell.splitlines() or [""])
         for piece in (textwrap.wrap(line, w, break_long_words=True, break_on_hyphens=False) or [""])]
        for cell, w in zip(cells, widths)
    ]
    for i in range(max(len(w) for w in wrapped) if wrapped else 0):
        yield GAP.join((lines[i] if i < len(lines) else "").ljust(w)
                       for lines, w in zip(wrapped, widths)).rstrip()


def write_table(variables: Sequence[str], rows: Iterable[Row], out: TextIO, *,
                shorten: Shorten = _no_shortening, width: int | None = None, **_: object) -> int:
    """Aligned columns for a terminal: short IRIs, long text wrapped between words to fit
    `width`. If the columns do not fit even so, each row is written as a record instead
    (a line per variable, `name  value`, rows apart), as psql's expanded display does.

    The first TABLE_SAMPLE rows fix the column widths; the rest stream through with them."""
    if not variables:
        out.write("(no variables)\n")
        return sum(1 for _ in rows)
    it = iter(rows)
    sample = [[display(t, shorten) for t in row] for row in islice(it, TABLE_SAMPLE)]
    widths = _widths(variables, sample, width)
    if widths is None and width is not None:  # too wide for the terminal even wrapped: records
        count = 0
        for cells in _chain(sample, it, shorten):
            out.write(("" if count == 0 else "\n") + "\n".join(_record_lines(variables, cells, width)) + "\n")
            count += 1
        out.write(f"({count} row{'' if count == 1 else 's'})\n")
        return count
    assert widths is not None
    for line in _table_lines(list(variables), widths):
        out.write(line + "\n")
    out.write(GAP.join("-" * w for w in widths) + "\n")
    count = 0
    for cells in _chain(sample, it, shorten):
        for line in _table_lines(cells, widths):
            out.write(line + "\n")
        count += 1
    out.write(f"({count} row{'' if count == 1 else 's'})\n")
    return count


def _chain(sample: list[list[str]], rest: Iterator[Row], shorten: Shorten) -> Iterator[list[str]]:
    yield from sample
    for row in rest:
        yield [display(t, shorten) for t in row]


# The formats a graph (a CONSTRUCT or DESCRIBE result, not a dataset) is written in, by
# kg.store.export; named here so that choosing a format needs no rdflib.
GRAPH_FORMATS = ("turtle", "nt", "jsonld", "xml")

ROW_WRITERS: dict[str, Callable[..., int]] = {
    "table": write_table,
    "csv": write_csv,
    "tsv": write_tsv,
    "json": write_json,
    "xml": write_xml,
}


# -- ASK answers -------------------------------------------------------------------------------

def write_boolean(value: bool, fmt: str, out: TextIO) -> None:
    """An ASK answer: the W3C JSON / XML boolean shapes, else the word true or false."""
    word = "true" if value else "false"
    if fmt == "json":
        out.write('{\n  "head": {},\n  "boolean": ' + word + "\n}\n")
    elif fmt == "xml":
        out.write(f'<?xml version="1.0" encoding="utf-8"?>\n<sparql xmlns="{SPARQL_RESULTS_NS}">\n'
                  f"  <head/>\n  <boolean>{word}</boolean>\n</sparql>\n")
    else:
        out.write(word + "\n")
