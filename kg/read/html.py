"""Web pages: the article only, as text with one line per block.

A saved page carries the site around its article: menus, breadcrumbs, cookie banners,
sidebars, related links, footers (whose grade key names every grade) and scripts. Only
the article is read, found by the page's own landmarks:

1. where the page has a main landmark (`<main>` or `role="main"`), only what is inside it;
2. else, where it has `<article>` elements, only what is inside them;
3. else the whole body.

Inside what is kept, CHROME_TAGS, CHROME_ROLES and elements whose class or id says
CHROME_WORDS are dropped with everything in them, and so is the page's own footer. The
page's own header is dropped too unless it holds the page's top heading (`<h1>`): then it
is the title block of a page with no main landmark. The page's `<title>` comes first.
Headings, paragraphs, list items ("- ", indented by depth) and table rows (cells joined by
a tab) each start a line.
"""

from __future__ import annotations

import html as html_lib
import re
from html.parser import HTMLParser

from .guard import check_text
from .reading import Reading
from .text import text_of

# Elements dropped with their content wherever they are. (An <aside> is kept: "About this
# force" beside a page's article is content; one whose class says it is chrome, "related",
# "share", "sidebar" navigation, goes by CHROME_WORDS.)
CHROME_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
                         "nav", "button", "select", "dialog", "canvas", "map"})
# ARIA roles of the same parts.
CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "menu",
                          "menubar", "dialog", "alertdialog", "toolbar"})
# Words in a class or id that name site chrome (the class "cookie-banner" has "cookie").
CHROME_WORDS = frozenset({"cookie", "cookies", "consent", "gdpr", "breadcrumb", "breadcrumbs", "navbar",
                          "nav", "navigation", "menu", "sidebar", "skip", "skiplink", "share", "sharing",
                          "social", "related", "newsletter", "masthead", "pagination", "promo", "advert",
                          "banner"})
_WORD = re.compile(r"[a-z]+")
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                  "source", "track", "wbr"})
SECTIONING = frozenset({"article", "section", "main", "aside", "nav"})
# Elements whose text heads what follows: a button inside one is an accordion's heading,
# not a control of the site's.
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "summary", "dt")
BLOCKS = frozenset({"p", "div", "section", "article", "header", "footer", "main", "h1", "h2", "h3", "h4",
                    "h5", "h6", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot",
                    "blockquote", "pre", "figure", "figcaption", "address", "hr", "form", "fieldset",
                    "details", "summary", "caption"})
# A start tag of the key closes an open element of one of the values first (HTML's
# implied end tags, enough to keep the open-element stack right in real pages).
IMPLIED_END = {"p": {"p"}, "li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "tr": {"tr", "td", "th"},
               "td": {"td", "th"}, "th": {"td", "th"}, "option": {"option"}}
MAX_LIST_INDENT = 8
MAX_COLSPAN = 50  # (a hostile colspan="100000" adds no more empty cells than this)
MAX_ROWSPAN = 500  # (nor a rowspan more rows than this)
KEEP, DROP, LIST = 1, 2, 4  # what an open element is to the text: the article, dropped, a list
_NO_ATTRS: dict[str, str] = {}  # list levels indented; deeper ones stay at this depth


def _is_chrome(tag: str, attrs: dict[str, str]) -> bool:
    if not attrs:
        return tag in CHROME_TAGS
    # (an element hidden by the `hidden` attribute is kept: a tab's panel or an accordion's
    # body that one click shows, part of the page; a cookie banner is chrome by its name)
    if tag in CHROME_TAGS or attrs.get("aria-hidden") == "true":
        return True
    if attrs.get("role", "").strip().lower() in CHROME_ROLES:
        return True
    words = _WORD.findall(f"{attrs.get('class', '')} {attrs.get('id', '')}".lower())
    return any(word in CHROME_WORDS for word in words)


def _only_banner(attrs: dict[str, str]) -> bool:
    """Whether "banner" is the one word of CHROME_WORDS in an element's class and id."""
    words = set(_WORD.findall(f"{attrs.get('class', '')} {attrs.get('id', '')}".lower())) & CHROME_WORDS
    return words == {"banner"} and attrs.get("role", "").strip().lower() not in CHROME_ROLES


def _is_main(tag: str, attrs: dict[str, str]) -> bool:
    return tag == "main" or attrs.get("role", "").strip().lower() == "main"


