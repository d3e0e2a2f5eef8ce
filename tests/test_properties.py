"""Property-based tests: the loader and every extractor, fed arbitrary bytes and text.

Nothing raises but DocumentError, and every record an extractor produces satisfies the
contract: forces from the gazetteer, grades from the scale, pillars, roles, kinds and
question keys from the vocabulary, and evidence that occurs in the document's text.
Besides pure noise, the text strategies splice noise into the seeds, so that the rules
actually fire on damaged documents.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.read.document import Document, document_from_bytes, html_to_text, plain_text
from kg.read.markup import mask_markup
from kg.errors import DocumentError
from kg.extract import extract
from kg.extract.gazetteer import load_gazetteer
from kg.extract.genres import detect_genre
from kg.extract.records import (
    Account, ForceMention, Inspection, InspectionKey, InspectorateMention, Judgement, Notice, Person,
                        Statement, Title)
from kg.graph.vocab import GRADES, PILLARS, QUESTION_KEYS, ROLES, STATEMENT_CLASSES

from .conftest import ROOT

GAZETTEER = load_gazetteer(ROOT / "ontology" / "forces.ttl")
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Characters that stress the parsers: markup, quotes, bullets, controls, odd spaces, astral planes.
NASTY = st.sampled_from(list("<>&\"'\\\n\r\t\x00\x0b\x0c\x1b\u00a0\u2028\u2029\u200b\ufeff\u202e•–—‘’“”-*#")
                        + ["\U0001f600", "&amp;", "<script>", "]]>", "<!--", "-->", "\r\n", "Police", "Good"])
def pieces(max_size: int) -> st.SearchStrategy[str]:
    return st.lists(st.one_of(st.characters(), NASTY), max_size=max_size).map("".join)


NOISE = pieces(200)


@st.composite
def damaged_seed(draw: st.DrawFn) -> str:
    """A seed with a few cuts, insertions and swaps of noise."""
    text = draw(st.sampled_from(SEED_TEXTS))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 200))
        text = text[:at] + draw(NOISE) + text[at + cut:]
    return text


TEXT = st.one_of(NOISE, st.text(max_size=2000), damaged_seed())


def document(text: str, genre: str | None, name: str = "doc.txt") -> Document:
    plain = plain_text(text)
    return Document(Path(name), name, "0" * 64, "utf-8", "text", text, plain, mask_markup(plain), genre)


def assert_contract(records: list, doc: Document) -> None:  # noqa: ANN001
    def key_ok(key: InspectionKey) -> None:
        assert key.force in GAZETTEER.forces, key
        assert key.pillar in PILLARS, key
        assert key.period, key

    for rec in records:
        evidence = getattr(rec, "evidence", None)
        if evidence:
            assert evidence in doc.text, (type(rec).__name__, evidence)
        if isinstance(rec, (Inspection,)):
            key_ok(rec.key)
            assert rec.inspectorate in (None, *GAZETTEER.inspectorates)
        elif isinstance(rec, Judgement):
            key_ok(rec.inspection)
            assert rec.grade in GRADES
            assert rec.question in (None, *QUESTION_KEYS)
        elif isinstance(rec, Statement):
            key_ok(rec.inspection)
            assert rec.kind in STATEMENT_CLASSES and rec.text.strip()
            assert rec.question in (None, *QUESTION_KEYS)
        elif isinstance(rec, Person):
            assert rec.role in ROLES and rec.name.strip()
            assert rec.organisation in (GAZETTEER.inspectorates if rec.role == "inspector" else GAZETTEER.forces)
        elif isinstance(rec, ForceMention):
            assert rec.force in GAZETTEER.forces
        elif isinstance(rec, InspectorateMention):
            assert rec.acronym in GAZETTEER.inspectorates
        elif isinstance(rec, Notice):
            assert rec.message and "\n" not in rec.message
        elif isinstance(rec, Account):
            # every cue lies in the document and has an outcome
            assert all(0 <= c.start < c.end <= len(doc.text) and c.outcome for c in rec.cues), rec
        else:
            assert isinstance(rec, Title), rec


@SETTINGS
@given(st.binary(max_size=4000))
def test_any_bytes_load_or_give_a_document_error(data: bytes) -> None:
    try:
        doc = document_from_bytes(data, Path("x.txt"), "x.txt", detect_genre)
    except DocumentError as exc:
        assert exc.path == "x.txt" and "\n" not in exc.problem
        return
    assert len(doc.text) == len(doc.plain) and doc.text.strip()
    assert doc.encoding in ("utf-8", "cp1252", "utf-16")


@SETTINGS
@given(st.one_of(st.binary(max_size=2000), TEXT.map(lambda t: t.encode("utf-8", "surrogatepass"))),
       st.sampled_from(["a.txt", "a.html"]))
def test_any_bytes_as_text_or_html_never_raise_anything_else(data: bytes, name: str) -> None:
    try:
        document_from_bytes(data, Path(name), name, detect_genre)
    except DocumentError:
        pass


@SETTINGS
@given(pieces(500), pieces(50))
def test_html_to_text_never_raises_and_drops_scripts(source: str, secret: str) -> None:
    assert isinstance(html_to_text(source), str)
    secret = "".join(ch for ch in secret if ch.isalnum()) or "x"
    out = html_to_text(f"<p>{source}</p><script>var s = 'SECRET{secret}';</script><p>after</p>")
    assert f"SECRET{secret}" not in out or "<script" in source.lower() or "<!--" in source


@SETTINGS
@given(TEXT, st.sampled_from(["peel-report", "peel-report-2021", "response-record", "press-release",
                               "national-release", None]))
def test_extraction_of_any_text_under_any_genre_label_keeps_the_contract(text: str, genre: str | None) -> None:
    doc = document(text, genre)
    assert_contract(extract(doc, GAZETTEER), doc)


@SETTINGS
@given(damaged_seed())
def test_damaged_seeds_through_detected_genre_keep_the_contract(text: str) -> None:
    doc = document(text, detect_genre(plain_text(text)))
    assert_contract(extract(doc, GAZETTEER), doc)


def test_the_undamaged_seeds_keep_the_contract() -> None:
    for text in SEED_TEXTS:
        doc = document(text, detect_genre(plain_text(text)))
        records = extract(doc, GAZETTEER)
        assert any(isinstance(r, Judgement) for r in records) or any(isinstance(r, Statement) for r in records)
        assert_contract(records, doc)
