"""Word (.docx) files: paragraphs and tables in document order, read with the standard library.

A .docx file is a ZIP archive of XML parts; the text is in word/document.xml, the heading
names in word/styles.xml and the list kinds in word/numbering.xml. Each paragraph becomes
a line; a list item starts with "- " (or its number, "1.", "a)"), indented by its level; a
table row becomes one line with its cells' first paragraphs joined by tabs, and the further
paragraphs of its cells follow it, each on a line of its own. Deleted text (tracked
changes) and field codes are left out; running headers, footers and footnotes too.

Each part is unpacked only while the sizes add up to MAX_UNPACKED_BYTES, whatever the
archive claims, and a part that declares entities (a DTD) is refused: a few kilobytes must
not unpack or expand to gigabytes.
"""

from __future__ import annotations

import re
import zipfile
from io import BytesIO
from xml.etree import ElementTree

from ..errors import DocumentError
from .guard import MAX_UNPACKED_BYTES, Deadline, check_text
from .reading import Reading

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(heading|titre|berschrift|überschrift)\s*(\d)$|^title$", re.IGNORECASE)
# numFmt -> how the n-th item of a list is written
_LEVEL_NUMBER = re.compile(r"%(\d)")
_LABEL_WORDS = re.compile(r"[A-Za-z]{2,}")
_NUMBER_FORMATS = {
    "decimal": lambda n: f"{n}.",
    "lowerLetter": lambda n: f"{chr(96 + (n - 1) % 26 + 1)})",
    "upperLetter": lambda n: f"{chr(64 + (n - 1) % 26 + 1)}.",
    "lowerRoman": lambda n: f"{_roman(n).lower()}.",
    "upperRoman": lambda n: f"{_roman(n)}.",
}


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + digits, n - value
    return out


class _Parts:
    """The archive's parts, unpacked under one budget of bytes."""

    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        self.archive, self.name = archive, name
        self.budget = MAX_UNPACKED_BYTES

    def xml(self, part: str, required: bool = False) -> ElementTree.Element | None:
        try:
            info = self.archive.getinfo(part)
        except KeyError:
            if required:
                raise DocumentError(self.name, f"a Word file without its {part} part; skipped") from None
            return None
        if info.file_size > self.budget:
            raise self._bomb(info.file_size)
        try:
            with self.archive.open(info) as stream:
                data = stream.read(self.budget + 1)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
            raise DocumentError(self.name, f"a broken Word file: {part} cannot be unpacked ({exc}); skipped") from None
        if len(data) > self.budget:
            raise self._bomb(len(data))
        self.budget -= len(data)
        if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data:
            raise DocumentError(self.name, f"a Word file whose {part} declares entities (a DTD); not read")
        try:
            return ElementTree.fromstring(data)
        except ElementTree.ParseError as exc:
            raise DocumentError(self.name, f"a broken Word file: {part} is not well-formed XML ({exc}); skipped") from None

    def _bomb(self, size: int) -> DocumentError:
        return DocumentError(self.name, f"a Word file whose parts unpack to more than "
                                        f"{MAX_UNPACKED_BYTES / 1048576:g} MB ({size / 1048576:.0f} MB claimed or "
                                        "read; set KG_MAX_UNPACKED_MB to raise the limit); skipped")


def _styles(styles: ElementTree.Element | None) -> tuple[dict[str, int], dict[str, ElementTree.Element]]:
    """styleId -> heading level, from the style names ("heading 1", "Title"), and
    styleId -> the list numbering a paragraph style carries ("List Bullet")."""
    levels: dict[str, int] = {}
    numbered: dict[str, ElementTree.Element] = {}
    for style in styles.iter(f"{W}style") if styles is not None else ():
        style_id = style.get(f"{W}styleId", "")
        name = style.find(f"{W}name")
        found = _HEADING_STYLE.match(name.get(f"{W}val", "") if name is not None else "")
        if found:
            levels[style_id] = int(found.group(2) or 0)
        num = style.find(f"{W}pPr/{W}numPr")
        if num is not None:
            numbered[style_id] = num
    return levels, numbered


def _list_formats(numbering: ElementTree.Element | None) -> dict[tuple[str, int], tuple[str, str]]:
    """(numId, level) -> (numFmt, lvlText): ("bullet", ""), ("decimal", "%1."), ("decimal",
    "Recommendation %1")."""
    if numbering is None:
        return {}
    abstract: dict[str, dict[int, tuple[str, str]]] = {}
    for item in numbering.iter(f"{W}abstractNum"):
        levels = abstract.setdefault(item.get(f"{W}abstractNumId", ""), {})
        for lvl in item.iter(f"{W}lvl"):
            fmt, shown = lvl.find(f"{W}numFmt"), lvl.find(f"{W}lvlText")
            levels[int(lvl.get(f"{W}ilvl", "0"))] = (fmt.get(f"{W}val", "bullet") if fmt is not None else "bullet",
                                                      shown.get(f"{W}val", "") if shown is not None else "")
    out: dict[tuple[str, int], tuple[str, str]] = {}
    for num in numbering.iter(f"{W}num"):
        ref = num.find(f"{W}abstractNumId")
        for level, fmt in abstract.get(ref.get(f"{W}val", "") if ref is not None else "", {}).items():
            out[(num.get(f"{W}numId", ""), level)] = fmt
    return out


