"""Write gold/lz01.json ... gold/lz10.json (typed in by hand as Python data).

    python3 src/make_gold.py
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

with open("/work/shared/corpus/forces.csv", newline="", encoding="utf-8") as fh:
    ALL = [r["name"] for r in csv.DictReader(fh)]
ALL43 = [n for n in ALL if n != "British Transport Police"]

H, HF = "HMIC", "HMICFRS"
P15, P16, P17, P1819, P2122, P2325 = "2015", "2016", "2017", "2018/19", "2021/22", "2023-25"
EFF, EFC, LEG, LDR, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "Leadership", "PEEL"
PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM, CDI, SOC = (
    "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime",
    "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management",
    "crime-recording", "serious-organised-crime")
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
UD, UR, PF = "understanding-demand", "using-resources", "planning-future"
O, G, A, RI, I = "Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"


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


def forces_first(main, others):
    """The document's own force(s) first, then every other force it names, in csv order."""
    return list(main) + [n for n in others if n not in main]


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(),
         recs=(), coc=(), people=(), also=None, notes=None):
    g = {"document": document, "genre": genre, "encoding": "utf-8", "forces": list(forces),
         "inspectorates": list(inspectorates), "inspections": list(inspections),
         "judgements": list(judgements), "areas_for_improvement": list(afis),
         "recommendations": list(recs), "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


MENU_NOTE = ("The saved page keeps the site's Police forces menu, which names every force; by the "
             "rule on forces named anywhere in the text, each of them is in `forces`, with no "
             "inspection and no judgement.")

GOLDS = []

# lz01 -- force page, Cumbria, 2023-25 --------------------------------------------------------
F = "Cumbria Constabulary"
GOLDS.append(gold(
    "lz01.html", "peel-report-2021", forces_first([F], ALL43), [HF],
    [insp(F, P2325)],
    grades(F, P2325, [(PPT, G), (PREV, G), (RESP, G), (INV, G), (PVP, G), (MOS, G),
                      (WORK, O), (LFM, A), (CDI, A)]),
    people=[
        person("Rob Carden", "chief-constable", F, "Chief Constable"),
        person("David Allen", "commissioner", F, "Police, Fire and Crime Commissioner"),
        person("Lorna Pettigrew", "inspector", HF, "His Majesty's Inspector of Constabulary"),
    ],
    notes=[
        MENU_NOTE + " The menu uses short names (aliases in forces.csv: 'Avon and Somerset', "
        "'Metropolitan Police Service', ...). Lancashire and Durham are also named in the news list.",
        "Grades come from the badge table: 'Police powers and public treatment' -> treatment-of-public, "
        "'Building, supporting and protecting the workforce' -> workforce, 'Leadership and force "
        "management' -> leadership-management, 'Crime data integrity' -> crime-recording. Victim "
        "service is 'Not graded'.",
        "'We identified 5 areas for improvement' is a count with no text: no statements. The grading "
        "key under the page names all five grades and gives nothing. Cumbria Fire and Rescue Service "
        "is a fire inspection. Previous PEEL inspections are listed with no grades: no inspections.",
        "HMICFRS is named only by the site chrome, so the inspection's inspectorate is null. The "
        "people come from the 'Force information' box (label then name), so their titles are the "
        "labels.",
    ]))

# lz02 -- old HMIC force page, Northamptonshire, 2016 ------------------------------------------
F = "Northamptonshire Police"
GOLDS.append(gold(
    "lz02.html", "peel-report", forces_first([F], ALL43), [H],
    [insp(F, P16, EFC, H), insp(F, P16, LEG, H), insp(F, P15, LEG)],
    grades(F, P16, [(None, RI), (UD, G), (UR, RI), (PF, RI)], EFC)
    + grades(F, P16, [(None, G), (FTP, G), (ELW, G), (FTW, G)], LEG)
    + grades(F, P15, [(None, G)], LEG),
    afis=[
        stmt(F, P16, UR, "Northamptonshire Police should carry out a full assessment of the skills its "
             "officers and staff hold, and use it to decide where they are deployed.", pillar=EFC),
        stmt(F, P16, PF, "The force should set out, with figures, how it will close the gap in its "
             "budget for 2018/19 and beyond.", pillar=EFC),
        stmt(F, P16, FTW, "The force should make sure that its officers and staff understand the process "
             "for raising a grievance and are confident that it is fair.", pillar=LEG),
    ],
    people=[person("Zo\u00eb Billingham", "inspector", H, "Her Majesty's Inspector of Constabulary")],
    also={"inspections": [insp(F, P16, EFF, H)]},
    notes=[
        MENU_NOTE + " Here the left-hand column gives every force's full official name.",
        "'This is HMIC's third PEEL ... assessment' states the inspectorate of the 2016 inspections. "
        "Effectiveness 2016 is 'Not yet graded' / 'To be graded': no judgement; its inspection is only "
        "announced, so it is in also_acceptable.",
        "The 2015 legitimacy grade comes from 'last year, when we also judged the force to be good for "
        "legitimacy' (inspectorate not stated for it).",
        "AFI questions: the skills/deployment AFI -> using-resources, the budget-gap AFI -> "
        "planning-future (both sit under the efficiency pillar, not under a question); the grievance "
        "AFI -> fair-treatment-workforce. The footer's list of four grades gives nothing.",
    ]))

# lz03 -- 2018/19 force page printed to PDF, Hampshire ---------------------------------------
F = "Hampshire Constabulary"
GOLDS.append(gold(
    "lz03.pdf", "peel-report", [F, "Kent Police", "Surrey Police", "Sussex Police",
                                 "Thames Valley Police"], [HF],
    [insp(F, P1819, PEEL, HF)],
    grades(F, P1819, [(PVP, G), (PF, RI), (ELW, G), (FTW, RI)]),
    afis=[
        stmt(F, P1819, PVP, "The constabulary should make sure that every referral about a child at risk "
             "is reviewed by a supervisor within 24 hours."),
        stmt(F, P1819, PF, "The constabulary should produce a workforce plan that shows how it will have "
             "the right number of people, with the right skills, to meet future demand."),
        stmt(F, P1819, PF, "The constabulary should make sure that its financial plans are based on "
             "realistic assumptions about savings, and test them regularly."),
        stmt(F, P1819, FTW, "The constabulary should improve how it understands and responds to the "
             "wellbeing needs of its officers and staff, particularly in its investigation teams."),
    ],
    people=[person("Marcus Trelawney", "inspector", HF, "Her Majesty's Inspector of Constabulary")],
    also={"judgements": grades(F, P1819, [(None, G)], EFF) + grades(F, P1819, [(None, RI)], EFC)
          + grades(F, P1819, [(None, G)], LEG)},
    notes=[
        "Follows dev12: every 2018/19 question grade and statement has pillar PEEL; the three "
        "whole-pillar grades ('the extent to which the force is effective ... is good', the pillar "
        "badges) are in also_acceptable only.",
        "Question grades come from the sentence closing each question panel ('Hampshire Constabulary is "
        "good at protecting vulnerable people'). Two questions say the 2017 judgment 'has been carried "
        "over' without naming it: nothing. The resources question has no grade word.",
        "'This is HMICFRS's fifth PEEL ... assessment' states the inspectorate. The four South East "
        "forces are named only in the region box.",
    ]))

# lz04 -- PEEL 2021/22 report page, Derbyshire ------------------------------------------------
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "lz04.html", "peel-report-2021", forces_first([F], ALL), [HF],
    [insp(F, P2122)],
    grades(F, P2122, [(PREV, G), (MOS, G), (WORK, G), (CDI, G), (PPT, A), (INV, A), (PVP, A),
                      (LFM, A), (RESP, RI)]),
    afis=[
        stmt(F, P2122, RESP, "The force should make sure it answers non-emergency calls promptly, and that "
             "it understands why so many callers abandon their calls."),
        stmt(F, P2122, RESP, "The force should make sure that call handlers use a structured process to "
             "assess the risk to every caller, and record the outcome."),
        stmt(F, P2122, INV, "The force should make sure that supervisors review investigations regularly "
             "and record clear directions for the investigating officer."),
        stmt(F, P2122, PVP, "The force should improve how it uses domestic violence protection notices and "
             "orders to keep victims safe."),
        stmt(F, P2122, LFM, "The force should develop a clear plan to make sure it has enough detectives "
             "with the right skills in the years ahead."),
    ],
    people=[
        person("Rachel Swann", "chief-constable", F, "Chief Constable"),
        person("Rebecca Thornleigh", "inspector", HF, "Her Majesty\u2019s Inspector of Constabulary"),
    ],
    also={"inspections": [insp("Leicestershire Police", P2122)],
          "judgements": grades("Leicestershire Police", P2122, [(PVP, G)])},
    notes=[
        MENU_NOTE + " This menu gives full official names and includes British Transport Police.",
        "The grades table is the report's five-column layout: each area sits in the column of its grade "
        "('Good use of resources' -> leadership-management, 'Developing a positive workplace' -> "
        "workforce, 'Recording data about crime' -> crime-recording, 'Treatment of the public' -> "
        "treatment-of-public). Victim service has no graded judgment.",
        "A news headline, 'Inspectorate finds Leicestershire Police good at protecting vulnerable "
        "people' (30 June 2022), states a grade with no period; 2021/22 is inferred from the date, so "
        "it is in also_acceptable.",
        "'innovative practice' with Derbyshire Fire and Rescue Service is not a fact. The inspectorate "
        "is named only by the chrome (inspection inspectorate null). The HMI signs with 'Her Majesty's' "
        "(June 2022) while the footer says 'His Majesty's'.",
    ]))

