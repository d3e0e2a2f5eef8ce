"""Tables drawn in text with borders of "+", "-" and "|" (pandoc's grid tables, a console's
ASCII tables): a row whose cells wrap over several lines between two border lines is made
one line of cells between pipes ("| Responding to the public | Good | ... |"), as a pipe
table writes it; the border lines are left out. Other text is left as it is.
"""

from __future__ import annotations

import re

_BORDER = re.compile(r"^[ \t]*\+(?:[-=:]+\+)+[ \t]*$")
_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")


def _columns(border: str) -> list[tuple[int, int]]:
    """The spans between a border's "+" marks: one per column."""
    marks = [m.start() for m in re.finditer(r"\+", border)]
    return list(zip(marks, marks[1:]))


def _row(lines: list[str], columns: list[tuple[int, int]]) -> str:
    """One row from its lines: each column's pieces joined with spaces."""
    cells = []
    for a, b in columns:
        words = " ".join(line[a + 1:b].strip() for line in lines if line[a + 1:b].strip())
        cells.append(words)
    return "| " + " | ".join(cells) + " |"


def join_grid_rows(text: str) -> str:
    """The text with every grid table's rows one line each (see the module)."""
    if "+-" not in text and "+=" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        if not _BORDER.match(lines[k]):
            out.append(lines[k])
            k += 1
            continue
        columns = _columns(lines[k])
        pending: list[str] = []
        k += 1
        while k < len(lines) and (_ROW.match(lines[k]) or _BORDER.match(lines[k])):
            if _BORDER.match(lines[k]):
                if pending:
                    out.append(_row(pending, columns))
                pending = []
            else:
                pending.append(lines[k])
            k += 1
        if pending:  # (a table whose last border is missing)
            out.append(_row(pending, columns))
    return "\n".join(out)