class _Writer:
    """Walks the body and writes lines, keeping where each part starts."""

    def __init__(self, styles: tuple[dict[str, int], dict[str, ElementTree.Element]],
                 formats: dict[tuple[str, int], tuple[str, str]], deadline: Deadline) -> None:
        (self.headings, self.numbered), self.formats, self.deadline = styles, formats, deadline
        self.lines: list[str] = []
        self.length = 0
        self.parts: list[tuple[int, str]] = []
        self.paragraphs = 0
        self.tables = 0
        self.counters: dict[tuple[str, int], int] = {}

    def _line(self, text: str, label: str) -> None:
        self.parts.append((self.length, label))
        self.lines.append(text)
        self.length += len(text) + 1

    def blocks(self, parent: ElementTree.Element) -> None:
        for child in parent:
            tag = child.tag
            if tag == f"{W}p":
                self.paragraph(child)
            elif tag == f"{W}tbl":
                self.table(child)
            elif tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}smartTag"):
                self.blocks(child)

    def paragraph(self, p: ElementTree.Element) -> None:
        self.paragraphs += 1
        text, level = self.paragraph_text(p)
        label = f"paragraph {self.paragraphs}" + (f" (heading {level})" if level is not None else "")
        if text.strip():
            self._line(text, label)
        elif self.lines and self.lines[-1]:
            self._line("", label)  # an empty paragraph: a paragraph break
        for box in _text_boxes(p):
            # a text box anchored in the paragraph: its paragraphs and tables after it, each
            # a line of its own (a box of grades beside the text)
            if self.lines and self.lines[-1]:
                self._line("", label)
            self.blocks(box)

    def paragraph_text(self, p: ElementTree.Element) -> tuple[str, int | None]:
        props = p.find(f"{W}pPr")
        style = props.find(f"{W}pStyle") if props is not None else None
        style_id = style.get(f"{W}val", "") if style is not None else ""
        level = self.headings.get(style_id)
        text = "".join(_runs(p)).rstrip()
        if not text.strip():
            text = ""
        marker = ""
        indent = props.find(f"{W}ind") if props is not None else None
        if indent is not None and text and not text[0].isspace():  # an indented paragraph keeps an indent
            left = indent.get(f"{W}left") or indent.get(f"{W}start") or "0"
            if left.lstrip("-").isdigit() and int(left) >= 360:
                text = "    " + text
        num = props.find(f"{W}numPr") if props is not None else None
        num = num if num is not None else self.numbered.get(style_id)
        if num is not None and text:
            ilvl_el, id_el = num.find(f"{W}ilvl"), num.find(f"{W}numId")
            ilvl = int(ilvl_el.get(f"{W}val", "0")) if ilvl_el is not None else 0
            num_id = id_el.get(f"{W}val", "") if id_el is not None else ""
            if num_id != "0":
                fmt, shown = self.formats.get((num_id, ilvl), ("bullet", ""))
                count = self.counters.get((num_id, ilvl), 0) + 1
                self.counters[(num_id, ilvl)] = count
                for key in [k for k in self.counters if k[0] == num_id and k[1] > ilvl]:
                    del self.counters[key]
                label = self._label(num_id, shown) if fmt in _NUMBER_FORMATS else None
                marker = "  " * min(ilvl, 8) + (label or (_NUMBER_FORMATS[fmt](count) if fmt in _NUMBER_FORMATS else "-")) + " "
                text = text.strip()  # a list item's indent is its level
        return marker + text, level

    def _label(self, num_id: str, shown: str) -> str | None:
        """A numbered item's label where the list's own text has words ("Recommendation %1",
        "AFI %1"), as Word shows it, with a colon where Word sets a tab after it: "AFI 2:".
        None for a plain number ("%1.", "%1.%2"), which the list's format writes."""
        if not _LABEL_WORDS.search(_LEVEL_NUMBER.sub("", shown)):
            return None
        label = _LEVEL_NUMBER.sub(lambda m: str(self.counters.get((num_id, int(m.group(1)) - 1), 1)), shown).strip()
        return label if label[-1:] in ".:)-\u2013" else f"{label}:"

    def table(self, tbl: ElementTree.Element) -> None:
        self.tables += 1
        table = self.tables
        for r, row in enumerate((row for row in tbl if row.tag == f"{W}tr"), 1):
            self.deadline.check()
            columns: list[list[str]] = []  # each cell's paragraphs
            nested: list[list[ElementTree.Element]] = []  # each cell's tables, read after the row
            cells = [c for c in row if c.tag == f"{W}tc"]
            for cell in cells:
                texts, inner = [], []
                for block in _cell_blocks(cell):
                    if block.tag == f"{W}tbl":
                        inner.append(block)
                    else:
                        texts.append(self.paragraph_text(block)[0])
                columns.append([t for t in texts if t.strip()])
                nested.append(inner)
                for _ in range(_grid_span(cell) - 1):
                    # a cell merged across N columns: N-1 empty cells after it keep the next in
                    # its column, and a row merged across the table still a row of it
                    columns.append([])
                    nested.append([])
            if sum(1 for texts in columns if len(texts) >= LAYOUT_PARAGRAPHS) >= 2:
                # a table used to lay a page out (a sidebar beside the body, two columns of
                # text): each cell read whole in turn, as a page's columns are
                for c, texts in enumerate(columns, 1):
                    for text in texts:
                        self._line(text, f"table {table}, row {r}, cell {c}")
                    for inner in nested[c - 1]:
                        self.table(inner)
                continue
            # a cell's later paragraphs on lines of their own under the row, each in its cell's
            # column, the row's other cells empty (a tracker's statement under its area's name,
            # an update of three paragraphs): a row of the grid, its tabs all kept
            for k in range(max((len(texts) for texts in columns), default=0)):
                line = "\t".join(texts[k] if k < len(texts) else "" for texts in columns)
                self._line(line, f"table {table}, row {r}" + (f", line {k + 1}" if k else ""))
            for inner in (t for tables in nested for t in tables):  # (a table in a cell: its rows under its row)
                self.table(inner)


