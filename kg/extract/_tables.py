"""Tables in any form: HTML rows, text rows split by pipes, box-drawing bars or tabs, and
text printed in fixed columns under a header line.

A table is read as rows of cells with offsets into the document, so a finder can take a
row's subject from its first cell (a force, an area, "Overall") and a period for each
column from the header ("2017 (HMICFRS)", "2016").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from . import _rules as R
from ._text import Line, clean_statement
from . import _quick as quick

# Bounded, lazy spans: a row or a cell never reaches past these lengths, so one unclosed
# tag costs a bounded look-ahead, not the rest of the document.
_TABLE_RX = quick.compile(r"<table\b[^<>]{0,500}>(.{0,200000}?)</table\s*>", re.IGNORECASE | re.DOTALL)
_ROW_RX = quick.compile(r"<tr\b[^<>]{0,500}>(.{0,20000}?)(?=</tr\s*>|<tr\b|</table)", re.IGNORECASE | re.DOTALL)
_CELL_RX = quick.compile(r"<t([dh])\b[^<>]{0,500}>(.{0,5000}?)(?=</t[dh]\s*>|<t[dh]\b|</tr|$)", re.IGNORECASE | re.DOTALL)
_TEXT_CELL_SPLIT = quick.compile(r"[|\u2502\u2503\u2551\t]")
_BAR = quick.compile(r"[|\u2502\u2503\u2551]")
_RULE_LINE = quick.compile(r"^[\s|\u2500-\u257f+=:-]*$")  # +----+ and box-drawing borders


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
    positional: bool = False  # every cell in its column, empty ones kept (HTML, CSV, printed columns)

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
                rows.append(Row(r.start(), r.end(), cells, True))
        if rows:
            tables.append(Table(t.start(), t.end(), tuple(rows)))
    return tables


def text_tables(lines: list[Line], view: str, min_cells: int = 3) -> list[Table]:
    """Runs of text lines split into at least min_cells cells by pipes, bars or tabs."""
    tables: list[Table] = []
    run: list[Row] = []

    def close() -> None:
        if run:
            rows = [run[0]] + [_without_note_mark(row, len(run[0].cells)) for row in run[1:]]
            tables.append(Table(run[0].start, run[-1].end, tuple(rows)))
            run.clear()

    after_blank = False
    above: list[Row] = []  # the rows of fewer cells right above, outside any table
    for at, line in enumerate(lines):
        if line.blank:
            after_blank = bool(run)
            above.clear()
            continue
        if _RULE_LINE.match(line.content) and run:
            continue  # a border between rows
        gap, after_blank = after_blank, False
        begin, finish = view.rfind("\n", 0, line.start) + 1, view.find("\n", line.end)
        if not _TEXT_CELL_SPLIT.search(view, begin, len(view) if finish < 0 else finish):
            width = next((len(row.cells) for row in reversed(run) if len(row.cells) > 1), 0)  # (the last row's, not a key's above)
            if run and not gap and _group_label(line, lines, at, view, width):
                run.append(Row(line.start, line.end, (Cell(line.start, line.end, line.content.strip(), False),)))
                continue  # a row that spans the table naming the group of rows below ("East Midlands")
            close()  # no pipe, bar or tab anywhere on the line: no row (most lines, found at once)
            above.clear()
            continue
        if _SYMBOL_BULLET.match(line.content):
            close()  # "•<tab>Area – good": a list's item, its marker set off by a tab
            above.clear()
            continue
        cells = _split(view, line)
        if run and len(run) > 1 and _same_cells(run[0].cells, cells):
            continue  # the header again, at the top of the table's next page
        if len(run) == 1 and not gap and _wrapped_header(run[0].cells, cells):
            run[0] = _joined_header(run[0], Row(line.start, line.end, tuple(cells)))
            continue
        # (a row written between pipes, "| Area | \U0001f7e8 |", is one of two cells or more)
        fenced = line.content.startswith("|") and line.content.endswith("|")
        # (a fenced row as wide as the table's, one cell filled: "| | Responding to the public | | |"
        # under a grid of grade columns, a row of its own, not a wrapped cell of the row above)
        full_width = fenced and bool(run) and _grade_header(run[0]) \
            and len(in_place(view, Row(line.start, line.end, ()))) == len(in_place(view, run[0]))
        # (a band of two tiles: a row of two areas' names over a row of their grades)
        tiles = len(cells) == 2 and (_band_of_grades(run[-1], cells) if run and not gap
                                     else _tiles_over_grades(view, cells, lines, at))
        if sum(1 for cell in cells if cell.text) + _dashed(view, line) >= (2 if fenced else min_cells) or full_width or tiles:
            # (its width the widest row's: a key's short line may open the run, "Status key: A<tab>B<tab>C")
            if gap and len(cells) != max(len(row.cells) for row in run) \
                    and len(in_place(view, Row(line.start, line.end, ()))) != len(in_place(view, run[0])) \
                    and not _band_of_grades(run[-1], cells) and not _trailing_cells_left_out(run, cells):
                close()  # after a blank line, a row of another width (empty cells counted) begins another table
                # (not the grades of a band of tiles under the row of their areas, however wide)
            elif run and len(cells) > len(run[-1].cells) and _period_headings(cells):
                close()  # "PEEL pillar | 2016 | 2017" under a profile's "Population | 0.85 million": a table's header
            headed = _period_headings(cells)
            if not run and len(above) >= 2 and periods_only(above[-1]):
                run.extend(above[-2:])  # a header of two rows, "Area | Grade" over "| 2021/22 | 2018/19"
            elif not run and above and 2 <= len(above[-1].cells) < len(cells) and not headed \
                    and not _ANY_GRADE.search(view, above[-1].start, above[-1].end) \
                    and not _pillar_headings(cells) and not _repeated_header(tables, cells) \
                    and all(len(c.text) <= SHORT_CELL for c in above[-1].cells):
                # a header whose last headings ran together as a PDF's text gives it ("Force<tab>
                # Grade (PEEL 2023-25) Report published" over rows of three cells; not a caption
                # and a sidebar's heading, "Summary of grades<tab>Key", over a header of its own,
                # nor a numbered paragraph, "4.1<tab>Table 1 sets out ...")
                run.append(above[-1])
            elif not run and len(above) >= 2 and len(above[-1].cells) == 1 and _WRAPPED_WORDS.fullmatch(above[-1].cells[0].text) \
                    and 2 <= len(above[-2].cells) < len(cells) and not _ANY_GRADE.search(view, above[-2].start, above[-1].end):
                # ... its last heading's end wrapped onto a line of its own ("... Grade in the 2022
                # PEEL" over "report"): joined to it
                top, tail = above[-2], above[-1].cells[0]
                last = top.cells[-1]
                joined = Cell(last.start, tail.end, f"{last.text} {tail.text}", last.header)
                run.append(Row(top.start, above[-1].end, (*top.cells[:-1], *_parted_headings(joined, len(cells) - len(top.cells) + 1))))
            above.clear()
            run.append(Row(line.start, line.end, tuple(cells)))
        elif len(run) == 1 and periods_only(Row(line.start, line.end, tuple(cells))):
            run.append(Row(line.start, line.end, tuple(cells)))  # a header's second row: "| | 2018/19 | Last year"
        elif (run and not _BAR.search(line.content)
              and len(in_place(view, Row(line.start, line.end, ()))) == len(in_place(view, run[0])) > 1):
            # a row of a grid with its columns' tabs kept, however few of its cells are filled
            run.append(Row(line.start, line.end, tuple(cells)))
        elif run and not gap and line.content.startswith("|") and not line.content.startswith("||") and _grade_header(run[0]) \
                and any(cell.text for cell in cells):
            # a grid of grade columns written with pipes, its first column left empty by a bar
            # at the line's start (" | Protecting vulnerable people | | |" under "Outstanding | Good | ...")
            run.append(Row(line.start, line.end, tuple(cells)))
        elif run and view.startswith("\t", begin) and _grade_header(run[0]) \
                and 1 < len(in_place(view, Row(line.start, line.end, ()))) <= len(in_place(view, run[0])):
            # ... or the tabs of its empty first cells only, a printed grid's ("<tab><tab>Protecting
            # vulnerable people" under "Outstanding | Good | Adequate | ...": its empty last ones
            # unprinted), after a blank line too (the row above wrapped over several lines)
            run.append(Row(line.start, line.end, tuple(cells)))
        elif run and _BAR.search(line.content) and cells:
            # a cell wrapped onto the next line of the table: its words join the row above
            last = run[-1]
            first = last.cells[0]
            joined = Cell(first.start, first.end, f"{first.text} {' '.join(c.text for c in cells if c.text)}", first.header)
            run[-1] = Row(last.start, line.end, (joined, *last.cells[1:]))
        elif run and not gap and len(cells) >= 2 and at + 1 < len(lines) and not lines[at + 1].blank \
                and len(in_place(view, Row(lines[at + 1].start, lines[at + 1].end, ()))) == len(in_place(view, run[0])) > 2:
            # a row spanning the table's columns after its label ("Specialist capabilities<tab>
            # Ungraded"), the table going on below it
            run.append(Row(line.start, line.end, tuple(cells)))
        else:
            close()
            above.append(Row(line.start, line.end, tuple(cells)))
    close()
    return tables


_ANY_GRADE = quick.compile(rf"\b(?:{R.GRADE_ALTERNATION})\b", re.IGNORECASE)


def _band_of_grades(names: Row, cells: list[Cell]) -> bool:
    """Whether cells are grades (or short codes, "NG") one under each of a row of names that
    holds none: a band of tiles, areas over grades."""
    return len(names.cells) == len(cells) >= 2 and not any(_ANY_GRADE.search(cell.text) for cell in names.cells) \
        and all(_ANY_GRADE.search(cell.text) or _NOT_GRADED_CELL.fullmatch(cell.text) for cell in cells)


def _tiles_over_grades(view: str, cells: list[Cell], lines: list[Line], at: int) -> bool:
    """Whether a row of names stands over a row of as many grades, the next line with words
    (a band of tiles set in two columns: _band_of_grades)."""
    below = next((ln for ln in lines[at + 1:at + 3] if not ln.blank), None)
    if below is None or not _TEXT_CELL_SPLIT.search(view, below.start, below.end):
        return False
    return _band_of_grades(Row(cells[0].start, cells[-1].end, tuple(cells)), _split(view, below))


_NOT_GRADED_CELL = quick.compile(rf"{R.NO_GRADE_CODE}|{'|'.join(R.NOT_GRADED_LABELS)}", re.IGNORECASE)


def _repeated_header(tables: list[Table], cells: list[Cell]) -> bool:
    """Whether a row repeats the header of the table before: a table split over two pages
    (whatever stands between, a row spanning the table, is no header of its own)."""
    return bool(tables) and _same_cells(tables[-1].rows[0].cells, cells)


def _same_cells(a: tuple[Cell, ...] | list[Cell], b: tuple[Cell, ...] | list[Cell]) -> bool:
    return [cell.text for cell in a] == [cell.text for cell in b]


GROUP_LABEL_CHARS = 40  # a label over a group of a table's rows (a region's name) is no longer
_GROUP_LABEL = quick.compile(r"[A-Z][\w'\u2019&-]*(?: [\w'\u2019&-]+){0,5}")


MIN_SHORT_ROW_CELLS = 3  # cells, at least, of a row whose last empty cells a text export left out
SHORT_KEY_CELL = 6  # characters, at most, of a numbered tracker's first cell ("4", "1.2")


def _trailing_cells_left_out(run: list[Row], cells: list[Cell]) -> bool:
    """Whether a row narrower than its table is one of its rows, its last cells empty and left
    out as a text export leaves them ("4<tab>AFI (...)<tab>The force should ...<tab>Owner<tab>
    30/06/2023" under seven headings): its first cell a short number-like key as the row above's."""
    if len(run) < 2 or not MIN_SHORT_ROW_CELLS <= len(cells) < max(len(row.cells) for row in run):
        return False
    key, above = cells[0].text, run[-1].cells[0].text if run[-1].cells else ""
    return bool(key) and len(key) <= SHORT_KEY_CELL and len(above) <= SHORT_KEY_CELL and key[:1].isdigit() and above[:1].isdigit()


def _group_label(line: Line, lines: list[Line], at: int, view: str, width: int) -> bool:
    """A short line of a few words inside a table, no cell of its own, right above a row as
    wide as the header: a label over the rows below ("East Midlands", "Wales")."""
    text = line.content.strip()
    if len(text) > GROUP_LABEL_CHARS or not _GROUP_LABEL.fullmatch(text) or _ANY_GRADE.search(text):
        return False
    nxt = lines[at + 1] if at + 1 < len(lines) else None
    return nxt is not None and not nxt.blank and len(_split(view, nxt)) == width


def _wrapped_header(top: tuple[Cell, ...], bottom: list[Cell]) -> bool:
    """Two lines of a header whose headings wrapped (a printed table's text): the lower line
    has more cells, because a heading that did not wrap leaves its place on the upper line
    empty, and neither holds a grade or anything longer than a heading."""
    cells = [*top, *bottom]
    if not len(bottom) > len(top) >= 2 or any(":" in cell.text for cell in top) \
            or not all(cell.text and len(cell.text) <= R.COLUMN_HEADING_CHARS for cell in cells) \
            or any(_ANY_GRADE.search(cell.text) for cell in cells):
        return False  # (a key's "Status key: Green - complete" above a header is no part of it)
    shift = len(bottom) - len(top)
    # some heading visibly runs on: "Report" over "published", "Investigating crime, 2023–" over "25"
    return any(_RUNS_ON.search(upper.text) or not lower.text[:1].isupper()
               for upper, lower in zip(top, bottom[shift:]))


_RUNS_ON = quick.compile(r"(?:[,/\u2013-]|\b(?:of|and|in|for|to|since))$")


def _joined_header(top: Row, bottom: Row) -> Row:
    """One header row of two wrapped lines: the upper line's headings are the tops of the
    lower line's last ones (the short headings on the left are the ones that did not wrap)."""
    shift = len(bottom.cells) - len(top.cells)
    cells = list(bottom.cells)
    for j, upper in enumerate(top.cells):
        lower = cells[shift + j]
        glue = "" if upper.text.endswith(("-", "\u2013", "/")) else " "  # "2023–" over "25"
        cells[shift + j] = Cell(upper.start, lower.end, f"{upper.text}{glue}{lower.text}", lower.header)
    return Row(top.start, bottom.end, tuple(cells), True)


def _grade_header(row: Row) -> bool:
    """A header of grades alone, one a column (the inspectorate's grid of grade columns)."""
    named = [cell.text for cell in row.cells if cell.text]
    return len(named) >= 2 and all(_ANY_GRADE.fullmatch(text) for text in named)


def _period_headings(cells: list[Cell]) -> bool:
    """A header whose headings after the first are periods, two or more ("Pillar | 2016 | 2017")."""
    rest = [cell.text for cell in cells[1:] if cell.text]
    return len(rest) >= 2 and all(_PERIOD_CELL_RX.fullmatch(text) for text in rest)


_PILLAR_HEADING_RX = quick.compile(rf"(?:effectiveness|efficiency|legitimacy|leadership)(?:\s+{R.PERIOD_CELL})?",
                                   re.IGNORECASE)


def _pillar_headings(cells: list[Cell]) -> bool:
    """A header of pillars' and periods' columns ("Force | Effectiveness 2016 | 2015 | ..."):
    two headings or more that are a pillar's name or a period alone."""
    return sum(1 for cell in cells if _PILLAR_HEADING_RX.fullmatch(cell.text) or _PERIOD_CELL_RX.fullmatch(cell.text)) >= 2


def periods_only(row: Row) -> bool:
    """A row of periods and nothing else ("2021/22 | 2018/19", "2018/19 | Last year"): the
    second row of a header."""
    filled = [cell.text for cell in row.cells if cell.text]
    if len(filled) > 2 and _PERIOD_LABEL_RX.fullmatch(filled[0]):
        filled = filled[1:]  # "Period | 2023-25 | 2021/22": a transposed table's row of each column's period
    return any(_PERIOD_CELL_RX.fullmatch(text) for text in filled) and all(
        _PERIOD_CELL_RX.fullmatch(text) or _EARLIER_RX.fullmatch(text) for text in filled)


_EARLIER_RX = quick.compile(R.EARLIER_COLUMN, re.IGNORECASE)
_PERIOD_LABEL_RX = quick.compile(r"(?:PEEL\s+)?(?:period|round|cycle|inspection(?:\s+(?:period|round|year))?|assessment|year)s?:?",
                                 re.IGNORECASE)


_PERIOD_CELL_RX = quick.compile(R.PERIOD_CELL, re.IGNORECASE)
_SYMBOL_BULLET = quick.compile("[\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043\u25a0\u25a1\u25ba\u25b6\u27a2\u27a4"
                               "\uf0b7\uf0a7*]\t")
_DASH_CELL = quick.compile(r"(?:^|[|\u2502\u2503\u2551\t])[ ]*[-\u2013\u2014][ ]*(?=[|\u2502\u2503\u2551\t]|$)")


def _dashed(view: str, line: Line) -> int:
    """The cells of a row that hold a dash alone: "not assessed", a value of the row (a
    wrapped cell's line below its row leaves its other cells blank, not dashed)."""
    return len(_DASH_CELL.findall(view, line.start, line.end))


# a footnote's mark in a cell of its own after a row's first ("Leadership<tab>c<tab>Good")
_NOTE_MARK_CELL = quick.compile(r"[a-z]|\([a-z]\)|[*\u2020\u2021]{1,2}")


def _without_note_mark(row: Row, header_width: int) -> Row:
    """A row one cell wider than its header, the extra cell a footnote's mark right after the
    first: the row without the mark, each cell under its heading."""
    if len(row.cells) == header_width + 1 and header_width >= 2 and _NOTE_MARK_CELL.fullmatch(row.cells[1].text):
        return Row(row.start, row.end, (row.cells[0], *row.cells[2:]), row.positional)
    return row


_HEADING_YEAR = quick.compile(r"\b20\d\d(?:\s*[/-]\s*\d\d)?\b")
_HEADING_START = quick.compile(r"\s(?=[A-Z])")


def _parted_headings(cell: Cell, wanted: int) -> tuple[Cell, ...]:
    """Two headings a PDF's text ran into one cell, each naming its period ("PEEL 2023/25
    grade Grade in the 2022 PEEL report"): parted where the second begins, its capital
    before its year. The cell whole when it is not two such headings."""
    years = list(_HEADING_YEAR.finditer(cell.text))
    if wanted != 2 or len(years) != 2:
        return (cell,)
    starts = [m.end() for m in _HEADING_START.finditer(cell.text, years[0].end(), years[1].start())]
    if not starts:
        return (cell,)
    at = starts[-1]
    return (Cell(cell.start, cell.start + at - 1, cell.text[:at - 1], cell.header),
            Cell(cell.start + at, cell.end, cell.text[at:], cell.header))


# the end of a heading wrapped onto its own line: a few words in lower case ("report", "of the public")
_WRAPPED_WORDS = quick.compile(r"[a-z][a-z'\u2019-]*(?: [a-z][a-z'\u2019-]*){0,3}\)?")


def _split(view: str, line: Line) -> list[Cell]:
    """The cells of a text row, empty ones kept in their place (columns are positional); the
    empty ends outside a bordered row's first and last bar are not cells."""
    cells = []
    blank = []  # nothing written in the cell (a dash is written: "not assessed", a value of its row)
    pos = line.start
    for part in _TEXT_CELL_SPLIT.split(view[line.start:line.end]):
        text = part.strip(" -\u2500")
        lead = len(part) - len(part.lstrip())
        cells.append(Cell(pos + lead, pos + lead + len(part.strip()), clean_statement(text) if text else ""))
        blank.append(not part.strip(" \u2500"))
        pos += len(part) + 1
    while cells and blank[0]:
        cells.pop(0)
        blank.pop(0)
    while cells and blank[-1]:
        cells.pop()
        blank.pop()
    if _BAR.search(view, line.start, line.end):
        return cells  # (cells between bars are as written: "| Da / Good |" is one, in two languages)
    return [part for cell in cells for part in _peel_grades(view, cell)]


def row_of(view: str, line: Line) -> Row:
    """A text line as a row of the cells its tabs, pipes or bars split it into (one cell where none do)."""
    return Row(line.start, line.end, tuple(_split(view, line)))


def in_place(view: str, row: Row) -> tuple[Cell, ...]:
    """A row's cells in their columns: as read where the reader kept them in place; a text
    row split again with its empty cells kept (only the empty ends outside a bordered row's
    first and last bar dropped), so that a cell's index is its column."""
    if row.positional:
        return row.cells
    # the line's leading and trailing tabs are empty cells too (a row's offsets skip them)
    begin, finish = view.rfind("\n", 0, row.start) + 1, view.find("\n", row.end)
    finish = len(view) if finish < 0 else finish
    # (spaces may stand between the leading tabs and the text: "<tab> - Responding ...")
    lead = len(view[begin:row.start]) - len(view[begin:row.start].lstrip(" \t"))
    # (spaces may stand between a row's last text and its trailing tabs: "resources   <tab><tab>")
    trail = len(view[row.end:finish]) - len(view[row.end:finish].rstrip(" \t"))
    if view[begin:row.start].strip(" \t") or view[row.end:finish].strip(" \t"):
        lead = trail = 0
    text = view[row.start - lead:row.end + trail]
    parts = _TEXT_CELL_SPLIT.split(text)
    if len(parts) > 1 and _BAR.match(text[:1]) and not parts[0].strip():
        parts = parts[1:]
    if len(parts) > 1 and _BAR.match(text[-1:]) and not parts[-1].strip():
        parts = parts[:-1]
    cells, pos = [], row.start - lead + (1 if _BAR.match(text[:1]) else 0)
    for part in parts:
        lead = len(part) - len(part.lstrip())
        stripped = part.strip(" -\u2500")
        cells.append(Cell(pos + lead, pos + lead + len(part.strip()), clean_statement(stripped) if stripped else ""))
        pos += len(part) + 1
    return tuple(cells)


_TRAILING_GRADE = quick.compile(r"^(.*\S)\s+(outstanding|good|adequate|requires\s+improvement|inadequate)$", re.IGNORECASE)
SHORT_CELL = 60  # a subject or a grade; a statement's text is longer and is never split


_MOVED_FROM_END = re.compile(R.MOVED_FROM + r"\s*$", re.IGNORECASE)


def _peel_grades(view: str, cell: Cell) -> list[Cell]:
    """A cell that holds a short subject and grades run together where a printed table's
    gap became one space ("Devon and Cornwall Police Good", "Requires improvement Good"):
    one cell each."""
    out: list[Cell] = []
    text, end = view[cell.start:cell.end], cell.end
    while len(text) <= SHORT_CELL:
        m = _TRAILING_GRADE.match(text)
        if not m or m.group(1).endswith((":", "-", "\u2013", "\u2014")) or _MOVED_FROM_END.search(m.group(1)):
            break  # (a label's grade stays in its cell: "2021/22: Inadequate", "Preventing crime - Good"; so does "Up from good")
        start = cell.start + m.start(2)
        out.insert(0, Cell(start, end, clean_statement(m.group(2)), cell.header))
        text, end = m.group(1), cell.start + m.end(1)
    if not out:
        return [cell]
    return [Cell(cell.start, end, clean_statement(text), cell.header), *out]


CSV_DELIMITERS = (",", ";", "\t")  # a spreadsheet's export: commas, or semicolons where a comma is the decimal mark
CSV_SAMPLE_LINES = 10


def csv_delimiter(raw: str) -> str:
    """The delimiter of a delimited file: of the usual ones, the one its first lines (quoted
    fields aside) hold most evenly, every line at least once; a comma when none does."""
    # (quoted fields out first, over line breaks too: a cell may run over several lines)
    sample = "\n".join(raw.split("\n", 4 * CSV_SAMPLE_LINES)[:4 * CSV_SAMPLE_LINES])
    unquoted = re.sub(r'"[^"]*"', "", sample)
    lines = [ln for ln in unquoted.split("\n", CSV_SAMPLE_LINES)[:CSV_SAMPLE_LINES] if ln.strip()]
    while len(lines) > 2 and not any(d in lines[0] for d in CSV_DELIMITERS):
        lines.pop(0)  # a title above the header row (csv_tables leaves it out too)
    best, best_count = ",", 0
    for delimiter in CSV_DELIMITERS:
        fewest = min((ln.count(delimiter) for ln in lines), default=0)
        if fewest > best_count:
            best, best_count = delimiter, fewest
    return best


@lru_cache(maxsize=2)  # (read once a document: its lines (field_lines) and its tables both ask)
def csv_tables(raw: str) -> tuple[Table, ...]:
    """A delimited file (commas, semicolons or tabs: csv_delimiter) as one table: quoted
    fields may hold the delimiter, doubled quotes and line breaks. Cell offsets point inside
    the quotes. A title row above the header (one cell filled) is not the table's."""
    delimiter = csv_delimiter(raw)
    ends = delimiter + "\n"
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
            while pos < n and raw[pos] not in ends:
                pos += 1  # junk after a closing quote belongs to nothing
        else:
            stop = pos
            while stop < n and raw[stop] not in ends:
                stop += 1
            cells.append(Cell(pos, stop, clean_statement(raw[pos:stop])))
            pos = stop
        if pos >= n or raw[pos] == "\n":
            if any(cell.text for cell in cells):
                rows.append(Row(row_start, min(pos, n), tuple(cells), True))
            cells = []
            row_start = pos + 1
        pos += 1
    while rows and sum(1 for cell in rows[0].cells if cell.text) < 2:
        rows.pop(0)  # a title row
    return (Table(rows[0].start, n, tuple(rows)),) if len(rows) > 1 else ()


EXPORT_MIN_CELLS = 4  # cells of a tab-separated export's header row, at least
EXPORT_EVEN_ROWS = 0.8  # of its rows, this share at least have the header's number of cells


def tab_export(raw: str) -> bool:
    """Whether a text is a tab-separated export: tabs its delimiter, and one table whose
    rows nearly all have its header's cells (EXPORT_MIN_CELLS or more)."""
    if csv_delimiter(raw) != "\t":
        return False
    tables = csv_tables(raw)
    if not tables or len(tables[0].rows) < 3:
        return False
    rows = tables[0].rows
    width = len(rows[0].cells)
    return width >= EXPORT_MIN_CELLS and sum(1 for row in rows if len(row.cells) == width) >= EXPORT_EVEN_ROWS * len(rows)


def field_lines(lines: list[Line], raw: str, view: str) -> list[Line]:
    """The lines of a delimited file with each quoted field that runs over several lines set
    apart from the cells beside it on its first and last line: a post's text exported in a
    column ("id,date,\"2/5 Good\\n- Preventing crime\\n- ...\",3,12") reads as the lines it
    was written in, its first line a heading of its own."""
    cuts: list[int] = []
    for table in csv_tables(raw):
        for row in table.rows:
            for cell in row.cells:
                if "\n" in raw[cell.start:cell.end]:
                    cuts += [cell.start, cell.end]
    if not cuts:
        return lines
    cuts.sort()
    out: list[Line] = []
    for line in lines:
        inner = cuts[bisect_left(cuts, line.start + 1):bisect_left(cuts, line.end)]
        if not inner:
            out.append(line)
            continue
        for a, b in zip([line.start, *inner], [*inner, line.end]):
            piece = view[a:b]
            text = piece.strip().strip('"').strip(" \t,;")
            if text:
                at = a + piece.index(text[0])
                out.append(Line(at, at + len(text), line.indent if a == line.start else 0, text))
    return out


_PRINTED_CELL = quick.compile(r"\S+(?: \S+)*")  # words one space apart; two or more spaces end a cell
COLUMN_SLACK = 3  # a printed cell may start this many columns left of its heading


def column_tables(lines: list[Line], is_header: Callable[[list[str]], bool],
                  is_spaced_header: Callable[[list[str]], bool] | None = None) -> list[Table]:
    """Tables printed in fixed columns: a line of at least two cells, two or more spaces apart,
    that is_header accepts (a row of grades, one heading each column), then the lines whose
    cells each start under one heading. A cell that begins in lower case, on a line with
    nothing in the first column, continues the cell above it; a line that runs across columns ends the table, and so does a line alone in the
    first column after a blank line. Every row has one cell per column, empty where the line
    has none. is_spaced_header accepts more headers, on lines laid out in spaces only (a text's
    own table, never a Word or HTML table's row)."""
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        head = _printed_cells(lines[i])
        texts = [text for _, _, text in head]
        spaced = is_spaced_header is not None and "\t" not in lines[i].content and is_spaced_header(texts)
        if len(head) < 2 or not (is_header(texts) or spaced):
            i += 1
            continue
        columns = [col for col, _, _ in head]
        rows = [Row(lines[i].start, lines[i].end, tuple(Cell(cell.start, cell.end, cell.text, True)
                                                         for _, cell, _ in head), True)]
        i += 1
        blanks = 0
        while i < len(lines) and blanks < 2:
            line = lines[i]
            if line.blank:
                blanks += 1
                i += 1
                continue
            placed = _place(_printed_cells(line), columns)
            if placed is None or (blanks and [j for j, _ in placed] == [0]):
                break  # after a gap, a line alone in the first column is the text that follows
            blanks = 0
            cells = [Cell(line.start, line.start, "") for _ in columns]
            # a line with nothing in the first column carries on the row above ("up" or "n/a"
            # in a line that starts a row of its own is a value, not the rest of a cell)
            # (and so does a line whose every cell begins in lower case: the row's cells wrapped,
            # "Preventing crime and   Requires" over "anti-social behaviour   improvement")
            wrapped = all(cell.text[:1].islower() for _, cell in placed)
            continued = list(rows[-1].cells) if len(rows) > 1 and (placed[0][0] > 0 or wrapped) else None
            for j, cell in placed:
                if continued is not None and cell.text[:1].islower() and continued[j].text:
                    above = continued[j]
                    continued[j] = Cell(above.start, cell.end, f"{above.text} {cell.text}")
                else:
                    cells[j] = cell
            if continued is not None and continued != list(rows[-1].cells):
                rows[-1] = Row(rows[-1].start, line.end, tuple(continued), True)
            if any(cell.text for cell in cells):
                rows.append(Row(line.start, line.end, tuple(cells), True))
            i += 1
        if len(rows) > 1:
            tables.append(Table(rows[0].start, rows[-1].end, tuple(rows)))
    return tables


def _printed_cells(line: Line) -> list[tuple[int, Cell, str]]:
    """A line's cells with the column each starts at (leading spaces counted)."""
    if line.blank:
        return []
    out = []
    for m in _PRINTED_CELL.finditer(line.content):
        text = m.group(0)
        out.append((line.indent + m.start(), Cell(line.start + m.start(), line.start + m.end(), text), text))
    return out


def _place(cells: list[tuple[int, Cell, str]], columns: list[int]) -> list[tuple[int, Cell]] | None:
    """Each cell's column (the last heading starting at or before it, with slack), or None when
    a cell runs past the heading after next or two cells fall in one column."""
    placed: list[tuple[int, Cell]] = []
    for col, cell, text in cells:
        j = max((k for k, start in enumerate(columns) if start - COLUMN_SLACK <= col), default=None)
        if j is None:
            return None
        if j + 2 < len(columns) and col + len(text) > columns[j + 2]:
            return None  # runs across a whole column: prose, not a cell
        if placed and placed[-1][0] == j:
            return None
        placed.append((j, Cell(cell.start, cell.end, clean_statement(text))))
    return placed
