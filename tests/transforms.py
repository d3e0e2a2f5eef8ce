"""Fact-preserving transforms of corpus documents, for metamorphic tests (issue 12).

Each transform takes one document (its file name, decoded text and gold) and returns the
document as another publication might have laid it out: the same facts, another layout.
The gold stays as it is, except where a transform renames forces (the gold is renamed with
the text) or changes the file name (.txt rendered as .html: the gold's `document` and
`encoding` fields follow the file).

Where a transform cannot keep a document's facts exactly, it raises `Skip` with the reason
the document gives (e.g. the title is the only place the period is stated); the document
then goes into the transformed corpus unchanged, and the skip is counted. A transform that
does not apply to a document (HTML to text, given a text file) returns it as it is.

TRANSFORMS is the registry: name -> Transform(function, one-line reason). To add one,
write a function `Doc -> Doc` and add a line to the dict.
"""

from __future__ import annotations

import html
import json
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path


@dataclass(frozen=True)
class Doc:
    """One document of a corpus: file name, text as decoded, gold (parsed JSON)."""

    name: str
    text: str
    gold: dict

    @property
    def is_html(self) -> bool:
        return self.name.lower().endswith((".html", ".htm"))

    @property
    def is_spreadsheet(self) -> bool:
        """A CSV or TSV file: its rows and cells are its layout, which no layout transform
        may rewrite (a header row is no title; a quoted cell is not a paragraph)."""
        return self.name.lower().endswith((".csv", ".tsv"))

    @property
    def seed(self) -> int:
        """A number fixed for the document, so each transform varies its choices per document."""
        return zlib.crc32(self.name.encode("utf-8"))


class Skip(Exception):
    """The transform cannot preserve this document's facts; the message says why."""


@dataclass(frozen=True)
class Transform:
    function: Callable[[Doc], Doc]
    reason: str
    layout: bool = True  # it changes how the text is laid out (so it does not apply to a spreadsheet)


# --- shared line patterns ----------------------------------------------------------------------

GRADE = r"(?:outstanding|good|adequate|requires improvement|inadequate)"
_ROMAN = r"(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)"
BULLET_RX = re.compile(
    rf"^(?P<indent>[ \t]*)(?P<marker>[•\-*–·▪]|(?<=[ \t])o|\d{{1,2}}[.)]|\(?[a-h][.)]|\(?{_ROMAN}[.)]|\([a-z0-9]{{1,4}}\))"
    r"(?P<gap>[ \t]+)(?P<rest>\S.*)$")
# a label that only says "this is the grade": "Grade: Good", "Overall judgement: Good"
LABEL_KEY = r"(?:grade|judg(?:e)?ment|overall judg(?:e)?ment|overall grade|rating|our judg(?:e)?ment)"
BARE_LABEL_RX = re.compile(rf"^(?:(?:{LABEL_KEY})\s*:\s*)?[\[(]?(?P<grade>{GRADE})[\])]?$", re.I)
# an area and its grade on one line: "Area: Good", "Good – Area", "Area – Good", "Area ..... good"
AREA_GRADE_RX = re.compile(
    rf"^(?:(?P<area1>[^:–\-.|\t][^:–|\t.]{{2,100}}?)\s*(?::|\s[–-]\s|\s\.{{3,}}\s?)\s*(?P<grade1>{GRADE})"
    rf"|(?P<grade2>{GRADE})\s+[–-]\s+(?P<area2>[^:–|\t.]{{3,100}}))$", re.I)
MARKUP_RX = re.compile(r"</?(?:p|ul|ol|li|i|b|em|strong|br|div|span|a)\b[^>]*>", re.I)
SENTENCE_END = tuple(".!;,\"'”’)")


def bullet(line: str) -> re.Match[str] | None:
    """A list item line (not a numbered question heading)."""
    m = BULLET_RX.match(line)
    if not m or m.group("rest").rstrip().endswith("?"):
        return None
    return m


def area_grade(line: str) -> tuple[str, str] | None:
    """(area, grade) where a line is an area/grade line and nothing more."""
    s = line.strip()
    if BARE_LABEL_RX.match(s):
        return None
    m = AREA_GRADE_RX.match(s)
    if not m:
        return None
    area = (m.group("area1") or m.group("area2")).strip()
    grade = m.group("grade1") or m.group("grade2")
    if re.match(rf"^{GRADE}\b", area, re.I) or len(area.split()) > 14:
        return None
    return area, grade


def is_heading(line: str, names: tuple[str, ...] = (), max_len: int = 100) -> bool:
    """A short line set on its own: no sentence end, no list marker, no field, no markup, no name."""
    s = line.strip()
    if not s or line[:1] in " \t" or "\t" in line or "<" in s or len(s) > max_len:
        return False
    if bullet(line) or s.endswith(SENTENCE_END) or s.endswith(":") or s.startswith(("\"", "“", "'", "‘")):
        return False
    if "...." in s or "|" in s or any(n in s for n in names):
        return False
    return True


def person_names(gold: dict, titles: bool = False) -> tuple[str, ...]:
    """People's names (and with `titles`, their titles as written: the gold keeps both as the text has them)."""
    return tuple(v for p in gold.get("people", []) for v in (p["name"], p.get("title") if titles else None) if v)


def statement_texts(gold: dict) -> list[str]:
    kinds = ("areas_for_improvement", "recommendations", "causes_of_concern")
    return [s["text"] for k in kinds for s in gold.get(k, [])]


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# --- HTML to lines (our own reading, independent of kg.read.document) --------------------------------


