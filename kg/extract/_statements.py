"""Reading areas for improvement, recommendations and causes of concern out of lines.

One state machine serves every genre. A statement heading ("Areas for improvement",
"Cause of concern", "Recommendations", with or without a colon) opens a block; bullets in
the block are statements, sub-bullets and wrapped lines join their parent, lines right
under the heading are statements even without bullets, "Cause of concern: text" states one
inline, and "Force Update:" attaches the force's update to the statement before it. The
genre says which lines are question headings (they set the question key) and which lines
end a block.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from . import _rules as R
from ._text import TRAILING_REFERENCE, Line, bullet_of
from . import _quick as quick

# "Areas for improvement", "Area for improvement 2 (Investigating crime)", "Recommendation 3:"
# ... and "AFI 1 - Responding to the public": a numbered heading, a dash or colon, an area's
# name (short, no sentence, nothing asked of the force)
_HEADING_RX = [(quick.compile(rf"^(?:{R.SECTION_NUMBER})?(?:(?:no\.|ref\.?|\#)\s+)?"
                              # (after a title and a dash, or its report: "INSPECTION TRACKER - PEEL 2017
                              # AREAS FOR IMPROVEMENT", "PEEL 2021/22 recommendations")
                              rf"(?:(?P<titled>[A-Z][A-Za-z' ]{{2,40}})\s[-\u2013\u2014]\s+)?(?:PEEL\s+{R.YEAR_SPAN}\s+)?"
                              rf"(?:(?:an?|one|the)\s+)?"
                              # ("3. Open areas for improvement (PEEL 2021-22)")
                              rf"(?:(?:open|outstanding|remaining|current)\s+)?(?P<kind>{p})(?:\s+(?:no\.?\s*)?(?:\d{{1,2}}|[a-h]|[ivx]{{1,4}})\b)?"
                           rf"(?:\s*\((?P<area>[^()]{{3,120}})\)"
                           rf"|(?<=\d)\s*[-\u2013\u2014:]\s*(?!.*\b(?:should|must|needs?\s+to)\b)(?P<named>[A-Z][^.!?:;()]{{2,80}}))?"
                           # (dated by its inspection: "CAUSES OF CONCERN - PEEL 2023-25")
                           rf"(?:\s*[-\u2013\u2014:(]\s*PEEL\s+{R.YEAR_SPAN}\)?)?"
                           # ("Causes of concern from 2021/22", "... from the 2021/22 inspection")
                           rf"(?:\s+(?:from|in)\s+(?:the\s+)?(?:PEEL\s+)?{R.YEAR_SPAN}(?:\s+(?:PEEL\s+)?(?:inspection|report|assessment))?)?"
                           rf"(?:\s+{R.HEADING_QUALIFIER})?"  # ("... selected by the Board")
                           rf"\s*:?$", re.IGNORECASE), kind)
               for p, kind in R.STATEMENT_HEADINGS.items()]
# "Recommendation: ...", "AFI 2: ...", "Recommendation 1 - ...": a label and its statement on one line
_INLINE_RX = [(quick.compile(rf"^(?:{p})(?:\s+(?:no\.?\s*)?(?:\d{{1,2}}|[a-h]|[ivx]{{1,4}})\s*(?:[:.]|\s-)|\s*:"
                          # a form's box label run into its text, no colon: "Area for improvement 1 The force should ..."
                          rf"|\s+\d{{1,2}}(?=\s+(?:The\s+(?:force|constabulary)|Within\s+\w+\s+months)\b))\s+(?=\S)",
                          re.IGNORECASE), kind) for p, kind in R.STATEMENT_HEADINGS.items()]


def inline_kind(text: str) -> str | None:
    """The kind a label run into a statement's text names ("Cause of concern 1: The force
    ..."), else None."""
    return next((kind for rx, kind in _INLINE_RX if rx.match(text)), None)


# The label of the force's answer to a statement: "Force update:", "Force response:", "Chief
# Constable's response:", "Our response:", "Update:", "Progress:" (a colon, or the whole line).
_FORCE_UPDATE_RX = quick.compile(
    # (a bilingual label, its Welsh first: "Beth rydym wedi'i wneud / What we have done:")
    rf"^(?:[^:/\n]{{3,60}}\s/\s)?(?:(?:the\s+)?(?:{R.UPDATE_GIVERS})(?:'s|\u2019s)?\s+)?(?:{R.UPDATE_LABELS})"
    # the giver after the label: "Response of the force" (a heading "Response from the force"
    # after a news release's list answers the report, not its last statement)
    rf"(?:\s+of\s+(?:the\s+)?(?:{R.UPDATE_GIVERS}))?"
    # the date it was given: "Update (March 2023):", "Update - 31/03/2023:", "Progress as at June 2024:"
    r"(?:\s*\([^()\n]{1,40}\)|\s*-?\s*(?:as\s+(?:at|of)\s+|at\s+|on\s+)?[\w ,/]{0,20}?\b(?:\d{4}|\d{1,2}/\d{1,2}/\d{2}))?"
    r"(?:\s*:|\s*$|\s*[\u2192\u27a1\U0001f449]\ufe0f?)", re.IGNORECASE)  # ("What we're doing about it 👉 ...")


