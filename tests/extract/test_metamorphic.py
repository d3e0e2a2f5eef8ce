"""Metamorphic tests (issue 12): every fact-preserving transform of tests/transforms.py applied
to every document of both corpora, the gold unchanged, scored at record level; each must keep
min F1 over kinds >= 0.95. Each transform is also checked on its own (its output keeps what it
promises), so a broken transform fails here rather than as a low score.

Run only these: .venv/bin/python -m pytest -q -m metamorphic tests/extract/test_metamorphic.py
"""

from __future__ import annotations

import functools
import html
import os
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kg.extract.gazetteer import load_gazetteer
from tests import transforms as T

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import score_records  # noqa: E402

SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))
CORPORA = ("corpus", "corpus2")
BAR = 0.95  # issue 12: every transform keeps min F1 >= 0.95
GAZETTEER = load_gazetteer(ROOT / "ontology" / "forces.ttl")

pytestmark = pytest.mark.metamorphic


@functools.cache
def _read(corpus: str) -> tuple[T.Doc, ...]:
    return tuple(T.read_corpus(SHARED / corpus))


def corpus_docs(corpus: str) -> list[T.Doc]:
    path = SHARED / corpus
    if not (path / "docs").is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{path} not found")
        pytest.skip(f"{path} not found (set KG_SHARED)")
    return list(_read(corpus))


def all_docs() -> list[T.Doc]:
    return corpus_docs("corpus") + corpus_docs("corpus2")


# --- the bar: every transform, every corpus ------------------------------------------------------


@pytest.mark.parametrize("corpus", CORPORA)
@pytest.mark.parametrize("name", list(T.TRANSFORMS))
def test_transform_keeps_the_facts(name: str, corpus: str, tmp_path: Path) -> None:
    applied = T.apply(name, corpus_docs(corpus))
    assert applied.changed, f"{name} changed no document of {corpus}"
    # skips are for documents whose facts the transform cannot keep (see test_skips_are_few)
    assert len(applied.skipped) < len(applied.docs) * 2 // 3, applied.skipped
    docs_dir, gold_dir = T.write_corpus(applied.docs, tmp_path)
    scores, _, failures = score_records.score_corpus(docs_dir, gold_dir, GAZETTEER)
    assert not failures
    low = {k: round(s.f1, 3) for k, s in scores.items() if s.f1 < BAR}
    detail = [f"{kind} {what} [{doc}] {fact}" for kind, s in scores.items() if s.f1 < BAR
              for what, facts in (("missing", s.missing), ("extra", s.extra)) for doc, fact in facts[:3]]
    assert not low, f"{name} on {corpus}: F1 below {BAR}: {low}\n" + "\n".join(detail)


# --- the registry ---------------------------------------------------------------------------------


def test_registry_names_each_transform_with_a_one_line_reason() -> None:
    assert len(T.TRANSFORMS) >= 10
    for name, entry in T.TRANSFORMS.items():
        assert re.fullmatch(r"[a-z0-9-]+", name)
        assert callable(entry.function)
        assert entry.reason.strip() and "\n" not in entry.reason


@pytest.mark.parametrize("name", list(T.TRANSFORMS))
def test_transforms_are_deterministic_and_leave_their_input_alone(name: str) -> None:
    docs = all_docs()
    before = [(d.name, d.text, repr(d.gold)) for d in docs]
    first, second = T.apply(name, docs), T.apply(name, docs)
    assert [(d.name, d.text) for d in first.docs] == [(d.name, d.text) for d in second.docs]
    assert first.skipped == second.skipped
    assert [(d.name, d.text, repr(d.gold)) for d in docs] == before


@pytest.mark.parametrize("name", list(T.TRANSFORMS))
def test_gold_is_unchanged_except_where_forces_are_renamed(name: str) -> None:
    for doc in all_docs():
        try:
            new = T.TRANSFORMS[name].function(doc)
        except T.Skip:
            continue
        fields = {k: v for k, v in new.gold.items() if k not in ("document", "encoding")}
        if name != "forces-renamed":
            assert fields == {k: v for k, v in doc.gold.items() if k not in ("document", "encoding")}, doc.name
        assert new.gold.get("document", new.name) == new.name


def test_skips_are_few_and_each_says_why() -> None:
    docs = all_docs()
    for name in T.TRANSFORMS:
        result = T.apply(name, docs)
        # a title is often the only place a web page of 2015-17 states its year: that
        # transform may skip those pages; every other one keeps nearly every document
        cap = len(docs) // 2 if name == "title-removed" else len(docs) // 10
        assert len(result.skipped) <= cap, (name, result.skipped)
        assert all(why.strip() for why in result.skipped.values())