class _Lines(HTMLParser):
    """HTML as text lines: one per block, '•' list items (nested ones indented), ' | ' cells."""

    BLOCKS = {"p", "div", "section", "article", "header", "footer", "main", "nav", "aside", "h1", "h2", "h3",
              "h4", "h5", "h6", "blockquote", "table", "thead", "tbody", "caption", "dl", "dt", "dd",
              "figure", "figcaption", "address", "pre", "hr"}
    SKIP = {"script", "style", "head", "noscript", "template", "svg"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.depth = 0  # list nesting
        self.skip = 0
        self.title: list[str] = []
        self.in_title = False
        self.cells = 0
        self.prefix: str | None = None  # the marker of the list item being read
        self.in_para = False  # inside a <p> (text in a list but in a paragraph is no item)

    def flush(self) -> None:
        text = collapse("".join(self.current))
        if text:
            prefix = self.prefix
            if prefix is None and self.depth and not self.in_para:
                prefix = self._marker()  # text straight inside a list (no <li>) is an item too
            self.lines.append((prefix or "") + text)
        self.current = []
        self.prefix = None

    def _marker(self) -> str:
        return "  " * max(self.depth - 1, 0) + ("– " if self.depth > 1 else "• ")

    def handle_starttag(self, tag, attrs):  # noqa: ANN001, ANN201
        if tag == "title":
            self.in_title = True
        if tag in self.SKIP:
            self.skip += 1
            return
        if tag in ("ul", "ol"):
            self.flush()
            self.depth += 1
        elif tag == "li":
            self.flush()
            self.prefix = self._marker()
            self.in_para = False
        elif tag == "br":
            self.flush()
        elif tag == "tr":
            self.flush()
            self.cells = 0
        elif tag in ("td", "th"):
            if self.cells:
                self.current.append(" | ")
            self.cells += 1
        elif tag in self.BLOCKS:
            self.flush()
            self.in_para = tag == "p"
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6") and self.lines and self.lines[-1]:
                self.lines.append("")  # a blank line before each heading, as text readers set them

    def handle_endtag(self, tag):  # noqa: ANN001, ANN201
        if tag == "title":
            self.in_title = False
        if tag in self.SKIP:
            self.skip = max(self.skip - 1, 0)
            return
        if tag in ("ul", "ol"):
            self.flush()
            self.depth = max(self.depth - 1, 0)
        elif tag in ("li", "tr") or tag in self.BLOCKS:
            self.flush()
            if tag == "p":
                self.in_para = False

    def handle_startendtag(self, tag, attrs):  # noqa: ANN001, ANN201
        if tag in ("br", "hr"):
            self.flush()

    def handle_data(self, data):  # noqa: ANN001, ANN201
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            self.current.append(data)


def html_lines(source: str) -> tuple[str, list[str]]:
    """(title, lines) of an HTML page or fragment."""
    parser = _Lines()
    parser.feed(source)
    parser.close()
    parser.flush()
    return collapse("".join(parser.title)), parser.lines


def fragment_lines(line: str) -> list[str]:
    """A text line holding HTML fragments (as response records do) as plain lines."""
    return html_lines(line)[1]


# --- transforms ---------------------------------------------------------------------------------

BULLET_STYLES = ("•", "-", "*", "1.", "(a)")


def _marker(style: str, number: int) -> str:
    if style == "1.":
        return f"{number}."
    if style == "(a)":
        return f"({'abcdefghijklmnopqrstuvwxyz'[(number - 1) % 26]})"
    return style


def _style_of(marker: str) -> str:
    if marker[0].isdigit():
        return "1."
    if marker.startswith("(") or marker[0].isalpha():
        return "(a)"
    return {"–": "-", "·": "•", "▪": "•"}.get(marker, marker)


def swap_bullets(doc: Doc) -> Doc:
    """Every list gets another marker style (•, -, *, 1., (a)), in turn; sub-lists one further on."""
    if doc.is_html:
        return doc
    out, runs = [], 0
    style_at: dict[str, str] = {}  # indent -> style of the current run at that indent
    counters: dict[str, int] = {}
    for line in doc.text.split("\n"):
        m = bullet(line)
        if not m:
            if line.strip() and not line[:1] in " \t":
                style_at.clear()  # text at the margin ends every open list
                counters.clear()
            out.append(line)
            continue
        indent = m.group("indent")
        if indent not in style_at:
            runs += 1
            old = _style_of(m.group("marker"))
            k = (doc.seed + runs + len(indent)) % len(BULLET_STYLES)
            new = BULLET_STYLES[k] if BULLET_STYLES[k] != old else BULLET_STYLES[(k + 1) % len(BULLET_STYLES)]
            style_at[indent] = new
            counters[indent] = 0
            for deeper in [i for i in style_at if len(i) > len(indent)]:
                del style_at[deeper]
        counters[indent] += 1
        out.append(f"{indent}{_marker(style_at[indent], counters[indent])} {m.group('rest')}")
    return replace(doc, text="\n".join(out))


def _paragraph(line: str) -> bool:
    s = line.strip()
    return bool(s) and line[:1] not in " \t" and "\t" not in line and "<" not in s and not bullet(line) \
        and not s.startswith(("#", "*")) and s.endswith(SENTENCE_END) and len(s.split()) >= 8 \
        and "...." not in s and "|" not in s


def rewrap(doc: Doc) -> Doc:
    """Paragraph lines wrapped at 50 to 100 columns (set off by blank lines); lists, headings untouched."""
    if doc.is_html:
        return doc
    lines = doc.text.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        width = 50 + (doc.seed + 17 * i) % 51
        if not _paragraph(line) or len(line.rstrip()) <= width:
            out.append(line)
            continue
        eol = "\r" if line.endswith("\r") else ""
        words, rows, row = line.rstrip().split(" "), [], ""
        for w in words:
            if row and len(row) + 1 + len(w) > width:
                rows.append(row)
                row = w
            else:
                row = f"{row} {w}" if row else w
        rows.append(row)
        if out and out[-1].strip():
            out.append(eol)
        out.extend(r + eol for r in rows)
        if i + 1 < len(lines) and lines[i + 1].strip():
            out.append(eol)
    return replace(doc, text="\n".join(out))


def _upper_text(fragment: str) -> str:
    """Capitals for the text of an HTML fragment, leaving tags and entities as they are."""
    parts = re.split(r"(<[^>]*>|&#?\w+;)", fragment)
    return "".join(p if p.startswith(("<", "&")) and p.endswith((">", ";")) else p.upper() for p in parts)


def capital_headings(doc: Doc) -> Doc:
    """Short heading lines in capitals; never a statement, a person's name or an area/grade line."""
    names = person_names(doc.gold, titles=True)
    statements = [collapse(t) for t in statement_texts(doc.gold)]

    def ok(text: str) -> bool:
        flat = collapse(html.unescape(re.sub(r"<[^>]*>", "", text)))
        return not any(n in flat for n in names) and not area_grade(flat) \
            and flat not in statements

    if doc.is_html:
        def up(m: re.Match[str]) -> str:
            inner = m.group(3)
            plain = collapse(html.unescape(re.sub(r"<[^>]*>", "", inner)))
            if len(plain) > 80 or not ok(inner):
                return m.group(0)
            return f"{m.group(1)}{_upper_text(inner)}{m.group(4)}"
        return replace(doc, text=re.sub(r"(<h([1-6])\b[^>]*>)(.*?)(</h\2>)", up, doc.text, flags=re.S | re.I))
    out = [line.upper() if is_heading(line, names, max_len=80) and ok(line) else line
           for line in doc.text.split("\n")]
    return replace(doc, text="\n".join(out))


_PILLAR_WORDS = {"Effectiveness": r"effective", "Efficiency": r"efficien", "Legitimacy": r"legitima",
                 "Leadership": r"leader", "PEEL": r""}
_INSPECTORATE_WORDS = {"HMIC": r"\bHMIC\b|Inspectorate of Constabulary|Inspector of Constabulary",
                       "HMICFRS": r"\bHMICFRS\b|Fire (?:&|&amp;|and) Rescue"}


def _period_rx(period: str) -> str:
    m = re.fullmatch(r"(\d{4})(?:[/-](\d{2}))?", period)
    if not m:
        return re.escape(period)
    start, end = m.groups()
    if not end:
        return rf"\b{start}\b"
    return rf"\b{start}\s*(?:/|-|–|&ndash;|to)\s*(?:20)?{end}\b"


def _force_forms(name: str) -> list[str]:
    """The official name, without "Service", and the place alone ("Kent Police": "Kent")."""
    stem = re.sub(r"\s+(?:Police(?: Service)?|Constabulary)$", "", name)
    return [name, re.sub(r"\s+Service$", "", name), stem]


def _title_only(doc: Doc, body: str, title: str) -> str | None:
    """What the title states that the rest of the document does not, or None."""
    g = doc.gold
    whole = title + "\n" + body

    def lost(pattern: str, flags: int = 0) -> bool:
        return bool(re.search(pattern, whole, flags)) and not re.search(pattern, body, flags)

    for force in g.get("forces", []):
        if not any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", body) for f in _force_forms(force)):
            return f"the force {force}"
    facts = g.get("inspections", []) + g.get("judgements", [])
    for period in sorted({f["period"] for f in facts}):
        if _period_stated(period, whole) and not _period_stated(period, body) and not _year_before_stated(period, body):
            return f"the period {period}"
    for pillar in sorted({f["pillar"] for f in facts}):
        if lost(_PILLAR_WORDS.get(pillar, re.escape(pillar)), re.I):
            return f"the pillar {pillar}"
    for acronym in g.get("inspectorates", []):
        if lost(_INSPECTORATE_WORDS.get(acronym, re.escape(acronym))):
            return f"the inspectorate {acronym}"
    for name in person_names(g):
        if name in title and name not in body:
            return f"the person {name}"
    for grade in sorted({m.lower() for m in re.findall(GRADE, title, re.I)}):
        if not re.search(grade, body, re.I):
            return f"the grade {grade}"
    return None


# a bare year states the period only where its sentence ties it to an inspection or its publication
_TIED = re.compile(r"PEEL|inspect|assess|report|publish|judge?|grade|effective|efficien|legitima|leadership|"
                   r"updated|January|February|March|April|May|June|July|August|September|October|November|December",
                   re.I)


def _period_stated(period: str, text: str) -> bool:
    """The period written in the text: "2018/19" anywhere, a bare year in a sentence about the inspection."""
    if not re.fullmatch(r"\d{4}", period):
        return bool(re.search(_period_rx(period), text))
    for m in re.finditer(_period_rx(period), text):
        start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        ends = [i for i in (text.find(". ", m.end()), text.find("\n", m.end())) if i >= 0]
        if _TIED.search(text[start:min(ends) if ends else len(text)]):
            return True
    return False


def _year_before_stated(period: str, body: str) -> bool:
    """A year's grade given as "last year" in a text that states the year after."""
    if not re.fullmatch(r"\d{4}", period):
        return False
    return bool(re.search(r"\b(?:last|previous) year\b", body, re.I)) and _period_stated(str(int(period) + 1), body)


def remove_title(doc: Doc) -> Doc:
    """The title line removed: a page without a heading states the same facts in its body."""
    if doc.is_html:
        title = " ".join(m.group(1) for rx in (r"<title>(.*?)</title>", r"<h1\b[^>]*>(.*?)</h1>")
                         if (m := re.search(rx, doc.text, re.S | re.I)))
        text = re.sub(r"<title>.*?</title>", "", doc.text, count=1, flags=re.S | re.I)
        text = re.sub(r"<h1\b[^>]*>.*?</h1>", "", text, count=1, flags=re.S | re.I)
        body = "\n".join(html_lines(text)[1]) + "\n" + text  # the words as read, and the markup as written
        title = html.unescape(re.sub(r"<[^>]*>", " ", title))
    else:
        lines = doc.text.split("\n")
        first = next(i for i, line in enumerate(lines) if line.strip())
        title = lines[first]
        text = "\n".join(lines[:first] + lines[first + 1:])
        body = text
    missing = _title_only(doc, body, title)
    if missing:
        raise Skip(f"the title is the only place that states {missing}")
    return replace(doc, text=text)


def _without_forces(title: str, forces: list[str]) -> str:
    """A title line with the forces' names taken out, and the words left hanging by them."""
    forms = sorted({f for force in forces for f in _force_forms(force) + ["Heddlu " + _force_forms(force)[-1]]},
                   key=len, reverse=True)
    rx = "|".join(re.escape(f).replace(r"\ ", r"(?:\s|&nbsp;)+") for f in forms)
    out = re.sub(rf"(?<![\w-])(?:{rx})(?:['’]s)?(?![\w-])", "", title)
    sep = r"(?:[,–|/:-]|&ndash;|&mdash;)"
    out = re.sub(rf"(?:\s+(?:of|on|for|in|at|the))+(?=\s*(?:$|{sep}))", "", out)
    out = re.sub(rf"(?:\s*{sep})+\s*$", "", out)
    out = re.sub(rf"^(\s*#*\s*)(?:{sep}\s*)+", r"\1", out)
    out = re.sub(r"\s+,", ",", out)
    return re.sub(r"[ \t]{2,}", " ", out).strip() if out.strip("# ") else ""


def force_out_of_title(doc: Doc) -> Doc:
    """The force's name taken out of the title line: the body names the force."""
    forces = doc.gold.get("forces", [])
    body_of = (lambda t: "\n".join(html_lines(t)[1])) if doc.is_html else (lambda t: t)
    if doc.is_html:
        def strip(m: re.Match[str]) -> str:
            return m.group(1) + _without_forces(m.group(2), forces) + m.group(3)
        text = re.sub(r"(<title>)(.*?)(</title>)", strip, doc.text, count=1, flags=re.S | re.I)
        text = re.sub(r"(<h1\b[^>]*>)(.*?)(</h1>)", strip, text, count=1, flags=re.S | re.I)
        rest = re.sub(r"<title>.*?</title>|<h1\b[^>]*>.*?</h1>", "", doc.text, flags=re.S | re.I)
    else:
        lines = doc.text.split("\n")
        first = next(i for i, line in enumerate(lines) if line.strip())
        eol = "\r" if lines[first].endswith("\r") else ""
        lines[first] = _without_forces(lines[first], forces) + eol
        text = "\n".join(lines)
        rest = "\n".join(doc.text.split("\n")[first + 1:])
    if text == doc.text:
        return doc
    for force in forces:
        if not any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", body_of(rest)) for f in _force_forms(force)):
            raise Skip(f"the title is the only place that names {force}")
    return replace(doc, text=text)


_BARE_FORMS = ("Grade: {g}", "[{g}]", "{G}")
_AREA_FORMS = ("{g} – {a}", "{a}: {g}")
_WRAP_RX = re.compile(r"^(?P<pre>[ \t]*(?:<(?:li|p|td|dd|dt)\b[^>]*>\s*)?)(?P<body>.*?)(?P<post>\s*(?:</(?:li|p|td|dd|dt)>)?\s*)$",
                      re.S)


def _grade_case(grade: str) -> str:
    return grade[0].upper() + grade[1:].lower()


def relabel_grades(doc: Doc) -> Doc:
    """Bare grade labels and area/grade lines in another label form, each form in turn."""
    lines = doc.text.split("\n")
    out, n_bare, n_area = [], doc.seed % 3, doc.seed % 2
    for i, line in enumerate(lines):
        w = _WRAP_RX.match(line)
        pre, body, post = w.group("pre"), w.group("body"), w.group("post")
        if "\t" in body or not body.strip():
            out.append(line)
            continue
        plain = html.unescape(body).replace("\u00a0", " ")
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        group_heading = bool(nxt.strip()) and nxt[:1] in " \t" and not bullet(nxt)
        bare = BARE_LABEL_RX.match(plain.strip())
        if bare and line[:1] not in " \t":
            g = _grade_case(bare.group("grade"))
            if group_heading:  # a grade over the areas given it: only capitals keep that reading
                new = g.upper()
            else:
                new = _BARE_FORMS[n_bare % 3].format(g=g, G=g.upper())
                if new == plain.strip():
                    n_bare += 1
                    new = _BARE_FORMS[n_bare % 3].format(g=g, G=g.upper())
                n_bare += 1
            out.append(f"{pre}{html.escape(new, quote=False) if doc.is_html or '<' in pre else new}{post}")
            continue
        pair = area_grade(plain)
        if pair:
            a, g = pair
            new = _AREA_FORMS[n_area % 2].format(a=a, g=_grade_case(g))
            n_area += 1
            indent = re.match(r"[ \t]*", line).group(0) if not pre.strip() else pre
            if doc.is_html or "<" in pre:
                new = html.escape(new, quote=False)
            out.append(f"{indent}{new}{post}")
            continue
        out.append(line)
    return replace(doc, text="\n".join(out))


# text -> HTML


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _text_lines(text: str) -> list[str]:
    """The document's lines, HTML fragments (response records) read into lines of their own."""
    out: list[str] = []
    for line in text.replace("\r", "").split("\n"):
        if MARKUP_RX.search(line):
            key, tab, value = line.partition("\t")
            if tab and not MARKUP_RX.search(key):
                inner = fragment_lines(value)
                out.append(f"{key}\t{inner[0] if inner else ''}")
                out.extend(inner[1:])
            else:
                out.extend(fragment_lines(line))
        else:
            out.append(html.unescape(line) if re.search(r"&#?\w+;", line) else line)
    return out


def _render(lines: list[str], names: tuple[str, ...]) -> list[str]:
    html_out: list[str] = []
    i, n = 0, len(lines)
    title_done = False
    while i < n:
        line = lines[i].rstrip()
        s = line.strip()
        if not s:
            i += 1
            continue
        if "\t" in s and not line[:1] in " \t":  # fields: key<TAB>value rows
            html_out.append("<table class=\"fields\">")
            while i < n and "\t" in lines[i].strip() and lines[i][:1] not in " \t":
                key, _, value = lines[i].strip().partition("\t")
                i += 1
                pairs = [area_grade(value)] if area_grade(value) else []
                while pairs and i < n and lines[i].strip() and "\t" not in lines[i] and area_grade(lines[i]):
                    pairs.append(area_grade(lines[i]))  # the field's value goes on, one area a line
                    i += 1
                if len(pairs) > 1:
                    cell = "<table class=\"grades\">" + "".join(
                        f"<tr><td>{_esc(a)}</td><td>{_esc(g)}</td></tr>" for a, g in pairs) + "</table>"
                else:
                    cell = _esc(value.strip())
                html_out.append(f"<tr><th>{_esc(key.strip())}</th><td>{cell}</td></tr>")
            html_out.append("</table>")
            continue
        if area_grade(s) and not bullet(line):  # a run of area/grade lines: a grade table
            html_out.append("<table class=\"grades\">")
            while i < n and lines[i].strip() and area_grade(lines[i]) and not bullet(lines[i]):
                a, g = area_grade(lines[i])
                html_out.append(f"<tr><td>{_esc(a)}</td><td>{_esc(g)}</td></tr>")
                i += 1
            html_out.append("</table>")
            continue
        m = bullet(line)
        if m:  # a list, nested by indentation, continuation lines joined to their item
            stack: list[int] = []
            while i < n:
                cur = lines[i].rstrip()
                m = bullet(cur)
                if m:
                    depth = len(m.group("indent").expandtabs(4))
                    if stack and depth > stack[-1]:
                        html_out.append("<ul>")
                        stack.append(depth)
                    elif not stack:
                        html_out.append("<ul>")
                        stack.append(depth)
                    else:
                        while len(stack) > 1 and depth < stack[-1]:
                            html_out.append("</li></ul>")
                            stack.pop()
                        html_out.append("</li>")
                    html_out.append(f"<li>{_esc(m.group('rest').strip())}")
                    i += 1
                elif cur.strip() and cur[:1] in " \t":
                    html_out.append(_esc(cur.strip()))
                    i += 1
                else:
                    break
            html_out.append("</li></ul>" * len(stack))
            continue
        nxt = lines[i + 1] if i + 1 < n else ""
        if line[:1] not in " \t" and nxt.strip() and nxt[:1] in " \t" and not bullet(nxt):
            # a group heading with its indented items (GOOD, then the areas graded good)
            html_out.append(f"<p><strong>{_esc(s)}</strong></p>\n<ul>")
            i += 1
            while i < n and lines[i].strip() and lines[i][:1] in " \t" and not bullet(lines[i]):
                html_out.append(f"<li>{_esc(lines[i].strip())}</li>")
                i += 1
            html_out.append("</ul>")
            continue
        if BARE_LABEL_RX.match(s):
            html_out.append(f"<p class=\"grade\">{_esc(s)}</p>")
        elif s.startswith("#"):
            html_out.append(f"<h2>{_esc(s.lstrip('#').strip())}</h2>")
        elif re.fullmatch(r"\*\*(.+)\*\*", s):
            html_out.append(f"<p><strong>{_esc(s.strip('*'))}</strong></p>")
        elif not title_done and is_heading(line, names, max_len=200):
            html_out.append(f"<h1>{_esc(s)}</h1>")
        elif is_heading(line, names):
            html_out.append(f"<h2>{_esc(s)}</h2>")
        else:
            html_out.append(f"<p>{_esc(s)}</p>")
        title_done = True
        i += 1
    return html_out


def to_html(doc: Doc) -> Doc:
    """A text document rendered as a web page: headings, lists, paragraphs, grade tables."""
    if doc.is_html:
        return doc
    lines = _text_lines(doc.text)
    first = next((line.strip() for line in lines if line.strip()), "")
    title = first.lstrip("#").strip()
    body = "\n".join(_render(lines, person_names(doc.gold, titles=True)))
    page = (f"<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>{_esc(title)}</title>\n"
            f"</head>\n<body>\n{body}\n</body>\n</html>\n")
    gold = dict(doc.gold, document=Path(doc.name).stem + ".html", encoding="utf-8")
    return Doc(Path(doc.name).stem + ".html", page, gold)


def to_text(doc: Doc) -> Doc:
    """An HTML page as plain text lines: its title, then one line per block, '•' items, ' | ' cells."""
    if not doc.is_html:
        return doc
    title, lines = html_lines(doc.text)
    text = "\n".join(([title, ""] if title else []) + lines) + "\n"
    gold = dict(doc.gold, document=Path(doc.name).stem + ".txt", encoding="utf-8")
    return Doc(Path(doc.name).stem + ".txt", text, gold)


def _break_point(prev: str, nxt: str) -> bool:
    """Between two paragraphs: the line before ends a sentence, the next starts a new block."""
    p, q = prev.strip(), nxt.strip()
    if not p or not q:
        return False
    if "\t" in prev or "\t" in nxt or "<" in prev or "<" in nxt or nxt[:1] in " \t":
        return False
    if not p.endswith((".", "!", "\"", "”", "'", "’")) or q[:1].islower():
        return False
    return True


def running_headers(doc: Doc) -> Doc:
    """A page footer ('Page 3 of 12') and a running title between paragraphs every few lines."""
    if doc.is_html:
        return doc
    lines = doc.text.split("\n")
    eol = "\r" if doc.text.count("\r\n") > len(lines) // 2 else ""
    first = next((line.strip() for line in lines if line.strip()), "")
    running = first if len(first) <= 80 and "\t" not in first and "<" not in first else "OFFICIAL"
    every = 6 + doc.seed % 7
    points, last = [], 0
    for i in range(1, len(lines)):
        if i - last >= every and _break_point(lines[i - 1], lines[i]):
            points.append(i)
            last = i
    pages = len(points) + 1
    out, page = [], 0
    for i, line in enumerate(lines):
        if points and page < len(points) and i == points[page]:
            page += 1
            out.extend([eol, f"Page {page} of {pages}{eol}", eol, f"{running}{eol}", eol])
        out.append(line)
    while out and not out[-1].strip():
        out.pop()
    out.extend([eol, f"Page {pages} of {pages}{eol}", ""])
    return replace(doc, text="\n".join(out))


CHROME_HEADER = """<header class="site-header">
<div class="cookie-banner" role="region" aria-label="Cookies on this site">
<p>We use some essential cookies to make this website work. We would also like to set analytics cookies to understand how you use the site. This notice was last updated on 14 May 2023.</p>
<p><button type="button">Accept analytics cookies</button> <button type="button">Reject analytics cookies</button> <a href="/cookies/">View cookies</a></p>
</div>
<p class="skip"><a href="#main">Skip to main content</a></p>
<nav aria-label="Main menu">
<ul>
<li><a href="/">Home</a></li>
<li><a href="/our-work/">Our work</a></li>
<li><a href="/publications/">Publications</a></li>
<li><a href="/news/">News</a></li>
<li><a href="/about-us/">About us</a></li>
<li><a href="/contact-us/">Contact us</a></li>
</ul>
</nav>
<nav aria-label="Breadcrumb" class="breadcrumbs">
<ol>
<li><a href="/">Home</a></li>
<li><a href="/publications/">Publications</a></li>
<li><a href="/publications/?type=assessment">Assessments</a></li>
<li aria-current="page">This page</li>
</ol>
</nav>
</header>
"""
CHROME_FOOTER = """<footer class="site-footer">
<h2>Our grades explained</h2>
<p>We grade forces as outstanding, good, adequate, requires improvement or inadequate.</p>
<dl class="grade-key">
<dt>Outstanding</dt><dd>The force has substantially exceeded the characteristics of good performance.</dd>
<dt>Good</dt><dd>The force has demonstrated substantially all the characteristics of good performance.</dd>
<dt>Adequate</dt><dd>The force has demonstrated some of the characteristics of good performance.</dd>
<dt>Requires improvement</dt><dd>The force has demonstrated few, if any, of the characteristics of good performance.</dd>
<dt>Inadequate</dt><dd>The force has fallen short of the characteristics of good performance.</dd>
</dl>
<ul class="footer-links">
<li><a href="/accessibility/">Accessibility</a></li>
<li><a href="/privacy/">Privacy notice</a></li>
<li><a href="/cookies/">Cookies</a></li>
</ul>
<p>&copy; Crown copyright. All content is available under the Open Government Licence v3.0, except where otherwise stated.</p>
</footer>
"""


def site_chrome(doc: Doc) -> Doc:
    """The page inside a site: cookie banner (with a date that is not the period), menus and
    breadcrumbs in <header>/<nav>, the article in <main>, a <footer> whose grade key names all five
    grades. A text document is first rendered as a page (to_html)."""
    page = to_html(doc)
    text = page.text
    m = re.search(r"<body\b[^>]*>", text, re.I)
    start = m.end() if m else (re.search(r"</head>", text, re.I) or re.match("", text)).end()
    end_m = re.search(r"</body>", text, re.I)
    end = end_m.start() if end_m else len(text)
    head = text[:start] if m else text[:start] + "\n<body>"
    wrapped = f"{head}\n{CHROME_HEADER}<main id=\"main\">\n{text[start:end]}\n</main>\n{CHROME_FOOTER}</body>\n</html>\n"
    return replace(page, text=wrapped)


# --- forces renamed (moved here from tests/extract/test_extractors.py) -----------------------------------

# corpus force -> (new official name, {surface form in the corpus: replacement}); each new name
# is new to the documents it is used in (checked: see `rename_forces`)
RENAMES: dict[str, tuple[str, dict[str, str]]] = {
    # ../shared/corpus
    "Kent Police": ("Norfolk Constabulary", {"Kent": "Norfolk"}),
    "Avon and Somerset Constabulary": ("Hampshire Constabulary", {"Avon and Somerset": "Hampshire"}),
    "Cheshire Constabulary": ("Cumbria Constabulary", {"Cheshire": "Cumbria"}),
    "Durham Constabulary": ("Suffolk Constabulary", {"Durham": "Suffolk"}),
    "West Midlands Police": ("West Yorkshire Police", {"West Midlands": "West Yorkshire", "WMP": "WYP"}),
    "Northamptonshire Police": ("Nottinghamshire Police", {"Northants Police": "Notts Police",
                                                           "Northamptonshire": "Nottinghamshire"}),
    "Cleveland Police": ("Lincolnshire Police", {"Cleveland": "Lincolnshire"}),
    "City of London Police": ("Wiltshire Police", {"City of London": "Wiltshire"}),
    "Dyfed-Powys Police": ("Gwent Police", {"Heddlu Dyfed-Powys": "Heddlu Gwent", "Dyfed-Powys": "Gwent"}),
    # the Met's chief officer is its Commissioner: rename it to the other force led by one
    "Metropolitan Police Service": ("City of London Police", {"Metropolitan Police Service": "City of London Police",
                                                              "Metropolitan Police": "City of London Police",
                                                              "the Met": "the City of London Police",
                                                              "Met": "City of London Police"}),
    "Essex Police": ("Surrey Police", {"Essex": "Surrey"}),
    "Greater Manchester Police": ("Merseyside Police", {"Greater Manchester": "Merseyside", "GMP": "Merseyside Police"}),
    "Humberside Police": ("Northumbria Police", {"Humberside": "Northumbria"}),
    "Sussex Police": ("Dorset Police", {"Sussex": "Dorset"}),
    # ../shared/corpus2
    "Warwickshire Police": ("Kent Police", {"Warwickshire": "Kent"}),
    "West Mercia Police": ("Essex Police", {"West Mercia": "Essex"}),
    "Lincolnshire Police": ("Sussex Police", {"Lincolnshire": "Sussex"}),
    "Leicestershire Police": ("Cleveland Police", {"Leicestershire": "Cleveland"}),
    "Norfolk Constabulary": ("Cheshire Constabulary", {"Norfolk": "Cheshire"}),
    "Suffolk Constabulary": ("Durham Constabulary", {"Suffolk": "Durham"}),
    "Hampshire Constabulary": ("Avon and Somerset Constabulary", {"Hampshire": "Avon and Somerset"}),
    "Thames Valley Police": ("West Midlands Police", {"Thames Valley": "West Midlands"}),
    "Gwent Police": ("Dyfed-Powys Police", {"Heddlu Gwent": "Heddlu Dyfed-Powys", "Gwent": "Dyfed-Powys"}),
    "North Wales Police": ("South Wales Police", {"North Wales": "South Wales"}),
    "Bedfordshire Police": ("Humberside Police", {"Bedfordshire": "Humberside"}),
    "Cumbria Constabulary": ("Lancashire Constabulary", {"Cumbria": "Lancashire"}),
    "Merseyside Police": ("Greater Manchester Police", {"Merseyside": "Greater Manchester"}),
    "Devon and Cornwall Police": ("Northumbria Police", {"Devon and Cornwall": "Northumbria",
                                                         "Devon&nbsp;and&nbsp;Cornwall": "Northumbria"}),
    "Wiltshire Police": ("Surrey Police", {"Wiltshire": "Surrey"}),
    "South Yorkshire Police": ("Nottinghamshire Police", {"South Yorkshire": "Nottinghamshire"}),
}


def _renamer() -> tuple[re.Pattern[str], dict[str, str]]:
    table: dict[str, str] = {}
    for official, (new_official, surfaces) in RENAMES.items():
        table[official] = new_official
        table.update(surfaces)
    alternatives = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])"), table


