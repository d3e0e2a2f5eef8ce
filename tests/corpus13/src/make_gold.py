"""Write gold/q01.json ... gold/q10.json for corpus13 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"

# 2021/22 and 2023-25 area keys
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


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

# q01 -- PFCC section 55 response (DOCX), Essex, PEEL 2023-25 ----------------------------
F = "Essex Police"
GOLDS.append(gold(
    "q01.docx", "response-record", [F, "Kent Police"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [
        (PPT, G), (PREV, G), (MOS, G), (WORK, G), (CDI, G),
        (RESP, A), (PVP, A), (LFM, A),
        (INV, RI),
    ]) + grades(F, P2122, [
        (PPT, A), (PREV, G), (MOS, G), (WORK, G), (CDI, G),
        (RESP, RI), (PVP, A),
        (INV, RI),
    ]),
    afis=[
        stmt(F, P2325, INV,
             "The force should make sure that investigations are allocated to officers and "
             "staff with the right level of skill and experience, and that the number of "
             "investigations each investigator holds is manageable.", True),
        stmt(F, P2325, INV,
             "The force should improve the supervision of investigations, so that each has a "
             "clear plan and the victim is kept informed of its progress.", True),
        stmt(F, P2325, RESP,
             "The force should reduce the number of non-emergency calls that are abandoned "
             "before they are answered, and make sure that callers who are promised a call "
             "back receive one.", True),
        stmt(F, P2325, PVP,
             "The force should make sure that officers record the views and experiences of "
             "children present when they attend incidents of domestic abuse.", False),
        stmt(F, P2325, LFM,
             "The force should make sure it understands the skills and capacity of its "
             "workforce, so that it can plan for the demand it expects over the next four "
             "years.", True),
    ],
    people=[
        person("Dominic Featherstone-Hale", "commissioner", F,
               "Police, Fire and Crime Commissioner"),
        person("Nerys Calloway", "chief-constable", F, "Chief Constable"),
        person("Rowena Kestle", "inspector", HF, "His Majesty's Inspector of Constabulary"),
    ],
    notes=[
        "The grades table merges cells: a title row across all three columns, the Grade cell "
        "merged DOWN over the areas that share it ('Good' spans five rows, 'Adequate' three), "
        "and a closing row across the table. In the Word XML the continuation cells are "
        "empty (vMerge), so each area takes the grade of the merged cell above it. 'Crime data "
        "integrity' -> crime-recording; 'Building, supporting and protecting the workforce' -> "
        "workforce; 'Leadership and force management' -> leadership-management.",
        "The 'Grade in 2021/22' column gives eight 2021/22 judgements (HMICFRS: the heading "
        "names the inspectorate and the paragraph above the table speaks of 'the 2021/22 "
        "inspection'). Leadership's 2021/22 cell is '\u2013*': the footnote says the area "
        "was different and names no grade, so it gives nothing. Victims: 'does not grade' "
        "gives nothing.",
        "Essex County Fire and Rescue Service's 'judged it good' is a fire inspection, not a "
        "police one: no judgement. 'good practice' is a distractor. The three custody AFIs "
        "are only counted, not quoted, and 'no cause of concern' gives nothing.",
        "has_force_update: true where a 'Chief Constable\u2019s update:' follows the AFI. "
        "AFI 4 has only a 'PFCC comment:', which is the commissioner's own view and says the "
        "force's update was not available, so it is false.",
        "People: the PFCC and the Chief Constable are named title-first, so the titles are "
        "'Police, Fire and Crime Commissioner' and 'Chief Constable' (the closing signature "
        "'Police, Fire and Crime Commissioner for Essex' comes later). The HMI's title keeps "
        "the straight apostrophe of the document. Assistant Chief Constable Tobin Marsh is "
        "not a person fact.",
        "Kent Police is named only as a partner (joint Serious Crime Directorate): in forces, "
        "no inspection.",
    ]))

# q02 -- MOPAC response (PDF), Metropolitan Police Service, PEEL 2023-25 -----------------
F = "Metropolitan Police Service"
C = "City of London Police"
GOLDS.append(gold(
    "q02.pdf", "response-record", [F, C], [HF],
    [insp(F, P2325, inspectorate=HF), insp(C, P2325, inspectorate=HF)],
    grades(F, P2325, [
        (PPT, RI), (PREV, A), (RESP, I), (INV, RI), (PVP, RI), (MOS, A), (WORK, RI),
        (LFM, A),
    ]) + grades(C, P2325, [(RESP, A)]),
    afis=[
        stmt(F, P2325, PPT,
             "The force should make sure that officers record the grounds for every stop and "
             "search clearly, and that supervisors check the records for fairness.", True),
        stmt(F, P2325, WORK,
             "The force should improve the support it gives officers in their first two "
             "years of service, so that fewer of them leave.", True),
        stmt(F, P2325, INV,
             "The force should make sure that it completes all reasonable lines of enquiry "
             "before it closes an investigation.", False),
    ],
    recs=[
        stmt(F, P2325, RESP,
             "By 31 October 2025, the force should answer at least 90 percent of emergency "
             "calls within ten seconds, in line with the national standard.", True),
        stmt(F, P2325, RESP,
             "By 31 October 2025, the force should make sure that call handlers complete a "
             "structured risk assessment for every call and record it on the incident log.",
             True),
    ],
    coc=[
        stmt(F, P2325, RESP,
             "The Metropolitan Police Service is not answering emergency and non-emergency "
             "calls quickly enough, and it does not assess the risk to callers consistently, "
             "so some vulnerable people wait too long for help.", False),
    ],
    people=[
        person("Gareth Pryce-Lennox", "inspector", HF,
               "His Majesty\u2019s Inspector of Constabulary"),
        person("Adrian Falconbridge", "chief-constable", F,
               "Commissioner of Police of the Metropolis"),
        person("Nadia Brereton", "chief-constable", F, "Deputy Commissioner", "deputy"),
    ],
    notes=[
        "The grade table crosses the page break (its header row repeats on page 2). Its third "
        "column, 'MOPAC assurance' (Limited / Reasonable / Substantial), is MOPAC's own "
        "rating, not an inspection grade. Victims 'Not graded' gives nothing.",
        "City of London Police: 'was graded adequate for responding to the public in the same "
        "round of HMICFRS inspections' -> a 2023-25 judgement for another force in passing.",
        "The cause of concern is the boxed paragraph under section 3; its question comes from "
        "the heading (responding to the public). Its has_force_update is false: the 'MPS "
        "update:' paragraphs answer the two recommendations, each directly under its own "
        "heading (true for both).",
        "AFIs are rows of a table 'Area | Area for improvement | MPS update | MOPAC "
        "oversight'. The investigating-crime row's MPS update is 'Not yet provided.', so it is "
        "false; MOPAC's oversight cell is not the force's update.",
        "People. The Met Commissioner is the force's chief officer (role chief-constable); he "
        "is first named name-first ('Sir Adrian Falconbridge, Commissioner of Police of the "
        "Metropolis'), so the title is kept in full and 'Sir' is dropped. 'Deputy "
        "Commissioner Nadia Brereton' is the Met's deputy chief officer: chief-constable "
        "with qualifier deputy, as a Deputy Chief Constable. Assistant Commissioner Kwame "
        "Ellery is treated like an Assistant Chief Constable: not a person fact.",
        "The Deputy Mayor for Policing and Crime (Sophie Marchetti-Lowe) is NOT a person "
        "fact. GOLD-FORMAT's role 'commissioner' is a police and crime commissioner or a "
        "police, fire and crime commissioner. In London the PCC functions belong to the Mayor "
        "(the occupant of MOPAC), and the Deputy Mayor only exercises them by delegation; "
        "her title names no commissioner, and a 'deputy' qualifier would wrongly make her a "
        "deputy PCC. The Mayor of London is unnamed. (check_gold.py would also reject a "
        "commissioner whose title lacks 'Commissioner'.)",
    ]))

# q03 -- police, fire and crime panel report (PDF, default cell CSS), Northamptonshire --
F = "Northamptonshire Police"
GOLDS.append(gold(
    "q03.pdf", "response-record", [F], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [
        (PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, RI), (MOS, G), (WORK, A), (LFM, A),
    ]),
    afis=[
        stmt(F, P2325, PVP,
             "The force should make sure that it refers domestic abuse victims to specialist "
             "support services promptly and records that it has done so.", True),
        stmt(F, P2325, PPT,
             "The force should improve how it records the use of force by officers, so that "
             "it can show that force is used fairly and proportionately.", True),
        stmt(F, P2122, INV,
             "The force should make sure that investigations are supervised effectively and "
             "that investigation plans are recorded.", True),
        stmt(F, P2325, LFM,
             "The force should make sure that its workforce plan reflects the demand it will "
             "face, including the skills it will need to investigate online crime.", False),
    ],
    recs=[
        stmt(F, P2325, RESP,
             "Within six months, the force should make sure that every call handler is "
             "trained in, and uses, the force\u2019s risk assessment model.", True),
        stmt(F, P2325, RESP,
             "Within six months, the force should make sure that it has enough officers "
             "available to attend priority incidents within the times it has set.", True),
    ],
    coc=[
        stmt(F, P2325, RESP,
             "Northamptonshire Police does not consistently identify and record the risk to "
             "callers who contact it, and it takes too long to attend some incidents where "
             "people are at risk of harm.", True),
    ],
    people=[
        person("Helena Doughty-Raine", "commissioner", F, "Police, Fire and Crime Commissioner"),
        person("Iwan Penhallow", "chief-constable", F, "Temporary Chief Constable", "temporary"),
    ],
    notes=[
        "Section 2 gives the eight grades in a two-column table with default (vertically "
        "centred) cells; 'Requires<br>improvement' wraps inside its cell. The fire and rescue "
        "service's 'good' and 'adequate' (section 2.2) belong to Northamptonshire Fire and "
        "Rescue Service and give nothing.",
        "Appendix A is a RAG table 'Ref | Source | Recommendation / area for improvement | "
        "Status | Force update'. The KIND of each row comes from its Source cell, not from the "
        "column heading: A1 cause of concern, A2 and A3 recommendations, A4, A6, A9 AFIs "
        "(2023-25), A7 an AFI of the 2021/22 inspection (so a 2021/22 inspection is listed, "
        "with no judgement). The question comes from the area in brackets in the Source "
        "cell; the recommendations take the cause of concern's area (responding to the "
        "public).",
        "Left out: A5 is a national thematic recommendation addressed to 'Chief constables' "
        "(no PEEL period), and A8 is the Panel's own recommendation to the Commissioner.",
        "Status is shown by colour, symbol (\u25cf, \u25b2) and words; it does not affect "
        "the facts. has_force_update is true where the Force update cell gives progress, "
        "including A3 (red, but it reports a delay) and A1 (the cause of concern is tracked "
        "as its own row with its own update). A9's cell is 'No update provided.': false.",
        "People: 'the Police, Fire and Crime Commissioner, Helena Doughty-Raine' (title-first) "
        "and 'Temporary Chief Constable Iwan Penhallow' (qualifier temporary). The Panel "
        "Scrutiny Officer is unnamed.",
    ]))

# q04 -- PCC public accountability meeting notes (HTML), Surrey --------------------------
F = "Surrey Police"
S = "Sussex Police"
GOLDS.append(gold(
    "q04.html", "response-record", [F, S], [HF],
    [insp(F, P2325, inspectorate=HF), insp(S, P2325, inspectorate=HF)],
    grades(F, P2325, [
        (PREV, O), (PPT, G), (PVP, G), (MOS, G), (WORK, G), (LFM, G), (INV, A), (RESP, RI),
    ]) + grades(S, P2325, [(RESP, G)]),
    recs=[
        stmt(F, P2325, RESP,
             "Within three months, the force should make sure that call handlers check "
             "whether a caller has contacted it before, and take account of any previous "
             "contact when they assess the risk to that caller.", True),
    ],
    coc=[
        stmt(F, P2325, RESP,
             "Surrey Police does not answer non-emergency calls quickly enough, and too many "
             "callers abandon their call before it is answered, so the force cannot be sure "
             "it is identifying vulnerable people who contact it.", True),
    ],
    people=[
        person("Harriet Quennell", "commissioner", F, "Police and Crime Commissioner for Surrey"),
        person("Marcus Oyelaran", "chief-constable", F, "Chief Constable"),
        person("Priya Lomax", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    also={"people": [
        person("Ellie Marchbank", "commissioner", F, "Deputy Police and Crime Commissioner",
               "deputy"),
    ]},
    notes=[
        "All eight grades are in the Chief Constable's first answer, in reported speech: "
        "'graded the force outstanding at preventing crime', a 'good at' list of five areas "
        "(one of them 'building, supporting and protecting the workforce', whose commas sit "
        "inside a comma list), 'Investigating crime was graded adequate', 'Responding to the "
        "public requires improvement'. The Chief Executive's grade scale and 'its "
        "outstanding grade for preventing crime' repeat or list grades and add nothing.",
        "Sussex Police: 'had been graded good for responding to the public' -> a 2023-25 "
        "judgement for a neighbour in passing ('this round'); inspectorate from context.",
        "The cause of concern and the recommendation are the two <blockquote>s. Each is "
        "followed by the Deputy Chief Constable's answer on what the force has done, so both "
        "are true. Their question is responding to the public (the recommendation is 'one of "
        "the recommendations' of the cause of concern about calls).",
        "People are named in several ways: the attendance table gives 'name | title' (so "
        "the PCC's title is kept in full, 'Police and Crime Commissioner for Surrey'), and the "
        "notes then say 'The Commissioner, Harriet Quennell', 'the PCC', 'CC Oyelaran', 'DCC "
        "Lomax'. ACC Tom Devereux and the Chief Executive are not person facts; members of "
        "the public are unnamed.",
        "The Deputy Police and Crime Commissioner (Ellie Marchbank) is in also_acceptable "
        "only: she is appointed by the PCC and is not a PCC, but a grader could read "
        "GOLD-FORMAT's 'deputy' qualifier as covering her as it covers a Deputy Chief "
        "Constable.",
    ]))

# q05 -- force management statement extract (DOCX), North Yorkshire ---------------------
F = "North Yorkshire Police"
GOLDS.append(gold(
    "q05.docx", "response-record", [F], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(RESP, G), (INV, RI), (LFM, RI)]) + grades(F, P2122, [(PVP, A)]),
    afis=[
        stmt(F, P2325, INV,
             "The force should make sure that investigation plans are recorded for all "
             "crimes that it investigates, and that they are reviewed by a supervisor.", True),
        stmt(F, P2325, INV,
             "The force should reduce the time it takes to examine digital devices seized "
             "during investigations.", True),
        stmt(F, P2325, LFM,
             "The force should make sure it has a clear understanding of the demand it "
             "faces, so that it can allocate its resources to where they are needed most.",
             True),
        stmt(F, P2325, LFM,
             "The force should make sure that its change programme has enough capacity to "
             "deliver the benefits it has planned.", False),
        stmt(F, P2122, PVP,
             "The force should improve how it shares information with partner agencies "
             "about children at risk of exploitation.", True),
    ],
    people=[
        person("Alistair Penrose-Hyde", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Table 9.1 ('Inspection findings') gives grades in passing: three PEEL 2023-25 "
        "areas in 'Area: grade.' form and one 2021/22 area ('Protecting vulnerable people "
        "was graded adequate'). 'Our other PEEL 2023-25 grades ... are not repeated here' "
        "gives nothing.",
        "Left out: the 2019 crime data integrity inspection's 'requires improvement' (a "
        "standalone inspection with no PEEL period), the joint targeted area inspection "
        "('Not graded') and the fire and rescue service row. 'Assurance level: Adequate' is "
        "an internal audit rating, and 'which was good practice in the last statement' is a "
        "distractor.",
        "The inspectorate of both PEEL inspections is HMICFRS. The document names HMICFRS "
        "(the statement is submitted to it, and it inspects the fire service in the same "
        "table) but never says in so many words that the PEEL rows are its inspections. "
        "Unsure: a strict grader might leave the inspectorate null.",
        "Table 9.2 lists AFIs by ID (PEEL23-AFI-01 ...). The ID and area are separate cells; "
        "the text is the 'Area for improvement' cell alone. The question comes from the "
        "Area cell. PEEL21-AFI-07 is a 2021/22 AFI. has_force_update is true where the "
        "'Current position' cell gives progress, false for PEEL23-AFI-06 ('\u2013'). The "
        "AFIs named only by ID (PEEL23-AFI-02, -05, -07, -08, -09) have no text and give "
        "nothing.",
        "People: 'Chief Constable Alistair Penrose-Hyde'. ACC Ruth Halloran is not a person "
        "fact. The Deputy Mayor for Policing, Fire and Crime (Yvonne Castleton) holds the "
        "PFCC functions for York and North Yorkshire by delegation from the Mayor; as in q02 "
        "she is not a commissioner person fact.",
    ]))

# q06 -- national PEEL spotlight report (PDF) -------------------------------------------
FORCES6 = ["Dorset Police", "Essex Police", "Greater Manchester Police",
           "Metropolitan Police Service", "Staffordshire Police", "Surrey Police",
           "West Yorkshire Police", "Wiltshire Police"]
NOW6 = [G, A, G, I, RI, RI, O, I]
THEN6 = [G, RI, RI, I, I, G, G, I]
insps6, judg6 = [], []
for f, now, then in zip(FORCES6, NOW6, THEN6):
    insps6 += [insp(f, P2325, inspectorate=HF), insp(f, P2122, inspectorate=HF)]
    judg6 += grades(f, P2325, [(RESP, now)]) + grades(f, P2122, [(RESP, then)])
for f, g_ in (("Cumbria Constabulary", G), ("Avon and Somerset Constabulary", A)):
    insps6.append(insp(f, P2325, inspectorate=HF))
    judg6 += grades(f, P2325, [(RESP, g_)])
GOLDS.append(gold(
    "q06.pdf", "national-release",
    FORCES6 + ["Cumbria Constabulary", "Avon and Somerset Constabulary",
               "Lancashire Constabulary"], [HF],
    insps6, judg6,
    people=[
        person("Fenella Okonjo", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "Figure 1 gives each of eight forces' responding-to-the-public grade for 2023-25 and "
        "for 2021/22 (column headings 'Grade, PEEL 2023\u201325' and 'Grade, PEEL "
        "2021/22'). The prose repeats some of them and adds two forces graded only in prose: "
        "Cumbria ('which we graded good for responding to the public') and Avon and Somerset "
        "('graded adequate for responding to the public').",
        "Counts with no force named give nothing ('we graded one outstanding and eleven "
        "good ...'). The legend and the Annex's list of other areas name no grade for any "
        "force. 'good practice' in the innovative practice box is a distractor.",
        "The three recommendations are addressed to all forces and national bodies, and the "
        "report says they are 'not recommendations to any of the forces named'. They are "
        "national, so they are not force recommendations (as the national 2016 boilerplate "
        "in the development corpus).",
        "Lancashire Constabulary is named but 'had not yet been inspected in this round': in "
        "forces, no inspection. The unnamed 'chief constable' is not a person fact. The HMI "
        "signs the foreword, name then title.",
    ]))

# q07 -- parliamentary written answer (plain text) --------------------------------------
ST, WY = "Staffordshire Police", "West Yorkshire Police"
GOLDS.append(gold(
    "q07.txt", "national-release", [ST, WY], [HF],
    [insp(ST, P2325, inspectorate=HF), insp(ST, P2122, inspectorate=HF),
     insp(WY, P2325, inspectorate=HF)],
    grades(ST, P2325, [
        (PREV, G), (MOS, G), (LFM, G), (PPT, A), (INV, A), (PVP, A), (WORK, A), (RESP, RI),
    ]) + grades(ST, P2122, [(RESP, I)]) + grades(WY, P2325, [
        (RESP, O), (PPT, G), (PREV, G), (INV, G), (MOS, G), (WORK, G), (LFM, G), (PVP, A),
    ]),
    notes=[
        "A written answer from a Home Office minister. Its grades are in prose lists: "
        "'good at preventing crime, at managing offenders and suspects, and at leadership "
        "and force management'; 'adequate at police powers and public treatment, "
        "investigating crime, protecting vulnerable people, and building, supporting and "
        "protecting its workforce' (a comma list whose last item has commas of its own); "
        "'graded as requiring improvement in responding to the public'.",
        "'in its 2021/22 inspection the force had been graded inadequate in that area' -> "
        "Staffordshire 2021/22 responding-to-public Inadequate.",
        "No person facts: the minister, the Member and the Staffordshire Commissioner are "
        "unnamed or not among GOLD-FORMAT's roles; the Mayor and the Deputy Mayor for "
        "Policing and Crime of West Yorkshire are unnamed. 'enhanced monitoring' and the "
        "funding settlement year are distractors.",
        "Genre: no genre fits a parliamentary answer; like other third-party listings of "
        "several forces it is national-release.",
    ]))

# q08 -- wiki-style article (HTML), Dorset, PEEL 2014 to 2023-25 -------------------------
F = "Dorset Police"
PILLARS = ("Effectiveness", "Efficiency", "Legitimacy")
rows8 = [("2014", H, (G, G, None)), ("2015", H, (G, O, G)), ("2016", H, (G, G, G)),
         ("2017", HF, (G, G, RI)), (P1819, HF, (G, G, G))]
insps8, judg8 = [], []
for period, who, gs in rows8:
    for pillar, g_ in zip(PILLARS, gs):
        if g_ is None:
            continue
        insps8.append(insp(F, period, pillar, who))
        judg8 += grades(F, period, [(None, g_)], pillar=pillar)
insps8 += [insp(F, P2122, inspectorate=HF), insp(F, P2325, inspectorate=HF)]
judg8 += grades(F, P2122, [
    (PPT, G), (PREV, O), (RESP, G), (INV, G), (PVP, A), (MOS, G), (SOC, G), (WORK, G),
    (LFM, A), (CDI, A),
]) + grades(F, P2325, [
    (PPT, G), (PREV, G), (RESP, G), (INV, A), (PVP, G), (MOS, O), (WORK, G), (LFM, G),
])
GOLDS.append(gold(
    "q08.html", "national-release",
    [F, "Devon and Cornwall Police", "Wiltshire Police", "Hampshire Constabulary"], [H, HF],
    insps8, judg8,
    people=[
        person("Desmond Yarrow", "commissioner", F, "Police and Crime Commissioner"),
        person("Amelia Roscoe-Hart", "chief-constable", F, "Chief Constable"),
    ],
    also={
        "inspections": [insp(F, P1819, "PEEL", HF)],
        "people": [person("Gerald Ashby", "chief-constable", F, "chief constable")],
    },
    notes=[
        "The pillar table gives one judgement per pillar and year (question null). Each row "
        "names its inspectorate (HMIC for 2014-2016, HMICFRS from 2017). 'Not graded' and "
        "'\u2014' cells give nothing: 2014 legitimacy and every leadership cell. A grade cell "
        "may carry a reference marker ('Good[4]').",
        "2018/19 pillar grades are main judgements with pillar Effectiveness / Efficiency / "
        "Legitimacy and period 2018/19, each with a pillar inspection; the integrated PEEL "
        "2018/19 inspection is only implied, so it is in also_acceptable (as corpus11 n05 "
        "and n06).",
        "The area table has a row per area and a column per period. 2021/22 area names come "
        "from the notes ('Treatment of the public', 'Developing a positive workplace', 'Good "
        "use of resources' -- whose 'Good' is part of the name), but the rows are keyed by "
        "the 2023-25 names: treatment-of-public, workforce, leadership-management. 'Disrupting "
        "serious organised crime' 2021/22 -> serious-organised-crime (its reference is a "
        "regional report, still PEEL 2021/22). 'Crime data integrity' -> crime-recording; "
        "its 2023-25 cell 'Not inspected' gives nothing, nor do the victims cells or the "
        "SOC 2023-25 dash. The prose sentence on 2023-25 repeats two table grades.",
        "People: the infobox gives 'Desmond Yarrow, Police and Crime Commissioner' and "
        "'Amelia Roscoe-Hart, Chief Constable' (name first, title after). Gerald Ashby, a "
        "former chief constable named in the History section ('served as chief constable "
        "from 2009 to 2016'), is in also_acceptable: a past holder, named only in passing.",
        "Devon and Cornwall Police (a former alliance partner), Wiltshire Police and "
        "Hampshire Constabulary (as 'Hampshire and Isle of Wight Constabulary', its alias) are "
        "named without grades. 'Dorset & Wiltshire Fire and Rescue Service' is not a police "
        "force.",
        "Genre: a third-party article; no genre fits, and like other third-party listings "
        "it is national-release.",
    ]))

# q09 -- wide CSV, four forces, PEEL 2023-25 ------------------------------------------------
ROWS9 = {
    "Avon and Somerset Constabulary": [G, A, A, RI, A, G, A, A],
    "Cumbria Constabulary": [G, G, G, G, A, G, O, G],
    "Greater Manchester Police": [A, G, G, G, A, A, G, G],
    "Surrey Police": [G, O, RI, A, G, G, G, G],
}
KEYS9 = [PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM]
insps9, judg9 = [], []
for f, gs in ROWS9.items():
    insps9.append(insp(f, P2325, inspectorate=HF))
    judg9 += grades(f, P2325, list(zip(KEYS9, gs)))
GOLDS.append(gold(
    "q09.csv", "national-release", list(ROWS9), [HF], insps9, judg9,
    notes=[
        "Wide format: one row per force, one column per 2023-25 area; the second line holds "
        "short codes (PPT, PREV, ...) and is not data. The 'Inspection' column gives the "
        "period (PEEL 2023\u201325). 'Requires Improvement' with a capital I is the same "
        "grade.",
        "'Victim service' is 'Not graded' in every row: nothing. The trailing note row names "
        "HMICFRS as the source, so the inspectorate is HMICFRS.",
    ]))

# q10 -- joint PCC press release (DOCX), Wiltshire and Avon and Somerset -----------------
W, AS = "Wiltshire Police", "Avon and Somerset Constabulary"
GOLDS.append(gold(
    "q10.docx", "press-release",
    [W, AS, "Dorset Police", "Devon and Cornwall Police", "Gloucestershire Constabulary"], [HF],
    [insp(AS, P2325, inspectorate=HF), insp(W, P2325, inspectorate=HF)],
    grades(AS, P2325, [(PPT, G), (MOS, G), (INV, RI)])
    + grades(W, P2325, [(MOS, A), (INV, RI), (RESP, I)]),
    people=[
        person("Graham Tull-Withers", "commissioner", W,
               "Police and Crime Commissioner for Wiltshire and Swindon"),
        person("Lowri Penberthy", "commissioner", AS, "Police and Crime Commissioner"),
        person("Saoirse Mulcahy", "chief-constable", W, "Chief Constable"),
    ],
    also={
        "inspections": [insp(W, P2122, inspectorate=HF)],
        "judgements": grades(W, P2122, [(RESP, I)]),
    },
    notes=[
        "A joint press release issued as a Word document: a two-column header table, body "
        "paragraphs, each quote in Word's 'Quote' style after a lead-in naming its speaker, "
        "'ENDS' and numbered 'Notes to editors'. The page footer does not count.",
        "Avon and Somerset: 'graded good for police powers and public treatment and for "
        "managing offenders and suspects, but requires improvement in investigating crime'. "
        "Wiltshire: 'adequate for managing offenders and suspects', 'requires improvement in "
        "three areas, including investigating crime' (only investigating crime is named, so "
        "only it is a judgement), 'inadequate for responding to the public'.",
        "'the same grade it received in 2021/22' names no grade word for 2021/22 "
        "(GOLD-FORMAT's 'same grade as last year' rule), so Wiltshire's 2021/22 responding "
        "grade and its inspection are in also_acceptable only, although the sentence makes "
        "it plain.",
        "People: 'Graham Tull-Withers, the Police and Crime Commissioner for Wiltshire and "
        "Swindon' (name first, title kept in full); 'Avon and Somerset\u2019s Police and "
        "Crime Commissioner, Lowri Penberthy' (title first); 'Chief Constable Saoirse Mulcahy "
        "of Wiltshire Police'. Avon and Somerset's Chief Constable, the assistant chief "
        "constable and the Deputy Police and Crime Commissioner are unnamed.",
        "Dorset Police, Devon and Cornwall Police and Gloucestershire Constabulary are "
        "named only as regional partners. 'good value for taxpayers' and the PCC's 'judged "
        "good at managing the offenders' (a restatement) add nothing.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        path = os.path.join(GOLD, stem + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
