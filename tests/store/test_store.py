"""The embedded store and incremental builds: same answers as rdflib, same bytes as a clean build."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kg.builder.cache import PreviousBuild, load_previous
from kg.store.engine import RdflibEngine, Rows
from kg.store.opening import open_engine
from kg.builder.lock import OutputLock
from kg.builder.outputs import write_build
from kg.store.oxstore import OxigraphEngine
from kg.builder.pipeline import build
from kg.store.queries import list_queries

from ..conftest import NEEDS_AUDIT_BUILD, ROOT

# A value for each required or optional parameter of the named queries, on the seeds.
PARAMS = {
    "force": "Staffordshire Police",
    "theme": "vetting",
    "text": "outstanding at treating",
    "node": "https://w3id.org/peel-kg/id/judgement/derbyshire/2016/legitimacy/fair-treatment-public/outstanding",
}


def build_into(project, docs: Path, out: Path, clean: bool = False):
    with OutputLock(out):
        previous = PreviousBuild() if clean else load_previous(out, project)
        result = build([docs], project, previous.documents, known=previous.stamps, ontology=previous.ontology)
        written = write_build(result, out, project, previous=previous)
    return result, written


@pytest.fixture(scope="module")
def engines(project, tmp_path_factory):
    out = tmp_path_factory.mktemp("store")
    build_into(project, project.seeds_dir, out)
    return OxigraphEngine(out / "store"), RdflibEngine.from_files([out / "graph.ttl"])


def answers(engine, query, params) -> list[tuple]:
    outcome = engine.run(query, params)
    assert isinstance(outcome, Rows)
    return [tuple(None if t is None else str(t) for t in row) for row in outcome.rows]


def parameter_sets(query) -> list[dict[str, str]]:
    """The required parameters alone, then with each optional one in turn."""
    required = {p.name: PARAMS[p.name] for p in query.params if p.required}
    return [required] + [{**required, p.name: PARAMS[p.name]} for p in query.params if not p.required]


@pytest.mark.parametrize("name", [q.name for q in list_queries(__import__("kg.project").project.Project(root=ROOT))
                                  if q.name not in NEEDS_AUDIT_BUILD])
def test_every_named_query_answers_the_same_on_both_stores(engines, project, name):
    query = next(q for q in list_queries(project) if q.name == name)
    oxigraph, rdflib_engine = engines
    for params in parameter_sets(query):
        from_store, from_rdflib = answers(oxigraph, query, params), answers(rdflib_engine, query, params)
        assert from_store, f"{name} {params} gave no rows"
        assert sorted(from_store) == sorted(from_rdflib), params


@pytest.mark.parametrize("name", ["grade-history", "leadership", "improvement-areas"])
def test_a_force_by_name_alias_or_iri_gives_the_same_answer(engines, project, name):
    query = next(q for q in list_queries(project) if q.name == name)
    oxigraph, rdflib_engine = engines
    by_name = answers(oxigraph, query, {"force": "Staffordshire Police"})
    assert by_name
    for force in ("staffordshire", "https://w3id.org/peel-kg/id/force/staffordshire"):
        assert answers(oxigraph, query, {"force": force}) == by_name, force
        assert sorted(answers(rdflib_engine, query, {"force": force})) == sorted(by_name), force


def test_the_store_holds_exactly_the_built_graph(engines, project):
    import pyoxigraph as ox
    from rdflib import BNode

    oxigraph, rdflib_engine = engines
    stored = list(oxigraph.store.quads_for_pattern(None, None, None))
    parsed = list(rdflib_engine.graph())
    assert len(stored) == len(parsed) > 1000
    # blank-node labels differ between parsers; every other triple must be the same
    in_store = {(q.subject.value, q.predicate.value, q.object.value) for q in stored
                if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)}
    in_turtle = {(str(s), str(p), str(o)) for s, p, o in parsed
                 if not isinstance(s, BNode) and not isinstance(o, BNode)}
    assert in_store == in_turtle


def test_open_engine_prefers_the_store_and_memory_reads_turtle(project, tmp_path):
    build_into(project, project.seeds_dir, tmp_path)
    assert isinstance(open_engine(tmp_path), OxigraphEngine)
    assert isinstance(open_engine(tmp_path, store="memory"), RdflibEngine)


OUTPUTS = ("graph.ttl", "graph.trig", "graph.html")
DEV = ROOT.parent / "shared/corpus/docs"


def outputs(out: Path) -> dict[str, bytes]:
    """Every output file's bytes, and the store's triples as sorted N-Triples."""
    found = {name: (out / name).read_bytes() for name in OUTPUTS}
    engine = OxigraphEngine(out / "store")
    triples = engine.ntriples().splitlines(keepends=True)
    del engine
    # the store names blank nodes itself: compare those triples by number only
    found["store"] = b"".join(line for line in triples if b"_:" not in line)
    found["store blank-node triples"] = str(sum(b"_:" in line for line in triples)).encode()
    return found


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _other_force_document(project, docs: Path) -> None:
    """A document about a force no other document names: the gazetteer lines change too."""
    source = DEV / "dev10.txt" if (DEV / "dev10.txt").exists() else project.seeds_dir / "004_edc8ff203a2bee71.txt"
    (docs / "extra.txt").write_bytes(source.read_bytes().replace(b"Lancashire", b"Cumbria"))


def cached_files(out: Path) -> set[str]:
    return {p.name for p in (out / "cache").iterdir()}


def test_incremental_builds_match_clean_builds(project, tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(project.seeds_dir, docs)
    incremental, clean = tmp_path / "incremental", tmp_path / "clean"
    edited = docs / "000_13a5920b5e182d37.txt"
    steps = [
        ("first build", lambda: None),
        ("add a document about another force", lambda: _other_force_document(project, docs)),
        ("edit a document", lambda: _edit(edited, "- The force should improve how it manages individual performance.",
                                          "- The force should improve how it manages individual performance and development.")),
        ("rename a document", lambda: (docs / "003_fe4d30ae14d8a1f9.txt").rename(docs / "003-renamed.txt")),
        ("delete a document", lambda: (docs / "002_be402a4505dd9b4c.txt").unlink()),
        ("delete the other force's document", lambda: (docs / "extra.txt").unlink()),
        ("change nothing", lambda: None),
    ]
    for step, change in steps:
        change()
        result, written = build_into(project, docs, incremental)
        if step == "change nothing":
            assert set(written.kept) == {"graph.ttl", "graph.trig", "graph.html", "store"}, written
        elif step != "first build":
            assert result.reused >= 3, step
            assert set(written.patched) >= {"graph.ttl", "graph.trig", "store"}, step
        shutil.rmtree(clean, ignore_errors=True)
        build_into(project, docs, clean, clean=True)
        assert outputs(incremental) == outputs(clean), step
        # a document's cached lines go when it changes or goes: no cache file outlives its document
        assert cached_files(incremental) == cached_files(clean), step
    turtle = (incremental / "graph.ttl").read_text(encoding="utf-8")
    assert "manages individual performance and development." in turtle
    assert "002_be402a4505dd9b4c.txt" not in turtle  # the deleted document's statements are gone
    assert "Last year we also judged it as 'good'." not in turtle
    assert "The force should ensure it complies with all aspects" in turtle  # still stated by 000 and 004
    assert "Cumbria" not in turtle


def test_an_output_changed_by_hand_is_written_whole(project, tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(project.seeds_dir, docs)
    out = tmp_path / "out"
    build_into(project, docs, out)
    with (out / "graph.ttl").open("a", encoding="utf-8") as fh:
        fh.write("# a note\n")
    (out / "store" / "kg-build-state").write_text("something else", encoding="utf-8")
    _edit(docs / "000_13a5920b5e182d37.txt", "individual performance.", "individual performance well.")
    _, written = build_into(project, docs, out)
    assert "graph.ttl" not in written.patched and "store" not in written.patched
    assert "graph.trig" in written.patched
    clean = tmp_path / "clean"
    build_into(project, docs, clean, clean=True)
    assert outputs(out) == outputs(clean)


def test_a_damaged_merged_state_means_whole_outputs(project, tmp_path):
    """The changes file is written without fsync, so a power cut can leave it zeroed behind
    the size and time the manifest recorded; it is checked whole when read. (The base is
    written with fsync before the manifest names it, and is trusted by its stamp, as the
    Turtle files are.)"""
    docs = tmp_path / "docs"
    shutil.copytree(project.seeds_dir, docs)
    out = tmp_path / "out"
    build_into(project, docs, out)
    _edit(docs / "004_edc8ff203a2bee71.txt", "should", "must")
    _, written = build_into(project, docs, out)
    assert "graph.ttl" in written.patched
    merged = out / "cache" / "merged-changes.bin"
    data = merged.read_bytes()
    assert data.count(b"\n") > 1  # the last build left changes in it
    info = merged.stat()
    merged.write_bytes(data[: len(data) // 2] + b"\0" * (len(data) - len(data) // 2))
    os.utime(merged, ns=(info.st_atime_ns, info.st_mtime_ns))  # same size and time: the content check must catch it
    _edit(docs / "000_13a5920b5e182d37.txt", "individual performance.", "individual performance well.")
    _, written = build_into(project, docs, out)
    assert written.patched == ()
    clean = tmp_path / "clean"
    build_into(project, docs, clean, clean=True)
    assert outputs(out) == outputs(clean)


def test_changes_folded_into_a_new_base_still_patch_rightly(project, tmp_path, monkeypatch):
    """Past its threshold the changes file is folded into a new base; the next rebuild
    patches from that base as from any other."""
    docs = tmp_path / "docs"
    shutil.copytree(project.seeds_dir, docs)
    out = tmp_path / "out"
    build_into(project, docs, out)
    base = out / "cache" / "merged.bin"
    first_base = base.stat()
    monkeypatch.setattr("kg.builder.merged.COMPACT_MIN", 0)
    monkeypatch.setattr("kg.builder.merged.COMPACT_SHARE", 10**9)
    _edit(docs / "004_edc8ff203a2bee71.txt", "should", "must")
    _, written = build_into(project, docs, out)
    assert "graph.ttl" in written.patched
    assert base.stat().st_ino != first_base.st_ino  # a new base was written ...
    assert (out / "cache" / "merged-changes.bin").read_bytes().count(b"\n") == 1  # ... and no changes are left
    monkeypatch.undo()
    _edit(docs / "000_13a5920b5e182d37.txt", "individual performance.", "individual performance well.")
    _, written = build_into(project, docs, out)
    assert "graph.ttl" in written.patched and "store" in written.patched
    clean = tmp_path / "clean"
    build_into(project, docs, clean, clean=True)
    assert outputs(out) == outputs(clean)


def test_a_changed_extractor_fingerprint_means_a_clean_build(project, tmp_path, monkeypatch):
    build_into(project, project.seeds_dir, tmp_path)
    assert len(load_previous(tmp_path, project).documents) == 5
    monkeypatch.setattr("kg.builder.cache.fingerprint", lambda project: "something else")
    assert load_previous(tmp_path, project).documents == {}


def test_a_file_changed_without_a_new_size_or_time_is_still_seen_when_racy(project, tmp_path):
    """Size and time stand for the content only for files older than the build that saw
    them; a file written just before a build (as these copies are) is hashed every time."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for path in project.seeds_dir.iterdir():
        (docs / path.name).write_bytes(path.read_bytes())  # new files: their time is now
    out = tmp_path / "out"
    build_into(project, docs, out)
    doc = docs / "000_13a5920b5e182d37.txt"
    info = doc.stat()
    _edit(doc, "individual performance.", "individual performancE.")  # same size
    os.utime(doc, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert doc.stat().st_size == info.st_size
    build_into(project, docs, out)
    assert "individual performancE." in (out / "graph.ttl").read_text(encoding="utf-8")


def test_an_old_unchanged_file_is_not_read_again(project, tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    shutil.copytree(project.seeds_dir, docs)
    for path in docs.iterdir():
        os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    out = tmp_path / "out"
    build_into(project, docs, out)
    read = []
    for module in ("kg.builder.pipeline", "kg.read.document"):  # wherever a build may read bytes
        monkeypatch.setattr(f"{module}.read_bounded", lambda path, shown: read.append(shown) or b"")
    result, _ = build_into(project, docs, out)
    assert read == [] and result.reused == 5


@pytest.mark.parametrize("name, columns", [
    ("improvement-areas", ["forceName", "period", "pillar", "question", "text"]),
    ("force-updates", ["forceName", "period", "pillar", "statement", "update"]),
])
def test_rows_sorted_by_one_made_up_key_come_in_the_order_of_their_columns(engines, project, name, columns):
    """These queries ORDER BY one key made of several columns (quicker in Oxigraph): the
    order must still be by those columns in turn (an unbound one first), on both stores."""
    query = next(q for q in list_queries(project) if q.name == name)
    oxigraph, rdflib_engine = engines
    variables = oxigraph.run(query, {}).variables
    rows = answers(oxigraph, query, {})
    assert len(rows) >= 5  # the seeds have 6 force updates
    key = [variables.index(c) for c in columns]
    assert rows == sorted(rows, key=lambda r: tuple("" if r[i] is None else r[i] for i in key))
    assert answers(rdflib_engine, query, {}) == rows


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_the_store_writes_csv_and_tsv_itself_exactly_as_kg_would(engines, project, fmt):
    """Oxigraph's own CSV and TSV writers are used for speed: their bytes must be ours."""
    import io

    from kg.store.results import ROW_WRITERS, count_rows

    oxigraph, _ = engines
    for query in list_queries(project):
        if query.name in NEEDS_AUDIT_BUILD:
            continue
        for params in parameter_sets(query):
            native = oxigraph.run(query, params).native(fmt)
            rows = oxigraph.run(query, params)
            text = io.StringIO(newline="")
            n = ROW_WRITERS[fmt](rows.variables, rows.rows, text)
            assert native == text.getvalue().encode("utf-8"), (query.name, params)
            assert count_rows(native, fmt) == n, (query.name, params)
    assert oxigraph.run(list_queries(project)[0], {}).native("json") is None


@pytest.mark.parametrize("block_bytes", [None, 200, 1])
def test_merged_lines_patched_equal_merged_lines_counted_afresh(tmp_path, monkeypatch, block_bytes):
    """Taking sources away and adding others, build after build (the changes kept beside
    the base, sometimes folded into a new one), gives the records a fresh count gives,
    and names exactly the lines that left and arrived; with the base in one block, in
    blocks of a few records, and in blocks of one record each."""
    import random

    from kg.builder.merged import MergedLines

    if block_bytes is not None:
        monkeypatch.setattr("kg.builder.merged.BLOCK_BYTES", block_bytes)

    rng = random.Random(7)
    pool = [f"<s{rng.randrange(40)}> <p{rng.randrange(5)}> \"o {rng.randrange(30)}\" .\n" for _ in range(400)]

    def source() -> list[str]:
        return sorted(set(rng.sample(pool, rng.randrange(0, 30))))

    def saved(merged: MergedLines, step: int) -> MergedLines:
        base, changes = tmp_path / f"base{step}", tmp_path / f"changes{step}"
        if not merged.base_on_disk or rng.random() < 0.3:
            merged = merged.compacted()
            base.write_bytes(merged.base_bytes())
        else:
            base.write_bytes((tmp_path / f"base{step - 1}").read_bytes())
        changes.write_bytes(merged.changes_bytes())
        return MergedLines.read(base, changes)

    sources = [source() for _ in range(30)]
    merged = MergedLines.count(sources)
    for step in range(25):
        merged = saved(merged, step)
        if block_bytes == 1:
            assert len(merged.base.spans) == merged.base.size  # (one record a block)
        assert merged.records() == MergedLines.count(sources).records()
        gone = rng.sample(range(len(sources)), rng.randrange(0, 4))
        new = [source() for _ in range(rng.randrange(0, 4))]
        after = [s for i, s in enumerate(sources) if i not in gone] + new
        for subject in {line.split(" ")[0] for line in set().union(*sources)}:
            assert merged.of_subject(subject.encode()) == sorted(l for l in set().union(*sources)
                                                                 if l.startswith(subject + " "))
        change = merged.apply([sources[i] for i in gone], new)
        fresh = MergedLines.count(after)
        assert merged.ntriples() == fresh.ntriples()
        assert merged.records() == fresh.records() and len(merged) == len(fresh)
        assert list(merged.text()) == list(fresh.text())
        before_lines, after_lines = set().union(*sources), set().union(*after)
        assert change.removed == sorted(line.encode()[:-1] for line in before_lines - after_lines)
        assert change.added == sorted(line.encode()[:-1] for line in after_lines - before_lines)
        for subject in {line.split(" ")[0] for line in before_lines | after_lines}:
            assert merged.of_subject(subject.encode()) == sorted(l for l in after_lines if l.startswith(subject + " "))
        sources = after


@pytest.mark.parametrize("piece", [1, 300, 1 << 24])
def test_a_store_loaded_in_pieces_holds_the_graph(project, tmp_path, monkeypatch, piece):
    """The store is bulk-loaded in pieces (to bound the loader's memory); the ontology's
    blank nodes (unions of classes) must each stay one node whatever the cut."""
    from rdflib import Graph
    from rdflib.compare import isomorphic

    from kg.store import oxstore

    out = tmp_path / "out"
    build_into(project, project.seeds_dir, out)
    ntriples = (out / "graph.ttl").read_bytes()
    expected = Graph().parse(data=ntriples, format="turtle")
    lines = expected.serialize(format="nt", encoding="utf-8")
    assert b"_:" in lines  # the case this guards
    monkeypatch.setattr(oxstore, "LOAD_PIECE", piece)
    version = oxstore.write_store(lines, tmp_path / "again", "a state")
    found = oxstore.rdflib_graph(OxigraphEngine(version).store.dump(format=oxstore.ox.RdfFormat.N_TRIPLES,
                                                                       from_graph=oxstore.ox.DefaultGraph()))
    assert len(found) == len(expected)
    assert isomorphic(found, expected)


def test_the_fingerprints_cover_the_code_and_queries_that_shape_the_outputs(project, tmp_path):
    """A build trusts its cache while the fingerprints stand, so each must read the files it
    names: every entry exists where it is looked for, and editing one changes the hash (the
    package's move into subpackages once left them hashing nothing)."""
    from kg.builder import cache

    for entry in (*(e for e in cache._FINGERPRINTED if e != "ontology"), *cache._WRITER_FINGERPRINTED):
        assert (cache._PACKAGE_HOME / entry).exists(), entry
    assert any((project.root / cache.PAGE_QUERIES).glob("*.rq"))
    root = tmp_path / "root"
    (root / "queries" / "page").mkdir(parents=True)
    query = root / "queries" / "page" / "judgements.rq"
    query.write_text("SELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    before = cache._files_digest(root, (cache.PAGE_QUERIES,))
    query.write_text("SELECT ?s WHERE { ?s ?p ?o }\n", encoding="utf-8")
    assert cache._files_digest(root, (cache.PAGE_QUERIES,)) != before