_MAIN = re.compile(r"<main\b|\brole\s*=\s*[\"']?\s*main\b", re.IGNORECASE)
_ARTICLE = re.compile(r"<article\b", re.IGNORECASE)
_HEADER = re.compile(r"<header\b", re.IGNORECASE)
MAX_HEADERS_LOOKED_AT = 64


class _Survey:
    """A first look over the source: which landmarks the page has, and which of its
    headers hold an <h1> (numbered by their order in the page)."""

    def __init__(self, source: str) -> None:
        self.has_main = bool(_MAIN.search(source))
        self.has_article = bool(_ARTICLE.search(source))
        self.titled_headers: set[int] = set()
        lower = None
        for number, found in enumerate(_HEADER.finditer(source), 1):
            if number > MAX_HEADERS_LOOKED_AT:
                break
            lower = lower if lower is not None else source.lower()
            end = lower.find("</header", found.end())
            if lower.find("<h1", found.end(), end if end >= 0 else len(lower)) >= 0:
                self.titled_headers.add(number)


_NEWLINE_AFTER = BLOCKS | {"li", "tr"}
# where the text left out breaks its lines: every block, cell and line break (as a reader of
# the whole page, tags stripped, would see it), and a script's or style's own bounds
_HIDDEN_BREAKS = BLOCKS | {"li", "tr", "td", "th", "br", "ul", "ol", "table", "dl", "dt", "dd", "hr", "title",
                           "head", "body", "html", "script", "style", "noscript", "template", "nav", "aside",
                           "blockquote"}
_SEPARATED = _NEWLINE_AFTER | {"ul", "ol", "td", "th", "br"}  # elements that bring their own break or tab


