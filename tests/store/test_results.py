"""The result writers on hand-written rows: W3C shapes exactly, read back with the standard library."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest

from kg.store.results import (
    ROW_WRITERS,
    SPARQL_RESULTS_NS,
    shortener,
    sparql_syntax,
    write_boolean,
    write_csv,
    write_json,
    write_table,
    write_tsv,
    write_xml,
)
from kg.graph.terms import XSD_NS, bnode, iri, literal

XSD_INTEGER, XSD_DECIMAL, XSD_DOUBLE = XSD_NS + "integer", XSD_NS + "decimal", XSD_NS + "double"

VARS = ["s", "label", "n", "note"]
FORCE = iri("https://w3id.org/peel-kg/id/force/staffordshire")
ROWS = [
    (FORCE, literal("Staffordshire Police"), literal("3", XSD_INTEGER), None),
    (bnode("b0"), literal("Heddlu Dyfed-Powys", language="cy"), literal("2.50", XSD_DECIMAL),
     literal('says "hello",\nthen\ttabs \\ done')),
    (iri("http://example.org/x"), literal("2018/19"), literal("x1", "http://example.org/dt"),
     literal(" padded ")),
]
SRX = {"r": SPARQL_RESULTS_NS}


def written(writer, rows=ROWS, variables=VARS, **options) -> str:
    out = io.StringIO(newline="")
    count = writer(variables, iter(rows), out, **options)
    assert count == len(rows)
    return out.getvalue()


def test_csv_is_the_w3c_shape_with_crlf_and_plain_values():
    text = written(write_csv)
    assert text.startswith("s,label,n,note\r\n")
    assert text.count("\r\n") == 1 + len(ROWS) and text.endswith("\r\n")  # a value's own \n stays \n, quoted
    parsed = list(csv.reader(io.StringIO(text, newline="")))
    assert parsed[0] == VARS
    assert parsed[1] == [str(FORCE), "Staffordshire Police", "3", ""]
    assert parsed[2] == ["_:b0", "Heddlu Dyfed-Powys", "2.50", 'says "hello",\nthen\ttabs \\ done']
    assert parsed[3] == ["http://example.org/x", "2018/19", "x1", " padded "]


def test_tsv_writes_terms_in_sparql_syntax():
    lines = written(write_tsv).split("\n")
    assert lines[0] == "?s\t?label\t?n\t?note"
    assert lines[1] == f'<{FORCE}>\t"Staffordshire Police"\t3\t'
    assert lines[2] == '_:b0\t"Heddlu Dyfed-Powys"@cy\t2.50\t"says \\"hello\\",\\nthen\\ttabs \\\\ done"'
    assert lines[3] == '<http://example.org/x>\t"2018/19"\t"x1"^^<http://example.org/dt>\t" padded "'
    assert lines[4:] == [""]
    assert all(len(line.split("\t")) == len(VARS) for line in lines[:-1])


@pytest.mark.parametrize("term, expected", [
    (literal("7", XSD_INTEGER), "7"),
    (literal("07x", XSD_INTEGER), '"07x"^^<http://www.w3.org/2001/XMLSchema#integer>'),
    (literal("1.5E3", XSD_DOUBLE), "1.5E3"),
    (literal("1500.0", XSD_DOUBLE), "\"1500.0\"^^<http://www.w3.org/2001/XMLSchema#double>"),
    (literal("true", XSD_NS + "boolean"), "true"),
    (literal("plain", XSD_NS + "string"), '"plain"'),
    (None, ""),
])
def test_tsv_numbers_are_bare_only_when_turtle_allows(term, expected):
    assert sparql_syntax(term) == expected


def test_json_is_the_w3c_shape():
    doc = json.loads(written(write_json))
    assert doc["head"] == {"vars": VARS}
    b = doc["results"]["bindings"]
    assert b[0] == {"s": {"type": "uri", "value": str(FORCE)},
                    "label": {"type": "literal", "value": "Staffordshire Police"},
                    "n": {"type": "literal", "value": "3", "datatype": XSD_INTEGER}}
    assert b[1]["s"] == {"type": "bnode", "value": "b0"}
    assert b[1]["label"] == {"type": "literal", "value": "Heddlu Dyfed-Powys", "xml:lang": "cy"}
    assert b[1]["note"]["value"] == 'says "hello",\nthen\ttabs \\ done'


def test_json_with_no_rows():
    doc = json.loads(written(write_json, rows=[]))
    assert doc == {"head": {"vars": VARS}, "results": {"bindings": []}}


def test_xml_is_the_w3c_shape():
    root = ET.fromstring(written(write_xml).encode("utf-8"))
    assert root.tag == f"{{{SPARQL_RESULTS_NS}}}sparql"
    assert [v.get("name") for v in root.findall("r:head/r:variable", SRX)] == VARS
    results = root.findall("r:results/r:result", SRX)
    assert len(results) == len(ROWS)
    first = {b.get("name"): b for b in results[0].findall("r:binding", SRX)}
    assert set(first) == {"s", "label", "n"}  # an unbound variable has no binding
    assert first["s"].find("r:uri", SRX).text == str(FORCE)
    assert first["n"].find("r:literal", SRX).get("datatype") == XSD_INTEGER
    second = {b.get("name"): b for b in results[1].findall("r:binding", SRX)}
    assert second["s"].find("r:bnode", SRX).text == "b0"
    lit = second["label"].find("r:literal", SRX)
    assert lit.get("{http://www.w3.org/XML/1998/namespace}lang") == "cy" and lit.text == "Heddlu Dyfed-Powys"
    assert second["note"].find("r:literal", SRX).text == 'says "hello",\nthen\ttabs \\ done'


@pytest.mark.parametrize("value", [True, False])
def test_ask_answers(value):
    word = "true" if value else "false"
    out = io.StringIO()
    write_boolean(value, "json", out)
    assert json.loads(out.getvalue()) == {"head": {}, "boolean": value}
    out = io.StringIO()
    write_boolean(value, "xml", out)
    root = ET.fromstring(out.getvalue().encode("utf-8"))
    assert root.find("r:boolean", SRX).text == word and root.find("r:head", SRX) is not None
    out = io.StringIO()
    write_boolean(value, "table", out)
    assert out.getvalue() == word + "\n"


@pytest.mark.parametrize("fmt", sorted(ROW_WRITERS))
def test_writers_stream_rows_as_they_come(fmt):
    """Each row is written before the next is asked for: nothing holds the whole result
    (the table holds only its first rows, to fix the column widths)."""
    out = io.StringIO(newline="")
    seen: list[int] = []

    def rows():
        for i in range(1000):
            seen.append(len(out.getvalue()))
            yield (literal(f"row {i}"),)

    ROW_WRITERS[fmt](["x"], rows(), out, width=None)
    grew = [b > a for a, b in zip(seen[300:], seen[301:])]
    assert all(grew)


def test_table_aligns_shortens_and_wraps():
    short = shortener([("id", "https://w3id.org/peel-kg/id/")])
    rows = [(FORCE, literal("a fairly long piece of text that will not fit in the narrow column we allow"))]
    text = written(write_table, rows=rows, variables=["force", "text"], shorten=short, width=50)
    lines = text.splitlines()
    assert lines[0].split() == ["force", "text"]
    assert lines[2].startswith("id:force\\/staffordshire  a fairly long")
    assert all(len(line) <= 50 for line in lines)
    assert lines[-1] == "(1 row)"
    body = " ".join(line[len("id:force\\/staffordshire  "):].strip() for line in lines[2:-1])
    assert body == "a fairly long piece of text that will not fit in the narrow column we allow"


def test_table_leaves_an_iri_outside_every_prefix_whole():
    short = shortener([("id", "https://w3id.org/peel-kg/id/")])
    text = written(write_table, rows=[(iri("http://example.org/x"),)], variables=["x"], shorten=short)
    assert "<http://example.org/x>" in text
