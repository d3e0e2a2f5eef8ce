"""Write gold/t01.json ... gold/t10.json for corpus28 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122 = "2023-25", "2021/22"
HF = "HMICFRS"
PPT, PREV, RESP, INV = ("treatment-of-public", "preventing-crime", "responding-to-public",
                        "investigating-crime")
PVP, MOS, WORK, LFM = ("protecting-vulnerable", "managing-offenders", "workforce",
                       "leadership-management")
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
HMI = "His Majesty\u2019s Inspector of Constabulary"        # curly apostrophe
HMI_STRAIGHT = "His Majesty's Inspector of Constabulary"


def insp(force, period, pillar="PEEL", inspectorate=HF):
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

# t01 -- force tracker CSV export (cp1252, CRLF), Durham ---------------------------------
F = "Durham Constabulary"
GOLDS.append(gold(
    "t01.csv", "response-record", [F], [HF],
    [insp(F, P2325), insp(F, P2122)],
    afis=[
        stmt(F, P2325, RESP,
             "The force should reduce the time it takes to answer non-emergency calls and should "
             "tell callers how long they are likely to wait.", True),
        stmt(F, P2325, PVP,
             "The force should make sure that officers attending domestic abuse incidents record "
             "the views and needs of any children present.", True),
        stmt(F, P2325, LFM,
             "The force should improve how it evaluates its change programme, so that it can show "
             "whether the money it has invested is improving the service it provides.", False),
        stmt(F, P2325, PPT,
             "The force should make sure that officers switch on body-worn video for every stop "
             "and search, and that supervisors review a sample of the footage each month.", True),
        stmt(F, P2122, MOS,
             "The force should make sure it visits registered sex offenders when their risk "
             "management plans say it should, and that overdue visits are escalated.", True),
        stmt(F, P2122, WORK,
             "The force should understand why officers with less than five years\u2019 service "
             "are leaving and should act on what it finds.", True),
    ],
    recs=[
        stmt(F, P2325, INV,
             "Within six months, the force should make sure that every investigation is "
             "allocated to an officer or member of staff with the skills and accreditation it "
             "needs.", True),
        stmt(F, P2325, INV,
             "Within six months, the force should make sure that supervisors review "
             "investigations at set intervals and record what they have directed.", True),
    ],
    coc=[
        stmt(F, P2325, INV,
             "Durham Constabulary does not investigate crime to a consistently good standard, and "
             "too many victims wait a long time for their case to be resolved.", True),
    ],
    encoding="cp1252",
    notes=[
        "An Excel export: cp1252 (en dashes and a curly apostrophe are single bytes), CRLF line "
        "endings, multi-line quoted 'Latest update' cells, and a trailing export line that "
        "names HMICFRS. No grades at all, so no judgements.",
        "The kind of each row comes from its Type column (AFI / Recommendation / Cause of "
        "concern); the period from its Report column (PEEL 2023\u201325 or PEEL 2021/22); the "
        "question from its Area column.",
        "Left out: CUST-24-03 is an AFI of a joint custody inspection (HMICFRS / HMI Prisons), "
        "not a PEEL inspection, so it has no PEEL period; NAT-VMM-07 is a national "
        "recommendation to all chief constables (vetting, misconduct and misogyny).",
        "has_force_update: true where 'Latest update' holds the force's progress, including "
        "closed rows (their closing entry is an update) and the cause of concern row, which "
        "is tracked with its own update. DUR-P23-03's update cell is empty: false.",
        "'a consistently good standard' inside the cause of concern is not a grade. The "
        "Owner column (ACC Crime & Justice, directors) holds roles, not named people.",
    ]))

# t02 -- PCC accountability board paper (DOCX), Lincolnshire ------------------------------
F = "Lincolnshire Police"
GOLDS.append(gold(
    "t02.docx", "response-record", [F, "Nottinghamshire Police", "Leicestershire Police"], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, [(PREV, G), (MOS, G), (PPT, A), (INV, A), (PVP, A), (WORK, A),
                      (RESP, RI), (LFM, RI)]) + grades(F, P2122, [(RESP, A)]),
    afis=[
        stmt(F, P2325, RESP,
             "The force should answer emergency calls within the national target of ten seconds "
             "and reduce the number of non-emergency calls that callers abandon.", True),
        stmt(F, P2325, RESP,
             "The force should make sure that call handlers use the THRIVE model consistently to "
             "assess risk and record the reasons for each decision.", False),
        stmt(F, P2325, LFM,
             "The force should develop a workforce plan that links its recruitment and training "
             "to the demand it expects over the next three years.", False),
        stmt(F, P2325, LFM,
             "The force should improve how it monitors its efficiency savings, so that it can "
             "show the benefits it has achieved and where it has reinvested them.", True),
        stmt(F, P2325, PVP,
             "The force should make sure that officers record the voice of the child when they "
             "attend incidents involving vulnerable children.", True),
        stmt(F, P2325, INV,
             "The force should make sure that victims are kept updated about the progress of "
             "their investigations, in line with the Code of Practice for Victims of Crime.",
             True),
        stmt(F, P2325, PPT,
             "The force should improve how it records the reasons for using handcuffs, and make "
             "sure that supervisors review these records.", False),
    ],
    people=[
        person("Thea Rowcliffe", "commissioner", F, "Police and Crime Commissioner"),
        person("Alastair Minto", "chief-constable", F, "Chief Constable"),
        person("Naveed Qureshi", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Fenella Ordish", "inspector", HF, HMI_STRAIGHT),
    ],
    notes=[
        "Grades are in prose in 2.2: 'good at preventing crime and at managing offenders and "
        "suspects'; 'adequate at' a four-item list whose last item contains commas ('building, "
        "supporting and protecting the workforce'); 'responding to the public, and leadership "
        "and force management, require improvement'. Victim service is not graded.",
        "2.3 'Responding to the public was graded adequate in the 2021/22 PEEL inspection' gives "
        "a 2021/22 judgement (grade word stated). 4.1's 'the same theme featured in the "
        "2021/22 report' gives nothing.",
        "The table 'Area for improvement | Progress to date | Status' has group rows merged "
        "across all three columns that give the area (question). The paper says progress is "
        "'as reported by the force', so a progress cell is the force's update. Empty cell "
        "(THRIVE), 'No update this quarter' (workforce plan) and 'No update this quarter.' "
        "(handcuffs): false. The status words (Amber, Green, Red, 'Not started') are RAG, "
        "not grades.",
        "'no cause of concern and made no recommendations'; section 5 'Recommendation' is the "
        "paper's own recommendation to the Board: no facts. 'Good practice' and Lincolnshire "
        "Fire and Rescue are distractors. Nottinghamshire and Leicestershire are named only as "
        "regional partners.",
        "People: PCC and CC are named title-first ('the Police and Crime Commissioner, Thea "
        "Rowcliffe'; 'Chief Constable Alastair Minto'); 'Deputy Chief Constable Naveed "
        "Qureshi' has qualifier deputy; the HMI title has the straight apostrophe the Word "
        "text uses at that point. The Chief Executive and the Policy and Assurance Manager "
        "are unnamed roles.",
    ]))

# t03 -- police and crime panel report (PDF), Gwent ---------------------------------------
F = "Gwent Police"
GOLDS.append(gold(
    "t03.pdf", "response-record", [F, "Dyfed-Powys Police", "South Wales Police"], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, [(PPT, A), (PREV, A), (RESP, I), (INV, RI), (PVP, RI), (MOS, A),
                      (WORK, G), (LFM, RI)]) + grades(F, P2122, [(RESP, RI)]),
    recs=[
        stmt(F, P2325, RESP,
             "Within three months, the force should make sure that every call is risk-assessed "
             "using a structured process, and that the assessment is recorded.", True),
        stmt(F, P2325, RESP,
             "Within six months, the force should make sure that it answers emergency calls in "
             "line with the national standard.", True),
        stmt(F, P2325, RESP,
             "Within six months, the force should make sure that callers who are waiting for a "
             "call back are contacted again if their wait exceeds the time they were given.",
             True),
        stmt(F, P2325, PVP,
             "Within six months, the force should make sure that officers complete a "
             "vulnerability assessment at every incident where a child is present, and that it "
             "is shared with children\u2019s services without delay.", False),
        stmt(F, P2325, PVP,
             "Within six months, the force should make sure that supervisors review every "
             "high-risk domestic abuse referral within 24 hours.", True),
    ],
    coc=[
        stmt(F, P2325, RESP,
             "Gwent Police does not answer emergency and non-emergency calls quickly enough, and "
             "it does not always identify the risk to callers, so it cannot be confident that it "
             "responds to vulnerable people in good time.", True),
        stmt(F, P2325, PVP,
             "The force does not always recognise vulnerability when officers attend incidents, "
             "and safeguarding referrals for children and for victims of domestic abuse are too "
             "often late or incomplete.", False),
    ],
    people=[
        person("Gareth Llewellyn-Moore", "chief-constable", F, "Chief Constable"),
        person("Anwen Stoddart", "inspector", HF, HMI),
        person("Delyth Caradog", "commissioner", F, "Police and Crime Commissioner for Gwent"),
    ],
    notes=[
        "Table 1 gives eight 2023\u201325 grades; victim service 'Not graded' gives nothing. The "
        "key lists the five-point scale: no facts. 1.4 'had been graded requires improvement "
        "in the 2021/22 inspection' gives a 2021/22 judgement.",
        "Each cause of concern is a boxed paragraph under its area heading. Cause 3.1 is "
        "followed by a 'Force update' paragraph: true. Cause 3.2 has only a 'PCC comment', "
        "which says the force's written update had not been received: false. The PCC comments "
        "are the commissioner's view, not the force's update.",
        "The recommendations sit in Appendix A, 'Ref | Recommendation | Due | Force position'. "
        "The text says three are under the first cause of concern and two under the second, "
        "which gives their questions (R1-R3 responding, R4-R5 protecting vulnerable people). "
        "R4's position is 'Awaiting force return.': false. The eleven AFIs are only counted.",
        "The Panel's own recommendation (4.2) is not an inspection recommendation. Dyfed-Powys "
        "Police and South Wales Police are named only as partners (joint firearms unit).",
        "People: the PCC is named only at the signature ('Delyth Caradog / Police and Crime "
        "Commissioner for Gwent'), so the title is kept in full. The Chief Executive and "
        "the Head of Scrutiny in the contacts box, and the unnamed Deputy Chief Constable, "
        "are not person facts.",
    ]))

# t04 -- PCC website page with accordions (HTML), Thames Valley ---------------------------
F = "Thames Valley Police"
GOLDS.append(gold(
    "t04.html", "response-record", [F], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, [(PPT, G), (PREV, G), (RESP, G), (WORK, G), (PVP, A), (MOS, A),
                      (LFM, A), (INV, RI)])
    + grades(F, P2122, [(PREV, G), (RESP, A), (INV, RI)]),
    afis=[
        stmt(F, P2325, INV,
             "The force should make sure that its investigations are allocated to officers with "
             "the right skills, and that investigators do not hold more cases than they can "
             "manage.", True),
        stmt(F, P2325, INV,
             "The force should make sure that victims\u2019 needs are assessed and recorded at "
             "the start of every investigation.", False),
    ],
    people=[
        person("Jasmine Okafor-Hale", "chief-constable", F, "Chief Constable"),
        person("Bernadette Quayle", "inspector", HF, HMI),
        person("Rupert Ellingham", "commissioner", F,
               "Police and Crime Commissioner for Thames Valley"),
    ],
    notes=[
        "Each report is a <details> accordion; only the first is open when the page loads. "
        "The text of the closed accordions is part of the page (one click shows it) and is "
        "counted.",
        "2023\u201325 grades are in the first accordion's prose ('good in four areas: ...', "
        "'adequate at ...', 'requires improvement'). 2021/22: 'good at preventing and "
        "deterring crime, adequate at responding to the public, and requires improvement at "
        "investigating crime'. 'Other areas were graded adequate or good' names no area.",
        "The statutory response letter sits inside the first accordion. It quotes two AFIs "
        "(both about investigations: 'Two of them concern investigations'). The first is "
        "followed by what the Chief Constable has told the PCC the force has done (force's "
        "update, relayed): true. The second is followed only by the PCC's intention to seek a "
        "response: false. The other four AFIs are only described by area.",
        "Left out: the 2019 crime data integrity inspection's 'good' (not a PEEL period), the "
        "national serious youth violence recommendation to all chief constables, and the "
        "custody inspection's counts. The cookie notice date and 2025/26 budget are "
        "distractors.",
        "People: the PCC is named only at the foot of his letter, so his title is the full "
        "line under the name. 'Chief Constable Jasmine Okafor-Hale' is title-first.",
    ]))

# t05 -- force improvement plan with Word numbering (DOCX), Nottinghamshire ----------------
F = "Nottinghamshire Police"
GOLDS.append(gold(
    "t05.docx", "response-record", [F], [HF],
    [insp(F, P2325)],
    grades(F, P2325, [(INV, RI), (LFM, RI)]),
    afis=[
        stmt(F, P2325, INV,
             "The force should make sure that investigation plans are created and reviewed by "
             "supervisors for all crimes that are allocated for investigation.", True),
        stmt(F, P2325, INV,
             "The force should make sure that it obtains and records the views of victims before "
             "it finalises investigations using outcome 16.", True),
        stmt(F, P2325, INV,
             "The force should improve the quality of the case files it submits to the Crown "
             "Prosecution Service, so that fewer are returned for further work.", True),
        stmt(F, P2325, LFM,
             "The force should make sure that its workforce plan reflects the skills it needs to "
             "meet future demand, including in digital investigation.", True),
        stmt(F, P2325, LFM,
             "The force should evaluate the benefits of its change programme so that it knows "
             "which changes have improved its service to the public.", False),
        stmt(F, P2325, PVP,
             "The force should make sure that officers complete a DASH risk assessment at every "
             "domestic abuse incident, and that supervisors check its quality.", True),
        stmt(F, P2325, PVP,
             "The force should improve how it shares information about children at risk with "
             "local authority partners.", True),
        stmt(F, P2325, RESP,
             "The force should make sure that call handlers give callers accurate advice about "
             "preserving evidence.", True),
    ],
    people=[
        person("Owen Treharne", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Priyanka Dhillon", "chief-constable", F, "Chief Constable"),
        person("Gideon Ashurst", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "The AFIs and actions are Word list paragraphs numbered by numbering.xml (abstractNum "
        "90: level 0 '1.', level 1 '1.1', level 2 '(a)'); no number is typed in the text. "
        "Level 0 = the AFI in the report's words, level 1 = the force's actions, level 2 = "
        "sub-points of an action. Actions are not statements, and action 3.2's lead-in "
        "'Report file rejection rates by team each month:' with its (a)/(b) is an action too.",
        "The question of each AFI comes from the Heading 1 above it (Investigating crime, "
        "Leadership and force management, Protecting vulnerable people, Responding to the "
        "public).",
        "Judgements: 'requires improvement in two: investigating crime, and leadership and "
        "force management'. 'good in two areas, adequate in four' names no areas: nothing.",
        "has_force_update: the plan is the force's own response, and each AFI's actions (with "
        "their status in the owners table) are that response, so true. AFI 5 (change "
        "programme) has only 'Actions to be agreed at the July Force Improvement Board.': "
        "false. Unsure: a grader may hold that a plan of actions is not an update.",
        "People: 'Plan owner: Deputy Chief Constable Owen Treharne' (deputy), 'Chief "
        "Constable Priyanka Dhillon', 'the Police and Crime Commissioner, Gideon Ashurst' "
        "(title-first, office alone). Owners in the table are roles (ACCs, heads, directors).",
    ]))

# t06 -- police and crime panel minutes (Markdown), South Wales ---------------------------
F = "South Wales Police"
GOLDS.append(gold(
    "t06.md", "response-record", [F, "Gwent Police", "Dyfed-Powys Police"], [HF],
    [insp(F, P2325)],
    grades(F, P2325, [(PREV, O), (PPT, G), (PVP, G), (MOS, G), (LFM, G), (RESP, A), (INV, A),
                      (WORK, G)]),
    afis=[
        stmt(F, P2325, RESP,
             "The force should make sure that it answers non-emergency calls promptly, and that "
             "it keeps callers informed when it cannot attend at the time it has promised.",
             True),
        stmt(F, P2325, INV,
             "The force should make sure that investigations are supervised effectively and that "
             "victims are updated in line with the Victims' Code.", True),
        stmt(F, P2325, PPT,
             "The force should make sure that officers record every use of force, and that the "
             "data is scrutinised to identify any disproportionality.", False),
    ],
    people=[
        person("Emyr Tudor-Evans", "commissioner", F,
               "Police and Crime Commissioner for South Wales"),
        person("Ceri Lloyd-Pugh", "chief-constable", F, "Chief Constable"),
        person("Helen Vaughan-Ames", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "All eight grades are in minute 4.2, in reported speech ('had been graded outstanding "
        "for preventing crime and good for ... '; 'had been graded adequate'; 'the workforce "
        "area had also been graded good'). 4.10's 'outstanding grade' repeats one.",
        "Three AFIs are quoted verbatim as Markdown blockquotes (4.3, 4.5, 4.8); their "
        "question comes from the lead-in ('On responding to the public', 'On investigating "
        "crime', 'the use of force data' -> police powers and public treatment). The CC's "
        "(4.4) and the DCC's (4.6) reported progress are the force's updates: true. 4.9: the "
        "Commissioner says the force's update 'was not yet available' and the Panel notes "
        "that none was provided: false.",
        "4.7 names two more AFIs only by topic (case files to the CPS, out-of-court "
        "resolutions) without their text: no statements.",
        "Attendance list gives 'name \u2013 title, organisation'. The ACC, the Chief Executive, "
        "the panel members and officers are not person facts. 'an adequate supply of data' "
        "(item 5) is a distractor; 2026/27 is a budget year. Gwent and Dyfed-Powys are named "
        "only as partners in the joint firearms unit.",
    ]))

# t07 -- two-page progress summary infographic (PDF), Kent ---------------------------------
F = "Kent Police"
GOLDS.append(gold(
    "t07.pdf", "response-record", [F, "Sussex Police", "Essex Police"], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, [(PREV, O), (PPT, G), (RESP, G), (INV, A), (PVP, A), (MOS, G),
                      (WORK, G), (LFM, G)]),
    afis=[
        stmt(F, P2325, None,
             "The force should make sure that all crimes are allocated promptly to an "
             "investigator with the right level of skill, and that victims are told who is "
             "dealing with their case.", True),
        stmt(F, P2325, None,
             "The force should make sure that suspects who are released under investigation are "
             "reviewed regularly and that the reasons for extending bail are recorded.", False),
        stmt(F, P2325, None,
             "The force should make sure that it consistently identifies repeat victims of "
             "domestic abuse when they report a new incident.", True),
        stmt(F, P2122, None,
             "The force should improve how it captures and acts on the views of the communities "
             "it serves when it uses stop and search.", True),
    ],
    people=[
        person("Lucinda Farrant-Hughes", "commissioner", F,
               "Kent Police and Crime Commissioner"),
    ],
    notes=[
        "Page 1: count tiles ('19', '14 closed', '5 still open', '0 causes of concern') and "
        "'14 of 19 areas for improvement closed' give no facts. The grade grid gives eight "
        "2023\u201325 grades (area name over grade word in each card); the scale line and "
        "'not graded' give nothing.",
        "Page 2: the RAG table 'Report | Area for improvement | RAG | Latest position (force)'. "
        "The period comes from the Report cell (PEEL 2023\u201325 or PEEL 2021/22). The table "
        "names no area for any AFI, so question is null. The fifth row comes from the 2021 "
        "VAWG inspection (not PEEL): left out.",
        "has_force_update: true where the 'Latest position (force)' cell gives progress; the "
        "second row's cell is '\u2014', which the key explains as 'the force did not report a "
        "position': false.",
        "Sussex Police and Essex Police are named only as partners; Kent Fire and Rescue "
        "Service is a distractor. The commissioner is named name-first under her quote.",
    ]))

# t08 -- local news article (HTML), Devon and Cornwall -------------------------------------
F = "Devon and Cornwall Police"
GOLDS.append(gold(
    "t08.html", "press-release",
    [F, "Avon and Somerset Constabulary", "Dorset Police"], [HF],
    [insp(F, P2325)],
    grades(F, P2325, [(RESP, RI), (PREV, G), (MOS, G), (PPT, A), (INV, A), (PVP, A),
                      (WORK, A), (LFM, A)]),
    afis=[
        stmt(F, P2325, PPT,
             "The force should make sure that officers record the grounds for every stop and "
             "search, and that supervisors check that those grounds are reasonable.", False),
    ],
    people=[
        person("Colin Threlfall", "inspector", HF, HMI_STRAIGHT),
        person("Piers Annear", "chief-constable", F, "Acting Chief Constable", "acting"),
        person("Kerensa Polglase", "commissioner", F,
               "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    ],
    notes=[
        "Grades in prose: 'requires improvement in the way it responds to the public', 'good "
        "at preventing crime and at managing offenders and suspects', 'adequate in five other "
        "areas' followed by a five-item list with a comma-bearing item. The grading-scale "
        "sentence, 'good practice' and the PCC's 'good grades' give nothing.",
        "The period is named once ('the PEEL 2023\u201325 report'); 'last looked at the force "
        "in 2022' gives no grade.",
        "The AFI is the <blockquote> after 'In one of the report's eight areas for "
        "improvement'; its question comes from the preceding paragraph on stop and search. "
        "The Acting Chief Constable's quote is about call handling, not this AFI: "
        "has_force_update false.",
        "Related stories name Avon and Somerset Constabulary and Dorset Police with no grade. "
        "The reporter is not a person fact. The cookie banner and the 2025/26 precept are "
        "distractors.",
    ]))

# t09 -- joint audit panel report, police and fire (DOCX), Staffordshire --------------------
F = "Staffordshire Police"
GOLDS.append(gold(
    "t09.docx", "response-record", [F, "West Mercia Police"], [HF],
    [insp(F, P2325)],
    grades(F, P2325, [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, RI), (MOS, G),
                      (WORK, A), (LFM, G)]),
    afis=[
        stmt(F, P2325, RESP,
             "The force should make sure that it answers 999 calls within the national standard "
             "and that non-emergency callers are not left waiting for long periods.", True),
        stmt(F, P2325, PVP,
             "The force should make sure that it refers children at risk to the multi-agency "
             "safeguarding hub without delay.", True),
        stmt(F, P2325, PVP,
             "The force should improve the quality of its risk assessments for missing children, "
             "so that the level of risk is recorded accurately.", False),
        stmt(F, P2325, PPT,
             "The force should make sure that it understands why Black people are more likely "
             "to be stopped and searched than white people in Staffordshire, and that it acts "
             "on what it finds.", True),
    ],
    people=[
        person("Naomi Whitcombe", "commissioner", F,
               "Police, Fire and Crime Commissioner for Staffordshire"),
        person("Aled Rennison", "chief-constable", F, "Chief Constable"),
        person("Lorna Pettigrew", "inspector", HF, HMI),
    ],
    also={
        "inspections": [insp(F, P2122)],
        "judgements": grades(F, P2122, [(PVP, RI)]),
        "people": [person("Hamish Dolan", "inspector", HF,
                          "His Majesty\u2019s Inspector of Fire & Rescue Services")],
    },
    notes=[
        "Table 1 puts the force's PEEL 2023\u201325 grades (left two columns) beside the fire and "
        "rescue service's round-3 grades (right two columns), under merged title cells. Only "
        "the left columns are police judgements. The fire grades, 'Future affordability: "
        "Good', the fire AFIs and the fire recommendation belong to Staffordshire Fire and "
        "Rescue Service and give nothing.",
        "'Against its 2021/22 inspection, the force\u2019s grade for protecting vulnerable people "
        "is unchanged' names no grade word for 2021/22: also_acceptable only (GOLD-FORMAT's "
        "'same grade as last year'). 'has improved' gives nothing.",
        "Police AFIs sit in the left half of table 2 with the area as a prefix ('Responding to "
        "the public: The force should ...'); the text starts at 'The force'. The 'Force "
        "position' cell is the force's update; 'Not reported this period.' is false.",
        "People: 'The Police, Fire and Crime Commissioner for Staffordshire, Naomi Whitcombe' "
        "(title-first, here with its place words as the only form given). The Chief Fire "
        "Officer is not a role in the format. Hamish Dolan is an HMICFRS inspector but of "
        "fire and rescue services, for the fire inspection: also_acceptable only.",
        "'no recommendations' and 'Neither report identified a cause of concern' give nothing. "
        "West Mercia Police is named only as a partner; 'reasonable assurance' is an audit "
        "opinion.",
    ]))

# t10 -- section 55 letter to the Home Secretary (PDF), Sussex ---------------------------
F = "Sussex Police"
GOLDS.append(gold(
    "t10.pdf", "response-record", [F, "Surrey Police"], [HF],
    [insp(F, P2325)],
    grades(F, P2325, [(PPT, G), (PREV, G), (MOS, G), (PVP, A), (WORK, A), (LFM, A),
                      (RESP, RI), (INV, RI)]),
    afis=[
        stmt(F, P2325, INV,
             "The force should make sure that it keeps victims informed about the progress of "
             "their investigations, and that it records their wishes before it closes a case.",
             True),
    ],
    recs=[
        stmt(F, P2325, RESP,
             "Within three months, the force should make sure that it has enough call handlers "
             "on duty at times of peak demand to answer emergency calls in line with the "
             "national standard.", True),
        stmt(F, P2325, RESP,
             "Within three months, the force should make sure that call handlers use a "
             "structured risk assessment for every call and record the outcome.", True),
        stmt(F, P2325, RESP,
             "Within six months, the force should make sure that callers who are waiting for "
             "police attendance are recontacted and their risk reassessed when the attendance "
             "time is missed.", False),
    ],
    coc=[
        stmt(F, P2325, RESP,
             "Sussex Police does not answer calls from the public quickly enough, and its call "
             "handlers do not always assess risk in a consistent way, so some people at risk of "
             "harm do not get the response they need.", False),
    ],
    people=[
        person("Tobias Renwick", "chief-constable", F, "Chief Constable"),
        person("Harriet Penrose-Wyatt", "commissioner", F, "Sussex Police and Crime Commissioner"),
        person("Eleanor Vass", "inspector", HF, HMI),
    ],
    notes=[
        "Grades in the letter's second paragraph: 'good for' three areas, 'adequate in' three "
        "(one with commas), 'both responding to the public and investigating crime require "
        "improvement'. The cause of concern is about calls from the public: "
        "responding-to-public, and its three recommendations take the same question.",
        "has_force_update: recommendations 1 and 2 have a 'Chief Constable\u2019s response:' "
        "(true). Recommendation 3 has only a 'Commissioner\u2019s view:' saying the work "
        "depends on later changes and that a full response has been asked for: false. The "
        "cause of concern is followed directly by the lead-in to the recommendations, with no "
        "update of its own: false. The AFI is followed by 'The Chief Constable has assured "
        "me that victim contact is now checked at every supervisory review': the force's "
        "action relayed by the PCC, true (unsure).",
        "The national report's recommendation to 'all chief constables' is not a force "
        "recommendation. 'nine areas for improvement' are only counted, except the one quoted. "
        "Surrey Police is named only as a partner; West Sussex Fire and Rescue Service and "
        "'Good practice' are distractors.",
        "People: 'the Chief Constable, Tobias Renwick' (title-first); the PCC is named only at "
        "the signature, with the title line under it; the HMI only in the cc line "
        "('Eleanor Vass, His Majesty\u2019s Inspector of Constabulary'). The Home Secretary is "
        "unnamed.",
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
