"""PDF files: the text layer, in reading order, as the lines and paragraphs a person reads.

PDFium (through pypdfium2) gives each character with its box; everything else is ours,
from geometry alone:

- characters become fragments (a run on one baseline with no wide gap), fragments on one
  baseline become a line, and a gap wider than CELL_GAP font sizes between fragments is a
  tab (a table row stays a row);
- a run of lines split by one vertical gutter, both sides filled with text, is a two-column
  block: the left column is read before the right;
- running headers and footers go: lines at the top or bottom of a page that repeat (digits
  aside) on most pages, page numbers ("Page 3 of 12", "3/12") and a browser's date and URL
  lines;
- a line that runs to the right edge, where the next line's first word would not have
  fitted, wraps: the two are joined, across a page break too, and a word hyphenated at the
  break is joined ("ear-" / "liest" is "earliest"; the hyphen stays where the document
  writes the word with one elsewhere);
- a vertical gap of more than PARAGRAPH_GAP lines is a paragraph break (a blank line).

Nothing in a PDF is run: PDFium reads its text without a form environment, so JavaScript
never executes, and embedded files are never opened (a notice says they are there).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..errors import DocumentError
from .guard import MAX_PAGES, Deadline, check_text
from .reading import Reading
from .text import HYPHENATED_WORDS

CELL_GAP = 1.6  # font sizes of empty space between two fragments of one line: a new cell
CELL_CHARS = 2.6  # or of the line's average character widths
PARAGRAPH_GAP = 1.45  # line pitches between two baselines: a paragraph break
EDGE_LINES = 3  # lines at each end of a page looked at as running headers and footers
COLUMN_MIN_LINES = 6  # lines of a two-column block, at least
JUSTIFIED_PAIR_LINES = 3  # ... of one whose both sides are justified prose
COLUMN_PROSE_SHARE = 0.6  # of a column's lines, at least this share are prose (a small table may sit in it)

_BULLET = re.compile(r"^\s*([-\u2022\u00b7\u25aa\u25cf\u2013*>]|\(?[0-9]{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,5}[.)])\s")
# (never an abbreviation's full stop before a number: a citation's "(HMICFRS, 2022, p." / "14)")
_SENTENCE_END = re.compile(r"(?:(?<!\bp)(?<!\bpp)(?<!\bpara)(?<!\b[Nn]o)(?<!\bvol)\.|[!?:;])['\")\u2019\u201d*_]{0,3}$")
# Page furniture in any producer's words: "Page 3", "Page 3 of 12", "3 / 12", "- 3 -", "3".
_PAGE_NUMBER = re.compile(r"^(page\s*)?[-\u2013(]?\s*\d{1,4}\s*[-\u2013)]?(\s*(of|/)\s*\d{1,4})?$", re.IGNORECASE)
# What a browser prints in the margins: a date and time, a URL.
_BROWSER_DATE = re.compile(r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(\s*[ap]\.?m\.?)?\b", re.IGNORECASE)
_URL = re.compile(r"^(https?|file|about):\S*$", re.IGNORECASE)
_LEADER = re.compile(r"\.{4,}|\u2026{2,}|(?:\. ){4,}")  # dot leaders of a contents line or grade row
_RULE = re.compile(r"^\s*[-=_*~\u2013\u2014\u2500]{5,}\s*$")  # a line drawn with characters
_TRAILING_LEADER = re.compile(r"(\.{3,}|\u2026)\s*$")
_FILE_NAME = re.compile(r"^[\w.-]+\.[A-Za-z0-9]{1,5}$")
_HYPHENATED = re.compile(r"\b([a-z]+)-([a-z]+)\b")
# What a word broken at a line's end ends with: a hyphen, a soft hyphen, Unicode's hyphen and
# non-breaking hyphen (a typesetter's), and what some producers put for a soft hyphen
_LINE_HYPHENS = "-\u00ad\u2010\u2011\x02\ufffe"
_TYPESET_HYPHENS = "\u00ad\u2010\x02\ufffe"
# A numbered label opening a line ("Cause of concern 1: Investigating crime", "Recommendation
# 2 -"): an item of its own, never the wrapped end of the line above.
_SENTENCE_INSIDE = re.compile(r"[a-z][.!?]['\"\u2019\u201d]?\s+['\"\u2018\u201c(]?[A-Z]")
_NUMBERED_LABEL = re.compile(r"^\s*[A-Z][A-Za-z]+(?: [a-z]+){0,3} \d{1,2}\s*[:.\u2013\u2014-]\s")


@dataclass
class Fragment:
    x0: float
    x1: float
    baseline: float
    size: float
    text: str = ""
    first_word_x1: float | None = None  # where its first word ends
    words: list[tuple[float, float, int]] = field(default_factory=list)  # each word's x0, x1 and start in text


@dataclass
class Line:
    fragments: list[Fragment] = field(default_factory=list)
    edge: float | None = None  # the right edge of its column, in a two-column block
    left: float | None = None  # and its left edge
    prefix: str = ""  # what stands for its indent: tabs for empty cells, or two spaces

    @property
    def baseline(self) -> float:
        return self.fragments[0].baseline

    @property
    def x0(self) -> float:
        return self.fragments[0].x0

    @property
    def x1(self) -> float:
        return self.fragments[-1].x1

    @property
    def size(self) -> float:
        return max(f.size for f in self.fragments)

    @property
    def text(self) -> str:
        return self.prefix + "\t".join(f.text.strip() for f in self.fragments)

    def first_word_width(self) -> float:
        first = self.fragments[0]
        return (first.first_word_x1 or first.x1) - first.x0


@dataclass
class Page:
    lines: list[Line]
    width: float
    height: float


def _pdfium():  # noqa: ANN202
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    return pdfium, raw


# -- characters to lines ------------------------------------------------------------------------


_RUN = re.compile(r"[^\s\x00]+|\r\n|\n|\r")


def _units(textpage, raw):  # noqa: ANN001, ANN202
    """(text, x0, x1, baseline, font size, after a space) for each word of the page, and None
    at each of PDFium's line breaks. A word is asked for the boxes of its first and last
    characters only, unless it is wider than its letters can be (a gap inside it): then
    character by character."""
    import ctypes  # only when a PDF is read

    handle = textpage.raw
    count = textpage.count_chars()
    text = textpage.get_text_range() if count else ""
    if len(text) != count:  # characters outside the BMP: ask one by one
        text = "".join(chr(raw.FPDFText_GetUnicode(handle, k) or 32) for k in range(count))
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    ox, oy = ctypes.c_double(), ctypes.c_double()
    box = [ctypes.byref(v) for v in (left, right, bottom, top)]
    origin = (ctypes.byref(ox), ctypes.byref(oy))

    def char(k: int) -> tuple[float, float, float, float]:
        raw.FPDFText_GetCharBox(handle, k, *box)
        raw.FPDFText_GetCharOrigin(handle, k, *origin)
        size = raw.FPDFText_GetFontSize(handle, k) or (top.value - bottom.value) or 10.0
        return left.value, right.value, oy.value, size

    end = 0
    for match in _RUN.finditer(text):
        spaced = match.start() > end
        end = match.end()
        word = match.group()
        if word[0] in "\r\n":
            yield None
            continue
        a, b = match.start(), end - 1
        x0, _, base, size = char(a)
        _, x1, last_base, last_size = char(b) if b > a else (x0, _, base, size)
        # (a word that ends raised and smaller, "Goodc", ends in a note's mark: each character)
        raised = last_size <= 0.9 * size and last_base - base >= 0.15 * size
        if len(word) == 1 or (0 <= x1 - x0 <= len(word) * size and abs(last_base - base) < 0.35 * size and not raised):
            yield word, x0, x1, base, size, spaced
            continue
        for k in range(a, end):  # a gap or a change of baseline inside: each character
            cx0, cx1, cbase, csize = char(k)
            yield text[k], cx0, cx1, cbase, csize, spaced and k == a


def _fragments(textpage, raw) -> list[Fragment]:  # noqa: ANN001
    frags: list[Fragment] = []
    current: Fragment | None = None
    marked: tuple[Fragment, float] | None = None  # the word a note's mark was left out after, and the mark's end
    for unit in _units(textpage, raw):
        if unit is None:
            current = None
            continue
        chunk, x0, x1, base, size, space = unit
        if current is not None and _note_mark(chunk, x0, base, size, current):
            marked = (current, x1)
            continue
        if current is None and marked is not None and abs(base - marked[0].baseline) <= 0.35 * marked[0].size \
                and 0 <= x0 - marked[1] <= 2 * WORD_SPACE * marked[0].size:
            current = marked[0]  # (the words right after the mark, set apart from it, go on with its word)
        marked = None
        if current is not None:
            same_line = abs(base - current.baseline) <= 0.35 * max(size, current.size)
            gap = x0 - current.x1
            # a cell gap: wider than CELL_GAP font sizes, or than CELL_CHARS of the run's
            # own characters (a tab in a fixed-width font is three or more of them)
            unit_width = min(CELL_GAP * max(size, current.size),
                             CELL_CHARS * (current.x1 - current.x0) / max(len(current.text), 1)
                             if len(current.text) >= 3 else CELL_GAP * size)
            if not same_line or gap < -0.5 * size or gap > unit_width:
                current = None
        if current is None:
            current = Fragment(x0, x1, base, size)
            frags.append(current)
        elif space or x0 - current.x1 > 0.6 * size:  # PDFium marks most gaps itself
            if current.first_word_x1 is None:
                current.first_word_x1 = current.x1
            current.text += " "
        current.words.append((x0, x1, len(current.text)))
        current.text += chunk
        current.x1 = max(current.x1, x1)
        current.size = max(current.size, size)
    return _without_note_marks([f for f in frags if f.text.strip()])


_NOTE_MARK = re.compile(r"[a-z0-9*\u2020\u2021]{1,2}")


def _without_note_marks(frags: list[Fragment]) -> list[Fragment]:
    """A footnote's mark set as a superscript right after a word ("improvement" + "a"):
    smaller, raised, touching the word. Alone, it read as a cell of its own (or, at its
    word's baseline, ran into a table's next column); it is left out, as the HTML reader
    leaves out <sup> marks."""
    out: list[Fragment] = []
    for frag in frags:
        if not (out and _note_mark(frag.text.strip(), frag.x0, frag.baseline, frag.size, out[-1])):
            out.append(frag)
    return out


def _note_mark(text: str, x0: float, baseline: float, size: float, word: Fragment) -> bool:
    """Whether text set at (x0, baseline, size) is a note's mark after the word: a letter, a
    digit or two or a dagger, smaller, raised, touching it."""
    return bool(_NOTE_MARK.fullmatch(text)) and size <= 0.9 * word.size \
        and 0.15 * word.size <= baseline - word.baseline <= 0.6 * word.size \
        and -0.1 * word.size <= x0 - word.x1 <= 0.3 * word.size


DROP_CAP_SIZE = 2.0  # times the page's usual type size, at least: a drop cap's letter


DROP_CAP_BELOW = 1.2  # body sizes below a drop cap's baseline where a line may still be set in by it


def _drop_caps(frags: list[Fragment]) -> list[Fragment]:
    """A designed page's drop cap (one large capital beside a paragraph's first lines, "S" of
    "Scrutiny") joined to the word it begins, on the first line to its right: alone, its
    size pulled the lines of the next column into one line with it."""
    sizes = sorted(f.size for f in frags)
    usual = sizes[len(sizes) // 2] if sizes else 0.0
    out = list(frags)
    for cap in frags:
        if len(cap.text.strip()) != 1 or not cap.text.strip().isupper() or cap.size < DROP_CAP_SIZE * usual:
            continue
        # the paragraph's first line: just right of the letter, its baseline within the
        # letter's height (the highest such line)
        beside = [f for f in frags if f is not cap and 0 <= f.x0 - cap.x1 <= 2 * usual
                  and cap.baseline - 0.2 * usual <= f.baseline <= cap.baseline + cap.size and f.size < DROP_CAP_SIZE * usual]
        if not beside:
            continue
        first = max(beside, key=lambda f: f.baseline)
        if not first.text[:1].islower():
            continue  # (a letter of an infographic beside a line of its own)
        # the paragraph's other lines beside the letter start where the first did: set in by
        # the letter, not indented as a paragraph of their own
        # (the letter's box, with its margin, may set in a line below its baseline too)
        for f in frags:
            if f is not first and abs(f.x0 - first.x0) <= 0.5 * usual \
                    and cap.baseline - DROP_CAP_BELOW * usual <= f.baseline < first.baseline:
                f.x0 = cap.x0
        first.text = cap.text.strip() + first.text
        first.x0 = cap.x0
        out.remove(cap)
    return out


def _lines(frags: list[Fragment]) -> list[Line]:
    """Fragments on one baseline make a line; lines from the top of the page down."""
    lines: list[Line] = []
    for frag in sorted(_drop_caps(frags), key=lambda f: (-f.baseline, f.x0)):
        if lines and abs(lines[-1].baseline - frag.baseline) <= 0.35 * max(frag.size, lines[-1].size):
            lines[-1].fragments.append(frag)
        else:
            lines.append(Line([frag]))
    for line in lines:
        line.fragments.sort(key=lambda f: f.x0)
    return lines


# -- two columns ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Band:
    """The middle of a span of the page (30-70 % of left..right) cut into bins: where a
    gutter between columns is looked for."""

    left: float
    right: float
    bins: int = 40

    @property
    def lo(self) -> float:
        return self.left + 0.3 * (self.right - self.left)

    @property
    def step(self) -> float:
        return 0.4 * (self.right - self.left) / self.bins

    def x(self, b: float) -> float:
        """Where bin position b is on the page."""
        return self.lo + b * self.step

    def free(self, line: Line) -> int:
        """A bit set of the bins no fragment of the line covers."""
        lo, step = self.lo, self.step
        free = (1 << self.bins) - 1
        for f in line.fragments:
            a, b = int((f.x0 - lo) // step), int((f.x1 - lo) // step)
            for i in range(max(a, 0), min(b, self.bins - 1) + 1):
                free &= ~(1 << i)
        return free

    def runs(self, free: int) -> list[tuple[int, int]]:
        """The runs of free bins, as (first, past the last)."""
        runs, start = [], None
        for b in range(self.bins + 1):
            if b < self.bins and free >> b & 1:
                start = b if start is None else start
            elif start is not None:
                runs.append((start, b))
                start = None
        return runs

    def gutter(self, free: int) -> float:
        """The middle of the widest free run (the first of the widest), else of the band."""
        runs = self.runs(free)
        if not runs:
            return self.x(self.bins // 2)
        a, b = max(runs, key=lambda run: run[1] - run[0])
        return self.x((a + b) / 2)


COLUMN_DEPTH = 3  # columns inside columns, at most: three columns and a sidebar


def _columns(lines: list[Line], left: float, right: float, depth: int = 0) -> list[Line]:
    """The lines with every block of columns read left column first: a block split by one
    vertical gutter, each side then split again where a gutter runs down it too (three
    columns, or two and a sidebar)."""
    band = _Band(left, right)
    frees = [band.free(ln) for ln in lines]  # (each line's, once: blocks are grown from every line)
    out: list[Line] = []
    i = 0
    while i < len(lines):
        j, split = _widest_gutter_block(lines, frees, i, band, depth)
        if split is None:
            j, split = _two_sided_gutter_block(lines, frees, i, band, depth)
        if split is None:
            j, split = _justified_pair(lines, frees, i, band)
        if split is not None:
            out.extend(split)
            i = j
            continue
        out.append(lines[i])
        i += 1
    return out


def _widest_gutter_block(lines: list[Line], frees: list[int], i: int, band: _Band,
                         depth: int) -> tuple[int, list[Line] | None]:
    """The lines from i down which some of the middle stays free, split at the widest
    free run."""
    j, free = _grow(lines, frees, i, frees[i], band)
    if not free or j - i < COLUMN_MIN_LINES:
        return j, None
    gutter = band.gutter(free)
    return j, _split_columns(lines[i:j], gutter, band.left, band.right, depth,
                             nested=not (i and _row_over(lines[i - 1], lines[i:j], gutter)))


def _grow(lines: list[Line], frees: list[int], i: int, free: int, band: _Band) -> tuple[int, int]:
    """From line i down, the lines that leave some of `free` free, up to a table's row
    across the gutter: the end of the block and what stays free down all of it."""
    j = i + 1
    while j < len(lines):
        common = free & frees[j]
        if not common or _row_across(lines[j], band.gutter(common)):
            break
        free, j = common, j + 1
    return j, free


def _justified_pair(lines: list[Line], frees: list[int], i: int,
                    band: _Band) -> tuple[int, list[Line] | None]:
    """A block too short for _widest_gutter_block's count (an introduction of four lines set
    in two columns) read as columns all the same when both sides are justified prose: each
    side's lines but its last end at one point, with RICH_PROSE_WORDS words a line. A
    table's wrapped cells end raggedly."""
    j, free = _grow(lines, frees, i, frees[i], band)
    if not free or j - i < JUSTIFIED_PAIR_LINES:
        return i + 1, None
    gutter = band.gutter(free)
    left = [Line([f for f in ln.fragments if f.x1 <= gutter]) for ln in lines[i:j]]
    right = [Line([f for f in ln.fragments if f.x0 >= gutter]) for ln in lines[i:j]]
    right = [ln for ln in right if ln.fragments]
    if not all(ln.fragments for ln in left) or len(right) < JUSTIFIED_PAIR_LINES:
        return i + 1, None
    for side in (left, right):
        ends = [ln.x1 for ln in side[:-1]]
        starts = [ln.x0 for ln in side[1:]]  # (the first may be indented)
        if max(ends) - min(ends) > JUSTIFIED_EDGE * side[0].size + 1.0 or max(starts) - min(starts) > side[0].size \
                or any(len(ln.fragments) > 1 for ln in side) or _words_a_line(side) < RICH_PROSE_WORDS:
            return i + 1, None  # (a table's row: cells side by side, or wrapped ragged)
    for side in (left, right):
        edge, start = max(ln.x1 for ln in side), min(ln.x0 for ln in side)
        for ln in side:
            ln.edge, ln.left = edge, start
    return j, left + right