_RENAME_RX, _RENAME_TABLE = _renamer()


def rename(text: str) -> str:
    """Every force of the table renamed at once (one pass, so no name is renamed twice)."""
    return _RENAME_RX.sub(lambda m: _RENAME_TABLE[m.group(0)], text)


def rename_forces(doc: Doc) -> Doc:
    """Every force renamed to one the document does not mention, in the text and in the gold."""
    found = {m.group(0) for m in _RENAME_RX.finditer(doc.text)}
    for surface in found:
        target = _RENAME_TABLE[surface]
        stem = re.sub(r"^the |\s+(?:Police|Constabulary)$", "", target)
        if re.search(rf"(?<![\w-]){re.escape(stem)}(?![\w-])", doc.text) and stem not in found:
            raise Skip(f"{target} is already named in the document: renaming would merge two forces")
    gold = json.loads(rename(json.dumps(doc.gold, ensure_ascii=False)))
    return Doc(doc.name, rename(doc.text), gold)


# --- the registry -------------------------------------------------------------------------------

# area/grade lines -> the inspectorate's grid of grade columns

GRID_GRADES = ("Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate")


def _grid(pairs: list[tuple[str, str]], form: int, eol: str) -> list[str]:
    """Areas under their grade's column: printed with spaces, as tab-separated cells, or
    written down the page (each grade, then its areas or "No areas")."""
    columns = [[a for a, g in pairs if g == grade] for grade in GRID_GRADES]
    depth = max(len(c) for c in columns)
    rows = [[c[i] if i < len(c) else "" for c in columns] for i in range(depth)]
    if form == 0:
        width = max(len(x) for x in (*GRID_GRADES, *(a for a, _ in pairs))) + 4
        return ["".join(cell.ljust(width) for cell in row).rstrip() + eol for row in [list(GRID_GRADES), *rows]]
    if form == 1:
        return ["\t".join(row) + eol for row in [list(GRID_GRADES), *rows]]
    out: list[str] = []
    for grade, areas in zip(GRID_GRADES, columns):
        out.extend([f"{grade}{eol}", *(f"{a}{eol}" for a in (areas or ["No areas"])), eol])
    return out[:-1]


