"""The merged graph between builds: every N-Triples line once, sorted, with the number of
sources (documents, plus the ontology and gazetteer) that state it.

An incremental build subtracts the lines of documents that changed or went and adds those
of new ones; a line leaves the graph only when no source states it any more. The lines
that leave and arrive are all an incremental build has to write: their subjects are the
Turtle blocks to redraw and the triples to take from or add to the store.

It is kept as one sorted run of "COUNT<tab>LINE<newline>" records and searched in place:
splitting a million lines into Python objects would take longer than the whole update.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import KgError

_MAGIC = b"peel-kg merged lines 2"
_COUNT = re.compile(rb"^\d+\t", re.MULTILINE)


class MergedStateError(KgError):
    """The saved merged lines do not fit the documents the manifest lists."""


@dataclass(frozen=True)
class Change:
    removed: list[bytes]  # lines no source states any more, sorted (without their newline)
    added: list[bytes]    # lines no source stated before, sorted

    def subjects(self) -> list[bytes]:
        """The subjects whose lines changed, sorted."""
        return sorted({line[:line.index(b" ")] for line in (*self.removed, *self.added)})


class MergedLines:
    def __init__(self, records: bytes, size: int, text: list[str] | None = None) -> None:
        self.records = records  # b"COUNT\tLINE\n" for every line, sorted by LINE
        self.size = size        # how many lines
        self._text = text       # the lines as text, when they are at hand anyway

    @classmethod
    def count(cls, sources: Iterable[Iterable[str]]) -> MergedLines:
        """Count the lines (with newlines, as DocumentResult holds them) of every source."""
        tally: Counter = Counter()
        for lines in sources:
            tally.update(lines)
        ordered = sorted(tally)
        records = b"".join(b"%d\t%b" % (tally[line], line.encode("utf-8")) for line in ordered)
        return cls(records, len(ordered), ordered)

    def __len__(self) -> int:
        return self.size

    def _record_at(self, start: int) -> tuple[bytes, int, int]:
        """The line of the record starting at `start`, its count, and where the next begins."""
        tab = self.records.index(b"\t", start)
        end = self.records.index(b"\n", tab)
        return self.records[tab + 1:end], int(self.records[start:tab]), end + 1

    def _find(self, key: bytes, lo: int = 0) -> int:
        """Where the first record whose line is not below `key` starts (binary search on bytes)."""
        records, hi = self.records, len(self.records)
        while lo < hi:
            mid = (lo + hi) // 2
            start = records.rfind(b"\n", lo, mid) + 1 or lo
            line, _, after = self._record_at(start)
            if line < key:
                lo = after
            else:
                hi = start
        return lo

    def apply(self, gone: Iterable[Iterable[str]], new: Iterable[Iterable[str]]) -> Change:
        """Take the lines of the gone sources away and add those of the new ones."""
        delta: Counter = Counter()
        for lines in gone:
            delta.subtract(line.encode("utf-8")[:-1] for line in lines)
        for lines in new:
            delta.update(line.encode("utf-8")[:-1] for line in lines)
        pieces, removed, added = [], [], []
        done = 0  # the records before this offset are already in pieces
        for line, step in sorted(delta.items()):
            if not step:
                continue
            at = self._find(line, done)
            present, count, after = False, 0, at
            if at < len(self.records):
                found, count, after = self._record_at(at)
                present = found == line
            total = (count if present else 0) + step
            if total < 0:
                raise MergedStateError("the saved graph lacks lines of a document it lists")
            pieces.append(self.records[done:at])
            if total:
                pieces.append(b"%d\t%b\n" % (total, line))
            if present and not total:
                removed.append(line)
            elif not present and total:
                added.append(line)
            done = after if present else at
        pieces.append(self.records[done:])
        self.records = b"".join(pieces)
        self.size += len(added) - len(removed)
        self._text = None
        return Change(removed, added)

    def of_subject(self, subject: bytes) -> list[str]:
        """The lines (with newlines) whose subject is `subject`, sorted."""
        head, found = subject + b" ", []
        at = self._find(head)
        while at < len(self.records):
            line, _, at = self._record_at(at)
            if not line.startswith(head):
                break
            found.append(line.decode("utf-8") + "\n")
        return found

    def text(self) -> Iterator[str]:
        """Every line (with its newline), in order."""
        if self._text is not None:
            return iter(self._text)
        return (line + "\n" for line in self.ntriples().decode("utf-8").split("\n")[:-1])

    def ntriples(self) -> bytes:
        """Every line, as an N-Triples document."""
        return _COUNT.sub(b"", self.records)

    def to_bytes(self) -> bytes:
        return b"%s %d\n%b" % (_MAGIC, self.size, self.records)

    @classmethod
    def read(cls, path: Path) -> MergedLines:
        data = path.read_bytes()
        header, _, records = data.partition(b"\n")
        magic, _, size = header.rpartition(b" ")
        if magic != _MAGIC or not size.isdigit() or (records and not records.endswith(b"\n")):
            raise MergedStateError(f"{path}: not a merged-lines file")
        if records.count(b"\n") != int(size):
            raise MergedStateError(f"{path}: cut short")
        return cls(records, int(size))