def _row_over(row: Line, block: list[Line], gutter: float) -> bool:
    """Whether the line above a block is a table's heading row whose columns the block's
    lines fill: cells on both sides of the gutter that start where the block's lines start
    (a table's cells wrap under its heading row)."""
    if len(row.fragments) < 2:
        return False
    size = row.size
    starts = {round(f.x0 / size) for ln in block for f in ln.fragments}
    return any(f.x1 <= gutter and round(f.x0 / size) in starts for f in row.fragments) \
        and any(f.x0 >= gutter and round(f.x0 / size) in starts for f in row.fragments)


def _two_sided_gutter_block(lines: list[Line], frees: list[int], i: int, band: _Band,
                            depth: int) -> tuple[int, list[Line] | None]:
    """When the widest free run is a margin (beside an empty sidebar, the free space right
    of a column is wider than the gutter): the run with text on both sides down the next
    lines, followed while some of it stays free, if text stands on both sides of it on
    COLUMN_MIN_LINES lines at least (a table's few wrapped cells are no columns)."""
    window = lines[i:i + COLUMN_MIN_LINES]
    free = (1 << band.bins) - 1
    for line_free in frees[i:i + COLUMN_MIN_LINES]:
        free &= line_free
    if not free or len(window) < COLUMN_MIN_LINES:
        return i + 1, None
    j, common = _grow(lines, frees, i, _best_run(window, free, band), band)
    gutter = band.gutter(common)
    if i and _row_over(lines[i - 1], lines[i:j], gutter):
        return j, None
    if j - i < COLUMN_MIN_LINES or _sided(lines[i:j], gutter) < COLUMN_MIN_LINES:
        return j, None
    return j, _split_columns(lines[i:j], gutter, band.left, band.right, depth, strict=True)


