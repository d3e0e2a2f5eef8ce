"""Write gold/lr01.json ... gold/lr10.json for corpus73 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"
EFF, EFC, LEG, LDR, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "Leadership", "PEEL"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
# 2015-17 keys
PC, IC, PV, SOC, SC = "preventing-crime", "investigating-crime", "protecting-vulnerable", "serious-organised-crime", "specialist-capabilities"
UD, UR, PF = "understanding-demand", "using-resources", "planning-future"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
# 2021/22 and later keys
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"


def insp(force, period, pillar=PEEL, inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def j(force, period, pillar, question, grade):
    return {"force": force, "period": period, "pillar": pillar, "question": question, "grade": grade}


def grades(force, period, pillar, pairs):
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


GOLDS = []

# lr01 -- news-feed page, PEEL effectiveness 2017 force press releases (HTML) ----------------
NO, CU, GW, SU = "Norfolk Constabulary", "Cumbria Constabulary", "Gwent Police", "Surrey Police"
GOLDS.append(gold(
    "lr01.html", "national-release",
    [NO, CU, GW, SU, "Suffolk Constabulary", "South Wales Police", "Dyfed-Powys Police", "Sussex Police"],
    [H, HF],
    [insp(NO, "2017", EFF, HF), insp(CU, "2017", EFF, HF), insp(GW, "2017", EFF, HF),
     insp(SU, "2017", EFF, HF), insp(GW, "2016", EFF, H)],
    [j(NO, "2017", EFF, None, G)] + grades(NO, "2017", EFF, [(PC, G), (IC, G), (PV, G), (SOC, G)])
    + [j(CU, "2017", EFF, None, RI)] + grades(CU, "2017", EFF, [(PC, G), (IC, RI), (PV, RI), (SOC, G)])
    + [j(GW, "2017", EFF, None, G)] + grades(GW, "2017", EFF, [(PC, G), (IC, G), (PV, G), (SOC, G)])
    + [j(SU, "2017", EFF, None, G)] + grades(SU, "2017", EFF, [(PC, G), (IC, G), (PV, G), (SOC, O)])
    + [j(GW, "2016", EFF, PV, RI)],
    people=[
        person("Rosalind Abernethy", "inspector", HF, "HM Inspector of Constabulary"),
        person("Tobias Renshaw", "inspector", HF, "HM Inspector of Constabulary"),
        person("Marguerite Oduya", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    notes=[
        "Each force release's headline gives the pillar grade ('is good at keeping people safe and reducing "
        "crime', 'requires improvement in how it keeps people safe'); the bullets give the question grades.",
        "Gwent 2016: 'Last year HMIC judged that it required improvement in this area' (protecting vulnerable "
        "people) names both the grade and HMIC, so it is a 2016 judgement with inspectorate HMIC.",
        "Surrey: 'We do not grade specialist capabilities' and Gwent's 'good specialist capabilities' in the HMI "
        "quote give no judgement (the 2017 specialist capabilities question was not graded). The 'Please note' box "
        "says 2016 judgments still stand but names none.",
        "HMI quotes that say a force 'needs to improve' are not areas for improvement.",
        "Suffolk, South Wales, Dyfed-Powys and Sussex are named only as partners.",
        "Each inspection takes HMICFRS, the publisher named in the masthead and in 'HMICFRS judged that'.",
    ]))

# lr02 -- PEEL 2023-25 publication-html copied as text, Northumbria ---------------------------
F = "Northumbria Police"
GOLDS.append(gold(
    "lr02.txt", "peel-report-2021",
    [F, "Durham Constabulary", "Cleveland Police"], [HF],
    [insp(F, "2023-25", PEEL, HF), insp(F, "2021/22", PEEL, HF)],
    grades(F, "2023-25", PEEL, [(PREV, G), (PVP, G), (MOS, G), (PPT, A), (RESP, A), (LFM, A), (WORK, A),
                                (INV, RI)])
    + [j(F, "2021/22", PEEL, PVP, G)],
    afis=[
        stmt(F, "2023-25", PEEL, PPT, "The force should make sure that officers record the reasonable grounds for every stop and search in enough detail for a supervisor to judge whether the search was fair."),
        stmt(F, "2023-25", PEEL, RESP, "The force should reduce the number of 101 calls that are abandoned before they are answered, and make sure that callers are told what will happen next."),
        stmt(F, "2023-25", PEEL, RESP, "The force should make sure that call handlers use a structured risk assessment for every call, and record it."),
        stmt(F, "2023-25", PEEL, INV, "The force should make sure that supervisors regularly review investigations, set clear actions and check that those actions are completed."),
        stmt(F, "2023-25", PEEL, INV, "The force should make sure it complies with the Code of Practice for Victims of Crime, including recording whether a victim wants to support a prosecution."),
        stmt(F, "2023-25", PEEL, WORK, "The force should understand why newly recruited officers leave in their first two years of service, and act on what it finds."),
        stmt(F, "2023-25", PEEL, LFM, "The force should make sure its plans for the next three years are based on a realistic assessment of demand and of the skills of its workforce."),
    ],
    people=[person("Imogen Thwaite", "inspector", HF, "His Majesty's Inspector of Constabulary")],
    notes=[
        "The 'Our judgments' table was copied from the browser as tab-separated rows: the first row holds the five "
        "grade names as column headings and each area sits in the column of its grade (so 'Investigating crime' is "
        "in the 'Requires improvement' column, the fourth cell). The section headings repeat each grade on the "
        "line after the area name. The Outstanding and Inadequate columns are empty.",
        "Area names: 'Police powers and public treatment' -> treatment-of-public; 'Building, supporting and "
        "protecting the workforce' -> workforce; 'Leadership and force management' -> leadership-management; "
        "'Managing offenders and suspects' -> managing-offenders. The victim service assessment is not graded.",
        "'In our 2021/22 inspection we graded the force as good in this area' (protecting vulnerable people) gives "
        "a 2021/22 judgement. 'Understanding the grades' lists all five grades and gives nothing.",
        "The inspectorate is named in full in the page header ('His Majesty's Inspectorate of Constabulary and Fire "
        "& Rescue Services'), so both inspections take HMICFRS.",
        "'good practice' in the Innovative practice box is not a grade; 'We have not identified any causes of "
        "concern' gives nothing. Durham and Cleveland share the regional organised crime unit: named in passing.",
    ]))

# lr03 -- PEEL 2021/22 publication-html printed to PDF, South Yorkshire ----------------------
F = "South Yorkshire Police"
GOLDS.append(gold(
    "lr03.pdf", "peel-report-2021",
    [F, "West Yorkshire Police", "Humberside Police"], [HF],
    [insp(F, "2021/22", PEEL, HF), insp(F, "2018/19", EFC, HF)],
    grades(F, "2021/22", PEEL, [(PREV, G), (MOS, G), (PPT, A), (PVP, A), (WORK, A), (INV, RI), (LFM, RI),
                                (RESP, I)])
    + [j(F, "2018/19", EFC, None, G)],
    afis=[
        stmt(F, "2021/22", PEEL, INV, "The force should make sure that its investigations are allocated to officers with the right skills and experience, and that their workloads are manageable."),
        stmt(F, "2021/22", PEEL, INV, "The force should improve how it records the reasons when a victim withdraws support for an investigation, and consider whether an evidence-led prosecution is possible."),
        stmt(F, "2021/22", PEEL, PPT, "The force should make sure that it monitors the use of force by its officers, including how it affects people from different ethnic groups."),
        stmt(F, "2021/22", PEEL, PVP, "The force should make sure that officers consistently record the voice of the child when they attend incidents involving children."),
        stmt(F, "2021/22", PEEL, LFM, "The force should improve its understanding of current and future demand, and use it to plan the size and skills of its workforce."),
        stmt(F, "2021/22", PEEL, LFM, "The force should make sure that the savings it plans for 2023/24 and 2024/25 are realistic and achievable."),
    ],
    recs=[
        stmt(F, "2021/22", PEEL, RESP, "Within three months, the force should make sure that it has enough call handlers on duty at times of peak demand to answer 90 percent of 999 calls within ten seconds."),
        stmt(F, "2021/22", PEEL, RESP, "Within six months, the force should make sure that call handlers use a structured triage process on every call, so that repeat and vulnerable victims are identified and the risk to them is assessed and recorded."),
    ],
    coc=[
        stmt(F, "2021/22", PEEL, RESP, "South Yorkshire Police does not answer emergency and non-emergency calls quickly enough, and call handlers do not always identify callers who are vulnerable or repeat victims. This means that people who need help may not receive it promptly."),
    ],
    people=[person("Josephine Barraclough", "inspector", HF, "His Majesty's Inspector of Constabulary")],
    notes=[
        "The printed 'Our judgments' table has the five grades as column headings, and each area is in the column "
        "of its grade; in the PDF text the wrapped cells interleave. Each section heading repeats the grade on the "
        "next line. 'Good use of resources' sits in the Requires improvement column: its 'Good' is not a grade.",
        "Area names (2021/22): 'Treatment of the public' -> treatment-of-public; 'Developing a positive workplace' "
        "-> workforce; 'Good use of resources' -> leadership-management; 'Preventing crime and anti-social "
        "behaviour' -> preventing-crime. Victim service is not graded.",
        "'When we last inspected the force, in 2018/19, we graded it as good for efficiency' gives a 2018/19 "
        "Efficiency pillar judgement (as corpus13 keys 2018/19 pillar grades), with its inspection. 'we' is the "
        "inspectorate named in the header, HMICFRS.",
        "The Important changes box lists all five grades: no judgement. 'best practice' and 'good practice' are "
        "distractors. The cause of concern and both recommendations sit under 'Responding to the public'.",
        "West Yorkshire and Humberside are named in passing (regional collaboration).",
    ]))

# lr04 -- PEEL 2017 force page pasted into Word, West Mercia ---------------------------------
F = "West Mercia Police"
GOLDS.append(gold(
    "lr04.docx", "peel-report",
    [F, "Warwickshire Police"], [H, HF],
    [insp(F, "2017", EFF, HF), insp(F, "2017", EFC, HF), insp(F, "2017", LEG, HF), insp(F, "2016", EFC, H)],
    [j(F, "2017", EFF, None, G)] + grades(F, "2017", EFF, [(PC, G), (IC, G), (PV, G), (SOC, RI)])
    + [j(F, "2017", EFC, None, G)] + grades(F, "2017", EFC, [(UD, G), (UR, G), (PF, G)])
    + [j(F, "2017", LEG, None, G)] + grades(F, "2017", LEG, [(FTP, G), (ELW, G), (FTW, RI)])
    + [j(F, "2016", EFC, None, RI)],
    notes=[
        "The page was pasted into Word: each pillar has its grade on a line of its own under the heading, then "
        "'Last updated', a summary, and a two-column table of question and grade. The Word header ('OFFICIAL') "
        "is not body text.",
        "Specialist capabilities is 'Ungraded'; Leadership 'is not graded' in 2017. The Key table lists four "
        "grades and gives nothing; 'Choose a year: 2014 | 2015 | 2016 | 2017' gives nothing.",
        "'This is an improvement on last year, when HMIC judged the force to require improvement' gives a 2016 "
        "Efficiency judgement, inspectorate HMIC (named). The 2017 inspections take HMICFRS, named in the "
        "analyst's note ('Pasted from the HMICFRS website').",
        "'We identified some areas for improvement, which are set out in the report' quotes none.",
        "Warwickshire Police is named only in the analyst's note; the alliance partner in the efficiency summary "
        "is unnamed. The analyst (K. Bellamy) is not a person fact.",
    ]))

# lr05 -- State of Policing 2017 Annex E printed to PDF --------------------------------------
CA, DP, ST = "Cambridgeshire Constabulary", "Dyfed-Powys Police", "Staffordshire Police"
js, ins = [], []
for F, y16, y17, q in [
    (CA, (G, G, G), (G, G, G), [(EFF, PC, G), (EFF, PV, G), (EFC, UD, G), (EFC, UR, G), (EFC, PF, O),
                               (LEG, FTP, G), (LEG, ELW, G), (LEG, FTW, G)]),
    (DP, (RI, G, RI), (G, G, RI), [(EFF, PC, G), (EFF, PV, G), (EFC, UD, G), (EFC, UR, RI), (EFC, PF, G),
                                   (LEG, FTP, G), (LEG, ELW, RI), (LEG, FTW, G)]),
    (ST, (RI, G, G), (RI, RI, G), [(EFF, PC, G), (EFF, PV, RI), (EFC, UD, RI), (EFC, UR, RI), (EFC, PF, G),
                                   (LEG, FTP, G), (LEG, ELW, G), (LEG, FTW, G)]),
]:
    for pillar, g16, g17 in zip((EFF, EFC, LEG), y16, y17):
        ins += [insp(F, "2017", pillar, HF), insp(F, "2016", pillar, None)]
        js += [j(F, "2016", pillar, None, g16), j(F, "2017", pillar, None, g17)]
    js += [j(F, "2017", p, k, g) for p, k, g in q]
GOLDS.append(gold(
    "lr05.pdf", "national-release",
    [CA, DP, ST, "North Wales Police", "South Wales Police", "Gwent Police"], [HF],
    ins, js,
    people=[
        person("Alasdair Penrose", "chief-constable", CA, "Chief Constable"),
        person("Jerome Ashdown", "commissioner", CA, "Police and Crime Commissioner"),
        person("Meirion Hopcyn", "chief-constable", DP, "Chief Constable"),
        person("Eleri Vaughan-Rees", "commissioner", DP, "Police and Crime Commissioner"),
        person("Gareth Mountford", "chief-constable", ST, "Chief Constable"),
        person("Philippa Stainer", "commissioner", ST, "Police and Crime Commissioner"),
    ],
    notes=[
        "Each force page has a pillar table 'PEEL pillar | 2016 | 2017' (2016 and 2017 pillar judgements) and a "
        "'2017 questions' paragraph of 'Area: Grade.' pairs. Short names map to the 2017 keys: 'Fair treatment "
        "of the public' -> fair-treatment-public, 'Ethical and lawful workforce behaviour' -> "
        "ethical-lawful-workforce, 'Fair treatment of the workforce' -> fair-treatment-workforce, 'Understanding "
        "demand' / 'Using resources' / 'Planning for the future' -> the efficiency keys.",
        "2016 inspections have inspectorate null: the annex names only HMICFRS (which did not exist in 2016), and "
        "check_gold requires HMIC for 2016. The 2017 inspections take HMICFRS.",
        "Crime data integrity grades ('Requires improvement', 'Good', 'Inadequate') are a separate rolling "
        "inspection with no PEEL period: not PEEL facts. JTAI and joint reports are 'not graded'. 'HM "
        "Inspectorate of Prisons' is not a police inspectorate. The key lists four grades and gives nothing.",
        "People: the chief constable and PCC of each force are given in a label | name table; the label is the "
        "title. North Wales, South Wales and Gwent are named only as partners in a Wales-wide inspection.",
    ]))

# lr06 -- PEEL 2016 force page saved from the HMIC site, Leicestershire ----------------------
F = "Leicestershire Police"
GOLDS.append(gold(
    "lr06.html", "peel-report",
    [F, "Derbyshire Constabulary", "Lincolnshire Police", "Northamptonshire Police", "Nottinghamshire Police"],
    [H],
    [insp(F, "2016", EFF, H), insp(F, "2016", EFC, H), insp(F, "2016", LEG, H),
     insp(F, "2015", EFF, H), insp(F, "2015", EFC, H)],
    [j(F, "2016", EFF, None, G)] + grades(F, "2016", EFF, [(PC, G), (IC, G), (PV, RI), (SOC, G)])
    + [j(F, "2016", EFC, None, G)] + grades(F, "2016", EFC, [(UD, O), (UR, G), (PF, G)])
    + [j(F, "2016", LEG, None, G)] + grades(F, "2016", LEG, [(FTP, G), (ELW, G), (FTW, RI)])
    + [j(F, "2015", EFF, None, G), j(F, "2015", EFC, None, RI)],
    also={"inspections": [insp(F, "2016", LDR, H)]},
    notes=[
        "Grades are coloured labels (<span class=judgement>) after each pillar heading and in a question table.",
        "Specialist capabilities is 'Ungraded'. Leadership is 'Not graded': its 2016 inspection is assessed but "
        "ungraded, so it is only in also_acceptable. The Key lists four grades and gives nothing.",
        "2015: 'Last year we judged the force to be good' (effectiveness) and 'In 2015, HMIC graded the force as "
        "requires improvement for efficiency' give 2015 pillar judgements. Both take HMIC: the page is HMIC's.",
        "The regional navigation names the other four East Midlands forces by their official names, so they are "
        "in forces (named in passing, no grade).",
    ]))

# lr07 -- revisit letter copied as text, Gloucestershire ------------------------------------
F = "Gloucestershire Constabulary"
GOLDS.append(gold(
    "lr07.txt", "peel-report-2021",
    [F], [],
    [insp(F, "2021/22", PEEL, None)],
    grades(F, "2021/22", PEEL, [(INV, I), (RESP, RI), (PVP, RI)]),
    recs=[
        stmt(F, "2021/22", PEEL, INV, "Within six months, the constabulary should make sure that every investigation has a documented plan and that supervisors review it at set intervals."),
        stmt(F, "2021/22", PEEL, INV, "Within six months, the constabulary should make sure that victims are updated in line with the Code of Practice for Victims of Crime and that the reasons for not updating them are recorded."),
        stmt(F, "2021/22", PEEL, INV, "Within twelve months, the constabulary should make sure it has enough trained detectives to manage the number of serious and complex investigations it holds."),
    ],
    coc=[
        stmt(F, "2021/22", PEEL, INV, "The constabulary does not make sure that investigations are carried out to a good standard. Too many investigations lack effective supervision, and victims are not kept informed or referred to support services as they should be."),
    ],
    people=[
        person("Owen Castellan", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Marcus Pellow", "chief-constable", F, "Chief Constable"),
        person("Victoria Ashbourne", "commissioner", F, "Police and Crime Commissioner for Gloucestershire"),
    ],
    notes=[
        "A revisit letter: it restates the 2021/22 cause of concern and recommendations and reports the "
        "inspectorate's findings on each. Those findings are the inspectorate's assessment, not the force's "
        "update, so has_force_update is false throughout.",
        "The grades come from 'we graded the force as inadequate at investigating crime. We also graded it as "
        "requires improvement at responding to the public and at protecting vulnerable people.' 'We do not "
        "re-grade a force as a result of a revisit' gives nothing.",
        "No inspectorate is named in the visible text: the HMI's title 'His Majesty's Inspector of Constabulary' "
        "does not count, so inspectorates is empty and the inspection's inspectorate is null. The HMI's "
        "organisation is still HMICFRS (an inspector's organisation must be HMIC or HMICFRS; His Majesty dates "
        "the letter after July 2017).",
        "The PCC's title is as written after the name: 'Police and Crime Commissioner for Gloucestershire'.",
    ]))

# lr08 -- PEEL 2018/19 report printed to PDF, Merseyside -----------------------------------
F = "Merseyside Police"
P = "2018/19"
GOLDS.append(gold(
    "lr08.pdf", "peel-report",
    [F, "Cheshire Constabulary"], [HF],
    [insp(F, P, EFF, HF), insp(F, P, EFC, HF), insp(F, P, LEG, HF),
     insp(F, "2017", EFF, HF), insp(F, "2017", EFC, HF), insp(F, "2017", LEG, HF)],
    [j(F, P, EFF, None, G), j(F, P, EFC, None, G), j(F, P, LEG, None, O)]
    + grades(F, P, EFF, [(IC, G), (PV, G), (SOC, O)])
    + grades(F, P, EFC, [(UR, G)])
    + grades(F, P, LEG, [(ELW, O), (FTW, G)])
    + [j(F, "2017", EFF, PC, G), j(F, "2017", EFC, PF, G), j(F, "2017", LEG, FTP, G),
       j(F, "2017", LEG, None, G)],
    afis=[
        stmt(F, P, EFF, IC, "The force should reduce the time it takes to examine digital devices, so that investigations are not delayed."),
        stmt(F, P, EFF, IC, "The force should make sure that it consistently looks for and records opportunities to use out-of-court disposals where they are appropriate."),
        stmt(F, P, EFF, PV, "The force should make sure that domestic abuse risk assessments are reviewed by a trained supervisor within 24 hours."),
        stmt(F, P, EFC, None, "The force should make sure that it understands the skills and capabilities of its workforce, including its police staff and volunteers."),
    ],
    people=[person("Gideon Ashworth", "inspector", HF, "HM Inspector of Constabulary")],
    also={"inspections": [insp(F, P, PEEL, HF)],
          "judgements": [j(F, P, EFF, PC, G), j(F, P, EFC, PF, G), j(F, P, LEG, FTP, G)]},
    notes=[
        "2018/19 pillar and question grades are keyed by pillar (Effectiveness/Efficiency/Legitimacy, period "
        "2018/19) as in corpus13; the integrated PEEL 2018/19 inspection is in also_acceptable.",
        "Question rows marked 'Last inspected 2017' carry the 2017 grade ('Where a question was not inspected, "
        "the grade shown is the one we gave in 2017'), so they are 2017 judgements; the same grades keyed to "
        "2018/19 are in also_acceptable. Rows marked '2018/19' are 2018/19 judgements.",
        "'The force's grade for legitimacy has improved since 2017, when we judged it to be good' gives the 2017 "
        "Legitimacy pillar judgement.",
        "Row names map to keys: 'Meeting current demands and using resources' -> using-resources; 'Treating the "
        "public fairly' -> fair-treatment-public; 'Ensuring ethical and lawful workforce behaviour' -> "
        "ethical-lawful-workforce; 'Treating the workforce fairly' -> fair-treatment-workforce. Specialist "
        "capabilities is 'Ungraded'.",
        "The efficiency AFI sits under the Efficiency heading with no question sub-heading, so its question is null.",
        "'good practice' (lifetime management) is a distractor. Cheshire Constabulary is named in passing. The "
        "cover names HMICFRS ('© HMICFRS 2019').",
    ]))

# lr09 -- accessible grades table PEEL 2018/19 copied into Markdown -------------------------
rows = [("Avon and Somerset Constabulary", G, O, G), ("Devon and Cornwall Police", RI, G, G),
        ("Dorset Police", G, G, G), ("Gloucestershire Constabulary", RI, RI, G), ("Wiltshire Police", G, G, G),
        ("Dyfed-Powys Police", G, G, RI), ("Gwent Police", G, G, G), ("North Wales Police", G, G, G),
        ("South Wales Police", G, O, O)]
ins, js = [], []
for F, e, f, l in rows:
    for pillar, g in zip((EFF, EFC, LEG), (e, f, l)):
        ins.append(insp(F, "2018/19", pillar, HF))
        js.append(j(F, "2018/19", pillar, None, g))
GOLDS.append(gold(
    "lr09.md", "national-release", [r[0] for r in rows], [HF], ins, js,
    also={"inspections": [insp(F, "2018/19", PEEL, HF) for F, *_ in rows]
          + [insp("Dyfed-Powys Police", "2017", LEG, None)],
          "judgements": [j("Dyfed-Powys Police", "2017", LEG, None, RI)]},
    notes=[
        "Markdown tables 'Force | Effectiveness | Efficiency | Legitimacy', grouped by region. 2018/19 pillar "
        "grades are keyed by pillar as in corpus13; the integrated PEEL 2018/19 inspections are in also_acceptable.",
        "'Devon & Cornwall Police' is an alias of Devon and Cornwall Police.",
        "The analyst's note 'Dyfed-Powys's legitimacy grade is the same as it got in 2017' names no grade word for "
        "2017 (GOLD-FORMAT: 'the same grade as last year' gives no judgement), so the 2017 judgement is only in "
        "also_acceptable. The quoted intro and the Key list four grades and give nothing.",
        "The URL names HMICFRS, so the inspections take HMICFRS.",
    ]))

# lr10 -- PEEL efficiency 2017 summary pasted into a Word briefing, Hertfordshire ---------
F = "Hertfordshire Constabulary"
GOLDS.append(gold(
    "lr10.docx", "peel-report",
    [F, "Bedfordshire Police", "Cambridgeshire Constabulary"], [HF],
    [insp(F, "2017", EFC, HF), insp(F, "2016", EFC, None)],
    [j(F, "2017", EFC, None, G), j(F, "2017", EFC, UD, G), j(F, "2017", EFC, UR, G), j(F, "2017", EFC, PF, RI),
     j(F, "2016", EFC, None, G)],
    afis=[
        stmt(F, "2017", EFC, UD, "The constabulary should develop its understanding of how the demand on its partner organisations may change, and what effect this will have on demand for police services."),
        stmt(F, "2017", EFC, UR, "The constabulary should carry out a skills audit of its whole workforce, including police staff and volunteers, so that it can identify gaps in capability."),
        stmt(F, "2017", EFC, UR, "The constabulary should make sure that its investment in mobile technology produces the savings in officer time that it expects, and should measure the benefits."),
        stmt(F, "2017", EFC, PF, "The constabulary should develop a medium-term financial plan that sets out clearly how future savings will be achieved, and link it to its workforce plan."),
    ],
    people=[
        person("Darren Whitcombe", "chief-constable", F, "Chief Constable"),
        person("Lionel Faraday", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "'Our overall judgment is the same as last year. In 2016, we judged the constabulary to be good.' The "
        "second sentence gives the 2016 grade word, so the 2016 Efficiency judgement is main. Its inspectorate is "
        "null: only HMICFRS is named, and 2016 needs HMIC.",
        "Each question is followed by its grade on a line of its own, then 'Areas for improvement' with bulleted "
        "(List Bullet) statements.",
        "has_force_update is false: the OPCC's note says the Chief Constable 'has accepted all four areas for "
        "improvement' and will report progress, a blanket acceptance with no update on any one statement.",
        "The closing note lists four grades and gives nothing. Bedfordshire and Cambridgeshire are collaboration "
        "partners named in passing. The analyst (Amira Colston) is not a person fact; the Word header and footer "
        "are not body text.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
