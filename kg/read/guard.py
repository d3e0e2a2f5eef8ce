"""Limits on what one file may cost to read: its bytes, its pages, its unpacked parts, the
text it becomes and the seconds it takes.

Every limit is a visible number with an environment variable to move it; a file past one
gives one DocumentError naming the limit, and the build goes on with the other files.
The readers check the deadline between pages and parts, so one file cannot stall a build
even where no single step is slow.
"""

from __future__ import annotations

import errno
import os
import stat
import time
from pathlib import Path

from ..errors import DocumentError


def _setting(variable: str, default: float) -> float:
    """A positive number from the environment; the default where unset or not one."""
    try:
        value = float(os.environ.get(variable) or default)
    except ValueError:
        return default
    return value if value > 0 else default


# Inspection documents are a few hundred kilobytes as text and a few megabytes as PDF or
# Word files; anything far bigger is not one (a database dump, a log, a scanned archive).
DEFAULT_MAX_MB = 16.0
MAX_BYTES = int(_setting("KG_MAX_DOCUMENT_MB", DEFAULT_MAX_MB) * 1024 * 1024)
# A PDF past this many pages is read up to it (with a warning): a report is under 200.
MAX_PAGES = int(_setting("KG_MAX_PAGES", 1000))
# The parts of a Word file are unpacked only while their sizes add up to at most this
# (a zip bomb of a few kilobytes can claim gigabytes).
MAX_UNPACKED_BYTES = int(_setting("KG_MAX_UNPACKED_MB", 64) * 1024 * 1024)
# The text one document may become, in characters, whatever its bytes.
MAX_TEXT_CHARS = int(_setting("KG_MAX_TEXT_MB", 16) * 1024 * 1024)
# Seconds one file may take to read (PDF and Word files; text is read in milliseconds).
READ_SECONDS = _setting("KG_READ_SECONDS", 30.0)


class Deadline:
    """The time a file's reading must end by; `check()` between steps raises past it."""

    def __init__(self, name: str, seconds: float | None = None) -> None:
        self.name = name
        self.seconds = seconds if seconds is not None else READ_SECONDS
        self.ends = time.monotonic() + self.seconds

    def check(self) -> None:
        if time.monotonic() > self.ends:
            raise DocumentError(self.name, f"reading took longer than {self.seconds:g} s "
                                           "(set KG_READ_SECONDS to allow more); skipped")


def check_text(name: str, text: str) -> str:
    """The text, or DocumentError where it is longer than a document's text may be."""
    if len(text) > MAX_TEXT_CHARS:
        raise DocumentError(name, f"its text is too long to be an inspection document "
                                  f"({len(text) / 1048576:.1f} M characters; the limit is "
                                  f"{MAX_TEXT_CHARS / 1048576:g} M, set KG_MAX_TEXT_MB to raise it)")
    return text


def too_large(shown: str, size: float) -> DocumentError:
    return DocumentError(shown, f"too large to be an inspection document ({size / 1048576:.1f} MB; "
                                f"the limit is {MAX_BYTES / 1048576:g} MB, set KG_MAX_DOCUMENT_MB to raise it)")


def read_bounded(path: Path, shown: str) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES; DocumentError for anything else.

    The file is opened without blocking (a FIFO with no writer cannot hang the build) and
    checked after opening, and at most MAX_BYTES + 1 bytes are ever read, whatever size
    the file claims (so /proc files and files growing under us stay bounded too).
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise DocumentError(shown, "no such file") from None
    except IsADirectoryError:
        raise DocumentError(shown, "is a directory") from None
    except OSError as exc:
        raise DocumentError(shown, os_problem(exc)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise DocumentError(shown, "is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise DocumentError(shown, f"not a regular file ({file_kind(info.st_mode)}); skipped")
        if info.st_size > MAX_BYTES:
            raise too_large(shown, info.st_size)
        chunks, total = [], 0
        while total <= MAX_BYTES:
            chunk = os.read(fd, min(1 << 20, MAX_BYTES + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > MAX_BYTES:
            raise too_large(shown, total)
        return b"".join(chunks)
    except OSError as exc:
        raise DocumentError(shown, os_problem(exc)) from None
    finally:
        os.close(fd)


def os_problem(exc: OSError) -> str:
    """An OSError on opening or reading a file, in the words of a warning."""
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.EACCES:
        return "permission denied"
    return f"cannot be read ({exc.strerror or exc})"


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    for test, kind in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a folder")):
        if test(mode):
            return kind
    return "not a regular file"
