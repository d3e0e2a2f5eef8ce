"""The merged graph between builds: every N-Triples line once, sorted, with the number of
sources (documents, plus the ontology and gazetteer) that state it.

An incremental build subtracts the lines of documents that changed or went and adds those
of new ones; a line leaves the graph only when no source states it any more. The lines
that leave and arrive are all an incremental build has to write: their subjects are the
Turtle blocks to redraw and the triples to take from or add to the store.

A record is the line followed by its count as an N-Triples comment ("<s> <p> <o> . #2"),
so the records, as they are, are an N-Triples document that Oxigraph loads (a parser skips
comments): no pass over a million lines to take the counts off before loading.

It is kept in two files, as a log-structured store keeps a table and its recent changes:

- the base (cache/merged.bin): one sorted run of records, in blocks of about BLOCK_BYTES
  compressed each on its own (zlib), with the first line of every block in an index at the
  top; written whole by a clean build, with fsync. A search reads the index and opens one
  block, so a one-document rebuild decompresses a few blocks, and the file is about a
  tenth of the lines it holds (issue 15: the cache within twice the size of graph.ttl);
- the changes (cache/merged-changes.bin): the lines whose count differs from the base's,
  with their count now (0: gone), rewritten by each incremental build. It is small, so it
  is written without fsync and checked whole when read.

When the changes grow past a twentieth of the base, they are folded into a new base.
So a one-document rebuild reads a few blocks of the base and writes a few kilobytes,
where rewriting the base would compress 140 MB for 10,000 documents.
"""

from __future__ import annotations

import zlib
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import KgError

_BASE_MAGIC = b"peel-kg merged lines 4"
_CHANGES_MAGIC = b"peel-kg merged changes 1"
_MARK = b" #"  # between a record's line and its count (the last on the line: a count has no space)
BLOCK_BYTES = 1 << 16  # a base block's records, uncompressed, at least (a block ends with a record)
BLOCK_COMPRESSION = 1  # zlib's fastest level: N-Triples still shrink to about a tenth
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


def record(line: bytes, count: int) -> bytes:
    return b"%b #%d\n" % (line, count)


class _Records:
    """A sorted run of records (b"LINE #COUNT\n"), in memory."""

    def __init__(self, data: bytes, size: int) -> None:
        self.data = data
        self.size = size  # how many records

    def __len__(self) -> int:
        """The length in bytes (size is the number of records)."""
        return len(self.data)

    def whole(self) -> _Records:
        return self

    def record_at(self, start: int) -> tuple[bytes, int, int]:
        """The line of the record starting at `start`, its count, and where the next begins."""
        end = self.data.find(b"\n", start)
        mark = self.data.rfind(_MARK, start, end)
        if end < 0 or mark < 0 or not self.data[mark + 2:end].isdigit():
            raise MergedStateError(f"a damaged record at byte {start}")
        return self.data[start:mark], int(self.data[mark + 2:end]), end + 1

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

    def blocks(self) -> Iterator[tuple[bytes, bytes]]:
        """(first line, records) of each block of about BLOCK_BYTES, cut after a record."""
        data, at = self.data, 0
        while at < len(data):
            cut = data.find(b"\n", min(at + BLOCK_BYTES, len(data)) - 1) + 1 or len(data)
            yield self.record_at(at)[0], data[at:cut]
            at = cut