# Minutes: the paragraph after a statement in which the force answers it ("3.3 The Chief
# Constable explained that ..."): all of it is the answer (the match ends at its number)
MINUTE_NUMBER = r"\d{1,2}(?:\.\d{1,2})+\.?\s+"
_REPORTED_ANSWER_RX = quick.compile(rf"(?:{MINUTE_NUMBER})?(?=(?:{R.REPORTED_UPDATE}))", re.IGNORECASE)


def is_update_label(content: str) -> bool:
    """Whether a line opens the force's answer to the statement before it."""
    return update_label_end(content) is not None


def update_label_end(content: str) -> int | None:
    """Where the force's answer begins on a line that opens with its label ("Our response:
    ..."), else None."""
    m = _FORCE_UPDATE_RX.match(content)
    return m.end() if m else None


def update_column(content: str) -> int | None:
    """The column of a statement heading's row that heads the force's answers
    ("Area for improvement 1 - Investigating crime<tab>Force position": 1), else None."""
    cells = content.split("\t")
    return next((j for j in range(1, len(cells))
                 if is_update_label(cells[j].strip()) or _SHARED_UPDATE_HEADING_RX.match(cells[j].strip())), None)


# a column that holds the force's answer and someone's comment on it ("Force response and PCC
# comment", "Update and commissioner's assessment")
_SHARED_UPDATE_HEADING_RX = quick.compile(
    rf"(?:(?:the\s+)?(?:{R.UPDATE_GIVERS})(?:'s|\u2019s)?\s+)?(?:{R.UPDATE_LABELS})\s+and\s+[\w'\u2019 ]{{2,40}}$", re.IGNORECASE)

_DIRECTIVE_RX = quick.compile(R.DIRECTIVE, re.IGNORECASE)
# a statement that opens on its deadline ("Within six months, the force should ..."): a recommendation
DEADLINE_RX = quick.compile(rf"\s*{R.DEADLINE}", re.IGNORECASE)
_TERMINAL = (".", "!", "?", '."', ".'", ".\u201d", ".\u2019")  # (a quoted statement's stop inside its closing mark)
_FIELD_LINE_RX = quick.compile(R.STATEMENT_FIELD)
# a record's field that holds the statement's words: "Text:", "Wording:", "Finding:"
_WORDING_FIELD_RX = quick.compile(r"(?:text|wording|full\s+text|finding|description|detail)\s*:\s*", re.IGNORECASE)
# a list item that is a form's field: a bullet, a short label and a colon ("- RAG: A")
# (or a quotation's: "> **Cause of concern:** The force ...")
_BULLETED_FIELD_RX = quick.compile(r"^[-*\u2022\u25aa\u25cf>]\s+[A-Z][A-Za-z'\u2019/&() -]{0,40}:\s")
# How a statement opens: "The force should ...", "Within three months, the constabulary must ..."
_STATEMENT_START_RX = quick.compile(
    # (or the force by its name: "Lancashire Constabulary should ...", as the 2014-2016 reports write it)
    rf"(?:{R.DEADLINE}\s*)?(?:the\s+(?:force|constabulary|service)|{R.FORCE_NAMED})\s+"
    r"(?:should|must|needs?\s+to|ought\s+to)\b", re.IGNORECASE)
# "Responding to the public. The constabulary does not ...": a paragraph that opens on its area's
# name, run in: under a heading of causes of concern, the next of them
_AREA_RUN_IN_RX = quick.compile(r"[A-Z][^.:\n]{2,60}[.:]\s+(?:The|the)\s+(?:force|constabulary|service)\b")
# "We found two things the force needs to improve. We call these areas for improvement.": an
# Easy Read text saying what the statements are called, none of them
_NAMES_THEM_RX = quick.compile(r"\bwe\s+call\s+(?:these|them|this|it)\b", re.IGNORECASE)
# "The inspectorate has raised two causes of concern. I am sharing them ...": a sentence that
# counts the statements it goes on to give, under their heading, is none of them
_COUNTS_THEM_RX = quick.compile(rf"^[^.]{{0,60}}?\b(?:raised|made|identified|gave|given|set\s+out|contains?)\s+"
                                rf"{R.COUNTED_STATEMENTS}[^.]{{0,40}}\.", re.IGNORECASE)
