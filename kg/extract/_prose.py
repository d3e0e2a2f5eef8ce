"""Grades stated in running text: which grade, for which period, pillar, question and force.

`grade_findings` reads the sentences of a span and returns one GradeFinding per grade
used as a judgement, with the clause that carries it. Genre modules decide what a finding
with no question means (the whole pillar, or the question of the section it sits in).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import _facts as F
from . import _rules as R
from ._text import sentence_spans
from . import _quick as quick

_IN_A_ROW_RX = quick.compile(r"\b(two|three|four)\s+years\s+(?:in\s+a\s+row|running|on\s+the\s+trot)\b", re.IGNORECASE)
# "outstanding for A for the second inspection running": the inspections before too, of any kind of period
_INSPECTIONS_IN_A_ROW_RX = quick.compile(r"\b(?:for\s+)?(?:the\s+)?(second|third|fourth)\s+(?:inspection|assessment|time)\s+"
                                         r"(?:in\s+a\s+row|running)\b|\b(two|three|four)\s+(?:inspections|assessments)\s+"
                                         r"(?:in\s+a\s+row|running)\b", re.IGNORECASE)
_ORDINAL_COUNTS = {"second": 2, "third": 3, "fourth": 4}
# years listed: "in 2015 and 2016", "good in 2015, 2016 and 2017", "The 2015 and 2016 ... reports"
# ("in 2014 and 2015", "in 2014, 2015 and 2016", "in 2014 and again in 2015")
_YEAR_LIST_RX = quick.compile(r"\b20[01]\d(?:\s*,\s*20[01]\d)*\s*,?\s+and\s+(?:again\s+)?(?:in\s+)?20[01]\d\b")
_YEAR_RX = quick.compile(r"20[01]\d")
_YEAR_RANGE_RX = quick.compile(r"\bfrom\s+(201[4-7])\s+(?:to|until|through)\s+(201[4-7])\b", re.IGNORECASE)
_AGAIN_RX = quick.compile(r"\bagain\b", re.IGNORECASE)
_ALSO_RX = quick.compile(r"\balso\b", re.IGNORECASE)
_ITS_PILLAR_REPORT_RX = quick.compile(r"\b(?:its|the)\s+(?:effectiveness|efficiency|legitimacy|leadership)\s+(?:report|inspection)\b",
                                      re.IGNORECASE)
_SAME_YEAR_RX = quick.compile(r"\b(?:the\s+same|that)\s+year\b", re.IGNORECASE)
_REMAINED_RX = quick.compile(r"\b(?:remained|stayed)\s+(?:(?:graded|rated|judged)\s+)?(?:as\s+)?['\"\u2018]?$", re.IGNORECASE)
# (or the grade straight after: "It was good at A", of the report the sentence before named)
_IT_WAS_GRADED_RX = quick.compile(r"\W*(?:It|They)\s+(?:was|were)\s+(?:(?:graded|rated|judged|assessed|found)\b"
                                  rf"|(?=['\"\u2018]?(?:{R.GRADE_ALTERNATION})\b))", re.IGNORECASE)
# (or the inspectors who wrote it, grading as they found: "Inspectors were particularly
# critical of how it handled calls, grading it requires improvement at A")
_INSPECTORS_GRADING_RX = quick.compile(r"\W*(?:The\s+)?inspectors\s+[^.;:]{0,160},\s+(?:grading|rating|judging)\s+"
                                       r"(?:it|the\s+force|the\s+constabulary)\s+(?:as\s+)?['\"\u2018]?$", re.IGNORECASE)
_LAST_YEAR_RX = quick.compile(r"\blast year\b", re.IGNORECASE)
_NEEDS_BETTER_RX = quick.compile(r"\b(?:needs?|needed|has|have|had)\s+to\s+(?:get\s+better|improve|do\s+better)\b"
                                 r"|\b(?:must|should|could)\s+(?:improve|get\s+better|do\s+better)\b", re.IGNORECASE)
_WHEN_RX = quick.compile(r"^\W*when\b", re.IGNORECASE)
_YEAR_BEFORE_WHEN_RX = quick.compile(r"\b(201[4-7])\W*$")
_RELATIVE_RX = quick.compile(r"^\W*(?:which|that)\s+(?:remain(?:s|ed)?|was|is|were|are|stay(?:s|ed)?"
                             # "..., which we graded adequate in 2023-25": the area before it
                             r"|(?:we|they|hmicfrs|hmic|the\s+inspectorate|(?:the\s+)?inspectors)\s+(?:had\s+)?(?:graded|rated|judged|found))\b",
                             re.IGNORECASE)
# a grade given in the passive, right before it ("..., was graded as requiring improvement")
_PASSIVE_RX = quick.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|having\s+been)\s+(?:\w+\s+)?(?:graded|judged|rated|assessed|found)"
                            r"(?:\s+(?:as|to\s+be))?\s*['\"\u2018\u201c]?$", re.IGNORECASE)
# a sentence that opens with the area it grades, before a comma ("In investigating crime, ...")
_FRONTED_RX = quick.compile(r"\W*(?:in|on|for|at|when\s+it\s+comes\s+to|as\s+for|turning\s+to)\s", re.IGNORECASE)
# "... in that area", "that area was graded adequate": the area the sentence before names
# (or an aside that restates it: "good at A - an area it was graded inadequate in during 2021/22 -")
# ("rated requires improvement for the same area": the area the sentence before graded)
_ANAPHOR_RX = quick.compile(r"\b(?:in|for|at|on) (?:this|that|the same) (?:respect|regard|area|question)\b|\b(?:this|that) (?:area|question) (?:was|is|were|had been|has been)\b"
                            r"|\b(?:graded|rated|judged|assessed) (?:this|that) (?:area|question)\b"  # "..., and graded that question good"
                            r"|^\W*an area (?:it|that|which|where)\b",
                            re.IGNORECASE)


_AS_IT_WAS_RX = quick.compile(rf"{R.AS_IT_WAS}(?:the\s+)?(?:PEEL\s+)?20\d\d(?:\s*[/-]\s*\d\d)?\b", re.IGNORECASE)
# a second predicate of the clause before's subject, turned to the present ("... and is now
# good", "; it is now good", ", but it now requires improvement")
_NOW_PREDICATE_RX = quick.compile(r"\W*(?:(?:and|but|yet)\s+)?(?:it\s+|this\s+)?(?:is\s+|has\s+)?now\b", re.IGNORECASE)
_PRESENT_RX = quick.compile(r"\b(?:now|this\s+time|this\s+year|today|currently|latest|since\s+then|remains)\b", re.IGNORECASE)
_MOVED_FROM_RX = F.MOVED_FROM_OPENING
# the clause of the grade moved to, after the one moved from ("A improved from adequate | to good")
_MOVED_TO_OPENING_RX = F.TO_GRADE_AFTER
_APPOSITIVE_RX = quick.compile(r"^\W*(?:rated|graded|judged|assessed)\s", re.IGNORECASE)
_PLURAL_ANAPHOR_RX = quick.compile(r"\bin\s+(?:each|all|both)\s+(?:of\s+)?(?:these|those)\s+(?:\w+\s+)?(?:areas|questions)\b",
                                   re.IGNORECASE)


@dataclass(frozen=True)
class GradeFinding:
    grade: str
    period: str
    pillar: str
    questions: tuple[str, ...]  # empty: no question named in the clause
    forces: tuple[str, ...]  # forces named in the clause, nearest before the grade first
    overall: bool  # the clause speaks of the whole pillar ("how legitimately", "overall")
    earlier: bool  # the period is an earlier one than the document's
    sentence: tuple[int, int]
    clause: tuple[int, int]


def earlier_frame(findings: list[GradeFinding]) -> tuple[int, str] | None:
    """(end, period) of the last sentence of findings when every grade in it was of one
    earlier period ("The previous report found it inadequate in A and B"): the frame a next
    sentence's "also" continues ("It was also found to require improvement in C")."""
    if not findings:
        return None
    last = [f for f in findings if f.sentence == findings[-1].sentence]
    periods = {f.period for f in last}
    return (last[0].sentence[1], last[0].period) if len(periods) == 1 and all(f.earlier for f in last) else None


