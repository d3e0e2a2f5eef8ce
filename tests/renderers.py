"""Turn the text of a document into the files publishers make of it, for the read tests.

- `render_pdf`: a PDF laid out here with fpdf2, with what real reports have: a running
  header and a "Page N of M" footer on every page, words hyphenated at line ends, one
  statement that runs across a page break, one page set in two columns (written to the
  PDF line by line across both columns, so the content order is not the reading order),
  and tab-separated rows as table cells.
- `render_docx`: a Word file written with python-docx: tab-separated lines become table
  rows (a response record is one Word table), "- " lines bulleted list items.
- `print_pdfs`: Debian's chromium printing files to PDF, with its own date, title, URL and
  page-number lines, through Playwright (a producer we do not control).
"""

from __future__ import annotations

import re
from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
PAGE_W, PAGE_H = 420.0, 595.0  # A5, in points
MARGIN, TOP, BOTTOM = 42.0, 60.0, 60.0
SIZE, PITCH = 9.0, 12.0
GUTTER = 18.0
ROW_PADDING = 4.0  # between table rows, as a word processor's cell margins leave
_BULLET = re.compile(r"^\s*(- |\u2022 |\* )")


def _draw(pdf, x: float, y: float, text: str) -> None:  # noqa: ANN001
    """Text at (x, y), its leading spaces as an indent (as a word processor places it)."""
    body = text.lstrip(" ")
    if body:
        pdf.text(x + pdf.get_string_width(text[:len(text) - len(body)]), y, body)


def font_missing() -> str | None:
    return None if FONT.exists() else f"{FONT} is missing (apt-get install fonts-dejavu-core; .ci/run installs it)"


class _Layout:
    """Greedy line breaking with hyphenation, page by page."""

    def __init__(self, pdf) -> None:  # noqa: ANN001
        self.pdf = pdf
        self.hyphenated = 0
        self.split_lines: set[int] = set()

    def rest(self, lines: list[str]) -> str:
        """The source text of visual lines: hyphenated words whole again."""
        out = ""
        self._split_prev = False
        for line in lines:
            if out.endswith("-") and self._split_prev:
                out = out[:-1] + line
            else:
                out = f"{out} {line}" if out else line
            self._split_prev = id(line) in self.split_lines
        return out

    _split_prev = False

    def width(self, text: str) -> float:
        return self.pdf.get_string_width(text)

    def wrap(self, text: str, width: float) -> list[str]:
        """Visual lines; a line ending in a hyphen this added is recorded in self.split_lines.
        A leading indent stays on the first line."""
        indent = text[:len(text) - len(text.lstrip(" "))]
        lines = self._wrap(text.lstrip(" "), width - self.width(indent))
        lines[0] = indent + lines[0]
        return lines

    def _wrap(self, text: str, width: float) -> list[str]:
        words, lines, line = text.split(" "), [], ""
        for word in words:
            trial = f"{line} {word}" if line else word
            if self.width(trial) <= width:
                line = trial
                continue
            # hyphenate a long plain word when a good part of it fits
            head = re.match(r"^[A-Za-z]{7,}", word)
            if head and line:
                for cut in range(len(head.group(0)) - 3, 3, -1):
                    piece = f"{line} {word[:cut]}-"
                    if self.width(piece) <= width:
                        lines.append(piece)
                        self.split_lines.add(id(piece))
                        line = word[cut:]
                        self.hyphenated += 1
                        break
                else:
                    lines.append(line)
                    line = word
                continue
            if line:
                lines.append(line)
            while self.width(word) > width and len(word) > 1:  # a token wider than the line: cut it
                cut = max(k for k in range(1, len(word)) if self.width(word[:k] + "-") <= width or k == 1)
                if word[cut - 1:cut].isalpha() and word[cut:cut + 1].isalpha():
                    lines.append(word[:cut] + "-")  # between two letters, with a hyphen, as a word is broken
                    self.split_lines.add(id(lines[-1]))
                    self.hyphenated += 1
                else:
                    lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
        return lines


def render_pdf(text: str, path: Path, title: str) -> dict[str, int]:
    """Lay the text out as a PDF; returns counts of what the layout did (for the tests to
    check that each hard case really happened)."""
    pages = _render_pdf(text, path, title, 0)["pages"]  # once to count the pages for "of M"
    return _render_pdf(text, path, title, pages)


