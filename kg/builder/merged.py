"""The merged graph between builds: every N-Triples line once, sorted, with the number of
sources (documents, plus the ontology and gazetteer) that state it.

An incremental build subtracts the lines of documents that changed or went and adds those
of new ones; a line leaves the graph only when no source states it any more. The lines
that leave and arrive are all an incremental build has to write: their subjects are the
Turtle blocks to redraw and the triples to take from or add to the store.

It is kept in two files, as a log-structured store keeps a table and its recent changes:

- the base (cache/merged.bin): one sorted run of "COUNT<tab>LINE<newline>" records, written
  whole by a clean build, with fsync, and then only mapped and searched in place (splitting
  a million lines into Python objects would take longer than the whole update);
- the changes (cache/merged-changes.bin): the lines whose count differs from the base's,
  with their count now (0: gone), rewritten by each incremental build. It is small, so it
  is written without fsync and checked whole when read.

When the changes grow past a twentieth of the base, they are folded into a new base.
So a one-document rebuild reads a few pages of the base and writes a few kilobytes,
where rewriting the base would read and write 130 MB for 10,000 documents.
"""

from __future__ import annotations

import mmap
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import KgError

_BASE_MAGIC = b"peel-kg merged lines 3"
_CHANGES_MAGIC = b"peel-kg merged changes 1"
_COUNT = re.compile(rb"^\d+\t", re.MULTILINE)
COMPACT_MIN = 20_000  # changes kept apart from the base before folding them in, at least
COMPACT_SHARE = 20    # ... or a twentieth of the base's lines, whichever is more


class MergedStateError(KgError):
    """The saved merged lines do not fit the documents the manifest lists."""


@dataclass(frozen=True)
class Change:
    removed: list[bytes]  # lines no source states any more, sorted (without their newline)
    added: list[bytes]    # lines no source stated before, sorted

    def subjects(self) -> list[bytes]:
        """The subjects whose lines changed, sorted."""
        return sorted({line[:line.index(b" ")] for line in (*self.removed, *self.added)})


class _Records:
    """A sorted run of b"COUNT\\tLINE\\n" records (bytes, or an mmap of the base file)."""

    def __init__(self, data: Any, size: int) -> None:
        self.data = data
        self.size = size  # how many records

    def __len__(self) -> int:
        """The length in bytes (size is the number of records)."""
        return len(self.data)

    def record_at(self, start: int) -> tuple[bytes, int, int]:
        """The line of the record starting at `start`, its count, and where the next begins."""
        try:
            tab = self.data.index(b"\t", start)
            end = self.data.index(b"\n", tab)
            return self.data[tab + 1:end], int(self.data[start:tab]), end + 1
        except ValueError:
            raise MergedStateError(f"a damaged record at byte {start}") from None

    def find(self, key: bytes, lo: int = 0) -> int:
        """Where the first record whose line is not below `key` starts (binary search on bytes)."""
        data, hi = self.data, len(self.data)
        while lo < hi:
            mid = (lo + hi) // 2
            start = data.rfind(b"\n", lo, mid) + 1 or lo
            line, _, after = self.record_at(start)
            if line < key:
                lo = after
            else:
                hi = start
        return lo

    def count_of(self, line: bytes) -> int:
        at = self.find(line)
        if at < len(self.data):
            found, count, _ = self.record_at(at)
            if found == line:
                return count
        return 0

    def starting_with(self, head: bytes) -> Iterator[tuple[bytes, int]]:
        at = self.find(head)
        while at < len(self.data):
            line, count, at = self.record_at(at)
            if not line.startswith(head):
                break
            yield line, count


