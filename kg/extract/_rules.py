"""Rule tables shared by the extractors: grade words, question wording, bullets, periods.

Everything here is data: patterns are plain regular expressions over the folded text
(`Document.plain`: curly quotes, dashes and non-breaking spaces already folded), matched
case-insensitively unless said otherwise. Keep every pattern free of nested quantifiers.
"""

from __future__ import annotations

# --- grades ---------------------------------------------------------------------------

# grade as the gold writes it -> pattern for the words that state it
GRADE_WORDS: dict[str, str] = {
    "Outstanding": r"outstanding",
    "Good": r"good",
    "Adequate": r"adequate",
    # (text pasted from a PDF may keep the word broken at its line end: "requires improve- ment")
    "Requires improvement": r"(?:requires?|required|requiring)\s+improve(?:-\s*)?ment",
    "Inadequate": r"inadequate",
}

# Words that may stand between a linking verb ("is", "be", "as") and an unquoted grade.
LINK_FILLERS: tuple[str, ...] = (
    "now", "also", "still", "again", "once", "already", "judged", "assessed", "graded",
    "rated", "considered", "to", "be", "as", "a", "an", "overall", "therefore", "only", "all", "both", "each",
    "found", "deemed",  # "had been found adequate in that area"
    "previously", "formerly",  # "was previously graded adequate": an earlier grade (see earlier_period)
)
LINKING_VERBS: tuple[str, ...] = ("is", "are", "was", "were", "be", "been", "being", "as", "remains", "remain", "remained",
                                  "stays", "stayed",
                                  # "it got adequate for four areas", "it received good for ...": a grade given
                                  "got", "gets", "received", "receives", "achieved", "achieves", "earned", "earns",
                                  # "We're adequate in protecting vulnerable people", "It's good at ..."
                                  "we're", "they're", "it's", "we\u2019re", "they\u2019re", "it\u2019s")
# "we found the force inadequate", "rated it good": a judging verb, its object, the grade.
JUDGING_VERBS: tuple[str, ...] = ("found", "find", "finds", "judged", "judge", "judges", "rated", "rate", "rates",
                                  "graded", "grade", "grades", "assessed", "assess", "considered", "consider", "deemed",
                                  # "... its 2023-25 inspection, grading West Mercia Police good at A"
                                  "grading", "rating", "judging", "finding")
# A participle that grades with no linking verb or object before the grade when it follows
# another verb ("was inspected and graded good at ..."); after a count it states none.
GRADING_PARTICIPLES: tuple[str, ...] = ("graded", "rated", "judged", "assessed", "deemed")
GRADED_OBJECTS: tuple[str, ...] = ("force", "constabulary", "service", "police", "it", "us", "them", "the", "its", "this",
                                   "approach", "work", "performance",
                                   "that", "question", "area")  # "... and graded that question good"

# What may follow an unquoted grade adjective for it to be a judgement ("good at",
# "good in this respect", "good overall", "a good force"); anything else ("good work",
# "good deal", "good to see") is ordinary English.
GRADE_FOLLOWERS: tuple[str, ...] = (
    "at", "in", "for", "overall", "across", "force", "constabulary", "police", "service",
    "following", "and", "when", "this", "on", "with", "is", "are", "was", "were", "include",
    "includes", "included", "too", "again", "also", "by", "grade", "grades", "grading", "rating", "ratings", "judgement", "judgment",
    "both",  # "inadequate both for A and for B"
    "elsewhere",  # "Forces rated good elsewhere included A and B"
    "last", "previously", "as",  # "which was adequate last time", "graded good as well", "was good previously": an earlier grade (see earlier_period)
)

# "the force has an outstanding understanding of demand": a quality the legacy reports grade a
# question by, after "has a"/"shows an" and before "of"/"to".
GRADED_QUALITIES: tuple[str, ...] = ("understanding", "grasp", "approach")  # the force's, after its name

# Words before a grade that make it one the force left or never had ("moving out of the
# 'inadequate' category", "from requires improvement to good" keeps the later one).
GRADE_LEFT_BEHIND = (r"\b(?:no\s+longer(?:\s+(?:rated|graded|judged|assessed|considered|as))?"  # "no longer requires improvement"
                     r"|out\s+of|away\s+from|beyond|escaped?|left|leaving|(?:improv|mov|ris|gon|go|went|fall|fell|drop|"
                     r"declin|slipp|chang|rose|up|down)\w*\s+from)\s+(?:the\s+|an?\s+|its\s+|being\s+)?['\"]?$")

# Verbs and nouns of a grade's move, before "from" and the grade moved from ("improved from
# adequate", "has gone from good to adequate", "a fall from adequate"): that grade is the
# inspection before's.
MOVED_FROM = (r"\b(?:up|down|improv(?:ed|ing)|r(?:ose|isen|ising)|f(?:ell|allen|alling)|dropp(?:ed|ing)|gone|went"
              r"|mov(?:ed|ing)|chang(?:ed|ing)|slipp(?:ed|ing)|declin(?:ed|ing)|climb(?:ed|ing)"
              r"|an?\s+(?:fall|rise|drop|step\s+(?:up|down)|decline|improvement|move))\s+from")

# Cards (an area and its grade, a block of two lines each) count as cards from this many in a
# row: fewer are read as ordinary labels under headings.
MIN_CARDS = 3

# A key that spells out the grades' abbreviations ("Key to grades: O = Outstanding, G = Good,
# RI = Requires improvement"): one pair; a line with two or more pairs is a key, and a table
# cell that is one of its abbreviations states that grade.
# The five grades in the words a label or a cell writes them.
GRADE_ALTERNATION = r"outstanding|good|adequate|requires\s+improvement|inadequate"

# A grading key's definition of one grade ("Requires improvement - the force demonstrates some
# of the characteristics but not all"): a sentence about the scale, no judgement.
GRADE_DEFINITION = (rf"\s*['\"\u2018\u201c]?(?:{GRADE_ALTERNATION})['\"\u2019\u201d]?\s*[\u2013\u2014:=-]\s*"
                    r"(?:the\s+force|a\s+force|forces?)\b[^.\n]{0,80}\bcharacteristics\b")
# ... the separator and grade of a key's pair, tried alone first to find where pairs may be
# (one grade only: "Green = Outstanding or Good" keys two grades, so neither)
GRADE_KEY_TAIL = (r"(?:=|:|\u2013|\u2014|-)\s*(?P<grade>outstanding|good|adequate|requires?\s+improvement|inadequate)\b"
                  r"(?!\s*(?:or|and|/|,)\s*(?:outstanding|good|adequate|requires?\s+improvement|inadequate)\b)")
GRADE_KEY_PAIR = r"(?<![\w-])(?P<abbr>[A-Za-z][A-Za-z/.]{0,5})\s*" + GRADE_KEY_TAIL

# A cell that only marks its column ("✓" under "Good"): in a grid whose header names the grades,
# the mark gives its row the grade of its column.
COLUMN_MARKS = frozenset({"\u2713", "\u2714", "\u2611", "\u25cf", "\u25a0", "X", "x", "Yes", "yes"})

# A table cell that only numbers its row ("1.4", "12", "3."): never the row's subject.
ROW_NUMBER = r"\d{1,3}(?:\.\d{1,3})*\.?"

# A table cell that holds a period and nothing else ("2021/22", "PEEL 2023-25", "2018"): the
# period of its row (a spreadsheet's Year column) when the column's header names none.
PERIOD_CELL = r"(?:PEEL\s+)?20\d\d(?:\s*(?:/|-|\u2013|to)\s*(?:20)?\d\d)?(?:\s*[*\u2020\u2021])?"  # ("2021/22*": a note's mark)

# A line that is only a grade label (a heading-style grade under a question).
NOT_GRADED_LABELS: tuple[str, ...] = ("not graded", "ungraded", "no grade", "not applicable")
# How a page calls the report it is about, beside others it names: "the latest", "this
# week's" (PEEL 2023-25 report), "today's report, on effectiveness"
LATEST_REPORT = r"latest|newest|most\s+recent|this\s+(?:week|month|year)['\u2019]s|today['\u2019]s"
# A tile's or a cell's short code where a grade would stand: "NG", "-", "n/a"
NO_GRADE_CODE = r"[A-Z]{1,3}|[-\u2013\u2014]|n/?a"

# --- pillars and periods ------------------------------------------------------------------

# A pillar named by its noun ("rated good for legitimacy", "its efficiency inspection"): in a
# graded sentence it says which pillar the grade is for, whatever the document's pillar.
# The inspectorate's pillar phrase names its pillar too: "The extent to which the force is
# efficient at keeping people safe and reducing crime is good", "how legitimately it keeps
# people safe".
_KEEPS_SAFE = r"(?=\s+(?:\w+\s+){0,3}?(?:at\s+)?keep(?:ing|s)?\s+people\s+safe)"
# ... or after it: "good at keeping people safe and reducing crime efficiently"
_SAFE_AND_CRIME = r"\bkeep(?:s|ing)?\s+people\s+safe\s+and\s+reduc(?:es|ing)\s+crime\s+"
# (and the 2017 releases' one-line wording of two pillars: "good at operating efficiently",
# "good in the way it treats the public and its workforce"; "outstanding in how efficiently it
# operates")
PILLAR_NOUNS: dict[str, str] = {
    "Legitimacy": rf"\blegitimacy\b|\blegitimate(?:ly)?\b{_KEEPS_SAFE}|\bhow\s+legitimately\b"
                  rf"|{_SAFE_AND_CRIME}(?:legitimately|in\s+a\s+way\s+that\s+is\s+legitimate)\b"
                  r"|\btreat(?:s|ing)?\s+(?:the\s+)?public\s+and\s+(?:its|their)\s+(?:own\s+)?workforce\b"
                  r"|\btreat(?:s|ing)?\s+(?:the\s+)?(?:people|public)\s+fairly,?\s+ethically\s+and\s+lawfully\b",
    "Effectiveness": rf"\beffectiveness\b|\beffective(?:ly)?\b{_KEEPS_SAFE}|\bhow\s+effectively\b",
    "Efficiency": rf"\befficiency\b|\befficient(?:ly)?\b{_KEEPS_SAFE}|\boperat(?:e|es|ing)\s+efficiently\b"
                  rf"|\bhow\s+efficiently\b|{_SAFE_AND_CRIME}efficiently\b",
}

# The definition every 2015-2017 pillar question ends on ("how efficient is the force at keeping
# people safe and reducing crime?"), alone the effectiveness pillar's ("good at keeping people
# safe and reducing crime")
PILLAR_DEFINITION = (r"\bkeep(?:s|ing)?\s+people\s+safe\s+and\s+reduc(?:es|ing)\s+crime\b"
                     r"|\breduc(?:es|ing)\s+crime\s+and\s+keep(?:s|ing)?\s+people\s+safe\b")

