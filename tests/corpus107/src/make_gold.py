"""Write gold/nb01.json ... gold/nb10.json for corpus107 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM, CDI = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management", "crime-recording"
SOC = "serious-organised-crime"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
UD, UR, PF = "understanding-demand", "using-resources", "planning-future"
EFF, EFC, LEG = "Effectiveness", "Efficiency", "Legitimacy"


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g} for q, g in pairs]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(), coc=(),
         people=(), also=None, notes=None):
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

# nb01 -- Police Federation branch news (HTML), Lincolnshire, PEEL 2023-25
F = "Lincolnshire Police"
GOLDS.append(gold(
    "nb01.html", "press-release", [F, "Nottinghamshire Police"], [HF],
    [insp(F, "2023-25", inspectorate=HF)],
    grades(F, "2023-25", [(PREV, G), (MOS, G), (PPT, A), (PVP, A), (CDI, A),
                          (RESP, RI), (INV, RI), (WORK, RI), (LFM, RI)]),
    afis=[
        stmt(F, "2023-25", WORK, "The force should make sure that supervisors have the time and training to "
             "hold regular wellbeing conversations with the officers and staff they manage."),
        stmt(F, "2023-25", WORK, "The force should understand why so many student officers leave in their "
             "first two years of service and act on what it finds."),
    ],
    people=[
        person("Lee Dunstan", "inspector", HF, "HM Inspector of Constabulary"),
        person("Rachel Fenwick", "chief-constable", F, "Chief Constable"),
        person("Ian Salter", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "Grades come as counts ('good in two areas, adequate in three ...') followed by lists whose items "
        "contain commas and 'and' ('building, supporting and protecting the workforce'); the lists name all "
        "nine areas. 'police powers and public treatment' -> treatment-of-public; 'recording data about "
        "crime' -> crime-recording; 'leadership and force management' -> leadership-management.",
        "The two AFIs are blockquotes after 'The report's workforce section includes these two areas for "
        "improvement'. The Chief Constable's reply is general ('I will be working with the Federation on "
        "workload') and answers neither statement, so has_force_update is false.",
        "Lincolnshire Fire and Rescue's 'judged good' is a fire inspection: no judgement. Nottinghamshire is "
        "named only in a related-news link (in forces, no inspection). The branch chair is not a person fact.",
    ]))

# nb02 -- Federation branch news (TXT), Derbyshire, Effectiveness 2017
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "nb02.txt", "press-release", [F, "Nottinghamshire Police", "Leicestershire Police"], [H, HF],
    [insp(F, "2017", EFF, HF), insp(F, "2016", EFF, H)],
    grades(F, "2017", [(None, G), (PREV, G), (INV, RI), (PVP, G), (SOC, G)], EFF)
    + grades(F, "2016", [(None, RI)], EFF),
    afis=[stmt(F, "2017", INV, "The constabulary should ensure that investigations are allocated to officers "
               "with the right skills and experience, and that supervisors review them regularly.", True, EFF)],
    people=[
        person("Wendy Marchbank", "inspector", HF, "HM Inspector of Constabulary"),
        person("Martin Ferris", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Published 22/23 March 2018, but it is the 2017 effectiveness inspection (HMICFRS named). The 2016 "
        "grade is given with its grade word ('when HMIC graded the Force's effectiveness as requires "
        "improvement'), so it is a main judgement, inspectorate HMIC.",
        "Specialist capabilities is explicitly not graded; 'armed policing arrangements are good' is a "
        "distractor. 'four areas for improvement in total' is a count; only the quoted one is a fact.",
        "has_force_update true: the Chief Constable's reply addresses this AFI ('work ... on the way cases "
        "are allocated'). Unsure: a grader may read a staff-association page as not the force's update.",
        "Nottinghamshire and Leicestershire are named in passing (aliases). The Federation secretary is not a "
        "person fact.",
    ]))

# nb03 -- Police magazine 'Around the branches' (PDF), several forces, PEEL 2021/22
C, GW, NW, SU, SY = ("Cambridgeshire Constabulary", "Gwent Police", "North Wales Police",
                     "Suffolk Constabulary", "South Yorkshire Police")
P = "2021/22"
GOLDS.append(gold(
    "nb03.pdf", "national-release", [C, GW, NW, SU, SY], [HF],
    [insp(C, P, inspectorate=HF), insp(GW, P, inspectorate=HF), insp(NW, P, inspectorate=HF),
     insp(SU, P, inspectorate=HF)],
    grades(C, P, [(INV, A), (RESP, RI), (PREV, G)]) + grades(GW, P, [(PPT, G), (PVP, RI)])
    + grades(NW, P, [(RESP, G), (INV, G), (PVP, A)]) + grades(SU, P, [(WORK, A)]),
    afis=[stmt(SU, P, WORK, "The constabulary should make sure it understands the wellbeing needs of its "
               "workforce and that the support it offers meets those needs.")],
    people=[
        person("Huw Llewelyn", "chief-constable", GW, "Chief Constable"),
        person("Gareth Pryce", "commissioner", NW, "Police and Crime Commissioner"),
    ],
    notes=[
        "The intro names 'HMICFRS PEEL 2021/22 reports', so each branch item's inspection is HMICFRS 2021/22.",
        "Cambridgeshire: 'received no inadequate grades' gives nothing. Gwent: 'good in four of the nine areas "
        "inspected, including treatment of the public' gives only treatment-of-public (the other three are "
        "unnamed). Suffolk: 'developing a positive workplace' -> workforce.",
        "North Wales Fire and Rescue Service is named only as a partner (not inspected by HMICFRS). South "
        "Yorkshire appears in a non-PEEL item: in forces, no inspection. Branch chairs and secretaries are not "
        "person facts.",
    ]))

# nb04 -- Superintendents' Association branch bulletin (DOCX), Merseyside, PEEL 2018/19
F = "Merseyside Police"
P = "2018/19"
GOLDS.append(gold(
    "nb04.docx", "press-release", [F], [HF],
    [insp(F, P, inspectorate=HF), insp(F, "2017", EFF)],
    grades(F, P, [(None, G), (PREV, G), (PVP, RI), (SOC, G), (UR, G), (PF, G), (FTP, G), (ELW, G), (FTW, RI)])
    + grades(F, "2017", [(INV, G)], EFF),
    afis=[
        stmt(F, P, FTW, "The force should ensure that its wellbeing provision reaches all parts of the "
             "workforce, including officers and staff working in specialist and remote roles.", True),
        stmt(F, P, FTW, "The force should improve the way it identifies and supports officers and staff who "
             "carry heavy workloads over long periods.", True),
        stmt(F, P, PVP, "The force should ensure that risk assessments for missing children are reviewed by a "
             "supervisor at each stage of the investigation."),
    ],
    people=[
        person("Serena Marlow", "chief-constable", F, "Chief Constable"),
        person("Owen Pattinson", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Moira Hatherley", "commissioner", F, "Police and Crime Commissioner"),
    ],
    also={"judgements": grades(F, P, [(None, G)], EFF) + grades(F, P, [(None, G)], EFC)
          + grades(F, P, [(None, G)], LEG)},
    notes=[
        "As dev12: every 2018/19 judgement and statement has pillar PEEL. The shaded pillar rows of the Word "
        "table (Effectiveness/Efficiency/Legitimacy: Good) are whole-pillar 2018/19 grades, so they are in "
        "also_acceptable only. 'Meeting current demands and using resources' -> using-resources.",
        "'Not inspected in 2018/19 (good in 2017)' gives a 2017 Effectiveness investigating-crime grade; no "
        "inspectorate is named for it, so null.",
        "has_force_update: the Chief Constable's reply (wellbeing at management board, DCC-led review of "
        "workloads) answers the two workforce AFIs; nothing answers the missing-children AFI (the ACC's "
        "meeting is only announced). Unsure.",
        "The PCC is named title-first ('The Police and Crime Commissioner, Moira Hatherley'). Assistant Chief "
        "Constable Dan Hulme and the branch chair (a Chief Superintendent) are not person facts. The Word "
        "header 'OFFICIAL ...' is not body text.",
    ]))

# nb05 -- Police Oracle article (HTML), Hertfordshire, PEEL 2021/22
F, B = "Hertfordshire Constabulary", "Bedfordshire Police"
P = "2021/22"
GOLDS.append(gold(
    "nb05.html", "press-release", [F, B, "Cambridgeshire Constabulary"], [HF],
    [insp(F, P, inspectorate=HF), insp(B, P)],
    grades(F, P, [(RESP, RI), (PREV, G), (PPT, G), (MOS, G), (WORK, G), (LFM, G),
                  (INV, A), (PVP, A), (CDI, A)]) + grades(B, P, [(PREV, O)]),
    people=[
        person("Simon Ashcroft", "chief-constable", F, "Chief Constable"),
        person("Jonathan Priestley", "commissioner", F, "Police, Fire and Crime Commissioner"),
        person("Andrew Tait", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    notes=[
        "2021/22 area names as labels with capitals: 'Good use of resources' -> leadership-management (its "
        "'Good' is part of the name, the grade comes from 'Good grades were awarded for'); 'Developing a "
        "positive workplace' -> workforce; 'Recording data about crime' -> crime-recording. Victim service "
        "'is not graded'.",
        "Bedfordshire's 'rated outstanding for preventing crime in its own 2021/22 report' is a grade in "
        "passing; no inspectorate is named for it. Cambridgeshire is named as a partner only. Hertfordshire "
        "Fire and Rescue Service is not a police force.",
        "Reader comments quote 'Requires improvement' generically: nothing new. The Federation chair's surname "
        "'Cheshire' is not Cheshire Constabulary.",
    ]))

# nb06 -- local Black Police Association statement (TXT), Leicestershire, Legitimacy 2017
F = "Leicestershire Police"
GOLDS.append(gold(
    "nb06.txt", "press-release", [F, "West Midlands Police", "Greater Manchester Police"], [HF, H],
    [insp(F, "2017", LEG, HF), insp(F, "2016", LEG, H)],
    grades(F, "2017", [(None, G), (FTP, G), (ELW, G), (FTW, RI)], LEG) + grades(F, "2016", [(FTW, G)], LEG),
    afis=[
        stmt(F, "2017", FTW, "The force should improve how it monitors grievances and misconduct cases by the "
             "ethnicity of the officers and staff involved, and act on any disproportionality it finds.",
             True, LEG),
        stmt(F, "2017", FTW, "The force should make sure that its selection processes for promotion and "
             "specialist posts are, and are seen to be, fair.", False, LEG),
    ],
    people=[person("Richard Thornley", "chief-constable", F, "Chief Constable")],
    notes=[
        "The 2016 question grade is stated with its grade word ('In 2016 HMIC judged the force good at "
        "treating its workforce with fairness and respect').",
        "The AFIs sit under the workforce finding; their question is fair-treatment-workforce. The Chief "
        "Constable's reply (monthly grievance and misconduct data by ethnicity) answers the first AFI only.",
        "'good practice in community engagement' is a distractor. West Midlands and GMP are named in passing. "
        "The LBPA chair and the (unnamed) NBPA president are not person facts.",
    ]))

# nb07 -- UNISON branch secretary's AGM report (DOCX), Norfolk, Efficiency 2016
F, S = "Norfolk Constabulary", "Suffolk Constabulary"
GOLDS.append(gold(
    "nb07.docx", "response-record", [F, S], [H],
    [insp(F, "2016", EFC, H), insp(S, "2016", EFC)],
    grades(F, "2016", [(None, G), (UD, G), (UR, G), (PF, O)], EFC) + grades(S, "2016", [(None, G)], EFC),
    afis=[stmt(F, "2016", UR, "The constabulary should ensure it has a full understanding of the skills and "
               "capabilities of its police staff, so that it can plan the workforce it will need in the "
               "future.", True, EFC)],
    people=[
        person("Stephen Thackray", "commissioner", F, "Police and Crime Commissioner"),
        person("Mark Ellery", "chief-constable", F, "Chief Constable"),
    ],
    also={"inspections": [insp(F, "2015", EFC, H)], "judgements": grades(F, "2015", [(None, G)], EFC)},
    notes=[
        "'judged good overall, the same grade it was given in 2015': GOLD-FORMAT's 'same grade as last year' "
        "rule, so the 2015 efficiency grade and inspection are in also_acceptable only, although 'same grade' "
        "follows the word good directly.",
        "Suffolk's 'also judged good for efficiency' sits in the paragraph about HMIC's November report but "
        "does not name the inspectorate for Suffolk: inspectorate null.",
        "The AFI is about workforce skills and planning; in the 2016 efficiency questions that is 'using its "
        "resources' (using-resources). Unsure: planning-future is arguable. has_force_update true: the Chief "
        "Constable's reply on the skills audit follows it.",
        "Genre: a union branch report that records the force's reply is closest to response-record. Unsure.",
        "The Chief Constable is first mentioned unnamed; the named mention is 'Chief Constable Mark Ellery'. "
        "Budget years 2017/18 and 2018/19 are not periods.",
    ]))

# nb08 -- Police Professional article (MD), 2014
T, N, SY = "Thames Valley Police", "Northumbria Police", "South Yorkshire Police"
GOLDS.append(gold(
    "nb08.md", "national-release", [T, N, SY], [H],
    [insp(T, "2014", EFF, H), insp(T, "2014", EFC, H), insp(N, "2014", EFC, H), insp(SY, "2014", EFF, H)],
    grades(T, "2014", [(None, G)], EFF) + grades(T, "2014", [(None, G)], EFC)
    + grades(N, "2014", [(None, O)], EFC) + grades(SY, "2014", [(None, RI)], EFF),
    people=[
        person("Mark Greaves", "inspector", H, "HM Inspector of Constabulary"),
        person("Richard Haslam", "chief-constable", SY, "Chief Constable"),
    ],
    notes=[
        "The four-grade scale sentence and the president's 'a requires improvement grade' give nothing. "
        "Legitimacy 'will not be graded until next year': no inspection.",
        "'its effectiveness at reducing crime requires improvement' is the 2014 effectiveness grade. "
        "'South Yorkshire's Chief Constable, Richard Haslam' gives the title 'Chief Constable'.",
        "Federation chairs/secretaries and the unnamed Superintendents' president are not person facts. "
        "ACPO is not an inspectorate.",
    ]))

# nb09 -- West Yorkshire Police Federation annual report section (PDF), 2016 and 2015
W = "West Yorkshire Police"
GOLDS.append(gold(
    "nb09.pdf", "press-release",
    [W, "South Yorkshire Police", "Humberside Police", "North Yorkshire Police"], [H],
    [insp(W, "2016", EFF, H), insp(W, "2016", EFC, H), insp(W, "2016", LEG, H),
     insp(W, "2015", EFF, H), insp(W, "2015", EFC, H), insp(W, "2015", LEG, H),
     insp("South Yorkshire Police", "2016", EFF), insp("Humberside Police", "2016", EFF),
     insp("North Yorkshire Police", "2016", EFF)],
    grades(W, "2016", [(None, G)], EFF) + grades(W, "2016", [(None, G)], EFC)
    + grades(W, "2016", [(None, G), (FTW, G)], LEG)
    + grades(W, "2015", [(None, G)], EFF) + grades(W, "2015", [(None, G)], EFC)
    + grades(W, "2015", [(None, RI)], LEG)
    + grades("South Yorkshire Police", "2016", [(None, RI)], EFF)
    + grades("Humberside Police", "2016", [(None, RI)], EFF)
    + grades("North Yorkshire Police", "2016", [(None, G)], EFF),
    afis=[stmt(W, "2016", FTW, "The force should ensure that it has effective processes for identifying and "
               "responding to the wellbeing needs of officers and staff.", True, LEG)],
    people=[
        person("Deborah Lyle", "chief-constable", W, "Chief Constable"),
        person("Nigel Ashworth", "commissioner", W, "Police and Crime Commissioner"),
    ],
    also={"inspections": [insp(W, "2016", "Leadership", H), insp(W, "2015", "Leadership", H)]},
    notes=[
        "The table 'How HMIC graded WYP' gives 2016 and 2015 pillar grades (HMIC). Leadership is 'Assessed, "
        "not graded' in both years: no judgement; the assessment is an inspection only loosely "
        "(also_acceptable).",
        "The 'Across the region' box gives 2016 effectiveness grades for three neighbours ('judged to require "
        "improvement' -> Requires improvement); no inspectorate is named there, so null.",
        "The wellbeing AFI is from the legitimacy report and is about the workforce: fair-treatment-workforce. "
        "has_force_update true: the Chief Constable's plan for district wellbeing leads follows it.",
        "The page footer is a running @page footer (printed on every page). Survey percentages and "
        "'Good practice in WYP' are distractors. The JBB chair is not a person fact.",
    ]))

# nb10 -- Federation survey briefing (MD), Northumbria, PEEL 2023-25
F = "Northumbria Police"
GOLDS.append(gold(
    "nb10.md", "press-release", [F, "Durham Constabulary", "Cleveland Police"], [HF],
    [insp(F, "2023-25", inspectorate=HF), insp(F, "2021/22")],
    grades(F, "2023-25", [(WORK, A), (INV, G), (MOS, G)]) + grades(F, "2021/22", [(WORK, G)]),
    afis=[
        stmt(F, "2023-25", WORK, "The force should make sure that officers and staff who have been assaulted on "
             "duty receive consistent support and are kept informed of the progress of their case."),
        stmt(F, "2023-25", WORK, "The force should improve how it monitors the workload of response and "
             "neighbourhood officers, so that it can act before excessive demand affects their wellbeing."),
    ],
    people=[
        person("Fiona Lacey", "chief-constable", F, "Chief Constable"),
        person("Kim Ashby", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "'graded good in three areas, including investigating crime and managing offenders and suspects' "
        "names two of the three; only those two are facts. 'seven areas for improvement and no causes of "
        "concern' is a count.",
        "The 2021/22 grade ('had been graded good for developing a positive workplace') is stated with its "
        "grade word; 'developing a positive workplace' -> workforce. No inspectorate is named for it.",
        "The AFIs are Markdown blockquotes ('> '). The Chief Constable's letter speaks of 'a plan for each of "
        "the workforce areas' without answering either statement, and the PCC's scrutiny is not the force's "
        "update, so has_force_update is false. Unsure.",
        "Durham and Cleveland are named in passing. Survey figures are not PEEL facts.",
    ]))

os.makedirs(GOLD, exist_ok=True)
for g in GOLDS:
    path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(g, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
print("wrote", len(GOLDS), "gold files")
