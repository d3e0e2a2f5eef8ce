"""Whole-text scans that the regular-expression engine can skip through.

Python's engine tries a pattern at every position of a text unless the pattern starts with
a literal or with a set of characters that ignoring case does not widen. A pattern that
starts with a look-behind, a word boundary or a case-insensitive alternation is tried, and
fails, at each of a document's thousands of positions. The scans of a whole text are
therefore written to start with a plain set of first characters: "one of these initials,
then (behind a look back at that initial) the rest of a name that starts with it". The
matches are the same; the engine jumps from one initial to the next.
"""

from __future__ import annotations

import re
import re._constants as _C  # the regex parser's node kinds (Python 3.11+)
import re._parser as _P
from collections.abc import Callable, Iterator


def initial_alternation(names: list[str], pattern_of: Callable[[str], str],
                        group_of: Callable[[int], str | None], before: str, after: str) -> str:
    """One pattern for many names, tried in the order given: the first character consumed as
    a plain set, then `before` (a look-behind that sees the initial and the character before
    it), then each name's remainder behind a look back at its own initial, then `after`.
    `pattern_of(name)` must start with the name's first character as a literal; `group_of(i)`
    names the group that captures the i-th name's remainder (None: no group)."""
    groups: dict[str, list[str]] = {}
    for i, name in enumerate(names):
        pattern = pattern_of(name)
        if not name or not pattern.startswith(name[0]) or not (name[0].isalnum() or name[0] in "&'"):
            raise ValueError(f"a name's pattern must start with its first character: {name!r}")
        rest, group = pattern[1:], group_of(i)
        groups.setdefault(name[0], []).append(rest if group is None else f"(?P<{group}>{rest})")
    initials = "".join(re.escape(ch) for ch in sorted(groups))
    branches = "|".join(f"(?<={re.escape(ch)})(?:{'|'.join(alts)})" for ch, alts in sorted(groups.items()))
    return rf"[{initials}]{before}(?:{branches}){after}"


# --- a literal pre-check for patterns tried on a line or a sentence at a time --------------

# A needle shorter than this is in too many lines to be worth checking for.
MIN_NEEDLE = 3

# Characters the engine folds onto an ASCII letter under IGNORECASE that str.lower does not
# ("ſ" matches "s"), or that lower into two characters: a text holding one is not pre-checked.
_ODD_FOLDS = frozenset("\u017f\u212a\u0130\u0131\u1e9e\ufb05\ufb06")


def needles(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Literal words of which every match contains at least one (lower-cased when the
    pattern ignores case), or None when the pattern guarantees none."""
    tree = _P.parse(pattern, flags)
    found = _needles_of(list(tree), bool(tree.state.flags & re.IGNORECASE))
    return None if found is None else frozenset(found)


def _needles_of(items: list, folded: bool) -> set[str] | None:
    """The best needles a sequence of parsed nodes guarantees: a run of literals, or the
    needles of a group, an alternation or a repeated part that every match goes through."""
    best: set[str] | None = None
    run: list[str] = []

    def consider(candidate: set[str] | None) -> None:
        nonlocal best
        if not candidate or min(map(len, candidate)) < MIN_NEEDLE:
            return
        if best is None or (min(map(len, candidate)), -len(candidate)) > (min(map(len, best)), -len(best)):
            best = candidate

    def end_run() -> None:
        if run:
            word = "".join(run)
            consider({word.lower() if folded else word})
            run.clear()

    for op, av in items:
        if op is _C.LITERAL:
            run.append(chr(av))
            continue
        if op is _C.BRANCH and run:
            # the parser takes a prefix the alternatives share out of them ("said|says" is
            # "sa" then "id|ys"): the run joined to each alternative's first letters
            prefix = "".join(run)
            consider({(prefix + _leading(list(branch))).lower() if folded else prefix + _leading(list(branch))
                      for branch in av[1]})
        end_run()
        if op is _C.SUBPATTERN and not av[1] and not av[2]:  # a group that changes no flag
            consider(_needles_of(list(av[3]), folded))
        elif op is _C.ATOMIC_GROUP:
            consider(_needles_of(list(av), folded))
        elif op is _C.BRANCH:
            branches = [_needles_of(list(branch), folded) for branch in av[1]]
            if all(b is not None for b in branches):
                consider(set().union(*branches))  # type: ignore[arg-type]
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_needles_of(list(av[2]), folded))
        # anything else (a class, an assertion, a look-around, a back-reference) ends the run
        # and guarantees nothing: the words of a look-around need not be inside the match
    end_run()
    return best


def _leading(items: list) -> str:
    """The literal characters a sequence of parsed nodes starts with."""
    out = []
    for op, av in items:
        if op is not _C.LITERAL:
            break
        out.append(chr(av))
    return "".join(out)


class Checked:
    """A compiled pattern and its needles, with the methods the extractors call: each scan
    answers "no match" at once when no needle is in the part of the text it may match."""

    __slots__ = ("rx", "pattern", "flags", "groupindex", "groups", "match", "fullmatch", "_needles", "_folded")

    def __init__(self, rx: re.Pattern[str], found: frozenset[str]) -> None:
        self.rx = rx
        self.pattern, self.flags, self.groupindex, self.groups = rx.pattern, rx.flags, rx.groupindex, rx.groups
        # an anchored match fails at its first position by itself: no check is cheaper than that
        self.match, self.fullmatch = rx.match, rx.fullmatch
        self._needles = tuple(sorted(found, key=len, reverse=True))
        self._folded = bool(rx.flags & re.IGNORECASE)

    def _may_match(self, text: str, pos: int, endpos: int | None) -> bool:
        part = text[pos:endpos] if pos or endpos is not None else text
        if self._folded:
            if not part.isascii() and not _ODD_FOLDS.isdisjoint(part):
                return True
            part = part.lower()
        return any(map(part.__contains__, self._needles))

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if not self._may_match(text, pos, endpos):
            return None
        return self.rx.search(text, pos) if endpos is None else self.rx.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        if not self._may_match(text, pos, endpos):
            return iter(())
        return self.rx.finditer(text, pos) if endpos is None else self.rx.finditer(text, pos, endpos)

    def sub(self, repl, text: str, count: int = 0) -> str:  # noqa: ANN001
        return self.rx.sub(repl, text, count) if self._may_match(text, 0, None) else text

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        return self.rx.split(text, maxsplit) if self._may_match(text, 0, None) else [text]

    def __repr__(self) -> str:
        return f"Checked({self.rx!r}, needles={self._needles!r})"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str] | Checked:  # noqa: A001
    """re.compile, behind a pre-check of the pattern's needles where it has any."""
    rx = re.compile(pattern, flags)
    found = needles(pattern, flags)
    return rx if found is None else Checked(rx, found)
