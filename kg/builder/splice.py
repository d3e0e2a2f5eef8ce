"""Rewriting graph.ttl and graph.trig by replacing only the blocks that changed.

Both files are written by kg.graph.turtle in blocks whose boundaries are easy to find again:
in Turtle, a blank line before every subject's block; in TriG, a "}" line and a blank line
between named graphs (no literal holds a raw newline, so neither can occur inside one).
Blocks are in the order of their N-Triples subject (Turtle) or of the graph list (TriG).
So each changed block is found by binary search over the old file's bytes, and the new
file is the old one's unchanged stretches (views into it, never copied in Python) with
the redrawn blocks between them: an edit costs a few dozen reads of the old file, not a
pass over it. The result is the same bytes a full write gives; the tests compare the two
after every kind of change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Union

from ..errors import KgError
from ..graph.turtle import Shortener, graph_block, header, subject_block

# What the splicers read: bytes, or an mmap of the old file (both have find() and slicing).
Buffer = Any
# What they return: pieces to write one after another (views into the old file, new bytes).
Pieces = list[Union[bytes, memoryview]]


class SpliceError(KgError):
    """The old file is not laid out as kg.graph.turtle writes it; write it whole instead."""


def _expand(token: bytes, prefixes: Mapping[str, str]) -> bytes:
    """A block's first token back in N-Triples form (prefixed names are written in full)."""
    if token.startswith((b"<", b"_:")):
        return token
    prefix, _, local = token.decode("utf-8").partition(":")
    if prefix not in prefixes:
        raise SpliceError(f"unknown prefix {prefix!r}")
    return f"<{prefixes[prefix]}{local}>".encode()


class _Blocks:
    """old[start:end]: blocks separated by `sep`, in ascending order of `key_of(head)`,
    where a block's head is its bytes up to the first `stop`."""

    def __init__(self, old: Buffer, start: int, end: int, sep: bytes, stop: bytes,
                 key_of: Callable[[bytes], Any]) -> None:
        self.old, self.start, self.end, self.sep, self.stop, self.key_of = old, start, end, sep, stop, key_of

    def next_start(self, pos: int) -> int:
        """The first block start at or after pos (end if none)."""
        if pos <= self.start:
            return self.start
        at = self.old.find(self.sep, pos - len(self.sep), self.end)
        return self.end if at < 0 else at + len(self.sep)

    def block_end(self, start: int) -> int:
        at = self.old.find(self.sep, start, self.end)
        return self.end if at < 0 else at

    def key(self, start: int) -> Any:
        stop = self.old.find(self.stop, start, self.end)
        if stop < 0:
            raise SpliceError(f"a block at byte {start} has no {self.stop!r}")
        return self.key_of(self.old[start:stop])

    def lower_bound(self, target: Any) -> int:
        """The start of the first block whose key is not below target (end if none)."""
        lo, hi = self.start, self.end
        while lo < hi:
            mid = (lo + hi) // 2
            at = self.next_start(mid)
            if at == self.end or self.key(at) >= target:
                hi = mid
            else:
                lo = mid + 1
        return self.next_start(lo)

    def edit(self, edits: Sequence[tuple[Any, bytes | None, bool]]) -> Pieces:
        """The blocks after the edits (key, new block or None to drop it, whether the block
        must already be there), as pieces to be joined with sep."""
        view = memoryview(self.old) if not isinstance(self.old, memoryview) else self.old
        pieces: Pieces = []
        pos = self.start
        for target, text, must_exist in sorted(edits, key=lambda e: e[0]):
            at = self.lower_bound(target)
            found = at < self.end and self.key(at) == target
            if must_exist and not found:
                raise SpliceError(f"no block for {target!r}")
            if at > pos:  # the unchanged blocks before this one, without the separator after them
                pieces.append(view[pos:at - len(self.sep) if at < self.end else at])
                pos = at
            if text is not None:
                pieces.append(text)
            if found:
                after = self.block_end(at)
                pos = after + len(self.sep) if after < self.end else self.end
        if pos < self.end:
            pieces.append(view[pos:self.end])
        return pieces


def _body(old: Buffer, head: bytes, tail: bytes, name: str) -> tuple[int, int]:
    """Where the blocks are: after the prefixes and a newline, before the tail. A file of
    the prefixes alone (an empty graph) has none."""
    if old[:len(head)] != head:
        raise SpliceError(f"{name} does not start with our prefixes")
    if len(old) == len(head):
        return len(head), len(head)
    if old[len(head):len(head) + 1] != b"\n" or old[-len(tail):] != tail or len(old) < len(head) + 1 + len(tail):
        raise SpliceError(f"{name} is not laid out as kg writes it")
    return len(head) + 1, len(old) - len(tail)


def _joined(head: bytes, blocks: Pieces, sep: bytes, tail: bytes) -> Pieces:
    out: Pieces = [head]
    for i, block in enumerate(blocks):
        out.extend((sep, block) if i else (block,))
    out.append(tail)
    return out


def splice_turtle(old: Buffer, changed: Mapping[str, Sequence[str]], prefixes: dict[str, str]) -> Pieces:
    """graph.ttl with the blocks of the `changed` subjects (N-Triples text -> all their
    sorted lines now; none: the subject is gone) redrawn and every other block kept."""
    short = Shortener(prefixes)
    head = header(prefixes).encode("utf-8")
    start, end = _body(old, head, b"\n", "graph.ttl")
    blocks = _Blocks(old, start, end, b"\n\n", b" ", lambda token: _expand(token, prefixes) + b" ")
    edits = [(subject.encode("utf-8") + b" ",
              subject_block(lines, short).encode("utf-8")[1:-1] if lines else None, False)
             for subject, lines in changed.items()]
    kept = blocks.edit(edits)
    return _joined(head + b"\n", kept, b"\n\n", b"\n") if kept else [head]


def splice_trig(old: Buffer, graphs: Mapping[str, Sequence[str] | None], last: str,
                prefixes: dict[str, str]) -> Pieces:
    """graph.trig with the named graphs in `graphs` (graph IRI -> its sorted lines now, or
    None: the graph is gone) redrawn and every other graph kept. Graphs are in order of
    their IRI, except `last` (the ontology's), which comes after all of them."""
    short = Shortener(prefixes)
    head = header(prefixes).encode("utf-8")
    start, end = _body(old, head, b"}\n", "graph.trig")

    def key(name: str | bytes) -> tuple[bool, bytes]:
        text = name.encode("utf-8") if isinstance(name, str) else _expand(name, prefixes)[1:-1]
        return (text == last.encode("utf-8"), text)

    blocks = _Blocks(old, start, end, b"}\n\n", b" {", key)
    edits = [(key(name), graph_block(name, lines, short).encode("utf-8")[1:-2] if lines is not None else None,
              lines is None) for name, lines in graphs.items()]
    kept = blocks.edit(edits)
    return _joined(head + b"\n", kept, b"}\n\n", b"}\n") if kept else [head]