def _row_across(line: Line, gutter: float) -> bool:
    """A table's row across the page, cells on both sides of the gutter (a header row below
    two columns of prose): it ends the columns. Not when the cells on one side are all lines
    of prose (two columns beside a panel of area and grade rows: the gutter is the panel's)."""
    left = [f for f in line.fragments if f.x1 <= gutter]
    right = [f for f in line.fragments if f.x0 >= gutter]
    if len(left) < 2 or len(right) < 2:
        return False
    if _word_spaced(left, line.size) and _word_spaced(right, line.size):
        return False  # two columns' justified lines side by side, their stretched spaces cut
    return not any(any(len(f.text.split()) >= RICH_PROSE_WORDS for f in side) for side in (left, right))


def _word_spaced(frags: list[Fragment], size: float) -> bool:
    """Whether pieces side by side are a justified line's words: every gap between them
    about as wide as the others, and none wider than a justified space can stretch (a
    table's cells stand further apart, each as far as its column needs)."""
    gaps = [b.x0 - a.x1 for a, b in zip(frags, frags[1:])]
    return max(gaps) <= JUSTIFIED_ROW_GAP * size and max(gaps) - min(gaps) <= JUSTIFIED_SPREAD * size


def _best_run(block: list[Line], free: int, band: _Band) -> int:
    """Of the free runs down a block, the one with text on both sides of it on the most
    lines (the widest of those), as a bit set: a column's ragged right margin beside an
    empty sidebar is free too, but only the gutter has text to its right."""
    best, best_score = free, (-1, 0)
    for a, b in band.runs(free):
        score = (_sided(block, band.x((a + b) / 2)), b - a)
        if score > best_score:
            best, best_score = ((1 << b) - 1) ^ ((1 << a) - 1), score
    return best


def _sided(block: list[Line], at: float) -> int:
    """How many lines have text on the side of `at` that fewer lines have text on."""
    left = sum(1 for ln in block if any(f.x1 <= at for f in ln.fragments))
    right = sum(1 for ln in block if any(f.x0 >= at for f in ln.fragments))
    return min(left, right)


def _split_columns(block: list[Line], gutter: float, left_edge: float, right_edge: float,
                   depth: int = 0, strict: bool = False, nested: bool = True) -> list[Line] | None:
    """The block read left side first, or None when its sides are no columns of prose
    (strict, or inside a column: one side must be running prose, see _inner_columns). A
    side that is no prose may be columns itself (nested: not under a table's heading row)."""
    left = [Line([f for f in ln.fragments if f.x1 <= gutter]) for ln in block]
    right = [Line([f for f in ln.fragments if f.x0 >= gutter]) for ln in block]
    both = sum(1 for a, b in zip(left, right) if a.fragments and b.fragments)
    if both < 3 and not ((depth or strict) and _sided(block, gutter) >= COLUMN_MIN_LINES):
        return None  # the right column may end early (the last page): a few lines side by side
        # (columns set on baselines of their own, with a sidebar, share few lines: each side's count)
    # (a column's justified lines, whose wide gaps stood beside the other column's text on
    # the page's line, are joined within the column)
    left = [ln for ln in left if ln.fragments]
    right = [ln for ln in right if ln.fragments]
    left, right = _unjustify(left, _edge(left)), _unjustify(right, _edge(right))
    if len(left) < 0.8 * len(right) and (depth or _prose_column(right)) \
            and not (_words_a_line(left) >= RICH_PROSE_WORDS and _prose_column(left)
                     and (any(len(ln.fragments) >= TABLE_ROW_CELLS for ln in right)
                          or (not depth and _words_a_line(right) >= RICH_PROSE_WORDS and both < ROW_ALIGNED * len(left)))):
        return None  # text fills the left column first; a table's wrapped cells fill the right
        # (a left side of running prose is a column, however many small lines a table set in
        # the right one takes: a journal's two columns, a grades table at the top of the second;
        # and beside a right side of running prose too, where few of the left's lines stand on
        # the right's baselines, as a table's rows would: a report's two columns whose left one
        # ends its section higher up the page)
    if (depth or strict) and not _inner_columns(left, right):
        return None
    if max(_words_a_line(left), _words_a_line(right)) < RICH_PROSE_WORDS \
            and min(_words_a_line(left), _words_a_line(right)) < CELL_WORDS:
        return None  # an area's name beside a grade's one or two words, row by row: a table's cells
    sides: list[list[Line] | None] = []
    columned = [False, False]  # a side read as columns of its own
    for side, lo, hi in ((left, left_edge, gutter), (right, gutter, right_edge)):
        if depth and not _prose_column(side):
            sides.append(side)  # the sidebar beside a column (_inner_columns)
            continue
        if not _prose_column(side):
            # a side that is no column of prose may be columns itself (three columns, or
            # two and a sidebar): read them in turn; else a table's cells, not columns
            inner = _columns(side, lo, hi, depth + 1) if depth < COLUMN_DEPTH and nested else side
            if inner is side or not _split_whole(inner):
                sides.append(None)  # no columns: a sidebar, or a table's cells (below)
                continue
            first = min(ln.left for ln in inner if ln.left is not None)  # (the right side's first column, against the left)
            if side is right and len(left) < 0.8 * sum(1 for ln in inner if ln.left == first):
                return None
            side = inner
            columned[len(sides)] = True
        sides.append(side)
    if None in sides:
        # a sidebar of short lines beside columns of running prose (an "Our judgements" panel
        # beside a report's two columns), not a table's cells beside them
        k = sides.index(None)
        other = sides[1 - k]
        if nested and other is not None and (_sidebar((left, right)[k], other)
                                             or (columned[1 - k] and _panel((left, right)[k], other))):
            sides[k] = (left, right)[k]
        else:
            return None
    for side in sides:
        unset = [ln for ln in side if ln.left is None]
        if unset:
            edge, start = _edge(unset), min(ln.x0 for ln in unset)
            for ln in unset:
                ln.edge, ln.left = edge, start
    return sides[0] + sides[1]


RICH_PROSE_WORDS = 5  # words a line, on average, of a column of running prose
CELL_WORDS = 2  # words a line, on average, below which a side is cells (grades), never a column
TABLE_ROW_CELLS = 3  # pieces on a line, at least, of a table's row set inside a column
PROSE_WORDS = 3  # ... of a column of prose beside it (short closing lines, a signature)
ROW_ALIGNED = 0.8  # of a side's lines, this share on the baselines of the other's: a table's rows


def _split_whole(lines: list[Line]) -> bool:
    """Whether a side read as columns is read whole: some of it split into columns, and
    every line left outside them a single piece (a heading above them, a line below)."""
    return any(ln.left is not None for ln in lines) and all(ln.left is not None or len(ln.fragments) == 1 for ln in lines)


def _sidebar(side: list[Line], prose: list[Line]) -> bool:
    """Whether a side is a sidebar beside running prose: the prose has RICH_PROSE_WORDS a
    line, and the side is short lines, one fragment each, on baselines of their own (a
    table's cells share their rows' baselines)."""
    if _words_a_line(prose) < RICH_PROSE_WORDS:
        return False
    bases = [ln.baseline for ln in prose]
    aligned = sum(1 for ln in side if any(abs(ln.baseline - b) <= 1.0 for b in bases))
    return all(len(ln.fragments) == 1 for ln in side) and aligned < ROW_ALIGNED * len(side)


def _panel(side: list[Line], columns: list[Line]) -> bool:
    """Whether a side is a panel beside a page's columns of prose (a designed page's "Our
    judgements" box of area and grade rows beside two columns): its lines keep a pitch of
    their own, off the columns' baselines, where a table's cells share their rows'."""
    if _words_a_line(columns) < PROSE_WORDS:
        return False
    bases = [ln.baseline for ln in columns]
    aligned = sum(1 for ln in side if any(abs(ln.baseline - b) <= 1.0 for b in bases))
    return aligned < ROW_ALIGNED * len(side)


def _words_a_line(lines: list[Line]) -> float:
    return sum(len(ln.text.split()) for ln in lines) / len(lines)


def _inner_columns(left: list[Line], right: list[Line]) -> bool:
    """Whether two sides found inside a column are columns, not a table's cells: one is
    running prose, and the other is prose too or a sidebar of short lines that keep their
    own line pitch (a table's cells share their rows' baselines)."""
    for rich, other in ((left, right), (right, left)):
        if _words_a_line(rich) < RICH_PROSE_WORDS or not _prose_column(rich):
            continue
        if _prose_column(other) and _words_a_line(other) >= PROSE_WORDS:
            return True
        if _sidebar(other, rich):
            return True
    return False


