"""kg.builder.splice against the writer it patches: random edits of random graphs, each spliced
file compared byte for byte with the file written whole."""

from __future__ import annotations

import mmap
import random
from pathlib import Path

import pytest

from kg.builder.splice import SpliceError, splice_trig, splice_turtle
from kg.graph.turtle import trig_lines, turtle_lines

PREFIXES = {"id": "http://example.org/id/", "ex": "http://example.org/"}
LAST = "http://example.org/ontology"
# Subjects and graph names whose sort order is easy to get wrong: one a prefix of the next
# followed by a character below ">", prefixed and full IRIs, blank nodes.
NAMES = ["http://example.org/id/a", "http://example.org/id/a-b", "http://example.org/id/a.b",
         "http://example.org/id/a/b", "http://example.org/id/ab", "http://example.org/id/b1",
         "http://example.org/id/b10", "http://example.org/id/b2", "http://example.org/x%20y",
         "http://other.org/z", "http://example.org/id/café"]


def _lines(rng: random.Random, subjects: list[str]) -> list[str]:
    lines = set()
    for _ in range(rng.randrange(1, 12)):
        s = rng.choice(subjects)
        term = s if s.startswith("_:") else f"<{s}>"
        p = rng.choice(["<http://example.org/p>", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>",
                        "<http://example.org/id/q>"])
        o = rng.choice([f'"v{rng.randrange(5)}"', f"<{rng.choice(NAMES)}>", '"x"@en'])
        lines.add(f"{term} {p} {o} .\n")
    return sorted(lines)


def _joined(pieces) -> bytes:
    return b"".join(bytes(p) for p in pieces)


def _mapped(tmp_path: Path, data: bytes):
    path = tmp_path / "old"
    path.write_bytes(data)
    fh = open(path, "rb")
    return fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)


@pytest.mark.parametrize("seed", range(40))
def test_a_spliced_turtle_file_is_the_file_written_whole(seed, tmp_path):
    rng = random.Random(seed)
    subjects = NAMES + ["_:b1", "_:b2"]
    graph = {line for _ in range(rng.randrange(0, 4)) for line in _lines(rng, subjects)}
    old = "".join(turtle_lines(sorted(graph), PREFIXES)).encode("utf-8")
    for _ in range(4):
        after = {line for line in graph if rng.random() > 0.3} | set(_lines(rng, subjects))
        if rng.random() < 0.2:
            after = set()
        touched = {line.split(" ")[0] for line in graph ^ after}
        changed = {s: sorted(line for line in after if line.startswith(s + " ")) for s in touched}
        want = "".join(turtle_lines(sorted(after), PREFIXES)).encode("utf-8")
        fh, mapped = _mapped(tmp_path, old)
        with fh, mapped:
            got = _joined(splice_turtle(mapped, changed, PREFIXES))
        assert got == want
        assert _joined(splice_turtle(old, changed, PREFIXES)) == want  # bytes do as well as a mapping
        graph, old = after, want


@pytest.mark.parametrize("seed", range(40))
def test_a_spliced_trig_file_is_the_file_written_whole(seed, tmp_path):
    rng = random.Random(seed)
    names = [n for n in NAMES if n != LAST]
    graphs = {name: _lines(rng, NAMES) for name in rng.sample(names, rng.randrange(0, len(names)))}
    graphs[LAST] = _lines(rng, NAMES)

    def written(gs: dict[str, list[str]]) -> bytes:
        order = sorted(n for n in gs if n != LAST) + [LAST]
        return "".join(trig_lines([(n, gs[n]) for n in order], PREFIXES)).encode("utf-8")

    old = written(graphs)
    for _ in range(4):
        after = dict(graphs)
        edits: dict[str, list[str] | None] = {}
        for name in rng.sample(names, rng.randrange(0, 4)):
            if name in after and rng.random() < 0.5:
                del after[name]
                edits[name] = None
            else:
                after[name] = edits[name] = _lines(rng, NAMES)
        if rng.random() < 0.3:
            after[LAST] = edits[LAST] = _lines(rng, NAMES)
        want = written(after)
        fh, mapped = _mapped(tmp_path, old)
        with fh, mapped:
            assert _joined(splice_trig(mapped, edits, LAST, PREFIXES)) == want
        graphs, old = after, want


def test_a_file_not_laid_out_as_ours_is_refused():
    with pytest.raises(SpliceError):
        splice_turtle(b"@prefix other: <http://x/> .\n\n<a> <b> <c> .\n", {}, PREFIXES)
    trig = "".join(trig_lines([(LAST, ['<http://x/a> <http://x/b> "c" .\n'])], PREFIXES)).encode("utf-8")
    with pytest.raises(SpliceError):  # a graph to remove that the file does not hold
        splice_trig(trig, {"http://example.org/id/gone": None}, LAST, PREFIXES)
