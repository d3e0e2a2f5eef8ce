"""Write gold/ly01.json ... gold/ly10.json for corpus80 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
EFT, EFC, LEG, LEAD, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "Leadership", "PEEL"

# 2021/22 and 2023-25 area keys
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
# 2015-2017 (and 2018/19) question keys
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
SPEC = "specialist-capabilities"
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

# ly01 -- force website "HMICFRS inspections" page (HTML), Lincolnshire, PEEL 2023-25 ---------
F = "Lincolnshire Police"
GOLDS.append(gold(
    "ly01.html", "response-record", [F], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G),
                      (WORK, G), (LFM, A)]) +
    grades(F, P2122, [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G),
                      (WORK, G), (LFM, A)]),
    afis=[
        stmt(F, P2325, INV, "The force should make sure that every investigation has a documented "
             "plan and is reviewed by a supervisor at regular intervals.", True),
        stmt(F, P2325, INV, "The force should record why a victim withdraws support for a prosecution, "
             "and consider in each case whether an evidence-led prosecution is possible.", True),
        stmt(F, P2325, RESP, "The force should reduce the time callers wait for the non-emergency 101 "
             "service to be answered, and make sure it understands why calls are abandoned.", True),
        stmt(F, P2325, PVP, "The force should make sure officers use the stalking and harassment risk "
             "assessment consistently and that supervisors check it has been completed.", False),
    ],
    people=[
        person("Gareth Pendry", "chief-constable", F, "Chief Constable"),
        person("Marcia Ellwood", "commissioner", F, "Police and Crime Commissioner for Lincolnshire"),
    ],
    notes=[
        "Grade cards (one per area, grade in a badge) give the eight 2023-25 judgements. 'Police powers "
        "and public treatment' -> treatment-of-public; 'Building, supporting and protecting the "
        "workforce' -> workforce; 'Leadership and force management' -> leadership-management. "
        "Victim service 'Not graded' gives nothing.",
        "The comparison table gives eight 2021/22 judgements; the bracketed old names map the same way "
        "('Good use of resources' -> leadership-management). The page is the force's 'HMICFRS "
        "inspections' page and both columns are PEEL, so both inspections are given HMICFRS.",
        "has_force_update: true where a 'What we are doing' section follows the AFI with action taken. "
        "The stalking AFI is followed only by 'Our review ... is still under way. We will add an update "
        "here when it is finished', which is a promise of an update, not an update: false.",
        "Distractors: the grading-scale sentence names all five grades; 'six areas for improvement' "
        "(two custody AFIs are only counted); 'no cause of concern'; 'good practice'; Lincolnshire Fire "
        "and Rescue 'judged good' is a fire inspection; the custody and crime data integrity reports "
        "carry no grade. Assistant Chief Constable Lee Darby is not a person fact.",
    ]))

# ly02 -- PCVC annual report 2017/18 (PDF), Durham, PEEL 2017 + 2016 ---------------------------
F = "Durham Constabulary"
GOLDS.append(gold(
    "ly02.pdf", "response-record", [F, "Cleveland Police", "North Yorkshire Police"], [HF],
    [insp(F, "2017", EFT, HF), insp(F, "2017", EFC, HF), insp(F, "2017", LEG, HF),
     insp(F, "2017", LEAD, HF),
     insp(F, "2016", EFT), insp(F, "2016", EFC), insp(F, "2016", LEG)],
    grades(F, "2017", [(None, O)], EFT) + grades(F, "2017", [(None, O)], EFC) +
    grades(F, "2017", [(None, G)], LEG) +
    grades(F, "2016", [(None, O)], EFT) + grades(F, "2016", [(None, O)], EFC) +
    grades(F, "2016", [(None, G)], LEG),
    afis=[
        stmt(F, "2017", FTP, "The constabulary should improve how it analyses and publishes its use of "
             "force data, so that it can identify and explain any disproportionality.", True, LEG),
    ],
    people=[
        person("Ron Hogg", "commissioner", F, "Police, Crime and Victims\u2019 Commissioner"),
        person("Mike Barton", "chief-constable", F, "Chief Constable"),
        person("Matt Parr", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    also={"inspections": [insp(F, "2016", LEAD)]},
    notes=[
        "Real grades (HMICFRS PEEL 2016 and 2017 pages for Durham). PEEL is one section of a "
        "commissioner's annual report about a financial year (2017/18): the period of the inspection is "
        "2017, and the table's other column gives the 2016 grades. The 2017 reports were published "
        "after July 2017 and the section names HMICFRS, so the 2017 inspections are HMICFRS; the 2016 "
        "column names no inspectorate (null).",
        "Leadership: 'Not graded (narrative assessment only)' spans both year columns. The 2017 "
        "leadership inspection is kept as an inspection with no judgement; the 2016 one is only in "
        "also_acceptable because the cell is merged across the years.",
        "The one AFI is in a box with 'Progress reported to the Scrutiny and Performance meeting': "
        "has_force_update true. Use of force sits under fair treatment of the public (fair-treatment-public).",
        "Distractors: '2 PEEL pillars graded outstanding' is a count without naming pillars; the "
        "inspectorate's 2014 report; 2018/19 precept; County Durham and Darlington Fire and Rescue "
        "Service; an unnamed Deputy Chief Constable. Cleveland Police and North Yorkshire Police are "
        "collaboration partners only.",
        "Ron Hogg's title is from his signature block, with the document's curly apostrophe.",
    ]))

# ly03 -- police and crime plan (DOCX), Gwent, PEEL 2021/22 -------------------------------------
F = "Gwent Police"
GOLDS.append(gold(
    "ly03.docx", "response-record", [F, "South Wales Police", "Dyfed-Powys Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (WORK, G),
                      (LFM, A), (CDI, G)]),
    afis=[
        stmt(F, P2122, RESP, "The force should make sure that calls for service are answered promptly, "
             "and that the reasons for abandoned calls are understood and acted on."),
        stmt(F, P2122, INV, "The force should improve the quality of its initial investigations, so that "
             "evidence is secured and victims are updated at the earliest opportunity."),
    ],
    people=[
        person("Eluned Prosser", "commissioner", F, "Police and Crime Commissioner for Gwent"),
        person("Aled Pritchard", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "A police and crime plan in which PEEL is one 'Context' section. The grades table gives nine "
        "2021/22 judgements: 'Developing a positive workplace' -> workforce, 'Good use of resources' -> "
        "leadership-management, 'Recording data about crime' -> crime-recording. 'Disrupting serious "
        "organised crime: Inspected separately; grade to follow' and victim service 'Not graded' give "
        "nothing.",
        "The two AFIs follow a lead-in that ends with a colon, but each bullet is a full sentence, so "
        "they are two statements. has_force_update is false: 'the force accepts these findings' is a "
        "blanket acceptance of all the findings, not an update on either AFI, and progress is promised "
        "for the annual report.",
        "The page header and footer (plan title, version note) are not body text. 'Heddlu Gwent' is an "
        "alias. South Wales Police and Dyfed-Powys Police are named as partners only; South Wales Fire "
        "and Rescue Service is a fire service. 'good practice' is a distractor.",
    ]))

# ly04 -- chief constable's blog (HTML), Leicestershire, PEEL 2014 --------------------------------
F = "Leicestershire Police"
D = "Durham Constabulary"
GOLDS.append(gold(
    "ly04.html", "press-release", [F, D, "Nottinghamshire Police"], [H],
    [insp(F, "2014", EFT, H)],
    grades(F, "2014", [(None, G)], EFT),
    people=[
        person("Simon Cole", "chief-constable", F, "Chief Constable"),
        person("Simon Edens", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Clive Loader", "commissioner", F, "Police and Crime Commissioner"),
    ],
    also={
        "judgements": grades(F, "2014", [("preventing-crime", G), ("investigating-crime", G)], EFT) +
        grades(D, "2014", [("investigating-crime", O)], EFT),
        "inspections": [insp(D, "2014", EFT)],
    },
    notes=[
        "Real result and people (the force blog of 1 December 2014: 'Good' across the board for the "
        "2014 effectiveness questions; Chief Constable Simon Cole, DCC Simon Edens; PCC Sir Clive "
        "Loader). The text is new.",
        "'our effectiveness is rated good' gives the 2014 Effectiveness judgement. The three 2014 "
        "questions ('reducing crime and preventing offending', 'investigating offending', 'tackling "
        "anti-social behaviour') are not the 2015-17 questions GOLD-FORMAT lists; the first two map "
        "loosely to preventing-crime and investigating-crime (also_acceptable), and anti-social "
        "behaviour has no key.",
        "'Durham was the only force in the country judged outstanding for investigating offending' (real: "
        "HMIC 2014) is a 2014 question grade, so like Leicestershire's it is only in also_acceptable, with "
        "Durham's 2014 effectiveness inspection. Nottinghamshire "
        "Police is named in passing. The image alt text repeats the Chief Constable's name; the visible "
        "caption is what counts. The March 2014 post about crime data integrity carries no grade.",
        "Clive Loader is named 'the Police and Crime Commissioner, Sir Clive Loader': the name is "
        "written without 'Sir'.",
    ]))

# ly05 -- force "How we are inspected" page, Markdown copy, Avon and Somerset, PEEL 2018/19 -------
F = "Avon and Somerset Constabulary"
GOLDS.append(gold(
    "ly05.md", "response-record",
    [F, "Devon and Cornwall Police", "Dorset Police", "Gloucestershire Constabulary", "Wiltshire Police"],
    [HF],
    [insp(F, P1819, inspectorate=HF),
     insp(F, "2016", EFT), insp(F, "2016", EFC), insp(F, "2016", LEG),
     insp(F, "2017", EFT), insp(F, "2017", EFC), insp(F, "2017", LEG)],
    grades(F, P1819, [(PREV, G), (INV, G), (PVP, G), (SOC, G), (UR, O), (PF, O), (FTP, G), (ELW, G)]) +
    grades(F, "2016", [(None, G)], EFT) + grades(F, "2016", [(None, G)], EFC) +
    grades(F, "2016", [(None, G)], LEG) +
    grades(F, "2017", [(None, G)], EFT) + grades(F, "2017", [(None, O)], EFC) +
    grades(F, "2017", [(None, G)], LEG),
    afis=[
        stmt(F, P1819, PVP, "The constabulary should make sure that it reviews the risk to victims of "
             "domestic abuse when there is a delay in attending, and records that review.", True),
        stmt(F, P1819, ELW, "The constabulary should make sure that all officers and staff understand "
             "what constitutes abuse of position for a sexual purpose, and how to report it.", True),
    ],
    people=[
        person("Wendy Williams", "inspector", HF, "HM Inspector of Constabulary"),
        person("Andy Marsh", "chief-constable", F, "Chief Constable"),
        person("Sue Mountstevens", "commissioner", F, "Police and Crime Commissioner for Avon and Somerset"),
    ],
    also={"judgements": grades(F, P1819, [(None, G)], EFT) + grades(F, P1819, [(None, O)], EFC) +
          grades(F, P1819, [(None, G)], LEG)},
    notes=[
        "2018/19 follows dev12: every 2018/19 question grade has pillar PEEL; the headline pillar "
        "grades (Effectiveness good, Efficiency outstanding, Legitimacy good: real, from the HMICFRS "
        "2018/19 press release) are whole-pillar grades and go in also_acceptable. The page states no "
        "overall grade, so there is no PEEL/null judgement.",
        "Question grades: preventing crime, investigating and serious and organised crime are good in "
        "the real press release; the others are plausible inventions. Specialist capabilities is "
        "'ungraded', and the third legitimacy question 'the grade from 2017 carries over' names no grade: "
        "nothing.",
        "The 'grades over time' table gives pillar judgements for 2016 and 2017 (no inspectorate named "
        "for them). Its 2018/19 row repeats the headline grades (also_acceptable).",
        "Both AFIs have a 'What we're doing' paragraph: has_force_update true. The regional partners "
        "are named in passing. The grading key lists four grades (the 2018/19 scale).",
    ]))

# ly06 -- force annual report 2016/17 (PDF), Northumbria, PEEL 2016 + 2015 -----------------------
F = "Northumbria Police"
GOLDS.append(gold(
    "ly06.pdf", "response-record", [F, "Durham Constabulary", "Cleveland Police"], [H],
    [insp(F, "2016", EFT, H), insp(F, "2016", EFC, H), insp(F, "2016", LEG, H), insp(F, "2016", LEAD, H),
     insp(F, "2015", EFT), insp(F, "2015", EFC), insp(F, "2015", LEG)],
    grades(F, "2016", [(None, G), (PREV, G), (INV, G), (PVP, RI), (SOC, G)], EFT) +
    grades(F, "2016", [(None, G), (UD, G), (UR, G), (PF, O)], EFC) +
    grades(F, "2016", [(None, G), (FTP, G), (ELW, RI), (FTW, G)], LEG) +
    grades(F, "2015", [(None, RI)], EFT) + grades(F, "2015", [(None, G)], EFC) +
    grades(F, "2015", [(None, G)], LEG),
    afis=[
        stmt(F, "2016", ELW, "The force should ensure that it has enough capacity in its counter-corruption "
             "unit to deal with intelligence promptly.", True, LEG),
        stmt(F, "2016", ELW, "The force should make sure that all staff who have been vetted under earlier "
             "arrangements are re-vetted in line with the national guidance.", True, LEG),
    ],
    recs=[
        stmt(F, "2016", PVP, "The force should ensure that call handlers and supervisors apply the national "
             "risk assessment to every report of a missing child, and record the reasons for their "
             "decision.", True, EFT),
        stmt(F, "2016", PVP, "The force should make sure that information about children who go missing "
             "repeatedly is shared with the local safeguarding children boards.", True, EFT),
    ],
    coc=[
        stmt(F, "2016", PVP, "The force\u2019s response to children who go missing, and to those at risk of "
             "sexual exploitation, is inconsistent, and risk is not always assessed correctly when a "
             "report is first received.", True, EFT),
    ],
    people=[
        person("Catherine Rowell", "chief-constable", F, "Chief Constable"),
        person("Margaret Foley", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "Grades are plausible inventions; people are invented. PEEL is one section of a force annual "
        "report for 2016/17; the inspection period is 2016.",
        "Pillar tiles give the 2016 pillar grades; the question table (pillar cells merged down with "
        "rowspan) gives the question grades. Specialist capabilities 'Ungraded' and Leadership "
        "'Narrative only' give no judgement; the leadership inspection is still listed because the "
        "section says HMIC reported on it.",
        "2015: 'our effectiveness was judged to require improvement' and 'Our efficiency and legitimacy "
        "grades were good in both years' state 2015 grade words, so they are main judgements "
        "(inspectorate not stated for 2015: null).",
        "The cause of concern and its two recommendations are followed by one 'Our response', which "
        "answers all three: has_force_update true for each. Each AFI has its own 'Our response'.",
        "Durham Constabulary and Cleveland Police are named only as partners in a review; Tyne and Wear "
        "Fire and Rescue Service is a fire service; the crime data integrity inspection has no grade. "
        "The pull quote's 'good force' is not a new judgement.",
        "Statement texts follow the printed page; the PDF is printed with ligatures turned off so that "
        "pypdf's text matches (see README).",
    ]))

# ly07 -- chief constable's board paper (DOCX), Gloucestershire, PEEL 2016 -----------------------
F = "Gloucestershire Constabulary"
GOLDS.append(gold(
    "ly07.docx", "response-record", [F, "Wiltshire Police"], [H],
    [insp(F, "2016", EFC, H), insp(F, "2016", LEG, H), insp(F, "2016", EFT, H), insp(F, "2016", LEAD, H),
     insp(F, "2015", EFC)],
    grades(F, "2016", [(None, RI), (UD, G), (UR, RI), (PF, I)], EFC) +
    grades(F, "2016", [(None, G)], LEG) + grades(F, "2016", [(None, G)], EFT) +
    grades(F, "2015", [(None, G)], EFC),
    afis=[
        stmt(F, "2016", UR, "The constabulary should improve its understanding of the cost and quality of "
             "its collaborative arrangements.", True, EFC),
        stmt(F, "2016", UR, "The constabulary should make sure that the workload of its investigators is "
             "manageable.", True, EFC),
        stmt(F, "2016", PVP, "The constabulary should improve the way it records and reviews risk "
             "assessments for victims of domestic abuse.", True, EFT),
        stmt(F, "2016", ELW, "The constabulary should ensure that all of its workforce have been vetted to "
             "the level required by their role.", True, LEG),
        stmt(F, "2016", FTW, "The constabulary should improve how it communicates the outcome of grievances "
             "to members of the workforce.", True, LEG),
    ],
    recs=[
        stmt(F, "2016", PF, "By 31 August 2017, the constabulary should produce a medium-term financial plan "
             "that sets out how it will close its budget gap.", True, EFC),
        stmt(F, "2016", PF, "By 31 August 2017, the constabulary should complete a review of the skills of "
             "its workforce and link it to its workforce plan.", True, EFC),
    ],
    coc=[
        stmt(F, "2016", PF, "The constabulary's plans for the future are not based on a sound understanding "
             "of future demand, and it has not identified how it will close its forecast budget gap from "
             "2019/20.", True, EFC),
    ],
    people=[
        person("Rob Haskins", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Alan Threlfall", "chief-constable", F, "Chief Constable"),
    ],
    also={"judgements": grades(F, "2016", [(FTP, G), (ELW, G), (FTW, G)], LEG)},
    notes=[
        "A Chief Constable's paper to a force board, shaped like the public 'To: Business Coordination "
        "Board / From: Chief Constable' PEEL 2016 paper. Grades and people are invented.",
        "Section 4.1 lists the pillar grades in bullets ('Efficiency \u2013 \u2018Requires "
        "improvement\u2019'); 4.2 gives the efficiency question grades in prose and the 2015 efficiency "
        "grade ('Last year our efficiency was judged good'). Leadership is 'narrative judgment only': "
        "an inspection, no judgement.",
        "'Within legitimacy, all three questions were graded good' names no question, so the three "
        "legitimacy question grades are only in also_acceptable (as 'good in all three areas' in seed 001).",
        "Appendix A: the kind of each statement comes from its Type cell, the pillar from its Pillar "
        "cell, and the question is inferred from the subject (the table has no question column). Every "
        "row has a status and update, including 'Not started. Awaiting new HR system.' and 'Complete.', "
        "so has_force_update is true throughout.",
        "Distractors: the national recommendation in 5.2 (to all forces) is not a force recommendation; "
        "'three are complete, four are in progress and one has not started' is a count; Wiltshire Police "
        "is named with no grade; the unnamed 'Chief Constable' in the From line and the ACC owner are "
        "not people facts. The Word header 'OFFICIAL' and footer are not body text.",
    ]))

# ly08 -- PCC news page with infographic (HTML), Cumbria, PEEL 2021/22 ----------------------------
F = "Cumbria Constabulary"
GOLDS.append(gold(
    "ly08.html", "press-release", [F, "Lancashire Constabulary"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PREV, G), (PPT, G), (WORK, G), (LFM, G), (RESP, A), (PVP, A), (MOS, A),
                      (CDI, A), (INV, RI)]),
    recs=[
        stmt(F, P2122, INV, "Within six months, the constabulary should make sure that: investigations are "
             "allocated to staff with the right skills, and are supervised and reviewed throughout; and "
             "victims are updated in line with the Code of Practice for Victims of Crime, and their views "
             "on outcomes are recorded.", True),
    ],
    coc=[
        stmt(F, P2122, INV, "Cumbria Constabulary isn\u2019t consistently carrying out effective "
             "investigations, and too many victims are not told how their case is progressing.", True),
    ],
    people=[
        person("Jonathan Ashbridge", "commissioner", F, "Police and Crime Commissioner"),
        person("Rachel Fenwick", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Grades are given by grade, not by area: a two-column table whose row header is the grade and "
        "whose cell lists the areas, separated by semicolons. 'Treatment of the public' -> "
        "treatment-of-public, 'Developing a positive workplace' -> workforce, 'Good use of resources' -> "
        "leadership-management, 'Recording data about crime' -> crime-recording. The infographic's alt "
        "text repeats the same grades (a browser shows it only if the image fails to load); it adds "
        "nothing.",
        "'No area was graded outstanding or inadequate' and victims' service 'does not grade' give "
        "nothing.",
        "The recommendations box is a lead-in ending in a colon plus two bullets, so it is one "
        "recommendation with the bullets joined (GOLD-FORMAT convention). The Chief Constable's quote "
        "('We accept the findings about investigations in full. A new investigation standards team is in "
        "place ...') is the force's response: has_force_update true for both.",
        "Distractors: 'seven areas for improvement' are only counted; 'good practice' with Lancashire "
        "Constabulary (named in passing); the 2023/24 budget; the fire and rescue inspection link.",
    ]))

# ly09 -- PFCC annual report text copy (TXT), Staffordshire, PEEL 2023-25 ------------------------
F = "Staffordshire Police"
GOLDS.append(gold(
    "ly09.txt", "response-record", [F], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122)],
    grades(F, P2325, [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (WORK, A),
                      (LFM, A)]) +
    grades(F, P2122, [(RESP, I)]),
    afis=[
        stmt(F, P2325, RESP, "The force should make sure that it answers non-emergency calls promptly and "
             "that callers who abandon calls are contacted where there may be a risk.", True),
        stmt(F, P2325, INV, "The force should improve how it supervises investigations so that lines of "
             "enquiry are followed up and victims are kept informed.", False),
    ],
    people=[
        person("Harriet Lowndes", "commissioner", F,
               "Staffordshire Commissioner for Police, Fire and Rescue and Crime"),
        person("Dean Marlow", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "A text copy of a commissioner's annual report for 2023/24 (page numbers, dotted contents and a "
        "dotted-leader grade list; one area name wraps onto a second line). Grades are invented.",
        "'In the 2021/22 PEEL inspection the force was graded inadequate for responding to the public' "
        "gives a 2021/22 judgement. The same sentence goes on to say HMICFRS put the force into Engage, "
        "but it does not say who graded it, so the 2021/22 inspection's inspectorate is null.",
        "AFI 1 has a 'Force update (March 2024)': true. AFI 2's 'Force update: Not yet received.' gives "
        "no update: false. 'nine areas for improvement' and the seven only described by subject are "
        "counts, not statements.",
        "Staffordshire Fire and Rescue Service's 'good' and 'requires improvement' are fire inspection "
        "grades: no police judgement. The Police and Crime Plan 2021-2024 and budget years are not "
        "inspection periods.",
    ]))

# ly10 -- force news article, Markdown copy, Hertfordshire, PEEL 2015 legitimacy -----------------
F = "Hertfordshire Constabulary"
GOLDS.append(gold(
    "ly10.md", "press-release", [F, "Bedfordshire Police", "Cambridgeshire Constabulary"], [H],
    [insp(F, "2015", LEG, H), insp(F, "2015", EFC, H)],
    grades(F, "2015", [(None, G), (FTP, G), (ELW, G)], LEG) + grades(F, "2015", [(None, G)], EFC),
    afis=[
        stmt(F, "2015", FTP, "The constabulary should ensure that supervisors routinely check that stop and "
             "search records show reasonable grounds, and that the results of those checks are used to "
             "improve practice.", True, LEG),
    ],
    people=[
        person("Marcus Dunleavy", "inspector", H, "HM Inspector of Constabulary"),
        person("Simon Garnett", "chief-constable", F, "Chief Constable"),
        person("Martin Yeoward", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "A force news story published 11 February 2016 about the PEEL 2015 legitimacy report: the period "
        "is 2015, not the publication year. Grades and people are invented.",
        "The headline sentence ('judged good at treating the public and its own workforce fairly, in a "
        "report published today') is the overall legitimacy grade. The two bullets give two question "
        "grades; the third question was 'inspected but not graded'.",
        "'HMIC graded the constabulary good for efficiency (October 2015)' gives a 2015 efficiency "
        "judgement (HMIC stated). The effectiveness report is 'due next week': nothing.",
        "The single AFI is quoted with no section; stop and search belongs to fair treatment of the "
        "public. The Chief Constable's 'We have already changed our stop and search forms so that "
        "supervisors can check the grounds more easily' responds to it: has_force_update true.",
        "Temporary Assistant Chief Constable Bill Jephson is not a person fact. Bedfordshire Police and "
        "Cambridgeshire Constabulary are collaboration partners named in passing. The front matter "
        "(title, date, tags) is YAML, as in a static-site Markdown source.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        print("wrote", path)


if __name__ == "__main__":
    main()
