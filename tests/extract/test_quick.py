"""The fast forms of the extractors' patterns find exactly what the plain forms find.

kg.extract._quick puts a literal pre-check in front of the patterns tried a line at a time,
and writes the whole-text scans initial first. Both are speed only: on every line and every
whole text of the development corpora, and on edge cases written here, each fast form must
give the same matches as the pattern it stands for.
"""

from __future__ import annotations

import importlib
import re
import pytest

from kg.extract import open_document
from kg.extract import _facts as F
from kg.extract import _quick as quick
from kg.extract import audit
from kg.extract._text import view

from .test_extractors import CORPUS, GAZETTEER, SHARED, need

MODULES = ["kg.extract.__init__", "kg.extract._context", "kg.extract._facts", "kg.extract._prose",
           "kg.extract._statements", "kg.extract._tables", "kg.extract._text", "kg.extract.audit",
           "kg.extract.general"]

EDGE_TEXTS = [
    "", "Said: yes", "SAID:", "The force has welcomed the report.", "he s\u0131\u0307d", "\u017fAID: odd fold",
    "Kent Police and Kent", "xKent Police", "-Kent Police", "KENT POLICE", "the Met and The Met", "Inspector",
    "xInspector", "aPCC PCC PFCC HMI HMCI xHMI", "Chief Constable", "GOOD good Good ungood \u0131nadequate",
    "requires improvement REQUIRING  improvement", "Wessex Police", "o'Wessex Police", "HM Inspector of Constabulary",
]


def _texts() -> list[str]:
    docs = [p for folder in (CORPUS / "docs", SHARED / "corpus2" / "docs") for p in sorted(need(folder).iterdir())]
    texts = list(EDGE_TEXTS)
    for path in docs:
        v = view(open_document(path))
        texts.append(v)
        texts.extend(v.splitlines())
    return texts


TEXTS = _texts()


def _checked_patterns() -> list[tuple[str, quick.Checked]]:
    """Every pre-checked pattern the extractors compiled, found in their modules' globals."""
    found = []

    def visit(name: str, value: object, depth: int = 0) -> None:
        if isinstance(value, quick.Checked):
            found.append((name, value))
        elif depth < 3 and isinstance(value, (list, tuple)):
            for item in value:
                visit(name, item, depth + 1)
        elif depth < 3 and isinstance(value, dict):
            for item in value.values():
                visit(name, item, depth + 1)

    for module in MODULES:
        for name, value in vars(importlib.import_module(module)).items():
            visit(f"{module}.{name}", value)
    return found


CHECKED = _checked_patterns()


def _spans(matches) -> list:  # noqa: ANN001
    return [(m.span(), m.groups()) for m in matches]


def test_most_line_patterns_are_pre_checked() -> None:
    # the extractors' line-at-a-time patterns go through quick.compile; a refactor that
    # dropped it would quietly make extraction slower
    assert len(CHECKED) >= 60


@pytest.mark.parametrize("name,rx", CHECKED, ids=[name for name, _ in CHECKED])
def test_a_pre_checked_pattern_finds_what_the_pattern_finds(name: str, rx: quick.Checked) -> None:
    plain = rx.rx
    for text in TEXTS:
        assert _spans(rx.finditer(text)) == _spans(plain.finditer(text)), (name, text[:80])
        assert (rx.search(text) is None) == (plain.search(text) is None), (name, text[:80])
        if len(text) > 40:
            a, b = len(text) // 3, 2 * len(text) // 3
            assert _spans(rx.finditer(text, a, b)) == _spans(plain.finditer(text, a, b)), (name, text[:80])
        assert rx.sub("#", text) == plain.sub("#", text)
        assert rx.split(text) == plain.split(text)


def test_needles_are_the_words_every_match_contains() -> None:
    assert quick.needles(r"\b(?:said|says)\s*:|\bhas\s+welcomed\b", re.IGNORECASE) == {"said", "says", "welcomed"}
    assert quick.needles(r"Police(?:\s+Service)?|Constabulary") == {"Police", "Constabulary"}
    assert quick.needles(r"HAS welcomed", re.IGNORECASE) == {"has welcomed"}
    # a branch with no word of its own, an optional word, a word only looked at: no needles
    assert quick.needles(r"said|\d+") is None
    assert quick.needles(r"(?:said)?\s+") is None
    assert quick.needles(r"(?<=said)\s+x") is None
    # a group that turns on ignoring case is not trusted for the case of its words
    assert quick.needles(r"(?i:said)") is None