# ... or counts them in other words, leading in the list ("We identified two areas in which the
# constabulary should improve:"): no statement, though it says "should improve"
_COUNTS_AREAS_RX = quick.compile(r"^[^.]{0,60}?\b(?:raised|made|identified|gave|given|set\s+out|found)\s+"
                                 r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:other\s+|more\s+)?"
                                 r"(?:areas?|things|ways|matters)\s+(?:in\s+which|where|that)\b[^.]{0,80}:$", re.IGNORECASE)
# "There are no areas for improvement in this area.": a list said to be empty
_NONE_STATED_RX = quick.compile(r"(?:there\s+(?:are|were|is)|we\s+(?:found|identified|made))\s+no\s+"
                             r"(?:further\s+|new\s+)?(?:areas?|recommendations?|causes?)\b", re.IGNORECASE)


# a run-in label before a statement: "Investigating crime. The force should ...",
# "Investigating crime: The force should ..." (no verb in it: R.LABEL_VERBS)
# "Investigating crime: The force should ...", "Investigating crime. The force ...", and set
# off by a dash: "Investigating crime \u2013 The force should ..."
# ("Investigating crime: ...", "Investigating crime. ...", "Investigating crime - ...", and a row's
# first cell, "Investigating crime<tab>The force should ...")
_RUN_IN_LABEL_RX = quick.compile(r"\s*([A-Z](?:[^.:\n]{2,70}:|[^.:\n]{2,50}\.|[^.:\n\u2013\u2014]{2,70}?[ \t][-\u2013\u2014]"
                                 r"|[^.:\n\t]{2,70}(?=\t)))\s+")
LABEL_VERB_RX = quick.compile(R.LABEL_VERBS, re.IGNORECASE)  # a verb: no area's name, a label
# a cause of concern's finding, as a paragraph opens it: "The force is not ...", "The force does not ..."
# (never what was not done to the force: "X was not inspected this time round")
_FINDS_NOT_RX = quick.compile(rf"{R.FORCE_SUBJECT}\s+(?:is|are|does|do|has|have|was)\s+not\b"
                              r"(?!\s+(?:been\s+)?(?:inspected|graded|assessed|included|part\s+of)\b)"
                              r"|(?:the\s+(?:force|constabulary))\s+(?:isn['\u2019]t|doesn['\u2019]t|hasn['\u2019]t)\b",
                              re.IGNORECASE)
# a letter's courtesies under its subject line ("Thank you for the presentation ...", "I am
# writing to ..."): no statement, whatever kind the subject line names
_COURTESY_RX = quick.compile(r"(?:thank\s+you\b|i\s+(?:am|was)\s+(?:writing|pleased|grateful)\b|i\s+write\b|i\s+said\b)",
                             re.IGNORECASE)
_WE_RECOMMEND_RX = quick.compile(r"(?:to\s+address\s+this(?:\s+cause\s+of\s+concern)?,?\s+)?"
                                 r"(?:we|hmicfrs|hmic|the\s+inspectorate|inspectors)\s+(?:recommends?|recommended)\s+that\b", re.IGNORECASE)


def run_in_label(content: str) -> re.Match[str] | None:
    """The run-in label a statement opens after (group 1, its area's name and stop), else None."""
    label = _RUN_IN_LABEL_RX.match(content)
    if label and not LABEL_VERB_RX.search(label.group(1)) and _STATEMENT_START_RX.match(content, label.end()):
        return label
    return None


_PLAN_TITLE_RX = quick.compile(r"\s*(?:action|improvement|delivery)\s+plan\s*", re.IGNORECASE)
_OPENING_QUOTES = ("\u201c", "\u2018", '"', "'")


def _ends_open(text: str) -> bool:
    """Whether a statement's text so far ends mid-sentence, so that lines may follow (a
    citation after its full stop ends nothing: "... to incidents. (HMIC, 2017a, p. 11)")."""
    text = text.rstrip()
    if text.endswith(")"):
        text = TRAILING_REFERENCE.sub("", text)
    return not text.endswith(_TERMINAL)


def _opens_statement(content: str) -> bool:
    """Whether a line opens a statement, after a run-in label of its area or of who said it
    if it has one."""
    said = _SAID_LABEL_RX.match(content)
    content = content[said.end():] if said else content
    return bool(_STATEMENT_START_RX.match(content)) or run_in_label(content) is not None