PILLAR_WORDS: dict[str, str] = {
    # (and the 2018/19 releases' wording of the pillar: "is 'good' at how it treats the
    # public and its workforce")
    # (or "treating the people it serves and its workforce fairly")
    # (or "treating people fairly, ethically and lawfully", the three questions in one breath)
    "Legitimacy": r"legitima(?:cy|te|tely)|treat(?:s|ing)?\s+(?:the\s+)?(?:public|people\s+(?:it|they)\s+serves?)\s+and\s+(?:its|their)\s+(?:own\s+)?workforce"
                  r"|treat(?:s|ing)?\s+(?:the\s+)?(?:people|public)\s+fairly,?\s+ethically\s+and\s+lawfully",
    # (and the pillar's own definition: "good at keeping people safe and reducing crime")
    # (in either order: "inadequate at reducing crime and keeping people safe")
    "Effectiveness": r"effective(?:ness|ly)?|keep(?:s|ing)?\s+people\s+safe\s+and\s+reduc(?:es|ing)\s+crime(?!\s+efficiently)"
                     r"|reduc(?:es|ing)\s+crime\s+and\s+keep(?:s|ing)?\s+people\s+safe(?!\s+efficiently)",
    "Efficiency": r"efficien(?:cy|t|tly)",
    "Leadership": r"leadership",
}

# The pillar question that opens a 2015-2017 pillar report.
# (PEEL 2014's wording: "To what extent is the force efficient?")
PILLAR_QUESTIONS: dict[str, str] = {
    "Legitimacy": r"^how legitimate is the force\b|^to what extent is the force legitimate\b",
    "Effectiveness": r"^how effective is the force at keeping people safe|^to what extent is the force effective\b",
    "Efficiency": r"^how efficient is the force\b|^to what extent is the force efficient\b",
}

# Wording that makes a graded sentence about the whole pillar rather than one question.
OVERALL_PHRASES: tuple[str, ...] = (
    r"\bhow (?:legitimately|effectively|efficiently)\b",
    r"\bkeep(?:s|ing)? people safe and reduc(?:es|ing) crime\b",
    r"\b(?:the )?(?:legitimacy|effectiveness|efficiency) with which\b",
    r"\bfor (?:legitimacy|effectiveness|efficiency)\b",
    r"\binto its (?:legitimacy|effectiveness|efficiency)\b",
    r"\boverall\b",
    r"\ba (?:good|outstanding|inadequate) force\b",
)

# The year of the first PEEL inspections: a year before it never dates one
PEEL_FIRST_YEAR = 2014

# Year the annual pillar inspections began, to date "the second year running" releases.
PILLAR_FIRST_YEAR: dict[str, int] = {"Legitimacy": 2015, "Effectiveness": 2015, "Efficiency": 2015}

COUNTS: dict[str, int] = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                          "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8}  # "two years in a row", "five areas were"

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
}

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    # a newspaper's dateline abbreviates them ("06:00, 18 AUG 2022"); after the full names, which are tried first
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sept": 9, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
    # Welsh, as a bilingual page or a Welsh paper dates itself ("18 Chwefror 2016")
    "ionawr": 1, "chwefror": 2, "mawrth": 3, "ebrill": 4, "mai": 5, "mehefin": 6, "gorffennaf": 7,
    "awst": 8, "medi": 9, "hydref": 10, "tachwedd": 11, "rhagfyr": 12,
}
# A season that dates a newsletter's issue ("Spring 2017"), by a month of it (winter, across two
# years, dates nothing)
SEASON_MONTHS: dict[str, int] = {"spring": 4, "summer": 7, "autumn": 10}
# Annual pillar reports published in the first half of a year belong to the previous
# year's assessment (effectiveness 2016 was published in March 2017).
FIRST_MONTH_OF_SAME_YEAR_PERIOD = 7

# HMIC became HMICFRS in July 2017; every 2017 PEEL report was published after that.
FIRST_HMICFRS_YEAR = 2017
# The last year of the annual pillar reports (2018/19 was the first integrated assessment).
LAST_PILLAR_YEAR = 2017

# --- questions and graded areas --------------------------------------------------------

# The pillar each 2015-2017 question belongs to: a legacy fact that names its question but
# no pillar (a news item, a commissioner's page) is on this pillar's inspection.
LEGACY_QUESTION_PILLARS: dict[str, str] = {
    "fair-treatment-public": "Legitimacy", "ethical-lawful-workforce": "Legitimacy",
    "fair-treatment-workforce": "Legitimacy",
    "preventing-crime": "Effectiveness", "investigating-crime": "Effectiveness",
    "protecting-vulnerable": "Effectiveness", "serious-organised-crime": "Effectiveness",
    "specialist-capabilities": "Effectiveness",
    "understanding-demand": "Efficiency", "using-resources": "Efficiency", "planning-future": "Efficiency",
}

# Two areas' verbs sharing "crime": "preventing and investigating crime", "investigating and
# preventing crime" (the second verb's area is read as it is written)
# (the first verb alone, looking ahead: the second is matched on its own)
SHARED_CRIME_OBJECT = (r"\bprevent(?:s|ing)?(?= and (?:investigat|tackl|detect)(?:es|ing|e) crime\b)",
                       r"\binvestigat(?:es|ing|e)(?= and prevent(?:s|ing)? crime\b)")

# Question-key tables by era. "legacy": the 2015-2017 pillar questions, also used for the
# 2018/19 response-record headings; "peel2021": the 2021/22 and later graded areas.
# The order matters when a label names several: the earliest match in the text wins.
LEGACY_QUESTIONS: dict[str, tuple[str, ...]] = {
    "fair-treatment-public": (
        r"\btreat(?:s|ing|ment of)? (?:all )?(?:of )?the people (?:it|they|we) serves?\b",
        r"\bpeople (?:it|we) serves?\b",  # (a force's own "the people we serve")
        r"\bfairness to the public\b",
        r"\btreating (?:the )?public fairly\b",
        r"\btreat(?:s|ing)? (?:the |all )?(?:public|people) with fairness\b",  # ("good at treating the public with fairness and respect")
        r"\b(?:fair and respectful )?treatment of (?:the )?public\b",  # (in those years, this question)
        r"\bfair(?:ness| treatment) \((?:the )?public\)",  # a table's short row: "Fair treatment (public)"
        r"\bfairness and respect (?:to|for|towards) (?:the )?(?:public|people)\b",  # "Fairness and respect to the public"
    ),
    "ethical-lawful-workforce": (
        r"\bbehaves? ethically\b",
        r"\bethically and lawfully\b",
        r"\bethical and lawful\b",
        r"\blawfully and ethically\b",
    ),
    "fair-treatment-workforce": (
        r"\btreat(?:s|ing|ment of)? (?:its|the) (?:own )?workforce\b",
        r"\btreat(?:s|ing)? its (?:own )?officers and staff\b",
        r"\bfairness to the workforce\b",
        r"\btreating the workforce\b",
        r"\btreat(?:s|ing)? (?:our|its|their) own (?:staff|people|officers|workforce)\b",  # "how fairly we treat our own staff"
        r"\bfair(?:ness| treatment) \((?:the )?(?:staff|workforce)\)",  # "Fair treatment (staff)"
        r"\bfairness and respect (?:to|for|towards) (?:the |its )?(?:workforce|staff)\b",
    ),
    "preventing-crime": (
        r"\bprevent(?:s|ing)? crime\b",
        r"\bcrime prevention\b",
        r"\bprevention of crime\b",
        r"\bpreventing and tackling\b",
        r"\breducing crime and preventing offending\b",  # 2014's question
        SHARED_CRIME_OBJECT[0],
    ),
    "investigating-crime": (
        r"\binvestigat(?:es|ing|e) crime\b",
        r"\binvestigat(?:es|ing|e) offending\b",  # 2014's question
        SHARED_CRIME_OBJECT[1],
        r"\binvestigation(?:s)?\b",
        r"\binvestigating\b",
    ),
    "protecting-vulnerable": (
        r"\bprotect(?:s|ing)?(?: from harm)? (?:those|people) who are vulnerable\b",
        r"\bthose who are vulnerable\b",
        r"\bvulnerable people\b",
        r"\bvulnerability\b",
        r"\bprotecting (?:the )?vulnerable\b",
    ),
    "serious-organised-crime": (r"\bserious (?:and )?organised crime\b", r"\borganised crime\b",
                                r"\bserious (?:&|and) org\. crime\b"),  # (a table's "Serious & org. crime")
    "specialist-capabilities": (r"\bspecialist capabilit(?:y|ies)\b",),
    "understanding-demand": (
        r"\bunderstand(?:s|ing)? (?:of )?(?:the |its )?(?:current )?demand\b",
        r"\bunderstanding (?:of )?(?:the |its )?demand\b",
        r"\bunderstand(?:s|ing)? (?:of )?(?:the |its )?current and (?:likely )?future demand\b",
    ),
    "using-resources": (
        r"\bus(?:e|es|ing) (?:of )?its resources\b",
        r"\buse of resources\b",
        r"\bresources to (?:manage|meet)\b",
        r"\bmeet(?:s|ing)? (?:its )?(?:current )?demands? and us(?:e|es|ing) (?:its )?resources\b",  # (2018/19's question)
    ),
    "planning-future": (
        r"\bplanning for (?:the )?(?:future|demand)\b",
        r"\bplan(?:s|ning)? for (?:the )?future\b",
        r"\bfuture demand\b",
        r"\bdemand in the future\b",
    ),
}