# --- each transform keeps its own promise ----------------------------------------------------------

# a small document written for these tests: every layout feature the transforms touch, once
SAMPLE = T.Doc("sample.txt", "\n".join([
    "Kent PEEL 2017",
    "Legitimacy",
    "To what extent does the force treat all of the people it serves with fairness and respect?",
    "Good",
    "Kent Police is good at treating the people it serves with fairness and respect, and the officers and "
    "staff we met could explain why fair treatment matters to the public they serve.",
    "Areas for improvement",
    "• The force should improve how it records the grounds for stop and search.",
    "• The force should ensure that:",
    "  – its vetting is complete; and",
    "  – its counter-corruption unit has enough staff.",
    "Summary of judgements",
    "Fairness and respect towards the public – good",
    "HM Inspector of Constabulary: Zoë Billingham",
    "",
]), {"forces": ["Kent Police"], "inspectorates": [],
     "inspections": [{"force": "Kent Police", "period": "2017", "pillar": "Legitimacy", "inspectorate": None}],
     "areas_for_improvement": [
         {"text": "The force should improve how it records the grounds for stop and search."},
         {"text": "The force should ensure that: its vetting is complete; and its counter-corruption unit has enough staff."}],
     "people": [{"name": "Zoë Billingham", "title": "HM Inspector of Constabulary"}]})


def test_sample_rewrapped_paragraph_only() -> None:
    old, new = SAMPLE.text.split("\n"), T.rewrap(SAMPLE).text.split("\n")
    assert _words("\n".join(new)) == _words(SAMPLE.text)
    assert [line for line in new if line.strip() and line in old] == [line for line in old if line.strip() and line != old[4]]
    rows = [line for line in new if line.strip() and line not in old]
    assert len(rows) >= 2 and all(len(r) <= 100 for r in rows) and " ".join(rows) == old[4]
    assert new[new.index(rows[0]) - 1] == "" and new[new.index(rows[-1]) + 1] == ""


def test_sample_capital_headings() -> None:
    new = T.capital_headings(SAMPLE).text.split("\n")
    for heading in ("KENT PEEL 2017", "LEGITIMACY", "AREAS FOR IMPROVEMENT", "SUMMARY OF JUDGEMENTS"):
        assert heading in new
    old = SAMPLE.text.split("\n")
    for kept in (old[2], old[4], old[6], old[7], old[11], old[12]):  # question, sentence, items, grade line, name
        assert kept in new


def test_sample_grade_labels() -> None:
    for name in ("sample.txt", "other.txt", "third.txt"):  # the form in turn depends on the document
        new = T.relabel_grades(T.replace(SAMPLE, name=name)).text.split("\n")
        assert new[3] in ("Grade: Good", "[Good]", "GOOD")
        assert new[11] in ("Good – Fairness and respect towards the public", "Fairness and respect towards the public: Good")
        assert [line for i, line in enumerate(new) if i not in (3, 11)] == \
            [line for i, line in enumerate(SAMPLE.text.split("\n")) if i not in (3, 11)]


def test_sample_text_to_html_and_back() -> None:
    page = T.to_html(SAMPLE)
    assert page.name == "sample.html"
    _parse(page.text)
    assert "<title>Kent PEEL 2017</title>" in page.text and "<h1>Kent PEEL 2017</h1>" in page.text
    assert "<h2>Legitimacy</h2>" in page.text and '<p class="grade">Good</p>' in page.text
    assert re.search(r"<li>The force should ensure that:\s*<ul>\s*<li>its vetting is complete; and\s*</li>\s*"
                     r"<li>its counter-corruption unit has enough staff.\s*</li></ul>\s*</li></ul>", page.text)
    assert "<tr><td>Fairness and respect towards the public</td><td>good</td></tr>" in page.text
    assert "Zoë Billingham</p>" in page.text  # a name is never made a heading
    back = T.to_text(page).text.split("\n")
    assert back[0] == "Kent PEEL 2017"
    for line in ("• The force should ensure that:", "  – its vetting is complete; and",
                 "Fairness and respect towards the public | good", "Good"):
        assert line in back


def test_sample_text_to_html_escapes_entities() -> None:
    doc = T.Doc("amp.txt", "Fire & Rescue <services>\nThe force should say \"why\" & how it will act.\n", {})
    page = T.to_html(doc).text
    assert "Fire &amp; Rescue &lt;services&gt;" in page and "&amp; how" in page
    assert T.html_lines(page)[1][-1] == 'The force should say "why" & how it will act.'