def _plain_force_pattern(names: list[str]) -> re.Pattern[str]:
    """The force finder's pattern as it was before it was written initial first."""
    groups: dict[str, list[str]] = {}
    for i, n in enumerate(names):
        groups.setdefault(n[0], []).append(f"(?P<f{i}>{F._name_pattern(n)})")
    alternatives = "|".join(f"(?={re.escape(ch)})(?:{'|'.join(alts)})" for ch, alts in sorted(groups.items()))
    initials = "".join(re.escape(ch) for ch in sorted(groups))
    return re.compile(rf"(?<![\w&-])(?=[{initials}])(?:{alternatives})(?![\w-])")


def test_the_force_finder_finds_what_a_plain_alternation_finds() -> None:
    finder = F.ForceFinder(GAZETTEER)
    plain = _plain_force_pattern(_names_in_order())
    for text in TEXTS:
        fast = [(m.span(), m.lastgroup) for m in finder._rx.finditer(text)]
        assert fast == [(m.span(), m.lastgroup) for m in plain.finditer(text)], text[:80]


def _names_in_order() -> list[str]:
    """The gazetteer's names in the order the finder tries them (longest first)."""
    names: dict[str, str] = {}
    for entry in GAZETTEER.forces.values():
        area = F._area_name(entry.name)
        for name in (entry.name, *entry.aliases, *((area,) if area else ())):
            for variant in (name, name[:1].upper() + name[1:], name.upper()):
                names.setdefault(variant, entry.id)
    return sorted(names, key=lambda n: (-len(n), n))


@pytest.mark.parametrize("fast,plain", [
    (F._TITLE_WORD, r"Inspector|[Cc]ommissioner|[Cc]onstable|\bP(?:F)?CC\b|\bHMC?I\b"),
    (audit._GRADE_CUE, (r"(?i)\b(?:outstanding|good|adequate|inadequate|requir(?:e|es|ed|ing)\s+improvement)\b")),
    (audit._TITLE_CUE, r"\b(?:Inspector\s+of\s+Constabulary|(?:Chief\s+)?Constable|Crime\s+Commissioner|HMCI|HMI)\b"),
    (F._FORCE_SHAPED, F._FORCE_SHAPED.pattern.replace("[A-Z](?<![\\w&'-].)", "(?<![\\w&'-])[A-Z]", 1)),
], ids=["title word", "grade cue", "title cue", "force-shaped name"])
def test_a_scan_written_initial_first_finds_what_its_plain_form_finds(fast: re.Pattern[str], plain: str) -> None:
    plain_rx = re.compile(plain)
    assert plain_rx.pattern != fast.pattern
    for text in TEXTS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain_rx.finditer(text)], text[:80]


def test_a_name_whose_pattern_does_not_start_with_it_is_refused() -> None:
    with pytest.raises(ValueError):
        quick.initial_alternation(["Kent"], lambda n: "(?:K)ent", lambda i: None, "", "")


def test_forces_in_a_span_are_the_hits_of_the_whole_text_inside_it() -> None:
    finder = F.ForceFinder(GAZETTEER)
    text = "Kent Police and Surrey Police met Sussex Police."
    whole = finder.find(text)
    assert [h.force for h in whole] == ["kent", "surrey", "sussex"]
    inside = finder.find(text, 10, 35)
    assert [h.force for h in inside] == ["surrey"]


def test_grade_keys_looked_for_only_near_a_separator_find_what_a_whole_scan_finds() -> None:
    """grade_keys tries its pattern only on the lines around "= Good", ": Adequate" (and the
    line before); on every text of the corpora it finds the keys a scan of the whole text finds."""
    texts = TEXTS + ["Key: RI = Requires improvement, Adeq = Adequate, G = Good\n",
                     "RI\n= Requires improvement; G = Good\n", "Grading scale: outstanding - good - adequate\n"]
    for text in texts:
        lines: list[list[tuple[int, int]]] = []
        last = None
        for m in F._GRADE_KEY_RX.finditer(text):
            if last is None or text.find("\n", last, m.start()) >= 0:
                lines.append([])
            lines[-1].append(m.span())
            last = m.end()
        assert [[m.span() for m in pairs] for pairs in F.grade_keys(text)] == [p for p in lines if len(p) >= 2]
