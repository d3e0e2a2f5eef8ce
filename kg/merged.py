"""The merged graph between builds: every N-Triples line once, sorted, with the number of
sources (documents, plus the ontology and gazetteer) that state it.

An incremental build subtracts the lines of documents that changed or went and adds those
of new ones; a line leaves the graph only when no source states it any more. The lines
that leave and arrive are all an incremental build has to write: their subjects are the
Turtle blocks to redraw and the triples to take from or add to the store.
"""

from __future__ import annotations

import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import KgError

_MAGIC = b"peel-kg merged lines 1"


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
    def __init__(self, lines: list[bytes], counts: array.array) -> None:
        self.lines = lines    # sorted, each without its newline
        self.counts = counts  # counts[i]: how many sources state lines[i]

    @classmethod
    def count(cls, sources: Iterable[Iterable[str]]) -> MergedLines:
        """Count the lines (with newlines, as DocumentResult holds them) of every source."""
        tally: Counter = Counter()
        for lines in sources:
            tally.update(lines)
        ordered = sorted(tally)
        return cls([line.encode("utf-8")[:-1] for line in ordered], array.array("I", (tally[k] for k in ordered)))

    def __len__(self) -> int:
        return len(self.lines)

    def apply(self, gone: Iterable[Iterable[str]], new: Iterable[Iterable[str]]) -> Change:
        """Take the lines of the gone sources away and add those of the new ones."""
        delta: Counter = Counter()
        for lines in gone:
            delta.subtract(line.encode("utf-8")[:-1] for line in lines)
        for lines in new:
            delta.update(line.encode("utf-8")[:-1] for line in lines)
        lines, counts = self.lines, self.counts
        kept_lines: list[list[bytes]] = []
        kept_counts: list[array.array] = []
        removed, added = [], []
        start = 0
        for line, step in sorted(delta.items()):
            if not step:
                continue
            at = bisect_left(lines, line, start)
            kept_lines.append(lines[start:at])
            kept_counts.append(counts[start:at])
            present = at < len(lines) and lines[at] == line
            total = (counts[at] if present else 0) + step
            if total < 0:
                raise MergedStateError("the saved graph lacks lines of a document it lists")
            if total:
                kept_lines.append([line])
                kept_counts.append(array.array("I", [total]))
            if present and not total:
                removed.append(line)
            elif not present and total:
                added.append(line)
            start = at + 1 if present else at
        kept_lines.append(lines[start:])
        kept_counts.append(counts[start:])
        self.lines = [line for part in kept_lines for line in part]
        self.counts = array.array("I")
        for part in kept_counts:
            self.counts.extend(part)
        return Change(removed, added)

    def of_subject(self, subject: bytes) -> list[str]:
        """The lines (with newlines) whose subject is `subject`, sorted."""
        head = subject + b" "
        at = bisect_left(self.lines, head)
        found = []
        while at < len(self.lines) and self.lines[at].startswith(head):
            found.append(self.lines[at].decode("utf-8") + "\n")
            at += 1
        return found

    def to_bytes(self) -> bytes:
        header = b"%s %d\n" % (_MAGIC, len(self.lines))
        return b"".join((header, self.counts.tobytes(), b"\n".join(self.lines), b"\n"))

    @classmethod
    def read(cls, path: Path) -> MergedLines:
        data = path.read_bytes()
        header, _, rest = data.partition(b"\n")
        magic, _, size = header.rpartition(b" ")
        if magic != _MAGIC or not size.isdigit():
            raise MergedStateError(f"{path}: not a merged-lines file")
        n = int(size)
        counts = array.array("I")
        counts.frombytes(rest[:n * counts.itemsize])
        body = rest[n * counts.itemsize:]
        lines = body.split(b"\n")[:-1] if body else []
        if len(lines) != n or len(counts) != n:
            raise MergedStateError(f"{path}: cut short")
        return cls(lines, counts)