def test_sample_running_headers_fall_between_paragraphs() -> None:
    para = "The force has improved how it answers calls from the public, and we saw good practice."
    doc = T.Doc("long.txt", "\n".join(["Kent PEEL 2017"] + [para, "Areas for improvement", "• The force should act.",
                                                             "• The force should ensure that:", "  – it records; and",
                                                             "  – it reviews."] * 6) + "\n", {})
    new = T.running_headers(doc).text.split("\n")
    pages = [i for i, line in enumerate(new) if re.fullmatch(r"Page \d+ of \d+", line)]
    assert len(pages) >= 3 and new[pages[-1]] == f"Page {len(pages)} of {len(pages)}"
    for i in pages[:-1]:
        assert new[i + 2] == "Kent PEEL 2017"  # the running title after the page footer
        before = next(line for line in reversed(new[:i]) if line.strip())
        after = next(line for line in new[i + 3:] if line.strip())
        assert before.endswith(".") and not after.startswith(" ")  # never inside a statement or its sub-items


def test_sample_site_chrome_landmarks() -> None:
    parsed = _parse(T.site_chrome(SAMPLE).text)
    main = "".join(t for marks, t in parsed.texts if "main" in marks)
    footer = "".join(t for marks, t in parsed.texts if "footer" in marks)
    assert "The force should improve how it records" in main and "cookies" not in main
    assert all(g in footer.lower() for g in ("outstanding", "good", "adequate", "requires improvement", "inadequate"))


def test_sample_title_removed_and_force_out_of_title() -> None:
    with pytest.raises(T.Skip, match="period 2017"):  # "Kent PEEL 2017" is the only place with the year
        T.remove_title(SAMPLE)
    assert T.force_out_of_title(SAMPLE).text.split("\n")[0] == "PEEL 2017"
    hidden = T.replace(SAMPLE, text=SAMPLE.text.replace("Kent Police is good", "The force is good"))
    with pytest.raises(T.Skip, match="only place that names Kent Police"):
        T.force_out_of_title(hidden)



def _words(text: str) -> str:
    return T.collapse(text)


def _unbulleted(text: str) -> str:
    """Words of a text with list markers taken off (a statement's sub-bullets join it, as the gold has it)."""
    return T.collapse(" ".join(m.group("rest") if (m := T.bullet(line)) else line for line in text.split("\n")))


def test_bullets_swapped_changes_only_list_markers() -> None:
    styles_used: set[str] = set()
    for doc in all_docs():
        new = T.swap_bullets(doc)
        old_lines, new_lines = doc.text.split("\n"), new.text.split("\n")
        assert len(old_lines) == len(new_lines), doc.name
        for a, b in zip(old_lines, new_lines):
            ma = T.bullet(a)
            if not ma:
                assert a == b, doc.name
                continue
            mb = T.bullet(b)
            assert mb and mb.group("rest") == ma.group("rest") and mb.group("indent") == ma.group("indent"), b
            assert T._style_of(mb.group("marker")) != T._style_of(ma.group("marker")), (doc.name, a, b)
            styles_used.add(T._style_of(mb.group("marker")))
    assert styles_used == set(T.BULLET_STYLES)


def test_rewrapped_text_has_the_same_words_and_lines_of_50_to_100_columns() -> None:
    wrapped = 0
    for doc in all_docs():
        new = T.rewrap(doc)
        assert _words(new.text) == _words(doc.text), doc.name
        old_lines = set(doc.text.split("\n"))
        for line in new.text.split("\n"):
            if line not in old_lines and line.strip():
                wrapped += 1
                assert len(line.rstrip()) <= 100, line
        # lists, headings and fields are kept line for line
        for line in doc.text.split("\n"):
            if line.strip() and not T._paragraph(line):
                assert line in new.text.split("\n"), (doc.name, line)
    assert wrapped > 100


def test_capital_headings_change_only_case_and_never_a_statement_or_a_name() -> None:
    changed = 0
    for doc in all_docs():
        new = T.capital_headings(doc)
        assert _words(new.text).lower() == _words(doc.text).lower(), doc.name
        changed += new.text != doc.text
        flat_old, flat_new = _words(doc.text), _words(new.text)
        for text in T.statement_texts(doc.gold):
            if _words(text) in flat_old:
                assert _words(text) in flat_new, (doc.name, text)
        for name in T.person_names(doc.gold, titles=True):
            assert flat_old.count(name) == flat_new.count(name), (doc.name, name)
    assert changed >= 30