class _Blocks:
    """The base as read from its file: an index of each block's first line, and the blocks,
    compressed, each opened when a search first reaches it (and kept: the lines an update
    looks up come in order, so one block serves many)."""

    def __init__(self, size: int, length: int, firsts: list[bytes], spans: list[tuple[int, int]], body: bytes) -> None:
        self.size = size  # how many records
        self.length = length  # the records' length in bytes, uncompressed
        self.firsts, self.spans, self.body = firsts, spans, body
        self._opened: dict[int, _Records] = {}

    def __len__(self) -> int:
        return self.length

    def _block(self, i: int) -> _Records:
        block = self._opened.get(i)
        if block is None:
            start, end = self.spans[i]
            try:
                block = self._opened[i] = _Records(zlib.decompress(self.body[start:end]), 0)
            except zlib.error:
                raise MergedStateError(f"a damaged block ({i})") from None
        return block

    def whole(self) -> _Records:
        """Every record, decompressed."""
        data = b"".join(self._block(i).data for i in range(len(self.spans)))
        if len(data) != self.length:
            raise MergedStateError("the blocks do not add up to the base's length")
        return _Records(data, self.size)

    def count_of(self, line: bytes) -> int:
        i = bisect_right(self.firsts, line) - 1
        return self._block(i).count_of(line) if i >= 0 else 0

    def starting_with(self, head: bytes) -> Iterator[tuple[bytes, int]]:
        # the lines that start with head sort together from head on: from the block where
        # head would go, into the next blocks for as long as they start with it
        for i in range(max(bisect_left(self.firsts, head) - 1, 0), len(self.spans)):
            if i > 0 and self.firsts[i] >= head and not self.firsts[i].startswith(head):
                return
            yield from self._block(i).starting_with(head)


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
        records = b"".join(record(line.encode("utf-8")[:-1], tally[line]) for line in ordered)
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
        base = self.base.whole()
        if not self.changes:
            return base.data
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
                pieces.append(record(line, self.changes[line]))
            done = after
        pieces.append(base.data[done:])
        return b"".join(pieces)

    def text(self) -> Iterator[str]:
        """Every line (with its newline), in order."""
        if self._text is not None:
            return iter(self._text)
        return (line[:line.rindex(" #")] + "\n" for line in self.records().decode("utf-8").split("\n")[:-1])

    def ntriples(self) -> bytes:
        """Every line, as an N-Triples document: the records themselves, whose counts are
        comments to a parser."""
        return self.records()

    # -- the two files ---------------------------------------------------------------------

    def needs_compacting(self) -> bool:
        return len(self.changes) > max(COMPACT_MIN, self.base.size // COMPACT_SHARE)

    def compacted(self) -> MergedLines:
        """The same lines with the changes folded into a new base (to be written)."""
        return MergedLines(_Records(self.records(), self.size), text=self._text)

    def base_bytes(self) -> bytes:
        """The base file: a header (magic, records, bytes, blocks), each block's offset,
        length and first line, then the compressed blocks."""
        base = self.base.whole()
        index, body, at = [], [], 0
        for first, data in base.blocks():
            packed = zlib.compress(data, BLOCK_COMPRESSION)
            index.append(b"%d %d %b\n" % (at, len(packed), first))
            body.append(packed)
            at += len(packed)
        return b"".join([b"%s %d %d %d\n" % (_BASE_MAGIC, base.size, len(base), len(index)), *index, *body])

    def changes_bytes(self) -> bytes:
        """The changes, and which base they go with (its length in bytes and in lines)."""
        body = b"".join(b"%d\t%b\n" % (self.changes[line], line) for line in sorted(self.changes))
        return b"%s %d %d %d\n%b" % (_CHANGES_MAGIC, len(self.base), self.base.size, self.size, body)

    @classmethod
    def read(cls, base_path: Path, changes_path: Path) -> MergedLines:
        """The base's index (its blocks are opened as searches reach them), and its changes."""
        data = base_path.read_bytes()
        base = _read_base(data, base_path)
        header, _, body = changes_path.read_bytes().partition(b"\n")
        fields = header.rsplit(b" ", 3)  # MAGIC BASE-BYTES BASE-LINES LINES-NOW
        if (len(fields) != 4 or fields[0] != _CHANGES_MAGIC or not all(f.isdigit() for f in fields[1:])
                or (int(fields[1]), int(fields[2])) != (len(base), base.size)):
            raise MergedStateError(f"{changes_path}: not the changes of {base_path}")
        if body and not body.endswith(b"\n"):
            raise MergedStateError(f"{changes_path}: cut short")
        changes: dict[bytes, int] = {}
        for entry in body.split(b"\n")[:-1]:
            count, tab, line = entry.partition(b"\t")
            if not tab or not count.isdigit() or not line:
                raise MergedStateError(f"{changes_path}: a damaged record")
            changes[line] = int(count)
        return cls(base, changes, int(fields[3]), base_on_disk=True)


def _read_base(data: bytes, path: Path) -> _Blocks:
    header_end = data.find(b"\n")
    fields = data[:max(header_end, 0)].rsplit(b" ", 3)  # MAGIC RECORDS BYTES BLOCKS
    if header_end < 0 or len(fields) != 4 or fields[0] != _BASE_MAGIC or not all(f.isdigit() for f in fields[1:]):
        raise MergedStateError(f"{path}: not a merged-lines file")
    firsts, spans, at = [], [], header_end + 1
    for _ in range(int(fields[3])):
        end = data.find(b"\n", at)
        offset, length, first = data[at:end].split(b" ", 2) if end > 0 else (b"", b"", b"")
        if not offset.isdigit() or not length.isdigit():
            raise MergedStateError(f"{path}: a damaged index")
        firsts.append(first)
        spans.append((int(offset), int(offset) + int(length)))
        at = end + 1
    body = data[at:]
    if spans and spans[-1][1] != len(body):
        raise MergedStateError(f"{path}: cut short")
    return _Blocks(int(fields[1]), int(fields[2]), firsts, spans, body)
