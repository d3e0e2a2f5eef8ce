"""The bad-input matrix: whatever an office folder holds, each file gets a defined outcome,
one warning line naming it where it cannot be used, and the rest of the build goes on.

Each row of README's "Bad input" table is a test here. Most run the library's `build`
on real files; the CLI rows run the real `kg build` in a process.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import subprocess
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF

from kg.read.document import html_to_text, load_document
from kg.extract import open_document
from kg.errors import DocumentError
from kg.builder.pipeline import build, find_inputs
from kg.graph.vocab import PEEL

from ..conftest import ROOT

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SEED = SEEDS[0]  # Staffordshire PEEL 2016 legitimacy
KG = [sys.executable, "-m", "kg"]

_spec = importlib.util.spec_from_file_location("robust_bench", ROOT / "benchmarks" / "robust_bench.py")
robust_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(robust_bench)  # type: ignore[union-attr]


def run_kg(*args: str, cwd: Path = ROOT, timeout: float = 120, env: dict[str, str] | None = None,
           prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    return subprocess.run([*prefix, *KG, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


def warnings_of(result) -> dict[str, str]:  # noqa: ANN001
    """{file name: problem} from a build's warnings."""
    out = {}
    for line in result.warnings:
        name, _, problem = line.partition(": ")
        out[name] = problem
    return out


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


SEED_TEXT = SEED.read_text(encoding="utf-8")
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\nstream\n\x00\x01\x02x\x9c\xed\nendstream\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256))

# name -> (bytes, the warning it gives, or None where the file is read and used)
MATRIX: dict[str, tuple[bytes, str | None]] = {
    "empty.txt": (b"", "empty file"),
    "whitespace.txt": (b"  \n\t\r\n   \n", "empty file"),
    # read by what they hold, whatever the name says (kg.read sniffs the bytes)
    "scan.pdf.txt": (PDF, "a PDF with no pages"),
    "image.txt": (PNG, "binary file, not text"),
    "archive.txt": (ZIP, "a ZIP archive that is not a Word (.docx) document; unpack it first"),
    "nul-bytes.txt": (b"Staffordshire PEEL 2016\x00\x00\x00 legitimacy", "binary file, not text"),
    "utf8.txt": (SEED_TEXT.encode("utf-8"), None),
    "utf8-bom.txt": (b"\xef\xbb\xbf" + SEED_TEXT.encode("utf-8"), None),
    "cp1252.txt": (SEED_TEXT.encode("cp1252"), None),
    "utf16-le-bom.txt": (SEED_TEXT.encode("utf-16"), None),  # Python writes a BOM
    "utf16-be-bom.txt": (b"\xfe\xff" + SEED_TEXT.encode("utf-16-be"), None),
    "invalid-utf8.txt": (SEED_TEXT.encode("utf-8").replace(b"force", b"for\xc3ce", 1) + b"\xff\xfe\x81\n", None),
    "mixed-encodings.txt": (SEED_TEXT[:2000].encode("utf-8") + SEED_TEXT[2000:].encode("cp1252"), None),
    "broken-utf16.txt": (b"\xff\xfeS\x00t\x00\x00\xd8", "broken UTF-16"),
    "unknown-genre.txt": (b"Minutes of the allotment society, 3 May 2016.\nMatters arising: none.\n",
                          "no facts found"),
}
# Read like any other document, yet warned about: no genre gate, but nothing stated.
READ_AND_WARNED = {"unknown-genre.txt"}


@pytest.fixture(scope="module")
def matrix_build(project, tmp_path_factory):  # noqa: ANN001, ANN201
    folder = tmp_path_factory.mktemp("matrix")
    for name, (data, _) in MATRIX.items():
        write(folder, name, data)
    return folder, build([folder], project)


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_matrix_row(name, matrix_build):  # noqa: ANN001
    """Each file is either read (with its encoding recorded) or gives one warning naming it."""
    folder, result = matrix_build
    expected = MATRIX[name][1]
    found = warnings_of(result)
    used = {d.name for d in result.documents}
    if expected is None:
        assert name in used and name not in found, found.get(name)
        doc = open_document(folder / name)
        assert "Staffordshire" in doc.text and doc.genre == "peel-report"
    elif name in READ_AND_WARNED:
        assert found.get(name) == expected and name in used
    else:
        assert found.get(name) == expected and name not in used