def _grid_span(cell: ElementTree.Element) -> int:
    """How many of the table's grid columns a cell spans (w:gridSpan), 1 at least."""
    props = cell.find(f"{W}tcPr")
    span = props.find(f"{W}gridSpan") if props is not None else None
    value = span.get(f"{W}val", "1") if span is not None else "1"
    return min(int(value), MAX_GRID_SPAN) if value.isdigit() and int(value) > 1 else 1


MAX_GRID_SPAN = 64  # (a hostile file's span of a million columns is no table)
LAYOUT_PARAGRAPHS = 4  # paragraphs in each of two cells of a row, at least: a table laying a page out


def _cell_blocks(cell: ElementTree.Element):  # noqa: ANN202
    """A table cell's paragraphs and tables, in order (through content controls), the
    paragraphs of a table inside it left to that table."""
    for child in cell:
        if child.tag in (f"{W}p", f"{W}tbl"):
            yield child
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
            yield from _cell_blocks(child)


MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_NOT_INLINE = (f"{W}txbxContent", f"{MC}Fallback")  # a text box's own paragraphs; the copy for old readers


def _inline(el: ElementTree.Element):  # noqa: ANN202
    """A paragraph's elements in order, without the text boxes anchored in it (read as
    blocks of their own) and the copies of them kept for older readers (mc:Fallback)."""
    for child in el:
        if child.tag in _NOT_INLINE:
            continue
        yield child
        yield from _inline(child)


def _text_boxes(p: ElementTree.Element):  # noqa: ANN202
    """The contents of the text boxes anchored in a paragraph, once each (the modern shape,
    not its mc:Fallback copy)."""
    for child in p:
        if child.tag == f"{MC}Fallback":
            continue
        if child.tag == f"{W}txbxContent":
            yield child
        else:
            yield from _text_boxes(child)


def _runs(p: ElementTree.Element):  # noqa: ANN202
    """The text of a paragraph's runs, in order: tabs and breaks kept, deletions and field codes left out."""
    for el in _inline(p):
        tag = el.tag
        if tag == f"{W}t":
            yield el.text or ""
        elif tag == f"{W}tab":
            yield "\t"
        elif tag in (f"{W}br", f"{W}cr"):
            yield "\n"  # a line break in the paragraph: the next words begin a line
        elif tag == f"{W}noBreakHyphen":
            yield "-"


def read_docx(data: bytes, name: str) -> Reading:
    deadline = Deadline(name)
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise DocumentError(name, f"a broken Word file ({exc}); skipped") from None
    with archive:
        if any(info.flag_bits & 0x1 for info in archive.infolist()):
            raise DocumentError(name, "an encrypted Word file (it needs a password); skipped")
        parts = _Parts(archive, name)
        body_root = parts.xml("word/document.xml", required=True)
        writer = _Writer(_styles(parts.xml("word/styles.xml")), _list_formats(parts.xml("word/numbering.xml")),
                         deadline)
    body = body_root.find(f"{W}body") if body_root is not None else None
    if body is None:
        raise DocumentError(name, "a Word file with no body; skipped")
    writer.blocks(body)
    text = "\n".join(writer.lines).strip("\n")
    if not text.strip():
        raise DocumentError(name, "no text in the Word document")
    return Reading(check_text(name, text + "\n"), "docx",
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "utf-8",
                   parts=tuple(writer.parts))