def grade_findings(text: str, start: int, end: int, period: str, pillar: str,
                   finder: F.ForceFinder, led_at: int = -1,
                   before: tuple[int, str] | None = None, year: int | None = None) -> list[GradeFinding]:
    """Grades used as judgements in text[start:end], sentence by sentence (a grade at `led_at`
    linked by a lead-in, see F.find_grades; `before`, the earlier_frame of the sentence
    just before start)."""
    out: list[GradeFinding] = []
    for s_start, s_end in sentence_spans(text, start, end):
        hits = F.find_grades(text, s_start, s_end, led_at)
        if not hits or _asked(text, s_start, s_end, hits[-1].end):
            continue  # ("Was the force graded inadequate?": a question states no grade)
        withdrawn = _SAID_WRONGLY_RX.search(text, s_start, s_end)
        if withdrawn:
            # a correction's "An earlier version said the force had been rated inadequate in
            # that area; it was rated requires improvement": only the grade after the clause
            stop = text.find(";", withdrawn.end(), s_end)
            hits = [h for h in hits if not withdrawn.start() <= h.start < (stop if stop >= 0 else s_end)]
            if not hits:
                continue
        # only blank space between this sentence and one wholly about an earlier period, and an
        # "also" before its first grade with no force named there ("It was also found ...")
        # (or a pronoun subject graded in the past: "The 2021/22 inspection graded Wiltshire
        # inadequate for A. It was graded adequate for B.")
        continued = before[1] if before and before[0] <= s_start and not text[before[0]:s_start].strip() \
            and (_ALSO_RX.search(text, s_start, hits[0].start) or _IT_WAS_GRADED_RX.match(text, s_start, hits[0].end)
                 or _INSPECTORS_GRADING_RX.match(text, s_start, hits[0].start)) \
            and not finder.find(text, s_start, hits[0].start) else None
        # "In its PEEL 2021/22 report the inspectorate graded X outstanding at A and adequate at
        # B": the opening's earlier period is every grade's that names none of its own, until
        # the sentence turns to the present ("..., and HMICFRS now judges it good")
        # (and a later cycle the opening names: "... our PEEL 2023-25 inspection, in which we
        # graded the force adequate for A and requires improvement for B" on a 2021/22 page)
        # (or a report the sentence names as its source after the first grade: "The force is good
        # at A, the 2018/19 PEEL inspection found, but it requires improvement at B")
        source = F.REPORTED_BY_RX.search(text, hits[0].end, s_end)
        opening = (F.earlier_period(text[s_start:hits[0].start], period, opening=True, year=year)
                   or F.later_cycle(text[s_start:hits[0].start], period)
                   or that_inspection(text, s_start, hits[0].start, period)
                   or (F.earlier_period(source.group(0), period, year=year) if source else None)
                   or _dated_entry_period(text, s_start, period)) \
            if continued is None and 0 < hits[0].start - s_start <= F.MAX_CLAUSE else None
        says_last_year = bool(_LAST_YEAR_RX.search(text, s_start, s_end))
        nouns = F.pillar_nouns(text[s_start:s_end])  # once a sentence: a sentence may be one enormous line
        floor = s_start  # where the text a relative clause refers back to may begin
        found: list[GradeFinding] = []
        previous: tuple[int, int] | None = None  # the clause of the grade before, in this sentence
        segments = F.grade_segments(text, s_start, s_end, hits)
        for i, (hit, (c_start, c_end)) in enumerate(zip(hits, segments)):
            if opening and (_PRESENT_RX.search(text, hits[0].end, hit.start)
                            or (_ITS_PILLAR_REPORT_RX.search(text, hits[0].end, hit.start)
                                and not _SAME_YEAR_RX.search(text, hits[0].end, hit.end + F.MAX_CLAUSE // 4))):
                # (or to a report of its own: "Last year the force was also judged good for A,
                # and its legitimacy report, published in December, rated it good as well"; not
                # "and the effectiveness report the same year said ...")
                opening = None
            found.extend(_findings_for(text, hit, c_start, c_end, floor, s_end, says_last_year, period, pillar, finder,
                                       nouns, s_start, continued or opening, previous, year))
            floor = max(floor, c_end)
            previous = (c_start, c_end)
            if i and _MOVED_FROM_RX.match(text, c_start, c_end):
                # "requires improvement for A, down from adequate, and for B": the list of the
                # grade before goes on after the aside of what A had
                more = F.list_after_aside(text, c_end, hits[i + 1].start if i + 1 < len(hits) else s_end)
                if more:
                    found.extend(_findings_for(text, hits[i - 1], *more, floor, s_end, says_last_year, period, pillar,
                                               finder, nouns, s_start, continued or opening, None))
        found = _with_relative_subject(text, s_start, s_end, _moved_from_takes_areas_after(text, found), period, pillar)
        out.extend(found)
        before = earlier_frame(found)
    return out


def _moved_from_takes_areas_after(text: str, found: list[GradeFinding]) -> list[GradeFinding]:
    """"The force improved from adequate to good at A": the grade moved from, its clause
    naming no area, is of the areas the clause of the grade moved to names."""
    out = list(found)
    for i, f in enumerate(out):
        if f.questions or not f.earlier:
            continue
        after = next((g for g in out[i + 1:] if g.clause[0] == f.clause[1]), None)
        if after is not None and after.questions and _MOVED_TO_OPENING_RX.match(text, after.clause[0], after.clause[1]):
            out[i] = replace(f, questions=after.questions)
    return out


# a question: a sentence that ends on its mark, or a written parliamentary question ("To ask the
# Secretary of State ... whether the force was graded outstanding ...")
_TO_ASK_RX = quick.compile(r"[\W\d]*To\s+ask\s+the\b")
_PARTED_RX = quick.compile(r"[\u00bb|:\t]")


# the answer right after a question, when it says yes: a transcript's "And A was requires
# improvement?" / "03:34 Jo Bloggs: It was, yes." states the grade
_CONFIRMED_RX = quick.compile(r"\s*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?"
                              r"(?:(?:[A-Z][\w'\u2019.-]*[ \t]+){0,3}[A-Z][\w'\u2019.-]*(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:[ \t]*)?"
                              r"(?:Yes|Yeah|Yep|It\s+was|It\s+is|That['\u2019]s\s+right|That\s+is\s+right|Correct|Indeed|Exactly)\b")


def _asked(text: str, s_start: int, s_end: int, graded_end: int) -> bool:
    """Whether a sentence asks about its grades rather than states them (the question mark
    after its last grade with no break between: "... » A: good » Is B fair?" asks only B),
    and no answer right after it says yes."""
    if _TO_ASK_RX.match(text, s_start, s_end):
        return True
    if not text[s_start:s_end].rstrip(" \t\n'\"\u2019\u201d)").endswith("?") or _PARTED_RX.search(text, graded_end, s_end):
        return False
    return not _CONFIRMED_RX.match(text, s_end, min(len(text), s_end + 200))


_SAID_WRONGLY_RX = quick.compile(r"\b(?:an?\s+)?(?:earlier|previous|original)\s+version\b[^.;]{0,60}?\b(?:said|stated|reported|gave)\b",
                                 re.IGNORECASE)


# "In that inspection we graded ...": the inspection the sentence before named
_THAT_INSPECTION_RX = quick.compile(r"\W*(?:in|at|during)\s+(?:that|the\s+same|the|its)\s+(?:PEEL\s+)?(?:inspection|report|assessment)\b(?!\s+(?:of|on|into)\b)"
                                    # "... published its PEEL assessment for 2018/19. It rated Cleveland inadequate ...":
                                    # the report the sentence before names grades
                                    # ("The report, published in July 2022, graded it ...")
                                    r"|(?:It|(?:The|That|This)\s+(?:PEEL\s+)?(?:report|inspection|assessment)(?:\s*,[^,.;]{1,60},)?)"
                                    r"\s+(?:also\s+)?(?:rated|graded|judged|assessed|found)\b"
                                    # ("We published our 2021/22 PEEL inspection report ... We graded the
                                    # force as inadequate ...": the inspectorate's own letter)
                                    r"|We\s+(?:also\s+)?(?:rated|graded|judged|assessed)\b"
                                    # ("The 2015 effectiveness inspection was harder still. HMIC found that
                                    # the force required improvement overall, ...")
                                    r"|(?:HMICFRS|HMIC|the\s+inspectorate|(?:the\s+)?inspectors)\s+(?:also\s+)?"
                                    r"(?:rated|graded|judged|assessed|found)\b"
                                    # ("The 2021/22 PEEL report moved to graded areas. Lincolnshire was good
                                    # at A, ...": the force, in the past, its grade straight after)
                                    r"|(?-i:The\s+force|The\s+constabulary|[A-Z][\w'\u2019&-]*(?:\s+(?:and\s+)?[A-Z][\w'\u2019&-]*){0,3})"
                                    r"\s+was\s+(?:(?:graded|rated|judged|assessed|found)\s+(?:as\s+|to\s+be\s+)?)?['\"\u2018]?$",
                                    re.IGNORECASE)
# a clause joined to the one before: ", and ", "; "
_JOINED_CLAUSE_RX = quick.compile(r"(?:,\s*(?:and|but)|;)\s+(?=\S)")
# the one year of a pillar report the sentence before names: "The 2015 effectiveness inspection"
_YEAR_REPORT_RX = quick.compile(rf"\b(201[4-7]){R.REPORT_AFTER_YEAR}", re.IGNORECASE)
_INTEGRATED_YEAR_REPORT_RX = quick.compile(r"\b(20(?:1[89]|2\d))\s+(?:PEEL\s+)?(?:report|inspection|assessment)\b"
                                           # ("In September 2019 HMICFRS published its integrated PEEL report.")
                                           r"|\bIn\s+(?:\w+\s+)?(20(?:1[89]|2\d)),?\s+(?:HMICFRS|the\s+inspectorate)\s+published\s+"
                                           r"(?:its|the|an?)\s+(?:[\w-]+\s+){0,2}(?:PEEL\s+)?(?:report|inspection|assessment)\b",
                                           re.IGNORECASE)
_THAT_YEAR_RX = quick.compile(r"\W*(?:(?:in\s+)?(?:that|the\s+same)\s+year['\u2019]s|(?:in|during)\s+(?:that|the\s+same)\s+year\b)",
                              re.IGNORECASE)
_ANNUAL_YEAR_RX = quick.compile(r"\b(201[4-7])\b(?!\s*[/-]\s*\d)")
_EXPLICIT_SPAN_RX = quick.compile(r"\b(?:PEEL\s+)?(20\d\d)\s*[/-]\s*(\d\d(?:\d\d)?)\s+(?:PEEL\s+)?(?:inspection|report|assessment|programme|round)\b"
                                  # ("its integrated PEEL assessment for 2018/19", "The next PEEL report, covering 2021/22")
                                  r"|\b(?:inspection|report|assessment),?\s+(?:for|covering)\s+(?:PEEL\s+)?(20\d\d)\s*[/-]\s*(\d\d(?:\d\d)?)\b",
                                  re.IGNORECASE)


# a timeline's entry, its date then a dash: "November 2014 \u2013 the first PEEL assessment rated ..."
_DATED_ENTRY_RX = quick.compile(r"\W*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + "|".join(R.MONTHS) + r")\s+20\d\d\s*[\u2013\u2014:-]\s",
                                re.IGNORECASE)


def _dated_entry_period(text: str, s_start: int, period: str) -> str | None:
    """The earlier period of a sentence opening on its date as a timeline's entry does (the
    report published then: "November 2014 \u2013 ..." is 2014's, "March 2017 \u2013 ..." 2016's),
    else None."""
    m = _DATED_ENTRY_RX.match(text, s_start)
    dated = F.period_from_date(m.group(0)) if m else None
    if dated is None or int(dated) < R.PEEL_FIRST_YEAR:
        return None
    dated = R.INTEGRATED_PERIODS.get(int(dated), dated)
    return dated if dated in R.PEEL_PERIODS and dated != period and dated[:4] <= period[:4] else None


_NOTE_MARK_RX = quick.compile(r"\d{1,3}[ \t]+(?=[A-Z])")


def that_inspection(text: str, s_start: int, hit_start: int, period: str) -> str | None:
    """The period of "that inspection" at a sentence's opening: the cycle the sentence before
    names as an inspection ("Since our 2023-25 inspection, ... In that inspection we graded
    the force as requires improvement"), when it is another than the document's; or of
    "That year's legitimacy report": the one year of the annual assessments the sentence
    before names ("The section still stops at 2017.")."""
    mark = _NOTE_MARK_RX.match(text, s_start, hit_start)
    s_start = mark.end() if mark else s_start  # (a footnote's number the sentence before ends on: "... people. 6 In that report")
    before = text.rfind("\n", 0, s_start)
    if before > 0 and text[before + 1:s_start].strip() and text[:before].rstrip()[-1:].isalpha() \
            and text.rfind("\n", 0, before) < before - 1 and text[text.rfind("\n", 0, before) + 1:before].strip():
        # (a sentence that opens mid-line goes on a paragraph wrapped from the line above, where
        # the sentence before it may begin: "The force's 2021/22 PEEL report ... vulnerable" /
        # "people. In that report ...")
        before = text.rfind("\n", 0, before)
    named = None
    # (or a clause's: "Efficiency remained a concern, and the report graded the force ...")
    joined = _JOINED_CLAUSE_RX.search(text, s_start, hit_start)
    if _THAT_INSPECTION_RX.match(text, s_start, hit_start) \
            or (joined and _THAT_INSPECTION_RX.match(text, joined.end(), hit_start)):
        for m in _EXPLICIT_SPAN_RX.finditer(text, max(before + 1, s_start - F.MAX_CLAUSE), s_start):
            named = F.normalise_period(m.group(1) or m.group(3), m.group(2) or m.group(4))
        if named is None:
            years = {m.group(1) for m in _YEAR_REPORT_RX.finditer(text, max(before + 1, s_start - F.MAX_CLAUSE), s_start)}
            # ("The 2019 report, the first integrated PEEL assessment ...": the cycle published that year)
            years |= {R.INTEGRATED_PERIODS[int(m.group(1) or m.group(2))]
                      for m in _INTEGRATED_YEAR_REPORT_RX.finditer(text, max(before + 1, s_start - F.MAX_CLAUSE), s_start)
                      if int(m.group(1) or m.group(2)) in R.INTEGRATED_PERIODS}
            named = years.pop() if len(years) == 1 else None
    elif _THAT_YEAR_RX.match(text, s_start, hit_start):
        years = {m.group(1) for m in _ANNUAL_YEAR_RX.finditer(text, max(before + 1, s_start - F.MAX_CLAUSE), s_start)}
        named = years.pop() if len(years) == 1 else None
    return named if named and named != period else None


# "Responding to the public, which we graded adequate in 2023-25, is now good": an area, a
# relative clause with its earlier grade, then the area's grade now
# (or a participle's: "Investigating crime, graded requires improvement in 2021/22, is now adequate")
_SUBJECT_RELATIVE_RX = quick.compile(r"[ \t]*(?P<subject>[A-Z][^,.;:]{2,80}),\s+(?:(?:which|that)\s+|(?=(?:graded|rated|judged|assessed)\s))"
                                     r"(?P<rel>[^,;]{3,160}),\s+"
                                     r"(?P<main>(?:is|are|was|were|has|have|remains?)\b[^;]*)$")


def _with_relative_subject(text: str, s_start: int, s_end: int, found: list[GradeFinding],
                           period: str, pillar: str) -> list[GradeFinding]:
    """Findings of a sentence whose subject, an area, is told its grade once in a relative
    clause and once after it: both grade the subject's area; the one after the clause is of
    the document's period unless it names its own."""
    m = _SUBJECT_RELATIVE_RX.match(text, s_start, s_end)
    if m is None or not found:
        return found
    era = F.era_of(period)
    asked = tuple(k for _, k in F.find_questions(text, era, m.start("subject"), m.end("subject")))
    if not asked:
        return found
    hits = F.find_grades(text, s_start, s_end)
    if len(hits) != len(found):
        return found  # (a grade read twice, for two pillars: no telling which part each is in)
    out = []
    for hit, f in zip(hits, found):
        if hit.start >= m.start("main") and not F.earlier_period(text[m.start("main"):m.end("main")], period):
            f = replace(f, period=period, pillar=pillar, earlier=False)  # (the clause before named the earlier)
        out.append(f if f.questions else replace(f, questions=asked))
    return out


def _findings_for(text: str, hit: F.GradeHit, c_start: int, c_end: int, floor: int, s_end: int, says_last_year: bool,
                  period: str, pillar: str, finder: F.ForceFinder, sentence_nouns: list[str],
                  s_start: int, continued: str | None = None,
                  previous: tuple[int, int] | None = None, year: int | None = None) -> list[GradeFinding]:
    if _OWN_REVIEW_RX.search(text, s_start, hit.start) or (_PRONOUN_OPENING_RX.match(text, s_start, hit.start)
                                                          and _OWN_REVIEW_RX.search(text, max(0, s_start - F.MAX_CLAUSE), s_start)):
        # "The peer review team that carried out our mock inspection rated A as adequate"; "... a
        # self-assessment ... It rates the force as good": no inspectorate's grade
        return []
    if _ASPIRED_RX.search(text, max(s_start, hit.start - ASPIRED_REACH), hit.start):
        return []  # "We aim to be outstanding", "hopes to be judged good", "'may be graded inadequate'": none given
    clause = text[c_start:c_end]
    earlier = F.earlier_period(clause, period, year=year)
    if earlier is None and continued:
        earlier = continued  # "It was also found to ...", after a sentence about the previous report
    context = clause
    if earlier is None and _WHEN_RX.match(clause):
        before = F.clause_before(text, c_start, s_start)
        earlier = F.earlier_period(before, period, loose=True, year=year)
        if earlier is None and (just := _YEAR_BEFORE_WHEN_RX.search(before)) and just.group(1) < period[:4]:
            earlier = just.group(1)  # "The legitimacy judgement matches 2016, when HMIC judged ...": that year
        context = before + " " + clause  # "The force's effectiveness has improved since 2017, when ..."
    if earlier is None and 0 < c_start - s_start <= F.MAX_CLAUSE and not F.find_grades(text, s_start, c_start):
        # "In the previous inspection, in 2021/22, the force was judged adequate at ...":
        # the sentence's opening puts the whole sentence in an earlier period
        earlier = F.earlier_period(text[s_start:c_start], period, opening=True, year=year)
    ranged = _YEAR_RANGE_RX.search(clause) if earlier is None else None
    if ranged:
        earlier = ranged.group(1)  # "good at every inspection from 2015 to 2017": each year's
    periods: list[tuple[str, bool]] = []
    if earlier is not None:
        periods.append((earlier, True))
        # "Its effectiveness grade in 2015 and 2016 was ...", "good in 2015, 2016 and 2017": each year's
        listed = next((m for m in _YEAR_LIST_RX.finditer(text, s_start, c_end) if m.group(0)[:4] == earlier), None)
        years = _YEAR_RX.findall(listed.group(0))[1:] if listed else \
            [str(y) for y in range(int(earlier) + 1, int(ranged.group(2)) + 1)] if ranged else []
        for year in years:
            if year < period[:4] and year != earlier:
                periods.append((year, True))
    else:
        periods.append((period, False))
        # "has again been graded 'requires improvement', exactly as it was last year"
        if (_AGAIN_RX.search(text, c_start, hit.start) and says_last_year) or _REMAINED_RX.search(text, c_start, hit.start):
            # (and "Its grade for A remained good": the grade it had in the inspection before, kept)
            previous = F.previous_period(period)
            if previous:
                periods.append((previous, True))
        same = _AS_IT_WAS_RX.match(text, c_end, s_end)
        if same:  # "rated good for legitimacy overall, as it was in 2016": that year's grade too
            previous = F.earlier_period(same.group(0), period)
            if previous and previous != period:
                periods.append((previous, True))
        in_a_row = _IN_A_ROW_RX.search(text, c_start, c_end)
        running = None if in_a_row else _INSPECTIONS_IN_A_ROW_RX.search(text, c_start, c_end)
        if (in_a_row and period.isdigit()) or running:
            # "outstanding for legitimacy two years in a row": the year before too, and so on
            before = period
            word = ((running.group(1) or running.group(2)) if running else in_a_row.group(1)).lower()  # type: ignore[union-attr]
            count = _ORDINAL_COUNTS.get(word) or R.COUNTS.get(word, 1)
            for _ in range(count - 1):
                before = F.previous_period(before) or ""
                if before:
                    periods.append((before, True))
    forces = _forces_for(text, finder, c_start, c_end, hit)
    out = []
    for at_period, is_earlier in periods:
        if at_period == "?":
            continue
        at_pillar = _pillar_for(context if is_earlier else clause, at_period, pillar, is_earlier)
        if at_pillar is None and is_earlier and at_period.isdigit() and len(sentence_nouns) == 1:
            at_pillar = sentence_nouns[0]  # "Its legitimacy grade has improved: in 2017 we judged it ..."
        if at_pillar is None and is_earlier and at_period.isdigit():
            # "In 2017 we judged the constabulary as requires improvement at planning for the
            # future": the pillar of the areas it names (that year's questions each had one)
            named = {R.LEGACY_QUESTION_PILLARS.get(k) for _, k in F.find_questions(text, F.era_of(at_period), c_start, c_end)}
            if not named and _RELATIVE_RX.match(clause):
                # ("In 2016 the inspectors were critical of how the force protected vulnerable
                # people, which they graded as inadequate": the area the relative follows)
                named = {R.LEGACY_QUESTION_PILLARS.get(k) for _, k in F.find_questions(
                    text, F.era_of(at_period), max(floor, c_start - F.MAX_CLAUSE), c_start)}
            elif not named and previous is not None and _MOVED_FROM_RX.match(clause):
                # ("good at A, up from requires improvement in 2017": the area of the clause before)
                named = {R.LEGACY_QUESTION_PILLARS.get(k) for _, k in F.find_questions(text, F.era_of(at_period), *previous)}
            at_pillar = named.pop() if len(named) == 1 else None
        if at_pillar is None:
            continue
        era = F.era_of(at_period)
        # ("a good force that needs to get better at A": what it must improve is not what the grade grades)
        better = _NEEDS_BETTER_RX.search(text, hit.end, c_end)
        # ("rated good for effectiveness, with the inspector singling out its work to protect
        # vulnerable people": a pillar year's pillar grade, the area after it only praised;
        # never a later cycle's "good for leadership and force management")
        # (never the words of a question inside a pillar's own phrase: "good at treating people
        # fairly, ethically and lawfully" is legitimacy's, not its ethical-workforce question's)
        phrases = F.pillar_noun_spans(text, c_start, c_end)
        questions = [] if at_period.isdigit() and _PILLAR_AFTER_GRADE_RX.match(text, hit.end, c_end) \
            else [k for at, k in F.find_questions(text, era, c_start, better.start() if better else c_end)
                  if not any(a <= at < b for a, b in phrases)]
        if not questions and _PLURAL_ANAPHOR_RX.search(clause):
            # "A; B; C; and D: in each of these four areas we judged the force to be good": the
            # areas listed before it in the sentence
            questions = [k for _, k in F.find_questions(text, era, s_start, c_start)]
        if not questions and _ANAPHOR_RX.search(clause):  # "in this respect": the area named before
            questions = _anaphor_areas(text, era, s_start, c_start)
        elif not questions and _IT_OPENING_RX.match(text, s_start, hit.start):
            # "Responding to the public was graded good this time. It was outstanding in
            # 2021/22.": "it" is the area the sentence before opens on
            questions = _area_opening_sentence_before(text, s_start, era)
        elif not questions and c_start > s_start and _PASSIVE_RX.search(text, c_start, hit.start) \
                and not F.pillars_named(text[c_start:hit.start]):  # (", and our efficiency was judged good": the pillar's)
            # "Protecting vulnerable people, the area it most needs to improve, was graded as
            # requiring improvement": the sentence's subject, before its first comma
            comma = text.find(",", s_start, c_start)
            questions = [k for _, k in F.find_questions(text, era, s_start, comma if comma > 0 else c_start)]
            if not questions and comma > 0:
                # ("The third part, how fairly we treat our own staff, was graded as requires
                # improvement": the area in the aside that names the subject)
                questions = [k for _, k in F.find_questions(text, era, s_start, c_start)]
        elif not questions and c_start > s_start and _FRONTED_RX.match(text, s_start, c_start) \
                and not F.find_grades(text, s_start, c_start):
            # "In building, supporting and protecting its workforce, the force is 'good'": the
            # area in the sentence's opening phrase
            questions = [k for _, k in F.find_questions(text, era, s_start, c_start)]
        elif not questions and _APPOSITIVE_RX.match(clause) and c_start > s_start \
                and text[max(s_start, c_start - 3):c_start].strip() in ("-", ","):
            # "The constabulary's prevention of crime - rated outstanding - rests on ...": the
            # area the aside describes, just before it
            questions = [k for _, k in F.find_questions(text, era, max(floor, s_start), c_start)][-1:]
        elif not questions and previous is not None and (_MOVED_FROM_RX.match(clause) or _MOVED_TO_OPENING_RX.match(clause)
                                                         or _NOW_PREDICATE_RX.match(clause)):
            # the area of the clause before: "graded adequate for A, up from inadequate in
            # 2021/22" (the grade A had), "A improved from adequate | to good" (A's grade now),
            # "A was previously graded adequate and is now good" (the same subject's)
            questions = [k for _, k in F.find_questions(text, era, *previous)]
            if not questions and _ANAPHOR_RX.search(text, *previous):
                # "rated A for the same area - a step up from its inadequate grade in 2021/22"
                questions = _anaphor_areas(text, era, s_start, previous[0])
        elif not questions and _RELATIVE_RX.match(clause):  # ", which remained good": since the last grade's clause
            questions = [k for _, k in F.find_questions(text, era, max(floor, c_start - F.MAX_CLAUSE), c_start)]
            if not questions:
                # "It requires improvement in A, which we graded adequate in 2023-25": the area just
                # before the relative, inside the clause before
                questions = [k for _, k in F.find_questions(text, era, max(s_start, c_start - F.MAX_CLAUSE), c_start)][-1:]
        # (the sentence around the clause, within F.MAX_CLAUSE either side: a line of a
        # thousand clauses and no full stop is read in linear time)
        around = text[max(s_start, c_start - F.MAX_CLAUSE):min(s_end, c_end + F.MAX_CLAUSE)]
        if not questions and era != "peel2021" and not F.pillars_named(around) and "PEEL" not in around \
                and F.first_question(around, "peel2021") == "crime-recording":
            # "graded inadequate for the way they record crime" before 2021: crime data
            # integrity's grade, no PEEL fact
            continue
        overall = F.overall_phrase(clause)
        pillars = [at_pillar]
        if at_pillar != "PEEL" and not is_earlier:
            named = _pillars_by_noun(text[hit.end:c_end], sentence_nouns, questions) \
                or _pillars_by_noun(clause, sentence_nouns, questions)
            if named:
                pillars, overall = named, overall or not questions
        elif is_earlier and at_period.isdigit() and not questions:
            named = F.pillars_named(clause)  # "in 2017 judged the force good for efficiency and for legitimacy": both
            if len(named) > 1 and at_pillar in named:
                pillars = named
        if at_period in R.THREE_PILLAR_YEARS and not questions and _ALL_THREE_PILLARS_RX.search(clause):
            # "graded good across all three areas this time" (a year graded by its three pillars)
            pillars, overall = ["Effectiveness", "Efficiency", "Legitimacy"], True
        for at in pillars:
            out.append(GradeFinding(hit.grade, at_period, at, tuple(questions), forces, overall, is_earlier,
                                    _evidence_span(s_start, s_end, c_start, c_end), (c_start, c_end)))
    return out


# a pillar's grade: its name right after the grade, or the whole of what legitimacy covers ("good
# at treating the people it serves and its workforce fairly", not that one question's)
_PILLAR_AFTER_GRADE_RX = quick.compile(r"['\"\u2019\u201d]?\s+(?:(?:for|in|on)\s+(?:its\s+|their\s+|our\s+)?(?:effectiveness|efficiency|legitimacy|leadership)\b"
                                       r"|(?:at|in)\s+(?:how\s+it\s+)?treat(?:s|ing)?\s+(?:the\s+)?(?:public|people\s+(?:it|they)\s+serves?)"
                                       r"\s+and\s+(?:its|their)\s+(?:own\s+)?workforce\b)", re.IGNORECASE)
_ALL_THREE_PILLARS_RX = quick.compile(r"\b(?:across|in|for|on)\s+(?:all|each\s+of)\s+(?:the\s+|its\s+)?(?:three|3)\s+(?:pillars|areas)\b"
                                      r"|\b(?:in|for|on)\s+(?:all\s+)?(?:the\s+)?three\s+pillars\b", re.IGNORECASE)
_IT_OPENING_RX = quick.compile(r"\W*(?:It\s+(?:was|had\s+been|has\s+been|is)\s+(?:(?:graded|rated|judged|assessed)\s+)?(?:as\s+)?"
                               # "Protecting vulnerable people. That was the area the inspectors graded inadequate"
                               r"|(?:That|This)\s+(?:was|is)\s+the\s+(?:area|one|part|question)\s+(?:that\s+|which\s+)?"
                               r"(?:the\s+inspectors|the\s+inspectorate|HMICFRS|HMIC|they|we)\s+(?:graded|rated|judged|assessed|found)"
                               r"\s+(?:as\s+|to\s+be\s+)?)['\"\u2018]?$")
_SENTENCE_OPENING = 6  # characters of a sentence's opening an area must start within to be its subject


def _anaphor_areas(text: str, era: str, s_start: int, c_start: int) -> list[str]:
    """The area "this area" or "the same area" points back to: the areas named before it in
    its sentence, else the last one in the sentence before, in the same paragraph."""
    questions = [k for _, k in F.find_questions(text, era, max(s_start, c_start - F.MAX_CLAUSE), c_start)]
    if not questions:
        before = max(text.rfind("\n", 0, s_start), text.rfind(". ", 0, max(0, s_start - 2)))
        questions = [k for _, k in F.find_questions(text, era, max(0, before + 1), s_start)][-1:]
    return questions


def _area_opening_sentence_before(text: str, s_start: int, era: str) -> list[str]:
    """The area the sentence right before opens on (its subject), when one does."""
    before = max(text.rfind("\n", 0, max(0, s_start - 1)), text.rfind(". ", 0, max(0, s_start - 2)) + 1)
    opening = len(text[before + 1:s_start]) - len(text[before + 1:s_start].lstrip())
    start = before + 1 + opening
    found = F.find_questions(text, era, start, s_start)
    return [found[0][1]] if found and found[0][0] - start <= _SENTENCE_OPENING else []


def _pillars_by_noun(clause: str, sentence_nouns: list[str], questions: list[str]) -> list[str]:
    """The pillars a graded clause of a pillar year is for when it names them ("rated good for
    effectiveness and legitimacy"), or, for a clause that names no area, the one pillar its
    sentence names ("In its efficiency report, HMICFRS rated the force as good"). (Tried
    first on the clause after its grade: "good at A, outstanding in how efficiently it
    operates" grades efficiency, whatever the clause before names.)"""
    named = F.pillar_nouns(clause)
    if named:
        return named
    return sentence_nouns if len(sentence_nouns) == 1 and not questions else []


def _pillar_for(clause: str, period: str, pillar: str, earlier: bool) -> str | None:
    """The pillar of a graded clause: the one it names for an earlier period (or for a pillar
    year where the document's is PEEL), else the document's."""
    if not period[:4].isdigit():
        return None
    if "/" in period or "-" in period:
        return "PEEL"
    if earlier or pillar == "PEEL":
        # (a pillar year's grade is a pillar's, never the integrated assessment's: on a page
        # about later cycles, a listing's item dated 2017 names its own; one that names none
        # keeps PEEL until its question says its pillar)
        named = F.pillars_named(clause)
        if named:
            return named[0]
        return pillar if pillar != "PEEL" or not earlier else None
    return pillar


# an aside after a force's name, before its verb ("X, the force's partner in the A, B and C
# collaboration, had been graded ..."): the forces it names are not the subject
_ASIDE_AFTER_FORCE_RX = quick.compile(r",\s+(?:the|a|an|its|our|their|which|who)\s+[^;.]{0,120}?,\s+(?=(?:had|has|have|was|were|is|are)\b)",
                               re.IGNORECASE)


_OWN_REVIEW_RX = quick.compile(R.OWN_REVIEW, re.IGNORECASE)
_PRONOUN_OPENING_RX = quick.compile(r"\W*(?:It|This|They|These)\b")
_ASPIRED_RX = quick.compile(R.ASPIRED, re.IGNORECASE)
ASPIRED_REACH = 120  # characters before a grade within which an aim or a "may be" governs it
_SUBORDINATE_RX = quick.compile(r"\b(?:when|whereas|while|although|though|because|unlike)\b", re.IGNORECASE)
_QUANTIFIED_FORCE_RX = quick.compile(r"\b(?:any|no|every|each)\s+(?:other\s+)?(?:force|constabulary)\b", re.IGNORECASE)


def _forces_for(text: str, finder: F.ForceFinder, c_start: int, c_end: int, hit: F.GradeHit) -> tuple[str, ...]:
    hits = finder.find(text, c_start, c_end)
    aside = _ASIDE_AFTER_FORCE_RX.match(text, hits[0].end, hit.start) if hits and hits[0].end < hit.start else None
    if aside:
        hits = [h for h in hits if not aside.start() <= h.start < aside.end()]
    before = [h.force for h in hits if h.end <= hit.start]
    # (never a force in a clause of its own after the grade: "A had been graded outstanding when
    # the report for Cumbria Constabulary described ...")
    after = [h.force for h in hits if h.start >= hit.end and not _SUBORDINATE_RX.search(text, hit.end, h.start)]
    ordered = list(reversed(before)) + after
    if not ordered and F.unknown_force_spans(text, finder, c_start, c_end):
        return (F.UNKNOWN_FORCE,)  # "Wessex Police is judged good": not the document's force
    if not ordered and _QUANTIFIED_FORCE_RX.search(text, c_start, hit.start):
        return (F.UNKNOWN_FORCE,)  # "the first time any force had been judged inadequate": no force in particular
    return tuple(F.iter_unique(ordered))


def _evidence_span(s_start: int, s_end: int, c_start: int, c_end: int) -> tuple[int, int]:
    """The sentence around a clause when it is of sane length, else the clause itself."""
    return (s_start, s_end) if s_end - s_start <= 4 * F.MAX_CLAUSE else (c_start, c_end)
