"""Plain text files: bytes to text, UTF-8 first, then UTF-16 by its mark, then cp1252."""

from __future__ import annotations

import html
import re

from ..errors import DocumentError
from .columns import read_columns
from .grids import join_grid_rows
from .guard import check_text
from .reading import Reading


def decode(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Decode bytes as UTF-8, else cp1252; returns (text, encoding)."""
    if not data.strip():
        raise DocumentError(path, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise DocumentError(path, "broken UTF-16") from None
    if looks_binary(data):
        raise DocumentError(path, "binary file, not text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    # cp1252 leaves five bytes undefined; map them through latin-1 rather than fail.
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > 0:
        text = "".join(ch if ch != "\ufffd" else "\u00bf" for ch in text)
    return text, "cp1252"


def looks_binary(data: bytes) -> bool:
    """True for bytes no text file holds: NUL, or many control characters near the start."""
    head = data[:8192]
    if b"\x00" in head or head.startswith((b"\x89PNG", b"GIF8", b"\xff\xd8\xff")):
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) * 0.05


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def text_of(data: bytes, name: str) -> tuple[str, str]:
    """Decoded text with newlines normalised and NUL blanked; (text, encoding)."""
    text, encoding = decode(data, name)
    # NUL past the binary sniff: no document means it, and C tools (rapper) end strings there
    return normalise_newlines(text).replace("\x00", " "), encoding


# A character reference copied into plain text from a page's source ("Commissioner&rsquo;s",
# "2023&ndash;25", "&#8217;"), with its closing semicolon: shown as the character it names.
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Markdown's backslash before a punctuation mark writes the mark itself ("non\-emergency", "1\.")
# (the marks of emphasis, headings, tables and quotes stay escaped: kg.read.markup blanks the
# backslash and knows the mark is no markup)
_MARKDOWN_ESCAPE = re.compile(r"\\([-.!+(){}\\&~=:;,'\"/$%@^?])")
MARKDOWN_SUFFIXES = (".md", ".markdown")
DELIMITED_SUFFIXES = (".csv", ".tsv")  # (a delimited file's columns are its cells, never a page's)


def read_text(data: bytes, name: str) -> Reading:
    text, encoding = text_of(data, name)
    if "&" in text:
        text = _CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group(0)), text)
    if name.lower().endswith(MARKDOWN_SUFFIXES) and "\\" in text:
        text = _MARKDOWN_ESCAPE.sub(r"\1", text)
    if not name.lower().endswith(DELIMITED_SUFFIXES):
        text = read_columns(text)  # a page of two columns side by side, as pdftotext -layout writes it
        text = join_grid_rows(text)  # a table drawn with + - | borders, its cells wrapped
    return Reading(check_text(name, text), "text", "text/plain", encoding)


# Words English writes with a hyphen ("non-emergency", "multi-agency", "long-term"): broken
# after that hyphen at a line's end, they keep it when the lines join. (A word of the
# document's own that it writes hyphenated elsewhere is kept too: see pdf._assemble; text
# joined by the extractors keeps these too: _text.clean_statement.)
# (only words seldom written solid: "frontline", "wellbeing", "antisocial", "coordinate" are)
HYPHENATED_WORDS = frozenset({
    "non-emergency", "non-urgent", "non-recent", "non-crime", "non-domestic", "multi-agency", "cross-border",
    "follow-up", "long-term", "short-term", "high-risk", "low-risk", "medium-risk", "high-harm",
    "self-assessment", "decision-making", "problem-solving", "part-time", "full-time",
    "counter-corruption", "counter-terrorism", "anti-corruption",
    "day-to-day", "face-to-face", "in-depth", "up-to-date", "year-on-year", "x-ray"})