class _Text(HTMLParser):
    """The text of what is kept, with block structure. One pass; the open elements are a
    stack of (tag, flags) with a count per tag, so a page 200,000 elements deep stays
    linear."""

    def __init__(self, survey: _Survey) -> None:
        super().__init__(convert_charrefs=True)
        self.keep_only = "main" if survey.has_main else "article" if survey.has_article else None
        self.titled_headers = survey.titled_headers
        self.stack: list[tuple[str, int]] = []
        self.open: dict[str, int] = {}
        self.sections = 0  # sectioning elements open: a header or footer outside them is the page's
        self.headers = 0
        self.kept = 0  # open elements that are the article
        self.dropped = 0  # open elements dropped with their content
        self.lists = 0
        self.cells_in_row = 0
        self.in_title = False
        self.title = ""
        self.parts: list[str] = []
        self.after_close = False  # the last visible thing was an element's end, not text
        self.hidden: list[str] = []  # the text of what is not kept (menus, footers, scripts), a line per block
        self.labelled: list[tuple[int, str, int]] = []  # (depth, aria-label, shown before it) of open elements
        self.shown = 0  # pieces of visible text so far
        # A table row stays one line, as a Word table's row does (kg.read.docx): a cell's
        # first line goes in the row, the lines after a break inside it (<br>, <p>) follow
        # the row, each set in the cell's column by tabs. One entry per open cell: [the row's
        # parts, text shown at its start, broken, its column (1-based)];
        # one per open row: the lines its cells' breaks moved after it.
        self.cells: list[list] = []
        self.rows: list[list[str]] = []
        self.spans: list[int] = []  # per open cell: the empty cells its colspan adds after it
        # per open table: the columns (1-based) a cell above covers with its rowspan, and how
        # many rows more; each such row gets an empty cell there, so its cells keep their columns
        self.row_spans: list[dict[int, int]] = []
        # A chart drawn in SVG shows its labels (<text>) where its coordinates put them: read as
        # lines of a table, a line per row of labels (one y), its labels in order of x, so that
        # "Investigating crime | Good | Adequate" reads as a table's row. Its <title> and <desc>
        # show nowhere. (svg_depth: the stack's depth at the chart's start, when it is shown.)
        self.svg_depth: int | None = None
        self.svg_labels: list[tuple[float, float, str]] = []
        self.svg_label: list | None = None  # [y, x, text] of the <text> open

    def _newline(self) -> None:
        if self.cells and self.cells[-1][0] is not None:
            self._cell_break()
        elif self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    def _cell_break(self) -> None:
        """A break inside a table cell: none before the cell's first text; at the first
        after it, the cell's further text goes to its row's overflow, a line at a time."""
        cell = self.cells[-1]
        if self.shown == cell[1]:
            return  # nothing in the cell yet, or nothing since its last break
        if not cell[2]:
            cell[2] = True
            self.parts = self.rows[-1] if self.rows else []
        elif self.parts:
            self.parts.append("\n")
        self.parts.append("\t" * (cell[3] - 1))  # each line of the overflow in its cell's column
        cell[1] = self.shown

    def _visible(self) -> bool:
        return not self.dropped and (self.keep_only is None or self.kept > 0)

    def handle_starttag(self, tag: str, attrs) -> None:  # noqa: ANN001
        closes = IMPLIED_END.get(tag)
        while closes and self.stack and self.stack[-1][0] in closes:
            self._pop()
        values = {k: v or "" for k, v in attrs} if attrs else _NO_ATTRS
        shown_here = self._visible()  # (before the element itself is kept or dropped)
        if tag == "table":
            self.row_spans.append({})
        info = 0
        if self.keep_only is not None and ((self.keep_only == "main" and (_is_main(tag, values)
                                                                          or (tag == "aside" and not self.kept)))
                                           or (self.keep_only == "article" and tag == "article")):
            info = KEEP  # (an <aside> beside the main landmark is the page's too: a panel of grades)
        drop = False
        if tag == "button" and any(self.open.get(h) for h in HEADING_TAGS):
            tag_kind = "span"  # an accordion's heading ("<h2><button>PEEL 2015: Efficiency</button></h2>"): its text
        else:
            tag_kind = tag
        if _is_chrome(tag_kind, values) and not (self.kept and _only_banner(values)):
            # (a "banner" inside the page's content is its own: a grade's coloured banner)
            drop = True
        elif tag == "header":
            self.headers += 1  # (numbered as the survey numbers them, wherever they are)
            drop = not self.sections and self.headers not in self.titled_headers
        elif (tag == "footer" and not self.sections) or tag == "head":
            drop = True
        # outside the page's main landmark nothing shows anyway: dropping an element there
        # would only hide the landmark inside it ("<div class='layout--sidebar'><main>")
        if drop and not (self.keep_only is not None and not self.kept and not info):
            info |= DROP
        if info:
            self.kept += info & KEEP
            self.dropped += (info & DROP) >> 1
        if tag == "svg" and self.svg_depth is None and shown_here:
            self.svg_depth, self.svg_labels = len(self.stack), []
        if tag == "text" and self.svg_depth is not None and self.svg_label is None:
            self.svg_label = [_coordinate(values.get("y")), _coordinate(values.get("x")), ""]
        if tag == "title" and self.svg_depth is None:
            self.in_title = True
        if not self._visible():
            self._hidden_break(tag)
        else:
            if self.after_close and tag not in _SEPARATED and self.parts and not self.parts[-1][-1:].isspace():
                # two boxes side by side ("<span>Good</span><span>Investigating crime</span>")
                # are two words, as a card shows them, not one
                self.parts.append(" ")
            info |= self._open_block(tag)
            if tag in ("td", "th"):
                # a cell across N columns: N-1 empty cells after it keep the next in its column
                span = values.get("colspan", "").strip()
                self.spans.append(min(int(span), MAX_COLSPAN) - 1 if span.isdigit() and int(span) > 1 else 0)
                down = values.get("rowspan", "").strip()
                if self.row_spans and down.isdigit() and int(down) > 1:
                    for column in range(self.cells_in_row, self.cells_in_row + self.spans[-1] + 1):
                        self.row_spans[-1][column] = min(int(down), MAX_ROWSPAN) - 1
            if tag == "img" and values.get("alt", "").strip():
                self._word(values["alt"])  # a picture of a grade says its grade
        if tag in VOID:
            self._closed(tag, info)
        else:
            label = values.get("aria-label", "").strip()
            if label and self._visible():
                # an icon's label ("<span class='grade' aria-label='Good'></span>"): read when
                # the element shows no text of its own
                self.labelled.append((len(self.stack), _SPACE.sub(" ", label), self.shown))
            self.stack.append((tag, info))
            self.open[tag] = self.open.get(tag, 0) + 1
            if tag in SECTIONING:
                self.sections += 1

    def _open_block(self, tag: str) -> int:
        if tag in ("ul", "ol"):
            self._newline()
            self.lists += 1
            return LIST
        if tag == "li":
            self._newline()
            self.parts.append("  " * min(max(self.lists - 1, 0), MAX_LIST_INDENT) + "- ")
        elif tag == "br":
            if self.cells and self.cells[-1][0] is not None:
                self._cell_break()
            else:
                self.parts.append("\n")
        elif tag == "tr":
            self._newline()
            self.cells_in_row = 0
            self.rows.append([])
        elif tag in ("td", "th"):
            self._spanned_cells()
            if self.cells_in_row:
                self.parts.append("\t")
            self.cells_in_row += 1
            self.cells.append([self.parts, self.shown, False, self.cells_in_row])
        elif tag == "table" and self.cells:
            self.cells.append([None, 0, False, 0])  # a table inside a cell: its rows break as they are
            self._newline()
        elif tag in BLOCKS and not self._after_marker():
            self._newline()  # (a list item's first paragraph stays on its marker's line)
        return 0

    def _spanned_cells(self, to_end: bool = False) -> None:
        """The empty cells of the columns cells above cover with their rowspan, from the next
        column on (to the row's end: every such column left)."""
        spans = self.row_spans[-1] if self.row_spans else None
        while spans and (self.cells_in_row + 1 in spans or (to_end and any(c > self.cells_in_row for c in spans))):
            column = self.cells_in_row + 1
            if self.cells_in_row:
                self.parts.append("\t")
            self.cells_in_row += 1
            if column in spans:
                spans[column] -= 1
                if not spans[column]:
                    del spans[column]

    def _word(self, text: str) -> None:
        """Text an attribute gives (an image's alt, an icon's aria-label), a word of its own."""
        if self.parts and not self.parts[-1][-1:].isspace():
            self.parts.append(" ")
        self.parts.append(_SPACE.sub(" ", text).strip() + " ")
        self.after_close = False
        self.shown += 1

    def _after_marker(self) -> bool:
        """Whether nothing but spaces came since a list item's "- " marker."""
        for part in reversed(self.parts):
            if part.strip(" "):
                return part.endswith("- ") and not part.strip(" -")
        return False

    def handle_startendtag(self, tag: str, attrs) -> None:  # noqa: ANN001
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1][0] == tag:
            self._pop()

    def handle_endtag(self, tag: str) -> None:
        if not self.open.get(tag):
            return  # a stray end tag
        while self.stack:
            top = self.stack[-1][0]
            self._pop()
            if top == tag:
                break

    def _pop(self) -> None:
        tag, info = self.stack.pop()
        if tag == "text" and self.svg_label is not None and not any(t == "text" for t, _ in self.stack[self.svg_depth or 0:]):
            y, x, label = self.svg_label
            if label.strip():
                self.svg_labels.append((y, x, _SPACE.sub(" ", label).strip()))
            self.svg_label = None
        elif tag == "svg" and self.svg_depth is not None and len(self.stack) == self.svg_depth:
            self._chart_lines()
        if self.labelled and self.labelled[-1][0] == len(self.stack):
            _, label, shown = self.labelled.pop()
            if shown == self.shown and self._visible():  # nothing shown inside it
                self._word(label)
        self.open[tag] -= 1
        if tag in SECTIONING:
            self.sections -= 1
        self._closed(tag, info)
        if tag == "table" and self.row_spans:
            self.row_spans.pop()

    def _hidden_break(self, tag: str) -> None:
        if tag in _HIDDEN_BREAKS and self.hidden and self.hidden[-1] != "\n":
            self.hidden.append("\n")

    def _closed(self, tag: str, info: int) -> None:
        if tag == "title":
            self.in_title = False
        if not self._visible():
            self._hidden_break(tag)
        else:
            self.after_close = True
            if info & LIST:
                self.lists = max(self.lists - 1, 0)
                self._newline()
            elif tag in ("td", "th") and self.cells:
                cell = self.cells.pop()
                if cell[2]:
                    if self.shown == cell[1]:
                        self.parts.pop()  # a break that nothing followed: no line for it
                    self.parts.append("\n")  # the overflow's last line ends; the row goes on
                    self.parts = cell[0]
                spans = self.spans.pop() if self.spans else 0
                if spans:
                    self.parts.append("\t" * spans)
                    self.cells_in_row += spans
            elif tag == "tr" and self.rows:
                self._spanned_cells(to_end=True)
                overflow = "".join(self.rows.pop()).rstrip("\n")
                self._newline()
                for line in overflow.split("\n") if overflow else ():
                    # as wide as the row, so that a reader of the table takes it for one of its rows
                    self.parts.append(line + "\t" * max(self.cells_in_row - 1 - line.count("\t"), 0) + "\n")
            elif tag in _NEWLINE_AFTER:
                if tag == "table" and self.cells and self.cells[-1][0] is None:
                    self.cells.pop()
                self._newline()
        if info & (KEEP | DROP):
            self.kept -= info & KEEP
            self.dropped -= (info & DROP) >> 1

    def close(self) -> None:
        super().close()
        while self.stack:
            self._pop()

    def _chart_lines(self) -> None:
        """The labels of the chart just closed, as lines (see svg_depth)."""
        rows: dict[int, list[tuple[float, str]]] = {}
        for y, x, label in self.svg_labels:
            rows.setdefault(round(y / CHART_ROW_STEP), []).append((x, label))
        self.svg_depth, self.svg_labels = None, []
        if not rows:
            return
        self._newline()
        for key in sorted(rows):
            self.parts.append("\t".join(label for _, label in sorted(rows[key], key=lambda item: item[0])) + "\n")
            self.shown += 1
        self.after_close = True

    def handle_data(self, data: str) -> None:
        if self.svg_label is not None and not self.open.get("title") and not self.open.get("desc"):
            self.svg_label[2] += data
            return
        if self.in_title:
            self.title += data
        elif self._visible():
            if data.isspace() and self.parts and self.parts[-1].endswith("- ") and not self.parts[-1].strip(" -"):
                return  # the white space between <li> and its first child: the marker has its space
            if self.open.get("sup") and _FOOTNOTE_MARK.fullmatch(data):
                return  # a footnote's mark ("Good<sup>[7]</sup>", "management<sup>a</sup>"), no word of the text
            if self.after_close and data[:1].isupper() and self.parts and self.parts[-1][-1:].isalnum():
                # a box's word run into the text after it ("<strong>Good</strong>Preventing
                # crime", the box set on its own line by its style): two words, as shown
                self.parts.append(" ")
            self.parts.append(_SPACE.sub(" ", data))
            self.after_close = False
            self.shown += not data.isspace()
        else:
            self.hidden.append(data)

    def text(self) -> str:
        lines = [line.strip(" ") if not line.lstrip(" ").startswith("- ") else line.rstrip(" ")
                 for line in "".join(self.parts).split("\n")]
        out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
        title = re.sub(r"\s+", " ", self.title).strip()
        if title:
            out = title + "\n\n" + out
        return out + "\n"

    def chrome(self) -> str:
        lines = (_SPACE.sub(" ", line).strip() for line in "".join(self.hidden).split("\n"))
        return "\n".join(line for line in lines if line)


