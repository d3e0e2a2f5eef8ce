"""Safe terms: whatever text a document holds, the graph stays valid RDF in every syntax
(round-trip isomorphic through rdflib and rapper), and no text can change an IRI's shape."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from urllib.parse import unquote

from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS

from kg.store.export import export_graph
from kg.graph.identity import Ids, slug
from kg.builder.outputs import prefixes_for
from kg.builder.pipeline import build
from kg.extract.records import InspectionKey
from kg.graph.turtle import LineWriter, trig_lines, turtle_lines
from kg.graph.vocab import PEEL

from ..conftest import ROOT, require_tool

BASE = "https://w3id.org/peel-kg/id/"
# Everything but lone surrogates, which no decoder produces and UTF-8 cannot carry.
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)
HOSTILE = [
    'say "hello"', "back\\slash\\", "<angle> & <brackets>", "new\nline\r\nand\rreturn", "tab\there",
    "bell\x07 nul\x00 esc\x1b[31m del\x7f", "\u2028line\u2029para", "right\u202eto-left", "zero\u200bwidth",
    '""" triple """', "'''", "ends with backslash \\", "\\u0041 not an escape", "@prefix x: <y> .",
    "} ] ) . ; ,", "emoji \U0001f46e\u200d\u2640\ufe0f", "\ufeffbom", "é" * 3 + "\u0301", "</script>",
    "javascript:alert(1)", "a\\\"b", "_:b0", "<http://example.org/>", "%2F%00", "?q=1#frag",
]


def graph_of(texts: list[str]) -> Graph:
    g = Graph()
    for i, text in enumerate(texts):
        node = URIRef(f"{BASE}statement/{i}")
        g.add((node, PEEL.text, Literal(text)))
        g.add((node, RDFS.label, Literal(text, lang="en")))
        g.add((node, PEEL.evidence, Literal(text, datatype=URIRef("https://example.org/datatype"))))
        g.add((Ids(BASE).document(text or "x"), PEEL.fileName, Literal(text)))
        g.add((Ids(BASE).person(text), PEEL.title, Literal(text)))
    return g


def our_turtle(g: Graph) -> str:
    return "".join(turtle_lines(sorted(LineWriter().lines(g)), prefixes_for_default()))


def prefixes_for_default() -> dict[str, str]:
    from kg.project import Project

    return prefixes_for(Project(root=ROOT))


def assert_round_trips(g: Graph) -> None:
    lines = sorted(LineWriter().lines(g))
    assert isomorphic(Graph().parse(data="".join(lines), format="nt"), g)
    assert isomorphic(Graph().parse(data=our_turtle(g), format="turtle"), g)
    trig = "".join(trig_lines([(BASE + "graph/x", lines)], prefixes_for_default()))
    ds = Dataset().parse(data=trig, format="trig")
    assert isomorphic(Graph() + ds.graph(URIRef(BASE + "graph/x")), g)
    for fmt, rdflib_fmt in (("turtle", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"), ("xml", "xml")):
        if fmt == "xml" and any(re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", str(o)) for o in g.objects()):
            continue  # XML 1.0 cannot hold these characters at all; RDF/XML is not offered for them
        data = export_graph(g, fmt)
        assert isomorphic(Graph().parse(data=data, format=rdflib_fmt), g), fmt
    json.loads(export_graph(g, "jsonld"))


@settings(max_examples=80, deadline=None)
@given(st.lists(ANY_TEXT, min_size=1, max_size=5))
def test_any_text_round_trips_through_every_syntax(texts: list[str]) -> None:
    assert_round_trips(graph_of(texts))


def test_hostile_texts_round_trip_through_rdflib_and_rapper(tmp_path: Path) -> None:
    rapper = require_tool("rapper")
    assert_round_trips(graph_of(HOSTILE))
    # rapper's C strings end at NUL; no document text holds one (the loader makes it a space)
    g = graph_of([text.replace("\x00", "") for text in HOSTILE])
    (tmp_path / "g.ttl").write_text(our_turtle(g), encoding="utf-8")
    (tmp_path / "g.nt").write_text("".join(sorted(LineWriter().lines(g))), encoding="utf-8")
    for name, syntax in (("g.ttl", "turtle"), ("g.nt", "ntriples")):
        done = subprocess.run([rapper, "-q", "-i", syntax, "-o", "ntriples", str(tmp_path / name)],
                              capture_output=True, timeout=60)
        assert done.returncode == 0, done.stderr.decode()
        assert isomorphic(Graph().parse(data=done.stdout.decode("utf-8"), format="nt"), g), name


def test_documents_never_carry_nul(tmp_path: Path) -> None:
    from kg.read.document import load_document

    (tmp_path / "a.txt").write_bytes(b"x" * 9000 + b"Staffordshire\x00Police\n")
    assert "\x00" not in load_document(tmp_path / "a.txt").text


SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT, ANY_TEXT, ANY_TEXT)
def test_no_text_changes_an_iris_structure(a: str, b: str, c: str) -> None:
    ids = Ids(BASE)
    key = InspectionKey(a, b, c)
    shapes = {
        ids.force(a): 2, ids.inspectorate(a): 2, ids.inspection(key): 4, ids.judgement(key, b or None, c): 6,
        ids.statement(a, key, c): 5, ids.person(a): 2, ids.membership(a, b, c, a, b): 6,
    }
    for iri, segments in shapes.items():
        rest = str(iri)[len(BASE):].split("/")
        assert len(rest) == segments, iri
        assert all(SLUG.match(part) for part in rest[1:]), iri
    document = str(ids.document(a))[len(BASE):]
    assert re.fullmatch(r"document/[A-Za-z0-9%._~-]*", document), document
    assert unquote(document[len("document/"):]) == a
    assert SLUG.match(slug(a))


def test_a_hostile_document_builds_a_valid_graph(tmp_path: Path, project) -> None:  # noqa: ANN001
    """File name, title and statement text full of syntax: valid Turtle, N-Triples and
    JSON-LD, checked by rdflib and rapper, with the text kept exactly."""
    rapper = require_tool("rapper")
    evil = 'The force should <b>"improve"</b> \\ its \\n data & <script>alert(1)</script> \x07 \u202e \U0001f46e.'
    text = (ROOT / "seeds" / "000_13a5920b5e182d37.txt").read_text(encoding="utf-8")
    text = text.replace("- The force should improve how it manages individual performance.", "- " + evil)
    name = 'evil "name" <x> \\ & \u202e\U0001f46e #?.txt'
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / name).write_text(text, encoding="utf-8")
    result = build([tmp_path / "docs"], project)
    assert not result.warnings
    g = result.graph
    texts = {str(o) for o in g.objects(None, PEEL.text)}
    assert evil.replace("<b>", " ").replace("</b>", " ").replace("  ", " ") in texts or any(
        "alert(1)" in t and "\\" in t for t in texts), texts
    assert {str(o) for o in g.objects(None, PEEL.fileName)} == {name}
    turtle = "".join(turtle_lines(result.lines(), prefixes_for_default()))
    (tmp_path / "g.ttl").write_text(turtle, encoding="utf-8")
    assert isomorphic(Graph().parse(data=turtle, format="turtle"), g)
    done = subprocess.run([rapper, "-q", "-i", "turtle", "-o", "ntriples", str(tmp_path / "g.ttl")],
                          capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    assert isomorphic(Graph().parse(data=done.stdout.decode("utf-8"), format="nt"), g)
    for fmt, rdflib_fmt in (("nt", "nt"), ("jsonld", "json-ld")):
        assert isomorphic(Graph().parse(data=export_graph(g, fmt), format=rdflib_fmt), g), fmt
    documents = [s for s in g.subjects(PEEL.fileName, None)]
    assert [str(d) for d in documents] == [BASE + "document/" + re.sub(
        r"[^A-Za-z0-9._~-]", lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), name)]