# lz05 -- old HMIC force page, Dyfed-Powys, 2015 ----------------------------------------------
F = "Dyfed-Powys Police"
GOLDS.append(gold(
    "lz05.html", "peel-report", [F, "Gwent Police", "North Wales Police", "South Wales Police"], [H],
    [insp(F, P15, EFF, H), insp(F, P15, EFC, H), insp(F, P15, LEG, H)],
    grades(F, P15, [(None, RI), (PREV, G), (INV, RI), (PVP, RI), (SOC, G)], EFF)
    + grades(F, P15, [(None, G)], EFC) + grades(F, P15, [(None, G)], LEG),
    afis=[
        stmt(F, P15, INV, "The force should make sure that crimes are allocated to investigators with the "
             "right skills and training, and that the quality of investigations is checked by "
             "supervisors.", pillar=EFF),
        stmt(F, P15, PVP, "The force should improve its response to children who go missing from home by: "
             "making sure that every report is assessed for risk at the outset; and holding return "
             "interviews with every child promptly.", pillar=EFF),
        stmt(F, P15, None, "The force should record the reason for every stop and search clearly enough "
             "that a supervisor can judge whether it was lawful.", pillar=LEG),
    ],
    people=[person("Gwenllian Prothero", "inspector", H, "Her Majesty's Inspector of Constabulary")],
    also={"inspections": [insp(F, P15, LDR, H)],
          "judgements": grades(F, P15, [(UR, G)], EFC)},
    notes=[
        "The three other Welsh forces are named in the left column only.",
        "2015 effectiveness questions map to preventing-crime, investigating-crime, "
        "protecting-vulnerable and serious-organised-crime. The AFI with nested sub-bullets is one "
        "statement.",
        "The 2015 efficiency questions differ from the 2016-17 keys: 'good at using its resources to "
        "meet demand' is using-resources only loosely (also_acceptable). 'its workforce model is good' "
        "has no key.",
        "The legitimacy AFI sits under the pillar box, not under a question: question null.",
        "Leadership was 'assessed this year but not graded': the inspection is in also_acceptable, "
        "with no judgement.",
    ]))