PEEL2021_QUESTIONS: dict[str, tuple[str, ...]] = {
    "victim-service": (r"\bservice (?:to|for) (?:the )?victims\b", r"\bvictim service\b"),
    "treatment-of-public": (
        r"\btreat(?:ing|ment of|s)? the public\b",
        r"\bpublic treatment\b",
        r"\bpolice powers\b",
        r"\bfairness and respect\b",
        r"\buse(?:s|d)? (?:of )?(?:its |their )?powers such as stop and search\b",
        r"\bstop and search\b",  # the power the area is known by ("On stop and search, the force was rated good")
    ),
    # (the 2023-25 area's whole name first: its "reducing vulnerability" is no other area)
    "preventing-crime": (r"\bprevent(?:s|ing)? and deterring crime and anti-?social behaviour,? and reducing vulnerability\b",
                         r"\bprevent(?:s|ing)?(?: and deterring)? crime\b", r"\bcrime prevention\b", r"\bprevention of crime\b",
                         r"\bstop(?:s|ping)? crime before it happens\b", SHARED_CRIME_OBJECT[0],
                         r"\bprevention and deterrence\b"),  # (the area's name in some 2021/22 reports)
    "responding-to-public": (r"\brespond(?:s|ing)? to the public\b", r"\bresponses? to the public\b", r"\bcalls from the public\b",
                             r"\b(?:handl|answer)(?:es|ing|e)? (?:of )?(?:its |the )?(?:emergency (?:and non-emergency )?|999 (?:and 101 )?)?calls\b",
                             # "answering and attending calls", "responding to 999 calls"
                             r"\b(?:answer|attend|respond)(?:s|ing)?(?: and (?:answer|attend|respond)(?:s|ing)?)?(?: to)? "
                             r"(?:its |the )?(?:emergency (?:and non-emergency )?|999 (?:and 101 )?)?calls\b",
                             r"\b(?:respond(?:s|ing)? to|answer(?:s|ing)?) calls for (?:help|assistance|service)\b",
                             r"\banswer(?:s|ing)? the (?:tele)?phones?\b"),  # (a reporter's "adequate at answering the phone")
    "investigating-crime": (r"\binvestigat(?:es|ing|e) crime\b", r"\binvestigations?\b", SHARED_CRIME_OBJECT[1]),
    "protecting-vulnerable": (r"\bprotect(?:s|ing)? vulnerable\b", r"\bvulnerable people\b", r"\bvulnerability\b"),
    "managing-offenders": (r"\bmanag(?:es|ing) (?:registered )?(?:sex )?(?:offenders|suspects)\b", r"\boffenders and suspects\b",
                           r"\boffender management\b", r"\bkeep(?:s|ing)? tabs on (?:registered )?(?:sex )?offenders\b"),
    "serious-organised-crime": (r"\bserious (?:and )?organised crime\b",),
    "workforce": (
        r"\bpositive workplace\b",
        r"\bsupporting and protecting the workforce\b",
        r"\bbuilding, supporting\b",
        r"\b(?:build|develop|support)(?:s|ing)?(?:,? (?:and )?(?:build|develop|support|protect)(?:s|ing)?)* (?:its|the|our|their) (?:own )?workforce\b",
        r"^\s*(?:the\s+)?workforce\s*$",  # a table's column headed by the area's short name alone
        r"\bthe workforce (?:area|question)\b",  # "the workforce area had also been graded good"
        r"\blook(?:s|ing)? after (?:its|the) (?:own )?workforce\b",
    ),
    "leadership-management": (
        r"\bgood use of (?:its )?resources\b",
        r"\buse of (?:its )?resources\b",
        r"\bstrategic planning\b",
        r"\bleadership and force management\b",
        r"^\s*leadership\s*$",  # a table's column headed by the area's short name alone
        r"\b(?:is|was|are|were|being) led and managed\b",  # "The way the force is led and managed was rated adequate"
        r"\bvalue for money\b",
    ),
    "crime-recording": (r"\brecording data about crime\b", r"\bcrime[- ]recording\b", r"\bcrime data\b",
                        r"\brecord(?:s|ing)? (?:of )?crimes?\b", r"\bcrime records\b"),
}

# Response-record section headings use the 2015-17 questions and a few wordings of their own.
LEGACY_SECTION_EXTRA: dict[str, tuple[str, ...]] = {
    "ethical-lawful-workforce": (r"\bethical (?:and lawful )?workforce\b", r"\bethical behaviour\b"),
    "fair-treatment-workforce": (r"\btreating the workforce\b", r"\bworkforce fairly\b",
                                 r"\bfair treatment of (?:the |its )?workforce\b"),
    "fair-treatment-public": (r"\btreating (?:the )?(?:people|public)\b", r"\bfair treatment of (?:the )?(?:people|public)\b"),
    "planning-future": (r"\bplanning for the future\b",),
    "understanding-demand": (r"\bunderstanding demand\b",),
    "using-resources": (r"\busing resources\b",),
}

# --- statements -----------------------------------------------------------------------

STATEMENT_KINDS: tuple[str, ...] = ("area-for-improvement", "recommendation", "cause-of-concern")

# Heading line (whole line, optional trailing colon) -> statement kind.
STATEMENT_HEADINGS: dict[str, str] = {
    r"areas? for improvement|afis?": "area-for-improvement",  # AFI: commissioners' own short form
    r"recommendations?": "recommendation",
    # ("Causes of concern and recommendations": each concern, then the recommendations made
    # to put it right, lettered under it or after it)
    # (whole on its line: a contents entry's "Cause of concern and recommendations<tab>3" is none)
    r"causes? of concern(?:\s+and\s+(?:its\s+|their\s+|the\s+)?recommendations?(?=\s*:?$))?": "cause-of-concern",
}

# Words that may follow a statement heading and say which of them the list holds ("Area for
# improvement selected by the Board", "Areas for improvement still open", "Recommendations
# carried forward"); never "to the Board" (a paper's own recommendations)
HEADING_QUALIFIER = (r"(?:selected|chosen|prioriti[sz]ed|tracked|still\s+open|remaining|outstanding|open|closed"
                     r"|carried\s+(?:forward|over)|identified|made|raised|we\s+are\s+tracking|i\s+am\s+tracking"
                     r"|being\s+tracked|under\s+review)(?:\s+[\w/-]+){0,5}")

# An area's name before these words names another body, not its force ("Durham University",
# "Kent County Council", "Surrey Fire and Rescue Service", "Wigan Metropolitan Borough Council").
NOT_A_FORCE_AFTER = (r"\s+(?:University|College|(?:County\s+|City\s+|Borough\s+|District\s+)?Council|Cathedral|Airport"
                     r"|Hospital|NHS|Fire\s+and\s+Rescue|Fire\s+&\s+Rescue|Fire\s+Service|Fire\s+Authority|Business\s+School"
                     # (the first of two areas a fire service shares: "Dorset & Wiltshire Fire and Rescue Service")
                     # ("Hampshire & Isle of Wight Fire and Rescue Service")
                     r"|(?:&|and)\s+[A-Z][\w-]+(?:\s+(?:of\s+)?[A-Z][\w-]+){0,2}\s+Fire\s+(?:and|&)\s+Rescue"
                     r"|County\s+Cricket|F\.?C\.?\b|Office\b(?!\s+of\s+the\s+Police)"  # ("the Met Office": the weather's)
                     r"|[Rr]egion(?:al)?\b|Combined\s+Authority"  # ("the West Midlands region": a place, not its force)
                     # an address's county before its postcode ("Wilmslow, Cheshire SK9 5AF")
                     r"|,?\s*[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b)")

# Words that end an organisation's name, never a person's ("Greater Manchester Police",
# "Office of the Police and Crime Commissioner")
BODY_WORDS = r"Police|Constabulary|Service|Office|Council|Commissioner|Commission|Authority|Inspectorate|Force|Probation|Board|Panel|Committee"

# A table cell that is one of these and nothing else, in a Force column, names that force:
# short forms too ambiguous for running text ("the Met" is in the gazetteer, "Met" alone is not).
FORCE_CELL_SHORT_NAMES: dict[str, str] = {"Met": "metropolitan", "City": "city-of-london",
                                          # (an alliance's column: "Question | D&C | Dorset"; too ambiguous in prose)
                                          "D&C": "devon-and-cornwall"}

# Police bodies PEEL does not inspect as one of the 43 territorial forces (Scotland's and
# Northern Ireland's, the national specialist forces, the Crown dependencies'): shaped like a
# force, never a fact, and named often enough in passing that a warning would be noise.
OTHER_POLICE_BODIES: frozenset[str] = frozenset({
    "Police Scotland", "Police Service of Northern Ireland", "Ministry of Defence Police",
    "Civil Nuclear Constabulary", "Isle of Man Constabulary", "States of Jersey Police",
    "Guernsey Police", "Royal Military Police", "Scottish Police",
})

# A county's name after a point of the compass names a council's area, not its force
# ("North Lincolnshire", "North East Lincolnshire councils"); a force whose own name begins
# so ("North Wales Police", "West Mercia") is matched whole before this applies.
# (looked back at from after the name's initial, see _quick.initial_alternation)
NOT_A_FORCE_BEFORE = r"(?<!North .)(?<!South .)(?<!East .)(?<!West .)"

# Welsh words no English sentence uses: a bilingual page's Welsh lines are made of them
# ("Mae'r heddlu wedi ...", "Maes i'w wella"); kg/extract/_text.py blanks such lines.
WELSH_WORDS: tuple[str, ...] = (
    "yn", "yr", "mae", "wedi", "gyda", "ei", "eu", "ein", "eich", "bod", "fod", "dros", "cael", "gan", "mewn",
    "neu", "hwn", "hon", "hefyd", "nad", "ydynt", "heddlu", "heddluoedd", "arolygiaeth", "adroddiad", "maes",
    "gwella", "wella", "dylai", "sicrhau", "i'w", "i'r", "o'r", "a'r", "sy'n", "y", "ar", "mai", "nid", "roedd",
    "oedd", "fydd", "bydd", "gael", "troseddau", "cyhoedd", "dywedodd", "ymateb", "yng", "ym", "ynghylch",
)

# The grades in Welsh ("Da" is Good): a table cell that holds one beside English cells is the
# Welsh side of the row
WELSH_GRADES: tuple[str, ...] = ("rhagorol", "da", "digonol", "angen gwella", "annigonol", "gwael")

# Bullet markers, tried in order on the start of a line (after indentation).
BULLET_PATTERNS: tuple[str, ...] = (
    r"[-*\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043>]\ufe0f?\s+",  # - * • · ▪ ● ◦ ‣ ⁃ (– and — fold to -; "▪️" an emoji's)
    # ■ □ ► ▶ ➢ ➤ ✓ ✔, and the Symbol and Wingdings bullets a PDF's text gives in the private use area
    r"[\u25a0\u25a1\u25ba\u25b6\u27a2\u27a4\u2713\u2714\uf0b7\uf0a7\uf076\uf0d8\uf0fc]\s*",
    # a social post's emoji that set off its items: ✅ ☑️ ⭐ 🔹 🔸 👉 ➡️
    r"[\u2705\u2611\u2b50\U0001f539\U0001f538\U0001f449\u27a1]\ufe0f?\s*",
    r"(?:::|\u00bb)\s+",  # :: » (a site's typed markers)
    r"\d{1,2}[.)]\s+",  # 1. 1)
    r"\d{1,2}\t+(?=[A-Z])",  # a numbered column of a table: "1<tab>Within three months, ..."
    r"\(\d{1,2}\)\s+",  # (1)
    r"\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)\s+",  # (i)
    r"(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)\s+",  # i)
    r"(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\.\s+(?=[a-z])",  # i. (Word's third level, before a lower-case item)
    r"\(?[a-h]\)\s+",  # a) (a)
    r"[a-h]\.\s+(?=[A-Z])",  # a. (before an item in capitals: "a. Within six months, ...")
    # A. (Word's upper-letter numbering, before a sentence: never an initial, "D. Smith, ...")
    r"[A-H]\.\s+(?=[A-Z][a-z]+\s+[a-z])",
    r"o[ \t]+(?=[a-z])",  # o (Word's second-level bullet, before a lower-case item)
)

# A tracker's mark of an item's status after its bullet: done, open, waiting, failed, warning.
STATUS_MARKS = "[\u2705\u23f3\u231b\u274c\u274e\u2611\u2612\u2717\u2718\u26a0]\ufe0f?"
# ... or a Markdown task list's box, ticked or not ("- [ ] The force should ...", "- [x] ...")
TASK_BOX = r"\[[ xX]\]"

