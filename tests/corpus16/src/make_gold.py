"""Write gold/t01.json ... gold/t10.json for corpus16 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
Grades come from master.py, the one table every document was written from.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from master import (PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM, AREAS, AREAS2122,  # noqa: E402
                    G, A, RI, I, O, G2325, G2122)

GOLD = os.path.join(HERE, "..", "gold")
P2325, P2122 = "2023-25", "2021/22"
HF = "HMICFRS"


def insp(force, period, inspectorate=HF):
    return {"force": force, "period": period, "pillar": "PEEL", "inspectorate": inspectorate}


def j(force, period, question, grade):
    return {"force": force, "period": period, "pillar": "PEEL", "question": question, "grade": grade}


def all2325(force, areas=AREAS):
    return [j(force, P2325, a, G2325[force][AREAS.index(a)]) for a in areas]


def m2325(force, *areas):
    return all2325(force, areas)


def m2122(force, *areas):
    return [j(force, P2122, a, G2122[force][AREAS2122.index(a)]) for a in areas]


def stmt(force, period, question, text, update=False):
    return {"force": force, "period": period, "pillar": "PEEL", "question": question,
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


DER, NOT_ = "Derbyshire Constabulary", "Nottinghamshire Police"
WM, MER, NOR, TVP, HAM = ("West Midlands Police", "Merseyside Police", "Northumbria Police",
                          "Thames Valley Police", "Hampshire Constabulary")
HUM, GWE, SWP = "Humberside Police", "Gwent Police", "South Wales Police"
DYF, NWP, CHE, LAN = "Dyfed-Powys Police", "North Wales Police", "Cheshire Constabulary", "Lancashire Constabulary"
HARCOMBE = "Matthew Harcombe"

GOLDS = []

# t01 -- local newspaper article (HTML), Derbyshire -------------------------------------
DER_AFI_DA = ("The force should make sure that officers carry out and record a structured risk "
              "assessment when they attend a report of domestic abuse.")
GOLDS.append(gold(
    "t01.html", "press-release", [DER, NOT_], [HF],
    [insp(DER, P2325), insp(DER, P2122, None)],
    all2325(DER) + m2122(DER, RESP, PVP),
    afis=[
        stmt(DER, P2325, RESP,
             "The force should make sure that it answers non-emergency calls promptly and that "
             "fewer callers abandon their call before it is answered."),
        stmt(DER, P2325, PVP, DER_AFI_DA),
    ],
    people=[
        person(HARCOMBE, "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Rachel Swindell", "chief-constable", DER, "Chief Constable"),
        person("Graham Eddowes", "commissioner", DER, "police and crime commissioner"),
    ],
    notes=[
        "The eight 2023-25 grades are given twice: in prose (four 'good', three 'adequate', one "
        "'requires improvement') and in the 'At a glance' box (Workforce -> workforce; "
        "'Treatment of the public' -> treatment-of-public).",
        "2021/22: 'When the force was last inspected, in 2021/22, its response to the public was "
        "judged adequate' and 'Protecting vulnerable people, which was graded requires "
        "improvement last time' (last time = the 2021/22 inspection named in the sentence "
        "before). The inspectorate is not stated for the 2021/22 inspection, so null.",
        "The two <blockquote>s are areas for improvement (the lead-in says 'The report lists "
        "several areas for improvement. Among them, the inspectorate says:'). Their questions come "
        "from the subject (non-emergency calls -> responding-to-public; domestic abuse risk "
        "assessment -> protecting-vulnerable). No force update follows either (the Chief "
        "Constable's quote is a general response about call handlers), so false. Unsure: a "
        "grader could count the Chief Constable's remarks on call handlers as an update to the "
        "first AFI.",
        "Distractors: readers' comments ('Rated poorly again', 'a decent report', 'Adequate is a "
        "pass', 'Inadequate. That's my grade', 'outstanding from Ofsted'), the Most read sidebar "
        "(CQC 'requires improvement', fire and rescue service 'good', Ofsted 'good'), the PCC's "
        "'a good report in many ways', the grading scale under the box, the cookie banner date, "
        "'There were no causes of concern'.",
        "People: the HMI is named title-first with a curly apostrophe. The PCC is named "
        "name-first with a lower-case title ('the county's police and crime commissioner'); the "
        "title kept is 'police and crime commissioner'. ACC Neil Brackley and the reporter are "
        "not person facts.",
        "Nottinghamshire Police is named in passing with no grade: in forces only.",
    ]))

# t02 -- national broadcaster explainer (HTML), five forces -----------------------------
GOLDS.append(gold(
    "t02.html", "national-release", [WM, MER, NOR, TVP, HAM, HUM], [HF],
    [insp(f, P2325) for f in (WM, MER, NOR, TVP, HAM)]
    + [insp(f, P2122) for f in (WM, MER, NOR, TVP, HAM)],
    m2325(WM, PREV, RESP, INV, PVP) + m2122(WM, RESP)
    + m2325(MER, PREV, RESP, INV, PVP, WORK) + m2122(MER, PREV)
    + m2325(NOR, PREV, RESP, INV, PVP, PPT, MOS, LFM) + m2122(NOR, PREV)
    + m2325(TVP, PREV, RESP, INV, PVP) + m2122(TVP, RESP)
    + m2325(HAM, PREV, RESP, INV, PVP) + m2122(HAM, RESP),
    people=[
        person("Olusegun Hart", "chief-constable", WM, "chief constable"),
        person("Desmond Arkwright", "inspector", HF, "His Majesty's Chief Inspector of Constabulary"),
    ],
    notes=[
        "The table gives four 2023-25 grades per force (caption: 'Grades from the HMICFRS PEEL "
        "2023-25 reports'). Two cells carry a second line '2021/22: Inadequate' / '2021/22: "
        "Requires improvement': 2021/22 responding grades for West Midlands and Thames Valley.",
        "Prose adds Merseyside's workforce grade ('requires improvement in how it supports its "
        "workforce') and Northumbria's good grades for treatment of the public, managing "
        "offenders and leadership (-> leadership-management).",
        "'Both Merseyside Police and Northumbria Police were judged outstanding at preventing "
        "crime, the same top grade both received in 2021/22' names the grade (the top grade, "
        "outstanding) in the sentence, so it gives 2021/22 preventing-crime judgements, as "
        "'has again been graded Requires Improvement ... exactly as it was last year' does in the "
        "development corpus. Likewise Hampshire: 'judged to require improvement for responding to "
        "the public, exactly as in 2021/22'.",
        "'Hampshire and Isle of Wight Constabulary' is an alias of Hampshire Constabulary. "
        "Humberside is named with no grade ('latest report had not been published'). Police "
        "Scotland is not a force in forces.csv. 'remains in ... engage' gives no grade.",
        "Distractors: the 'What the grades mean' box lists all five grades; 'A force can be "
        "outstanding at stopping crime and inadequate at answering the phone' is hypothetical; "
        "related links about fire services and Ofsted.",
        "People: 'Its chief constable, Olusegun Hart' (lower-case title as written); 'His "
        "Majesty's Chief Inspector of Constabulary, Sir Desmond Arkwright' (Sir dropped). The "
        "correspondent is not a person fact.",
    ]))

# t03 -- Hansard debate (PDF, two columns), Gwent and South Wales ------------------------------
GOLDS.append(gold(
    "t03.pdf", "national-release", [GWE, SWP, DYF, NWP], [HF],
    [insp(GWE, P2325), insp(GWE, P2122, None), insp(SWP, P2325, None), insp(SWP, P2122, None)],
    all2325(GWE) + m2122(GWE, RESP) + all2325(SWP) + m2122(SWP, RESP),
    recs=[
        stmt(GWE, P2325, RESP,
             "the force should put in place a plan to reduce the time it takes to answer emergency "
             "and non-emergency calls, with clear milestones and oversight from its chief officers."),
    ],
    coc=[
        stmt(GWE, P2325, RESP,
             "Gwent Police is not answering emergency and non-emergency calls quickly enough, and "
             "it does not always identify vulnerable callers, which means that some people who "
             "need help are not getting it when they need it."),
    ],
    people=[
        person("Pamela Kelleher", "chief-constable", GWE, "chief constable"),
        person("Ceri Pritchard", "commissioner", GWE, "Police and Crime Commissioner for Gwent"),
        person("Eleri Vaughan-Morgan", "commissioner", SWP, "Police and Crime Commissioner for South Wales"),
    ],
    notes=[
        "Hansard-style daily part printed to PDF in two justified columns with a column rule and a "
        "running head ('8 July 2025 | Policing in South Wales and Gwent | 1WH'). Genre "
        "national-release is the nearest fit for a multi-force parliamentary text.",
        "Gwent's eight 2023-25 grades are in the opening speech (three adequate, four requires "
        "improvement, responding inadequate: 'a fall from requires improvement in the previous "
        "inspection in 2021/22' -> 2021/22 responding grade). The inspectorate is named for this "
        "inspection ('His Majesty's Inspectorate ... published its PEEL inspection of Gwent "
        "Police'); for the others it is not stated, so null. Unsure: a grader might attach "
        "HMICFRS to South Wales's report too.",
        "South Wales's eight grades are in Aled Rhosier's intervention ('good for preventing crime "
        "and good for managing offenders', four adequate, two requires improvement); 'In "
        "2021/22, its response to the public had been graded adequate' gives the 2021/22 grade.",
        "The cause of concern is the paragraph after 'I want to put it on the record in full:'. "
        "The recommendation is quoted as a clause ('The inspectorate went on to recommend that "
        "within three months: the force should ...'); the gold text is the quoted clause as "
        "written, starting with lower-case 'the'. Neither has a force update (the MP's remark "
        "about a new rota is not the force's update).",
        "Distractors: 'do an outstanding job' (officers), 'the good rating ... was for South Wales "
        "Fire and Rescue Service', Estyn/Ofsted/care inspectorate, 'every force should be good', "
        "'enhanced monitoring process, engage'. Dyfed-Powys Police and North Wales Police are "
        "named with no grade.",
        "People: 'the chief constable, Pamela Kelleher' (title as written, lower case) and the two "
        "PCCs (name after title). MPs, the Chair and the Minister are not person facts.",
    ]))

# t04 -- FOI response letter (PDF), Cheshire --------------------------------------------
GOLDS.append(gold(
    "t04.pdf", "response-record", [CHE], [HF],
    [insp(CHE, P2325), insp(CHE, P2122)],
    all2325(CHE),
    afis=[
        stmt(CHE, P2325, INV,
             "The force should make sure that it keeps victims informed about the progress of "
             "their investigations, in line with the Code of Practice for Victims of Crime.", True),
        stmt(CHE, P2325, INV,
             "The force should make sure that digital devices seized during investigations are "
             "examined without unnecessary delay.", True),
        stmt(CHE, P2325, PPT,
             "The force should improve how it records the reasons for using force, so that "
             "supervisors can check that each use was necessary and proportionate.", True),
        stmt(CHE, P2325, LFM,
             "The force should make sure it understands the wellbeing needs of staff working in "
             "its public contact centre.", False),
        stmt(CHE, P2122, PVP,
             "The force should make sure that officers consider the voice of the child when they "
             "attend incidents involving vulnerable adults and children.", True),
        stmt(CHE, P2122, RESP,
             "The force should monitor the number of calls that are abandoned on its "
             "non-emergency line and act to reduce it.", True),
    ],
    people=[
        person("Luke Ormsby", "chief-constable", CHE, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "An FOI response letter from the force. Genre response-record (the force's account of "
        "its progress against AFIs) is the nearest fit.",
        "The eight 2023-25 grades are in one summary paragraph, including a list item with "
        "internal commas ('building, supporting and protecting the workforce').",
        "The AFI table 'Ref | Inspection | Area | Area for improvement | Status | Progress' mixes "
        "2023-25 (AFI 1-4) and 2021/22 (AFI 5-6) rows; the period comes from the Inspection "
        "cell and the question from the Area cell. has_force_update is true where the Progress "
        "cell reports progress (including the Closed rows); AFI 4's cell is a dash ('A dash means "
        "that no progress has yet been reported'), so false. Status Open/Closed does not change "
        "the facts.",
        "AFI 6's progress says 'Responding to the public was graded good in the 2023-25 "
        "inspection', which repeats a grade already in the summary.",
        "The 2021/22 inspection is HMICFRS's (the request asks about 'HMICFRS' areas for "
        "improvement including those from the previous PEEL inspection). Unsure: it could be "
        "left null.",
        "Distractors: national thematic recommendations addressed to all chief constables "
        "(custody 2024) are explicitly out of scope; Cheshire Fire and Rescue Service 'judged good "
        "in most areas'; section numbers, dates, the ICO address. 'No causes of concern were "
        "raised.' gives nothing.",
        "People: 'Deputy Chief Constable Luke Ormsby' (qualifier deputy). The disclosure officer "
        "is not a person fact.",
    ]))

# t05 -- council scrutiny committee report (DOCX), Nottinghamshire ----------------------
GOLDS.append(gold(
    "t05.docx", "response-record", [NOT_], [HF],
    [insp(NOT_, P2325), insp(NOT_, P2122)],
    all2325(NOT_) + m2122(NOT_, PREV, RESP, INV, PVP),
    afis=[
        stmt(NOT_, P2325, PVP,
             "The force should make sure that referrals to multi-agency risk assessment conferences "
             "are made promptly for all victims of domestic abuse assessed as high risk.", True),
        stmt(NOT_, P2325, PPT,
             "The force should improve how it monitors the use of stop and search on people from "
             "ethnic minority backgrounds and explain any disproportionality to its communities.",
             True),
        stmt(NOT_, P2325, INV,
             "The force should make sure that suitable safeguarding measures are considered for "
             "every victim when a suspect is released under investigation.", False),
    ],
    people=[
        person("Amrit Sandhu-Cole", "commissioner", NOT_, "Police and Crime Commissioner for Nottinghamshire"),
        person("Dermot Fairclough", "chief-constable", NOT_, "Chief Constable"),
        person(HARCOMBE, "inspector", HF, "HM Inspector of Constabulary"),
    ],
    notes=[
        "Table 1 has a two-row header: 'Area' merged down over both rows and 'Grade' merged "
        "across the two grade columns, whose second row reads 'PEEL 2023-25 | PEEL 2021/22'. "
        "Cells of '\u2013' in the 2021/22 column give nothing (the note says the area was not "
        "graded in that form). 'Police powers and public treatment' -> treatment-of-public.",
        "The three statements in Table 2 are HMICFRS AFIs ('Area for improvement (HMICFRS "
        "wording)'); the question comes from the Area cell. 'Force position' gives the force's "
        "update (true), except 'Not yet provided.' (false).",
        "Section 2 'Recommendations' are the report's recommendations to the Committee, not "
        "inspection recommendations. Paragraph 4.2 is a distractor: Ofsted 'good' (children's "
        "services), HM Inspectorate of Probation 'requires improvement' (youth justice) and "
        "Nottinghamshire Fire and Rescue Service 'good'. 'good practice in places' and the grading "
        "scale in 5.1 give nothing; 'eleven areas for improvement' is a count only.",
        "People: the PCC is named title-first in 5.4; 'Chief Constable Dermot Fairclough'; 'HM "
        "Inspector of Constabulary Matthew Harcombe'. The unnamed Assistant Chief Constable and "
        "council officers are not person facts. The Word header and footer are not part of the "
        "body.",
    ]))

# t06 -- charity briefing (PDF), eight forces, protecting vulnerable people -------------
F6 = [NOR, DER, MER, WM, GWE, HAM, LAN]
GOLDS.append(gold(
    "t06.pdf", "national-release", F6 + [HUM], [HF],
    [insp(f, P2325) for f in F6] + [insp(HUM, P2122), insp(DER, P2122, None)],
    [j(f, P2325, PVP, G2325[f][AREAS.index(PVP)]) for f in F6]
    + m2122(HUM, PVP) + m2122(DER, PVP),
    afis=[
        stmt(DER, P2325, PVP, DER_AFI_DA),
        stmt(HAM, P2325, PVP,
             "The force should make sure that it takes positive action, including arrest where "
             "appropriate, when it attends domestic abuse incidents."),
    ],
    recs=[
        stmt(LAN, P2325, PVP,
             "Within six months, the force should make sure that officers complete a domestic "
             "abuse risk assessment at every incident and that supervisors review each assessment."),
    ],
    coc=[
        stmt(LAN, P2325, PVP,
             "Lancashire Constabulary does not always respond effectively to vulnerable people, and "
             "it does not consistently assess and manage the risks to victims of domestic abuse."),
    ],
    notes=[
        "The table gives each force's protecting-vulnerable-people grade with its inspection in a "
        "column: seven from PEEL 2023-25, Humberside's from PEEL 2021/22 (footnote: its 2023-25 "
        "report is not published). 'Requires improvement' wraps onto two lines in three cells.",
        "Derbyshire's 2021/22 grade comes from 'where the grade for protecting vulnerable people "
        "had been requires improvement in 2021/22' (inspectorate not stated, null).",
        "Quoted statements: Lancashire's cause of concern and the first of its two "
        "recommendations; Derbyshire's and Hampshire's AFIs. 'Our Lancashire member service "
        "reports ...' is the charity's, not the force's, update: false.",
        "Not facts: the 2024 thematic recommendation addressed to all chief constables (national), "
        "the charity's own recommendations, CQC and Ofsted ratings in the callout, 'good "
        "practice', 'Good use of domestic violence protection orders', the summary counts ('only "
        "one was graded good').",
        "The Domestic Abuse Commissioner (Farah Ingleby) is a commissioner but not a police and "
        "crime commissioner: not a person fact. No person fact in this document.",
    ]))

# t07 -- trade magazine article (Markdown), Lancashire -----------------------------------
GOLDS.append(gold(
    "t07.md", "press-release", [LAN, MER, CHE], [HF],
    [insp(LAN, P2325), insp(LAN, P2122, None), insp(MER, P2325, None), insp(CHE, P2325, None)],
    all2325(LAN) + m2122(LAN, RESP, INV, PVP) + m2325(MER, RESP) + m2325(CHE, RESP),
    afis=[
        stmt(LAN, P2325, INV,
             "The force should make sure that investigations are allocated promptly to staff with "
             "the right skills, and that victims are updated at the intervals agreed with them."),
    ],
    recs=[
        stmt(LAN, P2325, PVP,
             "Within six months, the force should make sure that officers complete a domestic "
             "abuse risk assessment at every incident and that supervisors review each assessment."),
        stmt(LAN, P2325, PVP,
             "Within six months, the force should make sure that it has enough trained staff to "
             "review and act on domestic abuse risk assessments in a timely way."),
    ],
    coc=[
        stmt(LAN, P2325, PVP,
             "Lancashire Constabulary does not always respond effectively to vulnerable people, and "
             "it does not consistently assess and manage the risks to victims of domestic abuse."),
    ],
    people=[
        person("Lorna Bickerstaff", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Stuart Ashworth", "chief-constable", LAN, "Chief Constable"),
        person("Callum Redfern", "commissioner", LAN, "Police and Crime Commissioner for Lancashire"),
    ],
    notes=[
        "Markdown with YAML front matter. The 'Key findings' list gives the eight grades grouped "
        "by grade, areas separated by semicolons ('building, supporting and protecting the "
        "workforce' has commas inside). 'Victim service assessment: not graded' gives nothing.",
        "2021/22: 'when Lancashire was judged good at responding to the public and adequate at "
        "both investigating crime and protecting vulnerable people' (inspectorate not stated for "
        "that inspection, null). 'Preventing crime remains a strength' gives no 2021/22 grade.",
        "The cause of concern and the AFI are '>' blockquotes; the two recommendations a numbered "
        "list (each a full sentence, so separate statements). The Chief Constable's remarks are "
        "a press quote, not an update attached to a statement: all false.",
        "Merseyside Police and Cheshire Constabulary 'were both graded good for responding to the "
        "public' in 'this round' -> 2023-25 judgements for neighbours in passing (inspectorate not "
        "stated for them: null).",
        "Distractors: 'good practice' (Blackpool), 'Lancashire FRS rated good', 'Is \"adequate\" "
        "the new good?', counts ('Seven areas for improvement', 'Five forces are in engage'), the "
        "unnamed chief inspector.",
    ]))

# t08 -- think-tank wide CSV (cp1252, CRLF) ---------------------------------------
F8 = [CHE, DER, GWE, HAM, HUM, LAN, MER, NOR, NOT_, SWP, TVP, WM]
J8 = []
I8 = []
for f in F8:
    if f in G2325:
        I8.append(insp(f, P2325))
        J8 += all2325(f)
    I8.append(insp(f, P2122))
    J8 += m2122(f, PREV, RESP, INV, PVP)
GOLDS.append(gold(
    "t08.csv", "national-release", F8, [HF], I8, J8, encoding="cp1252",
    notes=[
        "windows-1252 with CRLF line endings, as Excel's plain 'CSV' export writes it (en dashes "
        "in '2023\u201325' headers, a pound sign). Line 1 is a title, line 2 the header; the last "
        "two rows are a key and a disclaimer.",
        "Wide layout: one row per force; eight '(2023-25)' area columns and four '(2021/22)' "
        "columns interleaved after their 2023-25 twin. One header is quoted because it contains "
        "commas. Hampshire is listed as 'Hampshire and Isle of Wight Constabulary'.",
        "Humberside's 2023-25 cells are blank ('not yet published'; key: 'Blank = not yet "
        "inspected in this round'): only its 2021/22 grades are facts.",
        "The 'Source notes' column names HMICFRS for both inspections of each force. Notes "
        "columns are distractors: 'Cause of concern: call handling' (no text), 'Rated poorly in "
        "local press coverage', 'FRS inspected separately (good)', 'good practice', 'only force "
        "... with an outstanding grade', 'Responding grade unchanged since 2021/22'.",
    ]))

# t09 -- Police Federation branch statement (DOCX), Merseyside --------------------------
GOLDS.append(gold(
    "t09.docx", "press-release", [MER], [HF],
    [insp(MER, P2325), insp(MER, P2122, None)],
    all2325(MER) + [j(MER, P2122, WORK, G)],
    afis=[
        stmt(MER, P2325, WORK,
             "The force should make sure that it understands the workload and wellbeing of its "
             "officers, particularly those in response and investigation teams, and takes action "
             "where demand is too high."),
    ],
    people=[
        person("Fiona Garside", "chief-constable", MER, "Chief Constable"),
        person("Marcus Tennant", "chief-constable", MER, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "A staff association's statement. Grades are in prose ('outstanding for preventing crime "
        "and good in five other areas: ...', 'Protecting vulnerable people was graded adequate', "
        "'found to require improvement') and repeated in the 'Grades at a glance' table.",
        "2021/22: 'the same area (then called developing a positive workplace) was graded good' "
        "-> workforce, Good. Inspectorate not stated for 2021/22: null.",
        "The AFI is the 'Intense Quote' paragraph. What follows is the Federation's own plan, not "
        "the force's update: false.",
        "Distractors: headline 'A good report for the public', 'one of the best forces', the "
        "Federation's morale rating 'poor', pay survey, Merseyside Fire and Rescue Service, an "
        "unnamed assistant chief constable. The branch chair is not a person fact.",
        "People: 'Chief Constable Fiona Garside and Deputy Chief Constable Marcus Tennant'.",
    ]))

# t10 -- local radio transcript (DOCX), Hampshire ---------------------------------
GOLDS.append(gold(
    "t10.docx", "press-release", [HAM, TVP], [HF],
    [insp(HAM, P2325), insp(HAM, P2122, None), insp(TVP, P2325, None)],
    all2325(HAM) + m2122(HAM, RESP) + m2325(TVP, RESP),
    people=[
        person("Helen Marwood", "chief-constable", HAM, "Chief Constable"),
        person("Philip Ainsley", "commissioner", HAM, "Police and Crime Commissioner"),
    ],
    notes=[
        "A newsroom transcript in Word: monospaced, each turn a paragraph with a grey time code "
        "and a bold speaker label; the Word header/footer are not body text.",
        "The inspectorate is named only in full ('His Majesty's Inspectorate of Constabulary and "
        "Fire and Rescue Services'), never as HMICFRS.",
        "Grades said aloud: responding 'requires improvement'; 'good for preventing crime and good "
        "for managing offenders'; 'adequate for four areas' listed in words (the way it treats "
        "the public and uses powers -> treatment-of-public, investigating crime, looking after "
        "its workforce -> workforce, its leadership and how the force is run -> "
        "leadership-management); protecting vulnerable people 'also came out as requires "
        "improvement'.",
        "2021/22: 'that is exactly the grade it got last time round, in twenty twenty-one twenty-"
        "two' follows the stated grade, so a 2021/22 responding judgement (the year is spoken in "
        "words). Unsure: a strict reader might treat 'exactly the grade' as 'the same as last "
        "year'.",
        "'The force was told it must improve how quickly it gets to emergencies ...' is the "
        "reporter's paraphrase, not the text of an area for improvement: no statement.",
        "Thames Valley Police 'was graded adequate for responding to the public in its report' -> "
        "a 2023-25 judgement in passing (this round).",
        "Distractors: Ofsted 'outstanding', CQC 'requires improvement', the fire service 'rated "
        "good', 'some good news', 'a fair report, not a bad one'.",
        "People: the clip caption gives 'HELEN MARWOOD, CHIEF CONSTABLE, HAMPSHIRE AND ISLE OF "
        "WIGHT CONSTABULARY' and the presenter says 'the Chief Constable'; title kept as 'Chief "
        "Constable'. 'the Police and Crime Commissioner, Philip Ainsley'. Presenter and reporter "
        "are not person facts.",
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
