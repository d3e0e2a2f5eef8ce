"""Write gold/nq01.json ... gold/nq10.json for corpus120 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
EFF, EFC, LEG, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "PEEL"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"


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

# nq01 -- PCC blog (HTML), Gloucestershire, Effectiveness 2016 (+2015)
F = "Gloucestershire Constabulary"
GOLDS.append(gold(
    "nq01.html", "press-release", [F, "Avon and Somerset Constabulary"], [H],
    [insp(F, "2016", EFF, H), insp(F, "2015", EFF, H)],
    grades(F, "2016", [(None, RI), (PVP, G), (SOC, G), (INV, G), (PREV, RI)], EFF)
    + grades(F, "2015", [(None, G)], EFF),
    afis=[stmt(F, "2016", PREV,
               "The constabulary should work with partner organisations to build a shared understanding of "
               "anti-social behaviour in each community, and should use it to direct its neighbourhood "
               "resources to where they are most needed.", False, EFF)],
    people=[person("Richard Halloran", "commissioner", F, "Police and Crime Commissioner for Gloucestershire"),
            person("Graham Tovey", "inspector", H, "HM Inspector of Constabulary"),
            person("Rhian Fordyce", "chief-constable", F, "Chief Constable")],
    notes=["Period 2016 comes from the linked report title 'PEEL: Police effectiveness 2016'; the post is dated "
           "14 March 2017. 'Needs to improve' (headlines) is not a grade; the grade is the later "
           "'requires improvement' bracket for effectiveness overall.",
           "'a year ago the same inspectors judged the Constabulary to be good at keeping people safe and "
           "reducing crime' gives a 2015 Effectiveness grade (keeping people safe and reducing crime is the "
           "effectiveness question); 'the same inspectors' is HMIC.",
           "The PCC's reply to the AFI ('I wrote much the same thing into my Police and Crime Plan') is the "
           "commissioner's view, not the force's update: has_force_update false.",
           "Commenters' 'Outstanding spin' and 'Good blog' are not grades. Avon and Somerset is named in a "
           "comment only. The PCC's title is taken from the signature (the byline gives only the name)."]))

# nq02 -- CC message (PDF), Wiltshire, PEEL 2021/22 (+2018/19)
F = "Wiltshire Police"
GOLDS.append(gold(
    "nq02.pdf", "press-release", [F, "Gloucestershire Constabulary"], [HF],
    [insp(F, "2021/22", PEEL, HF), insp(F, "2018/19", PEEL, HF)],
    grades(F, "2021/22", [(RESP, I), (INV, RI), (PVP, RI), (LFM, RI), (PREV, A), (MOS, A), (WORK, A), (PPT, G)])
    + grades(F, "2018/19", [(None, G)]),
    recs=[stmt(F, "2021/22", RESP,
               "Within three months, the force should make sure that call handlers use a structured triage "
               "process for every call for service, and that they record the outcome on the incident log.", True)],
    coc=[stmt(F, "2021/22", RESP,
              "The force isn\u2019t answering emergency and non-emergency calls quickly enough, and it isn\u2019t "
              "attending incidents within its own target times. This means that vulnerable people may be left "
              "at risk.", True)],
    people=[person("Tom Allardyce", "commissioner", F, "Police and Crime Commissioner"),
            person("Rosalind Fenn", "inspector", HF, "Her Majesty\u2019s Inspector of Constabulary"),
            person("Elinor Stanway", "chief-constable", F, "Chief Constable")],
    notes=["'making good use of our resources' is the 2021/22 area 'good use of resources' (RI) -> "
           "leadership-management; 'developing a positive workplace' -> workforce; 'the way we treat the "
           "public' -> treatment-of-public. Victim service 'assessed but not graded' gives nothing.",
           "'When HMICFRS last graded us, in its 2018/19 integrated assessment, we were judged good overall' "
           "gives the 2018/19 overall PEEL grade.",
           "The cause of concern and the first recommendation are quoted in full and each is followed by the "
           "force's action, so has_force_update is true. The other two recommendations and the eleven AFIs "
           "are only counted.",
           "Dorset & Wiltshire Fire and Rescue Service is a fire service: no Dorset Police. Assistant Chief "
           "Constable Dom Harker is not a person fact. Elinor Stanway is named only in the signature, so her "
           "title is 'Chief Constable' from the line below the name."]))

# nq03 -- PCC newspaper column (DOCX), Bedfordshire, Effectiveness 2017 (+2016)
F = "Bedfordshire Police"
GOLDS.append(gold(
    "nq03.docx", "press-release", [F, "Hertfordshire Constabulary", "Cambridgeshire Constabulary"], [H, HF],
    [insp(F, "2017", EFF, HF), insp(F, "2016", EFF, H)],
    grades(F, "2017", [(None, RI), (PREV, RI), (INV, RI), (PVP, RI), (SOC, G)], EFF)
    + grades(F, "2016", [(None, I)], EFF),
    afis=[stmt(F, "2017", PVP,
               "The force should improve its understanding of hidden demand, such as modern slavery and child "
               "sexual exploitation, so that it can direct its resources to the people most at risk.", True, EFF)],
    people=[person("Marguerite Oduya", "commissioner", F, "Police and Crime Commissioner for Bedfordshire"),
            person("Garrett Lowe", "chief-constable", F, "Chief Constable"),
            person("Marian Crewe", "inspector", HF, "HM Inspector of Constabulary")],
    notes=["The column (for 29 March 2018) is about the 2017 effectiveness report; the factbox table names "
           "HMICFRS and repeats the prose grades. 'A year ago ... Her Majesty's Inspectorate of Constabulary had "
           "just rated Bedfordshire Police inadequate at keeping people safe and reducing crime' gives the "
           "previous effectiveness grade (2016), named by the document as HMIC.",
           "'it is no longer the cause of concern it was' is not a cause of concern. 'good practice' is not a "
           "grade. 'seven other areas for improvement' are only counted. Specialist capabilities 'Not graded'.",
           "The AFI's has_force_update is true: the PCC passes on the Chief Constable's update (new "
           "exploitation team from May).",
           "Hertfordshire and Cambridgeshire are partners in a collaboration, named in passing. The Word header "
           "and footer are not part of the body. Marian Crewe's organisation is HMICFRS (the 2017 "
           "inspectorate)."]))

# nq04 -- HMI blog (HTML), Northumbria and Durham, PEEL 2023-25
N, D = "Northumbria Police", "Durham Constabulary"
GOLDS.append(gold(
    "nq04.html", "national-release", [N, D, "Cleveland Police"], [HF],
    [insp(N, "2023-25", PEEL, HF), insp(D, "2023-25", PEEL, HF)],
    grades(N, "2023-25", [(MOS, O), (PREV, G), (INV, A), (PPT, RI)])
    + grades(D, "2023-25", [(RESP, G), (LFM, G), (PVP, A), (WORK, RI)]),
    afis=[stmt(D, "2023-25", WORK,
               "The force should make sure that supervisors have the time and the training to hold regular and "
               "meaningful wellbeing conversations with the people they manage.", True)],
    people=[person("Ruth Acheson", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
            person("Marcus Tennant", "chief-constable", N, "Chief Constable"),
            person("Helen Lomas", "chief-constable", D, "Deputy Chief Constable", "deputy")],
    notes=["The five-point scale sentence and 'only a handful of outstanding grades nationally' give no "
           "judgement. 'good practice' (Northumbria's integrated offender management) is not a grade.",
           "'police powers and public treatment' -> treatment-of-public; 'building, supporting and protecting "
           "its workforce' -> workforce; 'leadership and force management' -> leadership-management.",
           "Durham's AFI: 'Deputy Chief Constable Helen Lomas has since written to me setting out how the force "
           "plans to do this' is the force's response, so has_force_update is true (loosely: it is a plan, "
           "reported by the inspector).",
           "Cleveland Police is named in passing, no grade. The fire and rescue service link is not a police "
           "inspection. Genre national-release: an inspectorate publication about more than one force. The "
           "HMI's title uses the typographic apostrophe (&#8217; in the source)."]))

# nq05 -- CC vlog transcript (TXT), Lincolnshire, PEEL 2021/22 (+2017 legitimacy)
F = "Lincolnshire Police"
GOLDS.append(gold(
    "nq05.txt", "press-release", [F], [HF],
    [insp(F, "2021/22", PEEL, HF), insp(F, "2017", LEG, None)],
    grades(F, "2021/22", [(PREV, G), (PPT, G), (CDI, G), (RESP, A), (INV, A), (PVP, A), (MOS, A), (WORK, A),
                          (LFM, RI)])
    + grades(F, "2017", [(None, G)], LEG),
    afis=[stmt(F, "2021/22", PVP,
               "The force should improve how it records and reviews the needs of victims, so that it can make "
               "sure they receive the right support throughout an investigation.", True)],
    people=[person("Mariana Holt", "chief-constable", F, "Chief Constable"),
            person("Graham Ashworth", "commissioner", F, "Police and Crime Commissioner")],
    notes=["HMICFRS is named only in the video description ('Full report on the HMICFRS website'); the "
           "2021/22 inspection takes it. The 2017 legitimacy grade is given by 'the inspectorate', so its "
           "inspectorate is null.",
           "'good use of resources' requires improvement -> leadership-management (its 'good' is not a grade); "
           "'crime recording ... graded good' -> crime-recording; 'developing a positive workplace' -> "
           "workforce. Victim service 'isn't graded' gives nothing. 'eight areas for improvement' are counted.",
           "The AFI read aloud is about victims' needs; there is no victim-service grade, and it is keyed "
           "protecting-vulnerable as the closest graded area. Unsure: victim-service is also a possible key.",
           "Lincolnshire Fire and Rescue 'came out well' is a fire inspection and no grade word. Comments "
           "('Adequate isn't good enough', 'the good grade') add nothing."]))

# nq06 -- retired officer's blog (Markdown), Nottinghamshire, PEEL 2014 (+Durham, Leicestershire)
F = "Nottinghamshire Police"
GOLDS.append(gold(
    "nq06.md", "national-release",
    [F, "Durham Constabulary", "Leicestershire Police", "Derbyshire Constabulary"], [H],
    [insp(F, "2014", EFF, H), insp(F, "2014", EFC, H), insp("Durham Constabulary", "2014", EFF, H),
     insp("Leicestershire Police", "2014", EFC, H)],
    grades(F, "2014", [(PREV, RI), (INV, G)], EFF) + grades(F, "2014", [(None, RI)], EFC)
    + grades("Durham Constabulary", "2014", [(PREV, O)], EFF)
    + grades("Leicestershire Police", "2014", [(None, G)], EFC),
    afis=[stmt(F, "2014", INV,
               "The force should ensure that investigations into volume crime are allocated according to their "
               "complexity, and that they are supervised effectively from start to finish.", False, EFF)],
    people=[person("Duncan Selwood", "chief-constable", F, "Chief Constable"),
            person("Alan Ferris", "commissioner", F, "Police and Crime Commissioner")],
    notes=["PEEL 2014 graded effectiveness by question (no overall effectiveness grade) and efficiency "
           "overall; 'Legitimacy wasn't graded at all' gives nothing. 'reducing crime and preventing "
           "offending' -> preventing-crime; 'investigating offending' -> investigating-crime.",
           "Durham's and Leicestershire's grades are in passing but carry grade words, so they have "
           "inspections (HMIC, the inspectorate of the post). Derbyshire is named in a comment with a vague "
           "'inadequate for something', then 'looked fine': no judgement.",
           "The grading-key sentence (four grades) and 'the same \"requires improvement\"' in the league-table "
           "paragraph give nothing new. The author (retired inspector) is not a person fact. The AFI has no "
           "update ('nothing in the report about that'). Genre national-release: it discusses several forces."]))

# nq07 -- PCC op-ed (PDF), Staffordshire, 2015 (all three pillars)
F = "Staffordshire Police"
GOLDS.append(gold(
    "nq07.pdf", "press-release", [F, "Cheshire Constabulary", "West Mercia Police"], [H],
    [insp(F, "2015", EFF, H), insp(F, "2015", EFC, H), insp(F, "2015", LEG, H)],
    grades(F, "2015", [(None, RI), (PREV, G), (INV, RI), (PVP, RI), (SOC, G)], EFF)
    + grades(F, "2015", [(None, G)], EFC) + grades(F, "2015", [(None, G)], LEG),
    afis=[stmt(F, "2015", INV,
               "The force should improve the quality of its initial investigations, including how well officers "
               "gather evidence on their first visit to the scene of a crime.", False, EFF)],
    people=[person("Jeremy Sandbach", "commissioner", F, "Staffordshire Police and Crime Commissioner"),
            person("Gareth Morland", "chief-constable", F, "Chief Constable"),
            person("Neil Garrow", "inspector", H, "HM Inspector of Constabulary")],
    notes=["'the last of its three PEEL reports on Staffordshire Police for 2015': efficiency and legitimacy "
           "('judged good for efficiency and good for legitimacy' in the autumn) and effectiveness "
           "('adds a requires improvement'), all HMIC 2015.",
           "'HMIC told us the force was outstanding at community engagement' names no pillar or period, and "
           "the changed crime recording grade is not a PEEL grade: no judgements. Cheshire and West Mercia are "
           "named in passing. Reader comments add nothing. The AFI has no force update (the PCC's view only)."]))

# nq08 -- CC intranet note (DOCX), Merseyside, PEEL 2018/19 (+2017 legitimacy)
F = "Merseyside Police"
GOLDS.append(gold(
    "nq08.docx", "press-release", [F, "Lancashire Constabulary"], [HF],
    [insp(F, "2018/19", PEEL, HF), insp(F, "2017", LEG, None)],
    grades(F, "2018/19", [(None, G)]) + grades(F, "2017", [(None, RI)], LEG),
    afis=[stmt(F, "2018/19", PVP,
               "The force should make sure that it shares information about children at risk with children\u2019s "
               "social care promptly, including out of office hours.", True),
          stmt(F, "2018/19", "planning-future",
               "The force should develop a fuller understanding of the skills of its workforce, so that its plans "
               "for the future are based on the capabilities it will need.", True),
          stmt(F, "2018/19", "fair-treatment-workforce",
               "The force should improve how it identifies and supports officers and staff who show signs of "
               "trauma.", False)],
    people=[person("Lewis Armitage", "chief-constable", F, "Deputy Chief Constable", "deputy"),
            person("Bernadette Quayle", "commissioner", F, "Police and Crime Commissioner"),
            person("Serena Whitlock", "chief-constable", F, "Chief Constable")],
    also={"judgements": grades(F, "2018/19", [(None, G)], EFF) + grades(F, "2018/19", [(None, G)], EFC)
          + grades(F, "2018/19", [(None, G)], LEG)},
    notes=["Following dev12: 'judged good overall' is the 2018/19 PEEL judgement; 'good in all three parts' "
           "gives per-pillar 2018/19 grades only loosely (also_acceptable).",
           "'in 2017, when our legitimacy was judged to require improvement' gives a 2017 Legitimacy grade; no "
           "inspectorate is named for it.",
           "AFI questions come from the table's Area cells ('protecting vulnerable people', 'planning for the "
           "future', 'treating the workforce fairly'). The third AFI's lead and update are 'To be confirmed': "
           "no update.",
           "'good practice' (with Merseyside Fire and Rescue Service) is not a grade. DCC Lewis Armitage is named "
           "in full in the body ('Deputy Chief Constable Lewis Armitage'); ACC Joanne Pryce is not a person fact. "
           "The Word header (OFFICIAL, FOI reference) and footer are not body text. Lancashire is named in "
           "passing."]))

# nq09 -- radio podcast transcript (TXT), Hampshire and Isle of Wight, PEEL 2023-25 (+2021/22)
F = "Hampshire Constabulary"
TV = "Thames Valley Police"
GOLDS.append(gold(
    "nq09.txt", "press-release", [F, TV], [HF],
    [insp(F, "2023-25", PEEL, HF), insp(F, "2021/22", PEEL, None)],
    grades(F, "2023-25", [(PREV, G), (MOS, G), (WORK, G), (INV, A), (PVP, A), (PPT, A), (LFM, A), (RESP, RI)])
    + grades(F, "2021/22", [(RESP, A)]),
    afis=[stmt(F, "2023-25", RESP,
               "The constabulary should make sure that callers who are told they will be called back receive "
               "that call within the time they were promised.", True)],
    people=[person("Damien Rourke", "chief-constable", F, "Chief Constable"),
            person("Fiona Keld", "commissioner", F, "Police and Crime Commissioner")],
    also={"inspections": [insp(TV, "2023-25", PEEL, None)],
          "judgements": grades(TV, "2023-25", [(RESP, RI)])},
    notes=["The force is called 'Hampshire and Isle of Wight Constabulary' (an alias of Hampshire "
           "Constabulary). The period comes from the show notes '(PEEL 2023-25)'.",
           "'supporting our workforce ... building, supporting and protecting the workforce' -> workforce; "
           "'police powers and how we treat the public' -> treatment-of-public. 'Last time round, in 2021/22, we "
           "were adequate at responding to the public' gives a 2021/22 grade (no inspectorate named for it).",
           "Thames Valley's 'rated requires improvement for responding to the public as well' names no period; "
           "it is taken as 2023-25 only loosely (also_acceptable).",
           "'no cause of concern ... and no recommendations' and 'nine areas for improvement' give nothing. "
           "The fire and rescue service's 'good across the board' is not a police grade. 'Outstanding grades "
           "are nice' is not a grade. Kerry Ashdown (presenter) is not a person fact."]))

# nq10 -- PCC blog (HTML), Cheshire, Efficiency 2016 (+2015)
F = "Cheshire Constabulary"
GOLDS.append(gold(
    "nq10.html", "press-release", [F], [H],
    [insp(F, "2016", EFC, H), insp(F, "2015", EFC, H)],
    grades(F, "2016", [(None, G), ("understanding-demand", O), ("using-resources", G), ("planning-future", G)], EFC)
    + grades(F, "2015", [(None, G)], EFC),
    afis=[stmt(F, "2016", "using-resources",
               "The constabulary should make sure that the mobile technology it has planned is fully in place, so "
               "that officers can spend more time in their communities and less time returning to stations.",
               True, EFC),
          stmt(F, "2016", "planning-future",
               "The constabulary should improve its understanding of the skills its officers and staff already "
               "have, and of those it will need, so that recruitment and training match its future plans.",
               False, EFC)],
    people=[person("Janet Corran", "chief-constable", F, "Chief Constable"),
            person("Owen Tattersall", "commissioner", F, "Police and Crime Commissioner for Cheshire")],
    notes=["'Posted on Thursday 3rd November' has no year; the period comes from 'PEEL efficiency report for "
           "2016'. 'the same grade the force achieved in 2015, when HMIC also judged it good for efficiency' "
           "states the grade word, so the 2015 judgement is a main fact.",
           "The lead-in 'The Inspectorate has asked the Constabulary to look at two things:' is followed by "
           "full-sentence bullets, so each bullet is its own AFI (README convention). Only the first has the "
           "Chief Constable's update (tablets by the end of March); the second has only the PCC's intention.",
           "AFI questions are inferred: mobile technology -> using-resources, skills for the future -> "
           "planning-future. Cheshire Fire Authority in the sidebar is not a police force."]))

os.makedirs(GOLD, exist_ok=True)
for g in GOLDS:
    stem = os.path.splitext(g["document"])[0]
    with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print("wrote", stem)