# The label of the force's answer to a statement ("Force update:", "Chief Constable's
# response:", "Action taken:", "Current position:"), a colon after it or alone on its line:
# who gives it (optional), then what it is called.
UPDATE_GIVERS = r"force|constabulary|chief\s+constable|commissioner|pcc|our"
# An answer that gives none: a dash, "n/a", "TBC", "to follow", "No update received for this
# period", "Update not yet available" (whole, after its full stop). A statement with such an
# answer has no force update.
# (after a tracker's status, "Open \u2013 no update recorded.")
NO_ANSWER = (r"(?:(?:open|ongoing|in\s+progress|not\s+started|red|amber)\s*[-\u2013\u2014:,.]\s*)?(?:"
             r"[-\u2013\u2014\s]*|n/?a|none|nil|tb[ac]|pending|awaited|(?:(?:an?\s+)?(?:update|response|answer)\s+)?to\s+follow"
             r"|(?:no\s+)?(?:update|response|answer|position)\s+(?:was\s+|has\s+been\s+)?(?:not\s+)?(?:yet\s+)?"
             r"(?:received|given|provided|available|recorded|submitted|supplied)(?:\s+from\s+[\w ]{3,40}?)?"  # ("... from the hub")
             r"(?:\s+(?:for|in)\s+this\s+(?:period|quarter))?"
             r"|not\s+(?:yet\s+)?(?:received|given|provided|available|submitted)(?:\s+at\s+the\s+time\s+of\s+writing)?"
             # "Update due in October 2025", "Response due by 31 March": one still to come
             r"|(?:an?\s+)?(?:update|response|answer)\s+(?:is\s+)?(?:due|expected)\s+(?:in|by|on)\s+[\w ]{3,25}"
             # "The force has no update on this area for improvement at the time of writing"
             r"|the\s+(?:force|constabulary|chief\s+constable)\s+(?:has|had|have)\s+(?:given\s+|provided\s+)?no\s+"
             r"(?:update|response|answer)(?:\s+(?:on|for|to)\s+[\w ]{3,40}?)?(?:\s+(?:at|by)\s+the\s+time\s+of\s+writing)?)")
UPDATE_LABELS = (
    r"update|response|progress(?:\s+(?:update|to\s+date|made))?|actions?(?:\s+(?:taken|so\s+far))?|"
    r"comments?|current\s+status|(?:current\s+)?position(?:\s+statement)?|"
    r"what\s+(?:we(?:'re|'ve|\s+are|\s+have)|the\s+force(?:'s|\s+is|\s+has))\s+(?:doing|done)(?:\s+about\s+(?:it|this|them))?"
    # ("You said, we did": "We did: we recruited ...")
    r"|(?:what\s+)?we\s+did"
    # an FAQ's question: "What is the force doing about the cause of concern?"
    r"|what\s+(?:is|has|have|are)\s+(?:the\s+force|the\s+constabulary|we|they)\s+(?:been\s+)?(?:doing|done)"
    r"(?:\s+(?:about|on|to\s+address)\s+[^?:\n]{2,60})?\?"
)

# Who said the statement after it, as a run-in label ("The inspectors said: The force should
# ...", "**HMICFRS said:** ..."): no word of the statement (its bold marks kept, as the
# document's text has them)
SAID_LABEL = (r"\s*[*_]{0,2}(?:the\s+)?(?:inspectors?|inspectorate|hmicfrs|hmic|report)\s+(?:also\s+)?"
              r"(?:said|says|wrote|found)\s*:[*_]{0,2}\s+(?=[A-Z])")

# A tracker's field beside a statement ("Owner: Superintendent", "RAG: A", "Target date:
# 31/03/2025"): a short label, a colon and its value. Under a statement it is neither the
# statement's text nor its end, so an update further down is still the statement's.
STATEMENT_FIELD = r"^(?:[A-Z][A-Za-z'\u2019/&-]*(?:[ \t]+[A-Za-z'\u2019/&-]+){0,2})[ \t]*:[ \t]+\S"

# A recommendation of a national (thematic) inspection asks every force, or another body, to
# act ("By June 2025, chief constables should ...", "Police and crime commissioners should
# ..."): no statement about the force a document is about.
NATIONAL_ADDRESSEE = (r"\b(?:all\s+|every\s+)?(?:chief\s+constables|police(?:,\s+fire)?\s+and\s+crime\s+commissioners|"
                      # (or a panel's own recommendation to its commissioner: not the inspectorate's to the force)
                      r"the\s+(?:police(?:,\s+fire)?\s+and\s+crime\s+)?commissioner|"
                      r"(?:police\s+)?forces|(?:every|each)\s+(?:police\s+)?force|the\s+home\s+office|the\s+college\s+of\s+policing|"
                      # (an audit office's or a committee's own: "The Department should ...", "The Government should ...")
                      r"the\s+(?:department|government|home\s+secretary|treasury|ministry)|"
                      r"the\s+national\s+police\s+chiefs['\u2019]?\s+council|the\s+npcc|"
                      # (a force outside England and Wales, which other inspectorates inspect)
                      r"police\s+scotland|(?:the\s+)?psni|the\s+police\s+service\s+of\s+northern\s+ireland)"
                      # ("the National Police Chiefs' Council lead for missing persons ... should")
                      r"(?:\s+leads?(?:\s+for\s+[^,.;]{1,40}?)?)?"
                      # ("the College of Policing, working with the NPCC, should ...", "Forces that remain in
                      # Engage for more than 18 months should ...")
                      r"(?:,[^,.;]{1,80},|\s+(?:that|which|who)\s+[^,.;]{1,80}?)?\s+(?:should|must)\b")

# A statement is something the force should do, or (for causes of concern) a finding.
DIRECTIVE = (r"\b(?:should|must|needs? to|is to|ought to|recommends?\s+that"
             # what the inspectors expect or want of the force ("We expect the force to ...",
             # "HMIC expects the constabulary to ...", "Inspectors want to see the force ...")
             r"|expects?\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:force|constabulary|police|service)\s+to"
             r"|(?:wants?|would\s+like)\s+to\s+see)\b")

# --- people ----------------------------------------------------------------------------

HONORIFICS: tuple[str, ...] = ("Sir", "Dame", "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Lord", "Lady", "Professor", "Prof")

# Letters after a name in a signature ("Andy Cooke QPM DL"): not part of the name.
POST_NOMINALS: tuple[str, ...] = ("QPM", "KPM", "DL", "OBE", "CBE", "MBE", "KBE", "DBE", "KC", "QC", "MP",
                                  "JP", "BA", "MA", "MSc", "MBA", "PhD", "LLB", "FRSA")

QUALIFIERS: dict[str, str] = {"acting": "acting", "temporary": "temporary", "deputy": "deputy"}

# Words that cannot be part of a person's name even when capitalised.
NOT_NAME_WORDS: frozenset[str] = frozenset({
    "The", "This", "That", "He", "She", "It", "I", "We", "They", "His", "Her", "Their", "Our",
    "Police", "Constabulary", "Force", "Service", "Services", "Commissioner", "Chief", "Constable",
    "Inspector", "Inspectorate", "Crime", "Fire", "Rescue", "And", "Of", "For", "In", "On",
    "At", "Said", "Says", "Has", "Have", "Who", "Today", "Office", "Team", "HMIC", "HMICFRS",
    "HM", "Majesty", "Majesty's", "Response", "Statement", "Update", "Deputy", "Acting",
    "Temporary", "Assistant", "When", "Under", "With", "Reports", "Report",
    # job nouns an attendance list puts where a name would stand ("Scrutiny Officer to the Panel")
    "Officer", "Officers", "Executive", "Manager", "Director", "Secretary", "Clerk", "Adviser", "Advisor",
    # the bodies named after an office ("the PCC Accountability Board", "the PCC Scrutiny Panel")
    "Board", "Panel", "Committee", "Conference", "Meeting", "Forum",
    # an office's address after its title ("Office of HM Inspector of Constabulary Eastern
    # Region Ground Floor, ...")
    "Region", "Floor",
    # a greeting or a reply's first word after a page's name that ends in a title ("South Wales
    # Police and Crime Commissioner Thanks Dai - ...", "... Commissioner Hi Rhian - ..."): no name
    "Hi", "Hello", "Hey", "Thanks", "Thank", "Dear", "Cheers", "Yes", "No", "Sorry", "Please", "Welcome",
    "Congratulations", "Morning", "Afternoon", "Evening",
})
# A memo's or a letter's field label run in before the name it gives ("From Andrew Bloggs, HM
# Chief Inspector", "To Jo Bloggs, Chief Constable", "Cc Sam Bloggs, Police and Crime
# Commissioner"): the label is no word of the name.
FIELD_LABEL_WORDS: frozenset[str] = frozenset({"From", "To", "Cc", "CC", "Bcc", "BCC", "Attn", "Signed", "By"})
# The last word of an address's first line, not of a name ("Arnot Hill House", "1 Fitzalan
# Place"): capitalised words ending so after a title are where it sits, not who holds it.
ADDRESS_WORDS: frozenset[str] = frozenset({"House", "Place", "Street", "Road", "Lane", "Avenue", "Court", "Square",
                                           "Building", "Buildings", "Centre", "Center", "Park", "Way", "Close",
                                           "Drive", "Hall", "Chambers", "Quay", "Wharf", "Gardens", "Terrace"})
# ... of which these end surnames too ("Charlie Hall", "Michael Lane"): a name of two words
# right against its title may end so
SURNAME_ADDRESS_WORDS: frozenset[str] = frozenset({"Hall", "Lane", "Park", "Way", "Court", "Place", "Close", "Square"})
# A reporting verb right after a title: "..., the Chief Constable said" opens a new clause, so
# the name before the comma is not the title's holder.
REPORTING_VERBS = r"said|says|explained|added|told|replied|responded|confirmed|accepted|noted|agreed|stated|assured|acknowledged"


