"""What a reader gives back: the text of a file and a map from its offsets to the source."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True)
class Reading:
    """The text of one file as the extractors read it, with where each part came from.

    `parts` maps text offsets to places in the source: (offset where a part starts, its
    label), in offset order; "page 3" for a PDF, "paragraph 12" or "table 1, row 2, cell 3"
    for a Word file. `page_starts[i]` is the offset where page i + 1 begins.
    """

    text: str
    media: str  # text | html | pdf | docx
    format: str  # the media type: text/plain, text/html, application/pdf, ...
    encoding: str  # the character encoding of the bytes; "" where none applies (PDF)
    pages: int | None = None
    page_starts: tuple[int, ...] = ()
    parts: tuple[tuple[int, str], ...] = ()
    notices: tuple[str, ...] = ()  # what to warn about while the file is still read
    chrome: str = ""  # text the reader leaves out of `text`: a web page's menus, banners and footers


def page_at(page_starts: tuple[int, ...], offset: int) -> int | None:
    """The 1-based page holding the text offset, or None where the text has no pages."""
    if not page_starts or offset < 0:
        return None
    return max(bisect_right(page_starts, offset), 1)


def part_at(parts: tuple[tuple[int, str], ...], offset: int) -> str | None:
    """The label of the source part holding the text offset."""
    index = bisect_right(parts, (offset, "\uffff")) - 1
    return parts[index][1] if index >= 0 else None