def _prose_column(side: list[Line]) -> bool:
    """Prose fills its column; a table's cells do not."""
    edge, start = max(ln.x1 for ln in side), min(ln.x0 for ln in side)
    prose = [ln for ln in side if len(ln.fragments) == 1]
    if len(prose) < COLUMN_PROSE_SHARE * len(side):
        return False  # mostly cells side by side: a table, not two columns
    widths = sorted((ln.x1 - ln.x0) / max(edge - start, 1.0) for ln in prose)
    return widths[len(widths) // 2] >= 0.75


FEW_LINES = 8  # a page with fewer lines than this takes its right margin from the others


def _edge(lines: list[Line]) -> float:
    """The right edge of a column of ragged lines: the furthest point at least three lines
    reach (within two font sizes), so that one line running past it, a long URL, does
    not move it."""
    ends = sorted(((ln.x1, ln.size) for ln in lines), reverse=True)
    need = min(3, len(ends))
    for k, (end, size) in enumerate(ends):
        if sum(1 for e, _ in ends[k:] if e >= end - 2 * size) >= need:
            return end
    return ends[0][0] if ends else 0.0


# -- justified lines -------------------------------------------------------------------------------

JUSTIFIED_MIN_FRAGMENTS = 3  # a line alone cut at this many wide gaps, all alike, at least
JUSTIFIED_SPREAD = 0.25  # font sizes between its widest and narrowest gap, at most
JUSTIFIED_MAX_GAP = 3.0  # font sizes of one gap of such a line, at most
JUSTIFIED_ROW_GAP = 2.0  # ... of a gap between two columns' justified words on one baseline, at most
JUSTIFIED_EDGE = 0.1  # font sizes within which the lines of a justified paragraph end at one point
JUSTIFIED_NEIGHBOURS = 3  # lines either side looked at for whole lines of prose ending there too


def _unjustify(lines: list[Line], page_edge: float) -> list[Line]:
    """Justified lines of a narrow column, whose stretched spaces were wide enough to read as
    cell gaps ("preventing  and  deterring  crime;"), made one fragment again. A line is
    justified when it runs exactly to the right edge where at least two lines of prose near
    it (one fragment each) end too, and starts where they start: a justified paragraph, its
    gaps however wide. Alone, a line that runs to the edge cut at three or more gaps, all
    alike and none very wide, is one too. A table's rows are cells, not lines of prose."""
    out = list(lines)
    for i, line in enumerate(lines):
        frags = line.fragments
        if len(frags) < 2:
            continue
        edge = line.edge or page_edge
        if line.x1 < edge - line.size:
            continue
        near = lines[max(0, i - JUSTIFIED_NEIGHBOURS):i] + lines[i + 1:i + 1 + JUSTIFIED_NEIGHBOURS]
        prose = sum(1 for other in near
                    if len(other.fragments) == 1 and abs(other.x1 - line.x1) <= JUSTIFIED_EDGE * line.size + 1.0
                    and abs(other.x0 - line.x0) <= line.size)
        gaps = [b.x0 - a.x1 for a, b in zip(frags, frags[1:])]
        alike = (len(frags) >= JUSTIFIED_MIN_FRAGMENTS and max(gaps) - min(gaps) <= JUSTIFIED_SPREAD * line.size
                 and max(gaps) <= JUSTIFIED_MAX_GAP * line.size)
        if prose >= 2 or (alike and not _crosses_gutter(frags, near)):
            first = frags[0]
            joined = Fragment(first.x0, frags[-1].x1, first.baseline, line.size,
                              " ".join(f.text.strip() for f in frags), first.first_word_x1 or first.x1)
            out[i] = Line([joined], line.edge, line.left, line.prefix)
    return out


def _crosses_gutter(frags: list[Fragment], near: list[Line]) -> bool:
    """Whether one of a line's gaps is a gutter between two columns: lines near it have text
    on both sides of it and none across it (a column's justified line beside the next
    column's line is two lines, however alike its gaps)."""
    for a, b in zip(frags, frags[1:]):
        lo, hi = a.x1 + 1.0, b.x0 - 1.0
        split = sum(1 for other in near
                    if any(f.x1 <= lo for f in other.fragments) and any(f.x0 >= hi for f in other.fragments)
                    and not any(f.x0 < hi and f.x1 > lo for f in other.fragments))
        if split >= 2:
            return True
    return False


# -- table rows whose cells wrap over several lines -------------------------------------------------


CENTRED_OFFSET = 0.8  # font sizes between baselines, at most: lines this close are one row's


def _centred_cells(lines: list[Line]) -> list[Line]:
    """A table row whose cells sit in the middle of its height (a browser's default): a cell
    of two lines beside cells of one puts a line half a line above the row's and one half a
    line below. No two lines of text are that close otherwise: a band of lines each within
    CENTRED_OFFSET font sizes of the next, one of them a row of cells, is one row; the
    pieces of a column, top down, are one cell."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and 0 < lines[j - 1].baseline - lines[j].baseline \
                <= CENTRED_OFFSET * max(lines[j - 1].size, lines[j].size):
            j += 1
        band = lines[i:j]
        if len(band) == 1 or not (any(len(line.fragments) >= 2 for line in band) or _centred_band(band)):
            out.extend(band)
            i = j
            continue
        row = max(band, key=lambda line: len(line.fragments))
        if len(row.fragments) == 1:  # (a centred band: the row's line is its middle one)
            row = min(band, key=lambda line: abs(line.baseline - (band[0].baseline + band[-1].baseline) / 2))
        cells: list[Fragment] = []
        for frag in (f for line in band for f in line.fragments):  # top down, then left to right
            same = next((c for c in cells if c.x0 < frag.x1 and frag.x0 < c.x1), None)
            if same is None:
                cells.append(Fragment(frag.x0, frag.x1, row.baseline, frag.size, frag.text.strip(), frag.first_word_x1,
                                      list(frag.words)))
            else:
                same.x0, same.x1 = min(same.x0, frag.x0), max(same.x1, frag.x1)
                joined = _cell_text([same.text, frag.text.strip()])
                if not joined.startswith(same.text):
                    same.words = []  # (a word joined over the lines: where its words sit no longer adds up)
                same.text = joined
        out.append(Line(sorted(cells, key=lambda f: f.x0), row.edge, row.left, row.prefix))
        i = j
    return _taller_cells(out)


def _centred_band(band: list[Line]) -> bool:
    """Lines of one piece each, in two or more columns, each column's pieces centred on the
    band's middle: a row whose one-line cell sits between the two lines of its neighbour's
    ("Disrupting serious organised crime" between "Graded separately (regional" and "report,
    2023)"). Lines of one column, columns not centred alike, two lines side by side and half
    a line apart (two boxes' headings), or two columns each of several lines, are no such row."""
    columns: list[list[Fragment]] = []
    for frag in (f for line in band for f in line.fragments):
        column = next((c for c in columns if any(g.x0 < frag.x1 and frag.x0 < g.x1 for g in c)), None)
        if column is None:
            columns.append([frag])
        else:
            column.append(frag)
    middle = (band[0].baseline + band[-1].baseline) / 2
    size = max(line.size for line in band)
    # (one column wrapped, the others of one line each: two columns of prose whose lines
    # interleave, half a line apart, each have many)
    wrapped = [c for c in columns if len(c) >= 2]
    return len(columns) >= 2 and len(wrapped) == 1 and all(
        abs(sum(f.baseline for f in c) / len(c) - middle) <= 0.3 * size for c in columns)


def _taller_cells(lines: list[Line]) -> list[Line]:
    """A cell of three lines beside cells of one, all set in the middle: a line one pitch
    above the row and one the same pitch below it, each inside the row's cells. A line only
    below would be a wrapped cell of a row set at the top (read by _rows); one above and one
    below at the same distance is the middle setting, and both join the row's cells."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        above, below = out[-1] if out else None, lines[i + 1] if i + 1 < len(lines) else None
        if len(line.fragments) >= 2 and above is not None and below is not None \
                and len(above.fragments) == 1 and len(below.fragments) == 1:
            up, down = above.baseline - line.baseline, line.baseline - below.baseline
            # (each inside one cell's column: a line of prose across the page is no cell's)
            bounds = [c.x0 for c in line.fragments[1:]] + [float("inf")]
            inside = all(any(c.x0 - 0.6 * line.size <= f.x0 and f.x1 <= bound
                             for c, bound in zip(line.fragments, bounds))
                         for f in (*above.fragments, *below.fragments))
            if inside and 0 < up <= 1.5 * line.size and abs(up - down) <= 0.15 * line.size:
                cells = [Fragment(c.x0, c.x1, c.baseline, c.size, c.text, c.first_word_x1) for c in line.fragments]
                for part, first in ((above, True), (below, False)):
                    frag = part.fragments[0]
                    cell = next(c for c in cells if frag.x0 < c.x1 and c.x0 < frag.x1)
                    pieces = [frag.text.strip(), cell.text] if first else [cell.text, frag.text.strip()]
                    cell.text = _cell_text(pieces)
                    cell.x0, cell.x1 = min(cell.x0, frag.x0), max(cell.x1, frag.x1)
                out[-1] = Line(cells, line.edge, line.left, line.prefix)
                i += 2
                continue
        out.append(line)
        i += 1
    return out


SHORT_CELL_WORDS = 3  # a cell of this many words at most (a grade, a date) does not wrap back to the margin
PADDED_STEP = 1.3  # times the closest lines' step: rows further apart than this are padded


def _rows(lines: list[Line], pitch: float, edge: float) -> list[Line]:
    """Lines of a table row whose cells wrap, made one line (_table_rows), each table of the
    page on its own: a heading in larger type between two tables ends the one above, so the
    columns of one are never taken for the other's."""
    out: list[Line] = []
    start = 0
    for i in range(1, len(lines) - 1):
        if _heading_between(lines[i - 1], lines[i], lines[i + 1]):
            out += _table_rows(lines[start:i], pitch, edge)
            start = i
    return out + _table_rows(lines[start:], pitch, edge)


HEADING_SCALE = 1.15  # times the type of the lines either side: a heading's


def _heading_between(before: Line, line: Line, after: Line) -> bool:
    """A line of one piece in larger type than the lines either side of it."""
    return len(line.fragments) == 1 and line.size > HEADING_SCALE * max(before.size, after.size)


def _table_rows(lines: list[Line], pitch: float, edge: float) -> list[Line]:
    """Lines of a table row whose cells wrap, made one line: a line of two or more cells
    starts a row; the lines right below it whose text starts at the row's cell edges and
    stays inside its cells continue it, cell by cell."""
    out: list[Line] = []
    columns = sorted({round(f.x0) for ln in lines if len(ln.fragments) >= 2 for f in ln.fragments[1:]})
    # the columns of the block's widest rows (a header's): where a cell a row leaves empty begins
    widest = max((len(ln.fragments) for ln in lines), default=0)
    full_columns = sorted({round(f.x0) for ln in lines if len(ln.fragments) == widest >= 3 for f in ln.fragments[1:]})
    left = min((ln.x0 for ln in lines), default=0.0)
    # columns where three lines or more start a cell (a table's, not one card's or line's): of the
    # widest rows' columns, those settled; and all of them, a header's or its cells' below
    starts_at = Counter(round(f.x0) for ln in lines if len(ln.fragments) >= 2 for f in ln.fragments[1:])
    # (and a line's first piece set in from the block's left: a wrapped cell's words in a column
    # the row above left empty, "No" / "areas" under "Outstanding Good")
    starts_at.update(round(ln.fragments[0].x0) for ln in lines if len(ln.fragments) >= 2
                     and ln.fragments[0].x0 - left > CELL_GAP * ln.size)
    common = [x for x in sorted(starts_at) if _near(starts_at, x) >= 3]
    settled = [x for x in full_columns if _near(starts_at, x) >= 3]
    # ... and where three rows or more start a cell or have a word open at the same place after
    # more space than a word's: a column whose padding is too narrow for a cell gap ("Good Not
    # graded": a 2015 grade run into the next column's)
    spaced_at = Counter(x for ln in lines if len(ln.fragments) >= 2 for x in _spaced_words(ln))
    settled += [x for x in sorted(spaced_at) if x not in settled and _near(spaced_at, x) + _near(starts_at, x) >= 3]
    for ln in lines:
        if len(ln.fragments) >= 2 and settled:
            ln.fragments = [piece for f in ln.fragments for piece in _split_at_columns(f, settled)]
    # rows set one line pitch apart, each from the margin, have no padding, and so no cells
    # that wrap: a tab in a plain-text file, printed, is such a table (the lines that go on
    # with a row whose cells wrap start further right, in the cells that go on)
    # (two rows further apart than the block's closest lines are padded: a header's row over
    # the first row below it, each of one line, is no sign of a table without padding)
    closest = min((a.baseline - b.baseline for a, b in zip(lines, lines[1:]) if a.baseline > b.baseline), default=0.0)
    tight = any(len(a.fragments) >= 2 and len(b.fragments) >= 2
                and 0 < a.baseline - b.baseline <= min(1.1 * pitch, PADDED_STEP * closest)
                and max(a.x0, b.x0) - left <= 0.6 * b.size and not _goes_on(a, b, full_columns)
                for a, b in zip(lines, lines[1:]))
    i = 0
    while i < len(lines):
        line = lines[i]
        if len(line.fragments) < 2:
            out.append(_empty_cells(line, columns, left))
            i += 1
            continue
        starts = [f.x0 for f in line.fragments]
        ends = _cell_ends(line, full_columns)
        numbered = _numbered_start(line.fragments[0])
        cells: list[list[str]] = [[f.text.strip()] for f in line.fragments]
        tails: list[Fragment | None] = list(line.fragments)  # the last piece of each cell so far (None: empty yet)
        heads = list(line.fragments)  # each cell's first piece
        last = line
        j = i + 1
        while tight and j < len(lines):
            # a plain-text row too long for the page wraps back to the margin, in the same type: its
            # last cell goes on
            nxt = lines[j]
            if len(nxt.fragments) != 1 or abs(nxt.x0 - starts[0]) > 0.6 * nxt.size \
                    or abs(nxt.size - last.size) > 0.1 * last.size \
                    or not 0 < last.baseline - nxt.baseline <= 1.25 * pitch \
                    or tails[-1].x1 + 0.3 * nxt.size + nxt.first_word_width() <= edge - nxt.size:
                break
            # (the first cell's words going on below it, where that cell ran out of room, the
            # last is a word or two that wraps nowhere, and the line starts in lower case: "...
            # and reducing" / "vulnerability" beside "Good")
            k = 0 if len(cells) > 1 and nxt.text.strip()[:1].islower() and len(cells[-1][-1].split()) <= SHORT_CELL_WORDS \
                and _cell_full(tails[0], nxt.fragments[0], ends[0]) and not _SENTENCE_END.search(tails[0].text.strip()) else -1
            cells[k].append(nxt.text.strip())
            tails[k] = nxt.fragments[0]
            last = nxt
            j += 1
        while j < len(lines) and not tight:
            nxt = lines[j]
            step = last.baseline - nxt.baseline
            if not 0 < step <= 1.25 * pitch or len(nxt.fragments) > len(starts):
                break
            if len(nxt.fragments) == len(starts) and step > 1.3 * nxt.size and not _runs_on(tails, nxt):
                break  # as many pieces as the row has cells: its cells all wrap only one line's height below

            if len(nxt.fragments) == 1 and abs(nxt.x0 - starts[0]) <= 0.6 * nxt.size and tails[-1] is not None \
                    and tails[-1].x1 + 0.3 * nxt.size + nxt.first_word_width() > edge - 0.2 * nxt.size \
                    and not (len(cells[-1][-1].split()) <= SHORT_CELL_WORDS and len(cells) > 1
                             and _slot(nxt.fragments[0], starts, ends, nxt.size) == 0
                             and _cell_full(tails[0], nxt.fragments[0], ends[0])):
                break  # the row's last cell ran to the page edge: the line wraps it back to the margin
                # (never a grade's or a date's cell, too short to wrap, when the line goes on with
                # the first cell: "Engaging with and treating" over "the public ...")
            slots = [_slot(f, starts, ends, nxt.size, numbered, heads) for f in nxt.fragments]
            if None in slots:
                # a cell the row's first line left empty, its text set lower (a tracker's update
                # under a two-line header): a piece at a column of the table between the row's cells
                opened = _opened_cells(nxt, starts, ends, common)
                if opened is not None:
                    starts, ends, added = opened
                    for k in added:
                        cells.insert(k, [])
                        tails.insert(k, None)
                        heads.insert(k, Fragment(starts[k], starts[k], line.baseline, line.size, ""))
                    slots = [_slot(f, starts, ends, nxt.size, numbered, heads) for f in nxt.fragments]
            if any(k is None or (tails[k] is not None and not _cell_full(tails[k], f, ends[k]))
                   for k, f in zip(slots, nxt.fragments)):
                break
            for k, frag in zip(slots, nxt.fragments):
                tails[k] = frag
            for k, frag in zip(slots, nxt.fragments):
                cells[k].append(frag.text.strip())
            last = nxt
            j += 1
        if j == i + 1:
            out.append(_empty_cells(line, columns, left, columns_only=True))
        else:
            merged = [Fragment(f.x0, f.x1, f.baseline, f.size, _cell_text(c)) for f, c in zip(heads, cells) if c]
            out.append(_empty_cells(Line(merged, line.edge, line.left), columns, left, columns_only=True))
        i = j
    for ln in out:
        if ln.left is None:
            ln.left = left
    return out


def _opened_cells(nxt: Line, starts: list[float], ends: list[float],
                  columns: list[int]) -> tuple[list[float], list[float], list[int]] | None:
    """The row's cell starts and ends with an empty cell opened at each of the table's columns
    where a piece of the line below starts and the row has no cell, and where they were
    opened; None where a piece starts at no column at all."""
    starts, ends, added = list(starts), list(ends), []
    for frag in nxt.fragments:
        if any(abs(frag.x0 - start) <= 0.6 * nxt.size for start in starts):
            continue
        column = next((c for c in columns if abs(frag.x0 - c) <= 0.6 * nxt.size), None)
        if column is None or column < starts[0]:
            return None
        k = sum(1 for start in starts if start < frag.x0)
        following = starts[k] if k < len(starts) else float("inf")
        starts.insert(k, frag.x0)
        ends[k - 1] = min(ends[k - 1], frag.x0)
        ends.insert(k, min([c for c in columns if frag.x1 - 0.2 * nxt.size <= c < following] or [following]))
        added = [a + (a >= k) for a in added] + [k]
    return (starts, ends, sorted(added)) if added else None


CELL_PADDING = 0.5  # font sizes of space, at least (a word's is less), before a word that opens a table's column
WORD_SPACE = 0.25  # font sizes: about a word's space


SPACED_WORD = 2.0  # times the narrowest space between a fragment's words: a wider one may be a cell's padding


def _near(counts: Counter[int], x: int) -> int:
    """How many of the counted places lie within a point of x."""
    return sum(n for at, n in counts.items() if abs(at - x) <= 1)


def _spaced_words(line: Line) -> set[int]:
    """Where the words of a line open that come after more space than a word's, and at least
    SPACED_WORD times the narrowest of their fragment (wide spaces throughout are a justified
    line's or a wide font's, "NARRATOR:   Every   few"), rounded."""
    spaced: set[int] = set()
    for frag in line.fragments:
        gaps = [frag.words[k][0] - frag.words[k - 1][1] for k in range(1, len(frag.words))]
        # (a fragment of two words has no space but the one to measure: a word's stands for it)
        narrowest = max(min(gaps) if len(gaps) > 1 else 0.0, WORD_SPACE * frag.size)
        spaced.update(round(frag.words[k][0]) for k, gap in enumerate(gaps, 1)
                      if gap > CELL_PADDING * frag.size and gap >= SPACED_WORD * narrowest)
    return spaced


def _split_at_columns(frag: Fragment, columns: list[int]) -> list[Fragment]:
    """A row's fragment cut where a word opens one of the table's columns after more space
    than a word's: two cells whose padding was narrower than a cell gap ("CoC1" and "Cause
    of concern: The force is not", "Recommendation" and "Investigating") ran together."""
    cuts = [k for k in range(1, len(frag.words))
            if frag.words[k][0] - frag.words[k - 1][1] > CELL_PADDING * frag.size
            and any(abs(frag.words[k][0] - column) <= CELL_PADDING * frag.size for column in columns)]
    if not cuts:
        return [frag]
    pieces = []
    for a, b in zip([0, *cuts], [*cuts, len(frag.words)]):
        words = frag.words[a:b]
        start, end = words[0][2], frag.words[b][2] if b < len(frag.words) else len(frag.text)
        pieces.append(Fragment(words[0][0], words[-1][1], frag.baseline, frag.size, frag.text[start:end].strip(),
                               words[0][1] if len(words) > 1 else None,  # (where its first word ends, if not its only one)
                               [(x0, x1, offset - start) for x0, x1, offset in words]))
    return pieces


def _goes_on(row: Line, nxt: Line, columns: list[int] | tuple[int, ...] = ()) -> bool:
    """Whether every piece of nxt sits in its own cell of row, each cell of which ran out of
    room: the row's cells wrap, all of them (the first column too), onto the next line. A
    cell ends where the next column of the table starts, though the row leaves that one empty."""
    starts = [f.x0 for f in row.fragments]
    ends = _cell_ends(row, columns)
    slots = [_slot(f, starts, ends, nxt.size) for f in nxt.fragments]
    return None not in slots and len(set(slots)) == len(slots) and all(
        _cell_full(row.fragments[k], f, ends[k]) for k, f in zip(slots, nxt.fragments))  # type: ignore[index]


def _cell_ends(row: Line, columns: list[int] | tuple[int, ...]) -> list[float]:
    """Where each cell of a row ends: at the next column of the table past its text, which
    the row may leave empty, else at its next piece's start (the last runs to the page's edge).
    A column starts a cell's padding past its text at least: a centred heading that starts
    just where a short cell's text ends ("Not" under "North Yorkshire") is in the same column."""
    starts = [f.x0 for f in row.fragments]
    return [min([c for c in columns if f.x1 + CELL_PADDING * row.size <= c < end] or [end])
            for f, end in zip(row.fragments, starts[1:] + [float("inf")])]


def _empty_cells(line: Line, columns: list[int], left: float, columns_only: bool = False) -> Line:
    """A line whose text starts at a table column of its page, right of the margin, is a
    row whose first cells are empty: it keeps one tab for each (columns_only: a row of
    several cells, which keeps no other indent)."""
    left = line.left if line.left is not None else left
    indent = line.x0 - left
    if indent < 0.4 * line.size:
        return line
    empty = sum(1 for c in columns if c <= line.x0 + 0.6 * line.size)
    if empty and any(abs(line.x0 - c) <= 0.6 * line.size for c in columns):
        prefix = "\t" * empty
    elif columns_only:
        return line
    else:  # an indented line: a tab where it starts a long way in, else two spaces
        prefix = "\t" if indent >= 4 * line.size else "  "
    return Line(line.fragments, line.edge, line.left, prefix)


def _slot(frag: Fragment, starts: list[float], ends: list[float], size: float, numbered: float | None = None,
          heads: list[Fragment] | tuple[Fragment, ...] = ()) -> int | None:
    """The cell of a row a piece of the line below goes on, by where it starts: at a cell's
    start, or in the first cell just after the row's number ("1 Responding to the" over
    "public": a narrow number column the text layer ran into the cell beside it); or, given
    the row's first pieces, centred under one, clear of the one before (a header's "North"
    over "Yorkshire")."""
    for k, (start, end) in enumerate(zip(starts, ends)):
        if (abs(frag.x0 - start) <= 0.6 * size or (k == 0 and numbered is not None and numbered < frag.x0 <= numbered + 3 * size)) \
                and frag.x1 <= end + 0.2 * size:
            return k
    for k, head in enumerate(heads):
        if abs((frag.x0 + frag.x1) / 2 - (head.x0 + head.x1) / 2) <= 0.6 * size \
                and (k == 0 or frag.x0 >= heads[k - 1].x1 + WORD_SPACE * size) and frag.x1 <= ends[k] + 0.2 * size:
            return k
    return None


_ROW_NUMBER = re.compile(r"(?:[A-Z]{0,3}\d{1,3}(?:\.\d{1,2})?|[a-z]|[ivx]{1,4})[.)]?\s")  # "1", "a)", "R1", "B3.1"


def _numbered_start(frag: Fragment) -> float | None:
    """Where a row's first piece's number ends, when it opens on one ("1 Responding ..."), else None."""
    return frag.first_word_x1 if frag.first_word_x1 is not None and _ROW_NUMBER.match(frag.text.lstrip()) else None


def _runs_on(tails: list[Fragment | None], nxt: Line) -> bool:
    """Whether a line goes on with every cell of the row above: none of the row's cells ends a
    sentence and the line's first piece starts in lower case ("... launched in" over
    "October 2024 ...", "Responding to the" over "public")."""
    return nxt.fragments[0].text.strip()[:1].islower() and not any(
        _SENTENCE_END.search(tail.text.strip()) for tail in tails if tail is not None)


def _cell_full(tail: Fragment, nxt: Fragment, end: float) -> bool:
    """A cell's text goes on below only where its last piece ran out of room."""
    if end == float("inf"):
        return True
    first_word = (nxt.first_word_x1 or nxt.x1) - nxt.x0
    if nxt.x1 - nxt.x0 > tail.x1 - tail.x0 + first_word + tail.size:
        return False  # wider than the piece it would continue could have been: a line of its own
    return tail.x1 + 0.3 * tail.size + first_word > end - CELL_GAP * tail.size


_BROKEN_WORD_RX = re.compile(rf"([A-Za-z]+)[{re.escape(_LINE_HYPHENS)}]$")


def _own_hyphen(head: str, rest: str) -> bool:
    """Whether a line ending "...non-" (pdfium gives a line's last hyphen as U+FFFE) and the
    next beginning "emergency ..." break a word English writes with a hyphen."""
    m = _BROKEN_WORD_RX.search(head)
    n = re.match(r"[A-Za-z]+", rest)
    return bool(m and n) and f"{m.group(1)}-{n.group(0)}".lower() in HYPHENATED_WORDS


def _cell_text(pieces: list[str]) -> str:
    out = pieces[0]
    for piece in pieces[1:]:
        if _own_hyphen(out, piece) and piece[:1].islower():
            out = out[:-1] + "-" + piece
        elif out[-1:] in _LINE_HYPHENS and out[-2:-1].isalpha() and piece[:1].islower():
            out = out.rstrip(_LINE_HYPHENS) + piece
        else:
            out = f"{out} {piece}"
    return out


# -- a grid of short headings over cells that leave some columns empty ----------------------------

GRID_HEADINGS = 3  # headings a grid's header row has at least
HEADING_WORDS = 4  # words a heading has at most
GRID_GAP = 8  # line pitches between two lines of a grid, at most


def _grids(lines: list[Line], pitch: float) -> list[Line]:
    """A row of short headings over lines of cells, some columns left empty (a grid of one
    column per grade, each cell stacking the areas under its grade): the text layer gives
    each line only the pieces it has, so a piece under the third heading reads as a second
    cell. Each line under the header keeps an empty cell for every column it leaves empty,
    each piece in the column it stands under. A heading that wrapped onto a line of its own
    ("Requires" over "improvement") joins its heading. Lines go on being the grid's while
    every piece stands inside one column; the first that does not ends it. (A line below that
    fills every column makes the "header" a row of cards, areas over their grades: left alone.)"""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        grid = _grid_at(lines, i, pitch)
        if grid is None:
            out.append(lines[i])
            i += 1
            continue
        header, body, used = grid
        out.append(header)
        out.extend(body)
        i += used
    return out


def _grid_at(lines: list[Line], i: int, pitch: float) -> tuple[Line, list[Line], int] | None:
    head = lines[i]
    frags = head.fragments
    if len(frags) < GRID_HEADINGS or head.prefix or any(
            len(f.text.split()) > HEADING_WORDS or _SENTENCE_END.search(f.text.strip()) for f in frags):
        return None
    size = head.size
    texts = [f.text.strip() for f in frags]
    spans = [(f.x0, f.x1) for f in frags]
    j = i + 1
    # a heading wrapped onto the next line, under its own heading
    if j < len(lines) and 0 < head.baseline - lines[j].baseline <= 1.5 * size \
            and all(len(f.text.split()) <= HEADING_WORDS for f in lines[j].fragments):
        under = [next((k for k, (a, b) in enumerate(spans) if f.x0 < b and a < f.x1), None) for f in lines[j].fragments]
        if None not in under and len(set(under)) == len(under):
            for k, f in zip(under, lines[j].fragments):
                texts[k] = f"{texts[k]} {f.text.strip()}"  # type: ignore[index]
                spans[k] = (min(spans[k][0], f.x0), max(spans[k][1], f.x1))  # type: ignore[index]
            j += 1
    centres = [(a + b) / 2 for a, b in spans]
    # a column begins halfway between its heading's centre and the one before (centred
    # headings), or at its heading's start (headings set flush left over their cells)
    starts = [spans[0][0]] + [min((centres[k - 1] + centres[k]) / 2, spans[k][0]) for k in range(1, len(spans))]
    # ... and ends where the next begins, or at the next heading's start (flush-left headings:
    # a cell runs up to the next column's heading)
    ends = [max(starts[k + 1], spans[k + 1][0]) for k in range(len(spans) - 1)] + [centres[-1] + (centres[-1] - starts[-1])]
    body: list[list[str] | None] = []  # (None: a row spanning the grid, kept as it is)
    placed: list[Line] = []
    shifted = False
    last = lines[j - 1]
    while j < len(lines):
        line = lines[j]
        # (a row that wraps was joined into one line at its top: the next may stand well below it)
        if not 0 < last.baseline - line.baseline <= GRID_GAP * pitch:
            break
        cells: list[list[str]] = [[] for _ in spans]
        for f in line.fragments:
            k = max((k for k, start in enumerate(starts) if f.x0 >= start - 0.6 * size), default=None)
            if k is None or f.x1 > ends[k] + 0.6 * size:
                break
            cells[k].append(f.text.strip())
        else:
            filled = [k for k, cell in enumerate(cells) if cell]
            if not filled:
                break
            if len(filled) == len(spans):
                return None  # a line that fills every column: rows of cards (areas over grades), no grid
            shifted = shifted or filled != list(range(len(filled)))
            body.append([" ".join(cell) for cell in cells])  # (the empty cells after its last too)
            placed.append(line)
            last = line
            j += 1
            continue
        if len(line.fragments) == 2 and line.fragments[0].x1 < starts[1] and _spans_columns(line.fragments[1], starts, ends) \
                and j + 1 < len(lines) and body:
            # a row's label and one cell merged across the grid's columns ("Specialist
            # capabilities | Ungraded"): kept as it is, the grid going on below it
            body.append(None)
            placed.append(line)
            last = line
            j += 1
            continue
        break
    if sum(1 for cells in body if cells is not None) < 2 or not shifted:
        return None  # (each line's pieces already stand in their columns' order: nothing to keep)
    while body and body[-1] is None:
        body.pop()
        placed.pop()
        j -= 1
    header = Line([Fragment(a, b, head.baseline, f.size, t) for (a, b), f, t in zip(spans, frags, texts)],
                  head.edge, head.left)
    rows = [line if cells is None else
            Line([Fragment(starts[k], ends[k], line.baseline, line.size, text) for k, text in enumerate(cells)],
                 line.edge, line.left)
            for cells, line in zip(body, placed)]
    return header, rows, j - i


def _spans_columns(frag: Fragment, starts: list[float], ends: list[float]) -> bool:
    """Whether a piece starts in one of a grid's columns after the first and runs into the next."""
    inside = [k for k, (a, b) in enumerate(zip(starts, ends)) if a <= frag.x0 < b]
    return bool(inside) and inside[0] > 0 and frag.x1 > ends[inside[0]]


# -- running headers and footers ----------------------------------------------------------------


def _shape(line: Line) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line.text.lower())).strip()


