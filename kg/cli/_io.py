"""Where a command's output goes: standard output, or a file that appears whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import typer

from ..errors import cannot_write


def write_bytes(data: bytes, out: Path | None) -> None:
    """Bytes to `out` (atomically) or to standard output."""
    if out is None:
        stream = typer.get_binary_stream("stdout")
        stream.write(data)
        stream.flush()
    else:
        write_file(out, data)


def write_file(out: Path, data: bytes) -> None:
    """Bytes to a file, atomically; an operating-system refusal is one OutputError naming it."""
    from ..store.ontology import write_atomic  # kg.store.ontology loads rdflib, which a query need not

    try:
        write_atomic(out, data)
    except OSError as exc:
        raise cannot_write(out, exc) from None


@contextmanager
def text_output(out: Path | None) -> Iterator[TextIO]:
    """A text stream to standard output, or to a temporary file renamed to `out` on success
    (so a failed or interrupted command leaves any earlier file as it was). No newline
    translation: CSV's CRLF stays CRLF."""
    if out is None:
        stream = typer.get_text_stream("stdout")
        yield stream
        stream.flush()
        return
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    except OSError as exc:
        raise cannot_write(out, exc) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        try:
            os.chmod(tmp, 0o644 & ~_umask())
            os.replace(tmp, out)
        except OSError as exc:
            raise cannot_write(out, exc) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def stdout_is_terminal() -> bool:
    return typer.get_text_stream("stdout").isatty()
