"""Turning a file into a Document: bytes, sha256, decoded text, text for matching, genre.

A Document keeps two views of one text of equal length: `text` (as written, for evidence)
and `plain` (non-breaking spaces, curly quotes and dashes folded, for matching), so an
offset found in `plain` slices the same characters out of `text`.
"""

from __future__ import annotations

import errno
import hashlib
import html
import os
import re
import stat
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from .errors import DocumentError

# Inspection documents are a few hundred kilobytes as text; anything far bigger is not one
# (a database dump, a log) and reading it would cost memory and minutes for nothing.
DEFAULT_MAX_MB = 16.0


def _max_bytes(setting: str | None) -> int:
    """KG_MAX_DOCUMENT_MB in bytes; the default where unset or not a positive number."""
    try:
        mb = float(setting) if setting else DEFAULT_MAX_MB
    except ValueError:
        mb = DEFAULT_MAX_MB
    return int((mb if mb > 0 else DEFAULT_MAX_MB) * 1024 * 1024)


MAX_BYTES = _max_bytes(os.environ.get("KG_MAX_DOCUMENT_MB"))
# The text a document may become, in characters: as many as the bytes it may have (a text
# file never becomes more; HTML's nesting can, by indenting list items by depth).
MAX_CHARACTERS = MAX_BYTES

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES

# One character in, one character out, so offsets agree between `text` and `plain`.
_PLAIN = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\t": "\t",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\ufeff": " ", "\u200b": " ",
})


@dataclass(frozen=True)
class Document:
    """One input document, read and decoded."""

    path: Path
    name: str  # file name relative to the input folder it was found in
    sha256: str
    encoding: str  # utf-8 | cp1252
    media: str  # text | html
    text: str  # as written (HTML turned into text), line endings normalised
    plain: str  # `text` folded for matching; same length as `text`
    genre: str | None  # None where no genre fits


def plain_text(text: str) -> str:
    """Fold non-breaking spaces, curly quotes and dashes; keeps the length."""
    return text.translate(_PLAIN)


