"""Write gold/nc01.json ... gold/nc10.json for corpus108 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
EFF, EFC, LEG, LDR, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "Leadership", "PEEL"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC, VS = "crime-recording", "serious-organised-crime", "victim-service"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
UD, UR, PF, SPEC = "understanding-demand", "using-resources", "planning-future", "specialist-capabilities"
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

# nc01 -- Derbyshire PCC annual report 2019/20 (two-column PDF), PEEL 2018/19 ---------------
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "nc01.pdf", "response-record", [F, "Nottinghamshire Police"], [HF],
    [insp(F, P1819, inspectorate=HF)],
    grades(F, P1819, [
        (PREV, G), (INV, RI), (PVP, G), (SOC, G), (UR, G), (PF, O), (FTP, G), (ELW, G), (FTW, G),
    ]),
    afis=[
        stmt(F, P1819, INV,
             "The force should make sure that crimes are allocated promptly to investigators with "
             "the right skills and experience, and that victims are kept informed of progress.", True),
        stmt(F, P1819, PVP,
             "The force should improve how it records the voice of the child when officers attend "
             "incidents of domestic abuse.", False),
    ],
    people=[
        person("Harriet Ollerenshaw", "commissioner", F, "Police and Crime Commissioner for Derbyshire"),
        person("Andrew Kettleby", "chief-constable", F, "Chief Constable"),
        person("Rachel Swarkestone", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Ralph Tenby", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    also={
        "judgements": grades(F, P1819, [(None, G)], pillar=EFF) + grades(F, P1819, [(None, G)], pillar=EFC)
        + grades(F, P1819, [(None, G)], pillar=LEG)
        + grades(F, "2017", [(None, G)], pillar=EFF) + grades(F, "2017", [(None, G)], pillar=EFC)
        + grades(F, "2017", [(None, G)], pillar=LEG),
        "inspections": [insp(F, "2017", EFF), insp(F, "2017", EFC), insp(F, "2017", LEG)],
    },
    notes=[
        "PEEL 2018/19 follows dev12: every question grade in the 'at a glance' panel is a PEEL "
        "judgement with a 2015-17 question key ('Meeting current demands and using resources' -> "
        "using-resources; 'Planning for the future' -> planning-future; the three legitimacy lines -> "
        "fair-treatment-public, ethical-lawful-workforce, fair-treatment-workforce). The three pillar "
        "lines (Effectiveness/Efficiency/Legitimacy: Good) are per-pillar 2018/19 grades: also_acceptable.",
        "No overall PEEL grade is stated, so there is no PEEL judgement with question null.",
        "'The grades are the same across all three pillars as in the previous assessment' names no "
        "grade word for the previous assessment (taken as 2017): its pillar grades are also_acceptable only.",
        "The crime data integrity row 'Requires improvement' is a standalone 2019 CDI inspection, not "
        "PEEL: no judgement. The JTAI and the national report give nothing. The priority RAG statuses "
        "(Green/Amber) are not grades. 'good practice' and 'outstanding judgement for planning' add nothing new.",
        "AFI 2's 'Force progress: Not yet reported' gives no update, so has_force_update is false.",
        "Nottinghamshire Police is named only as a commissioning partner. The unnamed Assistant Chief "
        "Constable is not a person fact.",
    ]))

# nc02 -- Staffordshire Commissioner's PEEL governance report (DOCX), PEEL 2021/22 -------------
F = "Staffordshire Police"
GOLDS.append(gold(
    "nc02.docx", "response-record", [F], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [
        (PPT, A), (PREV, G), (RESP, I), (INV, RI), (PVP, RI), (MOS, A), (WORK, A), (LFM, RI),
    ]),
    afis=[
        stmt(F, P2122, PPT,
             "The force should improve how it records and monitors the use of force by its officers, "
             "so that it can identify any disproportionality.", True),
        stmt(F, P2122, PVP,
             "The force should make sure that officers consistently complete DASH risk assessments at "
             "domestic abuse incidents and that supervisors review them.", True),
        stmt(F, P2122, LFM,
             "The force should develop its understanding of demand so that it can plan its workforce "
             "and finances effectively.", False),
    ],
    recs=[
        stmt(F, P2122, RESP,
             "Within three months, the force should make sure that it answers emergency calls within "
             "the national standard and reduces the number of non-emergency calls that are abandoned.", True),
        stmt(F, P2122, RESP,
             "Within three months, the force should make sure that call handlers use a structured "
             "assessment of threat, harm and risk for every call, and that repeat and vulnerable callers "
             "are identified.", True),
        stmt(F, P2122, INV,
             "Within six months, the force should make sure that investigations are supervised "
             "effectively and that there is a clear investigation plan where one is needed.", True),
    ],
    coc=[
        stmt(F, P2122, RESP,
             "The force isn't answering emergency and non-emergency calls quickly enough, and it doesn't "
             "always assess the risk to callers properly. This means that vulnerable people may not get "
             "the help they need.", False),
        stmt(F, P2122, INV,
             "The force doesn't always carry out effective investigations, and too many victims are not "
             "given the support they need or told how their case is progressing.", False),
    ],
    people=[
        person("Andy Cooke", "inspector", HF, "His Majesty's Chief Inspector of Constabulary"),
        person("Michael Ashcombe", "commissioner", F,
               "Staffordshire Commissioner for Police, Fire and Rescue and Crime"),
        person("Christopher Eldridge", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "2021/22 area names: 'Developing a positive workplace' -> workforce; 'Good use of resources' -> "
        "leadership-management. 'Providing a service to the victims of crime: Not graded' gives nothing.",
        "The delivery statuses (Blue/Green/Amber/Red) are the Commissioner's office's own ratings, and "
        "the report says they are not inspection grades.",
        "Causes of concern: the quoted paragraphs; the recommendations under each follow 'HMICFRS "
        "recommended that:' as numbered paragraphs. The 'Force progress:' lines answer the "
        "recommendations, so the causes of concern themselves have has_force_update false (as corpus13 "
        "q02). The third AFI's update cell only says an update will be provided: false.",
        "The fire and rescue service's 'judged good' is a fire inspection: no judgement. The December "
        "2022 revisit gives no grade.",
        "The Commissioner is named after his title-less role line; the title is kept in full as it "
        "follows the name. Andy Cooke (HMCIC) is role inspector with the title as written.",
    ]))

# nc03 -- Lincolnshire PCC web page on PEEL 2016 effectiveness (HTML) -------------------------
F = "Lincolnshire Police"
EM = ["Derbyshire Constabulary", "Leicestershire Police", "Northamptonshire Police", "Nottinghamshire Police"]
GOLDS.append(gold(
    "nc03.html", "response-record", [F] + EM, [H],
    [insp(F, "2016", EFF, H), insp(F, "2015", EFF)],
    grades(F, "2016", [(None, G), (PREV, G), (INV, RI), (PVP, G), (SOC, G)], pillar=EFF)
    + grades(F, "2015", [(None, G)], pillar=EFF),
    afis=[
        stmt(F, "2016", None,
             "The force should ensure that all investigations are supervised effectively and that "
             "investigation plans are recorded on the crime system.", True, pillar=EFF),
        stmt(F, "2016", None,
             "The force should improve the way it identifies and manages the risk posed by registered "
             "sex offenders, so that visits take place when they are due.", True, pillar=EFF),
        stmt(F, "2016", None,
             "The force should review how it uses the information it holds about repeat victims of "
             "anti-social behaviour, so that it can intervene earlier.", False, pillar=EFF),
    ],
    people=[
        person("Alan Thackeray", "commissioner", F, "Police and Crime Commissioner for Lincolnshire"),
        person("Glenys Marwood", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Question grades sit after each numbered question; specialist capabilities is 'Ungraded'. "
        "The overall 'good' is in the next paragraph. The four-point scale sentence gives nothing.",
        "'Last year the force was also judged to be good for effectiveness' gives a 2015 Effectiveness "
        "judgement; no inspectorate is named for it (null).",
        "The AFIs sit in one table with no question headings, so question is null. The third AFI's "
        "response cell is empty: has_force_update false.",
        "The four East Midlands forces are named only as EMSOU partners. The sidebar links to other "
        "PEEL pages give no grades.",
    ]))

# nc04 -- West Mercia Police and Crime Panel minutes on the PCC annual report (TXT) ------------
F = "West Mercia Police"
GOLDS.append(gold(
    "nc04.txt", "response-record", [F, "Warwickshire Police"], [HF],
    [insp(F, P1819, inspectorate=HF), insp(F, "2017", EFF, HF)],
    grades(F, P1819, [(PREV, G), (PVP, G), (INV, RI), (PF, RI)])
    + grades(F, "2017", [(SOC, I)], pillar=EFF),
    afis=[
        stmt(F, P1819, None,
             "The force should make sure it has enough trained detectives to investigate serious and "
             "complex crime, and that their workloads are manageable.", True),
    ],
    people=[
        person("Anthony Farrance", "commissioner", F, "Police and Crime Commissioner for West Mercia"),
        person("Rosalind Petch", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The PEEL 2018/19 grades are reported in the PCC's answer ('judged good at ...', 'graded as "
        "requiring improvement'); pillar PEEL with 2015-17 question keys, as dev12.",
        "'graded inadequate by HMICFRS in the 2017 effectiveness inspection' gives a 2017 "
        "Effectiveness serious-organised-crime judgement with its own inspection. The lifted cause of "
        "concern is not quoted, so it is no statement.",
        "The quoted AFI has no section heading: question null. The Chief Constable's answer about "
        "trainee investigators is the force's update: true.",
        "RAG ratings (amber/red) of the PCC's commitments and 'good practice' are distractors. "
        "Warwickshire Police is named only for the ended alliance.",
    ]))

# nc05 -- Devon and Cornwall PCC performance report to panel (PDF), PEEL 2021/22 --------------
F = "Devon and Cornwall Police"
GOLDS.append(gold(
    "nc05.pdf", "response-record", [F, "Dorset Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [
        (PREV, G), (PPT, A), (MOS, A), (WORK, A), (CDI, A), (INV, RI), (PVP, RI), (LFM, RI), (RESP, I),
    ]),
    afis=[
        stmt(F, P2122, None,
             "The force should make sure that its risk assessments of repeat victims are reviewed by a "
             "supervisor and that safeguarding is put in place without delay.", True),
        stmt(F, P2122, None,
             "The force should make sure that victims of crime are told whether their case will be "
             "investigated and are kept updated.", False),
    ],
    recs=[
        stmt(F, P2122, RESP,
             "By 31 March 2023, the force should make sure it has enough trained call handlers to answer "
             "calls within the national standards.", True),
        stmt(F, P2122, RESP,
             "By 31 March 2023, the force should introduce a call-back service for non-emergency callers "
             "who cannot be answered promptly.", True),
    ],
    coc=[
        stmt(F, P2122, RESP,
             "The force is not answering calls from the public quickly enough, and too many non-emergency "
             "callers abandon their call before it is answered. This creates a risk that vulnerable "
             "people will not get the help they need.", False),
    ],
    people=[
        person("Morwenna Tregear", "commissioner", F, "Police and Crime Commissioner"),
        person("Neville Trelawny", "chief-constable", F, "Temporary Chief Constable", "temporary"),
    ],
    notes=[
        "The OPCC's Green/Amber/Red indicator assessments ('content', 'requires additional scrutiny') "
        "are not grades; the report says so. 'requires additional scrutiny' is not 'requires improvement'.",
        "Grades come from the two-column table. 'Recording data about crime' -> crime-recording; "
        "'Developing a positive workplace' -> workforce; 'Good use of resources' -> leadership-management. "
        "'No area ... was graded outstanding' gives nothing.",
        "The cause of concern is the boxed paragraph; its question is responding-to-public because both "
        "its recommendations are about calls. The force updates are in the recommendations' rows, so "
        "the cause of concern itself has no update. The two AFIs sit under no area heading: question "
        "null. AFI 2's update cell is '-': false.",
        "People: title-first 'Police and Crime Commissioner Morwenna Tregear'; 'the Temporary Chief "
        "Constable, Neville Trelawny'. Dorset Police is named only as an alliance partner.",
    ]))

# nc06 -- Norfolk PCC annual report 2015/16 (Markdown), PEEL 2015 (+2014 efficiency) ----------
F = "Norfolk Constabulary"
GOLDS.append(gold(
    "nc06.md", "response-record", [F, "Suffolk Constabulary"], [H],
    [insp(F, "2015", EFC, H), insp(F, "2015", EFF, H), insp(F, "2015", LEG, H), insp(F, "2014", EFC)],
    grades(F, "2015", [(None, G)], pillar=EFC)
    + grades(F, "2015", [(None, G), (PREV, G), (INV, G), (PVP, RI), (SOC, G)], pillar=EFF)
    + grades(F, "2015", [(None, G), (FTP, G), (ELW, G), (FTW, G)], pillar=LEG)
    + grades(F, "2014", [(None, G)], pillar=EFC),
    afis=[
        stmt(F, "2015", PVP,
             "The constabulary should improve the way it assesses the risk to victims of domestic abuse "
             "when they first call, so that those at highest risk are identified straight away.", True,
             pillar=EFF),
        stmt(F, "2015", PVP,
             "The constabulary should make sure that missing children who are found are always offered "
             "an independent return interview.", True, pillar=EFF),
    ],
    people=[
        person("Lorna Easterbrook", "commissioner", F, "Police and Crime Commissioner for Norfolk"),
        person("Martin Yaxley", "chief-constable", F, "Chief Constable"),
        person("Charlotte Haddiscoe", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    also={"inspections": [insp(F, "2015", LDR, H)]},
    notes=[
        "Grades are in bold pillar lines and italic bullet items. Legitimacy items map to "
        "fair-treatment-public, ethical-lawful-workforce and fair-treatment-workforce.",
        "'Norfolk was also judged good for efficiency in 2014' gives a 2014 Efficiency judgement; no "
        "inspectorate is named for 2014 in that sentence (null).",
        "Leadership 2015 is reported as 'a narrative assessment only': no judgement; its inspection is "
        "in also_acceptable.",
        "The two AFIs follow 'HMIC's report said:' as full-sentence bullets. The lead-in is not part "
        "of the statement and each bullet is its own AFI; they follow the vulnerability paragraph, so "
        "Effectiveness / protecting-vulnerable. The Chief Constable's March 2016 report answers both.",
        "Status column (Amber/Green) is the office's progress view; the four-point scale sentence gives "
        "nothing. Suffolk Constabulary is named only as a collaboration partner.",
    ]))

# nc07 -- North Wales PCC annual report 2017/18 (DOCX), PEEL 2017 ----------------------------
F = "North Wales Police"
WALES = ["Dyfed-Powys Police", "Gwent Police", "South Wales Police"]
GOLDS.append(gold(
    "nc07.docx", "response-record", [F] + WALES, [HF, H],
    [insp(F, "2017", EFC, HF), insp(F, "2017", LEG, HF), insp(F, "2017", EFF, HF),
     insp(F, "2016", EFF, H)],
    grades(F, "2017", [(None, G), (UD, O), (PF, G)], pillar=EFC)
    + grades(F, "2017", [(None, G)], pillar=LEG)
    + grades(F, "2017", [(None, G)], pillar=EFF)
    + grades(F, "2016", [(None, RI)], pillar=EFF),
    afis=[
        stmt(F, "2017", None,
             "North Wales Police should improve its understanding of the skills of its workforce, so "
             "that it can identify gaps and plan to fill them.", True, pillar=EFC),
        stmt(F, "2017", None,
             "North Wales Police should make sure it tests its change programme against the benefits it "
             "expects to achieve, including savings.", True, pillar=EFC),
    ],
    people=[
        person("Gwilym Rowlands", "commissioner", F, "Police and Crime Commissioner for North Wales"),
        person("Carys Whitfield", "chief-constable", F, "Chief Constable"),
    ],
    also={
        "judgements": grades(F, "2017", [(FTP, G), (ELW, G), (FTW, G)], pillar=LEG),
        "inspections": [insp(F, "2017", LDR, HF)],
    },
    notes=[
        "The 2017 pillar grades are in the 'Inspection reports published in 2017/18' table. The "
        "paragraph above names HMICFRS as the body whose reports are scrutinised, so the 2017 "
        "inspections take HMICFRS; 'last year HMIC judged the force's effectiveness to require "
        "improvement' gives a 2016 Effectiveness judgement with HMIC.",
        "'Within legitimacy, all three questions were judged good' names no question: the three "
        "question grades are also_acceptable only.",
        "Leadership 'was not separately graded': no judgement; inspection in also_acceptable.",
        "The AFIs follow a lead-in that ends with a colon, as full-sentence bullets, each followed by "
        "'Update:'. No question heading: question null.",
        "Custody inspection (joint with HMI Prisons) 'Not graded' and the national modern slavery "
        "report give nothing. Priority RAG column is not a grade. The other Welsh forces are named in "
        "passing; North Wales Fire and Rescue Service is not a police force.",
    ]))

# nc08 -- Hampshire and IoW PCC plan progress page (HTML), PEEL 2023-25 -----------------------
F = "Hampshire Constabulary"
GOLDS.append(gold(
    "nc08.html", "response-record", [F, "Thames Valley Police"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122)],
    grades(F, P2325, [
        (PREV, G), (MOS, G), (WORK, G), (PPT, A), (INV, A), (PVP, A), (LFM, A), (RESP, RI),
    ]) + grades(F, P2122, [(INV, RI)]),
    afis=[
        stmt(F, P2325, RESP,
             "The force should make sure that it answers non-emergency calls promptly and that the "
             "number of abandoned calls falls.", True),
        stmt(F, P2325, VS,
             "The force should make sure that victims are referred to support services and that it "
             "records whether the Victims\u2019 Code has been complied with.", True),
        stmt(F, P2325, PPT,
             "The force should improve how it records the reason for each stop and search, and "
             "supervisors should check that the grounds are reasonable.", True),
    ],
    people=[
        person("Rachel Vaughan-Hythe", "commissioner", F,
               "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
        person("Oliver Brampton", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The force is 'Hampshire and Isle of Wight Constabulary' (alias of Hampshire Constabulary).",
        "2023-25 grades are in coloured cards (grade word first, area second). 'Police powers and "
        "public treatment' -> treatment-of-public; 'Building, supporting and protecting the workforce' "
        "-> workforce; 'Leadership and force management' -> leadership-management.",
        "'an improvement on 2021/22, when the constabulary was graded requires improvement in that "
        "area' gives a 2021/22 investigating-crime judgement; no inspectorate is named for it (null).",
        "The AFI table has no area column; questions follow the subject of each AFI (calls -> "
        "responding-to-public, victims' support and the Victims' Code -> victim-service, stop and search "
        "-> treatment-of-public). Each has an update from the constabulary, including the closed one.",
        "Progress ratings (On track / Partly on track / Behind plan), the five-grade scale sentence, "
        "'no causes of concern' and 'good practice' give nothing. Thames Valley Police is a partner "
        "only; the Thames Valley PCC is unnamed.",
    ]))

# nc09 -- Leicestershire PCC annual report 2022-23 (two-column PDF), PEEL 2021/22 --------------
F = "Leicestershire Police"
EM9 = ["Derbyshire Constabulary", "Lincolnshire Police", "Northamptonshire Police", "Nottinghamshire Police"]
GOLDS.append(gold(
    "nc09.pdf", "response-record", [F] + EM9, [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [
        (PREV, O), (PPT, G), (INV, G), (PVP, G), (MOS, G), (LFM, G), (CDI, G), (RESP, A), (WORK, A),
    ]),
    afis=[
        stmt(F, P2122, RESP,
             "The force should make sure that it answers non-emergency calls quickly enough, and that "
             "callers who abandon a call are contacted where there is a risk of harm.", True),
        stmt(F, P2122, WORK,
             "The force should make sure that supervisors hold regular wellbeing conversations with "
             "their staff and record them.", False),
    ],
    people=[
        person("Giles Ashby-Carter", "commissioner", F, "Police and Crime Commissioner"),
        person("Julia Wigston", "chief-constable", F, "Chief Constable"),
        person("Margot Hallbrook", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    notes=[
        "The table row 'Outstanding in one area; good in six; adequate in two' counts grades without "
        "areas: nothing by itself. The nine area grades are in the line list under 'PEEL 2021/22'.",
        "The AFIs are labelled 'AFI 2 (responding to the public)' and 'AFI 5 (developing a positive "
        "workplace)'; the text starts after the bold label. AFI 5's 'Force position: Awaiting the "
        "results of the 2023 staff survey.' reports no progress: false (a judgement call).",
        "Priority ratings (Green/Amber), the custody inspection 'Not graded', the national vetting "
        "thematic, 'one of the best-performing forces' and 'good practice' give nothing. The four "
        "EMSOU forces are named in passing; Leicestershire Fire and Rescue Service is not a police force.",
    ]))

# nc10 -- Cambridgeshire Business Coordination Board paper (TXT), PEEL 2016 -------------------
F = "Cambridgeshire Constabulary"
GOLDS.append(gold(
    "nc10.txt", "response-record", [F, "Bedfordshire Police", "Hertfordshire Constabulary"], [H],
    [insp(F, "2016", EFC, H), insp(F, "2016", LEG, H), insp(F, "2016", EFF, H), insp(F, "2015", LEG)],
    grades(F, "2016", [(None, G)], pillar=EFC)
    + grades(F, "2016", [(None, G), (FTP, G)], pillar=LEG)
    + grades(F, "2016", [(None, RI), (PVP, RI)], pillar=EFF)
    + grades(F, "2015", [(None, G)], pillar=LEG),
    afis=[
        stmt(F, "2016", None,
             "The Constabulary should develop a better understanding of the demand it does not yet see, "
             "including hidden harm, so that it can plan its resources.", False, pillar=EFC),
    ],
    recs=[
        stmt(F, "2016", None,
             "Within three months, the Constabulary should review how it manages the risk to missing "
             "children, so that every case has a documented risk assessment and review.", True, pillar=EFF),
        stmt(F, "2016", None,
             "Within six months, the Constabulary should make sure that domestic abuse cases are "
             "allocated to officers with the right training.", True, pillar=EFF),
    ],
    coc=[
        stmt(F, "2016", None,
             "The Constabulary does not always identify vulnerable victims at first contact, and in too "
             "many cases safeguarding is delayed.", True, pillar=EFF),
    ],
    people=[
        person("Nicholas Harwell", "chief-constable", F, "Chief Constable"),
    ],
    also={
        "judgements": grades(F, "2016", [(PREV, G), (INV, G), (SOC, G)], pillar=EFF)
        + grades(F, "2015", [(FTP, G)], pillar=LEG),
        "inspections": [insp(F, "2016", LDR, H)],
    },
    notes=[
        "Pillar grades are a dotted-leader list. 'Leadership ... Narrative judgment only' gives no "
        "judgement (inspection in also_acceptable). The grading-scale sentence gives nothing.",
        "'The other effectiveness questions were graded good, apart from specialist capabilities' names "
        "none of them: preventing, investigating and serious organised crime are also_acceptable only.",
        "'judged good at treating all of the people it serves with fairness and respect, as it was in "
        "2015' gives the 2016 fair-treatment-public grade; the 2015 question grade is only implied "
        "(also_acceptable). 'in 2015 when the Constabulary was also judged good for legitimacy overall' "
        "gives the 2015 Legitimacy judgement (no inspectorate named for it: null).",
        "Statements sit in a fixed-width tracker: the kind comes from the row label (Cause of "
        "concern / Recommendation / Area for improvement) and the pillar from its bracket; no question "
        "heading, so question null. 'Update: None this period.' gives no update: false.",
        "The 'ACC' and 'DoF' owners are unnamed. Bedfordshire and Hertfordshire are BCH partners only.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