def test_title_removed_drops_one_line_and_skips_only_with_a_reason() -> None:
    docs = all_docs()
    result = T.apply("title-removed", docs)
    assert len(result.skipped) <= len(docs) // 2
    for why in result.skipped.values():
        assert re.match(r"the title is the only place that states the (force|period|pillar|inspectorate|person|grade)", why)
    for old, new in zip(docs, result.docs):
        if old.name in result.skipped or old.is_html:
            continue
        lines = old.text.split("\n")
        first = next(i for i, line in enumerate(lines) if line.strip())
        assert new.text.split("\n") == lines[:first] + lines[first + 1:]


def test_title_removed_skips_a_document_whose_title_alone_states_the_period() -> None:
    doc = T.Doc("x.txt", "Kent PEEL 2017\nKent Police is judged to be good at treating people fairly.\n",
                {"forces": ["Kent Police"], "inspections": [{"force": "Kent Police", "period": "2017",
                                                             "pillar": "Legitimacy"}]})
    with pytest.raises(T.Skip, match="period 2017"):
        T.remove_title(doc)
    later = T.Doc("x.txt", doc.text.replace("fairly.", "fairly in 2017."), doc.gold)
    assert T.remove_title(later).text.startswith("Kent Police is judged")


def test_force_out_of_title_takes_out_only_the_force_from_the_first_line() -> None:
    changed = 0
    for doc in all_docs():
        try:
            new = T.force_out_of_title(doc)
        except T.Skip as why:
            assert "the title is the only place that names" in str(why)
            continue
        if new == doc:
            continue
        changed += 1
        old_lines, new_lines = doc.text.split("\n"), new.text.split("\n")
        assert len(old_lines) == len(new_lines)
        diff = [(a, b) for a, b in zip(old_lines, new_lines) if a != b]
        assert 1 <= len(diff) <= 2, (doc.name, diff)  # the title line (a page: <title> and <h1>)
        for a, b in diff:
            for force in doc.gold["forces"]:
                stem = T._force_forms(force)[-1]
                assert not re.search(rf"(?<![\w-]){re.escape(stem)}(?![\w-])", b), (doc.name, b)
            assert set(re.findall(r"\d{4}(?:/\d\d)?", a)) == set(re.findall(r"\d{4}(?:/\d\d)?", b)), (a, b)
    assert changed >= 20


def test_grade_labels_rewritten_in_every_form_and_grades_kept() -> None:
    forms = {"Grade: ": 0, "[": 0, "CAPS": 0, " – ": 0, ": ": 0}
    for doc in all_docs():
        new = T.relabel_grades(doc)
        old_lines, new_lines = doc.text.split("\n"), new.text.split("\n")
        assert len(old_lines) == len(new_lines)
        for a, b in zip(old_lines, new_lines):
            if a == b:
                continue
            grades_a = [g.lower() for g in re.findall(T.GRADE, a, re.I)]
            grades_b = [g.lower() for g in re.findall(T.GRADE, b, re.I)]
            assert grades_a == grades_b, (a, b)
            body = html.unescape(re.sub(r"<[^>]*>", "", b)).strip()
            if T.BARE_LABEL_RX.match(body):
                key = "Grade: " if body.startswith("Grade:") else "[" if body.startswith("[") else "CAPS"
                assert key != "CAPS" or body.isupper()
            else:
                pair = T.area_grade(body)
                was = T.area_grade(html.unescape(re.sub(r"<[^>]*>", "", a)).strip())
                assert pair and was and pair[0] == was[0] and pair[1].lower() == was[1].lower(), (a, b)
                key = ": " if re.search(r":\s*\S+( improvement)?$", body) else " – "
            forms[key] += 1
    assert all(forms.values()), forms


class _Checked(HTMLParser):
    """Tags nest properly; records each text with the landmarks it sits in."""

    VOID = {"meta", "br", "hr", "img", "input", "link"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.texts: list[tuple[tuple[str, ...], str]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):  # noqa: ANN001, ANN201
        self.tags.append(tag)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):  # noqa: ANN001, ANN201
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()

    def handle_data(self, data):  # noqa: ANN001, ANN201
        if data:
            marks = tuple(t for t in self.stack if t in ("head", "header", "nav", "main", "footer"))
            self.texts.append((marks, data))


def _parse(page: str) -> _Checked:
    parser = _Checked()
    parser.feed(page)
    parser.close()
    assert not parser.stack, f"unclosed: {parser.stack}"
    return parser


