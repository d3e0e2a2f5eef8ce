"""Tables in any form: HTML rows, and text rows split by pipes, box-drawing bars or tabs.

A table is read as rows of cells with offsets into the document, so a finder can take a
row's subject from its first cell (a force, an area, "Overall") and a period for each
column from the header ("2017 (HMICFRS)", "2016").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._text import Line, clean_statement

# Bounded, lazy spans: a row or a cell never reaches past these lengths, so one unclosed
# tag costs a bounded look-ahead, not the rest of the document.
_TABLE_RX = re.compile(r"<table\b[^<>]{0,500}>(.{0,200000}?)</table\s*>", re.IGNORECASE | re.DOTALL)
_ROW_RX = re.compile(r"<tr\b[^<>]{0,500}>(.{0,20000}?)(?=</tr\s*>|<tr\b|</table)", re.IGNORECASE | re.DOTALL)
_CELL_RX = re.compile(r"<t([dh])\b[^<>]{0,500}>(.{0,5000}?)(?=</t[dh]\s*>|<t[dh]\b|</tr|$)", re.IGNORECASE | re.DOTALL)
_TEXT_CELL_SPLIT = re.compile(r"[|\u2502\u2503\u2551\t]")
_BAR = re.compile(r"[|\u2502\u2503\u2551]")
_RULE_LINE = re.compile(r"^[\s|\u2500-\u257f+=:-]*$")  # +----+ and box-drawing borders


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str  # tags dropped, entities decoded, whitespace collapsed
    header: bool = False


@dataclass(frozen=True)
class Row:
    start: int
    end: int
    cells: tuple[Cell, ...]

    @property
    def header(self) -> bool:
        return all(cell.header for cell in self.cells)


@dataclass(frozen=True)
class Table:
    start: int
    end: int
    rows: tuple[Row, ...]


def html_tables(raw: str) -> list[Table]:
    """Every HTML <table> of a document's raw text, its rows and cells."""
    if "<t" not in raw and "<T" not in raw:
        return []
    tables = []
    for t in _TABLE_RX.finditer(raw):
        rows = []
        for r in _ROW_RX.finditer(raw, t.start(1), t.end(1)):
            cells = tuple(Cell(c.start(2), c.end(2), clean_statement(c.group(2)), c.group(1).lower() == "h")
                          for c in _CELL_RX.finditer(raw, r.start(1), r.end(1)))
            if cells:
                rows.append(Row(r.start(), r.end(), cells))
        if rows:
            tables.append(Table(t.start(), t.end(), tuple(rows)))
    return tables


def text_tables(lines: list[Line], view: str, min_cells: int = 3) -> list[Table]:
    """Runs of text lines split into at least min_cells cells by pipes, bars or tabs."""
    tables: list[Table] = []
    run: list[Row] = []

    def close() -> None:
        if run:
            tables.append(Table(run[0].start, run[-1].end, tuple(run)))
            run.clear()

    for line in lines:
        if line.blank:
            continue
        if _RULE_LINE.match(line.content) and run:
            continue  # a border between rows
        cells = _split(view, line)
        if sum(1 for cell in cells if cell.text) >= min_cells:
            run.append(Row(line.start, line.end, tuple(cells)))
        elif run and _BAR.search(line.content) and cells:
            # a cell wrapped onto the next line of the table: its words join the row above
            last = run[-1]
            first = last.cells[0]
            joined = Cell(first.start, first.end, f"{first.text} {' '.join(c.text for c in cells if c.text)}", first.header)
            run[-1] = Row(last.start, line.end, (joined, *last.cells[1:]))
        else:
            close()
    close()
    return tables


def _split(view: str, line: Line) -> list[Cell]:
    """The cells of a text row, empty ones kept in their place (columns are positional); the
    empty ends outside a bordered row's first and last bar are not cells."""
    cells = []
    pos = line.start
    for part in _TEXT_CELL_SPLIT.split(view[line.start:line.end]):
        text = part.strip(" -\u2500")
        lead = len(part) - len(part.lstrip())
        cells.append(Cell(pos + lead, pos + lead + len(part.strip()), clean_statement(text) if text else ""))
        pos += len(part) + 1
    while cells and not cells[0].text:
        cells.pop(0)
    while cells and not cells[-1].text:
        cells.pop()
    return [part for cell in cells for part in _peel_grades(view, cell)]


_TRAILING_GRADE = re.compile(r"^(.*\S)\s+(outstanding|good|adequate|requires\s+improvement|inadequate)$", re.IGNORECASE)
SHORT_CELL = 60  # a subject or a grade; a statement's text is longer and is never split


def _peel_grades(view: str, cell: Cell) -> list[Cell]:
    """A cell that holds a short subject and grades run together where a printed table's
    gap became one space ("Devon and Cornwall Police Good", "Requires improvement Good"):
    one cell each."""
    out: list[Cell] = []
    text, end = view[cell.start:cell.end], cell.end
    while len(text) <= SHORT_CELL:
        m = _TRAILING_GRADE.match(text)
        if not m:
            break
        start = cell.start + m.start(2)
        out.insert(0, Cell(start, end, clean_statement(m.group(2)), cell.header))
        text, end = m.group(1), cell.start + m.end(1)
    if not out:
        return [cell]
    return [Cell(cell.start, end, clean_statement(text), cell.header), *out]


def csv_tables(raw: str) -> list[Table]:
    """A comma-separated file as one table: quoted fields may hold commas, doubled quotes and
    line breaks. Cell offsets point inside the quotes."""
    rows: list[Row] = []
    cells: list[Cell] = []
    pos, n = 0, len(raw)
    row_start = 0
    while pos <= n:
        if pos < n and raw[pos] == '"':
            close = pos + 1
            while True:
                close = raw.find('"', close)
                if close < 0 or raw[close + 1:close + 2] != '"':
                    break
                close += 2
            close = n if close < 0 else close
            cells.append(Cell(pos + 1, close, clean_statement(raw[pos + 1:close].replace('""', '"'))))
            pos = close + 1
            while pos < n and raw[pos] not in ",\n":
                pos += 1  # junk after a closing quote belongs to nothing
        else:
            stop = pos
            while stop < n and raw[stop] not in ",\n":
                stop += 1
            cells.append(Cell(pos, stop, clean_statement(raw[pos:stop])))
            pos = stop
        if pos >= n or raw[pos] == "\n":
            if any(cell.text for cell in cells):
                rows.append(Row(row_start, min(pos, n), tuple(cells)))
            cells = []
            row_start = pos + 1
        pos += 1
    return [Table(0, n, tuple(rows))] if len(rows) > 1 else []