# Titles of inspectors, as written (regex over the folded text, case-sensitive).
_FIRE_TOO = r"(?: and (?:(?:HM |Her Majesty's |His Majesty's )?(?:Chief )?Inspector of )?Fire (?:&|and) Rescue Services)?"
INSPECTOR_TITLE = (
    rf"(?:HM|Her Majesty's|His Majesty's) (?:Chief )?Inspector of Constabulary{_FIRE_TOO}"
    # the title without "HM" (never the tail of one with it: no space in a look-behind, as
    # spaces in titles become \s+)
    rf"|(?<!Majesty's.)(?<!HM.)(?:Chief )?Inspector of Constabulary{_FIRE_TOO}"
    # "HMI Wendy Williams", "HMCI Andy Cooke": the initials before a capitalised name
    # ("The HMI, Anthea Colebrook, ...": the initials before a name set off by commas)
    r"|HMC?I(?= [A-Z][a-z]|:[ \t]*[A-Z][a-z]|, [A-Z][a-z])"
    # "HM Inspector Lee Freeman", "His Majesty's Chief Inspector Andy Cooke": the short title before a name
    r"|(?:HM|Her Majesty's|His Majesty's) (?:Chief )?Inspector(?= [A-Z][a-z])"
    # ... or after one, the clause or line ending there ("Jo Bloggs OBE QPM, HM Inspector, and her team"),
    # or a field's label before it ("His Majesty's Inspector: Jo Bloggs")
    r"|(?:HM|Her Majesty's|His Majesty's) (?:Chief )?Inspector(?=[,;.)\n]|:[ \t]*[A-Z][a-z])"
)
# Words of an office-holder's title in Welsh ("Comisiynydd Heddlu a Throseddu", "Arolygydd
# Cwnstabliaeth EF", "Prif Gwnstabl"): a bilingual signature's line beside the English title
WELSH_TITLE_WORDS = r"Comisiynydd|Arolygydd|Gwnstabl|Cwnstabl|Heddlu"
# "PCC Jane Mudd": the initials stand for the title before a name (case-sensitive, so "pcc" never)
# Titles as news style writes them too, in lower case ("the area's police and crime
# commissioner, Matthew Barber"): only the title's case varies; a name stays capitalised.
COMMISSIONER_TITLE = (r"[Pp]olice(?:,| and| &) (?:[Ff]ire (?:and|&) )?[Cc]rime [Cc]ommissioner|[Pp]olice, [Ff]ire and [Cc]rime [Cc]ommissioner|"
                      r"[Pp]olice and [Cc]rime [Cc]ommissioner|(?<![A-Za-z])P(?:F)?CC(?= [A-Z][a-z]| for [A-Z])"
                      # the shorter style some commissioners use, with the area after it ("Police
                      # Commissioner for Merseyside"; never the Met's "Police Commissioner Sir ...")
                      r"|(?<![Mm]etropolitan.)Police [Cc]ommissioner(?= for [A-Z])"
                      # ... or after its area's possessive ("Merseyside's Police Commissioner, Emily
                      # Kinsella"; never London's, the Met's Commissioner)
                      # (\x20, not a space: a title's spaces become \s+, and a look-behind needs a fixed width)
                      r"|(?<=['\u2019]s\x20)(?<!London's\x20)(?<!London\u2019s\x20)Police [Cc]ommissioner(?=,? [A-Z])"
                      # Staffordshire's statutory style since it took on the fire service
                      r"|(?:Staffordshire )?[Cc]ommissioner for [Pp]olice, [Ff]ire (?:and|&) [Rr]escue,? and [Cc]rime"
                      # ... and its short form, the county's name first ("Jo Bloggs, Staffordshire Commissioner")
                      r"|Staffordshire [Cc]ommissioner(?! for)"
                      # Durham's style since 2021 ("Joy Allen, Police, Crime and Victims' Commissioner")
                      r"|[Pp]olice, [Cc]rime and [Vv]ictims['\u2019]? [Cc]ommissioner")
CHIEF_TITLE = (r"(?:(?:Acting|Temporary|Deputy|acting|temporary|deputy) )?(?:(?:Acting|Temporary|acting|temporary) )?[Cc]hief [Cc]onstable"
               r"|(?:(?:Acting|Deputy) )?Commissioner of Police of the Metropolis"  # the Met's chief officer
               # the City of London's ("the Commissioner of Police, Angela McLaren"; "for the City
               # of London" may follow)
               r"|(?:(?:Acting|Deputy) )?Commissioner of Police(?! of)")

# Forces whose chief officer is styled "Commissioner" (the Met, the City of London):
# there "Commissioner <name>" is the chief officer, not a police and crime commissioner.
COMMISSIONER_LED_FORCES: frozenset[str] = frozenset({"metropolitan", "city-of-london"})

# Inspection-period wording: "PEEL 2021/22", "2023-2025", "2018/19".

# --- the general reader's tables ----------------------------------------------------------------

# Headings whose section speaks of the whole inspection (regex over the whole heading line).
OVERALL_HEADINGS = (
    r"^(?:overall\s+)?(?:summary|overview|judgements?|judgments?|conclusions?)(?:\s+of\s+(?:findings|judgements?))?\s*:?$"
    r"|^our\s+(?:overall\s+)?judg(?:e)?ments?\s*:?$"
    r"|^(?:overall|overall\s+judg(?:e)?ment|overall\s+grade|results\s+at\s+a\s+glance|key\s+findings|the\s+findings)\s*:?$"
)
# Headings of sections that state no finding of this inspection: notes, grade keys, contacts.
NOTES_HEADINGS = (
    r"^(?:notes?(?:\s+(?:to|for)\s+editors)?|about\s+(?:hmic\w*|the\s+inspectorate|peel|us)|ends|"
    r"grading\s+(?:key|scale)|(?:how|what)\s+we\s+grade\w*|our\s+grading(?:\s+(?:scale|key))?|key\s+to\s+grades|contact(?:s|\s+us)?|"
    r"further\s+information|background)\s*:?$"
)
# Words a grade label may carry before the grade ("Grade: Good", "Overall judgement - Good").
GRADE_LABEL_PREFIXES = (
    r"^(?:(?:the\s+)?(?:overall|current|our|this\s+year'?s?)\s+)?(?:grade|grading|judg(?:e)?ment|rating|assessment|"
    # (a Word table's one row "Grade<tab>Adequate" too)
    r"graded|judged|rated|result)?\s*(?:::|[:=\t-]|\bis\b)\s*|^overall\s*[:=\t-]?\s*"
    # the verb alone, as a plan's area row writes it ("Investigating crime - graded adequate")
    r"|^(?:graded|judged|rated|assessed)\s+(?:as\s+)?"
)
# The fields of a feed's item or a message's header, each on its line before its value: no heading
# of a section ("Published: Wed, 12 Oct 2022", "Category: Police; PEEL", "Description:")
METADATA_FIELDS = (r"(?:link|url|guid|published|pubdate|updated|category|categories|tags?|author|"
                   r"description|summary|source|date|sent|from|to|cc)\s*:(?:\s|$)")
# A label that dates its grade ("2021/22 grade: Adequate", "PEEL 2021/22 rating - Good"): under
# an area, the grade that period gave it.
PERIOD_GRADE_LABEL = (r"^(?:previous\s+|last\s+)?(?:PEEL\s+)?(?P<period>20\d\d(?:\s*(?:/|-|\u2013)\s*(?:20)?\d\d)?)\s+"
                      r"(?:grade|grading|judg(?:e)?ment|rating|result)\s*[:=\u2013-]\s*"
                      # "Previous grade (PEEL 2021/22): requires improvement"
                      r"|^(?:previous|last|earlier)\s+(?:grade|grading|judg(?:e)?ment|rating)\s*\((?:PEEL\s+)?"
                      r"(?P<bracketed>20\d\d(?:\s*(?:/|-|\u2013)\s*(?:20)?\d\d)?)\)\s*[:=\u2013-]\s*")

# A table cell that dates a grade, after the grade of its column or alone on a line of the
# cell below it ("Requires improvement 2021/22: Inadequate", "2021/22: Inadequate",
# "Good (2021/22: adequate)"): a grade that period gave the row's subject.
PERIOD_GRADE_CELL = (rf"(?P<now>{GRADE_ALTERNATION})?\s*[(\[]?\s*(?:(?:previously|previous|last|was|in)\s*:?\s*)?"
                     rf"(?:PEEL\s+)?(?P<period>20\d\d(?:\s*(?:/|-|\u2013)\s*(?:20)?\d\d)?)\s*[:=\u2013-]\s*"
                     rf"(?P<then>{GRADE_ALTERNATION})\s*[)\]]?"
                     # "Good (2017)*": the grade a question kept from the inspection before
                     rf"|(?P<kept>{GRADE_ALTERNATION})\s*\((?P<year>20\d\d)\)\s*\*?"
                     # "Inadequate (PEEL 2023-25)": a scorecard's grade with the report it is from
                     rf"|(?P<dated>{GRADE_ALTERNATION})\s*\(\s*PEEL\s+(?P<span>20\d\d(?:\s*(?:/|-|\u2013)\s*(?:20)?\d\d)?)\s*\)")
# A cell's grade with the one before it, undated ("Good (previously adequate)", "Requires
# improvement [was adequate]", "Good (up from adequate)"): the earlier grade is the cycle
# before the cell's own.
GRADE_BEFORE_CELL = (rf"(?P<now>{GRADE_ALTERNATION})\s*[(\[]\s*(?:previously|formerly|was|before|last\s+time|previous(?:\s+grade)?"
                     r"|(?:up|down|improved|fell|dropped|risen|moved(?:\s+(?:up|down))?)\s+from)\s*:?\s*"
                     rf"['\"\u2018]?(?P<then>{GRADE_ALTERNATION})['\"\u2019]?\s*[)\]]")

# Separators between the cells of a row: a colon, a spaced dash, dotted leaders, tabs,
# pipes and box-drawing bars, two or more spaces (fixed columns), the space after a question
# asked in full ("How well does the force ...? Good").
# (a change's arrow between an area and its grade is one too: "Investigating crime \u25bc Requires improvement")
CHANGE_ARROWS = "\u25b2\u25bc\u25b6\u2191\u2193\u2192\u2194"
CELL_SEPARATORS = (r"\s*(?:\.{3,}|\u2026+)\s*|\s*[|\u2502\u2503\u2551]\s*|\t+|\s+-\s+|:\s+|\s{3,}|(?<=\?)\s+"
                   rf"|\s+[{CHANGE_ARROWS}]\s+")
# Every separator but a wide gap (three spaces) holds one of these: a line with none of them
# is one cell, told without the separators' scan.
CELL_SEPARATOR_NEEDLES = ("...", "\u2026", "|", "\u2502", "\u2503", "\u2551", "\t", "-", ":", "?", *CHANGE_ARROWS)
# A card or list item whose area and grade were two boxes, now one space apart ("Investigating
# crime Adequate"): a short capitalised area with no verb, then a grade ending the line.
# (a participle between them too, as a page's summary lines write it: "Investigating crime graded Good")
_GRADED_BETWEEN = r"(?:\s+(?:graded|rated|judged|assessed)(?:\s+as)?)?"
AREA_THEN_GRADE = rf"^(?P<area>[A-Z][^.,;:!?\d]{{2,60}}?){_GRADED_BETWEEN}\s+(?P<grade>{GRADE_ALTERNATION})\s*$"
# ... and with an area's full name, commas and all, where the words are a graded area's
# ("Preventing and deterring crime and antisocial behaviour, and reducing vulnerability Good")
AREA_THEN_GRADE_LONG = rf"^(?P<area>[A-Z][^.;:!?\d]{{2,120}}?){_GRADED_BETWEEN}\s+(?P<grade>{GRADE_ALTERNATION})\s*$"
# A label between a statement's heading and its text that says whose words follow ("What
# HMICFRS said", "The inspectorate's finding"): part of neither.
FINDING_LABEL_WORDS = (r"^(?:what\s+(?:hmicfrs|hmic|the\s+inspectorate|the\s+inspectors|inspectors|the\s+report)\s+"
                       r"(?:said|says|found|finds|asked|recommended|wants)|(?:the\s+)?(?:hmicfrs|hmic|inspectorate)(?:'s)?\s+"
                       r"(?:finding|wording|text)|the\s+finding"
                       # a revisit letter's "In our report we said:", "The report said:"
                       r"|(?:in\s+(?:our|the|its|their)\s+(?:[\w-]+\s+){0,3}?report,?\s+)?(?:we|it|they|hmicfrs|hmic"
                       r"|the\s+(?:inspectorate|inspectors|report)|(?:your|our|its)\s+report)\s+(?:said|says|stated|states|wrote)(?:\s+that)?)")
