"""Write gold/w01.json ... gold/w10.json for corpus29 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
The grades come from src/master.py, the same table the document generators use, but each
document's facts are listed here by hand: only what that document's visible text states.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from master import (G2325, G2122, KEYS, PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM, CDI, SOC,  # noqa
                    G, A, RI, I, O)

GOLD = os.path.join(HERE, "..", "gold")
P2325, P2122, P2017, P2015 = "2023-25", "2021/22", "2017", "2015"
H, HF = "HMIC", "HMICFRS"
ALL43 = sorted(G2325)
BTP = "British Transport Police"


def insp(force, period, pillar="PEEL", inspectorate=HF):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def j(force, period, q, g, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}


def all8(force, keys=KEYS):
    return [j(force, P2325, k, G2325[force][1][k]) for k in keys]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(),
         coc=(), people=(), encoding="utf-8", also=None, notes=None):
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

# w01 -- East Midlands collaboration board paper (DOCX) ---------------------------------
EM = ["Derbyshire Constabulary", "Leicestershire Police", "Lincolnshire Police",
      "Northamptonshire Police", "Nottinghamshire Police"]
DB, LE, LI, NH, NT = EM
GOLDS.append(gold(
    "w01.docx", "national-release", EM + ["Staffordshire Police"], [HF],
    [insp(f, P2325) for f in EM],
    [x for f in EM for x in all8(f)],
    afis=[
        stmt(DB, P2325, INV, "The force should make sure that victims are kept informed about the progress of their investigation, and that it records why a victim no longer supports police action."),
        stmt(DB, P2325, INV, "The force should make sure that an investigation plan is created, and supervised, for every investigation that needs one."),
        stmt(DB, P2325, RESP, "The force should reduce the time it takes to answer non-emergency calls and should tell callers when they can expect officers to attend."),
        stmt(DB, P2325, LFM, "The force should improve its understanding of the demand it faces, so that it can plan its workforce and its budget for the years ahead."),
    ],
    coc=[
        stmt(LI, P2325, RESP, "The force doesn\u2019t answer calls from the public quickly enough, and it doesn\u2019t reassess the risk to callers who are waiting for officers to attend."),
        stmt(NH, P2325, PVP, "Northamptonshire Police doesn\u2019t consistently identify and safeguard vulnerable people, including children, when officers first attend an incident."),
        stmt(NT, P2325, INV, "The force isn\u2019t investigating crime effectively. Too many investigations aren\u2019t supervised well enough or allocated to officers with the right skills and experience."),
    ],
    people=[
        person("Gareth Stanforth", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Rowan Petherick", "commissioner", LE, "Police and Crime Commissioner for Leicestershire"),
    ],
    notes=[
        "Table 1 has a row per force (short names: 'Derbyshire', 'Notts' is used in the prose) and a "
        "column per 2023-25 area: 40 judgements. Column headings are the 2023-25 area names; the header "
        "row repeats (w:tblHeader). The prose repeats some grades ('the region's only outstanding grade, "
        "for preventing crime', 'Notts was judged to require improvement at responding ... and at "
        "investigating crime'); these agree with the table.",
        "Derbyshire's four areas for improvement are quoted as bullets 'Area \u2013 text'; the area label "
        "gives the question and is not part of the text. has_force_update is false for all four: the paper "
        "says the force has reported progress elsewhere and does not give it.",
        "Causes of concern: each is a paragraph in Word's 'Quote' style after a lead-in naming the force; "
        "the question comes from the lead-in (Lincolnshire 'about its contact centre' and 'requires "
        "improvement in three areas' -> responding-to-public; Northamptonshire 'in the area of protecting "
        "vulnerable people'; Nottinghamshire 'the second of these' = investigating crime). Lincolnshire's "
        "two recommendations are mentioned but not quoted: nothing.",
        "EMSOU (serious and organised crime) is not graded; counts ('Three of the five forces require "
        "improvement at investigating crime') add nothing new; Northamptonshire Fire and Rescue Service is "
        "not a police force; Leicestershire's 'good practice' is a distractor. Staffordshire Police is named "
        "as a partner only.",
        "People: the HMI is named title-first with a straight apostrophe. The Board chair is 'Rowan "
        "Petherick, Police and Crime Commissioner for Leicestershire' (title after the name, kept in full). "
        "The Northamptonshire PFCC, the Derbyshire Commissioner and the assistant chief constable are "
        "unnamed.",
        "Genre: a regional commissioners' paper comparing several forces; no genre fits exactly, and like "
        "other third-party listings of several forces it is national-release.",
    ]))

# w02 -- newspaper 'how does your force compare' article printed to PDF -------------------
inspected = [f for f in ALL43 if G2325[f][1]]
GOLDS.append(gold(
    "w02.pdf", "national-release", ALL43 + [BTP], [HF],
    [insp(f, P2325) for f in inspected],
    [j(f, P2325, RESP, G2325[f][1][RESP]) for f in inspected],
    people=[person("Amrit Dhaliwal", "chief-constable", "North Wales Police", "chief constable")],
    notes=[
        "The long table gives one grade per force for responding to the public (column 'Grade (PEEL "
        "2023\u201325)'), with newspaper short names: 'Avon & Somerset', 'Devon & Cornwall', "
        "'Metropolitan Police (the Met)', 'Hampshire and Isle of Wight Constabulary', 'West Midlands', etc. "
        "Four rows say 'Not yet inspected' (Bedfordshire, Hertfordshire, Suffolk, Sussex): in forces, no "
        "inspection.",
        "The prose repeats grades for North Wales (outstanding), the Met, Devon & Cornwall and Wiltshire "
        "(inadequate), Greater Manchester, West Midlands and 'West Yorks' (good), Staffordshire, "
        "Gloucestershire and Thames Valley (requires improvement); all agree with the table. The counts "
        "('16 good, 10 adequate ...') and the grading-scale box give nothing.",
        "Sidebars ('Most read', 'More on policing') name Sussex, British Transport Police, Humberside, Kent, "
        "Cleveland and Durham with no grade. British Transport Police is in forces only. Police Scotland "
        "is not in forces.csv. 'Fire service inspections' is a distractor.",
        "People: 'Its chief constable, Amrit Dhaliwal' (North Wales Police); the title is written lower-"
        "case. The journalist, the Met spokesperson and Wiltshire's (unnamed) PCC are not person facts.",
    ]))

# w03 -- parliamentary written answer (PDF) -----------------------------------------------
SE = ["Bedfordshire Police", "Cambridgeshire Constabulary", "Essex Police", "Hampshire Constabulary",
      "Hertfordshire Constabulary", "Kent Police", "Norfolk Constabulary", "Suffolk Constabulary",
      "Surrey Police", "Sussex Police", "Thames Valley Police"]
ins3, j3 = [], []
for f in SE:
    ins3.append(insp(f, P2122))
    j3.append(j(f, P2122, INV, G2122[f][INV]))
    if G2325[f][1]:
        ins3.append(insp(f, P2325))
        j3.append(j(f, P2325, INV, G2325[f][1][INV]))
GOLDS.append(gold(
    "w03.pdf", "national-release", SE, [HF], ins3, j3,
    notes=[
        "A written answer. The table gives each force's investigating-crime grade for PEEL 2021/22 and "
        "PEEL 2023\u201325. Four 2023\u201325 cells say 'Not yet inspected*' (Bedfordshire, Hertfordshire, "
        "Suffolk, Sussex): those forces have a 2021/22 inspection only. The column heading wraps in the PDF "
        "('PEEL 2023\u2013 25').",
        "'such as Essex and Hampshire, whose grade for investigating crime is lower than it was in 2021/22' "
        "restates the table. 'a five-point scale, from outstanding to inadequate' is a distractor.",
        "No person facts: the Minister of State (Rosalind Ashworth) and the Member who asked (Tom Prewitt) "
        "hold none of GOLD-FORMAT's roles; chief constables and PCCs are unnamed.",
        "Genre: no genre fits a parliamentary answer; like other third-party listings it is "
        "national-release.",
    ]))

# w04 -- wide CSV data download ---------------------------------------------------------------
GOLDS.append(gold(
    "w04.csv", "national-release", ALL43, [HF],
    [insp(f, P2325) for f in inspected],
    [x for f in inspected for x in all8(f)],
    notes=[
        "Wide format: one row per force, one column per 2023-25 area (eight), plus Region, Inspection "
        "('PEEL 2023-25') and 'Date published' (dd/mm/yyyy). UTF-8 with a BOM and CRLF line endings, as "
        "saved by Excel.",
        "Forces are named as in the data: 'Avon & Somerset Constabulary', 'Devon & Cornwall Police', "
        "'Hampshire and Isle of Wight Constabulary' (aliases in forces.csv).",
        "Four rows are 'Not yet inspected' in every area with an empty date (Bedfordshire, Hertfordshire, "
        "Suffolk, Sussex): in forces, no inspection, no judgement.",
        "The trailing 'Source:' row names HMICFRS, so each inspection's inspectorate is HMICFRS. It also "
        "says victim service and serious and organised crime are not graded: nothing.",
    ]))

# w05 -- analyst's blog post (Markdown), WMP v GMP ---------------------------------------------
WMP, GMP = "West Midlands Police", "Greater Manchester Police"
P21 = [PPT, PREV, RESP, INV, PVP, MOS, SOC, WORK, LFM, CDI]
ins5 = [insp(WMP, P2017, p) for p in ("Effectiveness", "Efficiency", "Legitimacy")]
ins5 += [insp(GMP, P2017, p) for p in ("Effectiveness", "Efficiency", "Legitimacy")]
ins5 += [insp(GMP, P2015, "Efficiency", H)]
ins5 += [insp(WMP, P2122), insp(GMP, P2122), insp(WMP, P2325), insp(GMP, P2325)]
j5 = [j(WMP, P2017, None, G, "Effectiveness"), j(WMP, P2017, None, G, "Efficiency"),
      j(WMP, P2017, None, G, "Legitimacy"),
      j(GMP, P2017, None, RI, "Effectiveness"), j(GMP, P2017, None, G, "Efficiency"),
      j(GMP, P2017, None, G, "Legitimacy"),
      j(GMP, P2015, None, O, "Efficiency")]
j5 += [j(f, P2122, k, G2122[f][k]) for f in (WMP, GMP) for k in P21]
j5 += all8(WMP) + all8(GMP)
GOLDS.append(gold(
    "w05.md", "national-release",
    [WMP, GMP, "Metropolitan Police Service", "Merseyside Police", "Lancashire Constabulary",
     "West Yorkshire Police"], [H, HF], ins5, j5,
    notes=[
        "Three Markdown tables, one per round, with a column per force; the forces are named in full once "
        "('West Midlands Police (WMP)', 'Greater Manchester Police (GMP)') and abbreviated afterwards.",
        "Round one: the table is headed 'Pillar (2017)', so the three pillar grades are period 2017, "
        "question null. The inspectorate of the 2017, 2021/22 and 2023-25 inspections is HMICFRS (the "
        "post names HMICFRS as the body running the rounds; 2017 follows the era). 'in 2015, HMIC ... had "
        "judged GMP's efficiency to be outstanding' gives a 2015 Efficiency judgement with inspectorate "
        "HMIC.",
        "Round two: 2021/22 area names map to keys: 'Treatment of the public' -> treatment-of-public, "
        "'Developing a positive workplace' -> workforce, 'Good use of resources' -> leadership-management "
        "(its 'Good' is part of the name), 'Recording data about crime' -> crime-recording, 'Disrupting "
        "serious organised crime' -> serious-organised-crime. 'Providing a service to victims: Not graded' "
        "gives nothing.",
        "Round three: eight 2023-25 areas per force. The prose ('GMP has gone from inadequate to good', "
        "'WMP improved to good, GMP stayed adequate') restates table grades. Counts ('seven requires "
        "improvement grades') and 'within one grade of each other' give nothing.",
        "The Met, Merseyside, Lancashire and West Yorkshire are named with no grade. No person facts: the "
        "author and the commenters are not among GOLD-FORMAT's roles.",
    ]))

# w06 -- all-Wales infographic (PDF) -----------------------------------------------------------
WALES = ["Dyfed-Powys Police", "Gwent Police", "North Wales Police", "South Wales Police"]
GOLDS.append(gold(
    "w06.pdf", "national-release", WALES + [BTP], [HF],
    [insp(f, P2325) for f in WALES],
    [x for f in WALES for x in all8(f)],
    people=[person("Elinor Pugh-Davies", "commissioner", "Dyfed-Powys Police",
                   "Police and Crime Commissioner for Dyfed-Powys")],
    notes=[
        "A landscape infographic: a grid with forces down and eight areas across (short headings with "
        "icons: 'Preventing crime & ASB', 'Workforce', ...), each cell coloured and holding the grade word. "
        "Rows are labelled bilingually ('North Wales / Heddlu Gogledd Cymru'); Gwent's row says only "
        "'Heddlu Gwent'. In the PDF text each row's label comes out before its grades.",
        "The key lists all five grades and gives nothing. The tiles ('2 areas graded outstanding', '0 areas "
        "graded inadequate') are counts. Page 2 repeats two grades (North Wales outstanding for responding, "
        "Dyfed-Powys outstanding for managing offenders) and 'Heddlu Gwent requires improvement' for "
        "investigating crime; 'needs improvement' and 'good practice' are not grades.",
        "British Transport Police is named only ('not inspected under PEEL'). Tarian (the regional "
        "organised crime unit) is not a force.",
        "People: the foreword is signed 'Elinor Pugh-Davies / Chair, Policing in Wales Board, and Police and "
        "Crime Commissioner for Dyfed-Powys'; the title is the commissioner part. The Chief Constables are "
        "unnamed.",
    ]))

# w07 -- Cheshire PCC MSG benchmarking paper (DOCX) -------------------------------------------
CH = "Cheshire Constabulary"
AS, DB_, KE, LI_, NB, ST, WA = ("Avon and Somerset Constabulary", "Derbyshire Constabulary", "Kent Police",
                               "Lincolnshire Police", "Northumbria Police", "Staffordshire Police",
                               "Warwickshire Police")
peer_j = [j(LI_, P2325, PPT, A), j(WA, P2325, PPT, A), j(ST, P2325, PREV, G), j(AS, P2325, PREV, A),
          j(NB, P2325, RESP, G), j(ST, P2325, RESP, RI), j(LI_, P2325, RESP, RI), j(DB_, P2325, RESP, A),
          j(DB_, P2325, INV, RI), j(AS, P2325, INV, RI), j(WA, P2325, PVP, RI), j(KE, P2325, LFM, G)]
for x in peer_j:
    assert G2325[x["force"]][1][x["question"]] == x["grade"], x
GOLDS.append(gold(
    "w07.docx", "response-record", [CH, AS, DB_, KE, LI_, NB, ST, WA], [HF],
    [insp(CH, P2325), insp(CH, P2122)] + [insp(f, P2325) for f in (AS, DB_, KE, LI_, NB, ST, WA)],
    all8(CH) + [j(CH, P2122, RESP, A)] + peer_j,
    afis=[
        stmt(CH, P2325, INV, "The force should make sure that it carries out all reasonable lines of enquiry at the earliest opportunity, including the collection of CCTV and forensic evidence.", True),
        stmt(CH, P2325, INV, "The force should improve how it supervises investigations so that they are completed promptly and victims receive a good service.", True),
        stmt(CH, P2325, LFM, "The force should make sure that its medium-term financial plan is linked to its workforce plan, so that it can show how it will pay for the officers and staff it needs.", False),
        stmt(CH, P2325, PPT, "The force should make sure it records the ethnicity of everyone who is stopped and searched.", True),
    ],
    people=[
        person("Marcus Hebblethwaite", "commissioner", CH, "Police and Crime Commissioner for Cheshire"),
        person("Delphine Marsh-Ogilvy", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Gareth Lyle", "chief-constable", CH, "Deputy Chief Constable", "deputy"),
        person("Yasmin Adeyemi-Clarke", "chief-constable", CH, "Chief Constable"),
    ],
    also={"judgements": [j(f, P2325, INV, A) for f in (KE, LI_, NB, ST, WA)]},
    notes=[
        "Cheshire's eight grades are in Table 'Our grades' and repeated in prose. Its third column ('MSG "
        "forces with the same grade (of 7)') is a count and gives nothing for any peer.",
        "Peers' grades are given in prose relative to Cheshire's: 'Unlike Lincolnshire and Warwickshire, "
        "which were both graded adequate, we were judged good' (police powers and public treatment); 'Like "
        "Staffordshire, we were graded good for preventing crime, a step ahead of Avon and Somerset, which "
        "the inspectorate graded adequate'; 'good, as was Northumbria'; 'Staffordshire and Lincolnshire "
        "... require improvement, and Derbyshire was graded adequate' (responding); 'Derbyshire and Avon & "
        "Somerset were both graded requires improvement' (investigating); 'Warwickshire, by contrast, was "
        "graded requires improvement' (protecting vulnerable people); 'Kent, whose grade for leadership "
        "and force management was good'.",
        "'the other five were adequate like us' (investigating crime) does not name the five; they can be "
        "worked out from the MSG list (Kent, Lincolnshire, Northumbria, Staffordshire, Warwickshire), so "
        "their adequate grades are in also_acceptable only.",
        "'In 2021/22 the Constabulary was graded adequate for responding to the public' gives a 2021/22 "
        "judgement. 'our adequate supply of detectives' is a distractor.",
        "AFIs: each is a Word 'Intense Quote' paragraph under a heading 'AFI n (Area)'; the area gives the "
        "question. 'Constabulary update:' follows AFIs 1, 2 and 4 (true); AFI 3 has only 'Status: ... No "
        "update at this stage.' (false).",
        "People: the PCC is named name-first with 'Police and Crime Commissioner for Cheshire'; the HMI "
        "title-first with a straight apostrophe; 'Deputy Chief Constable Gareth Lyle' (qualifier deputy); "
        "'Chief Constable Yasmin Adeyemi-Clarke' in the background-paper line. Assistant Chief Constable "
        "Paul Rimmer is not a person fact.",
        "Genre: a commissioner's report to the panel that tracks the force's AFIs with updates: "
        "response-record.",
    ]))

# w08 -- HMICFRS news page, four reports on one day (HTML) --------------------------------------
CL, CU, HU, WY = "Cleveland Police", "Cumbria Constabulary", "Humberside Police", "West Yorkshire Police"
GOLDS.append(gold(
    "w08.html", "national-release", [CL, CU, HU, WY, "North Yorkshire Police"], [HF],
    [insp(f, P2325) for f in (CL, CU, HU, WY)],
    all8(CL) + all8(CU) + all8(HU, [INV, LFM]) + all8(WY),
    people=[
        person("Marguerite Eastfield", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Callum Ridley-Shaw", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    also={"judgements": all8(HU, [PPT, PREV, RESP, PVP, MOS, WORK])},
    notes=[
        "One section per force. Cleveland and West Yorkshire: grades in sentences whose lists contain the "
        "comma-laden area 'building, supporting and protecting the workforce'. Cumbria: a lead-in 'It was "
        "graded:' and a bulleted list, plus outstanding for the workforce in the paragraph before.",
        "Humberside: 'outstanding in two areas: investigating crime, and leadership and force management. "
        "It is good in each of the other six areas we inspected.' The six are not named, so those six good "
        "grades are in also_acceptable only (as 'good in all three areas' in the seeds).",
        "The grading-scale sentence and 'we don't grade this' (victim service) give nothing. North "
        "Yorkshire Police is named with no grade. 'County Durham and Darlington Fire and Rescue Service' in "
        "Related content is a fire service, not Durham Constabulary, so Durham is not in forces.",
        "People: 'His Majesty\u2019s Inspector of Constabulary Marguerite Eastfield' (curly apostrophe from "
        "&#8217;), later 'HM Inspector Eastfield' and 'Ms Eastfield'; 'HM Inspector of Constabulary Callum "
        "Ridley-Shaw' for Cumbria.",
        "Genre: an inspectorate news release on several forces: national-release.",
    ]))

# w09 -- PCC office email to panel members (TXT, cp1252, CRLF) ------------------------------------
STF, WAR, WM_, WMP_ = "Staffordshire Police", "Warwickshire Police", "West Mercia Police", "West Midlands Police"
GOLDS.append(gold(
    "w09.txt", "response-record", [STF, WAR, WM_, WMP_], [HF],
    [insp(f, P2325) for f in (STF, WAR, WM_, WMP_)],
    all8(STF) + all8(WAR, [PVP, LFM, PREV, RESP]) + all8(WM_, [RESP, MOS]) + all8(WMP_),
    recs=[stmt(STF, P2325, RESP,
               "By 31 August 2025, the force should: answer emergency calls within national standards; "
               "reduce the number of non-emergency calls that are abandoned before they are answered; and "
               "make sure that call handlers use a structured risk assessment for every call.", True)],
    coc=[stmt(STF, P2325, RESP,
              "Staffordshire Police isn\u2019t answering emergency and non-emergency calls quickly enough, "
              "and when it does answer them it doesn\u2019t always identify and record the risk to the caller.",
              False)],
    people=[
        person("Aled Forsyth-Barnes", "commissioner", STF, "Police, Fire and Crime Commissioner"),
        person("Imogen Sallow", "chief-constable", STF, "Temporary Chief Constable", "temporary"),
    ],
    encoding="cp1252",
    also={"judgements": all8(WAR, [PPT, INV, MOS, WORK]) + all8(WM_, [PPT, PREV, INV, PVP, WORK, LFM])},
    notes=[
        "An Outlook email saved as text: cp1252 (en dashes, curly quotes, \u00a3) with CRLF line endings, "
        "tab-separated header fields.",
        "Staffordshire ('Staffs'): grades grouped by grade word, 'Good \u2013 area; area; ...', with the "
        "areas separated by semicolons (one of them contains commas).",
        "The cause of concern is quoted in curly quotes in an indented paragraph; the text excludes the "
        "quote marks. The recommendation is a lead-in 'By 31 August 2025, the force should:' with three '-' "
        "sub-bullets, joined into one statement (question responding-to-public, from the cause of concern "
        "it goes with).",
        "has_force_update: the Temporary Chief Constable's report (new telephony, 38 call handlers) comes "
        "directly after the recommendation, so the recommendation is true. The cause of concern is false: "
        "the recommendation sits between it and the update (corpus2 convention 8). Unsure: a grader could "
        "read the update as answering both.",
        "Neighbours: Warwickshire 'requires improvement for protecting vulnerable people and for leadership "
        "and force management; good for preventing crime; adequate in the other five areas', and later "
        "'Warwickshire adequate' for responding to the public, which is therefore a main judgement. West "
        "Mercia 'requires improvement for responding to the public. Good for managing offenders and "
        "suspects, adequate everywhere else'. The unnamed remaining areas ('the other five', 'everywhere "
        "else') are in also_acceptable only. WMP's eight grades are named with short area names ('police "
        "powers', 'workforce', 'leadership').",
        "Staffordshire Fire and Rescue Service's 'good' is not a police grade; the \u00a31.2m and "
        "2024/25 budget are distractors.",
        "People: 'the Police, Fire and Crime Commissioner, Aled Forsyth-Barnes' and 'Temporary Chief "
        "Constable Imogen Sallow'. Helen Marchbank (Head of Policy and Scrutiny) and the Chief Executive "
        "are not person facts.",
        "Genre: a commissioner's office reporting to its panel on its own force's inspection, quoting the "
        "cause of concern and the force's update: response-record. Unsure: it also summarises three other "
        "forces, as a national-release would.",
    ]))

# w10 -- thematic inspection extracts with an annex of forces visited (DOCX) ---------------------
VIS = ["Dyfed-Powys Police", "Hertfordshire Constabulary", "Kent Police", "Merseyside Police",
       "Northumbria Police", "Thames Valley Police"]
ins10, j10 = [], []
for f in VIS:
    if G2325[f][1]:
        ins10.append(insp(f, P2325)); j10.append(j(f, P2325, PVP, G2325[f][1][PVP]))
    else:
        ins10.append(insp(f, P2122)); j10.append(j(f, P2122, PVP, G2122[f][PVP]))
GOLDS.append(gold(
    "w10.docx", "national-release", VIS + ["Metropolitan Police Service"], [HF], ins10, j10,
    people=[person("Juliet Marrable-Kent", "inspector", HF, "His Majesty's Inspector of Constabulary")],
    notes=[
        "Annex B's table has a two-row header: 'PEEL: protecting vulnerable people (for context)' merged "
        "across 'Grade' and 'PEEL inspection', with 'Force' and 'Fieldwork' merged down. Each row gives one "
        "PVP grade and its round: 2023\u201325 for five forces, '2021/22 \u2020' for Hertfordshire (the "
        "footnote says it has not yet been inspected in 2023\u201325).",
        "The three recommendations are addressed to all chief constables and the College of Policing, and "
        "the report says they are not directed at any force: no recommendation facts.",
        "'an adequate framework in place' is 'a description, not a PEEL grade'; 'good practice' and the "
        "2017 stalking inspection are distractors. The Metropolitan Police Service gave data but was not "
        "visited: in forces only.",
        "People: the foreword is signed 'Juliet Marrable-Kent / His Majesty's Inspector of Constabulary' "
        "(straight apostrophe).",
        "Genre: a national thematic report: national-release.",
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
