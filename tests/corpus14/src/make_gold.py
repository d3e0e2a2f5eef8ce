"""Write gold/r01.json ... gold/r10.json for corpus14 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
EFF, EFC, LEG, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "PEEL"

# 2021/22 and 2023-25 area keys
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
# 2015-2018/19 question keys
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
UD, UR, PF = "understanding-demand", "using-resources", "planning-future"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"

NORTHUMBRIA, DERBYS, CHESHIRE = "Northumbria Police", "Derbyshire Constabulary", "Cheshire Constabulary"
GWENT, SYP, WMP = "Gwent Police", "South Yorkshire Police", "West Midlands Police"
MERSEY, SWP = "Merseyside Police", "South Wales Police"

# One set of invented grades per force, used wherever the force appears.
AREAS8 = [PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM]
G2325 = {
    NORTHUMBRIA: [G, O, A, RI, G, G, A, G],
    DERBYS: [A, G, RI, A, A, G, G, A],
    CHESHIRE: [G, G, G, A, G, O, G, G],
    GWENT: [G, A, RI, A, RI, G, A, A],
    SYP: [G, A, G, RI, A, A, G, A],
    WMP: [A, A, I, RI, RI, A, A, RI],
}
AREAS9_2122 = [PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM, CDI]
G2122 = {
    NORTHUMBRIA: [A, G, RI, A, A, G, G, A, G],
    DERBYS: [G, G, A, RI, A, G, G, A, G],
    CHESHIRE: [G, G, A, A, G, G, G, G, G],
}


def insp(force, period, pillar=PEEL, inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar=PEEL):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def all2325(force, only=None):
    pairs = list(zip(AREAS8, G2325[force]))
    if only is not None:
        pairs = [(q, g) for q, g in pairs if q in only]
    return grades(force, P2325, pairs)


def all2122(force, only=None):
    pairs = list(zip(AREAS9_2122, G2122[force]))
    if only is not None:
        pairs = [(q, g) for q, g in pairs if q in only]
    return grades(force, P2122, pairs)


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

# r01 -- PEEL 2023-25 report (PDF), Northumbria ------------------------------------------
F = NORTHUMBRIA
GOLDS.append(gold(
    "r01.pdf", "peel-report-2021", [F, "Durham Constabulary", "Cleveland Police"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    all2325(F) + all2122(F, only=[RESP]),
    afis=[
        stmt(F, P2325, RESP,
             "The force should make sure that it answers non-emergency calls promptly, and that "
             "callers who choose to wait are offered a call-back at a time that suits them."),
        stmt(F, P2325, INV,
             "The force should make sure that every investigation has a plan that is recorded, "
             "and that supervisors review the plan at regular intervals."),
        stmt(F, P2325, INV,
             "The force should make sure that it carries out a needs assessment for every victim "
             "and keeps victims updated, as the Code of Practice for Victims of Crime requires."),
        stmt(F, P2325, PVP,
             "The force should make sure that it tells schools about children who were present "
             "at domestic abuse incidents before the start of the next school day."),
        stmt(F, P2325, WORK,
             "The force should make sure that all officers and staff have regular wellbeing "
             "conversations with their supervisors, and that these are recorded."),
    ],
    people=[
        person("Lorna Pettifer", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Harriet Lonsdale", "chief-constable", F, "Chief Constable"),
    ],
    also={"areas_for_improvement": [
        stmt(F, P2122, RESP,
             "The force should improve how quickly it answers emergency calls, so that it meets "
             "the national standard."),
    ]},
    notes=[
        "The 'Our judgments' chart is a grid: one row per area and one column per grade "
        "(Outstanding ... Inadequate). The area's grade is marked only by a coloured cell with "
        "a dot in the grade's column, so the grade word is the column header. Each area's "
        "chapter repeats the grade in a coloured box ('Outstanding', 'Good', ...), which states "
        "it in words. Preventing -> preventing-crime (Outstanding).",
        "'When we last inspected the force, in 2021/22, we judged it to require improvement in "
        "responding to the public' gives a 2021/22 judgement and inspection.",
        "The 2021/22 area for improvement quoted under 'Progress since our last inspection' is "
        "an earlier statement that the report says is closed: also_acceptable only. The "
        "inspectorate's note on progress is not the force's update.",
        "Victim service is 'Not graded'. Assistant Chief Constable Marcus Fenwick is not a "
        "person fact; the police and crime commissioner is unnamed. 'good practice' (innovative "
        "practice box), 'good progress' and 'an adequate supply of new recruits' are "
        "distractors. Durham Constabulary and Cleveland Police are named only as partners in "
        "the regional organised crime unit; Tyne and Wear Fire and Rescue Service is not a "
        "force. The running header and page numbers are page furniture.",
    ]))

# r02 -- HMICFRS force page (HTML), Derbyshire -------------------------------------------
F = DERBYS
GOLDS.append(gold(
    "r02.html", "national-release",
    [F, "Nottinghamshire Police", "Leicestershire Police", "Staffordshire Police", SYP], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF),
     insp(F, P1819, EFF, HF), insp(F, P1819, EFC, HF), insp(F, P1819, LEG, HF)],
    all2325(F) + all2122(F)
    + grades(F, P1819, [(None, G)], EFF) + grades(F, P1819, [(None, G)], EFC)
    + grades(F, P1819, [(None, G)], LEG),
    people=[
        person("Leonard Stavely", "chief-constable", F, "Chief constable"),
        person("Amira Deakin", "commissioner", F, "Police and crime commissioner"),
        person("Anthony Roe", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    also={"inspections": [
        insp(F, P1819, PEEL, HF),
        insp(F, "2017", EFF), insp(F, "2017", EFC), insp(F, "2017", LEG), insp(F, "2016", EFF),
    ]},
    notes=[
        "A force page saved from the inspectorate's website. Each inspection year is a "
        "<details> accordion: 2023-25 is open, the others are closed but are in the page and "
        "open with one click, so their grades are in the gold. Each year has a different "
        "shape: 2023-25 a definition list (dt area, dd grade tag), 2021/22 a two-column table, "
        "2018/19 a list 'Effectiveness \u2013 Good'.",
        "2021/22 names: 'Treatment of the public' -> treatment-of-public; 'Developing a "
        "positive workplace' -> workforce; 'Good use of resources' -> leadership-management "
        "(its 'Good' is part of the name; the grade is Adequate); 'Recording data about crime' "
        "-> crime-recording. 'Disrupting serious organised crime \u2013 Not inspected' gives "
        "nothing. Victim service 'Not graded' gives nothing.",
        "2018/19 pillar grades are main judgements with the pillar names (as in corpus13); the "
        "integrated PEEL 2018/19 inspection is also_acceptable. The 'Earlier PEEL inspections' "
        "accordion only links to 2016 and 2017 reports, with no grades: those inspections are "
        "also_acceptable only.",
        "People come from the 'Force at a glance' box: 'Chief constable: Leonard Stavely', "
        "'Police and crime commissioner: Amira Deakin' (titles as written, sentence case). The "
        "HMI is named title-first in the 2023-25 panel.",
        "The sidebar's neighbouring forces are named only. The fire and rescue service, custody, "
        "JTAI and regional organised crime publications are not PEEL and carry no grade. The "
        "five-point scale sentence and the cookie notice date are distractors.",
    ]))

# r03 -- PEEL 2018/19 report (DOCX), South Yorkshire --------------------------------------
F = SYP
GOLDS.append(gold(
    "r03.docx", "peel-report", [F, "Humberside Police"], [HF],
    [insp(F, P1819, EFF, HF), insp(F, P1819, EFC, HF), insp(F, P1819, LEG, HF),
     insp(F, "2017", EFF, HF)],
    # (maintainer: 2018/19 question grades and statements under pillar PEEL, as the shared
    # gold and corpora 3, 10 and 11 key them; the pillar's own grades stay under the pillar)
    grades(F, P1819, [(None, RI)], EFF) + grades(F, P1819, [(PREV, G), (INV, RI), (PVP, I)])
    + grades(F, P1819, [(None, G)], EFC) + grades(F, P1819, [(UR, G), (PF, RI)])
    + grades(F, P1819, [(None, G)], LEG) + grades(F, P1819, [(FTP, G), (ELW, RI), (FTW, G)])
    + grades(F, "2017", [(None, G), (SOC, G)], EFF),
    afis=[
        stmt(F, P1819, INV,
             "The force should make sure that investigations are allocated to staff with the "
             "right skills, and that supervisors check the quality of those investigations."),
        stmt(F, P1819, INV,
             "The force should reduce the time it takes to examine digital devices that are "
             "seized during investigations."),
        stmt(F, P1819, PVP,
             "The force should improve the quality of the information it shares with partner "
             "organisations about children who are at risk of exploitation."),
        stmt(F, P1819, UR,
             "The force should evaluate the benefits of its collaboration with other forces and "
             "organisations, so that it knows whether these arrangements give value for money."),
        stmt(F, P1819, PF,
             "The force should develop a better understanding of the skills of its workforce, so "
             "that it can plan for the skills it will need in the future."),
        stmt(F, P1819, ELW,
             "The force should make sure that it has enough vetting staff to clear its backlog "
             "of vetting renewals."),
        stmt(F, P1819, ELW,
             "The force should make sure that all officers and staff in sensitive posts are "
             "vetted to the level their role requires."),
        stmt(F, P1819, FTW,
             "The force should make sure that all officers and staff receive a meaningful annual "
             "performance review."),
    ],
    recs=[
        stmt(F, P1819, PVP,
             "To address this cause of concern, we recommend that within three months the force "
             "should: review how it assesses the risk to callers, so that calls from vulnerable "
             "people are not downgraded without good reason; make sure that it has enough "
             "officers available to attend incidents involving vulnerable people within its "
             "target times; and introduce supervisory checks of all domestic abuse incidents "
             "that are waiting for an officer to attend."),
    ],
    coc=[
        stmt(F, P1819, PVP,
             "South Yorkshire Police does not always respond promptly to calls from vulnerable "
             "people. Calls are too often downgraded without a proper assessment of risk, and "
             "some victims of domestic abuse wait many hours for an officer to attend. This "
             "means that vulnerable people may be left at risk of harm."),
    ],
    people=[
        person("Philippa Crane", "inspector", HF, "HM Inspector of Constabulary"),
        person("Graham Lowther", "chief-constable", F, "Chief Constable"),
        person("Ruth Ingledew", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    also={
        "inspections": [insp(F, P1819, PEEL, HF)],
        "judgements": grades(F, P1819, [(SOC, G), (UD, G)])
        + grades(F, P1819, [(PREV, G), (INV, RI), (PVP, I)], EFF) + grades(F, P1819, [(UR, G), (PF, RI)], EFC)
        + grades(F, P1819, [(FTP, G), (ELW, RI), (FTW, G)], LEG),
    },
    notes=[
        "Each pillar has a two-column Word table: the pillar question (bold, shaded) and its "
        "grade, then one row per sub-question with its grade. 2018/19 pillar and question "
        "grades are main judgements with pillar Effectiveness/Efficiency/Legitimacy (corpus13 "
        "convention); the integrated PEEL 2018/19 inspection is also_acceptable.",
        "Question names: 'Preventing crime and tackling anti-social behaviour' -> "
        "preventing-crime; 'Meeting current demands and using resources' -> using-resources "
        "(the question also covers demand, so understanding-demand Good is also_acceptable); "
        "'Planning for the future' -> planning-future; 'Treating the public fairly' -> "
        "fair-treatment-public; 'Ethical and lawful workforce behaviour' -> "
        "ethical-lawful-workforce; 'Treating the workforce fairly' -> fair-treatment-workforce. "
        "'Armed policing \u2013 Not graded' gives nothing.",
        "'Tackling serious and organised crime | Good (2017)*' with the footnote 'We did not "
        "inspect this question in 2018/19. The grade is the one we gave in our 2017 "
        "effectiveness inspection', and the section text 'In 2017 ... we judged it to be good', "
        "give a 2017 Effectiveness serious-organised-crime judgement. Whether it is also a "
        "2018/19 grade is arguable (the introduction says the 2017 grade 'still stands'): "
        "also_acceptable. The HMI's 'In 2017, we judged the force to be good at keeping people "
        "safe and reducing crime' gives the 2017 Effectiveness pillar grade (HMICFRS: 'we').",
        "The recommendation is a lead-in ('... the force should:') followed by three bulleted "
        "fragments, so by GOLD-FORMAT's lead-in rule it is one statement with the bullets "
        "joined. A grader could count three recommendations.",
        "The four-point scale in the introduction is a distractor ('adequate' did not exist in "
        "2018/19). Humberside Police is named only as a collaboration partner; 'good value' is "
        "not a grade. The Word header (report title) and footer (page number) are not body text.",
    ]))

# r04 -- HMICFRS news release on four forces (DOCX) ---------------------------------------
GOLDS.append(gold(
    "r04.docx", "national-release", [NORTHUMBRIA, SYP, CHESHIRE, GWENT], [HF],
    [insp(f, P2325, inspectorate=HF) for f in (NORTHUMBRIA, SYP, CHESHIRE, GWENT)],
    all2325(NORTHUMBRIA) + all2325(SYP) + all2325(CHESHIRE) + all2325(GWENT),
    people=[
        person("Lorna Pettifer", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Idris Vaughan-Lloyd", "inspector", HF, "HM Inspector of Constabulary"),
        person("Si\u00e2n Mortimer", "chief-constable", GWENT, "Chief Constable"),
    ],
    notes=[
        "An embargoed news release as a Word document (header table, body, 'Quote'-style "
        "quotes after lead-ins, ENDS, numbered notes to editors).",
        "Each force's grades have a different shape: Northumbria and Gwent in bulleted lists "
        "grouped by grade, each item naming several areas separated by commas and 'and' "
        "(area names themselves contain commas: 'Preventing and deterring crime and antisocial "
        "behaviour, and reducing vulnerability', 'Building, supporting and protecting the "
        "workforce'); South Yorkshire as 'Area \u2013 Grade' bullets; Cheshire in prose "
        "('graded good in six areas: ...; ...; and ...').",
        "Gwent's accelerated cause of concern is mentioned but not quoted: no cause of concern "
        "fact. The notes' grading scale, the fire and rescue service report, the embargo and "
        "issue dates are distractors. Pettifer is named title-first with the curly apostrophe; "
        "Vaughan-Lloyd as 'HM Inspector of Constabulary'. Chief Constable Si\u00e2n Mortimer "
        "is named inside a quote.",
    ]))

# r05 -- HMI letter on an accelerated cause of concern (PDF), Gwent ----------------------
F = GWENT
GOLDS.append(gold(
    "r05.pdf", "peel-report-2021", [F], [HF],
    [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(RESP, RI)]),
    recs=[
        stmt(F, P2325, RESP,
             "By 30 June 2025, the force should make sure that it has enough call handlers on "
             "duty to answer emergency calls within ten seconds, in line with the national "
             "standard.", True),
        stmt(F, P2325, RESP,
             "By 30 June 2025, the force should make sure that call handlers use a structured "
             "risk assessment for every call, and that the assessment is recorded.", True),
        stmt(F, P2325, RESP,
             "By 30 September 2025, the force should make sure that it keeps callers informed "
             "when attendance is delayed, and that it reviews the risk to them while they "
             "wait.", True),
    ],
    coc=[
        stmt(F, P2325, RESP,
             "Gwent Police isn\u2019t answering calls from the public quickly enough, and it "
             "doesn\u2019t always assess the risk to callers properly when it does answer them. "
             "This means that people who need help may not get it when they need it."),
    ],
    people=[
        person("Idris Vaughan-Lloyd", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Si\u00e2n Mortimer", "chief-constable", F, "Chief Constable"),
        person("Rhodri Castell", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Owain Treharne", "commissioner", F, "Police and Crime Commissioner for Gwent"),
    ],
    notes=[
        "A letter from an HMI to a Chief Constable, revisiting an accelerated cause of concern "
        "from the PEEL 2023-25 inspection. 'we graded the force as requiring improvement for "
        "responding to the public' gives the judgement. The cause of concern and its three "
        "recommendations sit under responding-to-public.",
        "has_force_update: the recommendations table gives, for each row, a status (Met / Not "
        "yet met) and 'What we found' about the force's progress, so each recommendation is "
        "true (corpus13: true when the force's update or progress sits in its row). "
        "**Unsure**: the findings are the inspectorate's, not the force's own words. The cause "
        "of concern itself has no update of its own (the conclusion says it 'remains open').",
        "People: the letterhead and signature give 'His Majesty\u2019s Inspector of "
        "Constabulary'; the address block gives 'Chief Constable Si\u00e2n Mortimer' (the "
        "salutation 'Dear Si\u00e2n' is the same person); 'Deputy Chief Constable Rhodri "
        "Castell' wraps over a line in the PDF; the cc line gives 'Owain Treharne, Police and "
        "Crime Commissioner for Gwent' (name first, title kept in full). Elin Prosser, the "
        "OPCC's chief executive, is not a person fact.",
        "Distractors: 'good progress', the Engage phase and the PPOG (the force is not in "
        "Engage), dates of the fieldwork, the earlier letter and the revisit, and the "
        "running 'OFFICIAL' marking and 'Page n of 2'.",
    ]))

# r06 -- PEEL legitimacy 2017 report (TXT, cp1252), Merseyside ---------------------------
F = MERSEY
GOLDS.append(gold(
    "r06.txt", "peel-report", [F], [HF, H],
    [insp(F, "2017", LEG, HF), insp(F, "2016", LEG, H)],
    grades(F, "2017", [(None, G), (FTP, G), (ELW, G), (FTW, RI)], LEG)
    + grades(F, "2016", [(None, RI)], LEG),
    afis=[
        stmt(F, "2017", FTP,
             "The force should improve how it gathers and uses feedback from people who have "
             "been stopped and searched, including young people and people from ethnic minority "
             "communities.", pillar=LEG),
        stmt(F, "2017", ELW,
             "The force should ensure that its counter-corruption unit has enough trained staff "
             "to seek out intelligence on corruption, including abuse of position for a sexual "
             "purpose.", pillar=LEG),
        stmt(F, "2017", FTW,
             "The force should improve how it identifies and supports officers and staff whose "
             "wellbeing is at risk, including through its occupational health unit.", pillar=LEG),
        stmt(F, "2017", FTW,
             "The force should improve its performance assessment process, so that: officers "
             "and staff receive meaningful feedback on their performance; and the process "
             "supports decisions about promotion and development.", pillar=LEG),
    ],
    people=[person("Desmond Hollis", "inspector", HF, "HM Inspector of Constabulary")],
    encoding="cp1252",
    notes=[
        "windows-1252 text with LF line endings: curly quotes, en dashes (also as sub-bullet "
        "markers), bullets (0x95) and a pound sign.",
        "The overall grade is a bare label ('Overall judgement' / 'Good'); the three question "
        "grades are only in the overview prose ('is good at treating all the people it serves "
        "with fairness and respect', 'good at making sure its workforce behaves ethically and "
        "lawfully', 'requires improvement in the way it treats its own workforce with fairness "
        "and respect'). The question sections state no grade.",
        "'This is an improvement on last year, when HMIC judged the force to require "
        "improvement in legitimacy' gives a 2016 Legitimacy judgement, with HMIC named for it. "
        "The 2017 report itself is HMICFRS's: the introduction says HMIC was renamed on 19 July "
        "2017 and the copyright line is HMICFRS. Both inspectorates are named.",
        "The last area for improvement is a lead-in ('so that:') with two en-dash sub-bullets: "
        "one statement. The 2016 national recommendation on abuse of position ('all forces "
        "should, by April 2017, ...') is not a force recommendation. 'good progress' in the "
        "abuse of position assessment is not a grade; the four-point scale is a distractor.",
    ]))

# r07 -- PEEL efficiency 2016 report (Markdown, CRLF), South Wales -----------------------
F = SWP
GOLDS.append(gold(
    "r07.md", "peel-report", [F, GWENT, "Dyfed-Powys Police", "North Wales Police"], [H],
    [insp(F, "2016", EFC, H), insp(F, "2015", EFC, H)],
    grades(F, "2016", [(None, G), (UD, O), (UR, G), (PF, G)], EFC)
    + grades(F, "2015", [(None, G)], EFC),
    afis=[
        stmt(F, "2016", UR,
             "The force should evaluate its collaborative arrangements with other forces and "
             "organisations, to make sure that they provide value for money and improve the "
             "service to the public.", pillar=EFC),
        stmt(F, "2016", UR,
             "The force should make sure that its officers and staff use the mobile devices it "
             "has bought to their full potential, so that the expected savings in time are "
             "achieved.", pillar=EFC),
        stmt(F, "2016", PF,
             "The force should set out in more detail how it will develop the skills its "
             "workforce will need in the future, including in digital investigation.",
             pillar=EFC),
    ],
    people=[person("Huw Prydderch", "inspector", H, "HM Inspector of Constabulary")],
    notes=[
        "Markdown (UTF-8, CRLF) with YAML front matter, a pipe table 'Summary of judgements' "
        "(bold pillar row, three question rows, and an italic row 'Overall judgement in 2015, "
        "for comparison | Good' that gives the 2015 Efficiency judgement), a second pipe table "
        "of figures, hard-wrapped '- ' bullets, heading ids and a footnote.",
        "Question names: 'How well does the force understand demand?' -> understanding-demand "
        "(Outstanding); 'use its resources' -> using-resources; 'planning for demand in the "
        "future' -> planning-future.",
        "Only HMIC is named ('Her Majesty's Inspectorate of Constabulary (HMIC)', publisher, "
        "copyright). Gwent, Dyfed-Powys and North Wales are named only as collaboration "
        "partners. 'Heddlu De Cymru' is the Welsh name. The HMI signature is a Markdown "
        "blockquote.",
    ]))

# r08 -- Engage update web page printed to PDF, West Midlands ---------------------------
F = WMP
GOLDS.append(gold(
    "r08.pdf", "peel-report-2021", [F, GWENT], [HF],
    [insp(F, P2325, inspectorate=HF)],
    all2325(F, only=[RESP, INV, PVP, LFM]),
    recs=[
        stmt(F, P2325, RESP,
             "Within three months, the force should make sure that it answers emergency and "
             "non-emergency calls within national and local targets.", True),
        stmt(F, P2325, RESP,
             "Within six months, the force should make sure that it attends incidents within the "
             "timescales it has set, and that it reviews the risk to callers while they wait.",
             False),
        stmt(F, P2325, LFM,
             "Within six months, the force should complete a review of its demand and of the "
             "capacity and capability of its workforce, and use the review to plan how it "
             "deploys its officers and staff.", True),
    ],
    coc=[
        stmt(F, P2325, RESP,
             "West Midlands Police doesn\u2019t answer or attend calls from the public quickly "
             "enough. This includes calls from vulnerable people, who are put at greater risk "
             "as a result."),
        stmt(F, P2325, LFM,
             "The force doesn\u2019t have a good enough understanding of its demand or of the "
             "capacity and capability of its workforce. It can\u2019t be sure that it is using "
             "its resources in the best way."),
    ],
    people=[
        person("Martin Ashdown", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Gideon Ashworth", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "An HMICFRS 'Engage' (enhanced monitoring) update page as a reader printed it from the "
        "browser: the print date, page title, address and '1/2' are in the page margins. The "
        "sidebar prints beside the main text, and the recommendation tables fall on page 2.",
        "Grades: 'inadequate for responding to the public'; 'requires improvement for "
        "investigating crime, for protecting vulnerable people and for leadership and force "
        "management'. 'It was graded adequate in the other four areas' names no area: no "
        "judgement.",
        "Each cause of concern is a box headed 'Cause of concern n: <area>', which gives its "
        "question; its recommendations follow in a table 'Recommendation | Progress reported by "
        "the force | Our assessment'. has_force_update is true where the force's progress is "
        "given, false for 'Not yet provided \u2013 due by 31 December 2025.'. The causes of "
        "concern have no update of their own.",
        "People: the HMI title-first with the curly apostrophe; 'Chief Constable Gideon "
        "Ashworth'. The Assistant Chief Constable, HM Chief Inspector (unnamed) and the Mayor "
        "of the West Midlands (unnamed; holds the PCC functions) are not person facts.",
        "Gwent Police is named only in a related-content link. West Midlands Fire Service is "
        "not a force. 'Good progress' and 'Some progress' are HMICFRS's progress ratings, not "
        "grades.",
    ]))

# r09 -- long-format CSV of grades ------------------------------------------------------
j09 = (all2325(CHESHIRE) + all2122(CHESHIRE) + all2325(DERBYS) + all2122(DERBYS)
       + grades(DERBYS, P1819, [(None, G)], EFF) + grades(DERBYS, P1819, [(None, G)], EFC)
       + grades(DERBYS, P1819, [(None, G)], LEG)
       + all2325(GWENT) + all2325(NORTHUMBRIA) + all2122(NORTHUMBRIA) + all2325(SYP)
       + all2325(WMP))
GOLDS.append(gold(
    "r09.csv", "national-release", [CHESHIRE, DERBYS, GWENT, NORTHUMBRIA, SYP, WMP], [HF],
    [insp(CHESHIRE, P2325, inspectorate=HF), insp(CHESHIRE, P2122, inspectorate=HF),
     insp(DERBYS, P2325, inspectorate=HF), insp(DERBYS, P2122, inspectorate=HF),
     insp(DERBYS, P1819, EFF, HF), insp(DERBYS, P1819, EFC, HF), insp(DERBYS, P1819, LEG, HF),
     insp(GWENT, P2325, inspectorate=HF), insp(NORTHUMBRIA, P2325, inspectorate=HF),
     insp(NORTHUMBRIA, P2122, inspectorate=HF), insp(SYP, P2325, inspectorate=HF),
     insp(WMP, P2325, inspectorate=HF)],
    j09,
    also={"inspections": [insp(DERBYS, P1819, PEEL, HF)]},
    notes=[
        "Long format: one row per force, inspection and area (force_name, force_id, "
        "inspection, publication_date, area, grade). UTF-8 with a byte-order mark and CRLF "
        "line endings; 'PEEL 2023\u201325' has an en dash; area names with commas are quoted. "
        "A trailing note row (after a blank row) names HMICFRS and lists the grading scale.",
        "'Providing a service to victims of crime | Not graded' rows give nothing. The 2021/22 "
        "rows use the 2021/22 names (Treatment of the public, Developing a positive "
        "workplace, Good use of resources, Recording data about crime), mapped as in r02. The "
        "Derbyshire 'PEEL 2018/19' rows put the pillar names in the area column: pillar "
        "judgements, with the integrated PEEL 2018/19 inspection in also_acceptable.",
    ]))

# r10 -- "at a glance" accessible summary (DOCX), Cheshire ------------------------------
F = CHESHIRE
GOLDS.append(gold(
    "r10.docx", "peel-report-2021", [F], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    all2325(F) + all2122(F),
    afis=[
        stmt(F, P2325, INV,
             "The force should make sure that it records whether a victim supports a "
             "prosecution, and the reasons why when a victim withdraws their support."),
        stmt(F, P2325, PPT,
             "The force should make sure that officers record clearly the grounds for every "
             "stop and search they carry out."),
    ],
    people=[
        person("Idris Vaughan-Lloyd", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Naomi Kerridge", "chief-constable", F, "Chief Constable"),
        person("Callum Rowe", "commissioner", F, "police and crime commissioner"),
    ],
    notes=[
        "The grades table has merged header cells: 'Area of policing' is merged down over two "
        "header rows (vMerge), and 'Grade' is merged across two columns (gridSpan) over "
        "'2023\u201325' and '2021/22'. So each grade's period comes only from the second header "
        "row. The victim service row merges both grade cells ('We don\u2019t grade this "
        "area'): nothing.",
        "2021/22 cells 'Good\u00b9' and 'Good\u00b2' carry footnote marks: the workforce row "
        "was 'Developing a positive workplace' in 2021/22 (workforce), and the leadership row's "
        "2021/22 grade is for 'Good use of resources' (leadership-management, as in the shared "
        "README). 'Recording data about crime | Not graded separately | Good' gives a 2021/22 "
        "crime-recording judgement only.",
        "The areas for improvement are in a table whose title row is merged across three "
        "columns; the AFI is the 'What the force should do' cell, the 'What we found' cell is "
        "a plain-language finding. The grade key table (merged title) is a distractor.",
        "People: 'Idris Vaughan-Lloyd, His Majesty's Inspector of Constabulary' (straight "
        "apostrophe in this Word file); 'Chief Constable Naomi Kerridge'; 'The police and "
        "crime commissioner, Callum Rowe' (title-first, lower case as written). Cheshire Fire "
        "and Rescue Service is not a force. The Word header and footer are not body text.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        path = os.path.join(GOLD, stem + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