# ... alone on its line ("What HMICFRS said:"), the statement it quotes on the lines below
FINDING_LABEL = FINDING_LABEL_WORDS + r"\s*:?$"
# A heading of a part of an area's chapter ("Main findings", "What we found", "Promising
# practice", "Innovative practice: ..."): the statements below it stay the area's
CHAPTER_PART_HEADING = (r"^(?:(?:innovative|promising|notable|good|effective|positive)\s+practices?\b(?:\s*[:\u2013\u2014-][^\n]*)?"
                        r"|(?:main|key|our|detailed)\s+findings|findings|what\s+we\s+found)\s*:?\s*$")
# The same card with its grade box first ("Requires improvement Responding to the public"):
# read only where the words after the grade begin with a graded area's name.
# (commas allowed: "GOOD Building, supporting and protecting the workforce"; the area must be one)
GRADE_THEN_AREA = rf"^(?P<grade>{GRADE_ALTERNATION})\s+(?P<area>[A-Z][^.;:!?\d]{{2,80}}?)\s*$"
AREA_THEN_GRADE_VERBS = r"\b(?:is|are|was|were|be|been|being|remains?|has|have|had|rated|graded|judged|found|assessed)\b"
# A column of an earlier inspection's grades, whose header names no period ("Last inspection",
# "Previous grade"): the period a sentence about the column names, else none (the grades go).
EARLIER_COLUMN = (r"^(?:last|previous|prior|earlier)(?:\s+(?:peel\s+)?(?:inspection|grade|grading|assessment|year|time|cycle"
                  r"|rating|judg(?:e)?ment)s?)?$")
# A table's first cell that names a report ("PEEL 2021/22: An inspection of ...", "PEEL:
# Police effectiveness 2016"): the period it names is the period of its row's grades.
REPORT_NAME = r"\bpeel\b|\binspection\s+of\b|\bpolice\s+(?:effectiveness|efficiency|legitimacy)\b"
# the longest a table cell naming a report runs ("PEEL: Police effectiveness, efficiency and
# legitimacy 2018/19 - Thames Valley Police"); a longer one is a note
REPORT_NAME_CHARS = 120
# ... and a list item naming a report with its grade after it ("PEEL: Police efficiency 2016 -
# Kent (published 03/11/2016). Rated: Good")
REPORT_RATED = (r"^(?P<report>.{8,200}?)[.;,]?\s+(?:rated|graded|grade|judg(?:e)?ment|judged)\s*:\s*"
                r"(?P<grade>[A-Za-z][A-Za-z ]{2,24}?)\.?$")
# A row's first cell that names the whole inspection rather than an area.
LABEL_WORDS = r"^(?:overall(?:\s+(?:grade|judg(?:e)?ment))?|grade|judg(?:e)?ment|overall\s+effectiveness|overall\s+efficiency|overall\s+legitimacy)$"

# Integrated PEEL assessments: any year of the assessment names it ("PEEL 2018" is the
# 2018/19 assessment; "2023-2025" and "PEEL 2024" the 2023-25 one).
# A list's lead-in that grades each item ("The force was graded as:", "Gwent Police was rated:",
# "We judged the force to be:"): an item that opens with a grade ("- good at A and B;") states it.
MAX_LED_ITEMS = 12  # items of a list a graded lead-in reaches down over
GRADED_LEAD_IN = (r"\b(?:graded|rated|judged|assessed|found\s+to\s+be|judged\s+to\s+be|grades\s+(?:are|were))"
                  r"(?:\s+(?:as|to\s+be))?(?:\s+follows)?\s*:\s*$")

# A graded line that says the areas follow in a list ("rated 'requires improvement' in no fewer
# than five other areas:", "good in the following areas:", "We were also graded good for:").
# ... the areas' clause that may follow the word ("areas it inspected", "areas inspectors looked at")
AREAS_CLAUSE = (r"(?:\s+(?:it|we|they|the\s+inspectorate|(?:the\s+)?inspectors)\s+"
                r"(?:inspected|graded|assessed|examined|reviewed|looked\s+at))?")
AREAS_BELOW = (r"\b(?:areas?" + AREAS_CLAUSE + r"|aspects?|the\s+following"
               r"|for|in|at)\s*:$"  # ("good in four of the eight areas it inspected:")
               # ("Every other graded area came out as good:", "The remaining areas were all adequate:")
               rf"|\bareas?\b[^:]{{0,60}}\b(?:{GRADE_ALTERNATION})['\"\u2019]?\s*:$")

# The words of a line of a site's notices, not of the document: a consultation's banner, a cookie notice.
# Its dates are the site's ("Proposed inspection programme and framework 2025-29: For
# consultation"), so the document's period is never read from it.
SITE_NOTICE = (r"\bfor\s+consultation\b|\bconsultation\s+(?:closes|ends|period)\b|\bwe\s+would\s+like\s+your\s+views\b"
               r"|\bis\s+consulting\s+on\b|\b(?:give|send|tell)\s+us\s+your\s+views\b"
               r"|\b(?:we|this\s+(?:site|website))\s+uses?\s+cookies\b")

INTEGRATED_PERIODS: dict[int, str] = {
    2018: "2018/19", 2019: "2018/19", 2021: "2021/22", 2022: "2021/22",
    2023: "2023-25", 2024: "2023-25", 2025: "2023-25",
}
# The integrated assessment's cycles in order, each as the inspectorate names it. The 2025-27
# round (its framework published April 2025) is known by its name only: a year of it alone
# ("in 2026", "precept 2026/27") dates no inspection, as the years it shares with 2023-25 go
# to the cycle they close.
INTEGRATED_CYCLES: tuple[str, ...] = ("2018/19", "2021/22", "2023-25", "2025-27")
# Every PEEL period: the pillar years before the integrated assessment, then its cycles. A
# fact of another year (a crime data integrity inspection of 2020, a fire inspection's) is
# no PEEL fact.
PEEL_PERIODS: frozenset[str] = frozenset({"2014", "2015", "2016", "2017", *INTEGRATED_CYCLES})

# A form field whose value holds statements: the label, then a tab ("Label: text" is one
# statement stated inline, which the statement machine reads).
FIELD_LABELS = r"^(?:areas?\s+for\s+improvement|recommendations?|causes?\s+of\s+concern)\s*(?:\t+|$)"

# A line after which the statements of a list are over: somebody's statement begins.
STATEMENTS_END = (
    r"\b(?:said|says|added|commented)\s*:|^statement\s+(?:from|by)\b|\bhas\s+welcomed\b|\bwelcom(?:e|es|ed)\s+(?:the|this|today)"
    # minutes: the reply to what was read out, and the members' discussion
    r"|^in\s+(?:response|reply)\s*,|^members?\s+(?:raised|asked|noted|discussed|questioned)\b"
)

# A charity's or a paper's own statements, said so under their heading or in their lead-in
# ("These are our recommendations, not the inspectorate's.", "We make four recommendations of
# our own"): what follows is not the inspectorate's, whatever its heading calls it.
DISOWNED_STATEMENTS = (r"\bnot\s+(?:those\s+of\s+)?(?:the\s+)?(?:inspectorate|HMICFRS|HMIC)(?:['\u2019]s)?\b"
                       r"|\b(?:recommendations?|proposals?)\s+of\s+our\s+own\b"
                       # ("These are IOPC learning recommendations. They are separate from, and should not be
                       # confused with, recommendations made by the police inspectorate")
                       r"|\bseparate\s+from\b[^.\n]{0,80}?\b(?:inspectorate|HMICFRS|HMIC)\b")

# A statement another body makes in its own name ("The IOPC recommends that the force ...", "The
# coroner recommends ..."): never the inspectorate's
OTHER_BODY_RECOMMENDS = (r"\W*(?:the\s+)?(?:IOPC|Independent\s+Office\s+for\s+Police\s+Conduct|coroner|inquiry|panel|committee"
                         r"|ombudsman|council|charity|auditor)\s+(?:also\s+)?recommends?\b")

# A letter's or page's sign-off ends the statement or update above it: the closing words, or a
# name on a line of its own with the signer's title on the next.
SIGN_OFF = r"^(?:yours\s+(?:sincerely|faithfully)|kind\s+regards|signed)\b"
SIGNER_NAME = r"^(?:(?:Sir|Dame|Dr|Mr|Mrs|Ms|Lord|Lady)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019.-]*){1,3}(?:,?\s+[A-Z]{2,5})*$"
SIGNER_TITLE = (rf"^(?:the\s+)?(?:{INSPECTOR_TITLE}|{COMMISSIONER_TITLE}|{CHIEF_TITLE})"
                r"(?:\s+(?:for|of)\s+[^.\n]{1,60})?$")

# A committee paper's "Recommendation" asks its readers to decide ("The Panel is asked to
# note the report"): no statement of the inspectorate.
TO_COMMITTEE = (r"(?:that\s+)?(?:the\s+)?(?:police\s+and\s+crime\s+)?(?:panel|board|committee|members?|meeting)\s+"
                # ("Members should note that ...": what a paper tells its readers, no statement)
                r"(?:(?:is|are)\s+(?:asked|recommended|invited|requested)\s+to\b|should\s+note\b)")
# A cause of concern is a finding, said in a sentence: a few words with no full stop are a
# heading that followed the list ("Progress against recommendations").
HEADING_WORDS = 6

# A table's column header this short that names one pillar ("Effectiveness", "Efficiency
# grade") grades that pillar in each row of a force; longer headers are sentences.
PILLAR_COLUMN_CHARS = 40

# A sentence about "the force" in a release about several forces: the force named as the
# subject of a sentence within this many characters before it (its paragraph or the last).
ANAPHOR_SUBJECT = (r"\s*(?:(?:but|and|yet|however,?|so)\s+)?(?:(?:in|by|since|until)\s+(?:19|20)\d\d,?\s+)?"  # ("In 2019 it became ...")
                  r"(?:the\s+(?:force|constabulary)(?:'s)?|it|its)\b")
# ... or "the force" as the subject of a finding reported in the sentence ("But inspectors
# said the force requires improvement in ..."), searched before the grade.
ANAPHOR_REPORTED = (r"\b(?:said|says|found|concluded|judged|graded|rated|considered|believes?|reported|stated)\s+(?:that\s+)?"
                    r"(?:the\s+(?:force|constabulary)|it)\b")
ANAPHOR_REACH = 600
ANAPHOR_CLAUSE_REACH = 40  # characters past the graded clause's start where "said the force" may end