_SAID_LABEL_RX = quick.compile(R.SAID_LABEL, re.IGNORECASE)
# a paragraph that reports a grade ("The inspectorate found that we need to do better when we
# investigate crime, and graded us adequate in that area."): a finding, no statement
# ("We were graded good for efficiency. The inspectorate found that ... we need to do more ...")
_GRADES_SOMETHING_RX = quick.compile(rf"(?:\b(?:graded|rated|judged)\s+(?:us|it|them|the\s+(?:force|constabulary))"
                                     rf"|\b(?:we|it|the\s+(?:force|constabulary))\s+(?:was|were|is|are|has\s+been|have\s+been)\s+"
                                     rf"(?:graded|rated|judged))\s+(?:as\s+)?['\"\u2018\u201c]?(?:{R.GRADE_ALTERNATION})\b", re.IGNORECASE)


def starts_statement(content: str) -> bool:
    """Whether a line opens as a statement does: "The force should ...", "Within three
    months, the constabulary must ..."."""
    return bool(_STATEMENT_START_RX.match(content))


_SECTION_NUMBER_RX = re.compile(rf"^{R.SECTION_NUMBER}")
_HEADING_NUMBER_RX = re.compile(r"^\D{3,40}?\b(?:no\.?\s*)?(\d{1,2})\b")  # "Recommendation 3", "AFI no. 2"


def statement_heading(content: str) -> tuple[str, bool] | None:
    """(kind, is_container) for a statement heading line; plural headings are containers."""
    for rx, kind in _HEADING_RX:
        m = rx.match(content)
        if m:
            unnumbered = _SECTION_NUMBER_RX.sub("", content, count=1)
            word = m.group("kind").split()[0].lower()
            container = word.endswith("s") or m.group("kind").lower().startswith("recommendations")
            if unnumbered != content and kind == "recommendation":
                return None  # a paper's numbered "2. Recommendations" are its own (that the panel notes ...)
                # (a paper has no cause of concern or area for improvement of its own: "2. Cause
                # of concern" heads the inspectorate's)
            return kind, container
    return None


def statement_heading_area(content: str) -> str | None:
    """The area a statement heading names ("Area for improvement 1 (Responding to the
    public)", "Responding to the public - area for improvement 1"), else None."""
    for rx, _kind in _HEADING_RX:
        m = rx.match(content)
        if m:
            # (or the area before a dash: "Responding to the public - area for improvement 1")
            return m.group("area") or m.group("named") or m.group("titled")
    return None


@dataclass
class FoundStatement:
    kind: str
    question: str | None
    pieces: list[tuple[int, int]]  # spans of doc text, joined with single spaces
    update_pieces: list[tuple[int, int]] = field(default_factory=list)
    has_update: bool = False
    addresses: "FoundStatement | None" = None
    last_indent: int = 0
    open_ended: bool = False  # its text ends without a full stop: wrapped lines may follow
    lead_in: bool = False  # its text ends with a colon: sub-items follow
    paragraph: bool = False  # it began as a paragraph, not a list item
    label: tuple[int, int] | None = None  # the item that named its area above it ("2. Investigating crime")
    opening: str = ""  # the words of its first piece

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


# classify(line) -> ("question", key) sets the question and keeps a container open;
# ("section", key) sets the question and closes any block; ("end", None) closes the block;
# None: an ordinary line.
Classifier = Callable[[Line], "tuple[str, str | None] | None"]


_SENTENCE_BREAK_RX = re.compile(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])")


# a heading's words: a capital, a few words, no stop ("The wider picture")
_SHORT_HEADING_RX = re.compile(r"[A-Z][\w'\u2019,&()-]*(?:[ \t]+[\w'\u2019,&()-]+){0,7}")
LABEL_ITEM_WORDS = 8  # an item that names an area over its statement has this many words at most
RUN_IN_LABEL_WORDS = 6  # a first "sentence" this short is a label run in ("Investigating crime. The force should ...")


def _label_only(words: str) -> bool:
    """Whether an item only names an area: a few words with no stop and nothing asked of
    anyone ("Responding to the public (requires improvement)")."""
    return 0 < len(words.split()) <= LABEL_ITEM_WORDS and words[:1].isupper() \
        and not words.rstrip().endswith((".", ":", ";")) and not _DIRECTIVE_RX.search(words)


def _first_sentence(content: str) -> str:
    """A paragraph's opening sentence, with the one after a label run in before it."""
    parts = _SENTENCE_BREAK_RX.split(content, maxsplit=2)
    if len(parts) > 1 and len(parts[0].split()) <= RUN_IN_LABEL_WORDS:
        return f"{parts[0]} {parts[1]}"
    return parts[0]