def test_every_warning_is_one_line_naming_one_file(matrix_build):  # noqa: ANN001
    _, result = matrix_build
    assert len(result.warnings) == sum(1 for _, problem in MATRIX.values() if problem)
    assert all("\n" not in w and "\r" not in w for w in result.warnings)


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "utf-16"])
def test_encodings_give_the_same_facts(encoding, project, tmp_path):  # noqa: ANN001
    """A report saved as UTF-8, Windows-1252 or UTF-16 is one report: the same facts."""
    reference = build([SEED], project).documents[0]
    write(tmp_path, SEED.name, SEED_TEXT.encode(encoding))
    again = build([tmp_path / SEED.name], project).documents[0]
    strip = lambda lines: {ln for ln in lines if "/ontology#encoding>" not in ln and "/ontology#sha256>" not in ln}  # noqa: E731
    assert strip(again.lines) == strip(reference.lines)


HOSTILE_HTML = """<!DOCTYPE html><html><head><title>Staffordshire PEEL 2016</title>
<style>body { content: "Derbyshire Constabulary is judged to be inadequate." }</style>
<script>var s = "Kent Police is judged to be outstanding."; document.write("<p>" + s + "</p>");</script>
<script><![CDATA[ if (a < b && c > d) { alert("Lancashire Constabulary is judged to be good") } ]]></script>
</head><body>
<!-- Essex Police is judged to be inadequate. <p>not a paragraph</p> -->
<![CDATA[ Surrey Police is judged to be outstanding. ]]>
<p>Legitimacy</p>
<p>How legitimate is the force at keeping people safe and reducing crime?
<p>Staffordshire Police is judged to be good.
<div><div><span><b><i><u>unclosed tags
<table><tr><td>cell<td>cell
""" + "<div>" * 5000 + "deep text" + "<span>" * 5000 + "\n<p>trailing &amp; &#x3C;entity&#62; &bogus; &#99999999;"


def test_hostile_html_gives_only_its_visible_text(tmp_path, project):  # noqa: ANN001
    write(tmp_path, "page.html", HOSTILE_HTML)
    doc = open_document(tmp_path / "page.html")
    assert doc.media == "html" and doc.genre == "peel-report"
    for hidden in ("Derbyshire", "Kent Police", "Lancashire", "Essex Police", "alert", "document.write"):
        assert hidden not in doc.text, hidden
    assert "Staffordshire Police is judged to be good." in doc.text
    assert "deep text" in doc.text and "<entity>" in doc.text
    result = build([tmp_path], project)
    assert not result.warnings
    forces = {line for line in result.documents[0].lines if "/id/force/" in line}
    # a style's or script's text is no fact, though the official names in it are named by the
    # page, as a reader of the page's whole text sees them (not a comment's, nor a CDATA's)
    facts = {line for line in forces if "#mentions> " not in line}
    assert facts and all("staffordshire" in line for line in facts), facts
    named = {line.rsplit("/id/force/", 1)[1].split(">")[0] for line in forces - facts}
    assert named == {"staffordshire", "derbyshire", "kent", "lancashire"}, named


def test_html_parser_survives_deep_nesting_quickly():
    started = time.perf_counter()
    text = html_to_text("<div>" * 200_000 + "x" + "</div>" * 200_000)
    assert text.strip() == "x" and time.perf_counter() - started < 10


def test_big_file_is_refused_without_reading_it(tmp_path, project):  # noqa: ANN001
    """50 MB of text is no inspection document: a warning, in well under a second, and the
    file is never read into memory (the size comes from fstat; reading stops at the limit)."""
    big = tmp_path / "big.txt"
    chunk = (SEED_TEXT + "\n").encode("utf-8")
    with big.open("wb") as fh:
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            fh.write(chunk)
    assert big.stat().st_size >= 50 * 1024 * 1024
    tracemalloc.start()
    started = time.perf_counter()
    result = build([tmp_path], project)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    problem = warnings_of(result)["big.txt"]
    assert problem.startswith("too large to be an inspection document (50.0 MB; the limit is 16 MB")
    assert "KG_MAX_DOCUMENT_MB" in problem
    assert elapsed < 5 and peak < 16 * 1024 * 1024, (elapsed, peak)