_SPACE = re.compile(r"[ \t\r\n\f]+")
CHART_ROW_STEP = 4.0  # user units: labels whose baselines are this close stand on one row


def _coordinate(value: str | None) -> float:
    """A chart label's x or y ("120", "120.5", "120px"; the first of a list, "10 20"); 0 if none."""
    m = re.match(r"\s*(-?\d+(?:\.\d+)?)", value or "")
    return float(m.group(1)) if m else 0.0
# what a superscript holds as a footnote's mark: a letter, a number, a bracketed one, a dagger
# (never an ordinal's "st" or "th": "21<sup>st</sup> March" reads "21st")
_FOOTNOTE_MARK = re.compile(r"\s*(?:\[?(?:\d{1,3}|[a-z])\]?|[*\u2020\u2021]{1,3})(?:\s*,\s*(?:\[?(?:\d{1,3}|[a-z])\]?))*\s*")


def html_to_text(source: str) -> str:
    """The article of an HTML page as text: one line per block, '- ' before each list item."""
    return html_page(source)[0]


def html_page(source: str) -> tuple[str, str]:
    """(the article as html_to_text gives it, the text of the rest: one line per block of
    the menus, banners, footers and scripts the article leaves out)."""
    try:
        parser = _Text(_Survey(source))
        parser.feed(source)
        parser.close()
    except Exception:  # html.parser is lenient; a failure here is a bug in a broken page
        return html_lib.unescape(re.sub(r"<[^>]*>", " ", source)), ""
    return parser.text(), parser.chrome()


def looks_like_html(text: str) -> bool:
    """A page says it is one in its first characters: a doctype or an <html> tag."""
    head = text[:4096].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or (head.startswith("<?xml") and "<html" in head)


def read_html(data: bytes, name: str) -> Reading:
    source, encoding = text_of(data, name)
    text, chrome = html_page(source)
    return Reading(check_text(name, text), "html", "text/html", encoding, chrome=chrome)