class MergedLines:
    def __init__(self, base: _Records, changes: dict[bytes, int] | None = None, size: int | None = None,
                 text: list[str] | None = None, base_on_disk: bool = False) -> None:
        self.base = base
        self.changes = changes or {}  # line -> its count now, where that differs from the base's
        self.size = base.size if size is None else size  # how many lines now
        self.base_on_disk = base_on_disk  # the base is the file it was read from (not to be written)
        self._text = text  # the lines as text, when they are at hand anyway
        self._changed_lines: list[bytes] | None = None  # sorted(changes), made when first needed

    @classmethod
    def count(cls, sources: Iterable[Iterable[str]]) -> MergedLines:
        """Count the lines (with newlines, as DocumentResult holds them) of every source."""
        tally: Counter = Counter()
        for lines in sources:
            tally.update(lines)
        ordered = sorted(tally)
        records = b"".join(b"%d\t%b" % (tally[line], line.encode("utf-8")) for line in ordered)
        return cls(_Records(records, len(ordered)), text=ordered)

    def __len__(self) -> int:
        return self.size

    def _count_of(self, line: bytes) -> int:
        now = self.changes.get(line)
        return self.base.count_of(line) if now is None else now

    def apply(self, gone: Iterable[Iterable[str]], new: Iterable[Iterable[str]]) -> Change:
        """Take the lines of the gone sources away and add those of the new ones."""
        delta: Counter = Counter()
        for lines in gone:
            delta.subtract(line.encode("utf-8")[:-1] for line in lines)
        for lines in new:
            delta.update(line.encode("utf-8")[:-1] for line in lines)
        removed, added = [], []
        for line, step in sorted(delta.items()):
            if not step:
                continue
            before = self._count_of(line)
            total = before + step
            if total < 0:
                raise MergedStateError("the saved graph lacks lines of a document it lists")
            self.changes[line] = total
            if before and not total:
                removed.append(line)
            elif not before and total:
                added.append(line)
        self.size += len(added) - len(removed)
        self._text = self._changed_lines = None
        return Change(removed, added)

    def of_subject(self, subject: bytes) -> list[str]:
        """The lines (with newlines) whose subject is `subject`, sorted."""
        head = subject + b" "
        found = {line for line, count in self.base.starting_with(head) if self.changes.get(line, count)}
        if self._changed_lines is None:
            self._changed_lines = sorted(self.changes)
        at = bisect_left(self._changed_lines, head)
        while at < len(self._changed_lines) and self._changed_lines[at].startswith(head):
            line = self._changed_lines[at]
            if self.changes[line]:
                found.add(line)
            at += 1
        return [line.decode("utf-8") + "\n" for line in sorted(found)]

    def records(self) -> bytes:
        """Every record now: the base's with the changes folded in."""
        base = self.base
        if not self.changes:
            return bytes(base.data)
        pieces, done = [], 0  # the base's records before `done` are already in pieces
        for line in sorted(self.changes):
            at = base.find(line, done)
            after = at
            if at < len(base):
                found, _, next_start = base.record_at(at)
                if found == line:
                    after = next_start
            pieces.append(base.data[done:at])
            if self.changes[line]:
                pieces.append(b"%d\t%b\n" % (self.changes[line], line))
            done = after
        pieces.append(base.data[done:])
        return b"".join(pieces)

    def text(self) -> Iterator[str]:
        """Every line (with its newline), in order."""
        if self._text is not None:
            return iter(self._text)
        return (line + "\n" for line in self.ntriples().decode("utf-8").split("\n")[:-1])

    def ntriples(self) -> bytes:
        """Every line, as an N-Triples document."""
        return _COUNT.sub(b"", self.records())

    # -- the two files ---------------------------------------------------------------------

    def needs_compacting(self) -> bool:
        return len(self.changes) > max(COMPACT_MIN, self.base.size // COMPACT_SHARE)

    def compacted(self) -> MergedLines:
        """The same lines with the changes folded into a new base (to be written)."""
        return MergedLines(_Records(self.records(), self.size), text=self._text)

    def base_bytes(self) -> bytes:
        return b"%s %d\n%b" % (_BASE_MAGIC, self.base.size, bytes(self.base.data))

    def changes_bytes(self) -> bytes:
        """The changes, and which base they go with (its length in bytes and in lines)."""
        body = b"".join(b"%d\t%b\n" % (self.changes[line], line) for line in sorted(self.changes))
        return b"%s %d %d %d\n%b" % (_CHANGES_MAGIC, len(self.base), self.base.size, self.size, body)

    @classmethod
    def read(cls, base_path: Path, changes_path: Path) -> MergedLines:
        """The base, mapped (its pages are read as searches touch them), and its changes."""
        try:
            with open(base_path, "rb") as fh:
                mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # an empty file cannot be mapped
            raise MergedStateError(f"{base_path}: empty") from None
        header_end = mapped.find(b"\n")
        magic, _, size = mapped[:max(header_end, 0)].rpartition(b" ")
        if header_end < 0 or magic != _BASE_MAGIC or not size.isdigit() or mapped[-1:] != b"\n":
            raise MergedStateError(f"{base_path}: not a merged-lines file")
        base = _Records(_MappedRun(mapped, header_end + 1), int(size))
        header, _, body = changes_path.read_bytes().partition(b"\n")
        fields = header.rsplit(b" ", 3)  # MAGIC BASE-BYTES BASE-LINES LINES-NOW
        if (len(fields) != 4 or fields[0] != _CHANGES_MAGIC or not all(f.isdigit() for f in fields[1:])
                or (int(fields[1]), int(fields[2])) != (len(base), base.size)):
            raise MergedStateError(f"{changes_path}: not the changes of {base_path}")
        if body and not body.endswith(b"\n"):
            raise MergedStateError(f"{changes_path}: cut short")
        changes: dict[bytes, int] = {}
        for record in body.split(b"\n")[:-1]:
            count, tab, line = record.partition(b"\t")
            if not tab or not count.isdigit() or not line:
                raise MergedStateError(f"{changes_path}: a damaged record")
            changes[line] = int(count)
        return cls(base, changes, int(fields[3]), base_on_disk=True)


class _MappedRun:
    """The records of a mapped base file (past its header line), with the few bytes
    operations _Records needs, each made on the mapping without copying it."""

    def __init__(self, mapped: mmap.mmap, offset: int) -> None:
        self.mapped, self.offset = mapped, offset

    def __len__(self) -> int:
        return len(self.mapped) - self.offset

    def __getitem__(self, key: slice) -> bytes:
        start, stop, _ = key.indices(len(self))
        return self.mapped[self.offset + start:self.offset + stop]

    def __bytes__(self) -> bytes:
        return self.mapped[self.offset:]

    def index(self, sub: bytes, start: int = 0) -> int:
        at = self.mapped.find(sub, self.offset + start)
        if at < 0:
            raise ValueError(f"{sub!r} not found")
        return at - self.offset

    def rfind(self, sub: bytes, start: int, end: int) -> int:
        at = self.mapped.rfind(sub, self.offset + start, self.offset + end)
        return at if at < 0 else at - self.offset
