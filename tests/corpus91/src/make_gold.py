"""Write gold/mj01.json ... gold/mj10.json for corpus91 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
MET, COL = "Metropolitan Police Service", "City of London Police"
H, HF = "HMIC", "HMICFRS"
P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
EFF, EFC, LEG, LDR = "Effectiveness", "Efficiency", "Legitimacy", "Leadership"


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


THORNE_H = person("Zachary Thorne", "inspector", H, "Her Majesty\u2019s Inspector of Constabulary")
GOLDS = []

# mj01 -- HMIC PEEL 2016 assessment page, Met ---------------------------------------------
GOLDS.append(gold(
    "mj01.html", "peel-report", [MET, COL, "British Transport Police"], [H],
    [insp(MET, "2016", EFF, H), insp(MET, "2016", EFC, H), insp(MET, "2016", LEG, H),
     insp(MET, "2015", EFF)],
    grades(MET, "2016", [(None, RI), ("preventing-crime", G), ("investigating-crime", RI),
                         ("protecting-vulnerable", I), ("serious-organised-crime", G)], EFF)
    + grades(MET, "2016", [(None, G), ("understanding-demand", G), ("using-resources", G),
                           ("planning-future", G)], EFC)
    + grades(MET, "2016", [(None, G), ("fair-treatment-public", G), ("ethical-lawful-workforce", G)], LEG)
    + grades(MET, "2015", [(None, RI)], EFF),
    afis=[
        stmt(MET, "2016", "investigating-crime", "The force should make sure that crimes are allocated to investigators with the skills and experience the investigation requires.", pillar=EFF),
        stmt(MET, "2016", "investigating-crime", "The force should improve the way it identifies and tracks people who are wanted for crimes, including those circulated on the police national computer.", pillar=EFF),
        stmt(MET, "2016", None, "The force should develop a fuller picture of the skills its workforce has, so that it can match them to the demand it expects.", pillar=EFC),
        stmt(MET, "2016", "fair-treatment-public", "The force should make sure that the grounds for every stop and search are recorded fully and that supervisors review them.", pillar=LEG),
    ],
    recs=[stmt(MET, "2016", "protecting-vulnerable", "To address this cause of concern, we recommend that the force should immediately: review the way referrals about children at risk are assessed on every borough, so that the level of risk is judged consistently and recorded; make sure that supervisors check child abuse investigations at set intervals and record what has been decided.", pillar=EFF)],
    coc=[stmt(MET, "2016", "protecting-vulnerable", "The Metropolitan Police Service is failing too many children who are at risk of harm, because cases are not always assessed properly when first reported and investigations into child abuse are too often delayed or badly supervised.", pillar=EFF)],
    people=[THORNE_H],
    notes=[
        "HMIC's 2016 assessment page: three pillar grades in a list, then per-pillar sections. Effectiveness question grades come from the table; specialist capabilities is 'Ungraded' and gives nothing.",
        "'Last year we also judged the force to require improvement for effectiveness' gives the 2015 Effectiveness judgement (grade word present); the page does not say which inspectorate, so null.",
        "Efficiency question grades are in prose ('its understanding of demand to be good, its use of resources ... good, and its plans for the future good as well').",
        "Legitimacy: fair treatment of the workforce is 'not graded in 2016' - no judgement.",
        "The recommendation is a lead-in plus two lowercase bullets, so it is one statement. The Efficiency AFI sits under no question heading, so question null (using-resources would also be defensible).",
        "The HMI's name appears in the contact box, with the title after the name. The grading key and 'good practice' are distractors. City of London Police and British Transport Police are named in passing.",
        "The Leadership pillar is described as carrying no graded judgment: no inspection.",
    ]))

# mj02 -- MOPAC section 55 response, PEEL 2021/22 (PDF) ------------------------------------
GOLDS.append(gold(
    "mj02.pdf", "response-record", [MET], [HF],
    [insp(MET, P2122, inspectorate=HF)],
    grades(MET, P2122, [(PPT, A), (PREV, G), (RESP, I), (INV, RI), (PVP, RI), (MOS, RI), (SOC, A),
                        (WORK, RI), (LFM, RI)]),
    afis=[
        stmt(MET, P2122, INV, "The force should record the decisions of victims who withdraw support for an investigation, or who agree to an out-of-court disposal, and the reasons they give.", True),
        stmt(MET, P2122, PVP, "The force should make sure that officers who attend domestic abuse incidents complete a risk assessment before they leave the scene.", True),
        stmt(MET, P2122, MOS, "The force should reduce the number of outstanding suspects who are wanted, and make sure each one has an officer responsible for finding them.", False),
        stmt(MET, P2122, LFM, "The force should improve its understanding of the demand it faces and of the capacity and capability of its workforce to meet it.", True),
    ],
    recs=[
        stmt(MET, P2122, RESP, "Within three months, the MPS should put in place a plan to answer 999 and 101 calls within national standards, and report on its progress to the Deputy Mayor.", True),
        stmt(MET, P2122, RESP, "The MPS should make sure that call handlers use a structured assessment of risk and vulnerability on every call, and that this is audited.", True),
    ],
    coc=[stmt(MET, P2122, RESP, "The MPS is not answering emergency and non-emergency calls quickly enough, and it does not always identify the vulnerability of callers when they first make contact.", False)],
    people=[
        person("Zachary Thorne", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Rupert Kendrew", "chief-constable", MET, "Commissioner of Police of the Metropolis"),
    ],
    also={"inspections": [insp(MET, P1819)],
          "judgements": grades(MET, P1819, [(None, RI)], EFF) + grades(MET, P1819, [(None, G)], EFC)
          + grades(MET, P1819, [(None, G)], LEG)},
    notes=[
        "MOPAC's response printed to PDF. The grades table gives nine 2021/22 judgements; 'Good use of resources' -> leadership-management, 'Developing a positive workplace' -> workforce. Victim service 'Not graded' and crime data integrity (not inspected) give nothing.",
        "The 2019 sentence gives whole-pillar 2018/19 grades (effectiveness 'required improvement', efficiency and legitimacy good). Following dev12 and the brief, these and the 2018/19 PEEL inspection are only in also_acceptable.",
        "has_force_update: recommendations have 'MPS update:' paragraphs; the cause of concern itself is answered through its recommendations (false, as in corpus13). The managing-offenders AFI's update is 'Not yet provided.' (false).",
        "The Deputy Mayor for Policing and Crime (Joanna Ruddock) is not a person fact: the title names no commissioner (same decision as corpus13). 'Sir Rupert Kendrew, Commissioner of Police of the Metropolis' -> title kept as it follows the name, 'Sir' dropped. 'good practice' and Engage are not facts.",
    ]))

# mj03 -- London Assembly Police and Crime Committee transcript (txt) -------------------------
GOLDS.append(gold(
    "mj03.txt", "response-record", [MET, COL], [HF],
    [insp(MET, "2017", EFC, HF), insp(MET, "2017", LEG, HF), insp(MET, "2016", EFC), insp(COL, "2017", LEG)],
    grades(MET, "2017", [(None, RI), ("understanding-demand", RI), ("using-resources", RI), ("planning-future", G)], EFC)
    + grades(MET, "2016", [(None, G)], EFC)
    + grades(MET, "2017", [(None, G), ("fair-treatment-public", G), ("ethical-lawful-workforce", G),
                           ("fair-treatment-workforce", RI)], LEG)
    + grades(COL, "2017", [(None, RI)], LEG),
    afis=[stmt(MET, "2017", "understanding-demand", "The force should improve its understanding of the demand that is hidden or less likely to be reported, such as modern slavery and exploitation, so that it can plan how to meet it.", True, pillar=EFC)],
    people=[
        person("Mark Dunstable", "chief-constable", MET, "Deputy Commissioner of the MPS", "deputy"),
        person("Imelda Carrow", "chief-constable", MET, "Commissioner"),
    ],
    also={"areas_for_improvement": [stmt(MET, "2017", "fair-treatment-workforce", "the force should improve how it identifies and supports officers and staff whose wellbeing is at risk, including those in roles that expose them to traumatic material.", True, pillar=LEG)]},
    notes=[
        "A committee transcript: the 2017 grades come out of members' questions and the Deputy Commissioner's answers. 'In 2016 the inspectorate judged the force good for efficiency' gives a 2016 Efficiency judgement; the inspectorate for 2016 is not named (the HMICFRS named in the text is for the 2017 reports), so null.",
        "The Legitimacy question grades are in a member's question ('Is that right?') that the Deputy Commissioner confirms ('That is right').",
        "City of London Police: 'judged to require improvement for legitimacy in the same round' -> City 2017 Legitimacy RI; inspectorate left null.",
        "The efficiency AFI is read out word for word (the transcript gives no quotation marks) and followed by the force's action (true). The wellbeing AFI is given in reported speech ('the inspectorate's area for improvement was that the force should ...'), so only in also_acceptable.",
        "People: Mark Dunstable is first named 'Mark Dunstable, Deputy Commissioner of the MPS' (title after name kept in full; the speaker labels say 'Deputy Commissioner, Metropolitan Police Service'). Deputy Commissioner -> chief-constable, deputy, as a DCC. 'The Commissioner, Dame Imelda Carrow' -> title 'Commissioner'. 'Commissioner Penhallow' (City) has no full name, Assistant Commissioner Tarrant is like an ACC, and the Deputy Mayor and Assembly Members are not person facts.",
        "Genre: no genre fits a transcript; response-record (MOPAC's and the force's answers) is the nearest.",
    ]))

# mj04 -- City of London Police Authority Board report, PEEL 2023-25 (docx) -------------------
GOLDS.append(gold(
    "mj04.docx", "response-record", [COL, MET, "British Transport Police"], [HF],
    [insp(COL, P2325, inspectorate=HF), insp(COL, P2122), insp(MET, P2325)],
    grades(COL, P2325, [(PPT, A), (PREV, A), (RESP, G), (INV, G), (PVP, A), (MOS, A), (WORK, A), (LFM, A), (CDI, O)])
    + grades(COL, P2122, [(PPT, A), (PREV, G), (RESP, G), (INV, RI), (PVP, A), (MOS, G), (WORK, A), (LFM, RI),
                          (CDI, RI), (SOC, G)])
    + grades(MET, P2325, [(INV, I)]),
    afis=[
        stmt(COL, P2325, PPT, "The force should improve how it records equality data, so that it can understand whether its use of powers affects some groups disproportionately.", True),
        stmt(COL, P2325, PPT, "The force should review stop and search data regularly, and make sure that the reasons officers give for each search are scrutinised.", True),
        stmt(COL, P2325, PPT, "The force should improve its understanding of why officers use force in some circumstances.", True),
        stmt(COL, P2325, PREV, "The force should improve its problem-solving processes, including how it evaluates its plans and where it stores them.", True),
        stmt(COL, P2325, PVP, "The force should make sure that officers and staff are aware of the orders and schemes that can protect victims, and use them when they are needed.", False),
        stmt(COL, P2325, LFM, "The force should make sure that its workforce plan reflects the skills it will need to deliver its national lead force responsibilities for fraud.", True),
    ],
    people=[
        person("Alun Rees-Whitaker", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Ruth Gascoyne", "chief-constable", COL, "Commissioner of Police"),
    ],
    notes=[
        "Police Authority Board committee report (Word). The grades table gives nine 2023-25 and nine 2021/22 judgements; paragraph 2 adds the 2021/22 serious organised crime grade. 'Leadership and force management' row, 2021/22 column -> leadership-management (paragraph 3 says it replaces 'good use of resources').",
        "The 2021/22 column has no inspectorate named for it: null.",
        "'outstanding in one area, good in two and adequate in six' and 'No area was judged to require improvement' are counts with no areas.",
        "Paragraph 4: the Met 'remains graded inadequate for investigating crime' -> Met 2023-25 investigating-crime Inadequate, inspectorate null.",
        "The AFI table has no area column; question keys come from the AFI's subject (equality data, stop and search and use of force -> treatment-of-public; problem-solving -> preventing-crime; protective orders -> protecting-vulnerable; workforce plan -> leadership-management). A grader could choose differently for AFI 6 (workforce). AFI 5's response is '\u2014' (false). Six further AFIs are only counted.",
        "People: the HMI and the City's Commissioner of Police are named title-first. The Chair of the Police Authority Board ('Deputy Caroline Hewett' - 'Deputy' is a Common Council title) is not a PCC by title and is not a person fact. The Assistant Commissioner is like an ACC. The header 'OFFICIAL' and footer are not body text.",
        "'Substantial' assurance, 'good practice' and 2026/27 budget are distractors.",
    ]))

# mj05 -- HMICFRS news release, Met PEEL 2023-25 (PDF) ---------------------------------------
GOLDS.append(gold(
    "mj05.pdf", "press-release", [MET, "Thames Valley Police", "Kent Police"], [HF],
    [insp(MET, P2325, inspectorate=HF)],
    grades(MET, P2325, [(RESP, A), (INV, I), (MOS, I), (PPT, RI), (PREV, RI), (PVP, RI), (WORK, RI), (LFM, RI)]),
    recs=[stmt(MET, P2325, INV, "To address the first cause of concern, HMICFRS recommends that within six months the force should introduce a consistent standard for the supervision of investigations, and audit compliance with it.")],
    coc=[
        stmt(MET, P2325, INV, "the force does not make sure that investigations are allocated, planned and supervised in a way that gives victims a good service."),
        stmt(MET, P2325, MOS, "the force does not manage the risk posed by registered sex offenders and wanted suspects effectively."),
    ],
    people=[
        person("Wendy Okafor", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Rupert Kendrew", "chief-constable", MET, "Commissioner"),
    ],
    also={"inspections": [insp(MET, P2122, inspectorate=HF)],
          "judgements": grades(MET, P2122, [(RESP, I)])},
    notes=[
        "HMICFRS news release printed to PDF. All eight 2023-25 grades are in prose: adequate and inadequate areas named, and a sentence listing the five 'requires improvement' areas (commas inside 'building, supporting and protecting its workforce').",
        "'in 2022, when HMICFRS graded the force inadequate in this area' refers to the 2021/22 PEEL report but names a calendar year, not the period: also_acceptable.",
        "The causes of concern are in Notes to editors, each after 'The first is that' / 'The second is that'; the text is the clause as written. The recommendation addresses the first (investigating-crime).",
        "The grading note names all five grades; Thames Valley and Kent are named in passing with no grade. 'the Commissioner, Sir Rupert Kendrew' -> title 'Commissioner'.",
    ]))

# mj06 -- Met's own statement, PEEL 2021/22 (md) --------------------------------------------
GOLDS.append(gold(
    "mj06.md", "press-release", [MET], [HF],
    [insp(MET, P2122, inspectorate=HF)],
    grades(MET, P2122, [(PREV, G), (PPT, A), (SOC, A), (INV, RI), (PVP, RI), (MOS, RI), (WORK, RI), (LFM, RI), (RESP, I)]),
    afis=[
        stmt(MET, P2122, INV, "The force should record the decisions of victims who withdraw support for an investigation, or who agree to an out-of-court disposal, and the reasons they give.", True),
        stmt(MET, P2122, LFM, "The force should improve its understanding of the demand it faces and of the capacity and capability of its workforce to meet it.", True),
    ],
    people=[
        person("Rupert Kendrew", "chief-constable", MET, "Commissioner of Police of the Metropolis"),
        person("Priya Lakhani-Moss", "chief-constable", MET, "Deputy Commissioner", "deputy"),
    ],
    also={"inspections": [insp(MET, P1819)],
          "judgements": grades(MET, P1819, [(None, RI)], EFF) + grades(MET, P1819, [(None, G)], EFC)
          + grades(MET, P1819, [(None, G)], LEG)},
    notes=[
        "The Met's own statement in Markdown. The grades are bold words leading bullets; 'making good use of our resources' is the 2021/22 area 'good use of resources' (leadership-management) and its 'good' is not a grade. 'developing a positive workplace' -> workforce.",
        "The period is not written as '2021/22'; the report date and 'Since June we have been in ... Engage' place it as the 2021/22 PEEL report (as mj02 and mj08).",
        "'Our previous PEEL assessment, in 2019' gives whole-pillar 2018/19 grades: also_acceptable only.",
        "The two AFIs are numbered after a lead-in ('including that:') but are full sentences, so each is its own statement. The 'We have already' bullets answer each of them (true). The cause of concern and recommendations are only counted.",
        "People: 'Sir Rupert Kendrew QPM, Commissioner of Police of the Metropolis' (name without Sir/QPM); 'Deputy Commissioner Priya Lakhani-Moss' (deputy). Assistant Commissioner Helen Tarrant is like an ACC: not a fact.",
    ]))

# mj07 -- MOPAC/MPS Oversight Board paper, PEEL 2023-25 (docx) --------------------------------
GOLDS.append(gold(
    "mj07.docx", "response-record", [MET, COL], [HF],
    [insp(MET, P2325, inspectorate=HF)],
    grades(MET, P2325, [(INV, I), (MOS, I), (RESP, A)]),
    afis=[
        stmt(MET, P2325, PPT, "The force should make sure that supervisors review body-worn video footage of stop and search encounters, and record the outcome of their review.", True),
        stmt(MET, P2325, PVP, "The force should make sure that children who go missing repeatedly are identified and that a strategy meeting is held for each of them.", True),
        stmt(MET, P2325, WORK, "The force should improve the support it gives to new detectives and their first-line supervisors.", False),
        stmt(MET, P2325, LFM, "The force should make sure that its change programme is prioritised so that the benefits of each project can be measured.", True),
    ],
    coc=[
        stmt(MET, P2325, INV, "The MPS does not make sure that investigations are allocated, planned and supervised in a way that gives victims a good service.", True),
        stmt(MET, P2325, MOS, "The MPS does not manage the risk posed by registered sex offenders and wanted suspects effectively.", True),
    ],
    people=[
        person("Lionel Achterberg", "chief-constable", MET, "Deputy Commissioner", "deputy"),
        person("Rupert Kendrew", "chief-constable", MET, "Commissioner"),
    ],
    notes=[
        "MOPAC/MPS Oversight Board paper (Word). 'The other five graded areas require improvement' names no area: no judgement. The City of London Police's 'no grade below adequate' gives nothing.",
        "Causes of concern follow bold labels 'CoC n (Area):' and each has an 'MPS update:' (true). Tracker row 23-03's update is 'No update this quarter.' (false). RAG colours and MOPAC's 'Reasonable' assurance are not facts.",
        "People: 'Presented by: Deputy Commissioner Lionel Achterberg' (deputy); 'Sir Rupert Kendrew, Commissioner' in the attendance list. The Deputy Mayor (Kaya Ilunga) and the Assistant Commissioner are not person facts. The Word header is not body text.",
        "Engage (left January 2025) is context, not a fact.",
    ]))

# mj08 -- news article, Met PEEL 2021/22 (html) -----------------------------------------------
GOLDS.append(gold(
    "mj08.html", "press-release", [MET, COL, "Greater Manchester Police", "Cleveland Police"], [],
    [insp(MET, P2122), insp(COL, P2122)],
    grades(MET, P2122, [(RESP, I), (INV, RI), (PVP, RI), (MOS, RI), (WORK, RI), (LFM, RI)])
    + grades(COL, P2122, [(RESP, G)]),
    people=[
        person("Zachary Thorne", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Rupert Kendrew", "chief-constable", MET, "Commissioner"),
        person("Neville Osei", "chief-constable", MET, "acting Commissioner", "acting"),
    ],
    notes=[
        "A newspaper article with site chrome. It never names HMICFRS ('the police inspectorate', 'the watchdog'), so inspectorates is empty and inspections have null inspectorate; the HMI's organisation is still HMICFRS (the title is 'His Majesty's', after 2017).",
        "The period is inferred: the Met's report published in September 2022 is PEEL 2021/22. 'rated good in one, adequate in two' names no areas. The five 'requires improvement' areas include 'good use of resources' (leadership-management) in quotation marks.",
        "'the City of London Police ... was graded good at responding to the public in its own report this year' -> City 2021/22 responding Good (period inferred from 'this year', 2022).",
        "'new Commissioner Sir Rupert Kendrew' -> title 'Commissioner'; 'acting Commissioner Sir Neville Osei' -> acting. GMP and Cleveland Police are named in passing (Engage) with no grade. The Deputy Mayor is unnamed.",
    ]))

# mj09 -- CSV of pillar grades 2014 - 2018/19 --------------------------------------------------
m_pillars = [("2014", EFF, RI), ("2014", EFC, G), ("2015", EFF, RI), ("2015", LEG, G), ("2016", EFF, RI),
             ("2016", EFC, G), ("2016", LEG, G), ("2017", EFC, RI), ("2017", LEG, G)]
c_pillars = [("2014", EFF, G), ("2014", EFC, G), ("2015", EFC, G), ("2016", EFC, RI), ("2017", EFF, G),
             ("2017", EFC, G), ("2017", LEG, RI)]


def insp_for(force, rows):
    seen, out = set(), []
    for y, p, _ in rows:
        if (y, p) not in seen:
            seen.add((y, p))
            out.append(insp(force, y, p, H if y in ("2014", "2015", "2016") else HF))
    return out


GOLDS.append(gold(
    "mj09.csv", "national-release", [MET, COL, "British Transport Police"], [H, HF],
    insp_for(MET, m_pillars) + [insp(MET, "2017", LDR, HF)] + insp_for(COL, c_pillars),
    [j for y, p, g in m_pillars for j in grades(MET, y, [(None, g)], p)]
    + grades(MET, "2016", [("protecting-vulnerable", I)], EFF)
    + [j for y, p, g in c_pillars for j in grades(COL, y, [(None, g)], p)],
    also={"inspections": [insp(MET, P1819, inspectorate=HF), insp(COL, P1819, inspectorate=HF)],
          "judgements": grades(MET, P1819, [(None, RI)], EFF) + grades(MET, P1819, [(None, G)], EFC)
          + grades(MET, P1819, [(None, G)], LEG) + grades(COL, P1819, [(None, G)], EFF)
          + grades(COL, P1819, [(None, G)], EFC) + grades(COL, P1819, [(None, RI)], LEG)},
    notes=[
        "A long-format CSV of pillar judgments (an open-data download). Each row's source column names the inspectorate (HMIC to 2016, HMICFRS from 2017).",
        "'Overall' in the question column -> question null. 'Protecting those who are vulnerable' -> protecting-vulnerable.",
        "'Not graded' rows (Met 2014 Legitimacy, Met 2017 Leadership) give no judgement; the Met 2017 Leadership row is kept as an inspection because the document lists it, and a grader may disagree. The BTP row ('Not inspected under PEEL') gives nothing.",
        "2018/19 rows are whole-pillar grades: per the brief and dev12 they and the 2018/19 PEEL inspections are in also_acceptable only.",
        "'published' dates (e.g. 2016-02-18 for 2015, 2018-03-22 for 2017) are not periods; assessment_year gives the period.",
    ]))

# mj10 -- HMIC PEEL efficiency 2016 report, City of London (PDF) -------------------------------
GOLDS.append(gold(
    "mj10.pdf", "peel-report", [COL, MET, "Surrey Police", "Kent Police"], [H],
    [insp(COL, "2016", EFC, H), insp(COL, "2015", EFC), insp("Surrey Police", "2016", EFC, H),
     insp("Kent Police", "2016", EFC, H)],
    grades(COL, "2016", [(None, RI), ("understanding-demand", RI), ("using-resources", RI), ("planning-future", G)], EFC)
    + grades(COL, "2015", [(None, G)], EFC)
    + grades("Surrey Police", "2016", [(None, G)], EFC) + grades("Kent Police", "2016", [(None, G)], EFC),
    afis=[
        stmt(COL, "2016", "understanding-demand", "The force should develop its analysis of demand so that it understands the crimes and incidents that are not reported to it, including the fraud that is reported nationally but affects City businesses.", pillar=EFC),
        stmt(COL, "2016", "using-resources", "The force should: carry out a review of the skills and capabilities of its workforce; use the results to match officers and staff to the areas of greatest demand.", pillar=EFC),
        stmt(COL, "2016", "using-resources", "The force should make sure that the benefits of its collaborations are measured and understood.", pillar=EFC),
    ],
    people=[THORNE_H],
    notes=[
        "HMIC PEEL efficiency report printed to PDF. The grades table gives the overall and three question judgements; the grading key lists the four 2016 grades.",
        "'In 2015 we judged the force to be good for efficiency' -> City 2015 Efficiency Good ('we' is HMIC by context, but the sentence does not name it: null).",
        "'The force should:' with two lowercase bullets is one statement; the third AFI in the same section is a separate sentence.",
        "Surrey Police and Kent Police are graded good for efficiency in the closing note (HMIC named in that sentence). The Met is named in passing.",
        "Zachary Thorne signs with the title on the next line ('Her Majesty\u2019s Inspector of Constabulary').",
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
