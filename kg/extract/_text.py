"""Text helpers shared by the extractors: a structural view, lines, bullets, sentences.

Every helper keeps offsets: the "view" of a document has the same length as `doc.text`,
so a span found in the view slices the evidence, as written, out of `doc.text`.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from ..read.document import Document
from ..read.text import HYPHENATED_WORDS
from . import _rules as R
from ._rules import BULLET_PATTERNS
from . import _quick as quick

@lru_cache(maxsize=2)
def _view_of(unmarked: str, plain: str) -> str:
    return unwrap(join_across_page_breaks(mask_contents(mask_running_lines(mask_welsh(mask_grade_emoji(
        joined_small_caps(unmarked)))))), plain)


# a page's furniture beside its break: a footer or header line that carries a page number
_FURNITURE = re.compile(r"[^\n]{0,120}?(?:\b\d{1,4}|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?)[ \t]*$", re.IGNORECASE)
PAGE_FURNITURE_LINES = 2  # lines at most of a footer, and of a header, around a page break


def join_across_page_breaks(text: str) -> str:
    """A sentence a page break cuts ("... referrals to partner agen-" / footer / form feed /
    header / "cies, so that ..."): the break and the page's furniture between blanked into
    one line (same length), so the sentence reads whole. Only where the line before ends
    mid-sentence and the text after goes on in lower case."""
    if "\f" not in text:
        return text
    chars = list(text)
    for f in [k for k, ch in enumerate(text) if ch == "\f"]:
        before = _line_before_furniture(text, f)
        after = _text_after_furniture(text, f)
        if before is None or after is None:
            continue
        tail = text[:before].rstrip()
        if not tail or tail[-1] in ".:;?!\"'\u201d)" or not text[after:after + 1].islower():
            continue
        for k in range(before, after):
            chars[k] = " "
    return "".join(chars)


def _line_before_furniture(text: str, f: int) -> int | None:
    """The end of the last line of text before the page break at f, past blank lines and at
    most PAGE_FURNITURE_LINES lines of furniture."""
    end, skipped = f, 0
    while True:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if not line:
            if start == 0:
                return None
            end = start - 1
            continue
        if _FURNITURE.fullmatch(line) and skipped < PAGE_FURNITURE_LINES:
            skipped += 1
            end = start - 1 if start else 0
            continue
        return start + len(text[start:end].rstrip())


def _text_after_furniture(text: str, f: int) -> int | None:
    """Where the text after the page break at f goes on, past blank lines and at most
    PAGE_FURNITURE_LINES lines of furniture."""
    pos, skipped = f + 1, 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].strip()
        if line and not (_FURNITURE.fullmatch(line) and skipped < PAGE_FURNITURE_LINES and len(line.split()) > 1):
            return pos + len(text[pos:end]) - len(text[pos:end].lstrip())
        skipped += bool(line)
        pos = end + 1
    return None


# A pictograph set right after a grade word ("graded GOOD \u2705 in four areas", "adequate
# \U0001f7e8 at ..."): decoration, blanked so the grade reads on to its areas. (A cell that holds
# only a symbol keeps it: a key spells it out; so do arrows and a table's box-drawing rules.)
_GRADE_WORD = "|".join(R.GRADE_WORDS.values())  # any grade's name, as a pattern
_GRADE_IN_ENTRY = quick.compile(rf"\b(?:{_GRADE_WORD})\b", re.IGNORECASE)  # (a contents entry names no grade)
_GRADE_EMOJI = quick.compile(rf"\b(?:{_GRADE_WORD})[ \t]*"
                             r"(?P<mark>[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]\ufe0f?)", re.IGNORECASE)


def mask_grade_emoji(text: str) -> str:
    if text.isascii():
        return text
    return _GRADE_EMOJI.sub(lambda m: m.group(0)[:m.start("mark") - m.start()] + " " * len(m.group("mark")), text)


_WELSH_WORD = quick.compile(rf"(?<![\w'])(?:{'|'.join(R.WELSH_WORDS)})(?![\w'])", re.IGNORECASE)
_WORD = quick.compile(r"[\w'\u2019]+")
WELSH_SHARE = 0.25  # of a line's words, at least this share are Welsh function words: a Welsh line
WELSH_SENTENCE_WORDS = 8  # words, at least, of a Welsh sentence before " / " and its English (a label is shorter)


def mask_welsh(text: str) -> str:
    """A bilingual page's Welsh lines blanked (same length): the extractors read English,
    and a Welsh paragraph between an English heading and its text would part them. A line
    of three words or more is Welsh where two of them, and a quarter, are Welsh words."""
    if " yn " not in text and " wedi " not in text:
        return text  # (Welsh prose always has one of these: most documents are done at once)
    out = []
    for raw in text.split("\n"):
        if "\t" in raw and " / " not in raw:
            # a table's row in two languages ("Achos pryder: Nid yw'r heddlu ...<tab>Cause of
            # concern: The force ..."): its Welsh cells blanked, tabs and all, the English
            # read as the line it is
            cells = raw.split("\t")
            in_welsh = [_is_welsh(cell) or cell.strip().lower() in R.WELSH_GRADES for cell in cells]
            if any(in_welsh) and not all(w or not cell.strip() for w, cell in zip(in_welsh, cells)):
                # (the tab beside a blanked cell goes too; the English cells keep theirs)
                raw = cells[0] if not in_welsh[0] else " " * len(cells[0])
                for k in range(1, len(cells)):
                    raw += " " if in_welsh[k - 1] or in_welsh[k] else "\t"
                    raw += " " * len(cells[k]) if in_welsh[k] else cells[k]
            out.append(raw)
            continue
        # (a line that pairs the English with the Welsh, "Investigating crime / Ymchwilio i
        # droseddau", is kept; a Welsh sentence then its English, "Er gwybodaeth, graddau ... /
        # For reference, the force's grades were ...", loses its Welsh half)
        half = raw.find(" / ")
        if half > 0 and "|" not in raw and "\t" not in raw and len(raw[:half].split()) >= WELSH_SENTENCE_WORDS \
                and _is_welsh(raw[:half]) and not _is_welsh(raw[half + 3:]):
            raw = " " * (half + 3) + raw[half + 3:]
        elif len(raw) > 8 and " / " not in raw and "|" not in raw and _is_welsh(raw):
            raw = re.sub(r"[^\n]", " ", raw)
        out.append(raw)
    return "\n".join(out)


def _is_welsh(text: str) -> bool:
    """Three words or more, two of them and a quarter Welsh function words."""
    words = sum(1 for _ in _WORD.finditer(text))
    welsh = sum(1 for _ in _WELSH_WORD.finditer(text)) if words >= 3 else 0
    return welsh >= 2 and welsh >= WELSH_SHARE * words


# (a year alone, "2017", is a heading over that year's grades, not a page's number)
_PAGE_NUMBER = quick.compile(r"^[ \t]*(?:page[ \t]+\d{1,4}|(?!(?:19|20)\d\d[ \t]*$)\d{1,4})(?:[ \t]*(?:of|/)[ \t]*\d{1,4})?[ \t]*$",
                             re.IGNORECASE | re.MULTILINE)
RUNNING_REPEATS = 3  # a line printed this often, word for word, is a running header or footer
_DIGIT = quick.compile(r"\d")  # running lines carry a year, a date or a number; contents entries do not


def mask_running_lines(text: str) -> str:
    """Page furniture blanked (same length): page-number lines ("Page 3 of 12", "7"), and every
    repeat after the first of a running header or footer: a line of two or more words printed
    word for word three or more times, that is the document's title or carries a number (a
    year, a date), and is no heading of statements, label or grade."""
    if "\n" not in text:
        return text
    text = _PAGE_NUMBER.sub(lambda m: " " * len(m.group(0)), text)
    counts: dict[str, int] = {}
    for raw in text.split("\n"):
        line = raw.strip()
        if " " in line and len(line) <= 120:
            counts[line] = counts.get(line, 0) + 1
    title = next((raw.strip() for raw in text.split("\n", 40) if raw.strip()), "")
    running = {line for line, n in counts.items()
               if n >= RUNNING_REPEATS and _may_run(line) and (line == title or _DIGIT.search(line))}
    if not running:
        return text
    running |= _running_beside(text, running, counts)
    seen: set[str] = set()
    out = []
    for raw in text.split("\n"):
        line = raw.strip()
        if line in running:
            if line in seen:
                raw = " " * len(raw)
            seen.add(line)
        out.append(raw)
    return "\n".join(out)


# A line set in small capitals as a PDF's text layer gives it ("C AUSE  OF  CONCERN"): each
# word's first, full-size capital stands apart from the rest, and words are two spaces apart.
_SMALL_CAPS_LINE = quick.compile(r"^[ \t]*[^\na-z\t]*\b[A-Z] [A-Z]{2}[^\na-z\t]*$", re.MULTILINE)
_SPLIT_CAPITAL = re.compile(r"(?:(?<=^)|(?<=[ (\u2013\u2014-]))([A-Z]) (?=[A-Z])")


def joined_small_caps(text: str) -> str:
    """Small-capital lines as a PDF's text gives them made words again, same length: the
    capital joined to its word, two spaces made one, and the spaces saved at the line's end
    ("CAUSE OF CONCERN    "). Only where words are two spaces apart (never three: a table
    laid out in text keeps its columns)."""
    if "  " not in text:
        return text

    def join(m: re.Match[str]) -> str:
        line = m.group(0)
        if "  " not in line.strip() or "   " in line.strip():
            return line
        words = [_SPLIT_CAPITAL.sub(r"\1", word) for word in line.split("  ")]
        joined = " ".join(words)
        return joined + " " * (len(line) - len(joined))

    return _SMALL_CAPS_LINE.sub(join, text)


# A contents list's entry: a heading's words, then its page (after a tab, a dot leader, spaces
# or a space), a number that is no year; no grade in it (a grades table may give pages too)
_CONTENTS_ENTRY = quick.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?[A-Z][^\t\n]{1,90}?"
                                r"(?:\t|[ ]?(?:\.[ ]?){3,}[ ]?|[ ]{2,}|[ ])(?!(?:19|20)\d\d\b)(?P<page>\d{1,3})[ \t]*")
_CONTENTS_HEADING = quick.compile(r"[ \t]*(?:table\s+of\s+)?contents[ \t]*:?[ \t]*", re.IGNORECASE)
CONTENTS_MIN_ENTRIES = 3  # entries of a contents list under its heading, at least (four without one)
_DIRECTIVE_WORDS = quick.compile(R.DIRECTIVE, re.IGNORECASE)  # (a statement is no entry)
_ENDS_ON_PAGE = re.compile(r"[^\W\d_?)][ \t.]+\d{1,3}[ \t]*$", re.MULTILINE)


def mask_contents(text: str) -> str:
    """A contents list blanked (same length): its entries name sections ("Cause of concern
    15", "Specialist capabilities 19") that are not there, and no fact. A list is a run of
    entries whose pages never go down, under a "Contents" heading (blank lines between
    allowed), or of one more entry without it."""
    if len(_ENDS_ON_PAGE.findall(text)) < CONTENTS_MIN_ENTRIES:
        return text
    lines = text.split("\n")
    out = list(lines)
    k = 0
    while k < len(lines):
        run: list[int] = []
        page = 0
        j = k
        while j < len(lines):
            if not lines[j].strip():
                j += 1
                continue
            m = _CONTENTS_ENTRY.fullmatch(lines[j])
            if not m or int(m.group("page")) < page or _GRADE_IN_ENTRY.search(lines[j]) \
                    or _DIRECTIVE_WORDS.search(lines[j]):
                break
            page = int(m.group("page"))
            run.append(j)
            j += 1
        above = next((lines[i] for i in range(k - 1, -1, -1) if lines[i].strip()), "") if run else ""
        need = CONTENTS_MIN_ENTRIES if _CONTENTS_HEADING.fullmatch(above) else CONTENTS_MIN_ENTRIES + 1
        if len(run) >= need:
            for i in run:
                out[i] = " " * len(lines[i])
            k = run[-1] + 1
        else:
            k += 1
    return "\n".join(out)


def _running_beside(text: str, running: set[str], counts: dict[str, int]) -> set[str]:
    """The second line of a running header or footer of two ("PEEL 2023-25" over "Thames
    Valley Police"): a repeated line that, every time it is printed, is the next or the last
    line written beside a running line."""
    lines = [raw.strip() for raw in text.split("\n")]
    written = [k for k, line in enumerate(lines) if line]
    beside: dict[str, int] = {}
    for j, k in enumerate(written):
        line = lines[k]
        if line in running or counts.get(line, 0) < RUNNING_REPEATS:
            continue
        if (j and lines[written[j - 1]] in running) or (j + 1 < len(written) and lines[written[j + 1]] in running):
            beside[line] = beside.get(line, 0) + 1
    return {line for line, n in beside.items() if n == counts[line] and _may_run(line)}


def _may_run(line: str) -> bool:
    """Whether a repeated line can be page furniture rather than structure that repeats
    (statement headings, update labels, grade labels, list items)."""
    if line.endswith((":", "?")) or bullet_of(line)[0] is not None:
        return False
    if sum(line.count(bar) for bar in "|\u2502\t") >= 2:
        return False  # a table's header row, printed again over each table of its kind
    lowered = line.lower()
    return not any(word in lowered for word in _STRUCTURE_WORDS)


_STRUCTURE_WORDS = ("improvement", "recommendation", "concern", "update", "response", "progress",
                    "outstanding", "good", "adequate", "inadequate", "not graded")


# Words a hard-wrapped line may end on but a heading never does.
_RUNS_ON = quick.compile(
    r"(?:,|\b(?:and|or|but|the|a|an|of|to|in|on|at|by|for|with|from|that|which|its|their|is|are|was|were|be|"
    r"been|has|have|had|as|than|this|these|those|it|not|into|about|also|more|most|all|any|who|whose))$",
    re.IGNORECASE)
_ENDS_LINE = (".", "!", "?", ":", ";")
WRAPPED_LINE_CHARS = 30  # a line shorter than this is a heading or a label, never wrapped ...
# ... unless it is the start of a cell's words, in capitals and ending mid-phrase, at the left
# margin, and the next line, as short, goes on in lower case (and is no grade of its own, which
# a cell may hold in lower case; a table laid out in indented columns is read by its columns)
_NARROW_CELL = quick.compile(r"[\w'-]+(?:[ ][\w'-]+){0,4}")
_GRADE_CELL = quick.compile(rf"(?:{_GRADE_WORD})\W*", re.IGNORECASE)
# A line from the middle of a paragraph: it starts in lower case, or a sentence ends inside
# it and another begins. No heading does either, so such a line that does not end a
# sentence runs on, even into a capital ("... asked Chief Constable Gavin / Stephens to"); so
# does a line that ends on a comma and one capitalised word ("Commissioner, Kathryn / Holloway").
_MID_PARAGRAPH = quick.compile(r"^[a-z]|[a-z0-9)][.!?][\"\u201d\u2019)]?\s+[A-Z]|,[ \t]+[A-Z][\w'-]*$")
# A dash and a word in lower case that open a line after a run-on line are a parenthesis
# wrapped onto it ("in two areas / – protecting vulnerable people and ..."; the view writes
# every dash as "-"), unless the line after opens with a dash too: then they are a list.
_CLOSERS = "\"'\u201d\u2019)"  # a sentence that ends in a quotation or a bracket still ends


_COLUMN_GAP = "   "  # three spaces inside a line: columns of a table laid out in text
_LEADER_ROW = quick.compile(r"(?:\.\s?){4,}\s*\S+[^.]*$|\u2026{2,}\s*\S")  # an area's dot leader to its grade


PROSE_LINE_CHARS = 50  # a line with a comma this long is a sentence's, not a heading's
_SENTENCE_ENDS = quick.compile(r"[a-z0-9)][.!?][\"\u201d\u2019)]?(?:\s|$)")


def _clause_runs_into_sentence(p: str, n: str) -> bool:
    """A long line with a comma, ending on a capitalised word ("... copying this letter to
    Jo Bloggs, Police and Crime"), whose next line finishes the sentence ("Commissioner for
    Bedfordshire."): a title or a name wrapped in the middle."""
    return (len(p) >= PROSE_LINE_CHARS and "," in p and p.rsplit(" ", 1)[-1][:1].isupper()
            and bool(_SENTENCE_ENDS.search(n)))


def unwrap(view: str, plain: str) -> str:
    """The view with each hard line break inside a paragraph turned into a space (same length):
    a line that runs on (ends mid-sentence, and the next starts in lower case or it ends on a
    word no heading ends on) continues on the next, so sentences and statements read whole
    whatever the width the text was wrapped at. Breaks made by markup stay."""
    if "\n" not in view:
        return view
    lines = view.split("\n")
    out = [lines[0]]
    pos = len(lines[0])  # offset of the newline after lines[i]
    narrow = False  # the last break joined the lines of a narrow cell
    for i, (prev, line) in enumerate(zip(lines, lines[1:]), 1):
        joined = narrow_now = False
        if plain[pos] == "\n" and "\t" not in prev and "\t" not in line:
            p, n = prev.strip(), line.strip()
            if _COLUMN_GAP in p or _COLUMN_GAP in n:
                out.append("\n")  # a row of a table printed in fixed columns: its lines stay lines
                out.append(line)
                pos += len(line) + 1
                continue
            if len(p) >= WRAPPED_LINE_CHARS and n and p.endswith(":") and n[:1].islower() and "|" not in p:
                joined = bullet_of(n)[0] is None  # a list run into the sentence: "in three areas: / preventing ..."
            elif len(p) < WRAPPED_LINE_CHARS and len(n) < WRAPPED_LINE_CHARS and n[:1].islower() \
                    and (p[:1].isupper() or narrow) and _NARROW_CELL.fullmatch(p) and _NARROW_CELL.fullmatch(n) \
                    and not _GRADE_CELL.fullmatch(n) and not prev[:1].isspace() and not line[:1].isspace() \
                    and bullet_of(n)[0] is None and bullet_of(p)[0] is None:
                # a table's cell printed narrow, one line after another: "Preventing crime and" /
                # "tackling anti-social" / "behaviour", "Requires" / "improvement"
                joined = narrow_now = True
            elif len(p) >= WRAPPED_LINE_CHARS and p.endswith(";") and line[:1].isspace() and n[:1].islower() \
                    and bullet_of(n)[0] is None and (bullet_of(p)[0] is not None or prev[:1].isspace()) and "|" not in p:
                # a list item's semicolon list wrapped onto an indented line ("- good in A; B;" /
                # "  C; and D"): the item goes on
                joined = True
            elif len(p) >= WRAPPED_LINE_CHARS and n and not p.endswith(_ENDS_LINE) and "|" not in p \
                    and not _LEADER_ROW.search(p):  # ("Area ........ Good": a row, whole on its line)
                if bullet_of(n)[0] is None and not _LOWER_LABEL.match(n):
                    joined = (n[:1].islower() or bool(_RUNS_ON.search(p))
                              or (bool(_MID_PARAGRAPH.search(p, _number_end(p))) and not p.rstrip(_CLOSERS).endswith(_ENDS_LINE))
                              or _clause_runs_into_sentence(p, n))
                elif n.startswith("- ") and n[2:3].islower() and bullet_of(p)[0] is None:
                    after = lines[i + 1].strip() if i + 1 < len(lines) else ""
                    joined = not after.startswith("- ") and not _sibling_item_above(lines, i, line)
        out.append(" " if joined else "\n")
        out.append(line)
        pos += len(line) + 1
        narrow = narrow_now
    return "".join(out)


_SECTION_NUMBER = quick.compile(R.SECTION_NUMBER)


def _number_end(line: str) -> int:
    """Where a line's text begins after its section number ("2. Causes of concern ...": the
    number's full stop ends no sentence)."""
    m = _SECTION_NUMBER.match(line)
    return m.end() if m else 0


# a line that opens with a letter's or an email's field label in lower case ("cc: ...",
# "tel: ...") starts afresh
_LOWER_LABEL = quick.compile(r"(?:cc|bcc|tel|telephone|phone|mobile|email|e-mail|fax|web|ref|encl|enc|from|to|date|subject)\s*:\s")


def _sibling_item_above(lines: list[str], i: int, line: str) -> bool:
    """Whether the paragraph above lines[i] began as a "- " item at lines[i]'s indent: then
    lines[i] is the next item of that list, not a dash run on from the line above."""
    indent = len(line) - len(line.lstrip())
    for k in range(i - 1, max(-1, i - 12), -1):
        above = lines[k]
        if not above.strip():
            return False
        if above.lstrip().startswith("- ") and len(above) - len(above.lstrip()) == indent:
            return True
    return False


def view(doc: Document) -> str:
    """What the extractors match against: the document's unmarked text (its markup blanked
    where it was read, kg.read.markup) with Welsh lines and running headers blanked and
    wrapped lines joined; same length as doc.text."""
    out = _view_of(doc.unmarked, doc.plain)
    assert len(out) == len(doc.text)
    return out


@dataclass(frozen=True)
class Line:
    """One line of the view: its offsets in the document and its stripped content."""

    start: int  # offset of the first non-blank character
    end: int  # offset just after the last non-blank character
    indent: int  # columns of leading whitespace (a tab counts 4)
    content: str  # the view's text of the line, stripped

    @property
    def blank(self) -> bool:
        return not self.content


def split_lines(text: str) -> list[Line]:
    """The lines of a view, each with offsets into the document."""
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            indent = sum(4 if ch == "\t" else 1 for ch in raw[:lead])
            start = pos + lead
            lines.append(Line(start, start + len(stripped), indent, stripped))
        else:
            lines.append(Line(pos, pos, 0, ""))
        pos += len(raw) + 1
    return lines


# tried in order, one pass; a status mark after the marker is no part of the item
# ("- \u2705 The force should ...", "- \u23f3 ...": closed, open)
_BULLET = quick.compile("(?:" + "|".join(f"(?:{p})" for p in BULLET_PATTERNS) + f")(?:(?:{R.STATUS_MARKS}|{R.TASK_BOX})\\s+)?")


def bullet_of(content: str) -> tuple[str | None, str]:
    """(marker, rest) for a line that starts with a bullet marker, else (None, content)."""
    m = _BULLET.match(content)
    if m and len(content) > m.end():
        return m.group(0).strip(), content[m.end():]
    return None, content


_WS = quick.compile(r"\s+")


def collapse(text: str) -> str:
    """Whitespace collapsed to single spaces, ends stripped."""
    return _WS.sub(" ", text).strip()


_ANY_TAG = quick.compile(r"</?[A-Za-z][A-Za-z0-9]*\b[^<>]{0,2000}>")


def clean_statement(raw: str) -> str:
    """A statement's text as the gold writes it: tags dropped, entities decoded, whitespace
    collapsed; a PDF's ligatures spelt out and a word hyphenated at a line's end whole again."""
    if "<" in raw:
        raw = _ANY_TAG.sub(" ", raw)
    if "&" in raw:
        raw = html.unescape(raw)
    if not raw.isascii():
        raw = raw.translate(_LIGATURES).replace("\u00ad", "")  # ("ofﬁcers"; a soft hyphen is no character)
    text = collapse(raw.replace("\u00a0", " "))
    if "- " in text or "\u2010 " in text:
        text = _BROKEN_WORD.sub(_rejoined, text)
    return text


# a reference after a statement's last sentence, no words of it: its number or page ("... to the
# public. [AFI 3]", "(p. 12)") or a citation ("... their call. (HMICFRS, 2022, p. 14)")
TRAILING_REFERENCE = re.compile(r"(?<=[.!?\"'\u201d\u2019])\s*(?:"
                                r"(?i:[\[(](?:afi|rec(?:ommendation)?|coc|cause\s+of\s+concern|r|page|p\.)\s*\d{1,3}(?:\.\d{1,2})?[\])])"
                                r"|\((?:[A-Z][\w&.'\u2019 -]{1,40}),\s*(?:19|20)\d\d[a-z]?"
                                r"(?:,\s*(?:pp?\.|page|para\.?|paragraph)\s*\d+(?:[-\u2013]\d+)?)?\))$")


_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})
# "super- visors": a word a line's end hyphenated, its lines joined by a space (never a
# suspended hyphen: "pre- and post-inspection")
_BROKEN_WORD = re.compile(r"\b([A-Za-z]{2,})[-\u2010] (?!(?:and|or|nor|to)\b)([a-z]{2,})")
# words a hyphen joins to the next as a compound ("non-emergency", "anti-social"): kept
COMPOUND_PREFIXES = frozenset({"non", "anti", "co", "self", "well", "cross", "multi", "pre", "post", "re", "sub",
                               "inter", "over", "under", "part", "full", "long", "short", "high", "low", "in", "out",
                               "on", "off", "up", "down", "stop", "front", "back", "joined", "follow", "life", "day"})


def _rejoined(m: re.Match[str]) -> str:
    head, tail = m.group(1), m.group(2)
    joined = f"{head}-{tail}"
    return joined if head.lower() in COMPOUND_PREFIXES or joined.lower() in HYPHENATED_WORDS else head + tail


def original(doc: Document, start: int, end: int) -> str:
    """The document's own characters for a span, with surrounding whitespace trimmed."""
    return doc.text[start:end].strip()


def shown(doc: Document, start: int, end: int) -> str:
    """The document's own characters for a span, but the marks the reader blanked at its
    lines' starts (an email's "> >" quoting a wrapped line, a transcript's time code) blanked
    too: the words a reader sees, in the document's own quotes and dashes. (Markup inside a
    line is left to clean_statement, which keeps the words between tags.)"""
    text, seen = doc.text[start:end], doc.unmarked[start:end]
    if seen == doc.plain[start:end]:
        return text
    out = []
    for line, kept in zip(text.split("\n"), seen.split("\n")):
        lead = len(kept) - len(kept.lstrip(" \t"))
        out.append(" " * lead + line[lead:] if line[:lead].strip() else line)
    return "\n".join(out)


# Sentence ends: a full stop, ? or ! (with any closing quotes) followed by space and a
# capital, digit or opening quote. Abbreviations are checked separately.
_SENTENCE_END = quick.compile(r"[.!?][\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "St.", "No.", "Mr.", "Mrs.", "Ms.", "Dr.", "approx.", "cf.")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (start, end) within text[start:end]; each line break ends a sentence."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        spans.extend(_sentences_in_line(text, pos, line_end))
        pos = line_end + 1
    return spans


def _sentences_in_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    cur = start
    for m in _SENTENCE_END.finditer(text, start, end):
        head = text[max(cur, m.start() - 8):m.start() + 1]
        if head.endswith(_ABBREVIATIONS):
            continue
        stop = m.end()
        spans.append((cur, stop))
        cur = stop
    if cur < end:
        spans.append((cur, end))
    return [(a + (len(text[a:b]) - len(text[a:b].lstrip())), b - (len(text[a:b]) - len(text[a:b].rstrip())))
            for a, b in spans if text[a:b].strip()]


SENTENCE_WINDOW = 3000  # a "sentence" is looked for within this many characters of an offset


def sentence_at(text: str, offset: int) -> tuple[int, int]:
    """The sentence span containing offset (within a bounded window, so that many calls on
    one enormous line stay linear)."""
    line_start = max(text.rfind("\n", max(0, offset - SENTENCE_WINDOW), offset) + 1, offset - SENTENCE_WINDOW, 0)
    line_end = text.find("\n", offset, offset + SENTENCE_WINDOW)
    line_end = min(len(text), offset + SENTENCE_WINDOW) if line_end < 0 else line_end
    for a, b in _sentences_in_line(text, line_start, line_end):
        if a <= offset < b or offset == b:
            return a, b
    return line_start, line_end


def is_heading(line: Line) -> bool:
    """A short line that does not end like a sentence: a heading or a label."""
    text = line.content
    if not text or len(text) > 140:
        return False
    if bullet_of(text)[0] is not None:
        return False
    if text.endswith(("'", '"', "\u2019", "\u201d")) and _HEADLINE_QUOTE_RX.search(text):
        return True  # a headline ending on a quoted phrase: "Durham's chief: 'Proud, not complacent'"
    return not text.endswith((".", ";", ",", ":", '"', "'")) or text.endswith("?")


# a short quotation closing a headline, after a colon or dash, with no full stop inside it
_HEADLINE_QUOTE_RX = re.compile(r"[:\u2013\u2014-]\s*['\"\u2018\u201c][^.'\"\u2018\u2019\u201c\u201d]{2,60}['\"\u2019\u201d]$")
