"""Where a command's output goes: standard output, or a file that appears whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import typer


def write_bytes(data: bytes, out: Path | None) -> None:
    """Bytes to `out` (atomically) or to standard output."""
    if out is None:
        stream = typer.get_binary_stream("stdout")
        stream.write(data)
        stream.flush()
    else:
        from ..store import write_atomic  # kg.store loads rdflib, which a query need not

        write_atomic(out, data)


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
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        os.chmod(tmp, 0o644 & ~_umask())
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def stdout_is_terminal() -> bool:
    return typer.get_text_stream("stdout").isatty()