def decode(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Decode bytes as UTF-8, else cp1252; returns (text, encoding)."""
    if not data.strip():
        raise DocumentError(path, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise DocumentError(path, "broken UTF-16") from None
    if _looks_binary(data):
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


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    if head.startswith((b"%PDF", b"\x89PNG", b"PK\x03\x04", b"GIF8", b"\xff\xd8\xff")):
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) * 0.05


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


class _TextFromHtml(HTMLParser):
    """HTML to text keeping block structure: headings, paragraphs, list items, table rows."""

    BLOCKS = {"p", "div", "section", "article", "header", "footer", "main", "aside", "nav",
              "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "dt", "dd", "table",
              "thead", "tbody", "tfoot", "blockquote", "pre", "figure", "figcaption",
              "title", "address", "hr", "form", "fieldset", "details", "summary"}
    SKIP = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.list_depth = 0
        self.skip_depth = 0
        self.in_title = False
        self.title = ""
        self.cells_in_row = 0

    def _newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    def handle_starttag(self, tag: str, attrs) -> None:  # noqa: ANN001
        if tag in self.SKIP:
            if tag != "head":
                self.skip_depth += 1
            return
        if tag == "title":
            self.in_title = True
        if tag in ("ul", "ol"):
            self._newline()
            self.list_depth += 1
        elif tag == "li":
            self._newline()
            self.parts.append("  " * max(self.list_depth - 1, 0) + "- ")
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "tr":
            self._newline()
            self.cells_in_row = 0
        elif tag in ("td", "th"):
            if self.cells_in_row:
                self.parts.append("\t")
            self.cells_in_row += 1
        elif tag in self.BLOCKS:
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            if tag != "head":
                self.skip_depth = max(self.skip_depth - 1, 0)
            return
        if tag == "title":
            self.in_title = False
        if tag in ("ul", "ol"):
            self.list_depth = max(self.list_depth - 1, 0)
            self._newline()
        elif tag in ("li", "tr") or tag in self.BLOCKS:
            self._newline()

    def handle_startendtag(self, tag: str, attrs) -> None:  # noqa: ANN001
        if tag == "br":
            self.parts.append("\n")
        elif tag == "hr":
            self._newline()

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.in_title:
            self.title += data
            return
        self.parts.append(re.sub(r"[ \t\r\n\f]+", " ", data))

    def text(self) -> str:
        lines = [line.strip(" ") if not line.lstrip(" ").startswith("- ") else line.rstrip(" ")
                 for line in "".join(self.parts).split("\n")]
        out = "\n".join(lines)
        out = re.sub(r"\n{3,}", "\n\n", out).strip("\n")
        if self.title.strip():
            out = self.title.strip() + "\n\n" + out
        return out + "\n"


def html_to_text(source: str) -> str:
    """Text of an HTML page with one line per block and '- ' before each list item."""
    parser = _TextFromHtml()
    try:
        parser.feed(source)
        parser.close()
    except Exception:  # html.parser is lenient; a failure here is a bug in a broken page
        return html.unescape(re.sub(r"<[^>]*>", " ", source))
    return parser.text()


def _looks_like_html(text: str, suffix: str) -> bool:
    if suffix in HTML_SUFFIXES:
        return True
    head = text[:2048].lower()
    return head.lstrip().startswith(("<!doctype html", "<html"))


def load_document(path: Path, name: str | None = None) -> Document:
    """Read one file into a Document; raises DocumentError naming the file and the problem.

    Only a regular file is read: the file is opened without blocking (a FIFO with no
    writer cannot hang the build) and checked after opening, and at most MAX_BYTES + 1
    bytes are ever read, whatever size the file claims (so /proc files and files growing
    under us stay bounded too).
    """
    from .genres import detect_genre

    shown = name or path.name
    data = read_bounded(path, shown)
    return document_from_bytes(data, path, shown, detect_genre)


def _too_large(shown: str, size: float) -> DocumentError:
    return DocumentError(shown, f"too large to be an inspection document ({size / 1048576:.1f} MB; "
                                f"the limit is {MAX_BYTES / 1048576:g} MB, set KG_MAX_DOCUMENT_MB to raise it)")


def read_bounded(path: Path, shown: str) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES; DocumentError for anything else."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise DocumentError(shown, "no such file") from None
    except IsADirectoryError:
        raise DocumentError(shown, "is a directory") from None
    except OSError as exc:
        raise DocumentError(shown, os_problem(exc)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise DocumentError(shown, "is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise DocumentError(shown, f"not a regular file ({file_kind(info.st_mode)}); skipped")
        if info.st_size > MAX_BYTES:
            raise _too_large(shown, info.st_size)
        chunks, total = [], 0
        while total <= MAX_BYTES:
            chunk = os.read(fd, min(1 << 20, MAX_BYTES + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > MAX_BYTES:
            raise _too_large(shown, total)
        return b"".join(chunks)
    except OSError as exc:
        raise DocumentError(shown, os_problem(exc)) from None
    finally:
        os.close(fd)


def os_problem(exc: OSError) -> str:
    """An OSError on opening or reading a file, in the words of a warning."""
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.EACCES:
        return "permission denied"
    return f"cannot be read ({exc.strerror or exc})"


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    for test, kind in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a folder")):
        if test(mode):
            return kind
    return "not a regular file"


def document_from_bytes(data: bytes, path: Path, name: str, detect) -> Document:  # noqa: ANN001
    text, encoding = decode(data, name)
    # NUL past the binary sniff: no document means it, and C tools (rapper) end strings there
    text = normalise_newlines(text).replace("\x00", " ")
    media = "text"
    if _looks_like_html(text, path.suffix.lower()):
        text = html_to_text(text)
        media = "html"
    if not text.strip():
        raise DocumentError(name, "no text in the document")
    if len(text) > MAX_CHARACTERS:  # HTML can become far more text than its bytes
        raise DocumentError(name, f"too much text to be an inspection document ({len(text) / 1e6:.1f} million "
                                  f"characters; the limit is {MAX_CHARACTERS / 1e6:g} million, set "
                                  "KG_MAX_DOCUMENT_MB to raise it)")
    plain = plain_text(text)
    return Document(
        path=path,
        name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        media=media,
        text=text,
        plain=plain,
        genre=detect(plain),
    )