def grade_grid(doc: Doc) -> Doc:
    """A run of two or more area/grade lines ("Investigating crime: Good") becomes the grid
    of grade columns real reports print, in one of its three forms."""
    if doc.is_html:
        return doc  # a web page's rows are markup; the grid as an HTML table is in test_extractors
    lines = doc.text.split("\n")
    eol = "\r" if doc.text.count("\r\n") > len(lines) // 2 else ""
    out: list[str] = []
    i = 0
    while i < len(lines):
        run, j = [], i
        while j < len(lines) and "<" not in lines[j] and area_grade(lines[j]) and lines[j][:1] not in " \t":
            run.append(area_grade(lines[j]))
            j += 1
        if len(run) >= 2:
            pairs = [(a, next(g for g in GRID_GRADES if g.lower() == grade.lower())) for a, grade in run]
            out.extend(_grid(pairs, doc.seed % 3, eol))
            i = j
            continue
        out.append(lines[i])
        i += 1
    return replace(doc, text="\n".join(out))  # unchanged where no run of area/grade lines


TRANSFORMS: dict[str, Transform] = {
    "bullets-swapped": Transform(swap_bullets, "a list marker (•, -, *, 1., (a)) is typography, not content"),
    "rewrapped": Transform(rewrap, "text exported from PDF or e-mail wraps paragraphs at 50 to 100 columns"),
    "capital-headings": Transform(capital_headings, "many reports set their headings in capitals"),
    "title-removed": Transform(remove_title, "pages and extracts often lose the title; the body names the force"),
    "force-out-of-title": Transform(force_out_of_title, "a title need not name the force (a site's section, a series)"),
    "grade-grid": Transform(grade_grid, "reports print their judgements as a grid: a column per grade, the areas under it"),
    "grade-labels": Transform(relabel_grades, "a grade is written 'Grade: Good', '[Good]', 'GOOD', 'Good – Area' or 'Area: Good'",
                              layout=False),
    "text-to-html": Transform(to_html, "the same report published as a web page"),
    "html-to-text": Transform(to_text, "the same page saved as text, tables with ' | ' between cells"),
    "running-headers": Transform(running_headers, "text from PDF carries page numbers and a running title"),
    "site-chrome": Transform(site_chrome, "a page on a site has a cookie banner, menus and a footer with the grade key"),
    "forces-renamed": Transform(rename_forces, "the extractors must know every force, not the corpus's", layout=False),
}


