"""Text from documents made safe for where it goes: records every output format can carry,
and lines a terminal shows as written.

Document text may hold anything a file can: form feeds (as pdftotext writes between
pages), escape sequences, C1 controls, U+FFFE and U+FFFF. XML 1.0 cannot hold most C0
controls at all, N-Triples readers such as rapper refuse the noncharacters, and a terminal
obeys escape sequences. No stdlib or rdflib import here: `kg query` uses it on its cold path.
"""

from __future__ import annotations

import re

# Controls that stand for white space (page and line breaks, separators): a space, so
# that words on either side stay apart.
_SPACING = re.compile(r"[\x0b\x0c\x1c-\x1f\x85\u2028\u2029]")
# What XML 1.0 forbids, what no reader of N-Triples or Turtle need accept, and what a
# terminal takes as a command: C0 controls but tab and line ends, DEL, C1 controls,
# U+FFFE and U+FFFF, and lone surrogates (left by undecodable file names).
_UNCARRYABLE = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ufffe\uffff\ud800-\udfff]")


def carryable(text: str) -> str:
    """Text as a literal may hold it in every output format: spacing controls become a space,
    other controls and noncharacters are removed; everything else is kept as written."""
    if not _SPACING.search(text) and not _UNCARRYABLE.search(text):
        return text  # the usual case, at the cost of two searches
    return _UNCARRYABLE.sub("", _SPACING.sub(" ", text))


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


_UNPRINTABLE_BUT_NEWLINE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escaped(match: re.Match) -> str:
    return match.group().encode("unicode_escape").decode("ascii")


def printable(message: str, lines: bool = False) -> str:
    """Text a terminal shows as written: control characters (escape sequences, carriage
    returns, bidirectional overrides, and newlines unless `lines`) become \\x.. / \\u....
    escapes, so a warning is one line and a table cell cannot move the cursor. A tab is
    shown as a space: whitespace between words (a form's "Grade<TAB>Good"), harmless."""
    return (_UNPRINTABLE_BUT_NEWLINE if lines else _UNPRINTABLE).sub(_escaped, message.replace("\t", " "))
