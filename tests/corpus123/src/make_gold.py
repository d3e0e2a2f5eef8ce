"""Write gold/nt01.json ... gold/nt10.json for corpus123 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
EFF, EFY, LEG, LDR, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "Leadership", "PEEL"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"


def insp(force, period, pillar, inspectorate):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def jd(force, period, pillar, question, grade):
    return {"force": force, "period": period, "pillar": pillar, "question": question, "grade": grade}


def st(force, period, pillar, question, text, update):
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

# nt01 -- Northamptonshire, Joint Independent Audit Committee HMIC update (PDF), PEEL 2015
F = "Northamptonshire Police"
GOLDS.append(gold(
    "nt01.pdf", "response-record", [F, "Leicestershire Police", "Cambridgeshire Constabulary"], [H],
    [insp(F, "2015", EFY, H), insp(F, "2015", LEG, H), insp(F, "2015", EFF, H)],
    [jd(F, "2015", EFY, None, RI), jd(F, "2015", LEG, None, G), jd(F, "2015", EFF, None, RI),
     jd(F, "2015", EFF, PREV, G), jd(F, "2015", EFF, INV, RI), jd(F, "2015", EFF, PVP, RI),
     jd(F, "2015", LEG, "fair-treatment-public", G)],
    afis=[
        st(F, "2015", EFY, "understanding-demand",
           "The force should carry out further work to build a fuller picture of the demand it faces now and how that demand is likely to change, so that it can match its resources to the needs of the public.", True),
        st(F, "2015", EFY, "using-resources",
           "The force should improve its understanding of how the money it spends is linked to what it delivers and the outcomes it achieves.", True),
        st(F, "2015", EFY, "planning-future",
           "The force should develop a workforce plan that is aligned with its demand and its budget, setting out how many people it needs, the skills they should have and the behaviours it expects of them.", False),
    ],
    recs=[
        st(F, "2015", EFF, PVP,
           "Within three months, the force should make sure that every report of a missing child is risk assessed by a supervisor and reviewed at least daily until the child is found.", True),
        st(F, "2015", EFF, PVP,
           "Within six months, the force should agree with its partners how information about children who repeatedly go missing will be shared, so that patterns of exploitation are identified.", True),
    ],
    coc=[st(F, "2015", EFF, PVP,
            "Northamptonshire Police does not respond consistently to children who go missing from home or care, and some of these children are left at continuing risk of harm because their cases are not reviewed in good time.", False)],
    people=[person("Adrian Coyle", "chief-constable", F, "Chief Constable"),
            person("Marcus Enfield", "commissioner", F, "Police and Crime Commissioner")],
    also={"inspections": [insp(F, "2015", LDR, H)]},
    notes=[
        "The 'Action plan RAG' column (Amber/Green/Red) is the force's own progress rating, not a grade.",
        "Leadership 2015: 'No graded judgement', so no judgement; the Leadership inspection is only in also_acceptable.",
        "'investigates crime and manages offenders requires improvement' is the 2015 investigating question -> investigating-crime.",
        "Serious and organised crime 'not graded this year': nothing. The 2014 crime data integrity inspection has no grade and no PEEL pillar: nothing.",
        "AFI 3's progress cell is an en dash and 3.2 says no update is given: has_force_update false. The cause of concern has no response of its own (the responses answer R1 and R2): false.",
        "Leicestershire and Cambridgeshire are named in passing with no grade. The IPCC recommendations are not HMIC facts.",
        "People: 'The Chief Constable, Adrian Coyle' and 'the Police and Crime Commissioner, Marcus Enfield': titles as the office alone.",
    ]))

# nt02 -- Cleveland, Joint Audit Committee HMICFRS update with tracker (DOCX), PEEL 2018/19
F = "Cleveland Police"
P = "2018/19"
GOLDS.append(gold(
    "nt02.docx", "response-record", [F], [HF],
    [insp(F, P, PEEL, HF), insp(F, "2017", EFF, HF)],
    [jd(F, P, PEEL, PREV, I), jd(F, P, PEEL, INV, RI), jd(F, P, PEEL, PVP, I), jd(F, P, PEEL, SOC, RI),
     jd(F, P, PEEL, "using-resources", I), jd(F, P, PEEL, "planning-future", RI),
     jd(F, P, PEEL, "fair-treatment-public", I), jd(F, P, PEEL, "ethical-lawful-workforce", I),
     jd(F, P, PEEL, "fair-treatment-workforce", RI),
     jd(F, "2017", EFF, None, RI)],
    afis=[
        st(F, P, PEEL, INV, "The force should improve the supervision of investigations so that victims are updated regularly and all reasonable lines of enquiry are followed.", True),
        st(F, P, PEEL, PVP, "The force should make sure that officers and staff understand how to identify and record vulnerability at the first point of contact.", False),
    ],
    recs=[
        st(F, P, PEEL, "using-resources", "By March 2020, the force should complete a thorough analysis of demand across all functions and use it to decide how many officers and staff it needs in each, and with what skills.", True),
        st(F, P, PEEL, "ethical-lawful-workforce", "Within six months, the force should increase the capacity of its counter-corruption unit so that all corruption intelligence is assessed and developed without delay.", True),
    ],
    coc=[
        st(F, P, PEEL, "using-resources", "The force does not have a good enough understanding of the demand it faces, and so it cannot be confident that it has enough people with the right skills in the right places to meet that demand.", True),
        st(F, P, PEEL, "ethical-lawful-workforce", "The force has not done enough to understand the corruption risks it faces, and its counter-corruption unit lacks the capacity to deal with the intelligence it receives.", True),
    ],
    people=[person("Simon Trevanion", "inspector", HF, "Her Majesty's Inspector of Constabulary"),
            person("Rowan Petch", "chief-constable", F, "Chief Constable"),
            person("Lisa Orchard", "chief-constable", F, "Deputy Chief Constable", "deputy"),
            person("Kieran Dowd", "commissioner", F, "Police and Crime Commissioner")],
    also={"judgements": [jd(F, P, EFF, None, I), jd(F, P, EFY, None, I), jd(F, P, LEG, None, I)]},
    notes=[
        "2018/19 follows dev12: question grades have pillar PEEL and the 2015-17 question keys; 'graded inadequate for effectiveness, for efficiency and for legitimacy' gives whole-pillar 2018/19 grades, which go to also_acceptable.",
        "'Meeting current demands and using resources' -> using-resources; 'Treating the public fairly' -> fair-treatment-public; 'Ethical and lawful workforce behaviour' -> ethical-lawful-workforce; 'Treating the workforce fairly' -> fair-treatment-workforce.",
        "The tracker's kind of item is given by its Source cell. CC1/CC2 are causes of concern, CC1.1/CC2.1 recommendations, AFI4/AFI7 areas for improvement. Each question follows the subject (demand -> using-resources; corruption -> ethical-lawful-workforce).",
        "has_force_update: true where the row's 'Latest update' cell has text (the causes of concern have their own rows and updates); AFI7's update cell is empty: false.",
        "IOPC, external audit (Mazars) rows and the internal audit 'limited assurance' opinion are not inspectorate facts. RAG colours (Red/Amber/Green) are not grades. Counts (47 items, 9 closed ...) give nothing.",
        "'In the 2017 PEEL effectiveness inspection HMICFRS had judged the force to require improvement' gives a 2017 Effectiveness judgement.",
    ]))

# nt03 -- Lancashire, Joint Audit and Ethics Committee minutes (HTML), PEEL 2017
F = "Lancashire Constabulary"
GOLDS.append(gold(
    "nt03.html", "response-record", [F, "Cumbria Constabulary"], [HF, H],
    [insp(F, "2017", EFY, HF), insp(F, "2017", LEG, HF), insp(F, "2016", LEG, H)],
    [jd(F, "2017", EFY, None, G), jd(F, "2017", LEG, None, G),
     jd(F, "2017", EFY, "planning-future", O), jd(F, "2017", EFY, "understanding-demand", G),
     jd(F, "2017", EFY, "using-resources", G),
     jd(F, "2017", LEG, "fair-treatment-public", G), jd(F, "2017", LEG, "ethical-lawful-workforce", G),
     jd(F, "2017", LEG, "fair-treatment-workforce", G),
     jd(F, "2016", LEG, None, G)],
    afis=[
        st(F, "2017", LEG, "fair-treatment-public", "The constabulary should make sure that supervisors understand and apply the force\u2019s guidance on unconscious bias when they review stop and search records.", True),
        st(F, "2017", LEG, "ethical-lawful-workforce", "The constabulary should improve the way it tells its workforce about the outcomes of complaints and misconduct cases, so that lessons are learned.", False),
    ],
    people=[person("Sunita Rahman", "chief-constable", F, "Deputy Chief Constable", "deputy"),
            person("Clive Grunshaw", "commissioner", F, "Police and Crime Commissioner")],
    notes=[
        "'in 2016 HMIC had likewise rated the Constabulary good for legitimacy' states the grade word: 2016 Legitimacy judgement (HMIC named for it).",
        "The effectiveness report was only expected: no 2017 Effectiveness inspection or judgement.",
        "Internal audit assurance levels (substantial, limited, reasonable) and Grant Thornton's plan are not inspection facts. 'follow-up of HMIC action tracking' names HMIC, so inspectorates include HMIC.",
        "AFI 1: the DCC's answer gives the force's update (true). AFI 2: 'No update had yet been provided': false.",
        "Cumbria Constabulary is named in passing with no grade. Committee members and officers named only by initial are not person facts; Clive Grunshaw is named after 'The Police and Crime Commissioner,' so the title is the office alone.",
    ]))

# nt04 -- Leicestershire, JARAP risk register paper (PDF), PEEL 2016
F = "Leicestershire Police"
GOLDS.append(gold(
    "nt04.pdf", "response-record", [F, "Nottinghamshire Police"], [H],
    [insp(F, "2016", EFF, H), insp(F, "2016", LEG, H), insp(F, "2016", EFY, H)],
    [jd(F, "2016", EFF, None, RI), jd(F, "2016", EFF, PREV, G), jd(F, "2016", EFF, INV, G),
     jd(F, "2016", EFF, PVP, RI), jd(F, "2016", LEG, None, G), jd(F, "2016", EFY, None, G)],
    afis=[st(F, "2016", EFF, INV, "The force should make sure it has the capacity to examine digital devices promptly, so that investigations and charging decisions are not delayed.", True)],
    coc=[st(F, "2016", EFF, PVP, "The force\u2019s response to vulnerable people who go missing, and to victims of domestic abuse, is not consistent, and as a result some vulnerable people are not adequately safeguarded.", True)],
    people=[person("Imogen Farrell", "chief-constable", F, "Deputy Chief Constable", "deputy")],
    notes=[
        "The RAG key (High/Medium/Low), risk scores and statuses (Controlled, Managed ...) are not grades.",
        "Cause of concern: paragraph 7 gives what the force has done since publication (true). The AFI sits in the Cause cell of risk STR1611, whose 'Controls / further actions' cell gives the force's actions (true).",
        "Legitimacy and efficiency 2016 are whole-pillar grades in paragraph 8. Leicestershire Fire and Rescue Service is a distractor; Nottinghamshire Police is named in passing. 'DCC' in the table is unnamed.",
    ]))

# nt05 -- North Yorkshire, internal audit report (DOCX), PEEL 2021/22
F = "North Yorkshire Police"
P = "2021/22"
GOLDS.append(gold(
    "nt05.docx", "response-record", [F], [HF],
    [insp(F, P, PEEL, HF)],
    [jd(F, P, PEEL, PPT, A), jd(F, P, PEEL, PREV, G), jd(F, P, PEEL, RESP, RI), jd(F, P, PEEL, INV, RI),
     jd(F, P, PEEL, PVP, A), jd(F, P, PEEL, MOS, A), jd(F, P, PEEL, WORK, A), jd(F, P, PEEL, LFM, RI),
     jd(F, P, PEEL, CDI, G)],
    afis=[
        st(F, P, PEEL, RESP, "The force should make sure that it answers emergency and non-emergency calls within the timescales it has set, and that it tells callers what to expect when there will be a delay.", True),
        st(F, P, PEEL, INV, "The force should make sure that investigation plans are recorded for all appropriate crimes and are reviewed by supervisors.", True),
        st(F, P, PEEL, INV, "The force should improve how it seeks and records the views of victims when it decides how to finalise an investigation.", False),
        st(F, P, PEEL, LFM, "The force should develop a better understanding of the skills and capabilities of its workforce so that it can plan for future demand.", True),
        st(F, P, PEEL, PVP, "The force should make sure that officers consistently record the voice of the child when they attend domestic abuse incidents.", True),
    ],
    people=[person("Philippa Rook", "commissioner", F, "Police, Fire and Crime Commissioner"),
            person("Gareth Lund", "chief-constable", F, "Chief Constable")],
    notes=[
        "'reasonable assurance' and the scale 'substantial, reasonable, partial and no assurance' are internal audit opinions, not grades. The fire and rescue service's 'requires improvement' is a fire inspection: no judgement.",
        "Area names: 'Developing a positive workplace' -> workforce; 'Good use of resources' -> leadership-management; 'Recording data about crime' -> crime-recording.",
        "AFI questions follow the ref prefix (RESP, INV, RES = resources, PVP). has_force_update: true where the 'Force tracker position' cell gives the force's position; INV-3's is 'Open \u2013 no update recorded.': false.",
        "People: the Distribution list gives 'name, title', so the titles are as written after the name. Counts (14 AFIs, 3 closed, 11 open) give nothing.",
    ]))

# nt06 -- Gwent, Joint Audit Committee inspection activity update (HTML), PEEL 2023-25
F = "Gwent Police"
GOLDS.append(gold(
    "nt06.html", "response-record", [F, "South Wales Police", "Dyfed-Powys Police"], [HF],
    [insp(F, "2023-25", PEEL, HF), insp(F, "2021/22", PEEL, HF)],
    [jd(F, "2023-25", PEEL, PPT, A), jd(F, "2023-25", PEEL, PREV, G), jd(F, "2023-25", PEEL, RESP, RI),
     jd(F, "2023-25", PEEL, INV, RI), jd(F, "2023-25", PEEL, PVP, A), jd(F, "2023-25", PEEL, MOS, G),
     jd(F, "2023-25", PEEL, WORK, A), jd(F, "2023-25", PEEL, LFM, A),
     jd(F, "2021/22", PEEL, PPT, A), jd(F, "2021/22", PEEL, PREV, G), jd(F, "2021/22", PEEL, RESP, I),
     jd(F, "2021/22", PEEL, INV, RI), jd(F, "2021/22", PEEL, PVP, RI), jd(F, "2021/22", PEEL, MOS, A)],
    afis=[
        st(F, "2023-25", PEEL, RESP, "The force should make sure that calls to its non-emergency number are answered promptly and that fewer callers abandon their call.", True),
        st(F, "2023-25", PEEL, INV, "The force should make sure that supervisors review investigations regularly and that their reviews give clear direction to investigators.", False),
        st(F, "2023-25", PEEL, MOS, "The force should improve how it shares information with partner agencies about registered sex offenders who are assessed as high risk.", True),
    ],
    people=[person("Martin Ashcroft", "inspector", HF, "HM Inspector of Constabulary"),
            person("Tomos Rhydderch", "chief-constable", F, "Chief Constable"),
            person("Eluned Price", "commissioner", F, "Police and Crime Commissioner")],
    notes=[
        "Grade cells are coloured by the force's own convention; the words are the grades. 'Previous grade (2021/22)' gives six 2021/22 judgements; the two '\u2013' cells give nothing.",
        "Victim service is not graded and serious and organised crime is inspected regionally: nothing. 'no causes of concern' and the counts (9 AFIs, 2 closed ...) give nothing.",
        "AFI 4's update cell is 'No update received from owner.': false.",
        "The 'Other inspection activity' table (vetting thematic, HM Inspectorate of Probation, custody inspection with HM Inspectorate of Prisons, IOPC) gives no PEEL facts; its RAG column is not a grade.",
        "South Wales Police and Dyfed-Powys Police are named in passing. 'Heddlu Gwent Police' in the banner is the bilingual name.",
    ]))

# nt07 -- Gloucestershire, Annual Governance Statement 2015/16 (TXT), PEEL 2015 (+2014)
F = "Gloucestershire Constabulary"
GOLDS.append(gold(
    "nt07.txt", "response-record", [F, "Avon and Somerset Constabulary", "Wiltshire Police"], [H],
    [insp(F, "2015", EFY, H), insp(F, "2015", LEG, H), insp(F, "2015", EFF, H), insp(F, "2014", EFY, H)],
    [jd(F, "2015", EFY, None, G), jd(F, "2015", LEG, None, G), jd(F, "2015", EFF, None, RI),
     jd(F, "2014", EFY, None, G),
     jd(F, "2015", EFF, PREV, G), jd(F, "2015", EFF, SOC, G), jd(F, "2015", EFF, INV, RI)],
    afis=[
        st(F, "2015", EFF, INV, "The constabulary should improve the quality of its investigations of serious and complex crime, and make sure that supervisors review them regularly.", True),
        st(F, "2015", LEG, "ethical-lawful-workforce", "The constabulary should make sure that all officers and staff complete training on the Code of Ethics.", False),
    ],
    people=[person("Rhiannon Tewkes", "chief-constable", F, "Chief Constable"),
            person("Henry Ashdown", "commissioner", F, "Police and Crime Commissioner")],
    notes=[
        "The financial year (1 April 2015 - 31 March 2016) and signature dates are not the period; the PEEL reports are '2015 PEEL reports'.",
        "'In 2014, HMIC had also graded the Constabulary's efficiency as good' states a 2014 Efficiency grade.",
        "'its investigation of crime and management of offenders requires improvement' -> investigating-crime.",
        "Internal audit 'reasonable assurance'/'partial assurance', Grant Thornton's unqualified opinion and the HMIC/HM Inspectorate of Prisons custody inspection give no PEEL facts.",
        "Issue 2's Action gives the force's action (true); Issue 3's is 'Not yet assigned.' (false).",
    ]))

# nt08 -- Thames Valley, Joint Independent Audit Committee (MD), PEEL 2017 (+2016)
F = "Thames Valley Police"
GOLDS.append(gold(
    "nt08.md", "response-record", [F, "Hampshire Constabulary"], [HF, H],
    [insp(F, "2017", EFY, HF), insp(F, "2017", LEG, HF), insp(F, "2017", EFF, HF), insp(F, "2016", LEG, H)],
    [jd(F, "2017", EFY, None, G), jd(F, "2017", LEG, None, G), jd(F, "2017", EFF, None, G),
     jd(F, "2017", EFF, PREV, G), jd(F, "2017", EFF, INV, G), jd(F, "2017", EFF, PVP, RI),
     jd(F, "2016", LEG, None, G)],
    afis=[
        st(F, "2017", EFF, PVP, "The force should make sure that all domestic abuse risk assessments are reviewed by a trained supervisor within 24 hours.", True),
        st(F, "2017", EFF, PVP, "The force should improve how it identifies repeat victims of crime when they first contact the police.", False),
        st(F, "2017", EFY, "planning-future", "The force should make sure its workforce plans are based on a full assessment of the skills its officers and staff will need in future.", True),
        st(F, "2016", LEG, "fair-treatment-public", "The force should make sure that officers understand what constitutes reasonable grounds for a stop and search.", True),
    ],
    people=[person("Malcolm Pryce", "chief-constable", F, "Chief Constable"),
            person("Robert Atherley", "commissioner", F, "Police and Crime Commissioner")],
    notes=[
        "Specialist capabilities 'were not graded' although 'good arrangements' are mentioned: no judgement.",
        "'when HMIC judged the force good for legitimacy' gives the 2016 Legitimacy grade (HMIC).",
        "Status words (Open, Closed, Superseded) and the count table are not grades. The Joint Operations Unit row (Hampshire Constabulary in passing) and the external auditor's (EY) row are not inspection facts.",
        "EFF17-02 update is '\u2013': false. LEG16-03 is a 2016 Legitimacy AFI carried on the tracker; stop and search -> fair-treatment-public.",
    ]))

# nt09 -- Derbyshire, tracker export (CSV), PEEL 2021/22
F = "Derbyshire Constabulary"
P = "2021/22"
GOLDS.append(gold(
    "nt09.csv", "response-record", [F], [HF],
    [insp(F, P, PEEL, HF)],
    [jd(F, P, PEEL, PPT, A), jd(F, P, PEEL, PREV, G), jd(F, P, PEEL, RESP, RI), jd(F, P, PEEL, INV, RI),
     jd(F, P, PEEL, PVP, A), jd(F, P, PEEL, LFM, A)],
    afis=[
        st(F, P, PEEL, PPT, "The force should make sure it records the reasons for every use of force, including when handcuffs are used.", True),
        st(F, P, PEEL, PREV, "The force should evaluate its problem-solving work so that it knows which approaches are effective.", True),
        st(F, P, PEEL, RESP, "The force should make sure that it attends incidents within the times it has set for each grade of call.", False),
        st(F, P, PEEL, INV, "The force should make sure that it records victims' reasons when they withdraw support for an investigation, and considers evidence-led prosecutions.", True),
        st(F, P, PEEL, PVP, "The force should make sure that officers attending domestic abuse incidents always consider using protective orders.", True),
        st(F, P, PEEL, LFM, "The force should improve how it measures the benefits of its change programme.", True),
    ],
    notes=[
        "Each AFI row gives its graded area and that area's grade, so six 2021/22 judgements. Areas with no AFI row are not stated.",
        "'Good use of resources' -> leadership-management; 'Treatment of the public' -> treatment-of-public.",
        "The IOPC row, the internal audit management action (limited assurance) and the national VAWG thematic recommendation addressed to all chief constables are not force PEEL facts. RAG and Status columns are not grades.",
        "P21-AFI-03 has an empty 'Latest update': false. The document is derived from no named person.",
        "check_gold.py reads a CSV as plain text, so a statement wrapped in CSV quotes or bounded by commas is reported as not found; see README.",
    ]))

# nt10 -- West Mercia, Joint Audit Committee annual report (PDF), PEEL 2023-25
F = "West Mercia Police"
GOLDS.append(gold(
    "nt10.pdf", "response-record", [F, "Warwickshire Police"], [HF],
    [insp(F, "2023-25", PEEL, HF), insp(F, "2021/22", PEEL, HF)],
    [jd(F, "2023-25", PEEL, MOS, G), jd(F, "2023-25", PEEL, PPT, A), jd(F, "2023-25", PEEL, PREV, A),
     jd(F, "2023-25", PEEL, WORK, A), jd(F, "2023-25", PEEL, INV, RI), jd(F, "2023-25", PEEL, PVP, RI),
     jd(F, "2023-25", PEEL, LFM, RI), jd(F, "2023-25", PEEL, RESP, I),
     jd(F, "2021/22", PEEL, RESP, RI)],
    recs=[
        st(F, "2023-25", PEEL, RESP, "By 31 July 2024, the force should answer 90 percent of emergency calls within ten seconds.", True),
        st(F, "2023-25", PEEL, RESP, "By 31 July 2024, the force should make sure that a structured risk assessment is completed and recorded for every call for service.", True),
    ],
    coc=[st(F, "2023-25", PEEL, RESP, "West Mercia Police is not answering emergency and non-emergency calls quickly enough, and it does not consistently assess the risk to callers, which means that some vulnerable people do not receive the help they need in time.", False)],
    people=[person("Gareth Penrose", "commissioner", F, "Police and Crime Commissioner"),
            person("Alistair Brookes", "chief-constable", F, "Temporary Chief Constable", "temporary"),
            person("Roy Marchetti", "inspector", HF, "His Majesty's Inspector of Constabulary")],
    notes=[
        "The grades are in one prose sentence with semicolon-separated groups ('adequate at police powers and public treatment, at preventing crime and at building, supporting and protecting its workforce').",
        "'had graded responding to the public as requires improvement' in the 2021/22 report gives a 2021/22 judgement.",
        "The cause of concern's own box has no update; the March 2024 progress answers the two recommendations (true). The 11 AFIs are only counted.",
        "Hereford & Worcester Fire and Rescue Service's 'good' is a fire inspection; internal audit assurance levels, the disclaimed audit opinion, the RAG 'green' and the risk score are distractors. Warwickshire Police is named in passing.",
        "Meeting dates (2023-2024) and the 2023/24 reporting year are not the period.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("wrote", len(GOLDS), "gold files")


if __name__ == "__main__":
    main()
