"""Theme rules: which themes of ontology/themes.ttl a statement's text is on.

The rules are data: each theme concept carries `peel:matchPattern` regular expressions,
matched case-insensitively anywhere in the text. This module loads them once (rdflib is
used for that and nothing else), checks that every pattern is safe to run on any text,
and answers `themes_for(text)` with plain strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from kg.errors import KgError

try:  # Python 3.11+ keeps the regex parser here; older ones call it sre_parse
    import re._parser as _sre_parse  # type: ignore[import-not-found]
    import re._constants as _sre_constants  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_PEEL = "https://w3id.org/peel-kg/ontology#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"


class ThemeRuleError(KgError):
    """A theme rule file is unreadable, or one of its patterns is invalid or unsafe."""


@dataclass(frozen=True)
class ThemeRules:
    """Compiled theme rules: theme key -> the patterns that put a text on that theme."""

    rules: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]

    @property
    def keys(self) -> tuple[str, ...]:
        """Every theme key, sorted."""
        return tuple(key for key, _ in self.rules)

    @cached_property
    def _combined(self) -> tuple[tuple[str, re.Pattern[str]], ...]:
        # one alternation per theme: a single scan of the text instead of one per pattern
        return tuple((key, re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE))
                     for key, patterns in self.rules)

    def themes_for(self, text: str) -> tuple[str, ...]:
        """The sorted keys of the themes one of whose patterns occurs in `text`."""
        return _themes_for(self, text)


@lru_cache(maxsize=65536)
def _themes_for(rules: ThemeRules, text: str) -> tuple[str, ...]:
    # the same statement text recurs across documents (national guidance, repeated AFIs)
    return tuple(key for key, pattern in rules._combined if pattern.search(text))


def load_theme_rules(path: Path) -> ThemeRules:
    """The rules in the Turtle file at `path`, compiled; cached until the file changes."""
    resolved = Path(path).resolve()
    try:
        stamp = resolved.stat().st_mtime_ns
    except OSError as exc:
        raise ThemeRuleError(f"{path}: cannot read theme rules ({exc.strerror})") from None
    return _load(resolved, stamp)


@lru_cache(maxsize=8)
def _load(path: Path, _stamp: int) -> ThemeRules:
    """Parse and compile once per (file, modification time)."""
    from rdflib import Graph, URIRef  # loading only; the rest of the module is plain Python
    from rdflib.namespace import RDF

    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        raise ThemeRuleError(f"{path}: not valid Turtle ({exc})") from None

    theme_class = URIRef(_PEEL + "Theme")
    notation = URIRef(_SKOS + "notation")
    match_pattern = URIRef(_PEEL + "matchPattern")

    by_key: dict[str, list[str]] = {}
    for theme in graph.subjects(RDF.type, theme_class):
        keys = sorted(str(k) for k in graph.objects(theme, notation))
        if len(keys) != 1:
            raise ThemeRuleError(f"{path}: theme {theme} needs exactly one skos:notation, has {keys}")
        patterns = sorted(str(p) for p in graph.objects(theme, match_pattern))
        by_key.setdefault(keys[0], []).extend(patterns)

    rules = tuple(
        (key, tuple(_compile(path, key, source) for source in sources))
        for key, sources in sorted(by_key.items())
    )
    return ThemeRules(rules)


def _compile(path: Path, key: str, source: str) -> re.Pattern[str]:
    """Compile one pattern, refusing any whose search could take more than linear time."""
    try:
        parsed = _sre_parse.parse(source, re.IGNORECASE)
        compiled = re.compile(source, re.IGNORECASE)
    except re.error as exc:
        raise ThemeRuleError(f"{path}: theme {key!r}: bad pattern {source!r} ({exc})") from None
    problem = _unsafe(list(parsed), inside_repeat=False)
    if problem:
        raise ThemeRuleError(f"{path}: theme {key!r}: pattern {source!r} is not allowed: {problem}")
    return compiled


# Python's engine backtracks, so a rule is kept to constructs whose cost per starting
# position is bounded by the pattern alone: no backreferences, lookarounds or
# conditionals, no unbounded repeat (*, +, {n,}), and no repeat of something that itself
# repeats. A search is then linear in the length of the text. Rules write `{0,60}` where
# they would have written `*`.
_FORBIDDEN = {
    _sre_constants.GROUPREF: "a backreference",
    _sre_constants.GROUPREF_EXISTS: "a conditional group",
    _sre_constants.ASSERT: "a lookahead or lookbehind",
    _sre_constants.ASSERT_NOT: "a negative lookahead or lookbehind",
}
_REPEATS = {_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT}
_POSSESSIVE = getattr(_sre_constants, "POSSESSIVE_REPEAT", None)
if _POSSESSIVE is not None:
    _REPEATS.add(_POSSESSIVE)
_ATOMIC = getattr(_sre_constants, "ATOMIC_GROUP", object())


def _unsafe(items: list[tuple], inside_repeat: bool) -> str | None:
    """Why a parsed pattern is unsafe, or None. `inside_repeat`: under a repeat that loops."""
    for op, arg in items:
        if op in _FORBIDDEN:
            return _FORBIDDEN[op]
        if op in _REPEATS:
            _low, high, body = arg
            if high == _sre_constants.MAXREPEAT:
                return "an unbounded repeat (*, + or {n,}); bound it, e.g. {0,60}"
            loops = high > 1
            if loops and inside_repeat:
                return "a repeat nested inside another repeat"
            found = _unsafe(list(body), inside_repeat or loops)
            if found:
                return found
        elif op is _sre_constants.SUBPATTERN:
            found = _unsafe(list(arg[-1]), inside_repeat)
            if found:
                return found
        elif op is _sre_constants.BRANCH:
            for alternative in arg[1]:
                found = _unsafe(list(alternative), inside_repeat)
                if found:
                    return found
        elif op is _ATOMIC:
            found = _unsafe(list(arg), inside_repeat)
            if found:
                return found
    return None
