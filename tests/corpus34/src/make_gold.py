"""Write gold/kd01.json ... gold/kd10.json for corpus34 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122 = "2023-25", "2021/22"
H, HF = "HMIC", "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
UD, UR, PF = "understanding-demand", "using-resources", "planning-future"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"

# One set of invented grades per force, used wherever the force appears.
NORFOLK = {PPT: G, PREV: G, RESP: RI, INV: A, PVP: A, MOS: G, WORK: A, LFM: G, CDI: O}
SUFFOLK = {PPT: G, PREV: O, RESP: G, INV: RI, PVP: I, MOS: A, WORK: G, LFM: A, CDI: G}
HERTS = {PPT: G, PREV: O, RESP: G, INV: G, PVP: A, MOS: G, WORK: G, LFM: G, CDI: A}
LEICS_2122 = {PPT: G, PREV: G, RESP: I, INV: RI, PVP: A, MOS: A, WORK: G, LFM: A, CDI: G}
WMERCIA = {PPT: A, PREV: G, RESP: RI, INV: A, PVP: RI, MOS: G, WORK: A, LFM: RI, CDI: G}
GWENT = {PPT: G, PREV: A, RESP: A, INV: RI, PVP: G, MOS: A, WORK: G, LFM: G, CDI: RI}
HUMBER = {PPT: O, PREV: O, RESP: G, INV: G, PVP: G, MOS: O, WORK: G, LFM: G, CDI: G}


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def j(force, period, question, grade, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question, "grade": grade}


def grades(force, period, table, keys=None, pillar="PEEL"):
    keys = keys or list(table)
    return [j(force, period, q, table[q], pillar) for q in keys]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(),
         coc=(), people=(), encoding="utf-8", also=None, notes=None):
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

# kd01 -- HMICFRS PEEL 2023-25 report excerpt (PDF), Norfolk -------------------------------
F = "Norfolk Constabulary"
GOLDS.append(gold(
    "kd01.pdf", "peel-report-2021", [F], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, NORFOLK) + [j(F, P2122, INV, RI), j(F, P2122, RESP, A)],
    afis=[
        stmt(F, P2325, RESP, "We expect the force to answer non-emergency calls more quickly and to "
             "reduce the proportion of callers who hang up before they get through."),
        stmt(F, P2325, RESP, "Inspectors want to see the force make sure that call handlers complete "
             "its structured risk assessment on every call, including calls from people who have "
             "rung before."),
        stmt(F, P2325, INV, "The force should make sure that supervisors review investigation plans at "
             "the intervals its own policy sets, and that they record what they have reviewed."),
        stmt(F, P2325, PVP, "Norfolk Constabulary needs to record the views and behaviour of children "
             "whenever officers attend a domestic abuse incident at an address where children live."),
        stmt(F, P2325, WORK, "It should give student officers protected time with a tutor throughout "
             "their first year of service."),
    ],
    people=[
        person("Tamsin Achebe-Moore", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Rhiannon Gately", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Grades in the summary are phrased grade-first ('Outstanding is the grade we have given ... "
        "for crime data integrity'), as a list followed by the grade ('...: in each of these four "
        "areas we judged the force to be good'), nominalised ('A grade of adequate was awarded for "
        "investigating crime ... and for protecting vulnerable people'), elliptically ('... is also "
        "adequate') and comparatively ('falls short of adequate. The force requires improvement in "
        "this area'). The per-section bold lines repeat them.",
        "2021/22: 'which no longer requires improvement as it did in our 2021/22 inspection' gives "
        "investigating crime RI in 2021/22; 'down from the adequate grade it received in 2021/22' "
        "gives responding Adequate in 2021/22. 'our' = HMICFRS.",
        "Distractors: the five-point scale; 'good progress'; 'the control room's IT requires "
        "improvement'; 'the picture would have been better' (hypothetical); Norfolk Fire and Rescue "
        "Service 'judged good' (a fire inspection); 'an adequate supply of call handlers'; 'good "
        "practice'; the national recommendation to all chief constables (not a force "
        "recommendation); 'We didn't find any cause of concern'.",
        "AFIs are introduced by 'We expect the force to', 'Inspectors want to see', 'The force "
        "should', 'Norfolk Constabulary needs to' and 'It should'. The running header and page "
        "numbers are @page margin boxes.",
    ]))

# kd02 -- Suffolk PCC section 55 response (DOCX) ---------------------------------------------
F, N = "Suffolk Constabulary", "Norfolk Constabulary"
CONCERN = ("Our concern is that the constabulary does not identify and respond to risk well enough "
           "when children go missing from home or care, or are at risk of exploitation.")
GOLDS.append(gold(
    "kd02.docx", "response-record", [F, N], [HF],
    [insp(F, P2325, inspectorate=HF), insp(N, P2325, inspectorate=HF)],
    grades(F, P2325, SUFFOLK) + [j(N, P2325, CDI, O)],
    afis=[
        stmt(F, P2325, INV, "We expect the constabulary to improve the quality of its initial "
             "investigations, so that evidence is secured at the first opportunity.", True),
        stmt(F, P2325, INV, "The constabulary should make sure that victims are told when their case "
             "is closed, and why.", True),
        stmt(F, P2325, MOS, "Inspectors want to see the constabulary reduce the number of wanted "
             "suspects who have not been arrested within 28 days.", False),
        stmt(F, P2325, LFM, "The constabulary should improve how it uses data to predict demand, so "
             "that it can plan its workforce for the next three years.", True),
    ],
    recs=[
        stmt(F, P2325, PVP, "It is recommended that, within six months, the constabulary makes sure "
             "that a trained supervisor reviews the risk assessment for every missing child "
             "episode.", True),
        stmt(F, P2325, PVP, "It is recommended that the constabulary reviews the capacity of its child "
             "exploitation team so that new referrals are allocated within 24 hours.", True),
    ],
    coc=[stmt(F, P2325, PVP, CONCERN, False)],
    people=[
        person("Adaeze Ferris", "chief-constable", F, "Chief Constable"),
        person("Gideon Marchetti-Ross", "commissioner", F, "Police and Crime Commissioner for Suffolk"),
    ],
    also={"causes_of_concern": [stmt(F, P2325, PVP,
          "the constabulary does not identify and respond to risk well enough when children go "
          "missing from home or care, or are at risk of exploitation.", False)]},
    notes=[
        "Grades are reported: 'HMICFRS considers that the constabulary's work to prevent crime ... is "
        "outstanding'; 'According to the inspectorate, the constabulary is good at treating the "
        "public fairly, at responding to the public, at supporting its workforce and at recording "
        "crime accurately' (four judgements); '... were each judged adequate' (managing offenders, "
        "leadership); 'Investigating crime requires improvement; and the protection of vulnerable "
        "people, where inspectors found the most serious problems, was graded inadequate'.",
        "Norfolk Constabulary 'were graded outstanding for crime data integrity in their own "
        "inspection': a judgement in passing. The period is not stated for Norfolk; it is taken as "
        "the same PEEL 2023-25 round from the context. The inspectorate is taken from context "
        "(HMICFRS).",
        "The cause of concern is written 'Our concern is that ...'. The whole sentence is the main "
        "text; the clause after 'that' is in also_acceptable.",
        "The two recommendations ('It is recommended that ...') sit in a table whose third column is "
        "the constabulary's position, so both have an update. The cause of concern has none of its "
        "own. The managing-offenders AFI has only a Commissioner's comment saying no update has been "
        "provided: false.",
        "Distractors: 'inadequate funding'; Suffolk Fire and Rescue Service 'graded good' (fire); "
        "'An outstanding debt'; 'the highest grade the inspectorate can give'.",
    ]))

# kd03 -- local news article (HTML), Hertfordshire --------------------------------------------
F = "Hertfordshire Constabulary"
GOLDS.append(gold(
    "kd03.html", "press-release", [F, "Bedfordshire Police"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, HERTS) + [j(F, P2122, INV, A)],
    afis=[
        stmt(F, P2325, PVP, "Inspectors want to see the force make sure that officers check whether a "
             "child lives at the address when they attend a report of domestic abuse."),
        stmt(F, P2325, PPT, "The force should also improve how it records the ethnicity of people it "
             "stops and searches, the report says."),
        stmt(F, P2325, CDI, "We expect the force to make sure that crimes reported to it by other "
             "agencies are recorded within 24 hours."),
    ],
    people=[
        person("Moira Quayle", "chief-constable", F, "Chief Constable"),
        person("Jonathan Ashdown-Pryce", "commissioner", F,
               "Police and Crime Commissioner for Hertfordshire"),
    ],
    also={"judgements": [j(F, P2122, PREV, O)]},
    notes=[
        "'The way Hertfordshire Constabulary investigates crime is now good, up from adequate at its "
        "last inspection in 2021/22' gives investigating Good (2023-25) and Adequate (2021/22).",
        "'The force kept its outstanding record on preventing crime' gives preventing Outstanding "
        "(grade adjective before the area). 'kept' implies it was outstanding in 2021/22 as well, but "
        "no period is named for that, so the 2021/22 grade is in also_acceptable only.",
        "News paraphrases of area names: 'treatment of the public' -> treatment-of-public, "
        "'responding to calls for help' -> responding-to-public, 'managing offenders', 'looking after "
        "its workforce' -> workforce, 'leadership' -> leadership-management, 'the accuracy of the "
        "force's crime records' -> crime-recording.",
        "AFIs: the reporter quotes one AFI as 'Inspectors want to see ...', paraphrases one with "
        "attribution ('..., the report says.'; kept whole because the checker needs a whole span) and "
        "quotes one in a blockquote.",
        "Distractors: cookie banner 'a good experience'; the CC's 'would require improvement within "
        "a year' (hypothetical); the PCC's 'good progress'; 'good practice'; the fire service "
        "'judged to require improvement' / 'remained good'; related stories (Bedfordshire Police "
        "named with no grade, 'outstanding debt', an Ofsted 'good'). 'No area was graded requires "
        "improvement or inadequate' gives nothing. The unnamed assistant chief constable and the "
        "byline reporter are not person facts.",
    ]))

# kd04 -- police and crime panel minutes (TXT, cp1252, CRLF), Leicestershire 2021/22 ----------
F = "Leicestershire Police"
GOLDS.append(gold(
    "kd04.txt", "response-record", [F], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, LEICS_2122),
    afis=[
        stmt(F, P2122, INV, "The force should reduce the time it takes to examine digital devices "
             "seized in investigations.", True),
        stmt(F, P2122, PVP, "Leicestershire Police should make sure that officers complete a risk "
             "assessment at every domestic abuse incident they attend.", False),
    ],
    recs=[
        stmt(F, P2122, RESP, "Within three months, the force should make sure it has enough call "
             "handlers on every shift to answer emergency calls within ten seconds.", True),
        stmt(F, P2122, RESP, "Within six months, the force should introduce a structured risk "
             "assessment for all incoming calls and audit its use.", True),
    ],
    coc=[stmt(F, P2122, RESP, "The force is not answering emergency and non-emergency calls quickly "
              "enough, and it does not always identify the risk to callers when they first make "
              "contact.", True)],
    people=[
        person("Rupert Mattingley", "commissioner", F,
               "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
        person("Devika Sorensen", "chief-constable", F, "Chief Constable"),
        person("Hollis Penrose", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    encoding="cp1252",
    notes=[
        "cp1252 with CRLF line endings (curly quotes and en dashes).",
        "Grades are in reported speech: 'inspectors had judged the force good in four areas: ...; "
        "...; ...; and recording data about crime' (semicolon list); '... were each found to be "
        "adequate, while investigating crime required improvement'; and a relative clause: 'The area "
        "where the force was judged inadequate, responding to the public, ...'. 2021/22 names: "
        "'developing a positive workplace' -> workforce; 'good use of resources' -> "
        "leadership-management (its 'good' is part of the name: it was graded adequate, as Mrs "
        "Brennan's remark repeats).",
        "The cause of concern is set out as an indented block under 'Cause of concern'; the two "
        "recommendations are '(a)'/'(b)' items. The DCC's report that follows (38 call handlers, the "
        "structured assessment going live, call-answering times improving, 'premature to say the "
        "cause of concern had been addressed') answers the cause of concern and both "
        "recommendations, so all three have a force update. Unsure: a strict reader might give the "
        "update only to recommendation (b), which it directly follows.",
        "The digital forensics AFI is followed by the CC's update (new contract); the domestic abuse "
        "AFI explicitly has no update.",
        "Distractors: 'two actions remained outstanding'; 'would require improvement in more areas "
        "if ...' (hypothetical); 'inadequate funding'; Leicestershire Fire and Rescue Service 'judged "
        "good' (fire); 'good progress'; 'an outstanding backlog'; the Panel's RESOLVED items.",
    ]))

# kd05 -- HMIC PEEL effectiveness 2016 report (PDF), Durham ------------------------------------
F, C = "Durham Constabulary", "Cleveland Police"
E = "Effectiveness"
GOLDS.append(gold(
    "kd05.pdf", "peel-report", [F, C], [H],
    [insp(F, "2016", E, H), insp(F, "2015", E, H)],
    [j(F, "2016", None, G, E), j(F, "2016", PREV, O, E), j(F, "2016", INV, G, E),
     j(F, "2016", PVP, G, E), j(F, "2016", SOC, G, E), j(F, "2015", None, G, E)],
    afis=[
        stmt(F, "2016", INV, "The constabulary should ensure that supervisors record their review of "
             "volume crime investigations, including the rationale for any decision to file a case.",
             pillar=E),
        stmt(F, "2016", INV, "HMIC expects the constabulary to make more use of out-of-court disposals "
             "that include conditions aimed at stopping re-offending.", pillar=E),
        stmt(F, "2016", PVP, "The constabulary needs to reduce the time it takes to refer vulnerable "
             "adults to adult social care, particularly where financial abuse is suspected.", pillar=E),
        stmt(F, "2016", SOC, "Durham Constabulary should work with partner organisations to identify "
             "young people at risk of being drawn into organised crime, and intervene earlier.",
             pillar=E),
    ],
    people=[person("Michael Trennick", "inspector", H, "HM Inspector of Constabulary")],
    notes=[
        "'HMIC considers that Durham Constabulary is good at keeping people safe and reducing crime' "
        "is the overall effectiveness grade. 'This is the same grade as in 2015, when we also judged "
        "the constabulary's effectiveness to be good' states the 2015 grade word, so 2015 is a main "
        "judgement (HMIC: 'we').",
        "Question grades in apposition ('– rated outstanding –', ', rated good,'), reported "
        "('Inspectors found the protection of vulnerable people to be good too'), and with 'also' "
        "('In tackling serious and organised crime, the constabulary is also good'). The sections "
        "repeat them as a bare 'Outstanding.'/'Good.' opening, 'to a good standard', and 'we judge "
        "it to be good'.",
        "Specialist capabilities: 'We do not grade this question' / 'This question is not graded': "
        "no judgement. 'an adequate supply of armed officers' and 'would require improvement if its "
        "regional firearms training facility were to close' are distractors; 'adequate' was not a "
        "PEEL grade in 2016. The grading key lists the four grades and gives nothing.",
        "The 2015 national recommendation to all chief constables is not a force recommendation. "
        "Cleveland Police is named in passing (joint training) with no grade.",
    ]))

# kd06 -- Northumbria response record, legitimacy 2017 (DOCX) ----------------------------------
F, D = "Northumbria Police", "Durham Constabulary"
L = "Legitimacy"
VET = ("It is recommended that the force makes sure all its staff have the appropriate level of "
       "vetting clearance for their posts.")
GOLDS.append(gold(
    "kd06.docx", "response-record", [F, D], [HF],
    [insp(F, "2017", L, HF), insp(F, "2016", L)],
    [j(F, "2017", None, G, L), j(F, "2017", FTP, G, L), j(F, "2017", ELW, RI, L),
     j(F, "2017", FTW, G, L), j(F, "2016", None, G, L)],
    afis=[
        stmt(F, "2017", FTP, "The force should improve how it records the reasonable grounds for stop "
             "and search, so that supervisors can check that each search was justified.", True, L),
        stmt(F, "2017", ELW, VET, True, L),
        stmt(F, "2017", ELW, "The force should ensure that its counter-corruption unit has enough "
             "capacity to seek intelligence proactively, including about officers who abuse their "
             "position for a sexual purpose.", False, L),
        stmt(F, "2017", FTW, "We expect the force to give line managers better training in carrying "
             "out performance reviews.", True, L),
    ],
    people=[
        person("Kathryn Ellerby-Nash", "commissioner", F, "Police and Crime Commissioner for Northumbria"),
        person("Warrick Oduya", "chief-constable", F, "Chief Constable"),
    ],
    also={"judgements": [j(F, "2016", FTW, RI, L)],
          "recommendations": [stmt(F, "2017", ELW, VET, True, L)]},
    notes=[
        "The header table's 'Grade: Good' and 'rated good for legitimacy overall, as it was in 2016' "
        "give the 2017 pillar grade; 'as it was in 2016' applies the same grade word to 2016, so the "
        "2016 pillar grade is a main judgement (inspectorate not stated for 2016: null).",
        "'falls short of good: HMICFRS judged that it requires improvement' gives the ethical "
        "question RI. 'Its treatment of its own workforce no longer requires improvement. Inspectors "
        "judged it good this year' gives the workforce question Good; 'no longer requires "
        "improvement' implies an earlier RI but names no period, so 2016 RI for that question is in "
        "also_acceptable only.",
        "The vetting statement is worded 'It is recommended that ...' but sits in the 'Areas for "
        "improvement' list, so it is an AFI; also_acceptable as a recommendation.",
        "Section headings map to the 2017 legitimacy questions. The counter-corruption AFI has no "
        "Force Update. Distractors: 'good progress'; 'would require improvement overall if ...' "
        "(hypothetical); 'outstanding renewals'. Durham Constabulary is a collaborator with no grade.",
    ]))

# kd07 -- policy blog editorial (Markdown), West Mercia and Gwent -------------------------------
W, GW = "West Mercia Police", "Gwent Police"
GOLDS.append(gold(
    "kd07.md", "national-release", [W, GW], [HF],
    [insp(W, P2325, inspectorate=HF), insp(GW, P2325, inspectorate=HF)],
    grades(W, P2325, WMERCIA) + grades(GW, P2325, GWENT),
    afis=[stmt(W, P2325, LFM, "The force should make sure that its leaders understand and monitor the "
               "demand placed on response teams, and act when that demand exceeds capacity.")],
    notes=[
        "West Mercia's nine grades are one sentence joined with semicolons and 'while': 'good at "
        "preventing crime, at managing offenders and at recording crime; adequate at investigating "
        "crime, at treating the public fairly and at supporting its workforce; while responding to "
        "the public, protecting vulnerable people and leadership and force management all require "
        "improvement'.",
        "Gwent's: 'Where West Mercia falls short, Gwent is good – at protecting vulnerable people, at "
        "leadership and force management, and at treating the public, as well as in how it builds "
        "and supports its workforce'; '... are rated adequate across the border'; 'Gwent's "
        "investigation of crime and the integrity of its crime data require improvement'. These "
        "agree with kd10.",
        "The quoted AFI sits under the leadership discussion, so leadership-management.",
        "Distractors: 'the response grade would have been inadequate a year ago' (speculation, "
        "disowned); Hereford & Worcester Fire and Rescue Service 'judged good' (fire); a custody "
        "inspection's 'an adequate standard of care'; the national recommendation to all chief "
        "constables; 'Neither force received an outstanding grade'; 'The outstanding question'. The "
        "commissioners are unnamed; the blog author is not a person fact.",
    ]))

# kd08 -- PCC findings register (CSV, CRLF), Humberside ----------------------------------------
F = "Humberside Police"
GOLDS.append(gold(
    "kd08.csv", "response-record", [F], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, HUMBER) + [j(F, P2122, INV, A)],
    afis=[
        stmt(F, P2325, RESP, "The force should improve how quickly it attends incidents that it has "
             "graded as needing a scheduled appointment.", True),
        stmt(F, P2325, INV, "We expect the force to make sure that a victim needs assessment is "
             "completed and recorded in every case.", False),
        stmt(F, P2325, LFM, "Humberside Police needs to understand the skills its workforce will need "
             "in future, and plan its recruitment and training accordingly.", True),
    ],
    people=[person("Lorna Fairweather", "chief-constable", F, "Deputy Chief Constable", "deputy")],
    also={"judgements": [j(F, P2122, MOS, O)]},
    notes=[
        "Each 'Graded judgement' row takes its area from the Area column and its grade from a "
        "differently shaped sentence: 'Inspectors judged the force outstanding in how it treats the "
        "public ...'; 'The force's outstanding work to prevent crime ...'; 'Outstanding – for the "
        "second inspection running.'; 'Graded good.'; 'Good, up from adequate in 2021/22.'; "
        "'HMICFRS found the force good at ...'; 'Good.'; 'The force was rated good; ...'; 'A grade of "
        "good was given.'.",
        "'up from adequate in 2021/22' gives investigating Adequate in 2021/22. 'for the second "
        "inspection running' implies managing offenders was outstanding in the previous inspection "
        "but names no period: also_acceptable.",
        "Not facts: G10 (not graded); IP01 'good practice'; N01, a national recommendation to all "
        "chief constables; F01, the fire and rescue service's grades; P01, the PCC scrutiny panel's "
        "own 'It is recommended that ...'.",
        "has_force_update: A01 and A03 have an update cell; A02's is empty.",
        "check_gold.py is run on text/kd08.csv (cells tab-separated), because in the raw CSV a "
        "comma, not a space, bounds each cell.",
    ]))

# kd09 -- Dorset PCC annual report 2017/18 (PDF) ------------------------------------------------
F = "Dorset Police"
EF = "Efficiency"
GOLDS.append(gold(
    "kd09.pdf", "response-record", [F, "Devon and Cornwall Police"], [HF],
    [insp(F, "2017", EF, HF), insp(F, "2016", EF)],
    [j(F, "2017", None, G, EF), j(F, "2017", UD, G, EF), j(F, "2017", UR, RI, EF),
     j(F, "2017", PF, G, EF), j(F, "2016", None, RI, EF)],
    afis=[
        stmt(F, "2017", None, "We expect the force to carry out a full review of the skills its "
             "workforce has, and compare them with those it will need, so that training and "
             "recruitment plans are based on evidence.", True, EF),
        stmt(F, "2017", None, "The force should make sure that the savings it plans from the alliance "
             "are realistic and that it monitors whether they are achieved.", False, EF),
    ],
    people=[
        person("Cressida Vane-Holloway", "commissioner", F, "Police and Crime Commissioner for Dorset"),
        person("Anselm Thewlis", "chief-constable", F, "Chief Constable"),
    ],
    also={"judgements": [j(F, "2016", UR, RI, EF)], "forces": ["Wiltshire Police"]},
    notes=[
        "'Dorset Police moved up to good, from requires improvement in 2016' gives the 2017 and "
        "2016 efficiency grades (2016 inspectorate not stated: null; HMICFRS is named for 2017).",
        "Question grades in one semicolon sentence: 'the force's understanding of demand was found "
        "to be good; its use of resources, however, still requires improvement, ...; and planning "
        "for the future – good'. 'still' implies using-resources was RI in 2016 too: also_acceptable.",
        "The two AFIs are blockquotes under a sentence about the whole report, not under a question, "
        "so question is null. The Chief Constable's skills-audit update follows the first only.",
        "Not facts: 'inadequate funding'; 'good progress'; the legitimacy row (no grade); the joint "
        "custody inspection; the PCC's own scrutiny recommendations and the recommendation to the "
        "Panel ('It is recommended that ...'); 'outstanding complaints'. Devon and Cornwall Police is "
        "an alliance partner with no grade. 'Dorset & Wiltshire Fire and Rescue Service' contains the "
        "alias 'Wiltshire' but names a fire service, so Wiltshire Police is in also_acceptable forces "
        "only.",
    ]))

# kd10 -- Gwent police and crime panel briefing paper (DOCX) -----------------------------------
F = "Gwent Police"
GOLDS.append(gold(
    "kd10.docx", "response-record", [F], [HF],
    [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, GWENT),
    afis=[
        stmt(F, P2325, INV, "The force should make sure that investigations are allocated to staff with "
             "the right skills, and that supervisors check that every reasonable line of enquiry is "
             "followed.", True),
        stmt(F, P2325, INV, "Inspectors want to see the force make better use of body-worn video "
             "evidence in cases of domestic abuse.", True),
        stmt(F, P2325, CDI, "Gwent Police needs to improve how it records crimes of violence, including "
             "those reported to it by other agencies.", True),
        stmt(F, P2325, RESP, "We expect the force to reduce the time it takes to attend incidents it "
             "has graded as requiring a priority response.", False),
        stmt(F, P2325, PREV, "The force should evaluate its problem-solving work, so that it knows "
             "which approaches reduce crime.", True),
    ],
    people=[
        person("Elinor Prydderch-Hale", "commissioner", F, "Commissioner"),
        person("Tomos Rathbone", "chief-constable", F, "Chief Constable"),
    ],
    also={"forces": ["South Wales Police"]},
    notes=[
        "Grades: grade first ('Good: that is the grade HMICFRS gave Gwent Police for police powers "
        "and public treatment, for protecting vulnerable people and for leadership and force "
        "management'), reported ('Inspectors concluded that the force is also good at building, "
        "supporting and protecting its workforce'), a list ('judged adequate at preventing crime, at "
        "responding to the public and at managing offenders and suspects') and 'Two areas require "
        "improvement: investigating crime, and crime data integrity'. These agree with kd07.",
        "The AFI table's first column merges the two 'Investigating crime' rows vertically; the "
        "responding AFI's response is '–': false.",
        "Not facts: 'whether the force was likely to be graded inadequate' (it was not); South Wales "
        "Fire and Rescue Service 'judged to require improvement' (fire; its name holds the alias "
        "'South Wales', so South Wales Police is in also_acceptable forces only); 'would have been "
        "graded inadequate if ...' (hypothetical); 'good progress but not yet good enough'; the "
        "Panel recommendation 'It is recommended that the Panel notes ...'; 'no recommendations "
        "and ... no cause of concern'.",
        "People: 'The Commissioner, Elinor Prydderch-Hale' gives the title 'Commissioner' (title "
        "first); the full office 'Police and Crime Commissioner for Gwent' appears only in the "
        "report-of field, not beside her name.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