# lz06 -- PEEL 2023-25 report page printed to PDF, Bedfordshire ------------------------------
F = "Bedfordshire Police"
GOLDS.append(gold(
    "lz06.pdf", "peel-report-2021", [F, "Cambridgeshire Constabulary", "Hertfordshire Constabulary",
                                      "Suffolk Constabulary"], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, [(PPT, G), (PREV, A), (RESP, RI), (INV, I), (PVP, A), (MOS, G), (WORK, G),
                      (LFM, A), (CDI, G)])
    + grades(F, P2122, [(INV, RI)]),
    afis=[
        stmt(F, P2325, RESP, "The force should make sure that it answers emergency and non-emergency calls "
             "within the national standards."),
        stmt(F, P2325, RESP, "The force should make sure that it attends incidents within the timescales "
             "it sets, and that callers are told if attendance will be delayed."),
        stmt(F, P2325, PREV, "The force should evaluate its problem-solving work so that it knows which "
             "approaches reduce crime and anti-social behaviour."),
        stmt(F, P2325, LFM, "The force should make sure it understands the demand it faces and uses that "
             "understanding to plan its workforce."),
    ],
    recs=[
        stmt(F, P2325, INV, "Within six months, the force should: make sure that supervisors review each "
             "investigation at set intervals and record what needs to happen next; make sure that "
             "investigations are not closed until every reasonable line of enquiry has been completed; "
             "and make sure that victims are updated in line with the Code of Practice for Victims of "
             "Crime."),
    ],
    coc=[
        stmt(F, P2325, INV, "Bedfordshire Police doesn't make sure that investigations are carried out to "
             "a consistently good standard, or that victims are kept updated."),
    ],
    people=[
        person("Trevor Rodenhurst", "chief-constable", F, "Chief Constable"),
        person("Harriet Ambrose-Kaye", "inspector", HF, "His Majesty's Inspector of Constabulary"),
    ],
    also={"inspections": [insp("Suffolk Constabulary", P2325)],
          "judgements": grades("Suffolk Constabulary", P2325, [(PVP, G)])},
    notes=[
        "Printed by Chromium with the site chrome (masthead, breadcrumb, related publications, latest "
        "news, footer with the five grades).",
        "The 2021/22 grade comes from 'When we last inspected the force, in 2022, we graded its "
        "investigation of crime as requires improvement'; the related list names 'PEEL 2021/22: An "
        "inspection of Bedfordshire Police'.",
        "The recommendation is one lead-in ('Within six months, the force should:') with three bullets, "
        "joined into one statement.",
        "Hertfordshire and Cambridgeshire are partners named in passing. 'Suffolk Constabulary good at "
        "protecting vulnerable people' is a news headline with no period (2023-25 by its date): "
        "also_acceptable. 'promising practice' gives nothing. The inspectorate is named only by the "
        "chrome: inspection inspectorate null.",
    ]))