def test_text_to_html_is_well_formed_and_keeps_every_statement_and_name() -> None:
    lists = tables = 0
    for doc in all_docs():
        new = T.to_html(doc)
        if doc.is_html:
            assert new == doc
            continue
        assert new.name.endswith(".html") and new.gold["document"] == new.name and new.gold["encoding"] == "utf-8"
        parsed = _parse(new.text)
        assert {"html", "head", "title", "body"} <= set(parsed.tags)
        lists += "li" in parsed.tags
        tables += "table" in parsed.tags
        assert not re.search(r"&(?!(?:amp|lt|gt|#\d+);)", new.text), "every & escaped"
        flat = _words("".join(t for _, t in parsed.texts))
        source = _words(" ".join(T._text_lines(doc.text)))
        for text in T.statement_texts(doc.gold):
            if _words(text) in source:
                assert _words(text) in flat, (doc.name, text)
        for name in T.person_names(doc.gold):
            assert name in flat, (doc.name, name)
    assert lists >= 20 and tables >= 5


def test_html_to_text_keeps_every_statement_and_name_and_no_markup() -> None:
    done = 0
    for doc in all_docs():
        if not doc.is_html:
            assert T.to_text(doc) == doc
            continue
        new = T.to_text(doc)
        done += 1
        assert new.name.endswith(".txt") and new.gold["document"] == new.name
        assert not re.search(r"</?[a-z][^>]*>", new.text), doc.name
        flat = _unbulleted(new.text)
        for text in T.statement_texts(doc.gold):
            assert _words(text) in flat, (doc.name, text)
        for name in T.person_names(doc.gold):
            assert name in flat, (doc.name, name)
        assert " | " in new.text or "<table" not in doc.text
    assert done >= 7


def test_running_headers_only_add_page_lines_between_paragraphs() -> None:
    inserted = 0
    for doc in all_docs():
        new = T.running_headers(doc)
        if doc.is_html:
            continue
        old = [line for line in doc.text.split("\n") if line.strip()]
        running = old[0].strip() if len(old[0].strip()) <= 80 and "\t" not in old[0] and "<" not in old[0] else "OFFICIAL"
        rest, i = [], 0
        for line in [line for line in new.text.split("\n") if line.strip()]:
            if i < len(old) and line == old[i]:
                i += 1
            else:
                rest.append(line)
        assert i == len(old), (doc.name, old[i] if i < len(old) else None)
        pages = [line for line in rest if re.fullmatch(r"Page \d+ of \d+\r?", line)]
        assert len(pages) >= 1 and all(line.strip() == running for line in rest if line not in pages), doc.name
        assert len(pages) == len(rest) - len(pages) + 1
        inserted += len(pages) - 1
        # never inside a statement: each statement still reads whole, page lines taken out or not
        flat = _words(new.text)
        for text in T.statement_texts(doc.gold):
            if _words(text) in _words(doc.text):
                assert _words(text) in flat, (doc.name, text)
    assert inserted >= 30


def test_site_chrome_sits_in_landmarks_around_the_article_in_main() -> None:
    for doc in all_docs():
        new = T.site_chrome(doc)
        parsed = _parse(new.text)
        chrome = "".join(t for marks, t in parsed.texts if marks and marks[0] in ("header", "nav", "footer"))
        main = _words("".join(t for marks, t in parsed.texts if "main" in marks))
        outside = [t for marks, t in parsed.texts if not marks and t.strip()]
        assert not outside, (doc.name, outside[:3])
        assert "cookies" in chrome and "Home" in chrome
        for grade in ("outstanding", "good", "adequate", "requires improvement", "inadequate"):
            assert grade in chrome.lower()
        for text in T.statement_texts(doc.gold):
            if _words(text) in _words(" ".join(T.html_lines(T.to_html(doc).text)[1])):
                assert _words(text) in main, (doc.name, text)
        assert parsed.tags.count("main") == 1 and "nav" in parsed.tags and "footer" in parsed.tags


def test_forces_renamed_consistently_in_text_and_gold() -> None:
    for doc in all_docs():
        new = T.rename_forces(doc)
        old_forces, new_forces = doc.gold["forces"], new.gold["forces"]
        assert len(set(new_forces)) == len(set(old_forces)), doc.name
        assert not set(new_forces) & set(old_forces), doc.name
        assert all(f in {e.name for e in GAZETTEER.forces.values()} for f in new_forces), new_forces
        assert [p["name"] for p in new.gold.get("people", [])] == [p["name"] for p in doc.gold.get("people", [])]
        for force in new_forces:
            stem = re.sub(r"\s+(?:Police(?: Service)?|Constabulary)$", "", force)
            assert stem in new.text or force in new.text, (doc.name, force)
