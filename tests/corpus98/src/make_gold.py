"""Write gold/mr01.json ... gold/mr10.json (format: shared/corpus/GOLD-FORMAT.md). Standard library only."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
HF, H = "HMICFRS", "HMIC"


def insp(f, p, pil="PEEL", i=None):
    return {"force": f, "period": p, "pillar": pil, "inspectorate": i}


def jd(f, p, pil, pairs):
    return [{"force": f, "period": p, "pillar": pil, "question": q, "grade": g} for q, g in pairs]


def st(f, p, pil, q, text, upd):
    return {"force": f, "period": p, "pillar": pil, "question": q, "text": text, "has_force_update": upd}


def pe(name, role, org, title, q=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": q}


def gold(doc, forces, insps, inspections, judg, afi=(), rec=(), coc=(), people=(), also=None, notes=None):
    g = {"document": doc, "genre": "press-release", "encoding": "utf-8", "forces": forces,
         "inspectorates": insps, "inspections": inspections, "judgements": judg,
         "areas_for_improvement": list(afi), "recommendations": list(rec),
         "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


OUT = {}
# mr01 / mr02: West Mercia PCC newsletter (HTML and its plain-text alternative)
F, P = "West Mercia Police", "2021/22"
wm = dict(
    forces=[F, "Warwickshire Police"], insps=[HF], inspections=[insp(F, P, i=HF)],
    judg=jd(F, P, "PEEL", [("preventing-crime", G), ("managing-offenders", G), ("treatment-of-public", A),
                           ("protecting-vulnerable", A), ("workforce", A), ("investigating-crime", RI),
                           ("responding-to-public", RI), ("leadership-management", RI)]),
    afi=[st(F, P, "PEEL", "responding-to-public", "The force should make sure that calls for service are answered promptly, and that callers who wait are told how long they can expect to wait.", True),
         st(F, P, "PEEL", "investigating-crime", "The force should make sure that its investigations are properly supervised and that victims are updated regularly.", False)],
    people=[pe("Marcus Thorne-Ellery", "commissioner", F, "Police and Crime Commissioner for West Mercia"),
            pe("Hermione Daley", "inspector", HF, "Her Majesty's Inspector of Constabulary"),
            pe("Alun Gethin", "chief-constable", F, "Chief Constable")],
    notes=["'Good use of resources' (2021/22 area name) -> leadership-management; its 'Good' is not a grade. 'Developing a positive workplace' -> workforce.",
           "has_force_update: the Chief Constable's contact-centre answer responds to the calls AFI only; the investigations AFI has no update.",
           "'good practice' (schools) and the budget years are distractors. Warwickshire Police is named in passing with no grade.",
           "The PCC is named name-first with his title on the next line, so the title is 'Police and Crime Commissioner for West Mercia'."])
OUT["mr01"] = gold("mr01.html", **wm)
OUT["mr02"] = gold("mr02.txt", **wm)
OUT["mr02"]["notes"] = wm["notes"] + ["Plain-text alternative of mr01: the two AFIs are hard-wrapped and each line starts with an e-mail quote marker '> '. The gold text leaves the markers out (they are not words); check_gold does not strip '>' and so reports the two texts as not found."]

# mr03: LNWA newsletter (PDF), Met 2021/22
F, P = "Metropolitan Police Service", "2021/22"
OUT["mr03"] = gold("mr03.pdf", [F, "City of London Police"], [HF], [insp(F, P, i=HF)],
    jd(F, P, "PEEL", [("responding-to-public", I), ("investigating-crime", RI), ("protecting-vulnerable", RI),
                      ("managing-offenders", RI), ("leadership-management", RI), ("preventing-crime", A),
                      ("treatment-of-public", A), ("workforce", A)]),
    coc=[st(F, P, "PEEL", "responding-to-public", "The Metropolitan Police Service does not answer enough emergency and non-emergency calls quickly enough, and it does not always assess the risk to callers properly when they first make contact.", True)],
    rec=[st(F, P, "PEEL", "responding-to-public", "Improve the speed with which it answers 999 and 101 calls, so that it meets the national standards, and make sure that call handlers use a structured risk assessment on every call.", True)],
    people=[pe("Graham Lessing", "chief-constable", F, "Commissioner")],
    notes=["Grades are in prose: 'rated as requiring improvement for investigating crime, for protecting vulnerable people, for managing offenders and suspects and for its use of resources' (use of resources -> leadership-management).",
           "The recommendation's lead-in ('within six months, the force should:') is outside the box; the text is the boxed words only, since the lead-in is the newsletter's framing.",
           "has_force_update true for both: the Commissioner's reported reply (300 extra call handlers) answers the calls finding. Unsure: it is reported by the Watch association, not a formal update.",
           "The grading key names all five grades and gives nothing. City of London Police: in passing, not inspected. 'Engage' is not a grade. 'good practice' is a distractor."])

# mr04: Kent PCC stakeholder bulletin (DOCX), Effectiveness 2017
F = "Kent Police"
OUT["mr04"] = gold("mr04.docx", [F, "Essex Police"], [H, HF],
    [insp(F, "2017", "Effectiveness", HF), insp(F, "2016", "Effectiveness", H)],
    jd(F, "2017", "Effectiveness", [(None, G), ("preventing-crime", G), ("investigating-crime", G),
                                    ("protecting-vulnerable", G), ("serious-organised-crime", G)])
    + jd(F, "2016", "Effectiveness", [(None, G)]),
    afi=[st(F, "2017", "Effectiveness", "protecting-vulnerable", "The force should improve the way it records and reviews the risk to missing children, so that repeat episodes are recognised sooner.", True)],
    people=[pe("Matthew Parr-Hollis", "inspector", HF, "HM Inspector of Constabulary"),
            pe("Rosalind Pargeter", "commissioner", F, "Police and Crime Commissioner"),
            pe("Declan Moorcroft", "chief-constable", F, "Chief Constable")],
    notes=["'as it was in 2016, when HMIC also judged its effectiveness to be good' gives the 2016 grade word, so a 2016 Effectiveness judgement (HMIC).",
           "Specialist capabilities 'reviewed but not graded': nothing. The page header (not body) names the PCC's office.",
           "Assistant Chief Constable Nadia Okafor is not a person fact. Kent Fire and Rescue Service and Essex Police (partner) give nothing else."])

# mr05: Durham staff bulletin (Markdown), PEEL 2018/19
F, P = "Durham Constabulary", "2018/19"
OUT["mr05"] = gold("mr05.md", [F, "Cleveland Police"], [HF], [insp(F, P, i=HF)],
    jd(F, P, "PEEL", [("preventing-crime", O), ("protecting-vulnerable", G), ("planning-future", G),
                      ("fair-treatment-public", O)]),
    afi=[st(F, P, "PEEL", "fair-treatment-workforce", "The constabulary should make sure it understands the wellbeing needs of staff working in the control room, and that supervisors have the time to act on them.", True)],
    people=[pe("Helen Brackenbury", "chief-constable", F, "Chief Constable"),
            pe("Ravi Sandhu", "chief-constable", F, "Deputy Chief Constable", "deputy"),
            pe("Stephen Dunnery", "commissioner", F, "Police and Crime Commissioner")],
    also={"judgements": jd(F, P, "Effectiveness", [(None, O)]) + jd(F, P, "Legitimacy", [(None, O)])
          + jd(F, P, "Efficiency", [(None, G)])},
    notes=["As dev12: every 2018/19 grade and statement has pillar PEEL; the three pillar grades in the prose are in also_acceptable.",
           "Question rows map to 2015-17 keys: 'Treating the public fairly' -> fair-treatment-public; the wellbeing AFI -> fair-treatment-workforce.",
           "has_force_update true: the DCC's team 'is already working on' it and a wellbeing action plan is named.",
           "'The Deputy Chief Constable's team' (unnamed) first, then 'Deputy Chief Constable Ravi Sandhu'. Cleveland Police is named in passing."])

# mr06: Surrey NHW e-bulletin (PDF), 2023-25
F, P = "Surrey Police", "2023-25"
OUT["mr06"] = gold("mr06.pdf", [F, "Sussex Police"], [HF], [insp(F, P, i=HF), insp(F, "2021/22")],
    jd(F, P, "PEEL", [("treatment-of-public", G), ("preventing-crime", G), ("responding-to-public", A),
                      ("investigating-crime", RI), ("protecting-vulnerable", A), ("managing-offenders", G),
                      ("workforce", A), ("leadership-management", G)])
    + jd(F, "2021/22", "PEEL", [("preventing-crime", O)]),
    afi=[st(F, P, "PEEL", "investigating-crime", "The force should make sure that victims of neighbourhood crime are given a named point of contact and are told when their investigation is closed.", True)],
    people=[pe("Annabel Crewe", "commissioner", F, "Commissioner"),
            pe("Tom Aldridge-Neve", "chief-constable", F, "Chief Constable")],
    notes=["'in 2021/22 the force was graded outstanding for preventing crime' gives a 2021/22 judgement; no inspectorate is named for it, so null.",
           "Surrey Fire and Rescue Service's 'requires improvement' is a fire inspection: nothing. ACC Marcus Pollard gives the update but is not a person fact.",
           "Annabel Crewe is first named 'Commissioner Annabel Crewe', so title 'Commissioner'. Sussex Police is named in passing."])

# mr07: Nottinghamshire Alert message (HTML), Efficiency 2015
F, P = "Nottinghamshire Police", "2015"
OUT["mr07"] = gold("mr07.html", [F, "Leicestershire Police"], [H], [insp(F, P, "Efficiency", H)],
    jd(F, P, "Efficiency", [(None, RI), ("understanding-demand", G), ("using-resources", RI), ("planning-future", RI)]),
    afi=[st(F, P, "Efficiency", "planning-future", "The force should develop a clear plan for how it will make its remaining savings, and make sure it is linked to its workforce plan.", True),
         st(F, P, "Efficiency", "using-resources", "The force should make better use of the shared services it has with Leicestershire Police and other East Midlands forces.", True)],
    people=[pe("Rachel Penhaligon", "inspector", H, "HM Inspector of Constabulary"),
            pe("Gareth Hanlon-Price", "chief-constable", F, "Chief Constable")],
    notes=["The question grades are in a table of question wordings; mapped to understanding-demand, using-resources, planning-future.",
           "The AFIs sit under no question heading; each is keyed by its subject. has_force_update true: the Chief Constable's quote answers both (savings plan; reviewing regional collaboration).",
           "The 2014 crime inspection is mentioned with no grade: nothing. The sender (communications officer) is not a person fact."])

# mr08: Dyfed-Powys PCC newsletter plain text, Legitimacy 2016
F = "Dyfed-Powys Police"
OUT["mr08"] = gold("mr08.txt", [F, "North Wales Police"], [H],
    [insp(F, "2016", "Legitimacy", H), insp(F, "2015", "Legitimacy", H)],
    jd(F, "2016", "Legitimacy", [(None, G), ("fair-treatment-public", G), ("ethical-lawful-workforce", RI),
                                 ("fair-treatment-workforce", G)]) + jd(F, "2015", "Legitimacy", [(None, G)]),
    afi=[st(F, "2016", "Legitimacy", "ethical-lawful-workforce", "The force should improve its ability to identify and manage the risk of corruption by: making sure that all officers and staff have been vetted to the right level for their post; and increasing the capacity of its counter-corruption unit to gather and act on intelligence.", True)],
    people=[pe("Gwilym ap Rhys", "commissioner", F, "Police and Crime Commissioner for Dyfed-Powys")],
    notes=["The newsletter (February 2017) reports the 2016 legitimacy inspection; it never says '2016'. The period is that of the PEEL legitimacy report published in the winter of 2016/17.",
           "'Last year HMIC also judged the force to be good' gives a 2015 Legitimacy judgement.",
           "The AFI is a lead-in with two sub-bullets, joined. has_force_update true: 'The force has told me that the vetting backlog will be cleared'.",
           "Heddlu Dyfed-Powys is an alias. North Wales Police is named in passing."])

# mr09: Staffordshire Commissioner's Update (DOCX), 2021/22
F, P = "Staffordshire Police", "2021/22"
OUT["mr09"] = gold("mr09.docx", [F], [HF], [insp(F, P, i=HF)],
    jd(F, P, "PEEL", [("preventing-crime", A), ("treatment-of-public", A), ("workforce", A),
                      ("managing-offenders", RI), ("leadership-management", RI), ("protecting-vulnerable", RI),
                      ("investigating-crime", I), ("responding-to-public", I)]),
    coc=[st(F, P, "PEEL", "investigating-crime", "Staffordshire Police is not investigating crimes effectively, and too many victims do not receive the service they should.", False)],
    rec=[st(F, P, "PEEL", "investigating-crime", "Within three months, the force should make sure that every investigation has a clear plan and is allocated to an officer with the right skills.", True),
         st(F, P, "PEEL", "investigating-crime", "Within six months, the force should reduce the number of open investigations that have had no supervisory review for more than 28 days.", False)],
    people=[pe("Lionel Haughton", "commissioner", F, "Staffordshire Commissioner for Police, Fire and Rescue and Crime"),
            pe("Priya Menon-Hart", "chief-constable", F, "Chief Constable")],
    notes=["The grades table has columns by grade band; the 'Adequate' column lists three areas, and the last column labels its two grades inline. 'Outstanding / Good: None' gives nothing.",
           "'Good use of resources' -> leadership-management; 'Developing a positive workplace' -> workforce; 'Managing offenders' -> managing-offenders.",
           "has_force_update: the force update is 'against the first recommendation' only; the cause of concern and the second recommendation have none.",
           "Staffordshire Fire and Rescue Service 'rated good for effectiveness' is a fire inspection: nothing. The footer is not body text."])

# mr10: Wiltshire Community Messaging (plain text), 2023-25
F, P = "Wiltshire Police", "2023-25"
OUT["mr10"] = gold("mr10.txt", [F, "Avon and Somerset Constabulary", "Dorset Police"], [HF],
    [insp(F, P, i=HF), insp(F, "2021/22")],
    jd(F, P, "PEEL", [("responding-to-public", A), ("preventing-crime", G), ("treatment-of-public", G),
                      ("investigating-crime", RI), ("protecting-vulnerable", A), ("managing-offenders", A),
                      ("workforce", A), ("leadership-management", RI)])
    + jd(F, "2021/22", "PEEL", [("responding-to-public", I)]),
    afi=[st(F, P, "PEEL", "investigating-crime", "the force should improve how it records the outcomes of investigations, so that victims understand why a case has been closed.", False)],
    people=[pe("Kier Pritchard-Vale", "chief-constable", F, "Chief Constable"),
            pe("Philippa Wroughton", "commissioner", F, "Police and Crime Commissioner")],
    notes=["The AFI is reported in prose ('the inspectors say that the force should ...'); its text starts at 'the force should'. The Chief Constable's general remark is not an update to it.",
           "'In 2021/22 the force was graded inadequate for responding to the public' gives a 2021/22 judgement, inspectorate not named (null).",
           "The five-point-scale sentence gives nothing. Avon and Somerset and Dorset are named in passing. The sender is not a person fact."])

os.makedirs(GOLD, exist_ok=True)
for k, g in OUT.items():
    with open(os.path.join(GOLD, k + ".json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
print("wrote", len(OUT))