# lz07 -- Word copy of the Merseyside 2017 force page ------------------------------------------
F = "Merseyside Police"
GOLDS.append(gold(
    "lz07.docx", "peel-report", forces_first([F], ALL43), [HF],
    [insp(F, P17, EFC, HF), insp(F, P17, LEG, HF), insp(F, P16, LEG)],
    grades(F, P17, [(None, G), (UD, G), (UR, RI), (PF, G)], EFC)
    + grades(F, P17, [(None, G), (FTP, G), (ELW, G), (FTW, G)], LEG)
    + grades(F, P16, [(None, G)], LEG),
    afis=[
        stmt(F, P17, UR, "Merseyside Police should review how it allocates officers and staff across its "
             "local policing teams, so that the number of investigations each holds is manageable.",
             pillar=EFC),
        stmt(F, P17, UR, "Merseyside Police should make sure it has a clear picture of the skills of its "
             "workforce.", pillar=EFC),
        stmt(F, P17, FTW, "The force should make sure that all its supervisors are trained to deal with "
             "grievances quickly and fairly.", pillar=LEG),
    ],
    people=[person("Gareth Penhaligon", "inspector", HF, "Her Majesty\u2019s Inspector of Constabulary")],
    also={"inspections": [insp(F, P17, EFF, HF), insp(F, P16, EFC)],
          "judgements": grades(F, P16, [(None, G)], EFC)},
    notes=[
        MENU_NOTE + " The pasted drop-down lists short names, one per paragraph.",
        "'Our overall judgment this year is the same as last year' names no 2016 efficiency grade: "
        "also_acceptable. 'In last year's legitimacy inspection we also judged the force to be good' "
        "gives 2016 legitimacy Good.",
        "Legitimacy question grades come from the prose sentence ('good at treating the people it serves "
        "...; good at making sure that its workforce behaves ethically and lawfully; also good at "
        "treating its workforce ...'). Effectiveness is 'not yet graded'.",
        "The second efficiency AFI (skills of the workforce) is under 'use its resources' only by "
        "position; using-resources. GMP's 'not graded' headline gives nothing. The Word page header "
        "('Copied from the HMICFRS website') is not body text.",
    ]))