# A count of forces as a grade's subject ("12 were graded good at ...", "three forces were
# judged inadequate"): a national figure, no judgement of the document's force.
COUNT_SUBJECT = (
    r"(?:^|[\s,;(])(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all|most|many|several|"
    r"some|half|none)(?:\s+(?:of\s+(?:the|these|them)|other))?(?:\s+\d{1,2})?(?:\s+(?:police\s+)?forces)?\s+"
    r"(?:were|was|are|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:graded|judged|rated|found|assessed)\b"
    # "Most forces are good at ...", "Of the 27 forces we inspected, 11 require improvement"
    r"|(?<![\w-])(?:most|many|several|some|all|few)\s+(?:police\s+)?forces\s+(?:are|were|have\s+been|remain)\b"
    # "No force was found to be inadequate": none of them
    r"|(?<![\w-])no\s+(?:other\s+)?(?:police\s+)?forces?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:graded|judged|rated|found|assessed)\b"
    r"|(?<![\w.])\d{1,2}\s+(?:of\s+(?:them|these)\s+)?(?:require|required|were|are)\b"
)

# A sentence that says a question is not graded: in its paragraph, a grade word for that
# question ("the force has a good understanding of ...") is no judgement.
NOT_GRADED_STATEMENT = (r"\b(?:do|does|did)\s+not\s+(?:grade|make\s+a\s+graded\s+judg(?:e)?ment)\b"
                        r"|\b(?:is|was|were|are)\s+not\s+graded\b|\bno\s+graded\s+judg(?:e)?ment\b")

# The years each force had a grade for each of three pillars (2014 graded efficiency alone).
THREE_PILLAR_YEARS: frozenset[str] = frozenset({"2015", "2016", "2017"})

# Integrated assessments graded by pillar, not by question (2018/19).
PILLAR_GRADED_PERIODS: frozenset[str] = frozenset({"2018/19"})
# The integrated assessments graded by area alone, with one set of area keys between them
AREA_GRADED_PERIODS: frozenset[str] = frozenset({"2021/22", "2023-25"})

# What follows an inspectorate's name when it is the one inspecting ("HMIC has today
# published", "HMICFRS judged"): matched right after the name.
INSPECTORATE_ACTS = (
    r"\W{0,3}(?:\([A-Z]+\)\s*)?(?:has|have|had)?\s*(?:today\s+|also\s+|now\s+|last\s+|previously\s+|first\s+)?"
    r"(?:published|publishes|assessed|assesses|judged|judges|found|finds|inspected|inspects|graded|grades|"
    r"examined|examines|reviewed|reviews|looked\s+at|looks\s+at|visited|"
    r"rated|rates|considers|considered|carried\s+out|concluded|reported|said|found\s+that|announced)\b"
    # or its work named with no year between ("the HMICFRS findings", "HMICFRS's report"): this
    # inspection's; "HMIC's 2014 report" is an earlier one
    r"|(?:'s|\u2019s)?\s+(?:findings|report|inspection|assessment|inspectors|judgements?)\b"
)

# ... or what comes right before it: a copyright line, an "Inspectorate" field, or the work
# it did ("This assessment by HMICFRS", "a report from HMIC")
INSPECTED_BY = (r"(?:\u00a9|\(c\)|copyright|inspectorate)\W*$"
                r"|\b(?:report|inspection|assessment|review|judgements?|findings)\s+(?:by|from)\s+(?:the\s+)?$")

# Tables of statements (trackers, panel papers, spreadsheets): the header of each column.
# (The header may name who made them first: "HMICFRS recommendation", "PEEL AFI".)
_MADE_BY = r"^(?:(?:hmicfrs|hmic|peel|report|inspection|inspectorate)(?:'s)?\s+)?"
STATEMENT_COLUMNS: dict[str, str] = {
    _MADE_BY + r"(?:areas?\s+for\s+improvement|afis?)\b": "area-for-improvement",
    _MADE_BY + r"(?:recommendations?|recs?)\b": "recommendation",
    # a revisit's table: "What we recommended", "What HMICFRS recommended"
    r"^what\s+(?:we|the\s+inspectorate|hmicfrs|hmic|the\s+inspectors)\s+recommended\b": "recommendation",
    _MADE_BY + r"(?:causes?\s+of\s+concern|cocs?)\b": "cause-of-concern",
}
# A tracker of mixed statements: a column says each row's kind ("AFI", "Recommendation"),
# another holds its text. (A first cell that is a reference, "Rec 1" under a column of areas
# for improvement, says its row's kind too.)
KIND_COLUMN = r"^(?:(?:finding|statement|item|issue)\s+)?(?:type|kind|category)\b"  # ("Finding type")
STATEMENT_TEXT_COLUMN = (_MADE_BY + r"(?:description|detail|details|text|findings?|statement|wording)\b"
                         # an Easy Read or summary table: "What the force should do (better)"
                         r"|^what\s+the\s+(?:force|constabulary)\s+(?:should|needs\s+to|must)\s+do\b"
                         # a force's own table: "What HMICFRS said", "What the inspectors found"
                         r"|^what\s+(?:the\s+)?(?:hmicfrs|hmic|inspectorate|inspectors|report)\s+(?:said|says|found|asked|recommended)\b"
                         # a tracker's "Area / recommendation": each row's area, then its statement
                         r"|^area\s*(?:/|&|and)\s*(?:recommendation|area\s+for\s+improvement|afi|finding|statement)s?\b")
# ... or a reference column whose cells name each row's kind with its number ("AFI 3",
# "CoC 1 Rec 1": the recommendation under cause of concern 1, so the last kind named counts).
# ("Ref", "No.", and a kind's: "AFI ref", "Rec no.")
REFERENCE_COLUMN = r"^(?:(?:afi|rec|coc|recommendation|area\s+for\s+improvement)\s+)?(?:ref(?:erence)?|no|number|id|#)\.?$"
KIND_REFERENCE = (r"(?P<kind>areas?\s+for\s+improvement|afi|recommendation|rec|r|causes?\s+of\s+concern|coc)"
                  # ("R1.2": recommendation 2 of cause of concern 1; "AFI21-6" as a PDF prints it, "AFI21- 6")
                  r"\s*[.:-]?\s*\d{1,2}[a-z]?(?:[.-]\s?\d{1,2})?")
# ... after the code of its report ("PEEL23-CoC1", "PEEL21-AFI-07", "VMM-R12")
REFERENCE_REPORT_CODE = r"(?:[a-z]{2,8}[ _]?\d{0,4}[ _./-]+)?"
# ... the one-letter short form a reference may use ("CoC 1 - R2")
REFERENCE_SHORT_KINDS = {"r": "recommendation"}
AREA_COLUMN = r"^(?:peel\s+|inspection\s+|report\s+)?(?:area|question|theme|section|pillar|graded\s+area)s?\b(?!\s+for\b)"
# ("Force tracker position (September 2022)": the force's own tracker's record of its progress)
UPDATE_COLUMN = (r"^(?:(?:force|constabulary)(?:['\u2019]s)?\s+|chief\s+constable'?s?\s+|latest\s+|our\s+)?(?:tracker\s+)?(?:reported\s+)?(?:update|progress|response|actions?(?:\s+taken)?|comments?|commentary|current\s+status|(?:current\s+)?position)\b"
                 # (never who owns the action or when it is due: "Action owner", "Action lead", "Action due")
                 r"(?!\s+(?:owner|lead|manager|due|date|deadline)s?\b)"
                 r"|^what\s+(?:we|the\s+force|the\s+constabulary)\s+(?:are|is|have|has)\s+(?:doing|done)\b")
FORCE_COLUMN = r"^(?:police\s+)?force$"
# the heading of a table's column of grades, alone on its line
GRADE_COLUMN = r"(?:(?:our|overall|peel|current|graded|hmicfrs|hmic)\s+)?(?:grades?|judge?ments?|ratings?|grading)(?:\s+(?:given|awarded))?:?"
PERIOD_COLUMN = r"^(?:report|inspection|source|assessment)\b"
# ... whose cell may name the row's kind ("PEEL 2021/22 - area for improvement: investigating
# crime": the first kind it names) or another kind of inspection, whose statements are not
# the force's PEEL statements (custody, thematic and joint inspections)
KIND_NAMED = r"\b(?:areas?\s+for\s+improvement|afi|recommendations?|causes?\s+of\s+concern)\b"
# (a tracker's report cell naming another inspection: "VAWG inspection 2021", "Crime data integrity 2019")
OTHER_REPORT = (r"\b(?:thematic|custody|joint\s+inspection|unannounced|child\s+protection|vawg"
                r"|violence\s+against\s+women|crime\s+data\s+integrity|vetting|stalking|digital\s+forensics?"
                r"|modern\s+slavery|counter[- ]terrorism)\b")

# A column of statements holds one of this many words at least; a column headed "Cause of
# concern raised" whose cells say "Yes" or "No" holds none.
STATEMENT_MIN_WORDS = 4
# Lines between two parts of a table of statements that span it (an area's row, a cause of
# concern's row): at most this many, or the table has ended.
MAX_SPANNING_ROWS = 4
# A statement's own label at the start of its cell ("Cause of concern: The force ..."): not its text.
STATEMENT_LABEL = (r"^(?:areas?\s+for\s+improvement|recommendation|causes?\s+of\s+concern)(?:\s*\d{1,2})?"
                   r"\s*(?::|\s[-\u2013\u2014])\s*")

# A text that says no statement of a kind was made ("did not identify any cause of concern",
# "There were no causes of concern and no recommendations"): never a statement itself
NONE_MADE = (r"\b(?:did|does|do|has|have|had|was|were)\s*(?:not|n['\u2019]t)\s+(?:\w+\s+)?(?:identify|identified|find|found"
             r"|raise|raised|make|made|give|given|issue|issued|set)\s+(?:any\s+)?(?:new\s+|further\s+)?"
             r"(?:causes?\s+of\s+concern|recommendations?|areas?\s+for\s+improvement)\b"
             r"|\b(?:there\s+(?:were|was|are|is)|it\s+(?:made|raised|gave))\s+no\s+(?:new\s+|further\s+)?"
             r"(?:causes?\s+of\s+concern|recommendations?|areas?\s+for\s+improvement)\b"
             # "None of the 2016 PEEL reports for the force contained a cause of concern."
             r"|\bnone\s+of\s+[^.;\n]{0,80}?\b(?:contained|made|raised|included|identified|had|gave)\s+(?:a|any)\s+"
             r"(?:causes?\s+of\s+concern|recommendations?|areas?\s+for\s+improvement)\b")

# A text that counts the statements a report gave ("The 2023-25 report gives one cause of
# concern, on investigations"): about them, never one itself, unless it opens as one does
COUNT_MADE = (r"\b(?:gives?|gave|made|makes|raised?|raises|contains?|contained|identified|identifies|issued|includes?|included"
              r"|sets?\s+out)\s+(?:the\s+force\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}"
              r"|a\s+(?:single|further|new|second))\s+(?:new\s+|further\s+)?"
              r"(?:causes?\s+of\s+concern|recommendations?|areas?\s+for\s+improvement)\b")