def test_the_size_limit_is_a_setting(tmp_path):  # noqa: ANN001
    done = run_kg("build", "seeds", "--out", str(tmp_path), "--store", "memory", env={"KG_MAX_DOCUMENT_MB": "0.005"})
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("too large to be an inspection document") == 2  # the two seeds over 5 KB


@pytest.mark.parametrize("shape", sorted(robust_bench.SHAPES))
def test_extraction_time_is_linear_in_size(shape, tmp_path):  # noqa: ANN001
    """Four times the text takes about four times as long, never sixteen (no quadratic
    regular expression). The benchmark (benchmarks/robust_bench.py) runs the same shapes
    up to just under the 16 MB limit."""
    small, large = 64 * 1024, 256 * 1024
    make = robust_bench.SHAPES[shape]
    robust_bench.time_extraction(make(small), tmp_path)  # warm the caches
    t_small = min(robust_bench.time_extraction(make(small), tmp_path)[0] for _ in range(2))
    t_large = robust_bench.time_extraction(make(large), tmp_path)[0]
    assert t_large < 8 * t_small + 0.3, (t_small, t_large)


def test_same_document_under_two_names_is_one_set_of_facts(tmp_path, project):  # noqa: ANN001
    shutil.copy(SEED, tmp_path / "report.txt")
    shutil.copy(SEED, tmp_path / "report (1).txt")
    once = build([SEED], project).graph
    twice = build([tmp_path], project).graph
    facts = lambda g: {s for s in g.subjects(PROV.wasDerivedFrom, None)}  # noqa: E731
    assert facts(twice) == facts(once) and facts(once)
    for fact in facts(twice):
        sources = set(twice.objects(fact, PROV.wasDerivedFrom))
        assert {str(s).rsplit("/", 1)[1] for s in sources} == {"report.txt", "report%20%281%29.txt"}, fact
    assert len(set(twice.subjects(RDF.type, PEEL.SourceDocument))) == 2


WESSEX = """Wessex PEEL 2016
Legitimacy
How legitimate is the force at keeping people safe and reducing crime?
Wessex Police treats the people it serves with fairness and respect.
"""


def test_unknown_force_is_a_warning_not_a_new_force(tmp_path, project):  # noqa: ANN001
    write(tmp_path, "wessex.txt", WESSEX)
    write(tmp_path, "staffs.txt", SEED_TEXT)
    result = build([tmp_path], project)
    assert result.warnings == ['wessex.txt: names a force not in the gazetteer: "Wessex Police"',
                               "wessex.txt: no facts found"]
    forces = {str(f).rsplit("/", 1)[1] for f in result.graph.subjects(RDF.type, PEEL.Force)}
    referred = {str(o).rsplit("/", 1)[1] for o in result.graph.objects(None, PEEL.force)}
    referred |= {str(o).rsplit("/", 1)[1] for o in result.graph.objects(None, PEEL.mentions) if "/force/" in o}
    assert forces == referred == {"staffordshire"}


def test_unknown_force_warning_survives_the_cache_and_strict(tmp_path):  # noqa: ANN001
    docs = tmp_path / "docs"
    write(docs, "wessex.txt", WESSEX)
    for _ in range(2):  # the second build takes the document from the cache
        done = run_kg("build", str(docs), "--out", str(tmp_path / "out"), "--store", "memory", "--strict", "-q")
        assert done.returncode == 1
        assert done.stderr.splitlines() == [
            'warning: wessex.txt: names a force not in the gazetteer: "Wessex Police"',
            "warning: wessex.txt: no facts found"]


KENT_WITH_WESSEX = """Kent PEEL 2016
Legitimacy
How legitimate is the force at keeping people safe and reducing crime?
The force works with Wessex Police. Wessex Police is judged good.
"""