# --- corpora ------------------------------------------------------------------------------------


BINARY_SUFFIXES = (".pdf", ".docx")  # files no text transform applies to: left out


def read_corpus(corpus: Path) -> list[Doc]:
    """The text documents of a corpus (docs/ and gold/), decoded as each gold says; PDF and
    Word files are left out (the transforms rewrite text)."""
    docs = []
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        name = gold.get("document") or next((corpus / "docs").glob(gold_path.stem + ".*")).name
        if name.lower().endswith(BINARY_SUFFIXES):
            continue
        encoding = "cp1252" if gold.get("encoding") == "cp1252" else "utf-8"
        text = (corpus / "docs" / name).read_bytes().decode(encoding)
        docs.append(Doc(name, text, gold))
    return docs


@dataclass
class Applied:
    docs: list[Doc]
    changed: int = 0
    skipped: dict[str, str] = field(default_factory=dict)  # document -> why


def apply(name: str, docs: list[Doc]) -> Applied:
    """Every document through one transform; a skipped document stays as it was."""
    transform = TRANSFORMS[name]
    result = Applied([])
    for doc in docs:
        try:
            new = doc if transform.layout and doc.is_spreadsheet else transform.function(doc)
        except Skip as why:
            result.skipped[doc.name] = str(why)
            new = doc
        result.changed += new != doc
        result.docs.append(new)
    return result


def write_corpus(docs: list[Doc], out: Path) -> tuple[Path, Path]:
    """docs/ and gold/ under `out`; a document keeps its encoding where it can, else UTF-8 (gold says which)."""
    docs_dir, gold_dir = out / "docs", out / "gold"
    docs_dir.mkdir(parents=True, exist_ok=True)
    gold_dir.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        gold = dict(doc.gold, document=doc.name)
        encoding = "cp1252" if gold.get("encoding") == "cp1252" else "utf-8"
        try:
            data = doc.text.encode(encoding)
        except UnicodeEncodeError:
            data, gold["encoding"] = doc.text.encode("utf-8"), "utf-8"
        (docs_dir / doc.name).write_bytes(data)
        (gold_dir / f"{Path(doc.name).stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
    return docs_dir, gold_dir