class StatementReader:
    """Feeds lines through the block state machine and collects statements."""

    def __init__(self, classify: Classifier, paragraph_kinds: tuple[str, ...] = ("cause-of-concern",),
                 question: str | None = None, container_paragraphs: bool = False,
                 lines_are_paragraphs: bool = False) -> None:
        self.container_paragraphs = container_paragraphs  # paragraphs in containers are statements
        # a Word document's or a web page's lines are its paragraphs (their readers break a
        # line at each paragraph, never inside one): no line runs on from the one above
        self.lines_are_paragraphs = lines_are_paragraphs
        self._in_sub_list = False
        self._steps_indent: int | None = None  # the indent of the steps listed under a whole statement
        self.one_only, self._made = False, 0  # see open_block
        self.expected: int | None = None
        self._opened_at = 0
        self.classify = classify
        self.paragraph_kinds = paragraph_kinds  # kinds whose plain paragraphs are statements
        self.question = question
        self.kind: str | None = None
        self.container = False
        self.direct = False  # right under a heading: unbulleted lines are statements
        self.in_update = False
        self.current: FoundStatement | None = None
        self.base_indent: int | None = None
        self.found: list[FoundStatement] = []
        self._after_blank = False
        self._fresh_paragraph = False  # the line being fed follows a blank line, or is a Word paragraph
        self._inline_update = False  # the answer being read began on its label's line
        self._outer: str | None = None  # the list an inline statement interrupted
        self._joins_paragraph = False  # the line being fed follows the last without a blank line
        self._in_prose = False  # the last line fed was a paragraph of prose, read as no statement
        self._after_prose = False  # ... and the line being fed goes on with it
        self.update_column: int | None = None  # the heading row's column of the force's answers
        self.heading_number: int | None = None  # "Recommendation 3": the number of the one it heads
        self.last_cause: FoundStatement | None = None

    # --- state changes ---------------------------------------------------------------

    def open_block(self, kind: str, container: bool) -> None:
        self.kind, self.container, self.direct = kind, container, True
        self.current, self.base_indent, self.in_update = None, None, False
        self.update_column = None
        self.one_only, self._made = False, 0  # one_only: its introduction named a single one
        self.expected: int | None = None  # ... or how many of its kind it holds
        self._opened_at = len(self.found)

    def _full(self, content: str) -> bool:
        """Whether the block already holds the one statement its introduction named ("The
        inspectorate raised one cause of concern, which reads:"): what follows is not another
        (but a cause of concern's recommendation, "Within six months, the force should ...", is
        one of another kind)."""
        if self.expected is not None:
            # (an item that only names an area, over the statements under it, is none of them)
            made = sum(1 for st in self.found[self._opened_at:] if st.kind == self.kind and not _label_only(st.opening))
            return made >= self.expected \
                and not (self.kind == "cause-of-concern" and DEADLINE_RX.match(content))
        return self.one_only and self._made >= 1 and not (self.kind == "cause-of-concern" and DEADLINE_RX.match(content))

    def close_block(self) -> None:
        self._outer = None
        self.update_column = None
        self.kind, self.container, self.direct = None, False, False
        self.current, self.base_indent, self.in_update = None, None, False

    def _last_cause(self) -> FoundStatement | None:
        """The cause of concern a recommendation here answers: the last one, in this section."""
        st = self.last_cause
        if st is not None and (st.question == self.question or self.question is None):
            return st
        return None

    def _new(self, span: tuple[int, int], indent: int, text: str) -> None:
        addresses = self._last_cause() if self.kind == "recommendation" else None
        st = FoundStatement(self.kind or "area-for-improvement", self.question, [span], addresses=addresses,
                            last_indent=indent, open_ended=_ends_open(text),
                            lead_in=text.rstrip().endswith(":"), opening=text)
        self.found.append(st)
        self._made += 1
        if st.kind == "cause-of-concern":
            self.last_cause = st
        self.current = st
        self.in_update = False
        self._in_sub_list = False
        self._steps_indent = None

    def _recommendation(self, span: tuple[int, int], indent: int, text: str, concern: FoundStatement) -> None:
        """A recommendation lettered under the cause of concern it puts right."""
        self._new(span, indent, text)
        self.current.kind, self.current.addresses = "recommendation", concern  # type: ignore[union-attr]
        self.last_cause = concern

    def _labelled(self, cur: FoundStatement, span: tuple[int, int], text: str) -> bool:
        """"2. Investigating crime" / "   The force should improve ...": an item that only names
        an area, over the statement set in under it, is that statement's label and no words of
        it. True when the line was read so."""
        if len(cur.pieces) != 1 or cur.label is not None or not _label_only(cur.opening) or not _STATEMENT_START_RX.match(text):
            return False
        cur.label, cur.pieces = cur.pieces[0], [span]
        cur.open_ended, cur.lead_in = _ends_open(text), text.rstrip().endswith(":")
        return True

    def _extend(self, span: tuple[int, int], text: str) -> None:
        assert self.current is not None
        self.current.pieces.append(span)
        self.current.open_ended = _ends_open(text)
        self.current.lead_in = text.rstrip().endswith(":")

    # --- the machine --------------------------------------------------------------------

    def feed(self, line: Line) -> None:
        content = line.content
        if not content:
            self.direct = False if self.current is not None or not self.kind else self.direct
            self._after_blank = True
            return
        after_blank, self._after_blank = self._after_blank, False
        self._fresh_paragraph = after_blank or self.lines_are_paragraphs  # (a Word paragraph stands apart)
        if self.lines_are_paragraphs and not after_blank:
            self.direct = False if self.current is not None or not self.kind else self.direct  # as after a blank line
        self._joins_paragraph = not after_blank and not self.lines_are_paragraphs
        self._after_prose, self._in_prose = self._in_prose and self._joins_paragraph, False
        heading = statement_heading(content)
        if heading:
            self.open_block(*heading)
            self.update_column = update_column(content)
            numbered = _HEADING_NUMBER_RX.search(content)
            self.heading_number = int(numbered.group(1)) if numbered else None
            return
        # a form's fields may be a list ("- AFI: ...", "- Owner: ...", "- Update: ..."): a
        # field is read from the item's text, after its bullet
        field, skip = content, 0
        if _BULLETED_FIELD_RX.match(content):
            field = bullet_of(content)[1]
            skip = len(content) - len(field)
        fu = _FORCE_UPDATE_RX.match(field) or (_REPORTED_ANSWER_RX.match(field) if self.current is not None else None)
        if fu and self.current is None and self.kind is not None:
            # "Recommendation 3" / "The force's update: ...": the answer to the third one listed
            # above; an answer is never a statement, whatever it answers
            listed = [st for st in self.found if st.kind == self.kind]
            if self.heading_number is None or not 0 < self.heading_number <= len(listed):
                return
            self.current = listed[self.heading_number - 1]
        if fu and self.current is not None:
            self.current.has_update = True
            self.in_update = True
            self._inline_update = bool(field[fu.end():].strip())
            rest_start = line.start + skip + fu.end()
            if field[fu.end():].strip():
                self.current.update_pieces.append((rest_start, line.end))
            return
        worded = _WORDING_FIELD_RX.match(field) if self.kind is not None else None
        if worded and _opens_statement(field[worded.end():]):
            # a record's "Text: The force should ..." under a heading of its kind: the
            # statement is the field's value (its "Ref:", "Owner:" and "Progress:" around it)
            self.current = None
            self._new((line.start + skip + worded.end(), line.end), line.indent, field[worded.end():])
            self.current.paragraph = True  # type: ignore[union-attr]
            self.base_indent = line.indent
            return
        for rx, kind in _INLINE_RX:
            m = rx.match(field)
            if m and _PLAN_TITLE_RX.fullmatch(field, m.end()):
                break  # a title, no statement run in: "Causes of Concern: Action Plan"
            if m:
                if self.container and self.kind:
                    self._outer = self.kind  # "Cause of concern: ..." inside a list of areas
                self.kind, self.container, self.direct = kind, False, False
                self.current = None
                end, answer = len(field), None
                if self.update_column is not None and field.count("\t") >= self.update_column and "\t" in field[m.end():]:
                    # a table's row, "Cause of concern: The force ...<tab>Force position": the
                    # statement is its own cell, the answers' column its update (a later
                    # column's, a commissioner's comment, is not the force's)
                    end = field.index("\t", m.end())
                    at = len("\t".join(field.split("\t")[:self.update_column])) + 1
                    stop = field.find("\t", at)
                    stop = len(field) if stop < 0 else stop
                    offset = line.start + skip
                    answer = (offset + at, offset + stop) if field[at:stop].strip() else None
                self._new((line.start + skip + m.end(), line.start + skip + end), line.indent, field[m.end():end])
                self.current.paragraph = True
                if answer is not None:
                    self.current.has_update = True
                    self.current.update_pieces.append(answer)
                self.base_indent = line.indent
                return
        if self.current is not None and not self.in_update and _FIELD_LINE_RX.match(field) \
                and not _DIRECTIVE_RX.search(field):
            return  # "Owner: Superintendent", "RAG: A": a field of the statement above
        answer = None  # (span, text) of the cell in the heading row's column of answers
        if self.update_column is not None and content.count("\t") >= self.update_column:
            before = content.split("\t", self.update_column)[:self.update_column]
            cut = len("\t".join(before))  # the tab that opens the answers' cell
            after = content.find("\t", cut + 1)  # (a later column, "PFCC comment", is not the force's)
            after = len(content) if after < 0 else after
            answer = ((line.start + cut + 1, line.start + after), content[cut + 1:after].strip())
            content = content[:cut].rstrip()
            line = Line(line.start, line.start + len(content), line.indent, content)
        marker, rest = bullet_of(content)
        cls = self.classify(line)
        if cls is not None:
            what, key = cls
            if what == "end":
                self.close_block()
            elif what == "section":
                self.close_block()
                self.question = key
            else:  # a question heading inside a container keeps the block
                if not self.container and self._outer:
                    self.open_block(self._outer, True)  # back to the list the inline one sat in
                elif not self.container and self.kind is not None and self.current is None and self.direct:
                    pass  # "Cause of concern" / "Investigating crime" / its text: the area comes first
                elif not self.container:
                    self.close_block()
                else:
                    self.current, self.base_indent, self.in_update, self.direct = None, None, False, False
                self.question = key
            return
        if self.kind is None:
            return
        span = (line.start + (len(content) - len(rest)), line.end)
        if marker:
            self._bullet(line, span, rest)
        else:
            self._paragraph(line, span, content)
        if answer is not None and self.current is not None and answer[1]:
            self.current.has_update = True
            self.current.update_pieces.append(answer[0])

    def _bullet(self, line: Line, span: tuple[int, int], rest: str) -> None:
        cur = self.current
        if cur is not None and cur.addresses is not None and cur.addresses is self.last_cause \
                and cur.addresses.pieces[0][0] < cur.start and line.indent == cur.last_indent \
                and rest[:1].isupper() and _DIRECTIVE_RX.search(rest) and not cur.lead_in:
            # the next lettered recommendation under a cause of concern (see below), after
            # the force's answer to the one before
            self._recommendation(span, line.indent, rest, cur.addresses)
            return
        if self.in_update and cur is not None and self.base_indent is not None and line.indent > self.base_indent:
            cur.update_pieces.append(span)
            return
        if cur is not None and self.base_indent is not None and not self.in_update:
            deeper = line.indent > self.base_indent
            lead_in = (cur.lead_in or self._in_sub_list) and rest[:1].islower()
            if self._steps_indent is not None and line.indent >= self._steps_indent:
                return  # a step under a step ("2. Report ... each month:" / "a) to the Board")
            if deeper and not lead_in and not cur.lead_in and not cur.open_ended and rest[:1].isupper() \
                    and not _DIRECTIVE_RX.search(rest):
                # "1. The force should make sure ..." / "   1. Introduce a mandatory field ...":
                # items in capitals under a statement that was whole are the steps someone
                # plans for it, neither its words nor statements of their own
                self._steps_indent = line.indent
                return
            if deeper and not lead_in and not cur.lead_in and not cur.open_ended and rest[:1].isupper() \
                    and _DIRECTIVE_RX.search(rest) and cur.kind == "cause-of-concern":
                # "1. The force does not answer calls promptly enough." / "a) By 31 December 2025,
                # the force should ...": a whole cause of concern's lettered items are the
                # recommendations made to put it right, each one of its own
                self._recommendation(span, line.indent, rest, cur)
                return
            if deeper and not lead_in and self._labelled(cur, span, rest):
                return
            if deeper or lead_in:
                self._in_sub_list = bool(lead_in)
                self._extend(span, rest)
                return
        if self._full(rest):
            self.close_block()
            return
        if self.base_indent is None or line.indent <= self.base_indent or self.in_update:
            self.base_indent = line.indent if self.base_indent is None or self.in_update else min(self.base_indent, line.indent)
        self._new(span, line.indent, rest)
        self.direct = False

    def _paragraph(self, line: Line, span: tuple[int, int], content: str) -> None:
        cur = self.current
        if self.in_update and self._inline_update and self._fresh_paragraph and _SHORT_HEADING_RX.fullmatch(content):
            # "What we're doing about it: ..." then, after a blank line, "The wider picture": an
            # answer given on its label's line ends at the next heading (the list may go on)
            self.in_update, self.current = False, None
            return
        # (in a list, a line that opens as a statement does is the next one, even with no
        # blank line above it: a PDF's paragraphs are not set apart)
        if self.in_update and _FIELD_LINE_RX.match(content) and not (_SAID_LABEL_RX.match(content) and _opens_statement(content)):
            # "Commissioner's assessment: Not assured", "Our assessment: ...": a field of someone
            # else's after the force's answer ends it (the answer's own label was read in feed)
            self.in_update = False
            return
        # (a line that opens a quotation of the next statement ends the answer even where the
        # lines of a paragraph run on: a PDF's "Force update: ..." then "“The force should ...")
        quoted = content.startswith(_OPENING_QUOTES) and _opens_statement(content[1:])
        if self.in_update and cur is not None and not quoted and not ((not self._joins_paragraph or self.container)
                                                                      and _opens_statement(content)):
            cur.update_pieces.append(span)
            return
        if self.in_update:
            self.in_update = False  # a new paragraph that reads as a statement ends the update
        if cur is not None and cur.open_ended and (self.base_indent is None or line.indent > self.base_indent
                                                     or not content.lstrip("".join(_OPENING_QUOTES))[:1].isupper()):
            # (a line in capitals after its opening quote, '"Derbyshire is good ..."', opens a
            # paragraph of its own, as one in capitals does)
            if not (self.base_indent is not None and line.indent > self.base_indent and self._labelled(cur, span, content)):
                self._extend(span, content)
            return
        if cur is not None and cur.kind == "cause-of-concern" and cur.paragraph and self._joins_paragraph:
            if self._after_prose:
                self._in_prose = True
                return  # (the wrapped rest of a paragraph of prose between statements)
            self._extend(span, content)  # a cause of concern is a whole paragraph, however wrapped
            return
        recommended = _WE_RECOMMEND_RX.match(content) if self.kind == "cause-of-concern" else None
        if recommended and self.container and self.last_cause is not None and _DIRECTIVE_RX.search(content) \
                and (not content.rstrip().endswith(":") or _DIRECTIVE_RX.search(content, recommended.end())):
            # "We recommend that within six months the force should ...": a paragraph under a
            # cause of concern, in a list of them, is a recommendation made to put it right (a
            # lead-in to a list, ending in a colon, is read as lead-ins are, unless the force is
            # asked in it: "we recommended that, within three months, the force should:" and
            # its items are one recommendation)
            self._recommendation(span, line.indent, content, self.last_cause)
            if self.base_indent is None:
                self.base_indent = line.indent  # (its items are set in under it, or at its indent)
            return
        if self.kind == "cause-of-concern" and self.container and not self.direct and _FINDS_NOT_RX.match(content) \
                and (cur is None or cur.kind == "recommendation" or not self._joins_paragraph):
            # "The force is not attending calls ...": the next cause of concern of the list, a
            # finding in a paragraph of its own, after the last one's recommendations
            self._new(span, line.indent, content)
            self.current.paragraph = True
            self.last_cause = self.current
            return
        said = _SAID_LABEL_RX.match(content)
        unlabelled = content[said.end():] if said else content  # ("The inspectors said: The force should ...")
        is_statement = self.direct or (self.kind in self.paragraph_kinds and cur is None
                                       and (not self.container or self.container_paragraphs)) \
            or (self.kind == "cause-of-concern" and self.container and not self._joins_paragraph
                and bool(_AREA_RUN_IN_RX.match(content)) and not LABEL_VERB_RX.search(content.split(".", 1)[0])) \
            or bool(_DIRECTIVE_RX.search(content if not self._made else _first_sentence(unlabelled))
                    and not content.lower().startswith("see "))
        # (after a statement, a paragraph that explains it may say "should" in a later
        # sentence: "The force has started an audit. It should make sure ..." is no new one)
        if self.direct and self.kind != "cause-of-concern" \
                and not _DIRECTIVE_RX.search(content if not self._made else _first_sentence(content)):
            is_statement = False
        if is_statement:
            if content.lower().startswith(("see ", "none", "n/a", "nil")) or _NONE_STATED_RX.match(content) \
                    or _COURTESY_RX.match(content) or _GRADES_SOMETHING_RX.search(content) \
                    or _NAMES_THEM_RX.search(content) or _COUNTS_THEM_RX.match(content) or _COUNTS_AREAS_RX.match(content):
                return
            if self._full(content):
                self.close_block()
                return
            self._new(span, line.indent, content)
            self.current.paragraph = True
            if self.base_indent is None:
                self.base_indent = line.indent
            return
        # prose after a list ends the block unless we are in a container
        self._in_prose = True
        if cur is not None and not self.container:
            self.close_block()
