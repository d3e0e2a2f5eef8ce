"""Write gold/ls01.json ... gold/ls10.json for corpus74 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

H, HF = "HMIC", "HMICFRS"
EFF, EFFIC, LEG, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "PEEL"
# 2021/22 and 2023-25 area keys
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
# 2015-2017 (and 2018/19) question keys
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
UD, UR, PF = "understanding-demand", "using-resources", "planning-future"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"


def insp(force, period, pillar=PEEL, inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar=PEEL):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def stmt(force, period, question, text, update=False, pillar=PEEL):
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

# ls01 -- PCC "Inspections" page (HTML), Hertfordshire, PEEL 2023-25 ----------------------
F = "Hertfordshire Constabulary"
GOLDS.append(gold(
    "ls01.html", "response-record",
    [F, "Bedfordshire Police", "Cambridgeshire Constabulary"], [HF, H],
    [insp(F, "2023-25", inspectorate=HF)],
    grades(F, "2023-25", [
        (PREV, O), (PPT, G), (RESP, G), (MOS, G), (LFM, G), (INV, A), (PVP, A),
    ]),
    people=[person("Miranda Holcroft", "commissioner", F, "Police and Crime Commissioner")],
    also={"inspections": [
        insp(F, "2021/22", inspectorate=HF),
        insp(F, "2018/19", inspectorate=HF),
        insp(F, "2017", EFF), insp(F, "2017", LEG), insp(F, "2017", EFFIC),
        insp(F, "2016", EFF, H), insp(F, "2016", LEG, H), insp(F, "2016", EFFIC, H),
    ]},
    notes=[
        "The grades come from the 'Latest PEEL assessment' paragraph: outstanding for preventing "
        "crime; good for four areas; adequate for investigating crime and protecting vulnerable "
        "people. 'police powers and public treatment' -> treatment-of-public; 'leadership and "
        "force management' -> leadership-management.",
        "The opening paragraph and the callout name all five (and four) grades as a scale; they "
        "give no judgement. 'The report made no cause of concern' gives nothing.",
        "The list of the Commissioner's responses names earlier inspections (PEEL 2021/22, 2018/19, "
        "and the 2016 and 2017 pillar reports) with no grade. They are documents the page links "
        "to, so their inspections are only in also_acceptable. The 2016 links say 'HMIC', the "
        "2021/22 and 2018/19 links 'HMICFRS'; the 2017 links name no inspectorate.",
        "Bedfordshire and Cambridgeshire are named only in the title of a Major Crime Unit "
        "inspection (not PEEL): in forces, no inspection. The Crime Data Integrity 2019 "
        "inspection is not PEEL.",
        "Genre: a PCC's page listing its section 55 responses, closest to response-record.",
        "People: the Commissioner is named once, name-first, in the sidebar contact card.",
    ]))

# ls02 -- PCC "HMICFRS reports" page (HTML), Derbyshire, PEEL 2018/19 --------------------
F = "Derbyshire Constabulary"
P = "2018/19"
GOLDS.append(gold(
    "ls02.html", "response-record", [F, "Nottinghamshire Police"], [HF],
    [insp(F, P, EFF, HF), insp(F, P, EFFIC, HF), insp(F, P, LEG, HF)],
    grades(F, P, [(None, G), ("preventing-crime", G), ("investigating-crime", G),
                  ("protecting-vulnerable", RI), ("serious-organised-crime", G)], EFF)
    + grades(F, P, [(None, RI), (UR, RI), (PF, G)], EFFIC)
    + grades(F, P, [(None, G), (FTP, G), (ELW, G), (FTW, O)], LEG),
    also={"inspections": [insp(F, P, PEEL, HF)]},
    notes=[
        "The three '2018/19 grades' rows pair each pillar question ('How effectively ...', "
        "'How efficiently ...', 'How legitimately ...') with a grade: pillar judgements with "
        "question null, as corpus13 q08 does for 2018/19 pillar grades. The integrated PEEL "
        "2018/19 inspection is in also_acceptable only.",
        "The question grades are given only by the column of a four-column grid headed "
        "Outstanding / Good / Requires improvement / Inadequate; the Inadequate column is empty. "
        "Keys: 'Meeting current demands and using resources' -> using-resources, 'Planning for "
        "the future' -> planning-future, 'Preventing crime and tackling anti-social behaviour' -> "
        "preventing-crime, 'Tackling serious and organised crime' -> serious-organised-crime, "
        "'Fair treatment of the public' -> fair-treatment-public, 'Ethical and lawful workforce "
        "behaviour' -> ethical-lawful-workforce, 'Fair treatment of the workforce' -> "
        "fair-treatment-workforce. Each question is put under its own pillar.",
        "The numbered list of 'four grades' is a scale, not a judgement.",
        "Nottinghamshire Police is named only as the host of the regional organised crime unit "
        "(a thematic inspection): in forces, no inspection.",
        "No person is named; 'the Police and Crime Commissioner (PCC)' is unnamed.",
    ]))

# ls03 -- section 55 letter (PDF), Gwent, Legitimacy 2017 ---------------------------------
F = "Gwent Police"
GOLDS.append(gold(
    "ls03.pdf", "response-record", [F, "South Wales Police", "Dyfed-Powys Police"], [HF, H],
    [insp(F, "2017", LEG, HF), insp(F, "2016", LEG, H)],
    grades(F, "2017", [(None, G), (FTP, G), (ELW, G), (FTW, RI)], LEG)
    + grades(F, "2016", [(None, G)], LEG),
    afis=[
        stmt(F, "2017", None,
             "The force should make sure its supervisors understand how unconscious bias can "
             "affect decisions about stop and search, and that they check a sample of searches "
             "each month for signs of it.", True, LEG),
        stmt(F, "2017", None,
             "The force should improve the way it manages grievances so that they are resolved "
             "promptly and staff have confidence in the process.", True, LEG),
        stmt(F, "2017", None,
             "The force should make sure that its individual performance review process is "
             "applied consistently and that officers and staff see it as fair.", False, LEG),
    ],
    people=[
        person("Huw Bevan-Price", "chief-constable", F, "Chief Constable"),
        person("Marian Treharne", "inspector", HF, "Her Majesty\u2019s Inspector of Constabulary"),
        person("Aled Wynne-Jones", "commissioner", F, "Police and Crime Commissioner for Gwent"),
    ],
    notes=[
        "'HMICFRS has again judged Heddlu Gwent to be good' is the 2017 pillar grade; 'in 2016 "
        "HMIC also graded the force good for legitimacy' gives the 2016 grade, with HMIC named "
        "for it. The question grades are in prose: 'good at treating all of the people it "
        "serves with fairness and respect' -> fair-treatment-public, 'good at making sure its "
        "workforce behaves ethically and lawfully' -> ethical-lawful-workforce, and the third "
        "question ('how fairly and respectfully the force treats its own officers and staff') "
        "'was graded requires improvement' -> fair-treatment-workforce.",
        "The three AFIs sit under 'Areas for improvement' with no question heading, so question "
        "is null, although their subjects suggest fair-treatment-public (1) and "
        "fair-treatment-workforce (2, 3).",
        "has_force_update: AFIs 1 and 2 have a 'Chief Constable\u2019s response:'. AFI 3 has only "
        "a 'Commissioner\u2019s comment:' that reports the force will send an update later: false.",
        "'Inspectors called it good practice' is not a grade. South Wales Police and "
        "Dyfed-Powys Police are named in passing: in forces, no inspection.",
        "People: the Chief Constable is first named 'the Chief Constable, Huw Bevan-Price' "
        "(title 'Chief Constable'); the HMI 'Her Majesty\u2019s Inspector of Constabulary, Marian "
        "Treharne'; the Commissioner only in the signature block, so his title is the one "
        "printed under his name. The Home Secretary is unnamed.",
    ]))

# ls04 -- PCC & Force response (DOCX), Leicestershire, Efficiency 2016 --------------------
F = "Leicestershire Police"
GOLDS.append(gold(
    "ls04.docx", "response-record",
    [F, "Nottinghamshire Police", "Derbyshire Constabulary", "Lincolnshire Police",
     "Northamptonshire Police"], [H],
    [insp(F, "2016", EFFIC, H), insp(F, "2015", EFFIC)],
    grades(F, "2016", [(None, G), (UD, G), (UR, G), (PF, RI)], EFFIC)
    + grades(F, "2015", [(None, G)], EFFIC),
    afis=[
        stmt(F, "2016", PF,
             "The force should develop its workforce plan so that it sets out the skills and "
             "capabilities it will need over the next five years and how it will acquire them.",
             True, EFFIC),
        stmt(F, "2016", PF,
             "The force should make sure its savings plans are supported by a clear "
             "understanding of how changes to its operating model will affect the service to "
             "the public.", True, EFFIC),
        stmt(F, "2016", PF,
             "The force should work with its partners in the East Midlands to identify further "
             "opportunities for collaboration that would reduce cost or improve resilience.",
             False, EFFIC),
    ],
    people=[
        person("Alastair Pennock", "commissioner", F, "Police and Crime Commissioner"),
        person("Karen Oduya", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The judgements table gives the overall efficiency grade and the three question grades. "
        "'The overall judgement is unchanged from 2015, when the force was also judged to be "
        "good' states the 2015 grade word, so the 2015 judgement is a main fact; the document "
        "does not say which inspectorate made it, so its inspectorate is null.",
        "'HMIC's separate leadership report ... carries no graded judgement' gives nothing.",
        "The AFIs are 'all under the third question' (planning for demand in the future), so "
        "question is planning-future. AFI 3's force response cell is '\u2013', and its PCC "
        "comment is the PCC's own: has_force_update false.",
        "'recognised once again that Leicestershire Police is a good, efficient force' adds no "
        "new fact. 'good practice' is not a grade.",
        "The four East Midlands forces are named only as collaboration partners: in forces, no "
        "inspection. ACC Paula Grieve is not a person fact.",
        "The Word header and footer are not body text and are ignored.",
    ]))

# ls05 -- police, fire and crime panel report (PDF), Staffordshire, PEEL 2021/22 ----------
F = "Staffordshire Police"
P = "2021/22"
GOLDS.append(gold(
    "ls05.pdf", "response-record", [F], [HF],
    [insp(F, P, inspectorate=HF)],
    grades(F, P, [(PPT, A), (PREV, RI), (RESP, I), (INV, RI), (PVP, I), (MOS, RI),
                  (WORK, A), (LFM, RI)]),
    afis=[
        stmt(F, P, None,
             "The force should make sure that investigations are allocated to staff with the "
             "appropriate skills and that they are supervised effectively.", True),
        stmt(F, P, None,
             "The force should improve how it manages registered sex offenders, so that visits "
             "take place on time and risk assessments are up to date.", True),
        stmt(F, P, None,
             "The force should make sure it has a clear understanding of the demand it faces "
             "and uses this to plan its workforce.", False),
    ],
    recs=[
        stmt(F, P, RESP,
             "Make sure it has enough trained call handlers to answer calls within national "
             "standards.", True),
        stmt(F, P, RESP,
             "Make sure call handlers use a structured risk assessment for every call and "
             "record the result.", True),
        stmt(F, P, PVP,
             "Review how it identifies repeat and vulnerable victims at first contact.", True),
        stmt(F, P, PVP,
             "Make sure that officers complete a risk assessment at every domestic abuse "
             "incident they attend.", False),
    ],
    coc=[
        stmt(F, P, RESP,
             "The force isn\u2019t answering emergency and non-emergency calls quickly enough, and "
             "it doesn\u2019t always assess the risk to callers properly, so vulnerable people may "
             "not get the response they need.", False),
        stmt(F, P, PVP,
             "The force doesn\u2019t always identify vulnerable people when they first contact it, "
             "and its safeguarding of children and of victims of domestic abuse is not "
             "consistently good enough.", False),
    ],
    people=[
        person("Andy Cooke", "inspector", HF, "HM Chief Inspector of Constabulary"),
        person("Gareth Lowe-Spencer", "commissioner", F, "Commissioner"),
        person("Meera Castellan", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Grades from the table in 3.1: 'Treatment of the public' -> treatment-of-public, "
        "'Developing a positive workplace' -> workforce, 'Good use of resources' -> "
        "leadership-management (its 'Good' is not a grade). Victim service is 'Not graded'.",
        "Staffordshire Fire and Rescue Service's 'judged good' is a fire inspection: no "
        "judgement. The December 2022 revisit changed no grade and is not a separate PEEL "
        "inspection.",
        "Causes of concern are the boxed paragraphs of section 4; question from the sentence "
        "that introduces each ('relates to responding to the public' / 'protecting vulnerable "
        "people'). Their updates are given per recommendation, so has_force_update is false for "
        "the causes of concern themselves (as in corpus13 q02).",
        "Recommendations are stated only in Appendix A (R1-R4), as imperatives ('Make sure "
        "...') with no 'The force should'. Their question comes from the Type cell ('cause of "
        "concern 1/2'). R4's update is 'No update provided.': false.",
        "The three AFIs are tracker rows with no area named, so question is null. AFI 10's "
        "update is '\u2013': false. 'eleven areas for improvement' is a count; the other eight "
        "are not quoted.",
        "People: 'HM Chief Inspector of Constabulary Andy Cooke' (inspector, HMICFRS). The "
        "Commissioner is first named as 'The Commissioner, Gareth Lowe-Spencer', so the title "
        "is 'Commissioner'; the full office title 'Staffordshire Commissioner for Police, Fire "
        "and Rescue and Crime' appears earlier without his name. The Deputy Chief Constable is "
        "unnamed.",
    ]))

# ls06 -- PCC news item on an accountability forum (TXT), Norfolk, PEEL 2023-25 -----------
F = "Norfolk Constabulary"
P = "2023-25"
GOLDS.append(gold(
    "ls06.txt", "press-release", [F, "Suffolk Constabulary"], [HF],
    [insp(F, P, inspectorate=HF)],
    grades(F, P, [(PREV, G), (PPT, G), (MOS, G), (RESP, A), (WORK, A), (LFM, A),
                  (INV, RI), (PVP, RI)]),
    afis=[
        stmt(F, P, None,
             "The force should make sure that victims are told when it decides not to "
             "investigate their crime further, and why.", True),
        stmt(F, P, None,
             "The force should improve how quickly it completes the digital forensic "
             "examination of devices in cases involving children.", False),
    ],
    people=[
        person("Catherine Ridgewell", "commissioner", F, "Police and Crime Commissioner"),
        person("Lorna Meadows", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Grades are in three label-dash sentences: 'Good \u2013 at preventing crime, police powers "
        "and public treatment, and managing offenders and suspects' (three areas), 'Adequate \u2013 "
        "at responding to the public, at building, supporting and protecting the workforce, "
        "and at leadership and force management' (three), 'Requires improvement \u2013 in two "
        "areas: investigating crime and protecting vulnerable people'.",
        "The two AFIs are read out in quotation marks with no area named: question null. The "
        "first is answered by the Chief Constable ('a new letter and text message ... went "
        "live'): true. For the second she only promises a written update at the next forum: "
        "false.",
        "'the good work on preventing crime' is not a new grade. Suffolk Constabulary was "
        "'praised in their own report' with no grade: in forces only.",
        "Genre: a PCC news item, closest to press-release. The 2025/26 budget is not a period.",
    ]))

# ls07 -- accountability conference minutes (DOCX), Cumbria, PEEL 2021/22 ------------------
F = "Cumbria Constabulary"
P = "2021/22"
GOLDS.append(gold(
    "ls07.docx", "response-record", [F, "Lancashire Constabulary"], [HF],
    [insp(F, P, inspectorate=HF)],
    grades(F, P, [(PPT, G), (PREV, G), (CDI, G), (RESP, A), (PVP, A), (MOS, A), (WORK, A),
                  (LFM, A), (INV, RI)]),
    afis=[
        stmt(F, P, INV,
             "The force should make sure that investigation plans are recorded and that "
             "supervisors review them regularly.", True),
        stmt(F, P, INV,
             "The force should make sure that victims' needs are assessed and that victims are "
             "kept updated throughout the investigation.", True),
        stmt(F, P, PVP,
             "The force should improve the quality of its risk assessments for missing "
             "children.", True),
        stmt(F, P, LFM,
             "The force should develop a better understanding of its demand so that it can "
             "allocate its resources effectively.", False),
    ],
    people=[
        person("Richard Tolland", "commissioner", F, "Police, Fire and Crime Commissioner"),
        person("Elaine Marsh", "chief-constable", F, "Chief Constable"),
        person("Jonathan Pryce", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "All grades are in JP's reported summary: good for treatment of the public, preventing "
        "crime and anti-social behaviour and 'recording data about crime' (crime-recording); "
        "adequate for five areas including 'developing a positive workplace' (workforce) and "
        "'good use of resources' (leadership-management; its 'good' is not a grade); requires "
        "improvement for investigating crime. Victim service is 'not graded'.",
        "The AFIs are bullets with a bold label naming the area in brackets, e.g. 'AFI 1 "
        "(investigating crime): '; the label is not part of the text. AFIs 1, 2 and 4 are each "
        "followed by an 'Update:' paragraph. AFI 7 has none (JP only says the work 'will be "
        "brought to the December meeting'): false.",
        "'The paper lists nine AFIs' is a count; only four are quoted.",
        "Cumbria Fire and Rescue Service's 'requires improvement for efficiency' is a fire "
        "inspection: no judgement. 'described as good practice' is not a grade. Lancashire "
        "Constabulary is a collaboration partner: in forces, no inspection.",
        "People: attendees are listed with titles. The Deputy PFCC (title 'Deputy PFCC', not a "
        "commissioner), the ACC, the Chief Executive and the CFO are not person facts.",
    ]))

# ls08 -- police committee minutes (HTML), City of London, Legitimacy / Efficiency 2017 ---
F = "City of London Police"
GOLDS.append(gold(
    "ls08.html", "response-record",
    [F, "Metropolitan Police Service", "British Transport Police"], [HF, H],
    [insp(F, "2017", LEG, HF), insp(F, "2017", EFFIC, HF), insp(F, "2016", LEG)],
    grades(F, "2017", [(None, RI)], LEG) + grades(F, "2017", [(None, G)], EFFIC)
    + grades(F, "2016", [(None, G)], LEG),
    afis=[
        stmt(F, "2017", None,
             "The force should make sure that all officers who use stop and search powers "
             "understand what amounts to reasonable grounds, and that supervisors check the "
             "records regularly.", True, LEG),
    ],
    people=[person("Nathaniel Crewe", "chief-constable", F, "Commissioner of Police")],
    notes=[
        "'the PEEL 2017 efficiency report ... had judged the Force to be good' and 'the PEEL "
        "2017 legitimacy report ... had moved the Force down from the \u201cgood\u201d it received in "
        "2016 to \u201crequires improvement\u201d' give three judgements. The effectiveness report "
        "was only expected: no inspection.",
        "Inspectorates: HMICFRS (the item title and the recommendations) and HMIC (named in "
        "'the change from HMIC to HMICFRS'). The 2017 reports are HMICFRS's by the item's "
        "title; the 2016 grade has no inspectorate stated, so null.",
        "The AFI is read out as an indented, quoted paragraph; the Head of Strategy and "
        "Performance's account of the training that follows is the force's update: true. "
        "Question null (no area named), though the subject is fair treatment of the public.",
        "The force itself is called 'the Force' throughout and named once as 'the City of "
        "London Police'. The City of London Corporation is the police authority.",
        "People: the Commissioner of Police is the force's chief officer (role chief-constable, "
        "as GOLD-FORMAT does for the Met Commissioner). The Assistant Commissioner, the "
        "Chairman and the Head of Strategy and Performance are unnamed.",
        "The Metropolitan Police and British Transport Police are named in passing.",
    ]))

# ls09 -- MOPAC responses page (MD), Metropolitan, PEEL 2014-2015 -------------------------
F = "Metropolitan Police Service"
GOLDS.append(gold(
    "ls09.md", "response-record", [F, "City of London Police"], [H],
    [insp(F, "2014", EFFIC, H), insp(F, "2015", LEG, H), insp(F, "2015", EFFIC, H),
     insp(F, "2015", EFF, H)],
    grades(F, "2015", [(None, G), (ELW, RI)], LEG)
    + grades(F, "2015", [(None, G)], EFFIC)
    + grades(F, "2015", [(None, RI), ("protecting-vulnerable", I),
                         ("serious-organised-crime", G)], EFF),
    afis=[
        stmt(F, "2015", None,
             "The force should make sure that officers and staff know how to report wrongdoing "
             "confidentially and feel confident that they will be protected if they do so.",
             False, LEG),
        stmt(F, "2015", None,
             "The force should improve the way it records and monitors the reasons for stop "
             "and search, so that it can show the power is used fairly.", False, LEG),
    ],
    also={"judgements": grades(F, "2014", [(None, G)], EFFIC)},
    notes=[
        "Efficiency 2014: 'HMIC judged the MPS to be good at meeting its financial challenge' "
        "grades one 2014 question for which GOLD-FORMAT has no key; it is put as a loose pillar "
        "judgement in also_acceptable. The 2014 inspection itself is a main fact.",
        "Legitimacy 2015: 'judged to be good overall'; 'its work on ethical and lawful "
        "behaviour requires improvement' -> ethical-lawful-workforce. 'treats the people it "
        "serves with fairness and respect' has no grade word: no judgement.",
        "Effectiveness 2015: 'judged to require improvement' (pillar), 'inadequate at "
        "protecting vulnerable people from harm and supporting victims', 'good at tackling "
        "serious and organised crime'.",
        "The two AFIs are bullets with an 'Area for improvement:' label (the label is not part "
        "of the text), under the legitimacy heading; no question named. The page only links "
        "to the Commissioner's response, so has_force_update is false.",
        "People: none. The Deputy Mayor for Policing and Crime, Alexander Wyatt, exercises the "
        "PCC's functions, but his title is not 'Commissioner' and GOLD-FORMAT's commissioner "
        "role is a PCC or PFCC, so he is left out. The Met Commissioner is unnamed.",
        "The City of London Police is named in passing with no grade.",
    ]))

# ls10 -- police and crime panel minutes (TXT), Wiltshire, PEEL 2021/22 --------------------
F = "Wiltshire Police"
P = "2021/22"
GOLDS.append(gold(
    "ls10.txt", "response-record",
    [F, "Avon and Somerset Constabulary", "Devon and Cornwall Police"], [HF],
    [insp(F, P, inspectorate=HF)],
    grades(F, P, [(INV, I), (PVP, I), (RESP, RI), (MOS, RI), (LFM, RI), (PPT, A), (PREV, A),
                  (WORK, G)]),
    afis=[
        stmt(F, P, None,
             "The force should make sure that it consistently assesses the risk to children "
             "who go missing and shares information with partners.", False),
    ],
    coc=[
        stmt(F, P, None,
             "The force doesn't always carry out effective investigations, and too many are "
             "closed without the victim's needs and wishes being properly considered.", True),
    ],
    people=[
        person("Hugh Fenwick-Dale", "commissioner", F, "Police and Crime Commissioner"),
        person("Nadia Kerridge", "chief-constable", F, "Chief Constable"),
        person("Rachel Cantrell", "inspector", HF,
               "His Majesty's Inspector of Constabulary for the Wales and Western Region"),
    ],
    notes=[
        "Grades are in the first bullet: inadequate (investigating crime, protecting "
        "vulnerable people), requires improvement (responding, managing offenders and suspects, "
        "'good use of resources' -> leadership-management), adequate (treatment of the public, "
        "preventing crime and anti-social behaviour), good ('developing a positive workplace' "
        "-> workforce).",
        "The cause of concern is quoted inline after a colon; the Chief Constable's account of "
        "the closure reviews, relayed by the PCC, is the force's update: true. It names no area "
        "heading, so question null (its subject is investigating crime).",
        "The AFI on missing children is quoted in Cllr Hart's question; 'the force had not yet "
        "provided an update': false.",
        "'Chief Constable Kerridge' later repeats the same person. The retired Assistant Chief "
        "Constable is named but is not a person fact. Avon and Somerset and Devon and Cornwall "
        "are named only for rape charge rates.",
        "The meeting date (June 2023) and the publication date (September 2022) are not the "
        "period; the agenda text names 'PEEL 2021/22'.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", name)


if __name__ == "__main__":
    main()
