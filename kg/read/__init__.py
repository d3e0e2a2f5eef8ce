"""Bytes to text: one reader per format, chosen by what the bytes are, not what the name says.

`read(data, name)` sniffs the format from the first bytes (FORMATS, in order), reads it
with that format's reader, and gives a Reading: the text, its media type, and a map from
text offsets back to pages, paragraphs or table cells. A file whose extension names
another format is still read by its content, with one notice saying so. kg.read.document
makes the Document: the text as written, folded for matching, and with its markup blanked
(kg.read.markup), each once. This package knows nothing of police or grades and imports
nothing of kg but its errors.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from io import BytesIO
from pathlib import PurePath

from ..errors import DocumentError
from .docx import read_docx
from .html import looks_like_html, read_html
from .pdf import read_pdf
from .reading import Reading, page_at, part_at
from .text import read_text

__all__ = ["FORMATS", "Reading", "page_at", "part_at", "read", "sniff"]

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file of Word 97-2003 (and old Excel)


def _old_word(data: bytes, name: str) -> Reading:
    if "EncryptedPackage".encode("utf-16-le") in data:  # a password-protected .docx is wrapped so
        raise DocumentError(name, "an encrypted Word file (it needs a password); skipped")
    raise DocumentError(name, "an old binary Word document (Word 97-2003 .doc), which kg does not read; "
                              "save it as .docx or PDF")


def _other_zip(data: bytes, name: str) -> Reading:
    raise DocumentError(name, "a ZIP archive that is not a Word (.docx) document; unpack it first")


# format -> (its reader, the file name endings that announce it)
FORMATS: dict[str, tuple[Callable[[bytes, str], Reading], tuple[str, ...]]] = {
    "pdf": (read_pdf, (".pdf",)),
    "docx": (read_docx, (".docx", ".docm", ".dotx")),
    "doc": (_old_word, (".doc", ".dot")),
    "zip": (_other_zip, (".zip",)),
    "html": (read_html, (".html", ".htm", ".xhtml")),
    "text": (read_text, (".txt", ".text", ".md")),
}


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return False


def sniff(data: bytes) -> str:
    """The format of the bytes: pdf, docx, doc, zip, html or text (the fallback)."""
    head = data[:1024]
    if b"%PDF-" in head:  # the header may follow a little junk
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx" if _is_docx(data) else "zip"
    if data.startswith(OLE2):
        return "doc"
    probe = data[:4096]
    for encoding in ("utf-16", "utf-8") if probe.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8",):
        if looks_like_html(probe.decode(encoding, errors="ignore").lstrip("\ufeff")):
            return "html"
    return "text"


def named_format(name: str) -> str | None:
    """The format a file name's extension announces, or None for any other name."""
    suffix = PurePath(name).suffix.lower()
    for fmt, (_, suffixes) in FORMATS.items():
        if suffix in suffixes:
            return fmt
    return None


def read(data: bytes, name: str) -> Reading:
    """The Reading of a file's bytes; DocumentError naming the file and the problem."""
    fmt, announced = sniff(data), named_format(name)
    if fmt == "text" and announced == "html":
        fmt = "html"  # a page without a doctype: its name says what it is
    reading = FORMATS[fmt][0](data, name)
    # Text and HTML are both text: a page saved as .txt, or notes saved as .html, are read
    # as what they hold without a word. A binary format under another's name is a lie.
    if announced and announced != fmt and not {announced, fmt} <= {"text", "html"}:
        notice = (f"its content is {fmt.upper()}, not what its extension "
                  f"{PurePath(name).suffix!r} says; read as {fmt.upper()}")
        reading = Reading(reading.text, reading.media, reading.format, reading.encoding, reading.pages,
                          reading.page_starts, reading.parts, (notice,) + reading.notices)
    return reading
