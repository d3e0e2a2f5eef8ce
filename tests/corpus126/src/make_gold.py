"""Write gold/nw01.json ... gold/nw10.json for corpus126 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
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

# nw01 -- Lancashire force web page: 2018/19 results + 2021/22 inspection announced ----------
F = "Lancashire Constabulary"
GOLDS.append(gold(
    "nw01.html", "press-release", [F], [HF],
    [insp(F, P1819, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P1819, [("planning-future", O), ("protecting-vulnerable", G)]),
    people=[person("Jonathan Ashworth-Kerr", "chief-constable", F, "Chief Constable")],
    also={"judgements": [
        {"force": F, "period": P1819, "pillar": "Efficiency", "question": None, "grade": O},
        {"force": F, "period": P1819, "pillar": "Effectiveness", "question": None, "grade": G},
        {"force": F, "period": P1819, "pillar": "Legitimacy", "question": None, "grade": G},
    ]},
    notes=[
        "2018/19 follows dev12: the question grades ('outstanding in how we plan for the "
        "future' -> planning-future; 'good at protecting vulnerable people and supporting "
        "victims' is the one 2018/19 vulnerability question -> protecting-vulnerable) have "
        "pillar PEEL; the whole-pillar grades in 'rated outstanding for efficiency and good for "
        "both effectiveness and legitimacy' go to also_acceptable. No overall 2018/19 grade is "
        "stated, so there is no question-null PEEL judgement.",
        "The 'Our next inspection' box announces the PEEL 2021/22 inspection (HMICFRS, "
        "fieldwork from 7 March 2022): an inspection with no judgement. Its bullets are the "
        "inspectors' lines of enquiry, not areas for improvement. 'we aim to be outstanding "
        "across the board' is an ambition, and the five-point-scale sentence lists grades in "
        "general: neither gives a judgement.",
        "Fieldwork 'autumn of 2018', publication 2019, 'last updated 21 February 2022' are dates, "
        "not periods. The Police and Crime Commissioner is unnamed.",
    ]))

# nw02 -- Northumbria liaison lead's briefing (PDF): 2023-25 coming; 2021/22 grades --------
F = "Northumbria Police"
GOLDS.append(gold(
    "nw02.pdf", "response-record", [F, "Durham Constabulary", "Cleveland Police"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G),
                      (WORK, G), (LFM, A)]),
    people=[
        person("Bernadette Colley", "inspector", HF, "HM Inspector of Constabulary"),
        person("Vanessa Jardine", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The document prepares the PEEL 2023-25 inspection (an inspection, no judgement). "
        "Its table gives the 2021/22 HMICFRS grades in the '2021/22 grade' column; the "
        "'Our self-assessment, August 2023' column is the force's own view and gives nothing. "
        "'Developing a positive workplace' -> workforce; 'Good use of resources' -> "
        "leadership-management.",
        "The mock inspection by a peer team from Durham and Cleveland gives no judgement; those "
        "forces are named in passing only. The numbered 'The force should be able to show ...' "
        "items are lines of enquiry, not areas for improvement. 'graded good or better in every "
        "area' is an aim. 'nine areas for improvement ... three remain open' is a count without "
        "text.",
        "Genre: an internal force paper about an inspection; the closest genre label is "
        "response-record. Superintendent Rachel Otterburn is not a person fact.",
    ]))

# nw03 -- HMICFRS notification letter to Gwent (DOCX): 2023-25 announced --------------------
F = "Gwent Police"
GOLDS.append(gold(
    "nw03.docx", "response-record", [F], [HF],
    [insp(F, P2325, inspectorate=HF)],
    people=[
        person("Pam Kelly", "chief-constable", F, "Chief Constable"),
        person("Jeff Cuthbert", "commissioner", F, "Police and Crime Commissioner"),
        person("Wendy Williams", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "A notification letter: one inspection (Gwent, PEEL 2023-25, HMICFRS named in the "
        "letterhead paragraph in full) and no judgement. The timetable dates (fieldwork 5 to 16 "
        "June 2023, publication autumn 2023) are not the period. The 'Areas of focus' bullets, "
        "including one written 'The force should be able to demonstrate ...', are lines of "
        "enquiry, not areas for improvement. 'the eleven areas for improvement in our 2021/22 "
        "report' is a count without text and gives no 2021/22 inspection fact beyond it; it is "
        "listed in also_acceptable as an inspection.",
        "The Word header ('OFFICIAL-SENSITIVE') and footer (which says 'HMICFRS') are not "
        "visible body text. Chief Inspector Ffion Rhys-Howells and Owen Prothero are not person "
        "facts. Genre: the closest label is response-record.",
    ],
    also={"inspections": [insp(F, P2122, inspectorate=HF)]}))

# nw04 -- HMIC publication page, Suffolk Efficiency 2015 (HTML) ------------------------------
F = "Suffolk Constabulary"
GOLDS.append(gold(
    "nw04.html", "peel-report", [F, "Norfolk Constabulary"], [H],
    [insp(F, "2015", "Efficiency", H), insp(F, "2016", "Efficiency", H)],
    grades(F, "2015", [(None, G), ("understanding-demand", G), ("using-resources", G),
                       ("planning-future", RI)], pillar="Efficiency"),
    afis=[
        stmt(F, "2015", "planning-future",
             "The constabulary should extend its workforce plan beyond 2017 so that it sets out "
             "the number, skills and grades of officers and staff it will need to meet the demand "
             "it expects.", pillar="Efficiency"),
        stmt(F, "2015", "planning-future",
             "The constabulary should develop a clear medium-term financial plan, agreed with the "
             "police and crime commissioner, that shows how it will balance its budget in each "
             "year to 2019/20.", pillar="Efficiency"),
    ],
    people=[
        person("Zo\u00eb Billingham", "inspector", H, "HM Inspector of Constabulary"),
        person("Tim Passmore", "commissioner", F, "police and crime commissioner"),
    ],
    also={"inspections": [insp(F, "2015", "Effectiveness", H), insp(F, "2015", "Legitimacy", H)]},
    notes=[
        "'What happens next' announces the 2016 efficiency inspection and says HMIC will check "
        "Suffolk's progress then: a main inspection (2016, Efficiency, HMIC) with no judgement. "
        "'Our effectiveness and legitimacy findings will follow in early 2016' refers to the "
        "2015 pillars still to be published: also_acceptable inspections only.",
        "The two AFIs sit under one 'Areas for improvement' heading; both concern planning "
        "(workforce plan, medium-term financial plan) -> planning-future.",
        "The grading key lists all four grades and gives nothing. 'good practice' is not a "
        "grade. Norfolk Constabulary is a collaboration partner named in passing. The inspection "
        "visit (May 2015) and publication date are not periods. The PCC is named title-first "
        "in lower case ('The police and crime commissioner for Suffolk, Tim Passmore').",
    ]))

# nw05 -- Devon and Cornwall six-month progress page (Markdown), 2021/22 ---------------------
F = "Devon and Cornwall Police"
GOLDS.append(gold(
    "nw05.md", "response-record", [F, "Dorset Police"], [HF],
    [insp(F, P2122, inspectorate=HF), insp(F, P2325, inspectorate=HF)],
    grades(F, P2122, [(PREV, G), (PPT, A), (PVP, A), (INV, RI), (RESP, I)]),
    afis=[
        stmt(F, P2122, INV,
             "The force should make sure that investigations are allocated to staff with the right "
             "skills and that supervisors review every investigation regularly.", True),
        stmt(F, P2122, INV,
             "The force should improve how it records a victim's decision to withdraw support for "
             "a prosecution, including the reasons for that decision.", True),
        stmt(F, P2122, PVP,
             "The force should make sure that it makes referrals to partner agencies about "
             "vulnerable children without delay.", True),
    ],
    recs=[
        stmt(F, P2122, RESP,
             "Within three months, the force should make sure that it answers 999 calls promptly "
             "and in line with national standards.", True),
        stmt(F, P2122, RESP,
             "Within six months, the force should make sure that call handlers use a structured "
             "risk assessment for every call and that it is recorded on the incident log.", True),
    ],
    coc=[
        stmt(F, P2122, RESP,
             "The force is not answering emergency and non-emergency calls quickly enough, and it "
             "does not always assess the risk to callers properly, so people who need help may not "
             "get it in time.", True),
    ],
    notes=[
        "The grade table gives five 2021/22 grades; 'The remaining areas ... are not repeated "
        "here' and the ungraded victim service give nothing. 'Our aim is to be ... at least "
        "adequate in every area at the next inspection' is a hoped-for grade.",
        "has_force_update: one 'Our update:' follows the cause of concern and its two "
        "recommendations and answers all three, so all are true. AFI 2's update says work has "
        "not started and gives its schedule; it is still the force's update, so true.",
        "'Our next full PEEL inspection, under the 2023-25 framework, is expected in spring "
        "2024': a 2023-25 inspection with no judgement. The June 2023 revisit is part of the "
        "2021/22 cycle. Publication (October 2022) and fieldwork (March and April 2022) dates "
        "are not periods. Dorset Police is named in passing (good practice).",
    ]))

# nw06 -- HMICFRS revisit letter, Gloucestershire (PDF), 2021/22 -----------------------------
F = "Gloucestershire Constabulary"
GOLDS.append(gold(
    "nw06.pdf", "response-record", [F], [HF],
    [insp(F, P2122, inspectorate=HF), insp(F, P2325, inspectorate=HF)],
    grades(F, P2122, [(RESP, I), (INV, RI)]),
    recs=[
        stmt(F, P2122, RESP,
             "By 31 January 2023, the constabulary should improve the speed with which it answers "
             "emergency and non-emergency calls, so that it meets the national standard for "
             "emergency calls."),
        stmt(F, P2122, RESP,
             "By 31 January 2023, the constabulary should make sure that its call handlers carry "
             "out and record a structured assessment of risk and vulnerability for every call, and "
             "that repeat and vulnerable callers are identified."),
    ],
    coc=[
        stmt(F, P2122, RESP,
             "The constabulary does not respond to calls for service in a timely way, and it does "
             "not always identify vulnerability and repeat victimisation when calls are received, "
             "which means some vulnerable people are at risk of harm."),
    ],
    people=[
        person("Roy Wilsher", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Rod Hansen", "chief-constable", F, "Chief Constable"),
        person("Chris Nelson", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "The 2021/22 grades are restated in the letter ('inadequate at responding to the public', "
        "'requiring improvement at investigating crime'). The revisit changes no grade.",
        "has_force_update is false for the cause of concern and both recommendations: 'What we "
        "found' is the inspectorate's own assessment of progress, not the force's update or "
        "response. Unsure: a grader might count it as an update.",
        "'its PEEL 2023-25 inspection, which is scheduled for early 2024': a 2023-25 inspection "
        "with no judgement. 'the ten areas for improvement' is a count without text. Revisit "
        "dates (26 to 28 June 2023), 'Sent on' and the publication date are not periods.",
        "People: the HMI and Chief Constable are named name-first in the 'Letter information' "
        "table, each with the title on the next line; the PCC is 'the Police and Crime "
        "Commissioner, Chris Nelson'.",
    ]))

# nw07 -- Leicestershire police and crime panel paper (DOCX): 2023-25 coming; 2021/22 grades
F = "Leicestershire Police"
GOLDS.append(gold(
    "nw07.docx", "response-record",
    [F, "Derbyshire Constabulary", "Lincolnshire Police", "Northamptonshire Police",
     "Nottinghamshire Police"], [HF],
    [insp(F, P2122, inspectorate=HF), insp(F, P2325, inspectorate=HF)],
    grades(F, P2122, [(PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, G), (MOS, G),
                      (WORK, A), (LFM, G)]),
    people=[
        person("Rupert Matthews", "commissioner", F, "Police and Crime Commissioner"),
        person("Rob Nixon", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The first table gives the 2021/22 grades ('HMICFRS grade' column): 'Developing a "
        "positive workplace' -> workforce, 'Good use of resources' -> leadership-management; "
        "victim service 'Not graded' gives nothing.",
        "The second table announces PEEL 2023-25 (fieldwork 15-26 January 2024): an inspection "
        "with no judgement. The EMSOU thematic is not PEEL; the four partner forces are named in "
        "passing with no inspection. The force's self-assessment ('good in most areas and "
        "adequate in responding to the public') is not an HMICFRS grade. The renamed 2023-25 "
        "area names in paragraph 6 carry no grade ('Good use of resources' is a name).",
        "Lizzie Starr (OPCC Chief Executive) is not a person fact. The Word header (panel name) "
        "and footer are not body text.",
    ]))

# nw08 -- Merseyside liaison tracker (CSV), 2021/22 -----------------------------------------
F = "Merseyside Police"
GOLDS.append(gold(
    "nw08.csv", "response-record", [F], [HF],
    [insp(F, P2122, inspectorate=HF), insp(F, P2325, inspectorate=None)],
    grades(F, P2122, [(PREV, O), (PPT, G), (INV, G), (PVP, G), (MOS, G), (LFM, G), (WORK, A),
                      (RESP, RI)]),
    people=[person("Emily Spurrell", "commissioner", F, "Commissioner")],
    notes=[
        "Only the Publication row's grades count. The Hot debrief row ('may be graded "
        "inadequate'; 'not a final grade') is provisional feedback and gives nothing; the final "
        "grade for responding to the public is Requires improvement. 'good use of resources' -> "
        "leadership-management; 'developing a positive workplace' -> workforce; victim service "
        "'not graded' gives nothing.",
        "The last row expects a PEEL 2023-25 inspection in 2024: an inspection with no "
        "judgement; its 'target: outstanding ... and good ...' is hoped-for. That row names no "
        "inspectorate, so its inspectorate is null. The row dates (2021-11-22 fieldwork, "
        "2022-05-05 publication) are not periods. '7 AFIs logged' is a count without text.",
        "The PCC is named 'Commissioner Emily Spurrell' (title 'Commissioner').",
    ]))

# nw09 -- HMIC embargoed news release, North Wales Effectiveness 2014 (TXT) -----------------
F = "North Wales Police"
GOLDS.append(gold(
    "nw09.txt", "press-release",
    [F, "Dyfed-Powys Police", "Gwent Police", "South Wales Police"], [H],
    [insp(F, "2014", "Effectiveness", H)],
    grades(F, "2014", [(None, G), (PREV, G), (INV, RI)], pillar="Effectiveness"),
    afis=[
        stmt(F, "2014", INV,
             "The force should make sure that every investigation has a documented plan which is "
             "reviewed by a supervisor, and that victims are told of the outcome.",
             pillar="Effectiveness"),
    ],
    people=[
        person("Dru Sharpling", "inspector", H, "HM Inspector of Constabulary"),
        person("Winston Roddick", "commissioner", F, "police and crime commissioner"),
    ],
    also={"inspections": [insp(F, "2014", "Efficiency", H), insp(F, "2014", "Legitimacy", H)]},
    notes=[
        "The embargo line (00:01, 27 November 2014) and the fieldwork months are dates, not the "
        "period. The overall effectiveness grade is 'good overall at keeping people safe and "
        "reducing crime'; 'good at reducing crime and preventing offending' -> preventing-crime; "
        "'requires improvement in the way it investigates offending' -> investigating-crime. "
        "Anti-social behaviour work is praised without a grade word.",
        "'The report sets out one area the force must address:' is a lead-in to the single AFI; "
        "the AFI is the bullet's sentence.",
        "Notes to editors: the other Welsh forces are named in passing (no grade, no "
        "inspection); the 2014 efficiency report (already published) and the legitimacy findings "
        "(still to come) are also_acceptable inspections. The list of HMIC's judgements gives "
        "nothing.",
    ]))

# nw10 -- Cumbria PCC bulletin (PDF): Legitimacy 2017 + 2016; 2018/19 announced ------------
F = "Cumbria Constabulary"
GOLDS.append(gold(
    "nw10.pdf", "press-release", [F], [HF, H],
    [insp(F, "2017", "Legitimacy", HF), insp(F, "2016", "Legitimacy", H),
     insp(F, P1819, inspectorate=HF)],
    grades(F, "2017", [(None, G), ("fair-treatment-public", G), ("fair-treatment-workforce", G),
                       ("ethical-lawful-workforce", RI)], pillar="Legitimacy")
    + grades(F, "2016", [(None, G)], pillar="Legitimacy"),
    afis=[
        stmt(F, "2017", "ethical-lawful-workforce",
             "The constabulary should make sure that all officers and staff hold the level of "
             "vetting that their current post requires, and that it clears its vetting backlog "
             "without delay.", True, pillar="Legitimacy"),
    ],
    people=[
        person("Michelle Skeer", "chief-constable", F, "Chief Constable"),
        person("Peter McCall", "commissioner", F, "Police and Crime Commissioner"),
    ],
    also={"inspections": [insp(F, "2017", "Effectiveness", HF)]},
    notes=[
        "Legitimacy 2017 was published by HMICFRS (named); 'in 2016, HMIC also judged the "
        "constabulary to be good for legitimacy' gives the 2016 grade with its inspectorate.",
        "The AFI is followed by the Commissioner's report of the Chief Constable's assurance, "
        "which is the force's response: has_force_update true.",
        "Coming up: the 2018/19 integrated PEEL inspection ('expected to be in the second group') "
        "is a main inspection with no judgement. The 2017 effectiveness report 'due in March "
        "2018' is an also_acceptable inspection; 'hopes to be judged good' is hoped-for. The "
        "internal mock inspection's 'outstanding' and 'requiring improvement' are not HMICFRS "
        "grades. Cumbria Fire and Rescue Service's inspection is not a police inspection.",
        "Peter McCall is named name-first after his quote ('Peter McCall, Police and Crime "
        "Commissioner').",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
