"""Write gold/mx01.json ... gold/mx10.json for corpus104 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

H, HF = "HMIC", "HMICFRS"
EFF, EFC, LEG, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "PEEL"
G, RI, I, O = "Good", "Requires improvement", "Inadequate", "Outstanding"
# question keys
PREV, INV, PVP, SOC, SPEC = ("preventing-crime", "investigating-crime", "protecting-vulnerable",
                             "serious-organised-crime", "specialist-capabilities")
DEM, RES, FUT = "understanding-demand", "using-resources", "planning-future"
FTP, ETH, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"


def insp(force, period, pillar, inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pillar, pairs):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def stmt(force, period, pillar, question, text, update=False):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title,
            "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(),
         recs=(), coc=(), people=(), also=None, notes=None, encoding="utf-8"):
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

# mx01 -- Wayback capture of HMIC's PEEL 2016 force page, Norfolk --------------------------
F = "Norfolk Constabulary"
GOLDS.append(gold(
    "mx01.html", "peel-report",
    [F, "Suffolk Constabulary", "Cambridgeshire Constabulary"], [H],
    [insp(F, "2016", EFF, H), insp(F, "2016", EFC, H), insp(F, "2016", LEG, H),
     insp(F, "2015", EFC, H)],
    grades(F, "2016", EFF, [(None, G), (PREV, G), (INV, G), (PVP, RI), (SOC, G)])
    + grades(F, "2016", EFC, [(None, O), (DEM, G), (RES, O), (FUT, O)])
    + grades(F, "2016", LEG, [(None, G), (FTP, G), (ETH, G), (FTW, G)])
    + grades(F, "2015", EFC, [(None, O)]),
    people=[person("Rebecca Lyall", "inspector", H, "HM Inspector of Constabulary")],
    also={"inspections": [insp(F, "2016", "Leadership", H)]},
    notes=[
        "The Wayback toolbar dates (captures 03 Mar 2017 - 22 Jul 2018, JUN 14 2017) and the "
        "archive comment (retrieved 2019) are capture dates, not the period; the period is 2016 "
        "from the page title.",
        "Grades are in table cells as an icon (alt text) plus the visible grade word; each counts "
        "once. The key line names four grades and gives nothing.",
        "Specialist capabilities and Leadership are 'Ungraded': no judgement. The Leadership "
        "pillar is described (a report exists) but not graded, so its inspection is only in "
        "also_acceptable.",
        "'In 2015 we also judged the constabulary to be outstanding for efficiency' gives the 2015 "
        "Efficiency grade; 'we' on an HMIC page is HMIC.",
        "Suffolk and Cambridgeshire are named in passing (collaboration, sidebar links) with no grade.",
        "The HMI is invented.",
    ]))

# mx02 -- UK Government Web Archive capture of an HMIC news item, Lincolnshire efficiency 2016 --
F = "Lincolnshire Police"
GOLDS.append(gold(
    "mx02.html", "press-release",
    [F, "Nottinghamshire Police", "Leicestershire Police"], [H],
    [insp(F, "2016", EFC, H), insp(F, "2015", EFC, H)],
    grades(F, "2016", EFC, [(None, G), (DEM, G), (RES, G), (FUT, RI)])
    + grades(F, "2015", EFC, [(None, O)]),
    people=[person("Matthew Hallam", "inspector", H, "HM Inspector of Constabulary")],
    notes=[
        "The archive banner date (captured 14 December 2017) is not the period; the item was "
        "published 3 November 2016 about PEEL efficiency 2016.",
        "'Last year HMIC judged the force to be outstanding for efficiency' gives the 2015 grade.",
        "'The report sets out two areas for improvement' is a count with no text: no AFI facts. "
        "The HMI's 'The force should now set out ...' is inside a quotation, not a listed AFI.",
        "The notes to editors name the four grades: no judgement.",
        "Nottinghamshire and Leicestershire appear only as related-news links.",
    ]))

# mx03 -- print view (PDF) of HMICFRS's Gwent legitimacy 2017 page ---------------------------
F = "Gwent Police"
GOLDS.append(gold(
    "mx03.pdf", "peel-report",
    [F, "Dyfed-Powys Police", "South Wales Police"], [H, HF],
    [insp(F, "2017", LEG, HF), insp(F, "2016", LEG, H)],
    grades(F, "2017", LEG, [(None, G), (FTP, G), (ETH, G), (FTW, RI)])
    + grades(F, "2016", LEG, [(None, G)]),
    afis=[
        stmt(F, "2017", LEG, FTP,
             "The force should improve its understanding of the use of force by: recording every use "
             "of force consistently; and analysing the data so that any disproportionality is "
             "identified and explained to the public."),
        stmt(F, "2017", LEG, ETH,
             "The force should make sure that the vetting of its officers and staff meets the national "
             "standard, and it should clear its backlog of vetting reviews for people already in post."),
        stmt(F, "2017", LEG, FTW,
             "Gwent Police should put in place a structured way of finding and developing talented "
             "officers and staff, at every rank and grade."),
        stmt(F, "2017", LEG, FTW,
             "The force should improve how it manages individual performance, so that every member "
             "of the workforce has a meaningful appraisal that is recorded."),
    ],
    people=[person("Elin Pritchard", "inspector", HF, "Her Majesty’s Inspector of Constabulary")],
    notes=[
        "The print date 19/01/2018 and the URL line are browser print furniture, not the period.",
        "The page names the inspectorate in full (… and Fire & Rescue Services), as HMICFRS in "
        "the title, and 'HMIC' for the 2016 judgement: both inspectorates are named.",
        "'In 2016, HMIC judged the force to be good for legitimacy as well' gives the 2016 grade.",
        "The first AFI is a lead-in with two sub-bullets, joined into one statement.",
        "The good-practice box is not an AFI. 'Heddlu Gwent' is the Welsh name of the same force.",
        "The HMI is invented; her title is taken as written after the name (curly apostrophe).",
    ]))

# mx04 -- Word copy of HMICFRS's PEEL 2018/19 page for Wiltshire ---------------------------
F = "Wiltshire Police"
P = "2018/19"
GOLDS.append(gold(
    "mx04.docx", "peel-report",
    [F, "Avon and Somerset Constabulary"], [HF],
    [insp(F, P, PEEL, HF), insp(F, "2017", EFF, HF), insp(F, "2017", EFC, HF),
     insp(F, "2017", LEG, HF)],
    grades(F, P, PEEL, [(None, G), (PREV, G), (INV, RI), (PVP, G), (SOC, G), (RES, G), (FUT, G),
                        (FTP, G), (ETH, G), (FTW, G)])
    + grades(F, "2017", EFF, [(None, RI)]) + grades(F, "2017", EFC, [(None, G)])
    + grades(F, "2017", LEG, [(None, G)]),
    afis=[
        stmt(F, P, PEEL, INV,
             "The force should make sure that investigations are supervised effectively, and that each "
             "crime is allocated to an investigator with the right skills and training."),
        stmt(F, P, PEEL, INV,
             "Wiltshire Police should improve how it keeps victims informed about the progress of their "
             "cases, in line with the Code of Practice for Victims of Crime."),
        stmt(F, P, PEEL, PVP,
             "The force should reduce the time vulnerable people wait for officers to attend, "
             "particularly when their calls have been graded as a priority."),
        stmt(F, P, PEEL, FUT,
             "The force should build a fuller picture of the skills of its workforce, including its "
             "leaders, so that it can plan for the capabilities it will need in future."),
    ],
    people=[
        person("Wendy Tarrant", "inspector", HF, "HM Inspector of Constabulary"),
        person("Gillian Harte", "commissioner", F, "Police and Crime Commissioner"),
        person("Daniel Okafor", "chief-constable", F, "Chief Constable"),
    ],
    also={
        "judgements": grades(F, P, EFF, [(None, G)]) + grades(F, P, EFC, [(None, G)])
        + grades(F, P, LEG, [(None, G)])
        + grades(F, "2017", LEG, [(FTP, G), (FTW, G)]),
    },
    notes=[
        "Follows dev12 for 2018/19: overall and question grades have pillar PEEL; the 2018/19 "
        "pillar grades in the table's '2018/19 judgment' column are in also_acceptable.",
        "Question rows map: 'Meeting current demands and using resources' -> using-resources, "
        "'Treating the public fairly' -> fair-treatment-public, 'Treating the workforce fairly' -> "
        "fair-treatment-workforce. Armed policing is 'Not graded'.",
        "'Good*' rows: the footnote says these were not inspected in 2018/19 and the 2017 "
        "judgment is carried forward. They stay 2018/19 PEEL question grades (the page shows them "
        "as such); the 2017 Legitimacy question grades they repeat are in also_acceptable.",
        "The '2017 judgment' column gives 2017 pillar grades (main). The page names only HMICFRS; "
        "the 2017 inspections take it from the page ('In 2017 we judged ...'), as corpus13 did.",
        "Header ('OFFICIAL …') and footer are not body text. 'Dorset & Wiltshire Fire and Rescue "
        "Service' is a fire service, not Dorset Police: Dorset Police is not listed. Avon and "
        "Somerset is a related link only.",
        "All people are invented. The PCC's note is not a force update, so has_force_update is false.",
    ]))

# mx05 -- Markdown conversion of a Wayback capture of HMIC's PEEL 2014 page, Derbyshire -----
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "mx05.md", "peel-report",
    [F, "Nottinghamshire Police", "Leicestershire Police"], [H],
    [insp(F, "2014", EFF, H), insp(F, "2014", EFC, H)],
    grades(F, "2014", EFF, [(PREV, G), (INV, G)])
    + grades(F, "2014", EFC, [(None, G)]),
    afis=[
        stmt(F, "2014", EFF, PREV,
             "The constabulary should make sure that call handlers check whether a caller reporting "
             "anti-social behaviour has called before, and that repeat and vulnerable victims get a visit."),
        stmt(F, "2014", EFF, INV,
             "The constabulary should improve the quality of the initial investigation of volume crime, "
             "in particular the gathering of forensic and CCTV evidence at the first attendance."),
    ],
    people=[person("Alan Mercer", "inspector", H, "Her Majesty's Inspector of Constabulary for the Midlands region")],
    also={"inspections": [insp(F, "2014", LEG, H)]},
    notes=[
        "2014 was HMIC's transitional year: no overall effectiveness judgment and no legitimacy grade. "
        "The capture date (6 February 2015) and conversion date (2019) are not the period.",
        "2014 question names do not match the 2015-17 keys. 'Reducing crime and preventing offending' "
        "-> preventing-crime and 'investigating offending' -> investigating-crime are in the gold. "
        "'Tackling anti-social behaviour' (Requires improvement) would also map to preventing-crime, "
        "which is taken, so it is left out rather than forced onto a wrong key. The protecting "
        "question has 'No graded judgment'.",
        "'To what extent is the force efficient?' is the headline efficiency question, so its Good is "
        "the pillar grade. The two efficiency sub-questions (secure financial position: Good; "
        "affordable way of providing policing: Outstanding) have no key and are left out.",
        "The first AFI is about anti-social behaviour, keyed preventing-crime (the 2015-17 question "
        "covers anti-social behaviour).",
        "'adequately resourced' is not a grade. The integrity inspection is narrative only; the "
        "2014 Legitimacy inspection is in also_acceptable.",
        "Markdown image alt text repeats the visible grade word; counted once.",
    ]))

# mx06 -- AMP page of a local news story, Bedfordshire effectiveness 2017 ---------------------
F = "Bedfordshire Police"
GOLDS.append(gold(
    "mx06.html", "press-release",
    [F, "Hertfordshire Constabulary", "Cambridgeshire Constabulary"], [H, HF],
    [insp(F, "2017", EFF, HF), insp(F, "2016", EFF, H)],
    grades(F, "2017", EFF, [(None, RI), (PREV, RI), (INV, RI), (PVP, RI), (SOC, G)])
    + grades(F, "2016", EFF, [(None, I)]),
    people=[
        person("Jonathan Harwell", "chief-constable", F, "Chief Constable"),
        person("Katrina Holt", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "A news story, not an inspectorate page; genre press-release is the closest.",
        "Published 22 March 2018 (updated 23 March) about the 2017 effectiveness inspection. "
        "'A year ago inspectors rated the county's force inadequate for effectiveness' gives the "
        "2016 grade; the story says HMICFRS 'took over from HMIC last summer', so the 2016 "
        "inspection is HMIC's.",
        "'requires improvement at preventing crime, at investigating crime, and at protecting "
        "vulnerable people' gives three question grades. Armed policing was 'not graded'.",
        "Paraphrased findings are not AFIs. The 'Fire service rated good' link is a fire and rescue "
        "service inspection and gives nothing. The reporter is not a person fact.",
        "Title of the PCC: the office words before the name ('Bedfordshire's Police and Crime "
        "Commissioner, Katrina Holt') without the place.",
    ]))

# mx07 -- RSS feed of HMIC's news feed saved as text -----------------------------------------
SY, LE, ME = "South Yorkshire Police", "Leicestershire Police", "Merseyside Police"
GOLDS.append(gold(
    "mx07.txt", "national-release",
    ["North Yorkshire Police", SY, LE, ME], [H],
    [insp(SY, "2016", LEG, H), insp(LE, "2016", LEG, H), insp(ME, "2016", LEG, H),
     insp(SY, "2015", LEG, H)],
    grades(SY, "2016", LEG, [(None, RI), (FTP, G), (ETH, RI), (FTW, RI)])
    + grades(SY, "2015", LEG, [(None, G)])
    + grades(LE, "2016", LEG, [(None, G), (FTP, G), (ETH, G), (FTW, G)])
    + grades(ME, "2016", LEG, [(None, G), (FTP, O), (ETH, G), (FTW, G)]),
    people=[
        person("Thomas Winsor", "inspector", H, "HM Chief Inspector of Constabulary"),
        person("Stephen Halloran", "inspector", H, "HM Inspector of Constabulary"),
    ],
    also={
        "inspections": [insp(LE, "2015", LEG, H)],
        "judgements": grades(LE, "2015", LEG, [(None, G)]),
    },
    notes=[
        "RSS XML saved as text. pubDate and lastBuildDate are publication dates, not periods.",
        "The North Yorkshire item is a crime data integrity inspection, not PEEL: the force is listed "
        "but has no inspection or judgement ('requires improvement in the way it records crime').",
        "'Last year HMIC judged the force to be good for legitimacy' gives South Yorkshire's 2015 "
        "grade. Leicestershire's 'the same judgment as last year' gives its 2015 grade only in "
        "also_acceptable.",
        "The national item's counts ('two were judged outstanding, 33 good …') name no force.",
        "'Sir Thomas Winsor' is written without 'Sir'. HM Chief Inspector is an inspector role. "
        "Stephen Halloran is invented.",
    ]))

# mx08 -- printed Wayback capture (PDF) of HMICFRS's PEEL 2017 page, Lancashire efficiency ---
F = "Lancashire Constabulary"
GOLDS.append(gold(
    "mx08.pdf", "peel-report",
    [F, "Cumbria Constabulary", "Merseyside Police"], [HF],
    [insp(F, "2017", EFC, HF), insp(F, "2016", EFC, None)],
    grades(F, "2017", EFC, [(None, G), (DEM, G), (RES, G), (FUT, RI)])
    + grades(F, "2016", EFC, [(None, G)]),
    afis=[
        stmt(F, "2017", EFC, FUT,
             "Lancashire Constabulary should carry out a full assessment of the skills and capabilities "
             "of its workforce, so that it knows what gaps it needs to fill in the next three to five years."),
        stmt(F, "2017", EFC, FUT,
             "The constabulary should set out how it will fund its plans for new technology after "
             "2019/20, and how these investments will release savings or improve its service."),
        stmt(F, "2017", EFC, RES,
             "The constabulary should improve the way it assesses how well its collaborations with "
             "other organisations are working."),
    ],
    people=[person("Helena Broadhurst", "inspector", HF, "Her Majesty’s Inspector of Constabulary")],
    notes=[
        "Printed from a Wayback capture of 25 November 2017, before the 2017 legitimacy and "
        "effectiveness results: their tabs say 'results due …' and give nothing.",
        "'In 2016 the constabulary was judged to be good for efficiency' gives the 2016 grade; "
        "the sentence names no inspectorate, so that inspection's inspectorate is null.",
        "The AFIs sit under one 'Areas for improvement' heading with no question headings: the "
        "workforce-skills and technology-funding AFIs are keyed planning-future, the collaboration "
        "AFI using-resources.",
        "The judgment key names four grades and gives nothing. Cumbria and Merseyside are named "
        "only as comparators.",
    ]))

# mx09 -- Word copy of HMIC's PEEL 2015 effectiveness page, Staffordshire ------------------
F = "Staffordshire Police"
GOLDS.append(gold(
    "mx09.docx", "peel-report",
    [F, "West Midlands Police", "West Mercia Police"], [H],
    [insp(F, "2015", EFF, H)],
    grades(F, "2015", EFF, [(None, G), (PREV, G), (INV, G), (PVP, RI), (SOC, G)]),
    afis=[
        stmt(F, "2015", EFF, PVP,
             "Staffordshire Police should make sure that officers attending domestic abuse incidents "
             "complete a risk assessment at the scene in every case."),
        stmt(F, "2015", EFF, INV,
             "The force should make better use of its neighbourhood teams to manage the risk posed by "
             "registered sex offenders in their areas."),
        stmt(F, "2015", EFF, INV,
             "The force should improve the way it records the outcome of investigations, so that it can "
             "tell whether victims are receiving the service they should."),
    ],
    recs=[
        stmt(F, "2015", EFF, PVP,
             "Within three months, the force should review every open missing child case to make sure "
             "that the level of risk has been assessed by a trained supervisor."),
        stmt(F, "2015", EFF, PVP,
             "The force should ensure that return interviews are carried out and that what they reveal "
             "is passed to the child sexual exploitation team and to the local authority."),
    ],
    coc=[
        stmt(F, "2015", EFF, PVP,
             "HMIC is concerned that Staffordshire Police does not treat enough of the children who go "
             "missing from home as being at risk, and that the information it gathers when they return "
             "is not used to protect them from sexual exploitation."),
    ],
    people=[
        person("Dominic Reeve", "inspector", H, "HM Inspector of Constabulary"),
        person("Gareth Morland", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Header ('Office of the Staffordshire Commissioner – briefing copy') and footer are not body.",
        "2015 question wording maps to the keys directly ('investigating crime and managing "
        "offenders' -> investigating-crime).",
        "The AFIs have no question headings: the domestic abuse AFI is keyed protecting-vulnerable; "
        "managing sex offenders and recording outcomes investigating-crime.",
        "The cause of concern and its recommendations sit with the protecting-vulnerable finding "
        "(missing children). 'HMIC makes two recommendations …' is a count sentence, and each "
        "bullet is a full sentence, so each is its own recommendation.",
        "Leadership 'has not been graded': no inspection. The Staffordshire Commissioner is unnamed. "
        "The HMI's report of the Chief Constable's assurance is not a force update.",
        "West Midlands and West Mercia are related links only. People are invented.",
    ]))

# mx10 -- 'Web page, complete' saved copy of HMIC's effectiveness 2016 force press releases --
DU, BE, GL = "Durham Constabulary", "Bedfordshire Police", "Gloucestershire Constabulary"
RIS = ["Avon and Somerset Constabulary", "Cleveland Police", "Essex Police", GL,
       "Humberside Police", "Northamptonshire Police", "Warwickshire Police"]
GOLDS.append(gold(
    "mx10.html", "national-release",
    [DU, BE] + RIS + ["Hertfordshire Constabulary", "Cambridgeshire Constabulary"], [H],
    [insp(DU, "2016", EFF, H), insp(BE, "2016", EFF, H)]
    + [insp(f, "2016", EFF, H) for f in RIS] + [insp(GL, "2015", EFF, H)],
    grades(DU, "2016", EFF, [(None, O), (PREV, O), (INV, G), (PVP, G), (SOC, O)])
    + grades(BE, "2016", EFF, [(None, I), (PREV, RI), (INV, I), (PVP, I), (SOC, RI)])
    + [j for f in RIS if f != GL for j in grades(f, "2016", EFF, [(None, RI)])]
    + grades(GL, "2016", EFF, [(None, RI), (PREV, G), (INV, RI), (PVP, RI), (SOC, G)])
    + grades(GL, "2015", EFF, [(None, G)]),
    coc=[
        stmt(BE, "2016", EFF, PVP,
             "The force does not identify or respond well enough to vulnerable people when they first "
             "contact it, and too many investigations involving vulnerable victims are not allocated, "
             "supervised or progressed."),
    ],
    people=[
        person("Stephen Halloran", "inspector", H, "HM Inspector of Constabulary"),
        person("Rebecca Lyall", "inspector", H, "HM Inspector of Constabulary"),
        person("Wendy Tarrant", "inspector", H, "HM Inspector of Constabulary"),
    ],
    notes=[
        "A browser 'Web page, complete' save: the 'saved from url=' comment, ./…_files/ asset paths "
        "and the cookie notice are save furniture.",
        "The summary list grades Durham (outstanding), Bedfordshire (inadequate) and seven forces "
        "(requires improvement) on the whole pillar; 'All other forces were judged as good' names "
        "no force and gives nothing.",
        "The accordion sections are expanded (display:block) in the saved copy, so their bullets "
        "are visible; Durham's specialist capabilities were 'not graded'.",
        "Bedfordshire's cause of concern is the blockquote inside the HMI's quotation; it concerns "
        "vulnerable people -> protecting-vulnerable.",
        "Gloucestershire: 'Last year we judged the force to be good' gives the 2015 grade.",
        "'Hertfordshire and Cambridgeshire' are Bedfordshire's collaboration partners, named in passing. "
        "'County Durham and Darlington' is a place. HMIs are invented (consistent with mx01, mx04, mx07).",
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
