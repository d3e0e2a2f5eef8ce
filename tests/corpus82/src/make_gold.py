"""Write gold/ma01.json ... gold/ma10.json for corpus82 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
PLAN = "planning-future"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
EFF, EFC, LEG, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "PEEL"


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g} for q, g in pairs]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(), coc=(),
         people=(), encoding="utf-8", also=None, notes=None):
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

# ma01 -- Derbyshire PCC web page, PEEL 2021/22 ------------------------------------------
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "ma01.html", "response-record", [F, "Nottinghamshire Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (WORK, G),
                      (LFM, A), (CDI, G)]),
    afis=[
        stmt(F, P2122, RESP, "The force should make sure that it answers emergency and non-emergency calls within its own published targets, and that the risk to every caller is assessed using a structured approach.", True),
        stmt(F, P2122, INV, "The force should make sure that supervisors review investigations at regular intervals, and that each review leaves a clear record of the next steps to be taken.", True),
        stmt(F, P2122, PVP, "The force should improve how it records the voice of the child when officers attend incidents at which vulnerable children are present.", False),
        stmt(F, P2122, LFM, "The force should develop a fuller understanding of the demand it faces, so that it can match its workforce to that demand now and in the future.", True),
    ],
    people=[
        person("Marcus Tennant", "chief-constable", F, "Chief Constable"),
        person("Gemma Lathwell", "commissioner", F, "Police and Crime Commissioner for Derbyshire"),
    ],
    notes=[
        "Grades from the 'PEEL area | Grade' table; 'Developing a positive workplace' -> workforce, 'Good use of resources' -> leadership-management, 'Recording data about crime' -> crime-recording. The victims row is 'Not graded'. The five-point-scale sentence gives nothing.",
        "AFIs sit under area headings (h3); question = that heading's key. The voice-of-the-child AFI is followed only by a 'Commissioner's note' saying the force's comments were not available: has_force_update false.",
        "'nine areas for improvement' and 'remaining five' are counts without text. 'innovative practice' and the regional unit are distractors; Nottinghamshire Police is named only in passing.",
        "Gemma Lathwell is first named in the signature 'Gemma Lathwell / Police and Crime Commissioner for Derbyshire' (the site header names only the office; the footer 'Commissioner: Gemma Lathwell' comes later). The 2022 publication dates are not the period.",
    ]))

# ma02 -- North Wales PCC letter to the Home Secretary (PDF), Legitimacy 2016 ---------------
F = "North Wales Police"
GOLDS.append(gold(
    "ma02.pdf", "response-record", [F, "Gwent Police", "South Wales Police", "Dyfed-Powys Police"], [H],
    [insp(F, "2016", LEG, H), insp("Gwent Police", "2016", LEG), insp("South Wales Police", "2016", LEG),
     insp("Dyfed-Powys Police", "2016", LEG)],
    grades(F, "2016", [(None, RI), (FTP, G), (FTW, G), (ELW, RI)], LEG)
    + grades("Gwent Police", "2016", [(None, G)], LEG) + grades("South Wales Police", "2016", [(None, G)], LEG)
    + grades("Dyfed-Powys Police", "2016", [(None, RI)], LEG),
    afis=[
        stmt(F, "2016", ELW, "The force should ensure that its counter-corruption unit has enough capacity and capability to seek out and assess intelligence about potential corruption, including the abuse of authority for sexual gain.", True, LEG),
        stmt(F, "2016", FTW, "The force should improve how it identifies the early signs of mental ill-health, including stress at work, among officers and staff, and make sure that supervisors know how to respond.", True, LEG),
        stmt(F, "2016", ELW, "The force should make sure that all of its vetting is brought up to date in line with national guidance.", True, LEG),
    ],
    people=[
        person("Mark Polin", "chief-constable", F, "Chief Constable of North Wales Police"),
        person("Arfon Jones", "commissioner", F, "Police and Crime Commissioner for North Wales"),
        person("Thomas Winsor", "inspector", H, "HM Chief Inspector of Constabulary"),
        person("Wendy Williams", "inspector", H, "HM Inspector of Constabulary"),
    ],
    notes=[
        "The question grades are in prose ('good at treating all of the people it serves with fairness and respect', 'good at treating its own workforce ...', 'The one question graded requires improvement was ... behaves ethically and lawfully').",
        "Gwent, South Wales and Dyfed-Powys are graded in passing ('were both judged good', 'also judged to require improvement'): Legitimacy 2016 inspections (inspectorate not stated for them) and overall judgements.",
        "The AFIs are numbered with no section heading; their question is taken from their content (counter-corruption and vetting -> ethical-lawful-workforce; wellbeing -> fair-treatment-workforce).",
        "Arfon Jones's signature gives a Welsh title first ('Comisiynydd Heddlu a Throseddu Gogledd Cymru'); the English line is used. 'Sir' is dropped from Thomas Winsor. The 2017 letter date and the mention of 'the 2017 inspection' give nothing.",
    ]))

# ma03 -- Cumbria PFCC letter (DOCX), PEEL 2023-25 --------------------------------------
F = "Cumbria Constabulary"
GOLDS.append(gold(
    "ma03.docx", "response-record", [F], [HF],
    [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, G), (MOS, G), (RESP, A), (PVP, A), (WORK, A), (LFM, A), (INV, RI)]),
    afis=[
        stmt(F, P2325, RESP, "The constabulary should reduce the number of 101 calls that are abandoned before they are answered.", True),
        stmt(F, P2325, PVP, "The constabulary should make sure that it applies for domestic abuse protection orders in every case where one would protect the victim.", False),
        stmt(F, P2325, LFM, "The constabulary should improve how it plans its workforce, so that it has the detectives it needs.", True),
    ],
    recs=[stmt(F, P2325, INV, "Within six months, the constabulary should make sure that investigations are allocated to officers and staff with the appropriate skills and training, and that supervisors review them at set intervals.", True)],
    coc=[stmt(F, P2325, INV, "The constabulary does not consistently carry out effective investigations, and as a result some victims are not receiving the service they deserve.", True)],
    people=[
        person("Rhian Talbot-Moss", "chief-constable", F, "Chief Constable"),
        person("Owen Marr", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Tom Bellingham", "commissioner", F, "Police, Fire and Crime Commissioner for Cumbria"),
    ],
    notes=[
        "All eight 2023-25 grades are in two prose sentences; 'police powers and public treatment' -> treatment-of-public, 'building, supporting and protecting the workforce' -> workforce, 'leadership and force management' -> leadership-management.",
        "The annex table's Type cell gives each row's kind and area. CoC1 and its recommendation belong to investigating crime (the letter says the cause of concern is 'in that area'). AFI2's position is 'Awaiting the force's response.' with status 'Not started': has_force_update false.",
        "Cumbria Fire and Rescue Service 'judged good at preventing fires' is a fire inspection: no judgement. The ACC is not a person fact. The Word header (office name, 'OFFICIAL') and footer are not body text.",
        "Tom Bellingham is first named at the signature, so his title is the full line after it.",
    ]))

# ma04 -- Lancashire PCC listing page, text copy ------------------------------------------
F = "Lancashire Constabulary"
GOLDS.append(gold(
    "ma04.txt", "response-record", [F, "Cumbria Constabulary", "Merseyside Police"], [HF, H],
    [insp(F, "2017", LEG), insp(F, "2017", EFC, HF), insp(F, "2017", EFF), insp(F, "2016", LEG),
     insp(F, "2016", EFF), insp(F, "2016", EFC), insp(F, "2015", EFC)],
    grades(F, "2017", [(None, G)], LEG) + grades(F, "2016", [(None, G)], LEG)
    + grades(F, "2017", [(None, G)], EFC)
    + grades(F, "2017", [(None, G), (PVP, RI), (PREV, G), (INV, G), (SOC, G)], EFF)
    + grades(F, "2016", [(None, G)], EFF) + grades(F, "2016", [(None, O)], EFC)
    + grades(F, "2015", [(None, G)], EFC),
    afis=[stmt(F, "2017", ELW, "The force should make sure that all officers and staff hold the level of vetting their role requires.", True, LEG)],
    people=[
        person("Sunita Gamblin", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Andrew Pilkington", "commissioner", F, "Police and Crime Commissioner for Lancashire"),
    ],
    notes=[
        "A listing of responses: each 'Graded: X' label is the pillar grade of the report named above it. 'Lancashire was also judged good for legitimacy in 2016' gives the 2016 Legitimacy judgement.",
        "Inspectorate per inspection only where the entry names it ('HMICFRS made two areas for improvement' for Efficiency 2017); the page names both HMIC and HMICFRS in general.",
        "The 2018 crime data integrity inspection is 'Not part of PEEL': nothing. The national modern slavery thematic names Cumbria and Merseyside in passing, with no grade. 'two areas for improvement' (Efficiency 2017) is a count without text.",
        "The vetting AFI has no heading question; vetting -> ethical-lawful-workforce. The DCC's response follows it: has_force_update true.",
    ]))

# ma05 -- Hampshire PCC page, CDI 2019 (non-PEEL) --------------------------------------
F = "Hampshire Constabulary"
GOLDS.append(gold(
    "ma05.html", "response-record", [F], [HF],
    [insp(F, P1819), insp(F, "2017", LEG, HF)],
    grades(F, "2017", [(None, G)], LEG),
    people=[
        person("Olivia Pinkney", "chief-constable", F, "Chief Constable"),
        person("Michael Lane", "commissioner", F, "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    ],
    also={"judgements": grades(F, P1819, [(None, G)], EFF) + grades(F, P1819, [(None, G)], LEG)
          + grades(F, P1819, [(None, RI)], EFC)},
    notes=[
        "The page responds to a crime data integrity (CDI) inspection, which is not PEEL and has no PEEL period. Its 'requires improvement' grade and its three recommendations and two (unquoted) areas for improvement therefore give no facts: no inspection in the gold format can hold them.",
        "PEEL is named only in passing: the 2018/19 assessment (pillar grades good / good / required improvement) and the 2017 legitimacy inspection ('HMICFRS had judged the constabulary good').",
        "Following dev12, a 2018/19 grade of a whole pillar is only also_acceptable; the 2018/19 inspection itself is stated, so it is a main inspection (inspectorate not stated for it).",
        "The sidebar's 'PCC & Force Response to PEEL ...' links give no grades. The site name uses 'Hampshire and Isle of Wight Constabulary' (an alias).",
    ]))

# ma06 -- Thames Valley PCC letter to HMCIC (PDF), PEEL 2023-25 -----------------------------
F = "Thames Valley Police"
GOLDS.append(gold(
    "ma06.pdf", "response-record", [F, "Hampshire Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122)],
    grades(F, P2325, [(PREV, G), (WORK, G), (PPT, A), (PVP, A), (MOS, A), (LFM, A), (RESP, RI), (INV, RI)])
    + grades(F, P2122, [(INV, I)]),
    afis=[
        stmt(F, P2325, INV, "The force should make sure that its investigations are supervised effectively and that investigation plans are recorded and followed.", True),
        stmt(F, P2325, PPT, "The force should improve how it monitors and scrutinises its use of force, including the recording of body-worn video.", True),
        stmt(F, P2325, PVP, "The force should make sure that officers seek and record the views of children at incidents of domestic abuse.", False),
    ],
    recs=[
        stmt(F, P2325, RESP, "Within three months, the force should answer 90 percent of emergency calls within ten seconds.", True),
        stmt(F, P2325, RESP, "Within six months, the force should make sure that every incident is assessed for risk and vulnerability using a structured approach, and that attendance times reflect that assessment.", True),
    ],
    coc=[stmt(F, P2325, RESP, "The force doesn\u2019t respond to calls for service quickly enough, and it doesn\u2019t always assess the risk to callers in a consistent way.", True)],
    people=[
        person("Andy Cooke", "inspector", HF, "His Majesty\u2019s Chief Inspector of Constabulary"),
        person("Helen Carrow", "chief-constable", F, "Chief Constable"),
        person("Jonathan Whitcombe", "commissioner", F, "Police and Crime Commissioner for Thames Valley"),
    ],
    notes=[
        "Grades in prose with counts ('good in two areas, ...', 'adequate in four: ...'). 'in the 2021/22 inspection the force was graded inadequate in that area' gives a 2021/22 investigating-crime judgement (inspectorate not stated for it).",
        "The cause of concern is a boxed paragraph after the label 'Cause of concern:'; it names no area, but its wording and recommendations are about responding to the public. has_force_update true because the recommendations' force responses answer it (loose; a grader could say false).",
        "AFI areas come from the Ref cell ('AFI 1 / Investigating crime'). AFI 3's response is '\u2013' with status 'Not started': false.",
        "Hampshire and Isle of Wight Constabulary is named in passing (alias of Hampshire Constabulary); 'good practice' is a distractor. Andy Cooke's title is the line under his name ('QPM DL' are post-nominals). The ACC is not a person fact.",
    ]))

# ma07 -- Dyfed-Powys PCC response (DOCX), Effectiveness 2016 -------------------------------
F = "Dyfed-Powys Police"
GOLDS.append(gold(
    "ma07.docx", "response-record", [F], [H],
    [insp(F, "2016", EFF, H), insp(F, "2015", EFF, H)],
    grades(F, "2016", [(None, RI), (PREV, G), (INV, RI), (PVP, RI), (SOC, G)], EFF)
    + grades(F, "2015", [(None, RI)], EFF),
    afis=[
        stmt(F, "2016", INV, "The force should make sure that crimes are allocated to investigators with the appropriate skills and experience.", True, EFF),
        stmt(F, "2016", PVP, "The force should improve its response to victims of domestic abuse, in particular by making sure that risk assessments are completed and reviewed by trained staff.", False, EFF),
    ],
    recs=[
        stmt(F, "2016", PVP, "The force should immediately review its call-handling procedures so that call handlers use a structured risk assessment for every call.", True, EFF),
        stmt(F, "2016", PVP, "The force should, within three months, provide training to all call handlers on identifying vulnerability, including repeat victims.", True, EFF),
    ],
    coc=[stmt(F, "2016", PVP, "HMIC is concerned that call handlers do not always identify vulnerability and risk at the first point of contact, so that some vulnerable callers do not receive an appropriate response.", True, EFF)],
    people=[
        person("Dafydd Llywelyn", "commissioner", F, "Police and Crime Commissioner"),
        person("Wendy Williams", "inspector", H, "Her Majesty's Inspector"),
        person("Mark Collins", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Question grades are a bulleted list with en-dash labels; 'Specialist capabilities – not graded this year' gives nothing. 'when HMIC also judged the force's effectiveness to require improvement' gives the 2015 Effectiveness judgement.",
        "The findings table's Type column gives the kind; the questions come from content (call handling and domestic abuse -> protecting-vulnerable, allocation -> investigating-crime). AFI 2's comment is 'No update received at the time of writing.' (RAG Red): false.",
        "Dafydd Llywelyn is first named in the meta table ('Dafydd Llywelyn, Police and Crime Commissioner'). Wendy Williams is named as 'Her Majesty's Inspector Wendy Williams'. The Word header (bilingual office name) and footer are not body text.",
    ]))

# ma08 -- Northumbria PCC page, markdown copy, PEEL 2018/19 --------------------------------
F = "Northumbria Police"
GOLDS.append(gold(
    "ma08.md", "response-record", [F, "Durham Constabulary", "Cleveland Police"], [HF],
    [insp(F, P1819, inspectorate=HF)],
    grades(F, P1819, [(SOC, O), (PREV, G), (PVP, G), (PLAN, RI)]),
    afis=[
        stmt(F, P1819, PLAN, "The force should develop its understanding of the skills of its workforce, and use it to plan for the capabilities it will need in future.", True),
        stmt(F, P1819, PLAN, "The force should set out in its financial plans how savings will be found after 2021/22.", True),
        stmt(F, P1819, FTW, "The force should make sure that supervisors hold regular and meaningful performance conversations with all officers and staff.", False),
    ],
    people=[
        person("Kim Hartwell", "commissioner", F, "Police and Crime Commissioner for Northumbria"),
        person("Andrea Ledgerwood", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    also={"judgements": grades(F, P1819, [(None, G)], EFF) + grades(F, P1819, [(None, G)], EFC)
          + grades(F, P1819, [(None, G)], LEG) + grades(F, P1819, [(None, G)])},
    notes=[
        "2018/19 follows dev12: question grades and statements have pillar PEEL; the pillar table's grades are only also_acceptable. The PCC's 'Northumbria Police is a good force' is an overall 2018/19 grade only loosely (also_acceptable). 'keep their 2017 grades' names no grade.",
        "AFIs sit under '### Efficiency: planning for the future' -> planning-future and '### Legitimacy: fair treatment of the workforce' -> fair-treatment-workforce. The last has '*Force response awaited.*': false.",
        "The national fraud report names Durham and Cleveland in passing. The markdown text (with '**Area for improvement:**' labels) is the test as it stands; the label is part of the line, so each AFI text starts after it.",
    ]))

# ma09 -- Cambridgeshire PCC page, text copy (cp1252, CRLF), Legitimacy 2017 -----------------
F = "Cambridgeshire Constabulary"
GOLDS.append(gold(
    "ma09.txt", "response-record", [F, "Bedfordshire Police", "Hertfordshire Constabulary"], [HF, H],
    [insp(F, "2017", LEG, HF), insp(F, "2016", LEG, H)],
    grades(F, "2017", [(None, G), (FTP, G), (ELW, G), (FTW, RI)], LEG) + grades(F, "2016", [(None, G)], LEG),
    afis=[
        stmt(F, "2017", FTW, "The constabulary should improve how it identifies and responds to the wellbeing needs of its workforce, making sure that supervisors are trained to recognise signs of stress.", True, LEG),
        stmt(F, "2017", FTW, "The constabulary should make sure that its process for assessing individual performance is fair, consistent and valued by the workforce.", True, LEG),
        stmt(F, "2017", ELW, "The constabulary should make sure that it has enough capacity in its counter-corruption unit to assess all of the intelligence it receives.", False, LEG),
    ],
    people=[
        person("Nick Dean", "chief-constable", F, "Acting Chief Constable", "acting"),
        person("Jason Ablewhite", "commissioner", F, "Police and Crime Commissioner for Cambridgeshire and Peterborough"),
    ],
    encoding="cp1252",
    notes=[
        "cp1252 with CRLF and curly quotes; the AFI texts are given without their surrounding quotation marks.",
        "'again been judged good overall, as it was in 2016, when HMIC also found its legitimacy to be good' gives the 2016 judgement with its inspectorate.",
        "Each AFI's question is in its label ('(fair treatment of the workforce)', '(ethical and lawful workforce)'). AFI 3's comment is 'Not yet received': false.",
        "Bedfordshire and Hertfordshire are alliance partners named in passing.",
    ]))

# ma10 -- Gloucestershire OPCC tracker CSV, PEEL 2021/22 ------------------------------------
F = "Gloucestershire Constabulary"
GOLDS.append(gold(
    "ma10.csv", "response-record", [F, "Wiltshire Police", "Avon and Somerset Constabulary"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(RESP, I), (INV, RI), (PVP, RI), (LFM, RI), (WORK, A)]),
    afis=[
        stmt(F, P2122, INV, "The constabulary should make sure that investigations are allocated to staff with the right skills, and that victims are updated in line with the Victims' Code.", True),
        stmt(F, P2122, PVP, "The constabulary should improve how it identifies repeat victims of domestic abuse.", False),
        stmt(F, P2122, LFM, "The constabulary should improve its understanding of demand, so that it can plan its workforce and finances with confidence.", True),
        stmt(F, P2122, WORK, "The constabulary should make sure that its wellbeing offer reaches staff in the control room.", True),
    ],
    recs=[
        stmt(F, P2122, RESP, "Within three months, the constabulary should make sure that it has enough staff in its control room to meet the demand it receives.", True),
        stmt(F, P2122, RESP, "Within six months, the constabulary should make sure that call handlers use a structured triage process for every call, and that supervisors check its use.", True),
    ],
    coc=[stmt(F, P2122, RESP, "The constabulary doesn't answer calls from the public quickly enough, and it doesn't assess the risk to callers consistently.", True)],
    notes=[
        "Grades come only from the 'PEEL area (grade)' column, e.g. 'Responding to the public (Inadequate)'; 'Good use of resources' -> leadership-management, 'Developing a positive workplace' -> workforce.",
        "has_force_update: true where 'Latest update' is filled; AFI2's is empty.",
        "The two rows from 'An inspection of vetting, misconduct, and misogyny in the police service' are a national thematic's recommendations to all chief constables, not PEEL: no facts. Wiltshire and Avon and Somerset are named in passing in one update.",
        "Owners are posts ('ACC Local Policing'), not named people: no people facts. The inspectorate is named only in the column header 'HMICFRS text', taken as naming it for this inspection.",
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
