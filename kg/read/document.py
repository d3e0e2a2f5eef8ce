"""Turning a file into a Document: bytes, sha256, text (read by kg/read/ for its format),
text for matching, text without markup, genre.

A Document keeps three views of one text, of equal length: `text` (as written, for
evidence), `plain` (non-breaking spaces, curly quotes and dashes folded, for matching) and
`unmarked` (`plain` with its markup blanked by kg.read.markup: what the extractors read),
so an offset found in one slices the same characters out of the others.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import DocumentError
from . import page_at, part_at, read
from .guard import DEFAULT_MAX_MB, MAX_BYTES, file_kind, os_problem, read_bounded
from .html import html_to_text
from .markup import mask_markup
from .text import decode, normalise_newlines

# What the rest of kg imported from here before kg/read/ existed stays importable from here.
__all__ = ["DEFAULT_MAX_MB", "MAX_BYTES", "Document", "decode", "document_from_bytes", "file_kind", "html_to_text",
           "load_document", "normalise_newlines", "os_problem", "plain_text", "read_bounded"]

# One character in, one character out, so offsets agree between `text` and `plain`.
_PLAIN = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\t": "\t",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
})


@dataclass(frozen=True)
class Document:
    """One input document, read and decoded."""

    path: Path
    name: str  # file name relative to the input folder it was found in
    sha256: str
    encoding: str  # utf-8 | cp1252 | utf-16; "" for PDF
    media: str  # text | html | pdf | docx
    text: str  # as written (HTML, PDF and Word turned into text), line endings normalised
    plain: str  # `text` folded for matching; same length as `text`
    unmarked: str  # `plain` with tags, page chrome, Markdown marks and quote markers blanked; same length
    genre: str | None  # None where no genre fits
    format: str = "text/plain"  # the media type of the file's content
    pages: int | None = None  # a PDF's page count
    page_starts: tuple[int, ...] = ()  # the offset in `text` where each page begins
    parts: tuple[tuple[int, str], ...] = ()  # (offset, "paragraph 3" | "table 1, row 2" | "page 4")
    notices: tuple[str, ...] = ()  # what to warn about the file while it is still read
    chrome: str = ""  # what the reader left out of `text` (a page's menus and footers), a line per block

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding a text offset (None where the document has no pages)."""
        return page_at(self.page_starts, offset)

    def part_at(self, offset: int) -> str | None:
        """Where in the source a text offset came from ("page 3", "table 1, row 2")."""
        return part_at(self.parts, offset)

    def page_of(self, evidence: str) -> int | None:
        """The page an evidence sentence begins on, found by its text (None without pages)."""
        if not self.page_starts or not evidence:
            return None
        offset = self.text.find(evidence)
        if offset < 0:
            offset = self.text.find(evidence.strip().split("\n", 1)[0][:80])
        return self.page_at(offset) if offset >= 0 else None


def plain_text(text: str) -> str:
    """Fold non-breaking spaces, curly quotes and dashes; keeps the length."""
    return text.translate(_PLAIN)


def load_document(path: Path, name: str | None = None, genre_of: Callable[[str], str | None] | None = None) -> Document:
    """Read one file into a Document; raises DocumentError naming the file and the problem.
    `genre_of(plain text)` labels its genre (reading knows no genres: kg.extract.open_document
    passes the extractors' detector); without it the document has none.

    Only a regular file is read: the file is opened without blocking (a FIFO with no
    writer cannot hang the build) and checked after opening, and at most MAX_BYTES + 1
    bytes are ever read, whatever size the file claims (so /proc files and files growing
    under us stay bounded too).
    """
    shown = name or path.name
    data = read_bounded(path, shown)
    return document_from_bytes(data, path, shown, genre_of or _no_genre)


# Typographic ligatures a PDF's text layer may keep ("eﬃcient", "ﬁndings") are spelled out,
# and soft hyphens, zero-width spaces and word joiners (invisible; a page copied from the web keeps
# them inside words: "harass\u200bment") dropped, so that words match as they read.
_SPELLED = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
            "\ufb05": "st", "\ufb06": "st", "\u00ad": "", "\u200b": "",
            "\u2060": "", "\ufeff": ""}
# UTF-8 read as Windows-1252 somewhere on a page's way and saved again ("Commissionerâ€™s",
# "2023â€“25", "Â£"): each character's bytes, shown as two or three cp1252 characters, read
# as the one character they were. (cp1252 leaves five bytes undefined: they pass as themselves.)
_CP1252_HIGH = bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore") + "\x81\x8d\x8f\x90\x9d"
_FOLLOWER = "[" + re.escape(_CP1252_HIGH) + "]"
_MOJIBAKE = f"[\u00c2-\u00df]{_FOLLOWER}|[\u00e2-\u00ef]{_FOLLOWER}{{2}}"
_SPELLED_RX = re.compile("[" + "".join(_SPELLED) + "]|" + _MOJIBAKE)


def _as_meant(found: str) -> str:
    """What a run the reader found means: a ligature spelled out, an invisible mark dropped,
    a character's UTF-8 bytes shown as cp1252 read as that character (left as it is when
    they are no such bytes)."""
    if found in _SPELLED:
        return _SPELLED[found]
    try:
        raw = bytes(ord(ch) if ord(ch) < 0x100 and ch in "\x81\x8d\x8f\x90\x9d" else ch.encode("cp1252")[0]
                    for ch in found)
        meant = raw.decode("utf-8")
    except (UnicodeError, ValueError):
        return found
    return meant if len(meant) == 1 and ord(meant) >= 0x80 else found


def _spelled_out(text: str, page_starts: tuple[int, ...], parts: tuple[tuple[int, str], ...]):  # noqa: ANN202
    """The text with ligatures spelled out, invisible marks dropped and mojibake read, and the
    offsets of pages and parts moved with it."""
    hits = [(m.start(), m.group(0), _as_meant(m.group(0))) for m in _SPELLED_RX.finditer(text)]
    hits = [hit for hit in hits if hit[1] != hit[2]]
    if not hits:
        return text, page_starts, parts
    at = [pos for pos, _, _ in hits]
    shift = [0]
    for _pos, found, meant in hits:
        shift.append(shift[-1] + len(meant) - len(found))

    def moved(offset: int) -> int:
        return offset + shift[bisect_left(at, offset)]  # only the characters before it move it

    out, last = [], 0
    for pos, found, meant in hits:
        out.append(text[last:pos])
        out.append(meant)
        last = pos + len(found)
    out.append(text[last:])
    return "".join(out), tuple(moved(o) for o in page_starts), tuple((moved(o), where) for o, where in parts)


def as_shown(text: str) -> str:
    """Text as a reader sees it: ligatures spelled out, invisible marks dropped, mojibake read."""
    return _spelled_out(text, (), ())[0]


def _no_genre(plain: str) -> None:
    return None


def document_from_bytes(data: bytes, path: Path, name: str, detect) -> Document:  # noqa: ANN001
    """A Document from a file's bytes, read by the reader its content calls for (kg.read)."""
    reading = read(data, name)
    text, page_starts, parts = _spelled_out(reading.text, reading.page_starts, reading.parts)
    if not text.strip():
        raise DocumentError(name, "no text in the document")
    plain = plain_text(text)
    return Document(
        path=path,
        name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=reading.encoding,
        media=reading.media,
        text=text,
        plain=plain,
        unmarked=mask_markup(plain),
        genre=detect(plain),
        format=reading.format,
        pages=reading.pages,
        page_starts=page_starts,
        parts=parts,
        notices=reading.notices,
        chrome=reading.chrome,
    )
