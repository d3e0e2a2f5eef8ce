"""Write gold/nr01.json ... gold/nr10.json for corpus121 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"
EFF, EFC, LEG, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "PEEL"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
# keys
PREV, INV, PVP, SOC = "preventing-crime", "investigating-crime", "protecting-vulnerable", "serious-organised-crime"
UD, UR, PF = "understanding-demand", "using-resources", "planning-future"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
PPT, RESP, MOS, WORK, LFM, CDI = ("treatment-of-public", "responding-to-public", "managing-offenders",
                                  "workforce", "leadership-management", "crime-recording")


def insp(force, period, pillar, inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def j(force, period, pillar, question, grade):
    return {"force": force, "period": period, "pillar": pillar, "question": question, "grade": grade}


def js(force, period, pillar, pairs):
    return [j(force, period, pillar, q, g) for q, g in pairs]


def stmt(force, period, pillar, question, text, update=False):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(),
         coc=(), people=(), also=None, notes=None):
    g = {"document": document, "genre": genre, "encoding": "utf-8", "forces": list(forces),
         "inspectorates": list(inspectorates), "inspections": list(inspections),
         "judgements": list(judgements), "areas_for_improvement": list(afis),
         "recommendations": list(recs), "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


def pillars1819(force, pairs):
    return [j(force, "2018/19", p, None, g) for p, g in pairs]


GOLDS = []

# nr01 -- Durham: chief constable's handover report (PDF) ----------------------------------
F = "Durham Constabulary"
GOLDS.append(gold(
    "nr01.pdf", "response-record", [F, "Cleveland Police", "Northumbria Police"], [H, HF],
    [insp(F, "2014", EFC, H), insp(F, "2015", EFC, H), insp(F, "2016", EFC, H), insp(F, "2017", EFC, HF),
     insp(F, "2015", EFF, H), insp(F, "2016", EFF, H), insp(F, "2017", EFF, HF),
     insp(F, "2015", LEG, H), insp(F, "2016", LEG, H), insp(F, "2017", LEG, HF),
     insp(F, "2018/19", PEEL, HF), insp(F, "2021/22", PEEL, HF), insp(F, "2023-25", PEEL, HF)],
    [j(F, "2014", EFC, None, G),
     j(F, "2015", EFC, None, O), j(F, "2016", EFC, None, O), j(F, "2017", EFC, None, O)]
    + js(F, "2016", EFC, [(UD, O), (UR, O), (PF, O)])
    + [j(F, "2015", EFF, None, G), j(F, "2016", EFF, None, O), j(F, "2017", EFF, None, O)]
    + js(F, "2016", EFF, [(PREV, O), (SOC, O), (INV, G), (PVP, G)])
    + [j(F, "2015", LEG, None, G), j(F, "2016", LEG, None, G), j(F, "2017", LEG, None, G),
       j(F, "2017", LEG, FTW, RI)]
    + js(F, "2021/22", PEEL, [(PREV, O), (INV, G), (PVP, G), (MOS, G), (PPT, G), (WORK, G),
                               (RESP, A), (LFM, A), (CDI, RI)])
    + js(F, "2023-25", PEEL, [(PREV, G), (INV, G), (PVP, G), (MOS, G), (RESP, A), (PPT, A), (LFM, G)]),
    afis=[
        stmt(F, "2023-25", PEEL, RESP,
             "The force should make sure that repeat callers and vulnerable callers are identified at "
             "the first point of contact, and that the risk assessment is recorded on every incident log.", True),
        stmt(F, "2023-25", PEEL, PPT,
             "The force should improve the recording of the reasons for stop and search, so that "
             "supervisors can check that every search had reasonable grounds.", False),
        stmt(F, "2021/22", PEEL, CDI,
             "The force should make sure that reports of anti-social behaviour which disclose a crime "
             "are recorded as crimes within 24 hours.", True),
    ],
    people=[
        person("Helen Ashcroft-Wray", "chief-constable", F, "Chief Constable"),
        person("Joanna Fairbairn", "commissioner", F,
               "Police, Crime and Victims\u2019 Commissioner for County Durham and Darlington"),
        person("Owen Pattinson", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Roy Baverstock", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    also={
        "inspections": [insp(F, "2014", EFF, H), insp(F, "2018/19", EFF, HF), insp(F, "2018/19", EFC, HF),
                        insp(F, "2018/19", LEG, HF)],
        "judgements": [j(F, "2014", EFF, INV, O)]
        + pillars1819(F, [(EFF, O), (EFC, O), (LEG, G)]),
        "people": [person("Michael Tennant", "chief-constable", F, "Chief Constable")],
    },
    notes=[
        "Periods follow the inspection year the document gives, not the publication date: 'The 2016 "
        "effectiveness report, which was not published until March 2017' is 2016; the 2018/19 report "
        "'published in May 2019' is 2018/19; 'published in October 2024' is 2023-25.",
        "'outstanding in 2015, 2016 and 2017' and 'good at every inspection from 2015 to 2017' give one "
        "pillar judgement per year; Table 1 repeats them. Leadership cells 'Not graded' and dashes give nothing.",
        "2014: 'our efficiency was judged good' is a 2014 Efficiency pillar judgement. 'the only force ... "
        "judged outstanding at investigating offending' is a 2014 effectiveness question, but 2014 had "
        "its own question set, so it is only in also_acceptable (key investigating-crime).",
        "2018/19 pillar grades (Table 1 column and the May 2019 sentence) are in also_acceptable with "
        "their pillar inspections, following dev12; the integrated 2018/19 PEEL inspection is main but has "
        "no overall grade ('the highest rating' names no grade word for the whole).",
        "2021/22: 'good use of resources' -> leadership-management (Adequate); 'developing a positive "
        "workplace' -> workforce; 'recording data about crime' -> crime-recording. The five-point-scale "
        "sentence gives nothing. 2023-25: 'Crime recording was not inspected' gives nothing.",
        "Inspectorates: the document names HMIC for the 2014 assessment and says HMIC became HMICFRS "
        "in July 2017; each inspection takes the inspectorate of its period.",
        "AFI table: Position cell is the force's update; AFI 2's is a dash, so false. Ref 3 is a 2021/22 "
        "AFI (Source cell).",
        "People: the author is the Chief Constable; 'Joanna Fairbairn, Police, Crime and Victims' "
        "Commissioner for County Durham and Darlington' keeps the full title that follows the name. "
        "Michael Tennant is a former chief (2012-2019), also_acceptable only. Assistant Chief Constable "
        "Lydia Marwood is not a person fact. The fire service is a distractor; Cleveland and Northumbria "
        "are named in passing; 'good practice' is not a grade.",
    ]))

# nr02 -- Humberside: police and crime panel paper (PDF) ----------------------------------
F = "Humberside Police"
GOLDS.append(gold(
    "nr02.pdf", "response-record", [F], [HF, H],
    [insp(F, "2015", EFC, H), insp(F, "2015", EFF, None), insp(F, "2016", EFF, None),
     insp(F, "2016", EFC, None), insp(F, "2016", LEG, None), insp(F, "2017", EFF, None),
     insp(F, "2017", EFC, None), insp(F, "2017", LEG, None), insp(F, "2018/19", PEEL, None),
     insp(F, "2021/22", PEEL, None), insp(F, "2023-25", PEEL, HF)],
    [j(F, "2015", EFC, None, I), j(F, "2015", EFF, None, RI), j(F, "2016", EFF, None, RI),
     j(F, "2016", EFC, None, RI), j(F, "2016", LEG, None, G),
     j(F, "2017", EFF, None, G), j(F, "2017", EFC, None, G), j(F, "2017", LEG, None, G)]
    + js(F, "2021/22", PEEL, [(INV, O), (PVP, O), (MOS, O), (CDI, A)])
    + js(F, "2023-25", PEEL, [(INV, O), (PVP, G), (MOS, G), (PREV, G), (PPT, G), (RESP, A), (LFM, G)]),
    afis=[
        stmt(F, "2023-25", PEEL, None,
             "The force should reduce the time it takes to answer non-emergency calls, and make sure "
             "that callers who abandon a call are called back.", True),
        stmt(F, "2023-25", PEEL, None,
             "The force should make sure that its control room staff carry out and record a structured "
             "risk assessment for every incident involving a vulnerable person.", True),
        stmt(F, "2023-25", PEEL, None,
             "The force should improve how it records the ethnicity of people who are stopped and searched.",
             False),
        stmt(F, "2023-25", PEEL, None,
             "The force should make sure that officers review the conditions of released suspects in "
             "domestic abuse cases before bail or release under investigation ends.", True),
    ],
    coc=[stmt(F, "2015", EFC, None,
              "The force does not have a sufficient understanding of the demand for its services, and it "
              "cannot show that its workforce is organised to meet that demand or that its plans for "
              "future savings are achievable.", False)],
    people=[
        person("Jonathan Hebden", "commissioner", F, "Commissioner"),
        person("Lauren Pickersgill", "chief-constable", F, "Chief Constable"),
        person("Marian Askew", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    also={
        "inspections": [insp(F, "2018/19", p, None) for p in (EFF, EFC, LEG)],
        "judgements": pillars1819(F, [(EFF, G), (EFC, G), (LEG, G)]),
        "people": [person("Gillian Curwen", "chief-constable", F, "Chief Constable"),
                   person("Peter Ashdown", "chief-constable", F, "Temporary Chief Constable", "temporary")],
    },
    notes=[
        "History (section 3 and its table): 2015 efficiency inadequate (HMIC named for it), 2015/2016 "
        "effectiveness requires improvement, 2016 efficiency RI and legitimacy good (table only), 2017 "
        "all good ('the 2017 effectiveness report published in March 2018' is 2017). Table dashes give "
        "nothing. Other history inspections leave the inspectorate null: none is named for them.",
        "2018/19 'good in all three pillars' and the table row are pillar grades: also_acceptable, as dev12.",
        "2021/22: three outstanding areas and 'recording data about crime, which was adequate'. 'good in "
        "every other graded area' names no area, so it gives nothing.",
        "2023-25 grades table: 'Preventing and deterring crime and antisocial behaviour' -> preventing-crime; "
        "'Police powers and public treatment' -> treatment-of-public. 'moved from outstanding to good' "
        "repeats the 2021/22 and 2023-25 protecting grades.",
        "AFIs are a numbered list with no area heading, so question is null. AFI 3 has no 'Force response', "
        "so false; para 4.4 promises a later report only.",
        "The 2015 cause of concern is quoted from the older report (blockquote); no update to it is given.",
        "People: 'The Commissioner, Jonathan Hebden' gives title 'Commissioner'. 'Chief Constable Lauren "
        "Pickersgill' is current. 'The then Chief Constable, Gillian Curwen' and 'Temporary Chief Constable "
        "Peter Ashdown' held office in 2016-17: also_acceptable. Rachel Hinde (Chief Executive) is not a "
        "person fact. The fire service is a distractor. The Panel's own recommendation (2.1) is not a PEEL fact.",
    ]))

# nr03 -- Gloucestershire: PCC 'then and now' article (DOCX) -------------------------------
F = "Gloucestershire Constabulary"
GOLDS.append(gold(
    "nr03.docx", "press-release",
    [F, "Avon and Somerset Constabulary", "Wiltshire Police", "Dorset Police", "Devon and Cornwall Police"],
    [HF],
    [insp(F, "2016", EFF, None), insp(F, "2017", EFF, HF), insp(F, "2017", EFC, None),
     insp(F, "2018/19", PEEL, None), insp(F, "2021/22", PEEL, None), insp(F, "2023-25", PEEL, None)],
    [j(F, "2016", EFF, None, G), j(F, "2017", EFF, None, G), j(F, "2017", EFF, PREV, G),
     j(F, "2017", EFC, None, RI)]
    + js(F, "2021/22", PEEL, [(RESP, I), (CDI, I), (INV, RI), (PVP, I), (PREV, G)])
    + js(F, "2023-25", PEEL, [(RESP, A), (INV, G), (PVP, A), (PREV, G), (LFM, RI)]),
    afis=[
        stmt(F, "2023-25", PEEL, INV,
             "The constabulary should make sure that it allocates investigations to officers with the "
             "right skills, and that supervisors review them regularly."),
        stmt(F, "2023-25", PEEL, LFM,
             "The constabulary should improve how it plans its workforce, so that it has enough detectives "
             "and call handlers for the demand it expects."),
    ],
    coc=[stmt(F, "2021/22", PEEL, None,
              "The constabulary does not record all of the crimes reported to it, and as a result some "
              "victims are not offered the support they are entitled to and some offenders are not pursued.")],
    people=[
        person("Charles Penrose", "commissioner", F, "Police and Crime Commissioner for Gloucestershire"),
        person("Fiona Lattimer", "chief-constable", F, "Chief Constable"),
    ],
    also={
        "inspections": [insp(F, "2018/19", EFF), insp(F, "2018/19", EFC), insp(F, "2018/19", LEG)],
        "judgements": pillars1819(F, [(EFF, RI), (EFC, RI), (LEG, G)]),
        "people": [person("Robert Hanbury", "chief-constable", F, "Chief Constable")],
    },
    notes=[
        "'good at keeping people safe and reducing crime' in 2016 and 2017 is the effectiveness pillar's "
        "own definition, so it gives 2016 and 2017 Effectiveness pillar grades. 'in 2017 HMICFRS also "
        "judged it good at preventing crime' gives the 2017 question, and names HMICFRS for that "
        "inspection. No other inspection is tied to a named inspectorate ('the inspectorate').",
        "2018/19 pillar grades (RI, RI, good) are also_acceptable only, as dev12.",
        "2021/22: 'inadequate in six areas, among them responding to the public and recording data about "
        "crime' gives those two; the table adds the others it shows. 'The other three areas graded "
        "inadequate' names none. Leadership's 2021/22 cell is a dash, and 'Not inspected' gives nothing.",
        "'When I took office (2021/22)' column is 2021/22; 'Now (2023-25)' column is 2023-25.",
        "The cause of concern is quoted in Word's Quote style; 'main cause of concern in 2021' ties it to "
        "2021/22. It names no area heading, so question null. The PCC says it is closed, which is not a "
        "force update.",
        "The two AFIs follow bold labels ('Investigations:', 'Leadership:'); the label gives the area. The "
        "PCC has only asked for updates, so false.",
        "Genre: an article by the PCC, closest to press-release. People: the byline gives 'Police and Crime "
        "Commissioner for Gloucestershire'. Robert Hanbury is the former chief (2017-2022): also_acceptable. "
        "'good value' and the fire service are distractors; the four South West forces are named in passing.",
    ]))

# nr04 -- Cleveland: PCC annual report chapter (DOCX) --------------------------------------
F = "Cleveland Police"
GOLDS.append(gold(
    "nr04.docx", "response-record", [F, "Durham Constabulary"], [H, HF],
    [insp(F, "2014", EFF, H), insp(F, "2014", EFC, H), insp(F, "2015", EFF, H), insp(F, "2015", EFC, H),
     insp(F, "2015", LEG, H), insp(F, "2016", EFF, H), insp(F, "2016", EFC, H), insp(F, "2016", LEG, H),
     insp(F, "2017", EFF, HF), insp(F, "2017", EFC, HF), insp(F, "2017", LEG, HF),
     insp(F, "2018/19", PEEL, None), insp(F, "2021/22", PEEL, None), insp(F, "2023-25", PEEL, None)],
    [j(F, "2014", EFF, None, RI), j(F, "2014", EFC, None, G),
     j(F, "2015", EFF, None, RI), j(F, "2015", EFC, None, G), j(F, "2015", LEG, None, G),
     j(F, "2016", EFF, None, G), j(F, "2016", EFC, None, G), j(F, "2016", LEG, None, RI),
     j(F, "2017", EFF, None, G), j(F, "2017", EFC, None, G), j(F, "2017", LEG, None, G),
     j(F, "2018/19", PEEL, PVP, I), j(F, "2018/19", PEEL, FTW, I)]
    + js(F, "2021/22", PEEL, [(RESP, I), (PVP, I), (CDI, A)])
    + js(F, "2023-25", PEEL, [(MOS, G), (RESP, A), (PVP, A), (PREV, A), (INV, RI)]),
    afis=[
        stmt(F, "2016", LEG, None,
             "The force should make sure that its supervisors understand and apply the grievance procedure, "
             "so that officers and staff have confidence that their concerns will be dealt with fairly.", True),
        stmt(F, "2021/22", PEEL, None,
             "The force should improve how quickly it answers emergency calls.", True),
    ],
    people=[
        person("Mark Whitcombe", "chief-constable", F, "Chief Constable"),
        person("Ian Coupland", "commissioner", F, "Police and Crime Commissioner for Cleveland"),
    ],
    also={
        "inspections": [insp(F, "2018/19", p) for p in (EFF, EFC, LEG)],
        "judgements": pillars1819(F, [(EFF, I), (EFC, I), (LEG, I)]),
        "people": [
            person("Graham Rudd", "chief-constable", F, "Chief Constable"),
            person("Mark Lindley", "chief-constable", F, "Temporary Chief Constable", "temporary"),
            person("Kirsten Harland", "chief-constable", F, "Chief Constable"),
            person("Helen Rowley", "chief-constable", F, "Acting Chief Constable", "acting"),
            person("Daniel Ferris", "chief-constable", F, "Chief Constable"),
            person("Paul Ellery", "chief-constable", F, "Acting Chief Constable", "acting"),
        ],
    },
    notes=[
        "Table 4.1 has one column per inspection year and a merged title row; Legitimacy 2014 is an empty "
        "cell ('Legitimacy was not graded in 2014'). The paragraph above the table names 'HMIC (from July "
        "2017, HMICFRS)' for the pillar years, so 2014-2016 are HMIC and 2017 HMICFRS.",
        "2018/19: 'The 2019 report, the first integrated PEEL assessment' is 2018/19 by publication year. "
        "'inadequate in every pillar' and the table column are pillar grades: also_acceptable. The two "
        "question grades are main (PEEL, protecting-vulnerable and fair-treatment-workforce). The "
        "later inspections name no inspectorate for themselves, so null.",
        "2021/22: 'required improvement in four other areas' names none, so gives nothing.",
        "Older findings: each AFI follows a bold label giving its source and is followed by 'Force "
        "position:', which is the force's update (true). Their label names no area, so question null.",
        "People: the list of seven chiefs with years. Mark Whitcombe ('2022 to date') is the current chief; "
        "the other six are former chiefs, also_acceptable. Brian Copley is a former PCC with no title "
        "beside his name ('was Police and Crime Commissioner'): not a fact. The signature gives Ian "
        "Coupland, 'Police and Crime Commissioner for Cleveland'. Durham is named in passing.",
    ]))

# nr05 -- Wiltshire: wiki-style article (HTML) ---------------------------------------------
F = "Wiltshire Police"
GOLDS.append(gold(
    "nr05.html", "national-release",
    [F, "Dorset Police", "Gloucestershire Constabulary", "Staffordshire Police", "Avon and Somerset Constabulary"],
    [HF, H],
    [insp(F, "2015", EFF, H), insp(F, "2016", EFF, H), insp(F, "2017", EFF, HF),
     insp(F, "2015", EFC, None), insp(F, "2016", EFC, None), insp(F, "2017", EFC, None),
     insp(F, "2015", LEG, None), insp(F, "2016", LEG, None), insp(F, "2017", LEG, None),
     insp(F, "2018/19", PEEL, None), insp(F, "2021/22", PEEL, None), insp(F, "2023-25", PEEL, None)],
    [j(F, "2015", EFF, None, RI), j(F, "2016", EFF, None, G), j(F, "2017", EFF, None, G),
     j(F, "2015", EFC, None, G), j(F, "2016", EFC, None, G), j(F, "2017", EFC, None, G),
     j(F, "2015", LEG, None, G), j(F, "2016", LEG, None, G), j(F, "2017", LEG, None, RI),
     j(F, "2018/19", PEEL, PREV, G)]
    + js(F, "2021/22", PEEL, [(INV, I), (PVP, I), (RESP, RI)])
    + js(F, "2023-25", PEEL, [(RESP, A), (INV, RI), (PVP, A)]),
    people=[
        person("Philip Wyndham", "commissioner", F, "Police and Crime Commissioner"),
        person("Catherine Rosser", "chief-constable", F, "Chief Constable"),
    ],
    also={
        "inspections": [insp(F, "2018/19", LEG)],
        "judgements": [j(F, "2018/19", LEG, None, G)],
        "people": [person("Colin Brereton", "chief-constable", F, "Chief Constable"),
                   person("Kenneth Pryor", "chief-constable", F, "Chief Constable"),
                   person("Stuart Halloran", "chief-constable", F, "Chief Constable")],
    },
    notes=[
        "'legitimacy was good in 2015 and 2016, requires improvement in 2017, then good again in 2018/19' "
        "gives three pillar judgements and a 2018/19 pillar grade (also_acceptable, as dev12). The same "
        "sentence's 2018/19 preventing grade is a PEEL question judgement.",
        "Inspectorates: effectiveness 2015/2016 is 'HMIC rated', 2017 'HMICFRS rated'; the other "
        "inspections have no inspectorate beside them (null).",
        "2021/22: 'inadequate or requires improvement in every area it assessed' gives nothing by itself; "
        "the named areas give three grades. 2023-25: three named areas.",
        "People: infobox 'Philip Wyndham, Police and Crime Commissioner' and 'Catherine Rosser, Chief "
        "Constable'. The list of chief constables since 2012 names former chiefs with years and no title "
        "beside the name (heading 'Chief constables since 2012'): also_acceptable. Stuart Halloran was "
        "'(acting)', but the check requires the qualifier to come from the title, so it is null here.",
        "Genre: encyclopaedia article, closest to national-release (third-party listing). Dorset (merger "
        "plan, See also, fire service), Avon and Somerset (See also), Gloucestershire and Staffordshire "
        "(also put into Engage) are named without grades.",
    ]))

# nr06 -- Staffordshire: news feature (HTML) -----------------------------------------------
F = "Staffordshire Police"
GOLDS.append(gold(
    "nr06.html", "press-release",
    [F, "Gloucestershire Constabulary", "Wiltshire Police", "Cleveland Police", "Greater Manchester Police",
     "Metropolitan Police Service"],
    [HF, H],
    [insp(F, "2016", EFC, H), insp(F, "2016", LEG, H), insp(F, "2017", LEG, None),
     insp(F, "2015", EFF, None), insp(F, "2016", EFF, None), insp(F, "2018/19", PEEL, None),
     insp(F, "2021/22", PEEL, HF), insp(F, "2023-25", PEEL, None)],
    [j(F, "2016", EFC, None, G), j(F, "2016", LEG, None, G), j(F, "2017", LEG, None, G),
     j(F, "2015", EFF, None, RI), j(F, "2016", EFF, None, G), j(F, "2018/19", PEEL, PVP, RI)]
    + js(F, "2021/22", PEEL, [(RESP, I), (INV, RI), (PVP, RI)])
    + js(F, "2023-25", PEEL, [(PREV, G), (INV, G), (RESP, A), (PVP, G), (MOS, G), (PPT, RI)]),
    afis=[stmt(F, "2023-25", PEEL, PPT,
               "The force should make sure that officers record the grounds for every stop and search, and "
               "that supervisors review a sample of these records each month.", True)],
    people=[
        person("Naomi Kersey", "chief-constable", F, "Chief Constable"),
        person("Alan Crofton", "inspector", HF, "His Majesty\u2019s Chief Inspector of Constabulary"),
        person("Nathan Pryce-Evans", "commissioner", F, "Staffordshire Commissioner"),
    ],
    also={
        "inspections": [insp(F, "2018/19", EFF)],
        "judgements": [j(F, "2018/19", EFF, None, RI)],
        "people": [person("Gareth Thwaite", "chief-constable", F, "Chief Constable")],
    },
    notes=[
        "'the June report - the PEEL 2021/22 inspection, published in June 2022' gives 2021/22, and "
        "names HMICFRS for it. 'Back in 2016 the then HMIC judged' ties 2016 efficiency and legitimacy to HMIC; the effectiveness grades "
        "and 2017 legitimacy grades in the same paragraph have no inspectorate of their own (null).",
        "'This week's PEEL 2023-25 report' has no inspectorate beside it ('the police watchdog'): null.",
        "2018/19 'requires improvement for effectiveness' is a pillar grade: also_acceptable, as dev12. "
        "Its protecting-vulnerable grade is a PEEL question judgement.",
        "The AFI is the blockquote; 'A force spokesperson said ...' is the force's response, so true. "
        "'five areas for improvement' is a count.",
        "People: 'Former Chief Constable Gareth Thwaite' (2014-2020) is also_acceptable. 'Sir Alan "
        "Crofton' -> 'Alan Crofton', title with the curly apostrophe. The Staffordshire Commissioner is a "
        "police, fire and crime commissioner. The reporter is not a person fact. 'a good force in most of "
        "what it does', the grade key box and the fire service's 'judged good' give nothing. Five other "
        "forces are named as also being in Engage.",
    ]))

# nr07 -- Lincolnshire: PCC blog 'ten years of PEEL' (TXT) ---------------------------------
F = "Lincolnshire Police"
GOLDS.append(gold(
    "nr07.txt", "press-release", [F, "Nottinghamshire Police", "Leicestershire Police"], [H, HF],
    [insp(F, "2014", EFC, H), insp(F, "2015", EFC, None), insp(F, "2016", EFC, None),
     insp(F, "2017", EFC, HF), insp(F, "2015", EFF, None), insp(F, "2016", EFF, None),
     insp(F, "2015", LEG, None), insp(F, "2016", LEG, None), insp(F, "2017", LEG, None),
     insp(F, "2018/19", PEEL, None), insp(F, "2021/22", PEEL, None), insp(F, "2023-25", PEEL, None)],
    [j(F, "2014", EFC, None, G), j(F, "2015", EFC, None, G), j(F, "2016", EFC, None, G),
     j(F, "2017", EFC, None, RI), j(F, "2015", EFF, None, RI), j(F, "2016", EFF, None, RI),
     j(F, "2016", EFF, PVP, I), j(F, "2015", LEG, None, G), j(F, "2016", LEG, None, G),
     j(F, "2017", LEG, None, G), j(F, "2018/19", PEEL, INV, G), j(F, "2018/19", PEEL, PF, RI)]
    + js(F, "2021/22", PEEL, [(PREV, G), (INV, G), (PPT, G), (RESP, A), (PVP, RI)])
    + js(F, "2023-25", PEEL, [(PREV, G), (INV, A), (PVP, A), (RESP, G), (LFM, G)]),
    afis=[
        stmt(F, "2016", EFF, PVP,
             "The force should ensure that all officers and staff who deal with missing children understand "
             "the risks of child sexual exploitation and record those risks on every report."),
        stmt(F, "2023-25", PEEL, PVP,
             "The force should improve how it identifies and records the risk of exploitation when children "
             "are reported missing."),
    ],
    people=[
        person("Paul Gainsford", "chief-constable", F, "Chief Constable"),
        person("Marc Jessop", "commissioner", F, "Police and Crime Commissioner for Lincolnshire"),
    ],
    also={
        "inspections": [insp(F, "2018/19", EFF)],
        "judgements": [j(F, "2018/19", EFF, None, G)],
        "people": [person("Neil Radcliffe", "chief-constable", F, "Chief Constable"),
                   person("Bill Skerritt", "chief-constable", F, "Chief Constable"),
                   person("Martin Allcock", "commissioner", F, "Commissioner")],
    },
    notes=[
        "'In that first assessment in 2014' with HMIC named gives the 2014 Efficiency grade; 'In 2017 "
        "HMICFRS, as the inspectorate had become' names HMICFRS for 2017 efficiency. Other inspections "
        "have no inspectorate beside them (null).",
        "An older and a newer AFI side by side: the 2016 one was 'set' in the 2016 effectiveness report "
        "under protecting vulnerable people; the 2023-25 one sits in the same theme. The PCC's 'I have "
        "told the Chief Constable so' is not a force update.",
        "2018/19: 'good for effectiveness' is a pillar grade (also_acceptable, dev12); the investigating "
        "and planning-for-the-future question grades are PEEL judgements. 'published in September 2019' is "
        "not the period. 'Efficiency remained a concern' names no grade.",
        "2023-25 list: '(down from good)' and '(up from requires improvement)' repeat 2021/22 grades already "
        "stated. 'Police powers and public treatment: not graded this time' gives nothing.",
        "People: Paul Gainsford is current; the two earlier chiefs and the former Commissioner Martin "
        "Allcock are also_acceptable. Nottinghamshire and Leicestershire are named in passing.",
    ]))

# nr08 -- Northumbria: inspection timeline (TXT) -------------------------------------------
F = "Northumbria Police"
GOLDS.append(gold(
    "nr08.txt", "response-record", [F, "Durham Constabulary", "Cleveland Police"], [H],
    [insp(F, "2015", EFF, H), insp(F, "2016", EFC, None), insp(F, "2016", LEG, None),
     insp(F, "2016", EFF, None), insp(F, "2017", EFC, None), insp(F, "2017", LEG, None),
     insp(F, "2018/19", PEEL, None), insp(F, "2021/22", PEEL, None), insp(F, "2023-25", PEEL, None)],
    [j(F, "2015", EFF, None, G), j(F, "2015", EFF, PREV, G), j(F, "2015", EFF, PVP, RI),
     j(F, "2016", EFC, None, G), j(F, "2016", EFC, PF, O), j(F, "2016", LEG, None, G),
     j(F, "2016", EFF, None, G), j(F, "2016", EFF, PVP, G), j(F, "2017", EFC, None, G),
     j(F, "2017", LEG, None, G), j(F, "2017", LEG, FTW, O), j(F, "2018/19", PEEL, PVP, RI)]
    + js(F, "2021/22", PEEL, [(PREV, G), (INV, G), (MOS, G), (WORK, G), (RESP, A), (PVP, A), (PPT, A),
                               (CDI, RI)])
    + js(F, "2023-25", PEEL, [(PREV, O), (INV, G), (RESP, G), (MOS, G), (PVP, A)]),
    afis=[
        stmt(F, "2023-25", PEEL, PVP,
             "The force should make sure that it consistently records the voice of the child when officers "
             "attend domestic abuse incidents.", True),
        stmt(F, "2023-25", PEEL, PVP,
             "The force should improve the timeliness of its disclosures under the domestic violence "
             "disclosure scheme.", True),
    ],
    people=[
        person("Vanessa Jardine", "chief-constable", F, "Chief Constable"),
        person("Susan Dungait", "commissioner", F, "Police and Crime Commissioner"),
    ],
    also={
        "inspections": [insp(F, "2018/19", p) for p in (EFF, EFC, LEG)],
        "judgements": pillars1819(F, [(EFF, G), (EFC, G), (LEG, G)]),
        "people": [
            person("Susan Dorward", "commissioner", F, "Commissioner"),
            person("Dale Bennison", "chief-constable", F, "Temporary Deputy Chief Constable", "deputy"),
            person("Winton Keenen", "chief-constable", F, "Chief Constable"),
            person("Kim Rowell", "commissioner", F, "Police and Crime Commissioner"),
        ],
    },
    notes=[
        "Each entry is dated by publication month; the period is the inspection year in brackets "
        "('March 2017 | PEEL: Police effectiveness (2016)' is 2016).",
        "'Vulnerability: Good (up from requires improvement the year before)' gives the 2016 "
        "protecting-vulnerable grade; the 2015 grade is stated in its own entry. 'Overall: Good, as in "
        "2016' repeats the 2016 efficiency grade already stated.",
        "2018/19 pillar grades: also_acceptable (dev12). Protecting vulnerable people 2018/19 is a PEEL "
        "question judgement.",
        "2021/22 and 2023-25 are grouped by grade: 'developing a positive workplace' -> workforce, "
        "'treatment of the public' -> treatment-of-public, 'preventing and deterring crime' -> "
        "preventing-crime. The AFIs sit in the 2023-25 entry, with no area heading; both are about "
        "safeguarding, so protecting-vulnerable. 'Force update (December 2024 action plan)' covers both.",
        "Only HMIC is named ('the HMIC report', 2015 effectiveness entry); every other inspection is null.",
        "People: the current Chief Constable and PCC are main. Former holders, listed with years or as "
        "'The then Commissioner', are also_acceptable. 'Temporary Deputy Chief Constable' has two "
        "qualifier words; check_gold takes the last, 'deputy'. Durham and Cleveland are partners named in "
        "passing; the fire service is a distractor.",
    ]))

# nr09 -- Devon and Cornwall: incoming PCC briefing (MD) -----------------------------------
F = "Devon and Cornwall Police"
GOLDS.append(gold(
    "nr09.md", "response-record", [F, "Avon and Somerset Constabulary", "Dorset Police"], [H, HF],
    [insp(F, "2014", EFF, H), insp(F, "2014", EFC, H), insp(F, "2015", EFF, H), insp(F, "2015", EFC, H),
     insp(F, "2015", LEG, H), insp(F, "2016", EFF, H), insp(F, "2016", EFC, H), insp(F, "2016", LEG, H),
     insp(F, "2017", EFF, HF), insp(F, "2017", EFC, HF), insp(F, "2017", LEG, HF),
     insp(F, "2018/19", PEEL, HF), insp(F, "2021/22", PEEL, HF), insp(F, "2023-25", PEEL, HF)],
    [j(F, "2014", EFF, None, G), j(F, "2014", EFC, None, RI),
     j(F, "2015", EFF, None, G), j(F, "2015", EFC, None, G), j(F, "2015", LEG, None, G),
     j(F, "2016", EFF, None, RI), j(F, "2016", EFC, None, G), j(F, "2016", LEG, None, G),
     j(F, "2016", EFF, PVP, I),
     j(F, "2017", EFF, None, G), j(F, "2017", EFC, None, G), j(F, "2017", LEG, None, G)]
    + js(F, "2021/22", PEEL, [(PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (PPT, G)])
    + js(F, "2023-25", PEEL, [(PREV, A), (RESP, I), (INV, RI), (PVP, RI), (MOS, G), (LFM, RI)]),
    recs=[
        stmt(F, "2023-25", PEEL, None,
             "Within six months, the force should make sure it answers 999 calls within the national standard "
             "and has enough trained call handlers on every shift.", True),
        stmt(F, "2023-25", PEEL, None,
             "Within six months, the force should introduce a structured risk assessment for every call, and "
             "audit its use.", True),
    ],
    coc=[stmt(F, "2023-25", PEEL, None,
              "The force is not answering emergency and non-emergency calls quickly enough, and it is not "
              "assessing the risk to callers consistently. This means that vulnerable people may not get the "
              "response they need.", False)],
    people=[
        person("Jim Colwell", "chief-constable", F, "Chief Constable"),
        person("Ruth Pengelly", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Alison Trethowan", "commissioner", F, "Police and Crime Commissioner"),
    ],
    also={
        "inspections": [insp(F, "2018/19", EFF, HF), insp(F, "2018/19", LEG, HF)],
        "judgements": pillars1819(F, [(EFF, G), (LEG, G)]),
        "people": [person("Shaun Sawyer-Hale", "chief-constable", F, "Chief Constable")],
    },
    notes=[
        "The pillar table has one column per inspection year with blank cells (Legitimacy 2014, Efficiency "
        "2018/19). 'Grades as published by HMIC and, from July 2017, HMICFRS' gives HMIC for 2014-2016 and "
        "HMICFRS from 2017. 2018/19 cells are pillar grades: also_acceptable (dev12). The efficiency "
        "2017 judgment 'carried forward' into 2018/19 gives no 2018/19 grade.",
        "'the question on protecting vulnerable people, which HMIC graded inadequate in the report published "
        "in March 2017' is the 2016 effectiveness question (the bullet is about the 2016 grade).",
        "Area table: 'Police powers and public treatment' -> treatment-of-public; dashes give nothing.",
        "Cause of concern (blockquote) and two numbered recommendations under it: question null (heading "
        "names no area). The 'Force update (April 2024)' follows the recommendations, so they are true; the "
        "cause itself is false, as in corpus13 q02. 'published in April 2024' is not the period.",
        "People: 'Chief Constable Jim Colwell', 'Deputy Chief Constable Ruth Pengelly' (bold titles); "
        "Alison Trethowan is the outgoing but still serving PCC, so main. Shaun Sawyer-Hale, former chief "
        "(2013-2022), is also_acceptable. Avon and Somerset and Dorset are named in passing; the fire "
        "services are distractors.",
    ]))

# nr10 -- West Midlands: long grade-history CSV --------------------------------------------
F = "West Midlands Police"
GOLDS.append(gold(
    "nr10.csv", "national-release", [F], [H, HF],
    [insp(F, "2014", EFF, H), insp(F, "2014", EFC, H), insp(F, "2015", EFC, H), insp(F, "2015", EFF, H),
     insp(F, "2015", LEG, H), insp(F, "2016", EFC, H), insp(F, "2016", EFF, H), insp(F, "2016", LEG, H),
     insp(F, "2017", EFC, HF), insp(F, "2017", LEG, HF), insp(F, "2017", EFF, HF),
     insp(F, "2018/19", PEEL, HF), insp(F, "2021/22", PEEL, HF), insp(F, "2023-25", PEEL, HF)],
    [j(F, "2014", EFF, None, G), j(F, "2014", EFC, None, G), j(F, "2015", EFC, None, G),
     j(F, "2015", EFF, None, RI), j(F, "2015", EFF, PVP, RI), j(F, "2015", LEG, None, G),
     j(F, "2016", EFC, None, G), j(F, "2016", EFC, PF, O), j(F, "2016", EFF, None, G),
     j(F, "2016", LEG, None, G), j(F, "2017", EFC, None, G), j(F, "2017", LEG, None, RI),
     j(F, "2017", LEG, FTW, RI), j(F, "2017", EFF, None, G), j(F, "2018/19", PEEL, PF, O)]
    + js(F, "2021/22", PEEL, [(RESP, RI), (INV, RI), (PREV, G), (WORK, G), (LFM, A)])
    + js(F, "2023-25", PEEL, [(RESP, A), (INV, A), (PVP, G), (WORK, G), (LFM, O)]),
    also={
        "inspections": [insp(F, "2018/19", p, HF) for p in (EFF, EFC, LEG)],
        "judgements": pillars1819(F, [(EFF, G), (EFC, G), (LEG, G)]),
    },
    notes=[
        "Long format: one row per grade, with inspection_year (the period) and published (a date that is "
        "not the period: the 2015 effectiveness row was published in 2016, the 2016 effectiveness row in "
        "2017). Each row names its inspectorate.",
        "'(pillar)' rows are pillar judgements. 2018/19 pillar rows are also_acceptable (dev12); the "
        "2018/19 'Planning for the future' row is a PEEL question judgement.",
        "'Not graded' rows, the empty grade for victim service and the 2016 Leadership row give nothing. "
        "'Good use of resources' (2021/22) -> leadership-management, whose grade is Adequate. 'Fair treatment "
        "of the workforce' -> fair-treatment-workforce.",
        "The West Midlands Fire Service row is a fire inspection, not PEEL; 'West Midlands' names no other "
        "force. Genre: a data export, closest to national-release.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("wrote", len(GOLDS), "gold files")


if __name__ == "__main__":
    main()
