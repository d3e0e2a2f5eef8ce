"""Write gold/kj01.json ... gold/kj10.json for corpus40 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122 = "2023-25", "2021/22"
HF = "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
AREAS = [PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM]
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
W = {"G": G, "A": A, "RI": RI, "I": I, "O": O}

AS, DC, DO = "Avon and Somerset Constabulary", "Devon and Cornwall Police", "Dorset Police"
GL, WI, WA = "Gloucestershire Constabulary", "Wiltshire Police", "Warwickshire Police"
WM, ST, DE, LE = "West Mercia Police", "Staffordshire Police", "Derbyshire Constabulary", "Leicestershire Police"

# One set of invented PEEL 2023-25 grades per force, in AREAS order; every document that
# gives a force's grade uses these.
GRADES = {
    DE: "G G A RI A G G A",
    LE: "G O G A G G A G",
    WM: "G A RI A A G G G",
    GL: "A G RI RI A A A RI",
    AS: "G A A RI A G A A",
    DC: "A G A RI RI A G A",
    DO: "G G A A G O G G",
    WI: "A A RI RI A A G A",
    ST: "G G RI A A G A G",
    WA: "A G A A RI G A A",
}


def insp(force, period=P2325, pillar="PEEL", inspectorate=HF):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def all8(force):
    return grades(force, P2325, list(zip(AREAS, [W[x] for x in GRADES[force].split()])))


def some(force, keys):
    d = dict(zip(AREAS, [W[x] for x in GRADES[force].split()]))
    return grades(force, P2325, [(k, d[k]) for k in keys])


def stmt(force, question, text, update=False, period=P2325, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title,
            "qualifier": qualifier}


HMI = "His Majesty\u2019s Inspector of Constabulary"


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(),
         recs=(), coc=(), people=(), encoding="utf-8", also=None, notes=None):
    g = {"document": document, "genre": genre, "encoding": encoding, "forces": list(forces),
         "inspectorates": list(inspectorates), "inspections": list(inspections),
         "judgements": list(judgements), "areas_for_improvement": list(afis),
         "recommendations": list(recs), "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


GOLDS = []

# kj01 -- PCC annual report chapter (PDF), Derbyshire ----------------------------------
GOLDS.append(gold(
    "kj01.pdf", "response-record", [DE, LE], [HF],
    [insp(DE), insp(DE, P2122)],
    all8(DE) + grades(DE, P2122, [(INV, A)]),
    afis=[
        stmt(DE, INV, "The force should make sure that investigation plans are recorded and reviewed "
             "by a supervisor, so that reasonable lines of enquiry are followed and victims are told "
             "how their case is progressing.", True),
        stmt(DE, RESP, "The force should reduce the time it takes to attend incidents graded as "
             "priority, and keep callers updated when attendance will be delayed.", True),
        stmt(DE, PVP, "The force should make sure that officers who attend domestic abuse incidents "
             "complete risk assessments to the required standard before they leave the scene.", False),
    ],
    people=[
        person("Owain Prothero", "chief-constable", DE, "Chief Constable"),
        person("Lyndsey Marwick", "inspector", HF, HMI),
        person("Harriet Lusk", "chief-constable", DE, "Deputy Chief Constable", "deputy"),
        person("Nadine Ashworth-Kemp", "commissioner", DE,
               "Police and Crime Commissioner for Derbyshire"),
    ],
    notes=[
        "A PCC's annual report chapter printed from a designed page: body in two CSS columns with a "
        "drop cap (pypdf gives 'S' on its own line, then 'crutiny'), an absolutely positioned 'PEEL "
        "at a glance' sidebar whose text pypdf puts after the whole body, and a pull quote.",
        "Grades come only from the sidebar tiles: each tile prints the grade in large type over its "
        "area (the DOM has the area first; flex column-reverse puts the grade on top). The body "
        "gives counts only ('good in four of the eight areas ... adequate in three') plus the "
        "investigating-crime grade ('graded as requiring improvement').",
        "'In the 2021/22 inspection the same area was graded adequate' -> Derbyshire 2021/22 "
        "investigating-crime Adequate (HMICFRS named for the inspection in the same paragraph).",
        "Three AFIs in a box, each under an area label. has_force_update is true where 'Force "
        "progress:' follows; the third has only 'Status: The force's first report on this area is "
        "due in June 2025', which is no update.",
        "Distractors: the grading key with all five grades; the survey percentages; 'good "
        "practice'; Derbyshire Fire & Rescue Service 'graded good for understanding the risk of "
        "fire' (a fire inspection); 'eight areas for improvement' (a count); 2025/26 budget; ACC "
        "Marcus Feeney (not a person fact). Leicestershire Police is named in passing (no grade).",
        "People: the CC is named 'the Chief Constable, Owain Prothero' (title first). The PCC is "
        "named only in the signature, name first, so the title is kept in full. The HMI is named "
        "under the pull quote, name then title. The body's ligatures (pypdf gives U+FB01 'fi' in "
        "'first', 'officers') sit in the DejaVu Serif body; no gold string contains a ligature.",
        "Genre: a commissioner's account of an inspection and the force's progress -> "
        "response-record (the nearest fit).",
    ]))

# kj02 -- HMICFRS summary (PDF), Leicestershire ------------------------------------------
GOLDS.append(gold(
    "kj02.pdf", "peel-report-2021", [LE], [HF],
    [insp(LE), insp(LE, P2122)],
    all8(LE) + grades(LE, P2122, [(PREV, G)]),
    afis=[
        stmt(LE, INV, "The force should make sure that investigations are supervised effectively, "
             "and that supervisors record their reviews and set clear actions."),
        stmt(LE, WORK, "The force should improve how it understands and responds to the wellbeing "
             "needs of its workforce, particularly for staff in its public contact centre."),
    ],
    people=[
        person("Imogen Westerby", "chief-constable", LE, "Chief Constable"),
        person("Dafydd Rhys-Morgan", "inspector", HF, HMI),
    ],
    also={
        "inspections": [],
        "judgements": grades(LE, P2122, [(PVP, G)]),
    },
    notes=[
        "An inspectorate summary in a three-column grid: two text columns (CSS columns) and a "
        "grey 'Our judgements' column. The judgements are a CSS grid with grid-auto-flow: column, "
        "so the DOM (and pypdf) gives the eight area names first and then the eight grades; on the "
        "printed page each grade chip sits on the same row as its area. Pair them by position.",
        "The lead paragraph repeats 'we graded that area outstanding' (preventing crime). The count "
        "tiles (1 outstanding, 5 good, 2 adequate) and the five-grade scale are distractors. "
        "Victim service 'is not graded'.",
        "'In our 2021/22 inspection we graded its work to prevent crime as good' -> 2021/22 "
        "preventing-crime Good. 'the force has kept its grade of good for protecting vulnerable "
        "people' implies an earlier Good without naming the period, so 2021/22 PVP Good is only "
        "also_acceptable (its inspection is already a main fact).",
        "The two AFIs sit under area headings in a two-column block; neither has a force update. "
        "'no recommendations ... no cause of concern' gives nothing; '14 forces outstanding' is a "
        "national count; 'good practice' and Leicestershire Fire and Rescue Service are distractors.",
        "People: the HMI signs the summary (name, then title on the next line); 'Chief Constable "
        "Imogen Westerby' is named title-first. The masthead is printed first but pypdf puts it "
        "at the end of page 1 text.",
    ]))

# kj03 -- force staff magazine (PDF), West Mercia ----------------------------------------
GOLDS.append(gold(
    "kj03.pdf", "press-release", [WM, WA], [HF],
    [insp(WM), insp(WM, P2122)],
    all8(WM) + grades(WM, P2122, [(RESP, I)]),
    people=[
        person("Gwendolyn Achebe", "inspector", HF, "HM Inspector of Constabulary"),
        person("Pippa Armitage-Lowe", "chief-constable", WM, "Chief Constable"),
        person("Rhodri Vane", "chief-constable", WM, "Deputy Chief Constable", "deputy"),
        person("Barnaby Tisdale", "commissioner", WM,
               "Police and Crime Commissioner for West Mercia"),
    ],
    also={
        "people": [person("Barnaby Tisdale", "commissioner", WM, "Police and Crime Commissioner")],
    },
    notes=[
        "A staff magazine spread in three justified CSS columns with soft hyphens (&shy;): pypdf "
        "gives 'pub \u2010\\nlished', 'treat \u2010\\nment', 'man age \u2010\\nment' and leaves a "
        "space where an unbroken soft hyphen sits ('sup porting', 'inves tigating'). Ligatures "
        "are on (U+FB01/U+FB00 in pypdf text). A drop cap 'T' is separated from 'he inspectorate'.",
        "Grades: the prose says 'good for police powers and public treat-ment, for managing "
        "offenders and suspects, for building, sup-porting and protecting the workforce, and for "
        "leadership and force man-age-ment' and 'preventing crime, inves-tigating crime and "
        "protecting vul-ner-able people - were graded adequate'; the 'Our scorecard' box (inside "
        "the columns) repeats all eight with unhyphenated names.",
        "Responding to the public: 'requires improvement, up from inadequate in 2021/22' (photo "
        "caption) and 'In the 2021/22 inspection, responding to the public was graded inadequate' "
        "-> 2021/22 Inadequate. The inspectorate is HMICFRS (named in the body).",
        "No AFI text: 'seven areas for improvement' is only a count. Distractors: Hereford & "
        "Worcester Fire and Rescue Service 'graded good' (fire), the staff survey percentages, ACC "
        "Tess Okafor. Warwickshire Police is named only as a licensing partner.",
        "People: the HMI is named title-first under the pull quote ('HM Inspector of "
        "Constabulary Gwendolyn Achebe'). The PCC is named 'The Police and Crime Commissioner for "
        "West Mercia, Barnaby Tisdale': title first, but the place phrase is part of the title as "
        "written, so the full title is the main fact and the bare office is also_acceptable.",
        "Genre: force communications about its own inspection -> press-release (nearest fit).",
    ]))

# kj04 -- PCC quarterly update to the panel (PDF landscape dashboard), Gloucestershire ---
GOLDS.append(gold(
    "kj04.pdf", "response-record", [GL, WI, AS], [HF],
    [insp(GL), insp(GL, P2122), insp(WI), insp(AS)],
    all8(GL) + grades(GL, P2122, [(LFM, I)]) + some(WI, [INV]) + some(AS, [MOS]),
    recs=[
        stmt(GL, INV, "Within six months, the constabulary should make sure that every investigation "
             "has a documented plan that a supervisor has reviewed.", True),
        stmt(GL, INV, "Within six months, the constabulary should make sure that victims are updated "
             "in line with the Code of Practice for Victims of Crime.", False),
    ],
    coc=[
        stmt(GL, INV, "The constabulary does not make sure that investigations are allocated "
             "promptly, planned well and supervised, so too many victims do not receive the service "
             "they should.", True),
    ],
    people=[
        person("Dominic Haskell", "chief-constable", GL, "Temporary Chief Constable", "temporary"),
        person("Meredith Oakhampton", "commissioner", GL,
               "Police and Crime Commissioner for Gloucestershire"),
    ],
    notes=[
        "A landscape performance dashboard: a CSS grid of cards, the tall right-hand card holding "
        "the PEEL grades as coloured chips (grade word over area, four to a row), a boxed cause of "
        "concern and two recommendations, each followed by 'Constabulary update:'. An absolutely "
        "positioned legend lists all five grades.",
        "Recommendation 2's update is 'Not yet received. The Chief Constable will report at the "
        "June meeting.' -> has_force_update false. The cause of concern has its own update -> true.",
        "'when the inspectorate graded it inadequate for good use of resources' -> 2021/22 "
        "leadership-management (2021/22 area 'good use of resources') Inadequate; the 'good' is "
        "part of the area name. 'Leadership and force management is now graded requires "
        "improvement' and 'preventing crime is graded good' repeat chips.",
        "Neighbours in the commentary: 'Wiltshire Police was also graded requires improvement for "
        "investigating crime in the same round' and 'Avon and Somerset Constabulary was graded good "
        "for managing offenders and suspects' -> one 2023-25 judgement each.",
        "Distractors: survey percentages and KPI tiles, Gloucestershire Fire and Rescue Service "
        "'graded good' (fire), 'eleven areas for improvement' (count), 2025/26 budget, 'enhanced "
        "monitoring'.",
        "People: 'Temporary Chief Constable Dominic Haskell' (qualifier temporary); the PCC signs "
        "name first with the full title.",
    ]))

# kj05 -- regional one-page briefing (PDF), five South West forces -----------------------
GOLDS.append(gold(
    "kj05.pdf", "national-release", [AS, DC, DO, GL, WI], [HF],
    [insp(f) for f in (AS, DC, DO, GL, WI)],
    all8(AS) + all8(DC) + all8(DO) + all8(GL) + all8(WI),
    people=[person("Kerensa Bright", "chief-constable", DO, "Chief Constable")],
    notes=[
        "A one-page landscape matrix built from absolutely positioned boxes: a label column of the "
        "eight areas on the left and one column of coloured grade cells per force. The force "
        "columns are placed left to right alphabetically but written in the DOM in another order "
        "(Dorset, Avon and Somerset, Wiltshire, Devon and Cornwall, Gloucestershire), and the "
        "label column comes after them, so pypdf gives each force's eight grades first and the area "
        "names later. A grade belongs to the area printed on its row.",
        "Distractors: the grade key, the totals (1 outstanding, 12 good, 19 adequate, 8 requires "
        "improvement, 0 inadequate: counts with no areas), 'four of the five forces were graded "
        "requires improvement' (restates the matrix), the survey percentages, and the fire and "
        "rescue services 'graded good' in a callout.",
        "People: 'Chief Constable Kerensa Bright of Dorset Police' is quoted. Genre: a regional "
        "listing of several forces -> national-release.",
    ]))

# kj06 -- Staffordshire Commissioner annual report (DOCX) --------------------------------
GOLDS.append(gold(
    "kj06.docx", "response-record", [ST], [HF],
    [insp(ST), insp(ST, P2122)],
    all8(ST) + grades(ST, P2122, [(INV, RI)]),
    afis=[
        stmt(ST, RESP, "The force should reduce the number of non-emergency calls that are abandoned, "
             "and make sure that callers are told when there will be a delay in officers attending.",
             True),
        stmt(ST, RESP, "The force should make sure that it assesses risk consistently at the first "
             "point of contact, using a structured approach, and records the outcome.", True),
        stmt(ST, WORK, "The force should make sure that its wellbeing provision meets the needs of "
             "staff in its control room.", False),
    ],
    people=[
        person("Roisin Delahunt", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Morwenna Stiles", "chief-constable", ST, "Chief Constable"),
        person("Callum Pennock-Ward", "commissioner", ST,
               "Staffordshire Commissioner for Police, Fire and Rescue and Crime"),
    ],
    notes=[
        "Word layout: a borderless 2x4 layout table of shaded tiles, each cell a bold grade "
        "('GOOD', 'REQUIRES IMPROVEMENT') over its area in a second paragraph; a continuous section "
        "break into two columns; a floating text box (wps shape with a VML fallback holding the "
        "same text, as Word writes it) anchored in the first two-column paragraph; a section "
        "break back to one column for the AFI tracker table. The page header and footer do not "
        "count.",
        "The HMI is named only inside the text box, under the pull quote ('Roisin Delahunt, His "
        "Majesty's Inspector of Constabulary', straight apostrophe). A reader of the page sees it, "
        "so it is gold; an extractor that reads only w:body paragraphs misses it, one that reads "
        "every w:t reads it twice.",
        "'investigating crime, graded requires improvement in 2021/22, is now adequate' -> "
        "2021/22 investigating-crime Requires improvement.",
        "AFIs are rows of 'Area | Area for improvement | Force response | Status'. The third "
        "row's response is 'Awaiting the force's first update (due July 2025).' -> false.",
        "Distractors: the five-point scale caption, 'no cause of concern ... no recommendation', "
        "'six areas for improvement', 'good practice', 'an outstanding contribution award', survey "
        "percentages, and Staffordshire Fire and Rescue Service 'graded good for its "
        "effectiveness' (fire). The Commissioner signs name first; the title contains "
        "'Commissioner' and is the one Staffordshire uses for its PFCC.",
    ]))

# kj07 -- Warwickshire Police partner newsletter (DOCX) ----------------------------------
GOLDS.append(gold(
    "kj07.docx", "press-release", [WA, WM], [HF],
    [insp(WA)],
    all8(WA),
    afis=[
        stmt(WA, PVP, "The force should make sure that it shares information with safeguarding "
             "partners promptly when officers identify a child at risk of harm.", True),
    ],
    people=[
        person("Alasdair Penhaligon", "chief-constable", WA, "Chief Constable"),
        person("Farah Qureshi-Bell", "chief-constable", WA, "Deputy Chief Constable", "deputy"),
        person("Philippa Grantham", "commissioner", WA, "Police and Crime Commissioner"),
    ],
    notes=[
        "A newsletter laid out with a one-row, two-cell Word table: a shaded sidebar cell ('In "
        "this issue', then a nested two-column 'PEEL scorecard' table of area | grade) and the main "
        "article cell. Then a continuous section break into three columns for 'News in brief'.",
        "The scorecard gives all eight 2023-25 grades; the article repeats three of them ('good at "
        "preventing crime and at managing offenders and suspects', 'Protecting vulnerable people "
        "was graded requires improvement') and 'adequate in five more areas, including responding "
        "to the public and investigating crime'. The source line names HMICFRS and PEEL 2023\u201325.",
        "One AFI, introduced by 'Their area for improvement reads:' and set in 'Intense Quote' "
        "style; 'What we are doing: ...' follows -> has_force_update true.",
        "People: 'Chief Constable Alasdair Penhaligon', 'Deputy Chief Constable Farah "
        "Qureshi-Bell' (deputy), and 'Warwickshire\u2019s Police and Crime Commissioner, Philippa "
        "Grantham' (title first with the place before it -> 'Police and Crime Commissioner').",
        "Distractors: Warwickshire Fire and Rescue Service 'graded requires improvement' (fire, "
        "2022), survey percentages, 'Grades run from outstanding to inadequate'. West Mercia "
        "Police is named only as a licensing partner.",
        "Genre: a force's own publication -> press-release (nearest fit).",
    ]))

# kj08 -- Devon and Cornwall panel paper (DOCX) ------------------------------------------
GOLDS.append(gold(
    "kj08.docx", "response-record", [DC, DO], [HF],
    [insp(DC), insp(DC, P2122)],
    all8(DC) + grades(DC, P2122, [(PVP, A)]),
    afis=[
        stmt(DC, INV, "The force should make sure that investigations are allocated to officers with "
             "the right skills and are completed without unnecessary delay.", True),
        stmt(DC, INV, "The force should improve how it records and acts on the wishes of victims, "
             "including when victims withdraw their support for an investigation.", False),
    ],
    recs=[
        stmt(DC, PVP, "By 31 January 2025, the force should make sure that officers and staff "
             "complete a structured risk assessment for every domestic abuse incident and that "
             "supervisors review it.", True),
    ],
    coc=[
        stmt(DC, PVP, "Devon and Cornwall Police does not identify and respond to risk well enough "
             "when it first deals with vulnerable people, and it does not always make sure that "
             "safeguarding referrals are made.", False),
    ],
    people=[
        person("Gideon Trevail", "chief-constable", DC, "Acting Chief Constable", "acting"),
        person("Priya Ramaswamy-Holt", "inspector", HF, HMI),
        person("Tamsin Polglaze", "commissioner", DC,
               "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    ],
    notes=[
        "A panel paper in Word: a borderless layout table (Report of / Recommendation), a "
        "continuous section break into two columns, and the grades ONLY in a floating 'At a "
        "glance' text box ('Area \u2013 Grade' lines) anchored in the first body paragraph. The "
        "body repeats only the two requires-improvement grades. The page header and footer do not "
        "count.",
        "The 'Recommendation' row of the layout table ('That the Panel notes ...') is the "
        "report's recommendation to the Panel, not an inspection recommendation.",
        "'In 2021/22 the force was graded adequate for protecting vulnerable people' -> 2021/22 PVP "
        "Adequate.",
        "The cause of concern and the inspection recommendation are in 'Intense Quote' style "
        "under section 2 (vulnerability -> protecting-vulnerable). The 'Force update:' paragraph "
        "follows the recommendation, so the recommendation is true and the cause of concern false. "
        "The AFI table has a title row merged across three columns; the second AFI's update is 'No "
        "update this quarter.' -> false.",
        "People: 'Acting Chief Constable Gideon Trevail' (acting); the HMI is named title-first "
        "with the curly apostrophe; the PCC is named name-first at the end with the full title.",
        "Dorset Police is named as a former alliance partner (no grade). 'nine areas for "
        "improvement' is a count; 'enhanced monitoring' and the scale line are distractors.",
    ]))

# kj09 -- Avon and Somerset PCC web page (HTML) ------------------------------------------
GOLDS.append(gold(
    "kj09.html", "response-record", [AS, WI, GL, DC, DO], [HF],
    [insp(AS), insp(AS, P2122)],
    all8(AS) + grades(AS, P2122, [(INV, A)]),
    afis=[
        stmt(AS, INV, "The constabulary should make sure that it carries out and records proportionate "
             "initial investigations, and that crimes are allocated to staff who have the skills to "
             "investigate them.", True),
        stmt(AS, INV, "The constabulary should make sure that victims are kept informed about the "
             "progress of their cases.", True),
        stmt(AS, RESP, "The constabulary should improve how quickly it answers non-emergency calls.",
             False),
    ],
    people=[
        person("Marisa Okonjo-Hale", "commissioner", AS, "Police and Crime Commissioner"),
        person("Lindon Frayne", "chief-constable", AS, "Chief Constable"),
    ],
    notes=[
        "A commissioner's web page: cookie banner, nav, breadcrumbs, a CSS grid of eight grade "
        "tiles (grade word over area), a grading key, <details> accordions holding the AFIs (the "
        "first open, the second closed; a reader opens it), and a sidebar with 'Related content'.",
        "'In 2021/22 HMICFRS graded the force adequate for investigating crime' -> 2021/22 "
        "investigating-crime Adequate.",
        "AFIs: the two investigating-crime AFIs each have 'Constabulary update (March 2025):' -> "
        "true. The responding AFI has only 'Commissioner\u2019s view:' which says the constabulary "
        "has not yet reported -> false.",
        "People: 'Police and Crime Commissioner Marisa Okonjo-Hale meets Chief Constable Lindon "
        "Frayne' (both title first).",
        "Wiltshire, Gloucestershire, Devon and Cornwall and Dorset are named in a related-content "
        "link with no grade. Avon Fire and Rescue Service 'graded good' (fire), the survey "
        "percentage, the 2025/26 precept and the cookie-policy date are distractors. 'no "
        "recommendations and ... no cause of concern', 'seven areas for improvement' give nothing.",
        "Genre: the commissioner's account of the inspection and the force's updates -> "
        "response-record (a press-release reading is also arguable).",
    ]))

# kj10 -- local news article (HTML, windows-1252, CRLF), Dorset --------------------------
GOLDS.append(gold(
    "kj10.html", "press-release", [DO, WI], [HF],
    [insp(DO), insp(DO, P2122), insp(WI)],
    all8(DO) + grades(DO, P2122, [(MOS, G)]) + some(WI, [RESP]),
    people=[
        person("Laurence Obi-Whitlock", "inspector", HF, "HM Inspector of Constabulary"),
        person("Kerensa Bright", "chief-constable", DO, "Chief Constable"),
        person("Hugo Strangways-Pell", "commissioner", DO, "Police and Crime Commissioner"),
    ],
    encoding="cp1252",
    notes=[
        "A local newspaper article saved as windows-1252 with CRLF line endings (meta charset "
        "windows-1252; curly quotes, en dashes and the pound sign are single cp1252 bytes). An "
        "infographic grid of eight tiles gives every grade ('OUTSTANDING' over 'Managing "
        "offenders and suspects', ...); a floated pull quote, a 'Most read' rail and a poll sit "
        "beside the article.",
        "The prose repeats the grades as counts ('good in five of the eight areas') and names the "
        "two adequate areas. 'The force was graded good for managing offenders and suspects in "
        "2021/22' -> 2021/22 MOS Good. 'neighbouring Wiltshire Police was graded requires "
        "improvement for responding to the public' -> a 2023-25 judgement in passing.",
        "Distractors: 'Dorset & Wiltshire Fire and Rescue Service, was rated good for its "
        "efficiency' (fire), headlines in the rail ('Good news for commuters', 'Inadequate: care "
        "home rating'), poll and survey percentages, the cookie-notice date, 'Outstanding doesn't "
        "happen by accident'.",
        "People: 'HM Inspector of Constabulary Laurence Obi-Whitlock' (title first), 'Chief "
        "Constable Kerensa Bright', 'Dorset\u2019s Police and Crime Commissioner, Hugo "
        "Strangways-Pell' (-> 'Police and Crime Commissioner'). The reporter is not a fact.",
        "Genre: news coverage of a force's inspection -> press-release (nearest fit).",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