def test_a_grade_of_an_unknown_force_is_not_given_to_the_known_one(tmp_path, project):  # noqa: ANN001
    write(tmp_path, "kent.txt", KENT_WITH_WESSEX)
    result = build([tmp_path], project)
    grades = {str(g).rsplit("#", 1)[1] for g in result.graph.objects(None, PEEL.grade)}
    assert grades == set()  # Wessex's "good" is not Kent's
    assert any("Wessex Police" in w for w in result.warnings)


def test_known_forces_in_the_seeds_give_no_notice(seeds_build):  # noqa: ANN001
    assert seeds_build.warnings == []


# -- what is not a file -------------------------------------------------------------------------


def test_symlink_loop_broken_link_fifo_and_socket_are_skipped_without_blocking(tmp_path, project):  # noqa: ANN001
    shutil.copy(SEED, tmp_path / "good.txt")
    (tmp_path / "loop-a.txt").symlink_to("loop-b.txt")
    (tmp_path / "loop-b.txt").symlink_to("loop-a.txt")
    (tmp_path / "dangling.txt").symlink_to("gone.txt")
    (tmp_path / "folder-link").symlink_to(tmp_path)  # a link back up: not followed
    os.mkfifo(tmp_path / "pipe.txt")  # opening this for reading would wait for a writer forever
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "socket.txt"))
    try:
        started = time.perf_counter()
        result = build([tmp_path], project)
        assert time.perf_counter() - started < 30
    finally:
        sock.close()
    assert [d.name for d in result.documents] == ["good.txt"]
    assert warnings_of(result) == {
        "dangling.txt": "broken symbolic link",
        "folder-link": "symbolic link to a folder, not followed",
        "loop-a.txt": "symbolic link loop",
        "loop-b.txt": "symbolic link loop",
        "pipe.txt": "not a regular file (a FIFO); skipped",
        "socket.txt": "not a regular file (a socket); skipped",
    }


def test_a_fifo_named_on_the_command_line_does_not_block(tmp_path):  # noqa: ANN001
    os.mkfifo(tmp_path / "pipe.txt")
    done = run_kg("build", str(tmp_path / "pipe.txt"), "--out", str(tmp_path / "out"), "--store", "memory",
                  timeout=60)
    assert done.returncode == 0
    assert f"warning: {tmp_path / 'pipe.txt'}: not a regular file (a FIFO); skipped" in done.stderr


def test_load_document_refuses_a_fifo_even_when_asked_directly(tmp_path):  # noqa: ANN001
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(DocumentError, match="not a regular file"):
        load_document(tmp_path / "pipe.txt")


def test_a_file_whose_read_fails_is_a_warning(tmp_path, project):  # noqa: ANN001
    """/proc/self/mem opens but every read at offset 0 fails with EIO: a real unreadable
    file, root or not."""
    (tmp_path / "unreadable.txt").symlink_to("/proc/self/mem")
    shutil.copy(SEED, tmp_path / "good.txt")
    result = build([tmp_path], project)
    assert warnings_of(result) == {"unreadable.txt": "cannot be read (Input/output error)"}
    assert [d.name for d in result.documents] == ["good.txt"]


def test_a_file_without_read_permission_is_a_warning(tmp_path):  # noqa: ANN001
    """chmod 000 stops anyone without CAP_DAC_OVERRIDE. Root (as in CI) has it, so there the
    build runs under setpriv with that capability dropped: a real EACCES, no mock."""
    shutil.copy(SEED, tmp_path / "good.txt")
    write(tmp_path, "secret.txt", SEED_TEXT)
    os.chmod(tmp_path / "secret.txt", 0)
    prefix: tuple[str, ...] = ()
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv (util-linux): cannot make a file unreadable")
        drop = "-dac_override,-dac_read_search"
        prefix = (setpriv, f"--bounding-set={drop}", f"--inh-caps={drop}")
    try:
        done = run_kg("build", str(tmp_path), "--out", str(tmp_path / "out"), "--store", "memory", prefix=prefix)
    finally:
        os.chmod(tmp_path / "secret.txt", 0o600)
    assert done.returncode == 0, done.stderr
    assert done.stderr == "warning: secret.txt: permission denied\n"
    assert "documents: 1 (1 peel-report)" in done.stdout


