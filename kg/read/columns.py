"""Plain text laid out in two columns side by side, as `pdftotext -layout` and fixed-width
exports write a two-column page: each line holds a piece of the left column, a gutter of
spaces, and a piece of the right one. Such a block is read column by column, the left
column's lines first, as the page is read; every other line is left as it is.

A fixed-width table (an area and its grade, spaces between) is no such block: its left
cells do not fill their column the way lines of prose do.
"""

from __future__ import annotations

import re
from statistics import median

GUTTER_SPACES = 3  # spaces at least between the two columns on a line holding both
MIN_SIDE_BY_SIDE = 6  # lines holding both columns, at least, in a block read as columns
PROSE_WORDS = 5  # median words of the left column's pieces: lines of prose
PROSE_FILL = 0.75  # median share of its column's width that a left piece fills: prose, not cells
BLOCK_BLANKS = 2  # blank lines in a row, at most, inside one block

_GAP = re.compile(r"\S( {%d,})(?=\S)" % GUTTER_SPACES)


def _gutters(line: str) -> list[tuple[int, int]]:
    """The runs of GUTTER_SPACES or more spaces between words of a line, as (start, end)."""
    return [m.span(1) for m in _GAP.finditer(line)]


def _fits(line: str, at: int) -> str | None:
    """How a line stands to a gutter at column `at`: "both" (words on each side, spaces at
    it), "left" (ends before it), "right" (blank up to it), or None (words across it)."""
    if not line.strip():
        return "blank"
    if len(line.rstrip()) <= at - 1:
        return "left"
    if not line[:at].strip():
        return "right"
    if any(a <= at - 1 and at + 1 <= b for a, b in _gutters(line)):
        return "both"
    return None


def _best_gutter(lines: list[str]) -> int | None:
    """The column where most lines have a gutter (its middle, counted for each line with
    words on both sides), if MIN_SIDE_BY_SIDE lines or more share it."""
    counts: dict[int, int] = {}
    for line in lines:
        for a, b in _gutters(line):
            for x in range(a + 1, b):  # (a gutter's inner columns, its edges left out)
                counts[x] = counts.get(x, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    if best < MIN_SIDE_BY_SIDE:
        return None
    # (of the columns that most lines share, the rightmost: the right column's edge is straight,
    # the left column's ragged)
    return max(x for x, n in counts.items() if n == best)


def _block(lines: list[str], start: int, at: int) -> int:
    """The end of the block of lines from `start` that all stand clear of a gutter at `at`."""
    end, blanks = start, 0
    for k in range(start, len(lines)):
        fit = _fits(lines[k], at)
        if fit is None:
            break
        blanks = blanks + 1 if fit == "blank" else 0
        if blanks > BLOCK_BLANKS:
            break
        end = k + 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return end


def _prose_left(pieces: list[str], at: int) -> bool:
    """Whether the left column's pieces are lines of prose that fill it, with no gutter
    inside them (a table's row has its cells apart)."""
    if not pieces or sum(1 for p in pieces if _gutters(p.strip())) > (1 - PROSE_FILL) * len(pieces):
        return False
    words = median(len(p.split()) for p in pieces)
    fill = median(len(p.rstrip()) / at for p in pieces)
    return words >= PROSE_WORDS and fill >= PROSE_FILL


def read_columns(text: str) -> str:
    """The text with each block of two columns side by side read column by column."""
    if "   " not in text:
        return text
    lines = text.split("\n")
    at = _best_gutter(lines)
    if at is None:
        return text
    out: list[str] = []
    k = 0
    while k < len(lines):
        if _fits(lines[k], at) != "both":
            out.append(lines[k])
            k += 1
            continue
        start = k
        end = _block(lines, start, at)
        block = lines[start:end]
        both = [ln for ln in block if _fits(ln, at) == "both"]
        left = [ln[:at].rstrip() for ln in block]
        if len(both) < MIN_SIDE_BY_SIDE or not _prose_left([ln[:at] for ln in both], at):
            out.extend(block)
            k = end
            continue
        right = [ln[at:].rstrip() for ln in block]
        indent = min((len(r) - len(r.lstrip()) for r in right if r.strip()), default=0)
        out.extend(left)
        out.append("")
        out.extend(r[indent:] for r in right)
        k = end
    return "\n".join(out)
