"""Rewriting graph.ttl and graph.trig by replacing only the blocks that changed.

Both files are written by kg.turtle in blocks whose boundaries are easy to find again:
in Turtle, a blank line before every subject's block; in TriG, a "}" line and a blank line
between named graphs (no literal holds a raw newline, so neither can occur inside one).
Blocks are in the order of their N-Triples subject (Turtle) or of the graph list (TriG),
so an edit redraws a handful of blocks and copies the rest as bytes. The result is the
same bytes a full write gives; the tests compare the two after every kind of change.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence

from .errors import KgError
from .turtle import Shortener, graph_block, header, subject_block


class SpliceError(KgError):
    """The old file is not laid out as kg.turtle writes it; write it whole instead."""


def _expand(token: bytes, prefixes: Mapping[str, str]) -> bytes:
    """A block's first token back in N-Triples form (prefixed names are written in full)."""
    if token.startswith((b"<", b"_:")):
        return token
    prefix, _, local = token.decode("utf-8").partition(":")
    return f"<{prefixes[prefix]}{local}>".encode()


def splice_turtle(old: bytes, changed: Mapping[str, Sequence[str]], prefixes: dict[str, str]) -> bytes:
    """graph.ttl with the blocks of the `changed` subjects (N-Triples text -> all their
    sorted lines now; none: the subject is gone) redrawn and every other block kept."""
    short = Shortener(prefixes)
    head = header(prefixes).encode("utf-8")
    if not old.startswith(head + b"\n") or not old.endswith(b"\n"):
        raise SpliceError("graph.ttl does not start with our prefixes")
    blocks = old[len(head) + 1:-1].split(b"\n\n")
    where = {block[:block.find(b" ")]: i for i, block in enumerate(blocks)}
    replaced: dict[int, bytes | None] = {}
    inserted: dict[int, list[tuple[bytes, bytes]]] = {}
    for subject, lines in changed.items():
        text = subject_block(lines, short).encode("utf-8")[1:-1] if lines else None
        token = (short.iri(subject) if subject.startswith("<") else subject).encode("utf-8")
        at = where.get(token)
        if at is not None:
            replaced[at] = text
        elif text is not None:
            key = subject.encode("utf-8") + b" "
            at = bisect_left(blocks, key, key=lambda b: _expand(b[:b.find(b" ")], prefixes) + b" ")
            inserted.setdefault(at, []).append((key, text))
    out = []
    for i in range(len(blocks) + 1):
        out.extend(text for _, text in sorted(inserted.get(i, ())))
        if i < len(blocks):
            text = replaced.get(i, blocks[i])
            if text is not None:
                out.append(text)
    return head + (b"\n" + b"\n\n".join(out) + b"\n" if out else b"")


def splice_trig(old: bytes, graphs: Sequence[tuple[str, Sequence[str] | None]],
                prefixes: dict[str, str]) -> bytes:
    """graph.trig for `graphs` in order: (graph IRI, its sorted lines) where the graph is new
    or changed, (graph IRI, None) where the old file's block for it still holds."""
    short = Shortener(prefixes)
    head = header(prefixes).encode("utf-8")
    if not old.startswith(head + b"\n") or not old.endswith(b"}\n"):
        raise SpliceError("graph.trig does not start with our prefixes")
    bodies = old[len(head) + 1:-2].split(b"}\n\n")
    kept = {body[:body.find(b" {")]: body for body in bodies}
    out = [head]
    for name, lines in graphs:
        if lines is not None:
            out.append(graph_block(name, lines, short).encode("utf-8"))
            continue
        body = kept.get(short.iri(f"<{name}>").encode("utf-8"))
        if body is None:
            raise SpliceError(f"graph.trig has no graph {name}")
        out.append(b"\n" + body + b"}\n")
    return b"".join(out)
