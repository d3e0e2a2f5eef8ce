"""Write gold/ms01.json ... gold/ms10.json for corpus99 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py
"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
EFF, EFC, LEG, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "PEEL"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"


def insp(force, period, pillar=PEEL, inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar=PEEL):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g} for q, g in pairs]


def stmt(force, period, question, text, update=False, pillar=PEEL):
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

# ms01 -- Westminster Hall debate (HTML), Devon and Cornwall, PEEL 2023-25
F = "Devon and Cornwall Police"
GOLDS.append(gold(
    "ms01.html", "national-release", [F, "Dorset Police"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122)],
    grades(F, P2325, [(RESP, I), (INV, RI), (PVP, A), (PREV, G), (PPT, A)])
    + grades(F, P2122, [(RESP, RI)]),
    afis=[
        stmt(F, P2325, INV, "The force should make sure that supervisors review investigations regularly and "
             "that victims are updated in line with the victims\u2019 code of practice."),
        stmt(F, P2325, PREV, "The force should improve how it identifies repeat victims of anti-social "
             "behaviour, so that officers can put the right support in place."),
    ],
    coc=[stmt(F, P2325, RESP, "The force is not answering emergency and non-emergency calls quickly enough, "
              "and it does not always assess the risk to callers when it first speaks to them. This means "
              "some vulnerable people wait too long for help.", True)],
    people=[
        person("Adrian Colebrook", "chief-constable", F, "Chief Constable"),
        person("Morwenna Tresize", "commissioner", F, "police and crime commissioner"),
        person("Rowan Pellingham", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "The mover's speech gives the 2023-25 grades in prose. The Conservative Member's 'good grade for "
        "treatment of the public' is contradicted at once ('the report did not say that. It judged the force "
        "adequate at treating the public fairly'), so treatment-of-public is Adequate only.",
        "'When the force was inspected in 2021/22 it was already judged to require improvement in responding "
        "to the public' gives a 2021/22 judgement; the document names no inspectorate for it (null).",
        "The cause of concern and both AFIs are quoted as indented paragraphs (Hansard style, no quote marks). "
        "The cause of concern has_force_update true: the Chief Constable's response (40 officers moved into "
        "the contact centre, reported by a Member) and the force's call-handling plan (reported by the "
        "Minister) answer it. The AFIs get no response. Unsure: the update is second-hand.",
        "The repeat-ASB-victim AFI is keyed preventing-crime (anti-social behaviour); the debate gives no "
        "section heading.",
        "Not facts: the Minister and Members (not inspectors, commissioners or chief officers); Devon and "
        "Somerset Fire and Rescue Service's 'good'; the grading scale sentence; 'engage phase'. Dorset Police "
        "is named in passing with no grade.",
    ]))

# ms02 -- Written question (TXT), Gloucestershire, PEEL 2018/19
F = "Gloucestershire Constabulary"
GOLDS.append(gold(
    "ms02.txt", "national-release", [F, "Avon and Somerset Constabulary", "Wiltshire Police"], [HF],
    [insp(F, P1819, inspectorate=HF)],
    grades(F, P1819, [(None, RI)]),
    afis=[stmt(F, P1819, INV, "The constabulary should make sure it has enough trained investigators to "
               "meet demand, and that complex cases are allocated to staff with the right skills.", True)],
    people=[person("Rhiannon Gale", "chief-constable", F, "Chief Constable")],
    also={"judgements": grades(F, P1819, [(None, RI)], pillar=EFF) + grades(F, P1819, [(None, RI)], pillar=EFC)
          + grades(F, P1819, [(None, G)], pillar=LEG)},
    notes=[
        "2018/19 follows dev12: the overall grade ('to require improvement overall') is a PEEL judgement with "
        "question null. The pillar grades are given by paraphrase ('how effectively it keeps people safe', "
        "'how efficiently it operates', 'treating the public and its workforce legitimately'), so they are "
        "in also_acceptable with pillar Effectiveness / Efficiency / Legitimacy.",
        "The AFI is keyed investigating-crime (the 2015-17 Effectiveness key, allowed for 2018/19 PEEL). "
        "has_force_update true: the Minister reports the Chief Constable's account of the detective "
        "recruitment programme.",
        "The asking Member and the answering Minister are not person facts; the PCC is unnamed. Avon and "
        "Somerset and Wiltshire are named in passing. 'Inspectorate of Constabulary and Fire & Rescue "
        "Services' and 'HMICFRS' both name HMICFRS.",
    ]))

# ms03 -- Commons Library briefing (PDF), East Midlands, 2015 pillars
FS = ["Derbyshire Constabulary", "Leicestershire Police", "Lincolnshire Police", "Northamptonshire Police",
      "Nottinghamshire Police"]
T = {"Derbyshire Constabulary": (G, G, G), "Leicestershire Police": (G, G, G),
     "Lincolnshire Police": (RI, O, G), "Northamptonshire Police": (RI, RI, G),
     "Nottinghamshire Police": (RI, G, G)}
ins, jud = [], []
for f in FS:
    for pil, gr in zip((EFF, EFC, LEG), T[f]):
        ins.append(insp(f, "2015", pil, H))
        jud += grades(f, "2015", [(None, gr)], pillar=pil)
ins.append(insp("Northamptonshire Police", "2014", EFC, H))
jud += grades("Nottinghamshire Police", "2015", [(PVP, RI)], pillar=EFF)
jud += grades("Northamptonshire Police", "2014", [(None, RI)], pillar=EFC)
GOLDS.append(gold(
    "ms03.pdf", "national-release", FS, [H], ins, jud,
    afis=[stmt("Nottinghamshire Police", "2015", PVP, "The force should ensure that officers attending "
               "domestic abuse incidents complete risk assessments accurately and that high-risk cases are "
               "referred without delay to the multi-agency risk assessment conference.", pillar=EFF)],
    people=[person("Marcus Elsworth", "inspector", H, "HM Inspector of Constabulary")],
    also={"inspections": [insp("Derbyshire Constabulary", "2014", EFC, H)],
          "judgements": grades("Derbyshire Constabulary", "2014", [(None, G)], pillar=EFC)},
    notes=[
        "Table 1 gives 15 pillar judgements for 2015 (HMIC). Prose adds Nottinghamshire's 'requires "
        "improvement in how it protects vulnerable people from harm and supports victims' "
        "(protecting-vulnerable) and Northamptonshire's 2014 efficiency ('also judged to require "
        "improvement for efficiency').",
        "'Derbyshire's efficiency judgment was the same in both years' names no grade for 2014: the 2014 "
        "Derbyshire judgement and inspection are in also_acceptable only (same-as-last-year rule).",
        "Box 1 names every grade word, including 'adequate' (which it says HMIC does not use): no judgement. "
        "National counts ('five forces outstanding ... and 33 good') name no force. The East Midlands Special "
        "Operations Unit is not a force. Footnote titles name forces already graded.",
        "The quoted Nottinghamshire AFI has no update (a Library paper reports, it does not respond).",
    ]))

# ms04 -- Home Affairs Committee oral evidence (DOCX), Bedfordshire, Effectiveness 2016
F = "Bedfordshire Police"
GOLDS.append(gold(
    "ms04.docx", "national-release", [F, "Hertfordshire Constabulary", "Cambridgeshire Constabulary"], [H],
    [insp(F, "2016", EFF, H), insp(F, "2016", EFC, H), insp(F, "2016", LEG)],
    grades(F, "2016", [(None, RI), (PREV, G), ("serious-organised-crime", G), (INV, RI), (PVP, RI)],
           pillar=EFF)
    + grades(F, "2016", [(None, G)], pillar=EFC) + grades(F, "2016", [(None, G)], pillar=LEG),
    afis=[stmt(F, "2016", INV, "The force should ensure that investigations are supervised effectively, and "
               "that supervisors record clear plans and review progress at regular intervals.", True, EFF)],
    recs=[stmt(F, "2016", PVP, "Within three months, the force should review how its control room assesses "
               "risk, so that every call from a vulnerable victim is identified and graded correctly.", True, EFF)],
    coc=[stmt(F, "2016", PVP, "HMIC is concerned that Bedfordshire Police does not always identify vulnerable "
              "victims when they first contact the force, and as a result some victims do not receive the "
              "support they need.", True, EFF)],
    people=[
        person("Wendy Ashcombe", "inspector", H, "HM Inspector of Constabulary"),
        person("Colette Brampton", "chief-constable", F, "Chief Constable"),
        person("Kevin Aspinall", "commissioner", F, "Police and Crime Commissioner for Bedfordshire"),
    ],
    notes=[
        "The HMI's answer to Q1 gives the 2016 effectiveness grades; specialist capabilities is 'not graded'. "
        "Efficiency 'good ... in November' is the 2016 efficiency inspection (HMIC, the witness's "
        "inspectorate). The PCC's 'judged good for legitimacy last year' (evidence taken March 2017) gives a "
        "2016 legitimacy grade; no inspectorate is stated for it (null).",
        "The cause of concern and recommendation are read out (Word 'Quote' style). The Chief Constable "
        "answers both (Q4), and the supervision AFI (Q5), so all three have has_force_update true. The "
        "recommendation's question follows its cause of concern (protecting-vulnerable).",
        "People: titles follow the names in the witness list, so they are kept in full. Committee members "
        "are not person facts; the Assistant Chief Constable is unnamed. Bedfordshire Fire and Rescue Service "
        "and 'requires improvement' in Q6 (about the same grade) add nothing. Hertfordshire and "
        "Cambridgeshire are collaboration partners named in passing. The page header is not body text.",
    ]))

# ms05 -- Senedd plenary (MD), North Wales, PEEL 2021/22
F = "North Wales Police"
GW = "Gwent Police"
GOLDS.append(gold(
    "ms05.md", "national-release", [F, GW, "Dyfed-Powys Police", "South Wales Police"], [HF],
    [insp(F, P2122, inspectorate=HF), insp(GW, P2122)],
    grades(F, P2122, [(PREV, G), (PPT, G), (RESP, RI), (INV, A), (PVP, G), (WORK, G)])
    + grades(GW, P2122, [(PVP, RI)]),
    afis=[stmt(F, P2122, RESP, "The force should make sure that it answers non-emergency calls promptly and "
               "that callers who abandon their call are contacted again where there is a risk of harm.", True)],
    people=[
        person("Gareth Vaughan-Lloyd", "chief-constable", F, "chief constable"),
        person("Rhodri Pennant", "commissioner", F, "police and crime commissioner"),
    ],
    notes=[
        "The North Wales report is not given a period in words; it was published on 20 September 2022 by "
        "HMICFRS, which is within the PEEL 2021/22 cycle, and a Member contrasts it with Gwent's 'own 2021/22 "
        "inspection'. Gwent's 2021/22 inspectorate is not stated (null).",
        "'developing a positive workplace' -> workforce; 'treating the public fairly' -> treatment-of-public.",
        "has_force_update true: the Minister reports what the chief constable told her about call handlers "
        "and call-backs for that AFI.",
        "Members of the Senedd and the Minister are not person facts. Dyfed-Powys and South Wales are named in "
        "passing. The Welsh sentence and '(Translated)' markers are distractors.",
    ]))

# ms06 -- MP's letter to the Chief Constable (HTML), Warwickshire, PEEL 2021/22
F = "Warwickshire Police"
GOLDS.append(gold(
    "ms06.html", "press-release", [F, "West Mercia Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, G), (PREV, A), (RESP, A), (WORK, A), (INV, RI), (PVP, RI), (LFM, RI)]),
    afis=[
        stmt(F, P2122, INV, "The force should make sure that victims are kept informed about the progress of "
             "their case, and that it records whether a victim wants to support a prosecution.", True),
        stmt(F, P2122, MOS, "The force should improve how it manages the risk posed by registered sex "
             "offenders, including making sure that visits take place when they are due."),
        stmt(F, P2122, LFM, "The force should develop a clear plan for its workforce and its finances that "
             "shows how it will meet future demand after the end of its alliance with West Mercia Police."),
    ],
    people=[
        person("Peter Harrowby", "chief-constable", F, "Chief Constable"),
        person("Philippa Ashdown", "commissioner", F, "Police and Crime Commissioner for Warwickshire"),
    ],
    notes=[
        "Genre: an MP's letter posted on the MP's site, closest to a press release.",
        "'making good use of its resources' is the 2021/22 area 'good use of resources' -> "
        "leadership-management, graded requires improvement; its 'good' is not a grade. 'developing a "
        "positive workplace' -> workforce.",
        "AFI keys: the sex-offender AFI is keyed managing-offenders (its subject), although the letter lists "
        "it after 'protecting vulnerable people'; the workforce/finance plan -> leadership-management. "
        "Unsure: a grader could key the second as protecting-vulnerable.",
        "has_force_update: the 'Update' box reports the Chief Constable's reply on victim updates only and "
        "says it 'did not address' the other two.",
        "Philippa Ashdown's title follows her name, so it is kept in full. West Mercia Police is named in "
        "passing. The MP is not a person fact.",
    ]))

# ms07 -- Home Affairs Committee report (PDF), 2017 pillars
M, N, SY, NF, TV = ("Merseyside Police", "Northumbria Police", "South Yorkshire Police", "Norfolk Constabulary",
                    "Thames Valley Police")
GOLDS.append(gold(
    "ms07.pdf", "national-release", [M, N, SY, NF, TV, "Lancashire Constabulary"], [HF, H],
    [insp(M, "2017", EFF, HF), insp(N, "2017", LEG, HF), insp(SY, "2017", EFF, HF), insp(NF, "2017", EFC, HF),
     insp(TV, "2017", EFC, HF), insp(M, "2016", EFC, H)],
    grades(M, "2017", [(None, G), (PVP, G)], EFF) + grades(N, "2017", [(None, G)], LEG)
    + grades(SY, "2017", [(None, RI), (INV, RI)], EFF) + grades(NF, "2017", [(None, O)], EFC)
    + grades(TV, "2017", [(None, G)], EFC) + grades(M, "2016", [(None, G)], EFC),
    afis=[stmt(SY, "2017", INV, "The force should ensure that all investigations are allocated to officers "
               "with the appropriate skills and that the volume of investigations held by each officer is "
               "monitored.", True, EFF)],
    people=[
        person("Thomas Winsor", "inspector", HF, "HM Chief Inspector of Constabulary"),
        person("Andrew Pellow", "chief-constable", M, "Chief Constable"),
    ],
    notes=[
        "Box 3 gives five 2017 pillar judgements (HMICFRS, named in the box source line). Prose adds South "
        "Yorkshire's investigating-crime grade, Merseyside's protecting-vulnerable grade (from the Chief "
        "Constable's evidence) and Merseyside's 2016 efficiency grade 'by ... HMIC' (inspectorate HMIC).",
        "The South Yorkshire AFI has_force_update true: the force's written evidence on its allocation policy "
        "follows it.",
        "Paragraph 66 is the Committee's own recommendation to HMICFRS and the Home Office, not a PEEL "
        "recommendation. The grading-scale sentence gives nothing. Lancashire is named in passing.",
        "Sir Thomas Winsor: 'Sir' dropped; the title follows the name, kept as written. 'The Chief Constable "
        "of Merseyside, Andrew Pellow' is title-first, so the title is the office alone. Footnote report "
        "titles repeat named forces.",
    ]))

# ms08 -- Lords oral question (DOCX), 2014
SU, CA = "Suffolk Constabulary", "Cambridgeshire Constabulary"
GOLDS.append(gold(
    "ms08.docx", "national-release", [SU, CA, "Norfolk Constabulary"], [H],
    [insp(SU, "2014", EFC, H), insp(CA, "2014", EFF, H)],
    grades(SU, "2014", [(None, G)], EFC) + grades(CA, "2014", [(PREV, RI)], EFF),
    afis=[stmt(CA, "2014", PREV, "The constabulary should develop a clear understanding of the demand it "
               "faces in rural communities, and ensure that neighbourhood officers are not routinely taken away "
               "from their areas to cover response duties.", True, EFF)],
    people=[person("Alec Denholm", "chief-constable", CA, "Chief Constable")],
    notes=[
        "Period 2014: HMIC's first PEEL judgements (efficiency 'last month', effectiveness 'the same week', in a "
        "question asked on 4 December 2014).",
        "Cambridgeshire 'required improvement in how it reduces crime and prevents offending' is a question "
        "grade (preventing-crime); no overall effectiveness grade is given. The AFI is quoted in Word's Quote "
        "style. has_force_update true: the Minister reports the Chief Constable's plan and the ring-fenced "
        "rural beat officers.",
        "Norfolk ('collaboration with Norfolk') is named in passing. 'Good value for money', 'a good service' "
        "and the grading-scale sentence give nothing. Sir Thomas Winsor is named with no title here and is "
        "not a person fact; peers and the Minister are not person facts. The page footer is not body text.",
    ]))

# ms09 -- Commons adjournment debate (TXT), Lincolnshire, Efficiency and Legitimacy 2016
F = "Lincolnshire Police"
GOLDS.append(gold(
    "ms09.txt", "national-release", [F, "Humberside Police"], [H],
    [insp(F, "2016", EFC, H), insp(F, "2016", LEG, H), insp(F, "2015", EFC, H)],
    grades(F, "2016", [(None, G), ("planning-future", O), ("understanding-demand", G), ("using-resources", G)], EFC)
    + grades(F, "2016", [(None, G), ("fair-treatment-public", G), ("ethical-lawful-workforce", G)], LEG)
    + grades(F, "2015", [(None, O)], EFC),
    afis=[stmt(F, "2016", "understanding-demand", "The force should improve its understanding of demand that "
               "is less likely to be reported, such as modern slavery and child sexual exploitation, so that it "
               "can make sure it has the right resources in place.", True, EFC)],
    people=[
        person("Bernadette Quarrie", "chief-constable", F, "Chief Constable"),
        person("Malcolm Ingleby", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "'A year ago, HMIC judged the force outstanding for efficiency' gives the 2015 efficiency grade "
        "(consistent with ms03). 'in using its resources to manage that demand' -> using-resources.",
        "Legitimacy 2016: 'good at treating people fairly and with respect' (fair-treatment-public) comes from "
        "an intervention, and the mover adds 'good overall' and 'good at making sure its workforce behaves "
        "ethically and lawfully'.",
        "has_force_update true: 'The force tells me that it has appointed an analyst' answers the quoted AFI.",
        "Members and the Minister are not person facts. Humberside Police is named in passing. The Minister's "
        "'good across the board' and the grading-scale sentence add nothing.",
    ]))

# ms10 -- Commons Library data download (CSV), North East, PEEL 2021/22
NB, DU = "Northumbria Police", "Durham Constabulary"
KEYS = [PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM]
GOLDS.append(gold(
    "ms10.csv", "national-release", [NB, DU, "Cleveland Police"], [HF],
    [insp(NB, P2122, inspectorate=HF), insp(DU, P2122, inspectorate=HF)],
    grades(NB, P2122, list(zip(KEYS, [G, G, RI, A, A, G, A, A])))
    + grades(DU, P2122, list(zip(KEYS, [O, G, G, G, A, G, G, RI]))),
    notes=[
        "One row per force and area. Victim service assessment is 'Not graded' and gives nothing. 'Engaging "
        "with and treating the public with fairness and respect' -> treatment-of-public; 'Developing a "
        "positive workplace' -> workforce; 'Good use of resources' -> leadership-management (its 'Good' is "
        "not a grade).",
        "Cleveland Police is named in the source note as not included: a force in passing. The five-point "
        "scale sentence gives nothing. pfa_code values are ONS-style codes, not force names.",
    ]))

os.makedirs(GOLD, exist_ok=True)
for g in GOLDS:
    path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(g, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
print("wrote", len(GOLDS), "gold files")