def _furniture(line: Line) -> bool:
    """Page numbers and a browser's date or URL, in any cell of the line."""
    cells = [c.strip() for c in line.text.split("\t") if c.strip()]
    if all(_PAGE_NUMBER.match(c) or _URL.match(c) for c in cells):
        return True
    return bool(cells) and bool(_BROWSER_DATE.match(cells[0]) or _URL.match(cells[0]))


def _browser_title(lines: list[Line]) -> str:
    """The page title a browser prints beside its date in the top margin ("4/12/26, 9:16 PM
    <tab> Title"), unless it is only a file's name."""
    for line in lines[:EDGE_LINES]:
        cells = [c.strip() for c in line.text.split("\t") if c.strip()]
        if len(cells) >= 2 and _BROWSER_DATE.match(cells[0]) and not _FILE_NAME.match(cells[1]):
            return cells[1]
    return ""


def _drop_running(pages: list[Page]) -> None:
    """Remove running headers and footers from every page, in place: lines of one shape at
    about one height, at the top of most pages or at the bottom of most (a heading's grade,
    "Good", that happens to end several pages stands at a different height on each)."""
    least = max(2, (len(pages) + 1) // 2)

    def repeated(edges: list[list[Line]]) -> set[str]:
        heights: dict[str, list[float]] = {}
        for edge in edges:
            for line in {_shape(ln): ln for ln in edge}.values():
                heights.setdefault(_shape(line), []).append(line.baseline)
        return {shape for shape, at in heights.items()
                if len(pages) >= 2 and max(sum(1 for b in at if abs(b - a) <= RUNNING_DRIFT) for a in at) >= least}

    _drop_running_pieces(pages, least)
    heads = repeated([page.lines[:EDGE_LINES] for page in pages])
    feet = repeated([page.lines[-EDGE_LINES:] for page in pages])
    for page in pages:
        lines = page.lines
        start = 0
        while start < min(EDGE_LINES, len(lines)) and (_shape(lines[start]) in heads or _furniture(lines[start])):
            start += 1
        end = len(lines)
        while end > max(start, len(lines) - EDGE_LINES) and (_shape(lines[end - 1]) in feet or _furniture(lines[end - 1])):
            end -= 1
        page.lines = lines[start:end]


RUNNING_DRIFT = 8.0  # points a running header's or footer's baseline may move from page to page
RUNNING_PIECE_WORDS = 3  # words at least of a running header's piece on a line it shares


def _drop_running_pieces(pages: list[Page], least: int) -> None:
    """A running header or footer printed on a baseline it shares with the page's own text
    (a report's title at the foot, level with the last line of the body): the piece, the same
    words at the same place near the top or the foot of most pages, is left out of its line."""
    for edge in (slice(None, EDGE_LINES), slice(-EDGE_LINES, None)):
        seen: dict[tuple[str, int], list[float]] = {}
        for page in pages:
            for line in page.lines[edge]:
                for frag in line.fragments:
                    if len(frag.text.split()) >= RUNNING_PIECE_WORDS:
                        seen.setdefault((_piece_shape(frag), round(frag.x0)), []).append(frag.baseline)
        running = {key for key, at in seen.items()
                   if max(sum(1 for b in at if abs(b - a) <= RUNNING_DRIFT) for a in at) >= least}
        for page in pages if running else ():
            for line in page.lines[edge]:
                kept = [f for f in line.fragments if (_piece_shape(f), round(f.x0)) not in running]
                if kept and len(kept) < len(line.fragments):
                    line.fragments[:] = kept


def _piece_shape(frag: Fragment) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", frag.text.lower())).strip()


# -- lines to text ---------------------------------------------------------------------------------


def _pitch(pages: list[Page]) -> float:
    steps = [a.baseline - b.baseline for p in pages for a, b in zip(p.lines, p.lines[1:])
             if 0 < a.baseline - b.baseline < 3 * a.size]
    return sorted(steps)[len(steps) // 2] if steps else 12.0


def _indent(line: Line) -> float:
    """How far in from its column's left edge a line starts."""
    return line.x0 - (line.left if line.left is not None else 0.0)


def _wraps(prev: Line, nxt: Line, right_edge: float, body_size: float = 0.0, listed: bool = False) -> bool:
    """True where `nxt` continues `prev`: its first word would not have fitted after it,
    and nothing says `nxt` is an item of its own (a bullet, a cell, a leader row, a short
    line that ends no sentence, deeper indentation)."""
    if len(nxt.fragments) > 1 or _BULLET.match(nxt.text) or _RULE.match(prev.text) or _RULE.match(nxt.text) \
            or _NUMBERED_LABEL.match(nxt.text):
        return False
    leaders = list(_LEADER.finditer(prev.text))
    if _LEADER.search(nxt.text) or (leaders and prev.text[leaders[-1].end():].strip()):
        return False  # a leader row is one line, unless it broke right after its leader
    # a line in a column of its own (minutes' hanging indent) wraps onto the next line at that column
    same_column = nxt.prefix.startswith("\t") and prev.prefix == nxt.prefix and len(prev.fragments) == 1 \
        and abs(prev.x0 - nxt.x0) <= 0.6 * prev.size
    if (nxt.text.startswith("\t") and not same_column) \
            or (_indent(nxt) > _indent(prev) + 0.4 * prev.size and not _BULLET.match(prev.text)):
        return False
    width = right_edge - (nxt.left if nxt.left is not None else 0.0)
    if len(prev.fragments) > 1 and prev.fragments[-1].x1 - prev.fragments[-1].x0 < 0.3 * width:
        return False  # a row whose last cell is narrow (a date, an owner) wraps within that cell, never to the margin
    space = 0.3 * prev.size
    # the edge is where the longest lines end, a little short of where the words may go
    fits_not = prev.x1 + space + nxt.first_word_width() > right_edge - prev.size
    if _TRAILING_LEADER.search(prev.text):
        return fits_not  # "value for money ..." / "Requires improvement": one row
    if body_size and min(prev.size, nxt.size) > 1.15 * body_size and abs(prev.size - nxt.size) < 0.5:
        return fits_not  # a heading set in larger type, wrapped: one heading
    lower = nxt.text.lstrip()[:1].islower()
    if _SENTENCE_END.search(prev.text) and not lower:
        return False
    if body_size and prev.size > 1.15 * max(nxt.size, body_size) and not lower:
        return False  # a heading in larger type above its section's first line: its own line
    if listed and not lower and not _SENTENCE_END.search(nxt.text) and nxt.x1 < right_edge - 0.2 * width:
        return False  # among short lines that end no sentence (a list, contents), a long one is an item too
    return fits_not


def _joiner(prev: Line, nxt: Line, right_edge: float, gap_ok: bool, body_size: float = 0.0,
            listed: bool = False) -> str:
    """What goes between two lines: "\\n\\n", "\\n", " " or "-" (a hyphenated word, decided later)."""
    if not gap_ok:
        return "\n\n"
    tail = prev.text.rstrip()
    if tail[-1:] in _LINE_HYPHENS and tail[-2:-1].isalpha() and nxt.text.lstrip()[:1].islower() \
            and len(nxt.fragments) == 1 and (prev.x1 + nxt.first_word_width() > right_edge - prev.size
                                             or tail[-1:] in _TYPESET_HYPHENS):
        # a word broken at the line's end, in any kind of line (a typesetter's hyphen, soft or
        # Unicode's, breaks a word wherever the line ends: a box's narrower edge too)
        return "-"
    return " " if _wraps(prev, nxt, right_edge, body_size, listed) else "\n"


ITEM_GAP = 1.25  # times the step a line's own next line keeps, at least, of the step above a line opening an item


def _opens_item(prev: Line, line: Line, nxt: Line, step: float) -> bool:
    """Whether a line that would run on from the one above opens an item of its own: set
    further below it than its own next line, of its size, is below it (a panel's rows,
    "Requires improvement" over "Preventing crime and tackling anti-" / "social behaviour":
    an item's wrapped lines keep closer than the items do)."""
    below = line.baseline - nxt.baseline
    return 0 < below and step > ITEM_GAP * below and abs(line.size - nxt.size) < 0.5 \
        and line.left == nxt.left and len(line.fragments) == 1 == len(nxt.fragments)


def _continues(prev: Line, nxt: Line) -> bool:
    """Across a page or column break, the words say a sentence runs on: the first line
    begins in lower case, or the last ends with no stop and the next is no new item."""
    return nxt.text.lstrip()[:1].islower() or (not _SENTENCE_END.search(prev.text) and not _BULLET.match(nxt.text)
                                      and len(nxt.fragments) == 1)


def _assemble(pages: list[Page]) -> tuple[str, tuple[int, ...]]:
    pitch = _pitch(pages)
    sizes = sorted(ln.size for p in pages for ln in p.lines)
    body_size = sizes[len(sizes) // 2] if sizes else 0.0
    bodies = [p for p in pages if p.lines]
    low = min((p.lines[-1].baseline for p in bodies), default=0.0)
    high = max((p.lines[0].baseline for p in bodies), default=0.0)
    pieces: list[tuple[str, str, int]] = []  # (joiner before, line text, page number)
    prev: Line | None = None
    prev_edge = 0.0
    listed = False  # the line before stood alone, short, ending no sentence: a list may be going on
    # a page of a few lines (a letter's last, its signature) shows no margin of its own: the
    # edge the document's fuller pages share stands for it
    full_edges = sorted(_edge(p.lines) for p in bodies if len(p.lines) >= FEW_LINES)
    shared_edge = full_edges[len(full_edges) // 2] if full_edges else 0.0
    for number, page in enumerate(pages, 1):
        edge = _edge(page.lines) or page.width
        if len(page.lines) < FEW_LINES and shared_edge > edge:
            edge = shared_edge
        for index, line in enumerate(page.lines):
            step = prev.baseline - line.baseline if prev is not None else 0.0
            if prev is None:
                joiner = ""
            elif index == 0 or step < -0.5 * pitch:
                # across a page or column break: joined where one ran full into the next
                # (orphan and widow rules may leave a line or two free) or the words run on
                full = prev.baseline - low < 2.5 * pitch and high - line.baseline < 2.5 * pitch
                joiner = _joiner(prev, line, prev_edge, full or _continues(prev, line), body_size, listed)
            else:
                # larger type (a heading) sets its lines further apart
                scale = max(prev.size, line.size) / body_size if body_size else 1.0
                joiner = _joiner(prev, line, prev_edge, step <= PARAGRAPH_GAP * pitch * max(scale, 1.0), body_size,
                                 listed)
                nxt = page.lines[index + 1] if index + 1 < len(page.lines) else None
                if joiner == " " and nxt is not None and _opens_item(prev, line, nxt, step):
                    joiner = "\n"
            text = line.text.lstrip(" \t") if joiner in (" ", "-") else line.text  # no indent inside a line
            pieces.append((joiner, text, number))
            ends = bool(_SENTENCE_END.search(line.text))
            if joiner in (" ", "-"):  # the logical line now ends here: a sentence's end is prose, no list
                # (one inside it too: "... abandon their call. (HMICFRS, 2022, p." / "14)")
                listed = listed and not ends and not _SENTENCE_INSIDE.search(line.text)
            else:  # a line standing alone: a short one that ends no sentence may start a list
                width = (line.edge or edge) - (line.left or 0.0)
                listed = not ends and (listed or line.x1 < (line.edge or edge) - 0.2 * width)
            prev, prev_edge = line, line.edge or edge
    hyphenated = {m.group(0) for _, text, _ in pieces for m in _HYPHENATED.finditer(text.lower())}
    out: list[str] = []
    length = 0
    starts: list[int] = []
    for joiner, text, number in pieces:
        if joiner == "-":
            head = out[-1].rstrip().rstrip(_LINE_HYPHENS)
            word = re.search(r"([a-z]+)$", head.lower())
            rest = re.match(r"[a-z]+", text.lower())
            keep = (word and rest and f"{word.group(1)}-{rest.group(0)}" in hyphenated) \
                or _own_hyphen(out[-1].rstrip(), text)
            length -= len(out[-1])
            out[-1] = head + ("-" if keep else "")
            length += len(out[-1])
            joiner = ""
        while len(starts) < number:
            starts.append(length + len(joiner))
        out.append(joiner)
        out.append(text)
        length += len(joiner) + len(text)
    while len(starts) < len(pages):
        starts.append(length)
    text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f\u00ad\ufffe\uffff]", "", "".join(out))
    return text.rstrip() + "\n", tuple(starts)


# -- the file ------------------------------------------------------------------------------------

# Keys of the dictionaries (outside streams, whose bytes are compressed data) that carry
# what a viewer could run or unpack.
_ACTIVE = (
    (re.compile(rb"/S\s*/JavaScript\b|/JS\s*[(<\[]|/JS\s+\d+\s+\d+\s+R|/JavaScript\s*[<\d]"), "JavaScript"),
    (re.compile(rb"/EmbeddedFiles?\b|/Type\s*/Filespec\b[^>]{0,200}/EF\b"), "embedded files"),
    (re.compile(rb"/S\s*/Launch\b"), "a launch action"),
    (re.compile(rb"/RichMedia\b"), "rich media"),
)
_STREAM = re.compile(rb"\bstream\r?\n.*?\bendstream\b", re.S)


def active_content(data: bytes, pdf=None, raw=None) -> list[str]:  # noqa: ANN001
    """What a PDF holds that could run or unpack if a viewer let it (never done here): from
    its dictionaries, and from PDFium's count of document JavaScript and attachments
    (which finds them inside compressed object streams too)."""
    outside = _STREAM.sub(b" ", data)
    found = [what for pattern, what in _ACTIVE if pattern.search(outside)]
    if pdf is not None and raw is not None:
        if raw.FPDFDoc_GetJavaScriptActionCount(pdf.raw) > 0 and "JavaScript" not in found:
            found.append("JavaScript")
        if raw.FPDFDoc_GetAttachmentCount(pdf.raw) > 0 and "embedded files" not in found:
            found.append("embedded files")
    return sorted(set(found), key=found.index)


def _open_problem(data: bytes, message: str) -> str:
    """Why PDFium could not open the file, from the file itself: PDFium's own error code
    is process-wide and may still hold an earlier file's."""
    if re.search(rb"/Encrypt\b", data):
        return "an encrypted PDF (it needs a password); skipped"
    if not re.search(rb"/Type\s*/Page(?![A-Za-z])", data):
        return "a PDF with no pages"
    return f"a broken or truncated PDF that cannot be read ({message.strip().rstrip('.')}); skipped"


def read_pdf(data: bytes, name: str) -> Reading:
    pdfium, raw = _pdfium()
    deadline = Deadline(name)
    notices = []
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise DocumentError(name, _open_problem(data, str(exc))) from None
    active = active_content(data, pdf, raw)
    if active:
        notices.append(f"the PDF holds {' and '.join(active)}; none of it is run or opened, only its text is read")
    pages: list[Page] = []
    try:
        total = len(pdf)
        if total == 0:
            raise DocumentError(name, "a PDF with no pages")
        if total > MAX_PAGES:
            notices.append(f"{total} pages; only the first {MAX_PAGES} are read (set KG_MAX_PAGES to read more)")
        for index in range(min(total, MAX_PAGES)):
            deadline.check()
            try:
                page = pdf[index]
                textpage = page.get_textpage()
            except pdfium.PdfiumError as exc:
                raise DocumentError(name, f"a broken PDF: page {index + 1} cannot be read ({exc}); skipped") from None
            try:
                width, height = page.get_size()
                pages.append(Page(_lines(_fragments(textpage, raw)), width, height))
            finally:
                textpage.close()
                page.close()
    finally:
        pdf.close()
    if not any(p.lines for p in pages):
        raise DocumentError(name, f"no text layer; scanned? ({len(pages)} page{'s' * (len(pages) != 1)} "
                                  "of images or drawings, and kg does not read text from images)")
    title = _browser_title(pages[0].lines) if pages else ""
    _drop_running(pages)
    pitch = _pitch(pages)
    for page in pages:
        edge = _edge(page.lines) or page.width
        columns = _columns(_unjustify(page.lines, edge), 0.0, page.width)
        page.lines = _grids(_rows(_centred_cells(_unjustify(columns, edge)), pitch, edge), pitch)
    text, starts = _assemble(pages)
    if title and not text.startswith(title):  # the title printed in the margin is the page's own
        text = f"{title}\n\n{text}"
        starts = (0,) + tuple(start + len(title) + 2 for start in starts[1:])
    if not text.strip():
        raise DocumentError(name, "no text in the PDF besides page headers and footers")
    parts = tuple((start, f"page {n}") for n, start in enumerate(starts, 1))
    return Reading(check_text(name, text), "pdf", "application/pdf", "", len(pages), starts, parts, tuple(notices))
