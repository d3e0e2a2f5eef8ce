"""A build's outputs replaced together: every new file is written beside its old one first,
and only when all of them (and the new store) are whole are they renamed into place.

A failure before that point (a full disk, an I/O error, a kill) leaves every output of the
previous build as it was; the files written so far are removed. The renames themselves
take milliseconds; a marker file says while they run, so a build killed among them leaves
the marker, and a command reading the outputs afterwards says that they may come from two
builds instead of answering from a mixture. No rdflib here: `kg query` checks the marker
on its cold path.
"""

from __future__ import annotations

import errno
import fcntl
import os
import time
from collections.abc import Callable
from pathlib import Path

from ..errors import GraphNotFound, KgError

MARKER = ".kg-replacing"
LOCK_FILE = ".lock"  # kg.builder.lock.OutputLock's
# A command reading while a build renames its outputs waits this long for it to finish.
MARKER_WAIT = 5.0


class OutputsInconsistent(GraphNotFound):
    """The last build was stopped while it replaced its outputs."""


class WriteFailed(KgError):
    """An output could not be written (a full disk, an I/O error); nothing was replaced."""


class Staging:
    """Files written beside the ones they will replace, renamed into place by `commit`."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.pending: list[tuple[str, Path]] = []  # (temporary file, final path)
        self.created: list[Path] = []  # new files that replace nothing (cache entries)
        self.swaps: list[Callable[[], None]] = []  # done after the renames (the store)
        self.undo: list[Callable[[], None]] = []  # undone when the build fails (a new store)

    def add(self, tmp: str, path: Path) -> None:
        self.pending.append((tmp, path))

    def temporary(self, path: Path) -> str | None:
        """The temporary file that will become `path`, if one is staged."""
        for tmp, final in self.pending:
            if final == path:
                return tmp
        return None

    def commit(self, last: Callable[[], None]) -> None:
        """Rename every staged file into place and do the swaps, then `last()` (the manifest),
        with the marker up meanwhile."""
        marker = self.out_dir / MARKER
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.fsync(fd)
        os.close(fd)
        for tmp, path in self.pending:
            os.replace(tmp, path)
        self.pending.clear()
        for swap in self.swaps:
            swap()
        last()
        os.unlink(marker)

    def discard(self) -> None:
        """Remove everything written so far (the build failed)."""
        for tmp, _ in self.pending:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        for path in self.created:
            try:
                os.unlink(path)
            except OSError:
                pass
        for undo in self.undo:
            try:
                undo()
            except OSError:
                pass
        self.pending.clear()


def write_failure(out_dir: Path, exc: OSError) -> WriteFailed:
    """The one line for an output that could not be written."""
    why = "the disk is full" if exc.errno in (errno.ENOSPC, errno.EDQUOT) else (exc.strerror or str(exc))
    return WriteFailed(f"{out_dir}: cannot write the build's outputs ({why}); the previous build's "
                       "outputs are kept and the partial files removed")


def _build_running(out_dir: Path) -> bool:
    try:
        fd = os.open(out_dir / LOCK_FILE, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(fd)


def check_consistent(out_dir: Path) -> None:
    """OutputsInconsistent if the last build in out_dir stopped while replacing its outputs
    (a build that is renaming them now is waited for, briefly)."""
    marker = out_dir / MARKER
    deadline = time.monotonic() + MARKER_WAIT
    while os.path.exists(marker):
        if not _build_running(out_dir) or time.monotonic() > deadline:
            raise OutputsInconsistent(
                f"{out_dir}: the last kg build was stopped while it replaced its outputs, so they may come "
                "from two builds; run kg build again")
        time.sleep(0.05)
