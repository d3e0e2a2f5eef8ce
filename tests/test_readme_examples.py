"""The README's examples are true: every `$ kg ...` line in its code blocks runs, in order,
in a folder where the seeds are built, and prints what the README shows under it; every
`>>>` example of the Python library runs as a doctest.

A shown output ending in `...` is compared up to there; the build's timing line is
compared with its numbers left out. A `kg query` with no --format or --out writes to a
terminal (a pseudo-terminal here), since that is where the README's tables come from.
"""

from __future__ import annotations

import doctest
import os
import pty
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"^```[a-z]*\n(.*?)^```", README, flags=re.MULTILINE | re.DOTALL)


def shell_examples() -> list[tuple[str, list[str]]]:
    """(command, the output lines shown under it) for every `$ kg` line, in README order."""
    examples: list[tuple[str, list[str]]] = []
    for block in BLOCKS:
        current: tuple[str, list[str]] | None = None
        for line in block.splitlines():
            if line.startswith("$ "):
                current = (line[2:], [])
                examples.append(current)
            elif current is not None:
                current[1].append(line)
    return [(cmd, out) for cmd, out in examples if re.search(r"(^|\| )kg ", cmd)]


SHELL = shell_examples()
TIMING = re.compile(r"built in [0-9.]+ s \([0-9]+ documents/s")


def env(folder: Path) -> dict[str, str]:
    bin_dir = folder / "bin"
    bin_dir.mkdir(exist_ok=True)
    wrapper = bin_dir / "kg"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m kg "$@"\n', encoding="utf-8")
    wrapper.chmod(0o755)
    clean = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "KG_FROM", "KG_DEBUG")}
    return {**clean, "PYTHONPATH": str(ROOT), "KG_ROOT": str(ROOT), "PATH": f"{bin_dir}:{os.environ['PATH']}",
            "COLUMNS": "100"}


def run_on_terminal(argv: list[str], cwd: Path, environment: dict[str, str]) -> tuple[int, str, str]:
    """Run with standard output on a pseudo-terminal; its text with \\r\\n made \\n."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(argv, cwd=cwd, env=environment, stdout=follower, stderr=subprocess.PIPE, text=False)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    code = proc.wait(timeout=120)
    return code, b"".join(chunks).decode("utf-8").replace("\r\n", "\n"), proc.stderr.read().decode()  # type: ignore[union-attr]


def broken_copy(folder: Path) -> None:
    """broken.ttl, as the README describes it: graph.ttl without the grade of one judgement."""
    from rdflib import Graph, URIRef

    g = Graph().parse(folder / "output" / "graph.ttl", format="turtle")
    judgement = URIRef("https://w3id.org/peel-kg/id/judgement/derbyshire/2016/legitimacy/fair-treatment-public/outstanding")
    g.remove((judgement, URIRef("https://w3id.org/peel-kg/ontology#grade"), None))
    g.serialize(folder / "broken.ttl", format="turtle")


def test_the_readme_has_shell_examples_with_output() -> None:
    shown = [cmd for cmd, out in SHELL if any(line.strip() for line in out)]
    assert any(cmd.startswith("kg build") for cmd in shown) and any(cmd.startswith("kg stats") for cmd in shown)
    assert any(cmd.startswith("kg query") for cmd in shown) and any(cmd.startswith("kg validate") for cmd in shown)


def test_every_shell_example_prints_what_the_readme_shows(tmp_path: Path) -> None:
    environment = env(tmp_path)
    failures = []
    for command, shown in SHELL:
        if "broken.ttl" in command and not (tmp_path / "broken.ttl").exists():
            broken_copy(tmp_path)
        plain = not re.search(r"[|&;<>]", command)
        argv = [sys.executable, "-m", "kg", *shlex.split(command)[1:]] if plain else ["bash", "-c", command]
        words = shlex.split(command) if plain else []
        if plain and words[1] == "query" and not {"--format", "-f", "--out", "-o"} & set(words):
            code, out, err = run_on_terminal(argv, tmp_path, environment)
        else:
            done = subprocess.run(argv, cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=300)
            code, out, err = done.returncode, done.stdout, done.stderr
        assert "Traceback" not in err and code in (0, 1), (command, code, err)
        expected = [line for line in shown]
        while expected and not expected[-1].strip():
            expected.pop()
        if not expected:
            continue
        got = out.splitlines()
        if expected[-1] == "...":
            expected = expected[:-1]
            got = got[:len(expected)]
        got = [TIMING.sub("built in _", line) for line in got]
        expected = [TIMING.sub("built in _", line) for line in expected]
        if got != expected:
            failures.append(f"$ {command}\n--- README\n" + "\n".join(expected) + "\n--- printed\n" + "\n".join(got))
    assert not failures, "\n\n".join(failures)


def python_examples() -> list[str]:
    return [block for block in BLOCKS if block.lstrip().startswith(">>>")]


def test_the_readme_has_library_examples() -> None:
    blocks = python_examples()
    assert len(blocks) >= 2 and any("kg.open" in b for b in blocks) and any("kg.build" in b for b in blocks)
    assert any("to_dataframe" in b for b in blocks)


def test_the_python_library_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each >>> block runs, in order, in one namespace, in a folder with nothing built."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KG_ROOT", str(ROOT))
    assert python_examples(), "the README has no library examples"
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    namespace: dict = {}
    for i, block in enumerate(python_examples()):
        if "to_dataframe" in block:
            pytest.importorskip("pandas")
        test = parser.get_doctest(block, namespace, f"README block {i}", "README.md", 0)
        result = runner.run(test, clear_globs=False)
        assert result.failed == 0, f"README library example {i} failed (see the output above)"
        namespace = test.globs