def _render_pdf(text: str, path: Path, title: str, total: int) -> dict[str, int]:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(PAGE_W, PAGE_H))
    pdf.set_auto_page_break(False)
    pdf.add_font("body", fname=str(FONT))
    pdf.set_font("body", size=SIZE)
    layout = _Layout(pdf)
    body_w = PAGE_W - 2 * MARGIN
    bottom_y = PAGE_H - BOTTOM
    done = {"pages": 0, "two_column_pages": 0, "statement_breaks": 0, "hyphenated": 0, "table_rows": 0}
    source = text.replace("\r", "").split("\n")
    pending: list[tuple[str, bool]] = []  # (text of a source line or the rest of one, is a bullet)
    index = 0
    forced_break = False

    def new_page() -> None:
        pdf.add_page()
        done["pages"] += 1
        pdf.set_font("body", size=SIZE - 2)
        pdf.text(MARGIN, 30, f"{title} \u2013 inspection report")
        pdf.text(MARGIN, PAGE_H - 28, f"Page {done['pages']} of {total}")
        pdf.set_font("body", size=SIZE)

    def next_item() -> tuple[str, bool] | None:
        nonlocal index
        if pending:
            return pending.pop(0)
        if index >= len(source):
            return None
        line = source[index].rstrip()
        index += 1
        return line, bool(_BULLET.match(line))

    while True:
        item = next_item()
        if item is None:
            break
        pending.insert(0, item)
        new_page()
        y = TOP
        columns = done["pages"] >= 2 and not done["two_column_pages"] and \
            not any("\t" in ln for ln in source[index:index + 60])
        if columns:
            col_w = (body_w - GUTTER) / 2
            placed: list[list[str]] = [[], []]
            for col in (0, 1):
                rows = int((bottom_y - TOP) // PITCH)
                while len(placed[col]) < rows:
                    item = next_item()
                    if item is None:
                        break
                    text_line, bullet = item
                    wrapped = layout.wrap(text_line, col_w) if text_line else [""]
                    room = rows - len(placed[col])
                    placed[col].extend(wrapped[:room])
                    if len(wrapped) > room:
                        pending.insert(0, (layout.rest(wrapped[room:]), False))
                        break
            for row in range(max(len(placed[0]), len(placed[1]))):  # across both columns, row by row
                for col in (0, 1):
                    if row < len(placed[col]) and placed[col][row]:
                        _draw(pdf, MARGIN + col * (col_w + GUTTER), TOP + row * PITCH, placed[col][row])
            done["two_column_pages"] += 1
            continue
        while y <= bottom_y:
            item = next_item()
            if item is None:
                break
            text_line, bullet = item
            if "\t" in text_line:
                cells = text_line.split("\t")
                first_w = body_w * 0.32
                rest_w = (body_w - first_w - GUTTER * (len(cells) - 1)) / max(len(cells) - 1, 1)
                widths = [first_w] + [rest_w] * (len(cells) - 1)
                wrapped_cells = [layout.wrap(c.strip(), w) if c.strip() else [""] for c, w in zip(cells, widths)]
                height = max(len(w) for w in wrapped_cells) * PITCH
                if y + height - PITCH > bottom_y and y > TOP:
                    pending.insert(0, item)
                    break
                x = MARGIN
                for cell_lines, w in zip(wrapped_cells, widths):
                    for k, cell_line in enumerate(cell_lines):
                        if cell_line:
                            _draw(pdf, x, y + k * PITCH, cell_line)
                    x += w + GUTTER
                y += height + ROW_PADDING
                done["table_rows"] += 1
                continue
            wrapped = layout.wrap(text_line, body_w) if text_line else [""]
            room = int((bottom_y - y) // PITCH) + 1
            if bullet and len(wrapped) >= 2 and not forced_break and room >= 2:
                room = 1  # this statement runs across the page break
                forced_break = True
                done["statement_breaks"] += 1
            for k, visual in enumerate(wrapped[:room]):
                if visual:
                    _draw(pdf, MARGIN, y, visual)
                y += PITCH
            if len(wrapped) > room:
                pending.insert(0, (layout.rest(wrapped[room:]), False))
                break
    done["hyphenated"] = layout.hyphenated
    pdf.output(str(path))
    return done


def render_docx(text: str, path: Path) -> int:
    """Write the text as a Word file; returns the number of table rows written."""
    from docx import Document as WordDocument

    word = WordDocument()
    lines = text.replace("\r", "").split("\n")
    rows = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        if "\t" in line:
            block = []
            while i < len(lines) and "\t" in lines[i]:
                block.append(lines[i].split("\t"))
                i += 1
            width = max(len(r) for r in block)
            table = word.add_table(rows=len(block), cols=width)
            for r, cells in enumerate(block):
                for c, cell in enumerate(cells):
                    table.cell(r, c).text = cell.strip()
            rows += len(block)
            continue
        match = _BULLET.match(line)
        if match:
            word.add_paragraph(line[match.end():], style="List Bullet")
        else:
            word.add_paragraph(line)
        i += 1
    word.save(str(path))
    return rows


def print_pdfs(sources: list[Path], out_dir: Path) -> list[Path]:
    """Each source file printed to OUT_DIR/<stem>.pdf by headless chromium, with the
    browser's own header and footer lines (date, title, URL, page number)."""
    from playwright.sync_api import sync_playwright

    from .browser import CHROMIUM, CHROMIUM_FLAGS

    written = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        try:
            context = browser.new_context()
            context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                          else route.abort())
            page = context.new_page()
            for source in sources:
                page.goto(source.resolve().as_uri())
                target = out_dir / (source.stem + ".pdf")
                page.pdf(path=str(target), display_header_footer=True, format="A4",
                         margin={"top": "60px", "bottom": "60px", "left": "50px", "right": "50px"})
                written.append(target)
        finally:
            browser.close()
    return written
