"""Write gold/lt01.json ... gold/lt10.json for corpus75 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

H, HF = "HMIC", "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
EFF, EFC, LEG = "Effectiveness", "Efficiency", "Legitimacy"


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


GOLDS = []

# lt01 -- BBC local news page (HTML), Nottinghamshire, PEEL 2021/22 -----------------------
F = "Nottinghamshire Police"
GOLDS.append(gold(
    "lt01.html", "press-release", [F, "Derbyshire Constabulary", "Leicestershire Police"], [HF],
    [insp(F, "2021/22", inspectorate=HF)],
    grades(F, "2021/22", [(INV, RI), (RESP, RI), (PVP, A), (LFM, A), (PREV, G), (CDI, G)]),
    people=[
        person("Gareth Linwood", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Kirsten Halloran", "chief-constable", F, "Chief Constable"),
        person("Marcus Adeyemi", "commissioner", F, "police and crime commissioner"),
    ],
    notes=[
        "The period is 2021/22: the page is dated 25 November 2022 and says 'latest assessment'; "
        "the grades use the 2021/22 area names. 'in its use of resources' -> leadership-management "
        "(the 2021/22 area 'good use of resources'); 'recording crime accurately' -> crime-recording.",
        "The bulleted list 'the areas the force needed to improve included' names areas, not "
        "statements: no area-for-improvement facts, and 'Developing a positive workplace' has no grade "
        "word, so no workforce judgement.",
        "The fire and rescue service's 'rated good' is not a police judgement. 'last inspected in 2019' "
        "gives no grade. Derbyshire and Leicestershire appear only in the 'More on this story' headlines, "
        "with no grade.",
        "The PCC is named after a lower-case title with a place word ('Nottinghamshire's police and crime "
        "commissioner, Marcus Adeyemi'); the title is the office as written, lower case.",
    ]))

# lt02 -- ITV regional news page copied as text, Cleveland, PEEL 2018/19 ----------------
F = "Cleveland Police"
GOLDS.append(gold(
    "lt02.txt", "press-release", [F, "Durham Constabulary", "Northumbria Police"], [HF],
    [insp(F, "2018/19", inspectorate=HF), insp(F, "2018/19", EFF, HF), insp(F, "2018/19", EFC, HF),
     insp(F, "2018/19", LEG, HF), insp(F, "2016", EFF)],
    grades(F, "2018/19", [(None, I)])
    + grades(F, "2018/19", [(None, I)], EFF) + grades(F, "2018/19", [(None, I)], EFC)
    + grades(F, "2018/19", [(None, I)], LEG)
    + grades(F, "2016", [(None, G)], EFF),
    people=[
        person("Tobias Renshaw", "inspector", HF, "HM Inspector of Constabulary"),
        person("Idris Maddock", "chief-constable", F, "Chief Constable"),
        person("Lisa Oduya", "commissioner", F, "acting police and crime commissioner", "acting"),
    ],
    notes=[
        "2018/19 is the integrated PEEL assessment: 'rated inadequate overall' is the PEEL judgement "
        "(question null). The three bullets are the three pillar judgements of that year (reducing crime "
        "and keeping people safe = Effectiveness; operating efficiently = Efficiency; treats the public and "
        "its workforce = Legitimacy), each with a pillar inspection, as corpus13 q08 does.",
        "'As recently as 2016, inspectors rated Cleveland good at keeping people safe and reducing "
        "crime' gives a 2016 Effectiveness judgement (Good). No inspectorate is named for it, so null.",
        "The Tees Valley mayor is named but is not a PCC, chief officer or inspector: no person fact. The "
        "former chief constable is unnamed. 'acting police and crime commissioner' gives qualifier acting.",
        "Durham Constabulary (in the text) and Northumbria Police (a Read-more headline) are named in "
        "passing only.",
    ]))

# lt03 -- local newspaper web page printed to PDF, Bedfordshire, PEEL 2016 ---------------
F = "Bedfordshire Police"
GOLDS.append(gold(
    "lt03.pdf", "press-release", [F, "Hertfordshire Constabulary", "Cambridgeshire Constabulary"], [H],
    [insp(F, "2016", EFF, H), insp(F, "2016", EFC, H), insp(F, "2016", LEG, H), insp(F, "2015", EFC, H)],
    grades(F, "2016", [(None, I), (PVP, I), (PREV, RI)], EFF)
    + grades(F, "2016", [(None, RI)], EFC) + grades(F, "2016", [(None, G)], LEG)
    + grades(F, "2015", [(None, RI)], EFC),
    coc=[stmt(F, "2016", PVP,
              "The force is not doing enough to identify vulnerable people when they first contact it, "
              "and too many of them wait too long for officers to attend.", True, EFF)],
    people=[
        person("Felicity Marsh", "inspector", H, "HM Inspector of Constabulary"),
        person("Owen Treharne", "chief-constable", F, "Chief Constable"),
        person("Ruth Calder", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "The story is dated 13 April 2017 but reports 'The 2016 assessment': the period is 2016. The "
        "three pillar grades sit in one sentence with capitalised grade words. 'Last year HMIC also "
        "judged the force to require improvement for its efficiency' gives a 2015 Efficiency judgement "
        "with inspectorate HMIC.",
        "The cause of concern sits in a boxed panel under 'The cause of concern, in the report's words'; "
        "it belongs to the effectiveness question on protecting vulnerable people. has_force_update is "
        "true because the Deputy Chief Constable answers it with the new vulnerability hub. Unsure: a "
        "grader could call a newspaper's paraphrase of the force's plan no 'update'.",
        "The Assistant Chief Constable is named but is not a person fact; the PCC is unnamed. 'Herts "
        "Police' and 'Cambs Police' are in the 'Most popular' list only. 'Sandy school rated good by "
        "Ofsted' and the fire and rescue service are distractors.",
    ]))

# lt04 -- reporter's filed story (DOCX), North Wales, PEEL 2015 Efficiency ----------------
F = "North Wales Police"
GOLDS.append(gold(
    "lt04.docx", "press-release", [F, "Dyfed-Powys Police"], [H],
    [insp(F, "2015", EFC, H), insp(F, "2014", EFC, H)],
    grades(F, "2015", [(None, G), ("understanding-demand", G), ("using-resources", G),
                        ("planning-future", O)], EFC)
    + grades(F, "2014", [(None, RI)], EFC),
    afis=[stmt(F, "2015", None,
               "North Wales Police should ensure that its workforce plan takes full account of the "
               "demand it expects in its rural areas, including at night.", True, EFC)],
    people=[
        person("Margaret Ellery", "inspector", H, "HM Inspector of Constabulary"),
        person("Gethin Rowlands", "chief-constable", F, "Chief Constable"),
        person("Alun Ffoulkes", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "A story as filed to a newsdesk: slug, byline, word count and desk notes are body paragraphs; "
        "the embargo line is in the Word header and is ignored. The story opens with 'NORTH Wales "
        "Police' in capitals, as local papers do.",
        "'In HMIC's first look at efficiency last year, the force was judged to require improvement' gives "
        "a 2014 Efficiency judgement (HMIC, the 2014 PEEL year).",
        "The one area for improvement follows 'The report sets out one area for improvement:' as an "
        "indented paragraph. It could sit under using-resources or planning-future (workforce planning); "
        "no section heading places it, so question is null. has_force_update is true: the Chief Constable "
        "says the rural workforce plan has started.",
        "'good practice' (the shared control room with the fire service) and 'Heddlu Gogledd Cymru' in the "
        "picture note are distractors; Dyfed-Powys Police is named in passing with no grade.",
    ]))

# lt05 -- wired-gov republication of the HMICFRS force release (HTML), Suffolk, 2017 Efficiency
F = "Suffolk Constabulary"
N = "Norfolk Constabulary"
GOLDS.append(gold(
    "lt05.html", "press-release", [F, N], [H, HF],
    [insp(F, "2017", EFC, HF), insp(N, "2017", EFC, HF)],
    grades(F, "2017", [(None, G), ("understanding-demand", G), ("using-resources", RI),
                        ("planning-future", G)], EFC)
    + grades(N, "2017", [(None, G)], EFC),
    people=[person("Rosalind Pemberton", "inspector", HF, "HM Inspector of Constabulary")],
    also={"inspections": [insp(F, "2016", EFC)],
          "judgements": grades(F, "2016", [(None, G)], EFC)},
    notes=[
        "The headline and the HMI's first sentence give the overall Efficiency grade (good); the three "
        "bullets give the question grades. The page date (09 Nov 2017) and the report title give the "
        "period 2017.",
        "'This is the same grade as last year' names no grade word for 2016, so the 2016 judgement is "
        "in also_acceptable only (GOLD-FORMAT conventions).",
        "Norfolk Constabulary: its own release headline in the wired-gov sidebar ('Norfolk "
        "Constabulary's efficiency at keeping people safe and reducing crime is good', same date and "
        "publication) states a 2017 Efficiency grade, so it is a judgement in passing with its "
        "inspection. Unsure: a grader could treat sidebar chrome as not part of the story.",
        "The notes to editors name HMIC ('HMIC took on responsibility ... and was renamed'), so both "
        "inspectorates are named; the inspections are HMICFRS's (November 2017). The four-grade key "
        "gives no judgement. No chief constable or PCC is named.",
    ]))

# lt06 -- trade press (Markdown), Cambridgeshire + Warwickshire, PEEL 2023-25 -------------
C, W = "Cambridgeshire Constabulary", "Warwickshire Police"
GOLDS.append(gold(
    "lt06.md", "press-release", [C, W, "West Mercia Police"], [HF],
    [insp(C, "2023-25", inspectorate=HF), insp(W, "2023-25", inspectorate=HF)],
    grades(C, "2023-25", [(RESP, RI), (INV, RI), (PREV, G), (SOC, G), (PVP, A)])
    + grades(W, "2023-25", [(INV, I), (RESP, RI), (MOS, G)]),
    recs=[
        stmt(W, "2023-25", INV,
             "Within three months, the force should make sure that every investigation has a documented "
             "plan that a supervisor has reviewed."),
        stmt(W, "2023-25", INV,
             "Within six months, the force should make sure that investigators have manageable workloads "
             "and the training they need for the crimes they investigate."),
    ],
    coc=[stmt(W, "2023-25", INV,
              "Warwickshire Police isn't making sure that investigations are properly supervised, and too "
              "many of them are closed without all reasonable lines of enquiry being completed.")],
    people=[
        person("Lisa Thorogood", "inspector", HF, "HM Inspector"),
        person("Nadine Askew", "chief-constable", C, "Chief Constable"),
        person("Peter Lavery", "chief-constable", W, "Temporary Chief Constable", "temporary"),
        person("Graham Tovey", "commissioner", W, "Police and Crime Commissioner"),
    ],
    notes=[
        "'graded good in three areas, adequate in three and requires improvement in two' is a count: only "
        "the areas named afterwards give judgements (Cambridgeshire: two RI, two good, one adequate; "
        "the third good and two more adequate are unnamed).",
        "The cause of concern is a block quote; the two recommendations are a numbered list of full "
        "sentences after a lead-in, so each is its own statement. All three sit under investigating crime.",
        "has_force_update is false throughout: the Temporary Chief Constable's 'fully accepts the findings' "
        "and the 40 officers moved into investigation hubs answer the report in general, and the PCC "
        "only asks for updates. Unsure: a grader could take the officer move as the force's update on the "
        "cause of concern.",
        "West Mercia Police is named in passing (the ended alliance), with no grade. The 2025-29 framework "
        "headline is not a period.",
    ]))

# lt07 -- local radio news page copied as text, national list, PEEL 2016 Effectiveness ----
GOOD = ["Avon and Somerset Constabulary", "Cambridgeshire Constabulary", "Cheshire Constabulary",
        "City of London Police", "Cleveland Police", "Cumbria Constabulary", "Derbyshire Constabulary",
        "Dorset Police", "Essex Police", "Greater Manchester Police", "Gwent Police", "Kent Police",
        "Lancashire Constabulary", "Lincolnshire Police", "Merseyside Police", "Norfolk Constabulary",
        "North Wales Police", "North Yorkshire Police", "Northumbria Police", "South Wales Police",
        "Suffolk Constabulary", "Surrey Police", "Thames Valley Police", "Warwickshire Police",
        "West Mercia Police", "West Midlands Police", "West Yorkshire Police", "Wiltshire Police"]
REQ = ["Devon and Cornwall Police", "Dyfed-Powys Police", "Gloucestershire Constabulary",
       "Hampshire Constabulary", "Hertfordshire Constabulary", "Humberside Police",
       "Leicestershire Police", "Metropolitan Police Service", "Northamptonshire Police",
       "Nottinghamshire Police", "South Yorkshire Police", "Staffordshire Police", "Sussex Police"]
ALL = [("Durham Constabulary", O)] + [(f, G) for f in GOOD] + [(f, RI) for f in REQ] + \
      [("Bedfordshire Police", I)]
HA = "Hampshire Constabulary"
GOLDS.append(gold(
    "lt07.txt", "national-release", sorted(f for f, _ in ALL), [H],
    [insp(f, "2016", EFF, H) for f, _ in ALL] + [insp(HA, "2015", EFF)],
    [j for f, g in ALL for j in grades(f, "2016", [(None, g)], EFF)]
    + grades(HA, "2016", [(PREV, G), (PVP, RI)], EFF)
    + grades(HA, "2015", [(None, RI)], EFF),
    people=[person("Anneliese Corrigan", "inspector", H, "HM Inspector of Constabulary")],
    notes=[
        "The grades are HMIC's 2016 effectiveness grades for all 43 forces as a local radio site listed "
        "them (published 2 March 2017; the period is 2016). Forces are written in short forms ('Met "
        "Police', 'Durham', 'Devon and Cornwall'), each mapped to its official name.",
        "Hampshire also gets two question grades in prose, and 'Last year, too, the force was rated as "
        "requiring improvement for its effectiveness' gives a 2015 Effectiveness judgement (no "
        "inspectorate named for it, so null).",
        "The four questions are listed without grades. The PCC and chief constable are unnamed.",
    ]))

# lt08 -- force newsroom page printed to PDF, Northumbria, PEEL 2023-25 -------------------
F = "Northumbria Police"
GOLDS.append(gold(
    "lt08.pdf", "press-release", [F], [HF],
    [insp(F, "2023-25", inspectorate=HF), insp(F, "2021/22", inspectorate=HF)],
    grades(F, "2023-25", [(SOC, O), (PREV, G), (RESP, G), (MOS, G), (LFM, G),
                           (PPT, A), (INV, A), (PVP, A), (WORK, A)])
    + grades(F, "2021/22", [(INV, RI)]),
    people=[
        person("Vanessa Jardine", "chief-constable", F, "Chief Constable"),
        person("Martin Oduro", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Helen Armitage", "commissioner", F, "Police and Crime Commissioner"),
        person("Darren Pickford", "inspector", HF, "His Majesty's Inspector of Constabulary"),
    ],
    notes=[
        "The grades are a label list: each grade word, a dash, then areas separated by semicolons; one "
        "area ('building, supporting and protecting the workforce') contains commas. 'police powers and "
        "public treatment' -> treatment-of-public; 'leadership and force management' -> "
        "leadership-management.",
        "'It builds on the force's 2021/22 inspection, when Northumbria was rated requires improvement "
        "for investigating crime' gives a 2021/22 judgement; the inspection is taken as HMICFRS's from "
        "the paragraph context (the only inspectorate named). Unsure: a strict grader would leave it null.",
        "'six areas for improvement' and 'No causes of concern' are counts with no text: no statements. "
        "The Assistant Chief Constable is named but not a person fact; Tyne and Wear Fire and Rescue "
        "Service and the regional organised crime unit are partners. Dates (14 June 2024, 2024/25 plan) "
        "are not periods.",
    ]))

# lt09 -- news agency copy as filed (DOCX), Wiltshire, PEEL 2021/22 -----------------------
F = "Wiltshire Police"
PASS = ["Metropolitan Police Service", "Greater Manchester Police", "Cleveland Police",
        "Gloucestershire Constabulary", "Staffordshire Police"]
GOLDS.append(gold(
    "lt09.docx", "press-release", [F] + PASS, [HF],
    [insp(F, "2021/22", inspectorate=HF)],
    grades(F, "2021/22", [(RESP, I), (PVP, I), (LFM, I), (INV, RI), (PREV, A)]),
    recs=[stmt(F, "2021/22", RESP,
               "Within three months, Wiltshire Police should make sure that call handlers use a structured "
               "risk assessment for every call and record the result on the incident log.", True)],
    coc=[stmt(F, "2021/22", RESP,
              "Wiltshire Police doesn't answer calls for service quickly enough, and it doesn't consistently "
              "identify callers who are vulnerable or at risk of repeat victimisation.", True)],
    people=[
        person("Dawn Whitcombe", "inspector", HF, "HM Inspector of Constabulary"),
        person("Jeremy Haddon", "chief-constable", F, "Acting Chief Constable", "acting"),
        person("Alistair Brereton", "commissioner", F, "police and crime commissioner"),
    ],
    notes=[
        "'making good use of its resources' is the 2021/22 area 'good use of resources' -> "
        "leadership-management, graded inadequate; its 'good' is not a grade. 'requiring improvement in "
        "four other areas, including investigating crime' gives only investigating crime.",
        "The cause of concern and the recommendation are indented paragraphs after lead-ins ending in a "
        "colon; each is the indented text alone. The recommendation sits with the calls cause of concern "
        "-> responding-to-public. has_force_update is true for both: the Acting Chief Constable reports "
        "extra call handlers and a risk assessment for every 999 and 101 call.",
        "The five other Engage forces are named in passing with no grade. 'special measures' and "
        "'Engage' are not grades. The five-point scale in the notes gives no judgement. The PCC title is "
        "taken as the office alone, lower case as written ('Wiltshire and Swindon's police and crime "
        "commissioner, Alistair Brereton').",
    ]))

# lt10 -- news aggregator republishing a local story (HTML), Gwent, PEEL 2015 Legitimacy ---
F = "Gwent Police"
GOLDS.append(gold(
    "lt10.html", "press-release", [F, "Dyfed-Powys Police", "South Wales Police"], [H],
    [insp(F, "2015", LEG, H)],
    grades(F, "2015", [(None, G), ("fair-treatment-public", G), ("ethical-lawful-workforce", RI)], LEG),
    afis=[stmt(F, "2015", "ethical-lawful-workforce",
               "The force should ensure that all officers and staff have been vetted to the level their role "
               "requires, and that vetting is renewed when it expires.", True, LEG)],
    people=[
        person("Hugo Mansell", "inspector", H, "HM Inspector of Constabulary"),
        person("Bryn Probert", "chief-constable", F, "Chief Constable"),
        person("Rhodri Vaughan-Price", "commissioner", F, "police and crime commissioner"),
    ],
    notes=[
        "The aggregated story is dated 11/02/2016 but reports the force's '2015 inspection' of "
        "legitimacy. The force is called 'GWENT Police' and 'Heddlu Gwent'.",
        "The area for improvement is a block quote after 'Among the areas for improvement in the report, "
        "HMIC said:'; it is about vetting, so ethical-lawful-workforce. has_force_update is true: the Chief "
        "Constable says a vetting team has cleared half the backlog.",
        "The 'Similar News' items name Dyfed-Powys Police and South Wales Police with no grade.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("wrote", len(GOLDS), "gold files")


if __name__ == "__main__":
    main()
