"""No lost work: `kg build` killed with SIGKILL at any point leaves every output either as
it was or whole and new, never half written; two builds on one folder never interleave.

These run the real `kg build` in its own process group (so its extraction workers die
with it) on a generated corpus large enough that the build takes several seconds.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from ..conftest import ROOT

KG = [sys.executable, "-m", "kg"]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
COPIES = 120  # x 5 seeds: 600 documents, a build of several seconds on two cores
FILES = ("graph.ttl", "graph.trig", "graph.html", "manifest.json")


def start(*args: str) -> subprocess.Popen:
    return subprocess.Popen([*KG, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, start_new_session=True)


def run(*args: str) -> subprocess.CompletedProcess:
    done = subprocess.run([*KG, *args], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    return done


# What a manifest records of files as they were on disk (sizes, times, inodes) differs
# between two builds of the same input; the rest of it must not.
VOLATILE = ("started_ns", "files", "size", "mtime_ns")


def _steady(manifest: bytes) -> bytes:
    data = json.loads(manifest)  # a half-written manifest fails here
    for entry in (data, *data["documents"]):
        for key in VOLATILE:
            entry.pop(key, None)
    return json.dumps(data, sort_keys=True).encode()


def snapshot(out: Path) -> dict[str, bytes]:
    files = {name: (out / name).read_bytes() for name in FILES}
    files["manifest.json"] = _steady(files["manifest.json"])
    return files


def whole_page(page: bytes) -> bool:
    text = page.decode("utf-8")
    data = text.split('<script type="application/json" id="kg-data">', 1)[1].split("</script>", 1)[0]
    return text.startswith("<!DOCTYPE html>") and text.endswith("</html>\n") and bool(json.loads(data)["graph"]["nodes"])


def store_size(out: Path) -> int:
    store = ox.Store.read_only(str(out / "store"))
    return len(store)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("big-corpus")
    for i in range(COPIES):
        for seed in SEEDS:
            (folder / f"office-{i:04d}-{seed.name}").write_bytes(seed.read_bytes())
    return folder


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, bytes], int, float]:
    """The outputs a whole build of the corpus writes, the store's size, and how long it took."""
    out = tmp_path_factory.mktemp("reference")
    started = time.monotonic()
    run("build", str(corpus), "--out", str(out), "-q")
    return snapshot(out), store_size(out), time.monotonic() - started


def test_sigkill_at_any_point_leaves_the_old_outputs_or_the_new(corpus, reference, tmp_path):  # noqa: ANN001
    new_files, new_store, duration = reference
    out = tmp_path / "out"
    run("build", "seeds", "--out", str(out), "-q")
    old_files, old_store = snapshot(out), store_size(out)
    outcomes = []
    # a cold reference build is slower than the ones after it, so the points stop short of the end
    for fraction in (0.05, 0.2, 0.35, 0.5, 0.65, 0.8):
        proc = start("build", str(corpus), "--out", str(out), "--clean", "-q")
        time.sleep(duration * fraction)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        now = snapshot(out)
        kinds = []
        for name in FILES:
            if name == "graph.html" and now[name] != old_files[name]:
                # the page of a graph this large is not byte-stable between processes (its
                # layout varies), so "new" here means a whole page whose data loads
                assert whole_page(now[name]), f"graph.html is half written after a kill at {fraction}"
            else:
                assert now[name] in (old_files[name], new_files[name]), f"{name} is half written after a kill at {fraction}"
            kinds.append("old" if now[name] == old_files[name] else "new")
        size = store_size(out)  # the store opens: the old one or the new one, never a mixture
        assert size in (old_store, new_store)
        kinds.append("old" if size == old_store else "new")
        Graph().parse(out / "graph.ttl")  # and what is there loads
        outcomes.append((fraction, proc.returncode, kinds))
        print(f"killed at {fraction:.0%} of a build: {dict(zip([*FILES, 'store'], kinds))}")
        if kinds != ["old"] * len(kinds):  # the build got as far as writing: start again from the old
            run("build", "seeds", "--out", str(out), "--clean", "-q")
            assert snapshot(out) == old_files
    # (a build that happened to finish before its kill counts too: its outputs are all new)
    assert all(code in (-signal.SIGKILL, 0) for _, code, _ in outcomes), outcomes
    assert sum(code == -signal.SIGKILL for _, code, _ in outcomes) >= 3, outcomes
    assert outcomes[0][2] == ["old"] * 5, outcomes  # killed while extracting: nothing touched
    # after all that, a build of the same input runs and gives the right outputs
    run("build", "seeds", "--out", str(out), "-q")
    assert snapshot(out) == old_files and store_size(out) == old_store


def test_two_builds_on_one_folder_never_interleave(corpus, tmp_path):  # noqa: ANN001
    out = tmp_path / "out"
    run("build", "seeds", "--out", str(out / "expected"), "-q")
    expected = snapshot(out / "expected")
    first = start("build", str(corpus), "--out", str(out), "-q")
    try:
        lock = out / ".lock"
        deadline = time.monotonic() + 30
        while not (lock.exists() and lock.read_text().strip() == str(first.pid)):
            assert time.monotonic() < deadline, "the first build never took the lock"
            time.sleep(0.05)
        # a second build that will not wait is refused with a message about the lock
        refused = subprocess.run([*KG, "build", "seeds", "--out", str(out), "--wait", "0"], cwd=ROOT,
                                 capture_output=True, text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert refused.returncode == 2
        assert refused.stderr == (f"kg: {out}: another kg build (pid {first.pid}) is writing here; waited 0 s. "
                                  "Try again when it ends, or use another --out\n")
        # one that waits starts after the first has finished, and its outputs are whole
        second = start("build", "seeds", "--out", str(out), "--wait", "120", "-q")
        assert second.wait(timeout=180) == 0, second.stderr.read()  # type: ignore[union-attr]
        assert first.poll() == 0, "the second build finished before the first"
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
            first.wait()
    assert snapshot(out) == expected


def test_every_output_is_written_beside_and_renamed_into_place(tmp_path):  # noqa: ANN001
    """No output file is ever opened for writing under its own name: strace-free check via
    the inode, which a rename replaces and an in-place write keeps."""
    out = tmp_path / "out"
    run("build", "seeds", "--out", str(out), "-q")
    before = {name: os.stat(out / name).st_ino for name in FILES}
    store_before = os.stat(out / "store").st_ino
    run("build", "seeds", "--out", str(out), "--clean", "-q")
    after = {name: os.stat(out / name).st_ino for name in FILES}
    assert all(before[name] != after[name] for name in FILES), (before, after)
    assert os.stat(out / "store").st_ino != store_before
    leftovers = [p.name for p in out.iterdir() if p.name.endswith(".tmp") or p.name.startswith(".store-")]
    assert leftovers == []
    assert len(Graph().parse(out / "graph.ttl")) > 0 and store_size(out) > 0