def test_a_path_that_does_not_exist(tmp_path):  # noqa: ANN001
    """A path named on the command line that does not exist is a usage error (issue 19);
    tests/builder/test_hardening.py checks that nothing is written."""
    done = run_kg("build", "seeds", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"), "--store", "memory")
    assert done.returncode == 2
    assert done.stderr == f"kg: {tmp_path / 'nowhere'}: no such file or folder\n"
    assert done.stdout == "" and not (tmp_path / "out").exists()


def test_a_folder_of_five_thousand_files(tmp_path, project):  # noqa: ANN001
    """Five thousand files (the seeds among a mass of notes and empty files): every one is
    accounted for, in a stable order, within a bounded time."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, folder / seed.name)
    for i in range(5000 - len(SEEDS)):
        write(folder, f"sub{i % 7}/note-{i:04d}.txt", "" if i % 5 == 0 else f"Note {i}: call the office back.\n")
    assert sum(1 for _ in folder.rglob("*.txt")) == 5000
    started = time.perf_counter()
    result = build([folder], project)
    elapsed = time.perf_counter() - started
    # every readable file is read (no genre gate); the notes state nothing, and say so
    assert len(result.documents) == 5000 - 999
    assert all(d.facts for d in result.documents if d.name in {s.name for s in SEEDS})
    problems = Counter(p for p in warnings_of(result).values())
    assert problems == {"empty file": 999, "no facts found": 3996}
    names = [item[1] for item in find_inputs([folder])]
    assert names == sorted(names) and len(names) == 5000
    assert elapsed < 60, elapsed


def test_the_whole_matrix_through_the_command(matrix_build, tmp_path):  # noqa: ANN001
    """The real `kg build` over the matrix folder: exit 0, one `warning:` line per bad file,
    the good files built; --strict exits 1 with the same lines."""
    folder, result = matrix_build
    for strict, code in ((False, 0), (True, 1)):
        done = run_kg("build", str(folder), "--out", str(tmp_path / "out"), "--store", "memory",
                      *(["--strict"] if strict else []))
        assert done.returncode == code, done.stderr
        lines = done.stderr.splitlines()
        assert lines == [f"warning: {w}" for w in result.warnings]
        assert "Traceback" not in done.stderr
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    documents = {str(o) for o in graph.objects(None, PEEL.fileName)}
    assert documents == {name for name, (_, problem) in MATRIX.items() if problem is None} | READ_AND_WARNED
    assert (URIRef("https://w3id.org/peel-kg/id/force/staffordshire"), RDF.type, PEEL.Force) in graph


def test_control_characters_in_file_names_are_escaped_in_warnings(tmp_path, project):  # noqa: ANN001
    write(tmp_path, "evil\x1b[2Jname\nwarning: fake.txt", b"")
    result = build([tmp_path], project)
    assert result.warnings == ["evil\\x1b[2Jname\\nwarning: fake.txt: empty file"]


def test_documents_over_the_limit_read_bounded(tmp_path, monkeypatch):  # noqa: ANN001
    """Even a file whose size the system does not report (as in /proc) is read only up to the limit."""
    import kg.read.document as documents
    import kg.read.guard as guard

    (tmp_path / "status.txt").symlink_to("/proc/self/status")  # fstat says 0 bytes; it holds more
    assert (tmp_path / "status.txt").stat().st_size == 0
    monkeypatch.setattr(guard, "MAX_BYTES", 10)
    with pytest.raises(DocumentError, match="too large"):
        documents.load_document(tmp_path / "status.txt")


def test_labelled_elements_nested_deep_stay_linear() -> None:
    import time as clock

    timings = []
    for depth in (20_000, 80_000):
        started = clock.perf_counter()
        text = html_to_text("<span aria-label='Good'>" * depth + "x" + "</span>" * depth)
        timings.append(clock.perf_counter() - started)
        assert text.strip() == "x"  # every label is over text of its own
    assert timings[1] < 4 * timings[0] * 2 + 0.5  # four times the depth, not sixteen times the time
