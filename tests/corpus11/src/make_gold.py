"""Write gold/n01.json ... gold/n10.json for corpus11 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
RI = "Requires improvement"


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def pillars(force, period, eff, effic, legit):
    """Whole-pillar judgements (question null) for a 2015-2019 style assessment."""
    return [{"force": force, "period": period, "pillar": p, "question": None, "grade": g}
            for p, g in (("Effectiveness", eff), ("Efficiency", effic), ("Legitimacy", legit))
            if g is not None]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title,
            "qualifier": qualifier}


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

# n01 -- HMIC PEEL: Police efficiency 2016 full report (PDF), Avon & Somerset ------------
F = "Avon and Somerset Constabulary"
GOLDS.append(gold(
    "n01.pdf", "peel-report", [F, "Wiltshire Police", "City of London Police"], ["HMIC"],
    [insp(F, "2016", "Efficiency", "HMIC"), insp(F, "2015", "Efficiency", "HMIC")],
    grades(F, "2016", [
        (None, "Good"),
        ("understanding-demand", "Good"),
        ("using-resources", RI),
        ("planning-future", "Good"),
    ], pillar="Efficiency") + grades(F, "2015", [
        (None, RI),
    ], pillar="Efficiency"),
    afis=[
        stmt(F, "2016", "understanding-demand",
             "Avon & Somerset Constabulary should evaluate the effect on the public of its "
             "decision to stop attending certain types of call, and publish what it finds.",
             pillar="Efficiency"),
        stmt(F, "2016", "using-resources",
             "The constabulary should improve its understanding of the skills of its "
             "workforce, in particular by: recording the specialist skills and qualifications "
             "that officers and staff hold; and identifying the gaps between those skills and "
             "the ones it will need over the next five years.", pillar="Efficiency"),
        stmt(F, "2016", "using-resources",
             "The constabulary should match the working patterns of its call handlers to the "
             "times when calls are received, so that fewer calls are abandoned at peak times.",
             pillar="Efficiency"),
    ],
    people=[
        person("Lucinda Marwood-Hale", "inspector", "HMIC",
               "Her Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "The force is written 'Avon & Somerset Constabulary' (an alias) and 'the "
        "constabulary' throughout; the canonical name never appears.",
        "Overall judgement: the question 'How efficient is the force at keeping people safe "
        "and reducing crime?' with the grade 'Good' on its own line (a coloured box), so a "
        "2016 Efficiency judgement with question null. The three numbered questions ('How "
        "well does the force understand demand?', '... use its resources?', '... planning "
        "for demand in the future?') map to understanding-demand, using-resources and "
        "planning-future, each with its grade box under the heading.",
        "'This is a better result than in 2015, when HMIC judged the constabulary to require "
        "improvement for efficiency' gives a 2015 Efficiency judgement (question null), HMIC.",
        "AFIs: question 1 has one; question 2 has two, the first a lead-in ending 'in "
        "particular by:' with two en-dash sub-bullets, so one statement with the sub-bullets "
        "joined. Question 3 says 'We found no areas for improvement for this question.'",
        "Distractors that give nothing: the 'How we grade' box (a four-point scale naming "
        "outstanding, good, requires improvement, inadequate), 'an example of good practice', "
        "'an adequate supply of trained call handlers' (there is no Adequate grade in 2016), "
        "the financial years '2018/19' and '2019/20' (savings projections, not an "
        "inspection period), 'June 2016' (fieldwork), 'November 2016' (publication).",
        "Wiltshire Police (a partner in a support-services review) and City of London Police "
        "(left out of the national average in Annex A) are named in passing: in forces, no "
        "inspection.",
        "The HMI signs the foreword: name, then 'Her Majesty\u2019s Inspector of "
        "Constabulary' on the next line (curly apostrophe from &rsquo;).",
    ]))

# n02 -- PEEL 2018/19 integrated assessment summary (DOCX), Nottinghamshire -------------
F = "Nottinghamshire Police"
H = "HMICFRS"
GOLDS.append(gold(
    "n02.docx", "peel-report", [F], [H],
    [insp(F, P1819, "PEEL", H),
     insp(F, P1819, "Effectiveness", H), insp(F, P1819, "Efficiency", H),
     insp(F, P1819, "Legitimacy", H),
     insp(F, "2017", "Effectiveness", H), insp(F, "2017", "Efficiency", H),
     insp(F, "2017", "Legitimacy", H)],
    pillars(F, P1819, RI, "Good", "Good") + pillars(F, "2017", "Good", "Good", RI),
    afis=[
        stmt(F, P1819, "investigating-crime",
             "The force should make sure that all investigations are allocated to staff with "
             "the right skills, and that supervisors record their reviews."),
        stmt(F, P1819, "using-resources",
             "The force should improve its understanding of the skills of its workforce, so "
             "that it can match people with the right skills to the demand it faces."),
        stmt(F, P1819, "fair-treatment-public",
             "The force should make sure that officers record the reason for every use of "
             "force, and that the records are scrutinised by people outside the force."),
    ],
    recs=[
        stmt(F, P1819, "protecting-vulnerable",
             "To address this cause of concern, we recommend that within six months the force "
             "should: make sure that calls involving vulnerable people are graded and attended "
             "in line with its own policy; ensure that a risk assessment is completed for "
             "every domestic abuse incident and reviewed by a supervisor; and improve how it "
             "monitors the time taken to attend incidents, so that delays are identified and "
             "acted on."),
        stmt(F, P1819, "ethical-lawful-workforce",
             "The force should clear its vetting backlog by 31 March 2020 and make sure that "
             "every officer and member of staff holds the vetting their role requires."),
        stmt(F, P1819, "ethical-lawful-workforce",
             "The force should give its counter-corruption unit enough trained staff to "
             "monitor its IT systems proactively."),
    ],
    coc=[
        stmt(F, P1819, "protecting-vulnerable",
             "Notts Police does not always respond promptly to incidents involving vulnerable "
             "people, and it does not always complete or review risk assessments for victims "
             "of domestic abuse. As a result, some vulnerable people are left at continued "
             "risk of harm."),
        stmt(F, P1819, "ethical-lawful-workforce",
             "The force has a large backlog of vetting, and a significant number of officers "
             "and staff do not hold the level of vetting that their role requires."),
    ],
    people=[
        person("Ffion Carradine-Owusu", "inspector", H, "HM Inspector of Constabulary"),
    ],
    notes=[
        "The force is 'Nottinghamshire Police' once (the subtitle) and 'Notts Police' (an "
        "alias) in the body.",
        "The three-column Word table 'Pillar | Grade | Last inspection' gives 2018/19 grades "
        "per pillar (Effectiveness Requires improvement, Efficiency Good, Legitimacy Good), "
        "each a whole-pillar judgement (question null) of a pillar inspection. The italic "
        "note under it ('the grades we gave the force in our 2017 PEEL inspections of "
        "effectiveness, efficiency and legitimacy') makes the 'Last inspection' column a set "
        "of 2017 judgements (Good, Good, Requires improvement). 'We' is HMICFRS, named in the "
        "paragraph above the table, so the 2017 inspections are HMICFRS too.",
        "The integrated PEEL 2018/19 inspection is the one the document is about, so it is "
        "listed (pillar PEEL) even though no single overall grade is given; the causes of "
        "concern, recommendations and AFIs are keyed to it with the question of the section "
        "they sit under, as the development corpus keys 2018/19 response records (dev13): "
        "'Effectiveness \u2013 Protecting vulnerable people' -> protecting-vulnerable, "
        "'Legitimacy \u2013 Ethical and lawful workforce behaviour' -> "
        "ethical-lawful-workforce, 'Investigating crime' -> investigating-crime, 'Meeting "
        "current demands and using resources' -> using-resources, 'Fair treatment of the "
        "public' -> fair-treatment-public.",
        "Recommendations under cause of concern 1 are a lead-in ('To address this cause of "
        "concern, we recommend that within six months the force should:') followed by "
        "lettered fragments (a)-(c) in separate indented paragraphs: ONE statement, the "
        "lead-in with its items joined and the '(a)'/'(b)'/'(c)' markers dropped (GOLD-FORMAT: "
        "a lead-in followed by bullets is one statement). Under cause of concern 2 the "
        "lettered items are full sentences with no lead-in, so they are two recommendations.",
        "The 'Cause of concern' and 'Recommendations' lines are bold labels, not part of any "
        "text. Nothing in the document is a force update (it is the inspectorate's own "
        "summary), so has_force_update is false throughout.",
        "Distractors: the 'Grading scale' line naming four grades, 'some good practice', the "
        "'2018/19 financial year' in 'About this summary', 'by 31 March 2020' inside a "
        "recommendation, the unnamed Assistant Chief Constable, and 'Planning for the future' "
        "with 'We found no areas for improvement.' The header/footer (section header "
        "'PEEL: ...2018/19', footer '\u00a9 HMICFRS 2019') add nothing.",
        "The HMI signs the observations: bold name, then 'HM Inspector of Constabulary'.",
    ]))

# n03 -- PCC quarterly report, recommendations tracker (PDF, landscape), West Mercia -----
F = "West Mercia Police"
GOLDS.append(gold(
    "n03.pdf", "response-record", [F], [H],
    [insp(F, P2325, inspectorate=H), insp(F, P2122, inspectorate=H)],
    grades(F, P2325, [
        ("managing-offenders", "Good"),
        ("responding-to-public", RI),
    ]),
    afis=[
        stmt(F, P2122, "investigating-crime",
             "The force should make sure that investigations are allocated to officers with "
             "the right skills and experience, and that victims are told about the progress of "
             "their case.", True),
        stmt(F, P2122, "protecting-vulnerable",
             "The force should improve the quality of the risk assessments completed by "
             "officers at domestic abuse incidents, and make sure that supervisors review them "
             "within 24 hours.", True),
        stmt(F, P2122, "workforce",
             "The force should make sure that supervisors have the time and training to "
             "support the wellbeing of the officers and staff they manage.", True),
        stmt(F, P2325, "responding-to-public",
             "The force should make sure that call handlers identify repeat and vulnerable "
             "callers and record a structured risk assessment for every call.", True),
        stmt(F, P2325, "leadership-management",
             "The force should improve how it evaluates the benefits of its change programme, "
             "so that it can show whether its investments provide value for money."),
        stmt(F, P2325, "protecting-vulnerable",
             "The force should make sure that supervisors review domestic abuse risk "
             "assessments promptly and record the actions they have taken.", True),
    ],
    recs=[
        stmt(F, P2122, "responding-to-public",
             "Within three months, the force should make sure that it answers emergency calls "
             "within the national standard of ten seconds, and that it keeps track of how many "
             "non-emergency calls are abandoned.", True),
    ],
    people=[
        person("Bethan Arkwright-Solomon", "commissioner", F,
               "Police and Crime Commissioner for West Mercia"),
    ],
    notes=[
        "Grades come only from the overview: 'graded the force good at managing offenders "
        "and suspects and said that it requires improvement at responding to the public'. "
        "'most of the remaining areas were graded adequate' names no area and gives nothing.",
        "The table ('No. | Source report and date | Recommendation | Lead | Target date | "
        "Status | Commentary') spans two pages with its header row repeated. Despite the "
        "column name, the kind of each row comes from its source cell: item 1 is 'recommendation "
        "under the cause of concern on responding to the public' (a recommendation); items 2, "
        "3, 6, 7, 8 and 9 are 'area for improvement: <area>' (AFIs, question from the area "
        "named; 'building, supporting and protecting the workforce' -> workforce). The period "
        "comes from 'PEEL 2021/22' or 'PEEL 2023\u201325' in the source cell; the publication "
        "dates (26 May 2022, 2 July 2025) and target dates are not periods.",
        "Items 4 and 5 give nothing: item 4 is a national thematic recommendation addressed "
        "to 'chief constables', item 5 a joint custody inspection with HM Inspectorate of "
        "Prisons. Neither is a PEEL inspection, so neither has a PEEL period or pillar "
        "(as corpus9 k02 decided for thematics).",
        "has_force_update: true where the Commentary cell gives the force's progress or plan "
        "(items 1, 2, 3, 6, 7, 9); false for item 8, whose commentary is only '\u2013'.",
        "Distractors: the status key, 'reasonable assurance' (an audit opinion), 'good "
        "practice' in item 9's commentary, the running header 'Quarter 1, 2025/26' (a "
        "financial year), and 'ACC Local Policing' in the Lead column (unnamed).",
        "People: 'Bethan Arkwright-Solomon, Police and Crime Commissioner for West Mercia' "
        "(name first, so the full title is kept). 'the Chief Constable' is unnamed.",
    ]))

# n04 -- force news release copied from a web page (txt), GMP, 2023-25 -----------------
F = "Greater Manchester Police"
GOLDS.append(gold(
    "n04.txt", "press-release", [F], [H],
    [insp(F, P2325, inspectorate=H), insp(F, P2122, inspectorate=H)],
    grades(F, P2325, [
        ("treatment-of-public", "Good"),
        ("preventing-crime", "Good"),
        ("responding-to-public", "Adequate"),
        ("investigating-crime", "Good"),
        ("protecting-vulnerable", RI),
        ("managing-offenders", "Good"),
        ("workforce", "Adequate"),
        ("leadership-management", "Good"),
    ]) + grades(F, P2122, [
        ("investigating-crime", RI),
    ]),
    people=[
        person("Nadia Ferreira-Holt", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Grades are in a bulleted list 'Area \u2013 grade' with en dashes and tab-separated "
        "'\u2022' bullets; one item is broken over two lines by the copy-paste "
        "('Preventing and deterring crime and antisocial / behaviour, and reducing "
        "vulnerability \u2013 good'). 'Providing a service to victims of crime \u2013 not "
        "graded' gives nothing.",
        "'In its previous PEEL inspection, in 2021/22, the force was graded as requiring "
        "improvement at investigating crime' gives a 2021/22 judgement; its inspectorate is "
        "HMICFRS, named at the start of the release.",
        "The headline's 'rated good in five areas' and the Chief Constable's 'good at "
        "investigating crime' repeat grades already in the list.",
        "Distractors: 'Posted on 14 August 2025', 'Updated 15 August 2025', 'special "
        "measures in December 2020', the 'Notes to editors' scale naming all five grades, "
        "'good practice', the 'Related news' dates, and 'Share this page' / 'Was this page "
        "helpful?' chrome.",
        "People: 'Chief Constable Nadia Ferreira-Holt'. 'Assistant Chief Constable Joel "
        "Brannigan' is named and quoted but an Assistant Chief Constable is not a person "
        "fact (GOLD-FORMAT).",
    ]))

# n05 -- researcher's Markdown briefing, three eastern forces, 2018/19 and 2021/22 ------
N, S, HT = "Norfolk Constabulary", "Suffolk Constabulary", "Hertfordshire Constabulary"
GOLDS.append(gold(
    "n05.md", "national-release", [N, S, HT, "Essex Police", "Bedfordshire Police"], [H],
    [insp(N, P1819, "Effectiveness", H), insp(N, P1819, "Efficiency", H),
     insp(N, P1819, "Legitimacy", H), insp(N, P2122, "PEEL", H),
     insp(N, "2017", "Legitimacy", H),
     insp(S, P1819, "Effectiveness", H), insp(S, P1819, "Efficiency", H),
     insp(S, P1819, "Legitimacy", H), insp(S, P2122, "PEEL", H),
     insp(HT, P1819, "Effectiveness", H), insp(HT, P1819, "Efficiency", H),
     insp(HT, P1819, "Legitimacy", H), insp(HT, P2122, "PEEL", H)],
    pillars(N, P1819, "Good", "Outstanding", "Good")
    + grades(N, P2122, [
        ("preventing-crime", "Good"),
        ("responding-to-public", "Adequate"),
        ("investigating-crime", "Adequate"),
        ("protecting-vulnerable", "Good"),
        ("leadership-management", "Outstanding"),
    ])
    + grades(N, "2017", [(None, "Good")], pillar="Legitimacy")
    + pillars(S, P1819, "Good", "Good", "Good")
    + grades(S, P2122, [
        ("preventing-crime", "Good"),
        ("responding-to-public", RI),
        ("investigating-crime", "Adequate"),
        ("protecting-vulnerable", "Adequate"),
    ])
    + pillars(HT, P1819, "Good", "Good", "Outstanding")
    + grades(HT, P2122, [
        ("treatment-of-public", "Good"),
        ("responding-to-public", "Good"),
        ("investigating-crime", RI),
        ("protecting-vulnerable", "Good"),
        ("workforce", "Good"),
    ]),
    also={"inspections": [insp(N, P1819, "PEEL", H), insp(S, P1819, "PEEL", H),
                          insp(HT, P1819, "PEEL", H)]},
    notes=[
        "One Markdown table per force, 'Pillar or area | 2018/19 | 2021/22'. A dash (\u2013) "
        "means 'not assessed in that programme' and gives nothing. The three pillar rows give "
        "whole-pillar 2018/19 judgements (question null) of pillar inspections; the area rows "
        "give 2021/22 PEEL judgements. Area names map as usual: 'Good use of resources' -> "
        "leadership-management (its 'Good' is part of the name; Norfolk's grade is "
        "Outstanding), 'Treatment of the public' -> treatment-of-public, 'Developing a "
        "positive workplace' -> workforce.",
        "Suffolk's 'Disrupting serious organised crime | \u2013 | n/g[^3]' is not graded "
        "(footnote 3), so it gives nothing. 'Legitimacy | Good[^2]' is Good with a footnote "
        "marker attached.",
        "Footnote 2, 'Norfolk's legitimacy grade was also good in 2017', gives a 2017 "
        "Legitimacy judgement for Norfolk.",
        "Inspectorate: 'All grades are taken from the published reports of ... HMICFRS', so "
        "every inspection is HMICFRS (2017 included).",
        "The integrated 2018/19 assessment itself (pillar PEEL) is only implied ('the "
        "integrated 2018/19 assessment'); no grade is given at that level, so those three "
        "inspections are in also_acceptable.",
        "Forces are written 'Norfolk Constabulary', 'Norfolk's police', 'Norfolk's and "
        "Suffolk's police', 'Suffolk', 'Hertfordshire Constabulary', 'Herts Police'. Essex "
        "Police and Bedfordshire Police are named only as forces left out: in forces, no "
        "inspection.",
        "Distractors: the paragraph on scales (all five grades), the quoted 'an adequate but "
        "stretched' investigative capability (not a grade statement; Norfolk's investigating "
        "grade comes from the table), 'Observations' 1-3 (they repeat or summarise), the "
        "draft date, publication years in footnote 1, and 'good practice' in footnote 4. The "
        "unnamed author is not a person.",
    ]))

# n06 -- PCC scrutiny page with a table of reports (HTML), Thames Valley ----------------
F = "Thames Valley Police"
GOLDS.append(gold(
    "n06.html", "response-record", [F], [H, "HMIC"],
    [insp(F, P2325, inspectorate=H), insp(F, P2122, inspectorate=H),
     insp(F, P1819, "Effectiveness", H), insp(F, P1819, "Efficiency", H),
     insp(F, P1819, "Legitimacy", H), insp(F, "2016", "Effectiveness", "HMIC")],
    grades(F, P2325, [
        ("managing-offenders", "Good"),
        ("leadership-management", "Good"),
        ("preventing-crime", "Adequate"),
        ("treatment-of-public", "Adequate"),
        ("protecting-vulnerable", "Adequate"),
        ("workforce", "Adequate"),
        ("responding-to-public", RI),
        ("investigating-crime", RI),
    ]) + grades(F, P2122, [
        ("preventing-crime", "Good"),
        ("protecting-vulnerable", "Good"),
        ("responding-to-public", "Adequate"),
        ("investigating-crime", "Adequate"),
        ("crime-recording", "Adequate"),
        ("workforce", RI),
    ]) + pillars(F, P1819, "Good", RI, "Good")
    + grades(F, "2016", [(None, "Good")], pillar="Effectiveness"),
    people=[
        person("Marcus Ellery-Daventry", "commissioner", F, "Police and Crime Commissioner"),
    ],
    also={"inspections": [insp(F, P1819, "PEEL", H)]},
    notes=[
        "Only what a browser shows counts. The inline <script> (window.opccData with "
        "'crime_recording': 'Outstanding' and 'responding': 'Inadequate') and the meta "
        "description ('rated outstanding and inadequate') are not visible and give nothing; "
        "the hidden cookie notice carries no facts.",
        "Each table row's Grades cell lists 'Grade (area)' items separated by commas, and some "
        "area names contain commas themselves ('Adequate (preventing and deterring crime and "
        "antisocial behaviour, and reducing vulnerability)', 'Adequate (building, supporting "
        "and protecting the workforce)').",
        "PEEL 2018/19 row: 'Good (effectiveness), Requires improvement (efficiency), Good "
        "(legitimacy)' gives whole-pillar 2018/19 judgements of pillar inspections. The "
        "integrated 2018/19 inspection itself (pillar PEEL) has no grade and is only the "
        "row's report, so it is in also_acceptable.",
        "'PEEL: Police effectiveness 2016 (HMIC)' with 'Good' gives a 2016 Effectiveness "
        "judgement (question null), HMIC; the page says reports before July 2017 were issued "
        "by HMIC, and the caption says 'HMICFRS and HMIC reports', so the later rows are "
        "HMICFRS.",
        "The vetting thematic and the joint custody inspection (with HM Inspectorate of "
        "Prisons) are 'Not graded' and are not PEEL inspections: nothing.",
        "2021/22 names: 'recording data about crime' -> crime-recording, 'developing a "
        "positive workplace' -> workforce.",
        "Distractors: the 'What the grades mean' aside (all five grades), 'good practice', "
        "'within 56 days', the publication dates. People: 'Police and Crime Commissioner "
        "Marcus Ellery-Daventry' (title-first). The Chief Constable is unnamed.",
    ]))

# n07 -- email letter from the Chief Constable to the panel (txt), Bedfordshire, 2023-25 -
F = "Bedfordshire Police"
GOLDS.append(gold(
    "n07.txt", "response-record",
    [F, "Hertfordshire Constabulary", "Cambridgeshire Constabulary"], [H],
    [insp(F, P2325, inspectorate=H)],
    grades(F, P2325, [
        ("investigating-crime", "Inadequate"),
        ("responding-to-public", RI),
        ("managing-offenders", "Good"),
        ("preventing-crime", "Good"),
    ]),
    recs=[
        stmt(F, P2325, "investigating-crime",
             "Within three months, the force should make sure that every investigation is "
             "allocated to an officer or member of staff with the skills and accreditation it "
             "requires.", True),
        stmt(F, P2325, "investigating-crime",
             "Within three months, the force should make sure that supervisors review "
             "investigations at the intervals set out in its policy, and record what action is "
             "needed to progress them.", True),
        stmt(F, P2325, "investigating-crime",
             "Within six months, the force should make sure that victims are told when an "
             "investigation is closed and given the reasons for the decision.", True),
    ],
    coc=[
        stmt(F, P2325, "investigating-crime",
             "The force is not investigating crime effectively enough. Too many investigations "
             "are not allocated to officers with the right skills, are not supervised, and are "
             "closed without the victim being told why. As a result, offenders are not brought "
             "to justice and victims lose confidence in the police."),
    ],
    people=[
        person("Tobias Mwangi-Ferrers", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The force is 'Bedfordshire Police' (once, in the first paragraph and the "
        "signature) and 'Beds Police' (an alias) in the subject line.",
        "Grades: 'graded us inadequate at investigating crime and said that we require "
        "improvement at responding to the public. We were graded good at managing offenders "
        "and suspects and at preventing and deterring crime'. 'adequate in the remaining "
        "graded areas' names no area and gives nothing.",
        "The cause of concern is an indented block after 'which I set out in full'; it is "
        "about investigating crime (the recommendations that address it are about "
        "investigations). has_force_update is false for it: the letter's responses answer the "
        "three recommendations, as in corpus9 k04 and corpus8.",
        "Each 'Recommendation n: ...' is followed by 'Response: ...' from the force, so each "
        "recommendation has has_force_update true. The 'Recommendation n:' label is not part "
        "of the text. 'eleven areas for improvement' gives nothing (none is quoted).",
        "Herts Police and Cambs Police are named in passing (partners in a joint command): "
        "in forces, no inspection.",
        "People: the signature 'Tobias Mwangi-Ferrers QPM' / 'Chief Constable' (name without "
        "the post-nominal). 'ACC Priya Desmond-Hale' in the Cc line and 'The Assistant Chief "
        "Constable for Crime and Justice' are not person facts. Distractors: the email "
        "headers' dates, '30 May 2025', '17 June', 'good practice', target dates inside "
        "responses.",
    ]))

# n08 -- force action plan (DOCX), Cambridgeshire, 2021/22 -------------------------------
F = "Cambridgeshire Constabulary"
GOLDS.append(gold(
    "n08.docx", "response-record", [F], [H],
    [insp(F, P2122, inspectorate=H)],
    grades(F, P2122, [
        ("preventing-crime", "Good"),
        ("managing-offenders", "Good"),
        ("responding-to-public", "Inadequate"),
        ("protecting-vulnerable", RI),
    ]),
    recs=[
        stmt(F, P2122, "responding-to-public",
             "Within three months, the force should make sure that it has enough call handlers "
             "on duty to answer emergency calls within ten seconds.", True),
        stmt(F, P2122, "responding-to-public",
             "Within three months, the force should make sure that call handlers use a "
             "structured risk assessment for every call, so that vulnerable callers are "
             "identified.", True),
        stmt(F, P2122, "protecting-vulnerable",
             "Within six months, the force should make sure that referrals about vulnerable "
             "adults and children are sent to partner agencies within 24 hours.", True),
        stmt(F, P2122, "protecting-vulnerable",
             "Within six months, the force should make sure that officers complete a domestic "
             "abuse risk assessment at every incident they attend, and that supervisors check "
             "its quality.", True),
    ],
    coc=[
        stmt(F, P2122, "responding-to-public",
             "The force is not answering emergency and non-emergency calls quickly enough. "
             "This means that it cannot always identify callers who are vulnerable or respond "
             "to them in good time."),
        stmt(F, P2122, "protecting-vulnerable",
             "The force does not always take effective action to safeguard vulnerable people. "
             "Referrals to partner agencies are often delayed, and officers do not always "
             "complete risk assessments when they attend domestic abuse incidents."),
    ],
    people=[
        person("Imogen Latchford-Byrne", "chief-constable", F, "Deputy Chief Constable",
               "deputy"),
    ],
    notes=[
        "The force is 'Cambridgeshire Constabulary' in the subtitle and 'Cambs Police' (an "
        "alias) in the introduction (and in the Word header, which adds nothing).",
        "Grades from the introduction: 'graded good at preventing crime and anti-social "
        "behaviour and at managing offenders and suspects', 'graded inadequate at responding "
        "to the public and requires improvement at protecting vulnerable people'. 'Our other "
        "grades were adequate' names no area and gives nothing.",
        "Each 'Cause of concern n: <area>' heading gives the question. The cause of concern "
        "is the only text of a shaded single-cell table. The recommendations are 'List "
        "Number' paragraphs (Word supplies the numbers 1-4; they are not in the text), each "
        "followed by an 'Action | Owner | Date' table: the force's response, so "
        "has_force_update is true for each recommendation. The causes of concern have no "
        "action of their own (false), as in corpus8/corpus9.",
        "'in good time' inside the first cause of concern is part of the text, not a grade. "
        "The 17 AFIs are 'not repeated here': nothing. The period comes from the title "
        "'PEEL 2021/22'; '29 September 2022' is the publication date.",
        "People: the version table's 'Imogen Latchford-Byrne, Deputy Chief Constable' "
        "(chief-constable, deputy). Owners are roles only; 'The Assistant Chief Constable "
        "(Local Policing)' is unnamed and not a person fact anyway.",
    ]))

# n09 -- police and crime panel minutes (PDF), Devon and Cornwall, 2023-25 --------------
F = "Devon and Cornwall Police"
GOLDS.append(gold(
    "n09.pdf", "response-record", [F], [H],
    [insp(F, P2325, inspectorate=H), insp(F, P2122, inspectorate=H)],
    grades(F, P2325, [
        ("preventing-crime", "Good"),
        ("managing-offenders", "Good"),
        ("treatment-of-public", "Adequate"),
        ("workforce", "Adequate"),
        ("leadership-management", "Adequate"),
        ("investigating-crime", RI),
        ("protecting-vulnerable", RI),
        ("responding-to-public", "Inadequate"),
    ]) + grades(F, P2122, [
        ("responding-to-public", RI),
    ]),
    coc=[
        stmt(F, P2325, "responding-to-public",
             "The force does not answer emergency and non-emergency calls quickly enough, and "
             "it does not always assess the risk to callers properly. This means that some "
             "people who need help do not receive it when they should.", True),
    ],
    people=[
        person("Gwenllian Trethowan-Price", "commissioner", F, "Police and Crime Commissioner"),
        person("Morwenna Pascoe-Hunt", "chief-constable", F, "Deputy Chief Constable",
               "deputy"),
    ],
    notes=[
        "Minute 45/24 reports the grades in reported speech: 'had been graded good for "
        "preventing and deterring crime and antisocial behaviour, and reducing "
        "vulnerability, and for managing offenders and suspects' (the first area contains "
        "', and'); 'graded adequate for police powers and public treatment, for building, "
        "supporting and protecting the workforce, and for leadership and force management'; "
        "'required improvement in investigating crime and in protecting vulnerable people'; "
        "'its response to the public was inadequate'. In the PDF the paragraph crosses the "
        "page break, and pypdf puts the page-2 footer text ('2Police and Crime Panel \u2013 "
        "7 February 2025') between 'police and public' and 'treatment'.",
        "'at the previous PEEL inspection in 2021/22, responding to the public had been "
        "graded as requiring improvement' gives a 2021/22 judgement (HMICFRS, named in the "
        "item).",
        "The cause of concern is the paragraph the lead officer read out. The Deputy Chief "
        "Constable's reply ('the force had accepted the cause of concern in full', then what "
        "it has done) is the force's response to it, so has_force_update is true.",
        "Distractors: 'an adequate level of general reserves' (precept item 44/24), the "
        "member's question about being 'graded outstanding', 'good in every area', 'good "
        "practice', minute numbers (41/24 ... 47/24), '2025/26' and '2026/27' (financial "
        "years), the meeting and publication dates.",
        "People: 'Gwenllian Trethowan-Price (Police and Crime Commissioner)' and 'Deputy "
        "Chief Constable Morwenna Pascoe-Hunt'. Not person facts: the Chair 'Councillor "
        "Rosamund Treloar', other panel members, the unnamed Assistant Chief Constable, Chief "
        "Executive and Chief Constable.",
    ]))

# n10 -- grades database export (CSV, BOM), Met and City of London -----------------------
M, C = "Metropolitan Police Service", "City of London Police"
GOLDS.append(gold(
    "n10.csv", "national-release", [M, C], [],
    [insp(M, P2325), insp(C, P2122), insp(C, P2325)],
    grades(M, P2325, [
        ("treatment-of-public", "Adequate"),
        ("preventing-crime", "Adequate"),
        ("responding-to-public", RI),
        ("investigating-crime", RI),
        ("protecting-vulnerable", RI),
        ("managing-offenders", "Good"),
        ("workforce", "Adequate"),
        ("leadership-management", "Adequate"),
        ("crime-recording", "Good"),
    ]) + grades(C, P2122, [
        ("treatment-of-public", "Good"),
        ("preventing-crime", "Outstanding"),
        ("responding-to-public", "Good"),
        ("investigating-crime", "Adequate"),
        ("protecting-vulnerable", "Good"),
        ("managing-offenders", "Adequate"),
        ("workforce", "Good"),
        ("leadership-management", RI),
    ]) + grades(C, P2325, [
        ("treatment-of-public", "Good"),
        ("responding-to-public", "Good"),
        ("investigating-crime", "Adequate"),
        ("leadership-management", "Good"),
    ]),
    notes=[
        "The file starts with a UTF-8 BOM and has CRLF line ends. Columns are 'Grade, Area, "
        "Force, Published, Inspection'; only fields containing a comma are quoted (two area "
        "names). The period comes from the 'Inspection' column ('PEEL 2023\u201325', 'PEEL "
        "2021/22'), not from 'Published'.",
        "23 data rows: the Met's 'Not graded' victims row and City of London's 2021/22 "
        "'Disrupting serious organised crime' row with an empty Grade give nothing, leaving "
        "21 judgements over 3 inspections. 'Crime data integrity' -> crime-recording; "
        "'Strategic planning, organisational management and value for money' -> "
        "leadership-management.",
        "No inspectorate is named anywhere in the file, so inspectorates is empty and every "
        "inspection's inspectorate is null (development-corpus convention: the one the "
        "document states, null otherwise).",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        print("wrote gold/%s.json" % stem)


if __name__ == "__main__":
    main()