# lz08 -- Word copy of a PEEL 2021/22 report page, North Wales --------------------------------
F = "North Wales Police"
GOLDS.append(gold(
    "lz08.docx", "peel-report-2021", [F, "Dyfed-Powys Police", "Gwent Police", "South Wales Police",
                                       "Cheshire Constabulary", "Merseyside Police"], [HF],
    [insp(F, P2122)],
    grades(F, P2122, [(PPT, G), (PREV, O), (RESP, A), (INV, G), (PVP, A), (MOS, G), (WORK, G),
                      (LFM, G), (CDI, G)]),
    afis=[
        stmt(F, P2122, RESP, "The force should make sure it answers non-emergency calls promptly."),
        stmt(F, P2122, RESP, "The force should make sure that repeat callers are identified when they "
             "contact the force, so that their needs can be assessed."),
        stmt(F, P2122, PVP, "The force should make sure that each missing person investigation is reviewed "
             "by a supervisor and that the risk to the person is reassessed throughout."),
    ],
    people=[
        person("Amanda Blakeman", "chief-constable", F, "Chief Constable"),
        person("Owain Treharne", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
    ],
    also={"inspections": [insp(F, P1819)],
          "judgements": grades(F, P1819, [(None, G)], EFF)},
    notes=[
        "The pasted 'Police forces in Wales' menu names the four Welsh forces by short name. Cheshire "
        "and Merseyside are partners named in passing.",
        "'In our 2018/19 inspection we judged the force to be good at reducing crime and keeping people "
        "safe' is the 2018/19 effectiveness pillar grade; as in dev12 it is in also_acceptable only.",
        "Assistant Chief Constable Sian Beck is not a person fact. 'Good use of resources' -> "
        "leadership-management; victim service has no graded judgment.",
    ]))

# lz09 -- text copy of the West Mercia 2017 force page -----------------------------------------
F = "West Mercia Police"
GOLDS.append(gold(
    "lz09.txt", "peel-report", [F, "Kent Police", "Warwickshire Police"], [HF],
    [insp(F, P17, EFC, HF), insp(F, P17, LEG, HF), insp(F, P16, LEG)],
    grades(F, P17, [(None, G)], EFC)
    + grades(F, P17, [(None, RI), (FTP, G), (ELW, RI), (FTW, G)], LEG)
    + grades(F, P16, [(None, G)], LEG),
    afis=[
        stmt(F, P17, ELW, "The force should make sure that all its officers and staff have been vetted to "
             "the level their role needs, and clear its backlog of vetting renewals.", pillar=LEG),
        stmt(F, P17, ELW, "The force should improve its capacity to look for intelligence that officers and "
             "staff may be abusing their position for a sexual purpose, including by: monitoring its IT "
             "systems fully; and building links with organisations that support vulnerable people.",
             pillar=LEG),
        stmt(F, P17, FTW, "The force should make sure that the findings of its staff survey are acted on, "
             "and that the workforce is told what has changed as a result.", pillar=LEG),
    ],
    people=[person("Ifeoma Castleton", "inspector", HF, "Her Majesty's Inspector of Constabulary")],
    also={"inspections": [insp(F, P17, EFF, HF), insp("Kent Police", P17, LEG)],
          "judgements": grades("Kent Police", P17, [(FTP, O)], LEG)},
    notes=[
        "Text copied from the page with its menu (no force list), breadcrumb, expanded accordions, "
        "related publications, news and footer.",
        "The 2016 legitimacy grade comes from 'a decline since last year, when we judged the force to "
        "be good'. Question grades are in the legitimacy prose.",
        "Warwickshire Police is the alliance partner, named in passing. The Kent headline ('recognised "
        "as outstanding for the fair treatment of the public', 12 December 2017) gives a loosely dated "
        "grade: also_acceptable.",
    ]))

# lz10 -- force page with no landmarks, Lancashire ---------------------------------------------
F = "Lancashire Constabulary"
GOLDS.append(gold(
    "lz10.html", "peel-report-2021", forces_first([F], ALL43), [HF],
    [insp(F, P2325)] + [insp(F, p, pl) for p in (P15, P16, P17) for pl in (EFF, EFC, LEG)],
    grades(F, P2325, [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, G), (MOS, G), (WORK, A),
                      (LFM, G), (CDI, G)])
    + grades(F, P15, [(None, G)], EFF) + grades(F, P15, [(None, G)], EFC)
    + grades(F, P15, [(None, G)], LEG)
    + grades(F, P16, [(None, G)], EFF) + grades(F, P16, [(None, O)], EFC)
    + grades(F, P16, [(None, G)], LEG)
    + grades(F, P17, [(None, G)], EFF) + grades(F, P17, [(None, G)], EFC)
    + grades(F, P17, [(None, G)], LEG),
    people=[
        person("Sacha Hatchett", "chief-constable", F, "Chief Constable"),
        person("Andrew Snowden", "commissioner", F, "Police and Crime Commissioner"),
    ],
    also={"inspections": [insp("Cumbria Constabulary", P2325)],
          "judgements": grades("Cumbria Constabulary", P2325, [(WORK, O)])},
    notes=[
        MENU_NOTE + " The 'Choose a force' list uses short names. The page has no landmark elements.",
        "The PEEL history table gives nine pillar grades for 2015-2017 (no inspectorate stated for "
        "them). PEEL 2018/19 and 2021/22 are linked with no grades: nothing.",
        "The Cumbria headline ('rated outstanding for supporting its workforce', 23 July 2024) agrees "
        "with lz01 but states no period: also_acceptable. Lancashire Fire and Rescue Service's "
        "'outstanding' is a fire inspection: nothing.",
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