# Prose and headings that introduce a list of statements without a heading of the usual
# form, by kind; each must also point ahead (INTRODUCES), end with a colon, or be a heading.
STATEMENT_INTROS: dict[str, str] = {
    # ("The inspectors asked us to improve in four areas:", "want the force to improve")
    # ("HMIC wants the force to do better in one area in particular:")
    # ("The Inspectorate has asked the Constabulary to look at two things:")
    r"\bareas?\s+for\s+improvement\b|\b(?:asked|told|want(?:s|ed)?)\s+(?:(?:us|it|the\s+force|the\s+constabulary)\s+)?to\s+"
    r"(?:improve|do\s+better|get\s+better|look\s+(?:again\s+)?at|address|work\s+on|focus\s+on)\b"
    # "What the force needs to do better", "Where the constabulary must improve"
    # ("What the inspectors want to see improved")
    r"|\bwant(?:s|ed)?\s+to\s+see\s+(?:improved|improvements?)\b"
    r"|\b(?:what|where)\s+(?:we|the\s+force|the\s+constabulary)\s+(?:needs?|must|should)\s+(?:to\s+)?"
    r"(?:improve|do\s+better|get\s+better|work\s+on)\b"
    # "the inspectors also found that we need to get better at some things:"
    r"|\b(?:we|it|the\s+force|the\s+constabulary)\s+(?:needs?|needed)\s+to\s+(?:improve|get\s+better|do\s+better)\b"
    # "areas where the force could do better, including:", "areas in which we could improve"
    r"|\bareas?\s+(?:where|in\s+which)\s+(?:we|it|the\s+force|the\s+constabulary)\s+(?:could|can|should|must|needs?\s+to)\s+"
    r"(?:improve|do\s+better)\b"
    # "The report sets out one area the force must address:"
    r"|\bareas?\s+(?:that\s+)?(?:we|it|the\s+force|the\s+constabulary)\s+(?:should|must|needs?\s+to)\s+"
    r"(?:address|improve|work\s+on|tackle)\b": "area-for-improvement",
    # "To address this cause of concern, we recommended that:": what follows is recommended
    # ("The inspectorate recommended that within three months:", "The report recommends:")
    # ("The report went on to recommend that:")
    r"\brecommendations?\b|\b(?:i|we|inspectors|hmicfrs|hmic|(?:the\s+)?(?:inspectorate|report))\s+(?:also\s+|(?:went|goes)\s+on\s+to\s+)?"
    r"recommend(?:s|ed)?\b": "recommendation",
    r"\bcauses?\s+of\s+concern\b": "cause-of-concern",
    # "Under that question the inspectors said:": what they said there, quoted below, where
    # nothing before names its kind (looked at last) ("The 2017 legitimacy report did, however,
    # say that:")
    # ("HMICFRS told the force that:", "Among the things HMIC says the force must do:", "They told
    # the force what to fix:")
    r"\b(?:the\s+)?(?:inspectors|inspectorate|hmicfrs|hmic|report|they)\s+(?:also\s+)?(?:did\s*,?\s+(?:however\s*,\s+)?say"
    r"|said|says|wrote|stated|commented|noted|told\s+(?:the\s+force|the\s+constabulary|us|it|them)|tells\s+(?:the\s+force|us))"
    # ("Eight years later, the 2023-25 report says something very similar:")
    r"(?:\s+(?:something|much)\s+(?:very\s+|much\s+)?(?:similar|the\s+same)(?:\s+again)?)?"
    r"(?:\s+that|\s+what\s+(?:to|it\s+(?:must|should|needs?\s+to))\s+(?:fix|do|improve|change))?"
    r"(?:\s+the\s+(?:force|constabulary)\s+(?:should|must|needs?\s+to)\s+do)?\s*:\s*$": "area-for-improvement",
}
# A grade the same as an earlier year's, that year after it: ", as it was in 2016" (its opening)
AS_IT_WAS = r",?\s*(?:just\s+|exactly\s+)?as\s+it\s+(?:was|had\s+been)\s+in\s+"
# A force's own or its peers' rehearsal of an inspection, whose ratings are no inspectorate's
# ("The peer review team that carried out our mock inspection rated A as adequate")
OWN_REVIEW = r"\b(?:mock\s+inspections?|peer\s+review|review\s+team|self[- ]assess\w*|dry\s+run)\b"
# A grade hoped for, aimed at or expected, or one that may or would be given: no inspectorate's
# ("We aim to be outstanding", "hopes to be judged good", "'may be graded inadequate'", "target: good")
ASPIRED = (r"\b(?:(?:aim(?:s|ed|ing)?|hop(?:e|es|ed|ing)|want(?:s|ed|ing)?|expect(?:s|ed|ing)?|striv(?:e|es|ing)|aspir(?:e|es|ing)"
           r"|intend(?:s|ed|ing)?|plan(?:s|ned|ning)?|determined|ambition\s+is|goal\s+is|aim\s+is)\s+(?:is\s+)?to\s+"
           r"(?:be|become|achieve|get|reach|remain|stay|move\s+to|return\s+to)"
           r"|(?:may|might|could|would)\s+(?:well\s+)?(?:not\s+)?(?:still\s+)?be(?:\s+(?:graded|rated|judged|assessed|found))?"
           r"|targets?\s*:)\b[^.;!?]{0,60}$")
# A year or a span of years as a period is written: "2017", "2021/22", "2023-25", "2023-2025"
YEAR_SPAN = r"20\d\d(?:\s*[/-]\s*\d{2,4})?"
# A heading's or a paragraph's section number: "3. Areas for improvement", "4.2 Recommendations"
SECTION_NUMBER = r"\d{1,2}(?:\.\d{1,2})*\.?[ \t]+"
# The most a table column's heading holds; a row's statement or sentence is longer
COLUMN_HEADING_CHARS = 40

# The force as a statement's subject: "the force", "the constabulary", "Kent Police",
# "Devon and Cornwall Constabulary"
FORCE_SUBJECT = r"(?:the\s+(?:force|constabulary)|[A-Z][\w&'\u2019 -]{2,40}?\s+(?:police|constabulary))"
# ... its name alone, capitalised words before "Police" or "Constabulary" whatever case the
# pattern around it ignores ("Lancashire Constabulary", "Devon & Cornwall Police")
FORCE_NAMED = r"(?-i:[A-Z][\w'\u2019-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'\u2019-]*){0,3})\s+(?:Police|Constabulary)"
# A year's pillar report after its year: "2015 effectiveness inspection", "2016 PEEL report"
REPORT_AFTER_YEAR = r"\s+(?:PEEL\s+)?(?:(?:effectiveness|efficiency|legitimacy|leadership)\s+)?(?:inspection|assessment|report)\b"

# A recommendation's deadline before its statement: "Within six months, the force should ...",
# "By 31 March 2026, the force should ..." (an area for improvement has none)
DEADLINE = r"(?:within\s+\w+\s+\w+|by\s+[\w ]{3,20})\s*,"

# A verb in what precedes a statement makes it a sentence, not a run-in label of the area
# ("Investigating crime. The force should ..." is labelled; "Investigations are slow. The force ..." is not)
LABEL_VERBS = (r"\b(?:is|are|was|were|has|have|had|should|must|needs?|will|did|does"
               # (a sentence of its own: "HMICFRS found some positive work. The constabulary ...")
               r"|found|said|says|made|gave|graded|rated|judged|identified|noted|praised|welcomed|saw|told|asked|raised)\b")

# A cause of concern no longer than this may be an area's grade in a list ("Protecting
# vulnerable people: requires improvement."), not a concern
SHORT_STATEMENT_CHARS = 80

# A sentence whose subject is another body that HMICFRS inspects or works with: its grades
# are that body's ("Humberside Fire and Rescue Service, which I do not oversee, was also
# judged good at managing its finances")
OTHER_BODY_SUBJECT = (r"\s*(?:the\s+)?(?:(?:[A-Z][\w&'-]*|&)\s+){0,6}(?:fire\s+(?:and|&)\s+rescue\s+(?:service|authority)"
                      r"|fire\s+service|(?:county|city|borough|district)\s+council|nhs\s+trust|prison)\b")

# A statement reported in running text: the inspectorate said what the force should do
# ("the inspectorate said the force should make sure ..."): the statement is from "the force"
# to the end of the sentence; "recommended" makes it a recommendation.
REPORTED_STATEMENT = (
    r"\b(?:(?:the\s+)?(?:inspectorate|inspectors|report|hmicfrs|hmic)\s+(?:also\s+)?"
    r"(?P<verb>said|says|stated|found|concluded|recommended|recommends|noted)\s+(?:that\s+)?"
    # minutes that name the statement: "The first area for improvement was that the force
    # should ...", "The Board noted the fourth area for improvement, that the force should ..."
    # (never "a recommendation that the force must act on": a relative clause, no statement)
    r"|(?P<named>area\s+for\s+improvement|recommendation)(?:\s+(?:was|is)|,)\s+that\s+)"
    # (or the force by its name: "The inspectors said Merseyside Police should improve ...")
    rf"(?P<text>(?:the\s+(?:force|constabulary)|{FORCE_NAMED})\s+(?:should|must|needs?\s+to)\s)"
)
# The force's answer told in a sentence after a reported statement, in the same paragraph,
# opening with its speaker: "The force reported that ...", "The Deputy Chief Constable said that ...".
REPORTED_UPDATE = (r"(?:the\s+)?(?:force|constabulary|(?:(?:deputy|assistant|temporary|acting)\s+)?chief\s+constable)\s+"
                   r"(?:also\s+)?(?:reported|said|explained|told\s+the\s+\w+|confirmed|updated\s+the\s+\w+\s+on\s+\w+)"
                   r"\s+(?:that\s+)?\w")
# ... or in a force's own words: "The inspectors want us to ...", "They also want us to ..."
# ("they" only after such a sentence): the whole sentence is the statement.
REPORTED_FIRST_PERSON = (
    r"(?<![\w'\u2019])(?:the\s+)?(?P<subject>inspectorate|inspectors|report|hmicfrs|hmic|they)\s+(?:also\s+)?"
    r"(?:want|wants|wanted|asked|asks|told)\s+us\s+to\s"
)

INTRODUCES = (r"\b(?:below|following|as\s+follows|set\s+out\s+(?:below|here)|listed|these\s+are|in\s+turn"
              # ("HMICFRS set out two areas for improvement for it, quoted here in full.")
              r"|(?:quoted|reproduced|given)\s+(?:here|in\s+full)"
              # minutes: "The Deputy Chief Constable then took the Board through the areas for improvement"
              r"|(?:took|takes|take|went|goes|go)\s+(?:[\w']+\s+){0,3}?through)\b")
# A short sentence on a line of its own that counts the statements ("We made two
# recommendations to address it."): the statements follow it, as after a colon.
COUNTED_STATEMENTS = (r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:new\s+|further\s+|more\s+)?"
                      r"(?:areas?\s+for\s+improvement|recommendations?|causes?\s+of\s+concern)\b")
COUNTED_INTRO_WORDS = 15
