"""Write gold/ko01.json ... gold/ko10.json for corpus44 (format: shared/corpus/GOLD-FORMAT.md).

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
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
KEYS8 = [PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM]


def insp(force, period, pillar=PEEL, inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar=PEEL):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def pillar_grade(force, period, pillar, grade):
    return {"force": force, "period": period, "pillar": pillar, "question": None, "grade": grade}


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


COMMON_NOTE = (
    "Scope (GOLD-FORMAT.md): an inspection fact is a (force, period, pillar) of PEEL. Only PEEL "
    "has a period from the list (2014 ... 2023-25) and a pillar. Crime data integrity, custody "
    "(joint with HM Inspectorate of Prisons), child protection, joint targeted area inspections, "
    "thematics, super-complaint investigations and fire and rescue inspections are therefore "
    "not inspection facts, and their grades, recommendations and causes of concern are not "
    "judgements or statements. The period is the one in the inspection's name, not the year of "
    "publication.")

GOLDS = []

# ko01 -- Wiltshire Police 'Inspection reports' page (HTML accordion) ---------------------
W = "Wiltshire Police"
GOLDS.append(gold(
    "ko01.html", "national-release", [W], [HF, H],
    [insp(W, P2325, inspectorate=HF), insp(W, P2122, inspectorate=HF),
     insp(W, P1819, inspectorate=HF),
     insp(W, "2017", EFF, HF), insp(W, "2017", LEG, HF), insp(W, "2017", EFC, HF),
     insp(W, "2017", LDR, HF),
     insp(W, "2016", EFF, H), insp(W, "2016", LEG, H), insp(W, "2016", LDR, H),
     insp(W, "2016", EFC, H),
     insp(W, "2015", EFF, H), insp(W, "2015", LEG, H), insp(W, "2015", EFC, H),
     insp(W, "2014", EFC, H)],
    grades(W, P2325, [(PREV, G), (MOS, G), (RESP, RI), (INV, RI)])
    + grades(W, P2122, [(RESP, I)])
    + [pillar_grade(W, "2017", EFF, G), pillar_grade(W, "2017", LEG, G),
       pillar_grade(W, "2017", EFC, G),
       pillar_grade(W, "2016", EFF, G), pillar_grade(W, "2016", EFC, G),
       pillar_grade(W, "2015", EFF, RI), pillar_grade(W, "2015", LEG, G),
       pillar_grade(W, "2015", EFC, G)],
    people=[person("Adaeze Morrow-Lisle", "chief-constable", W, "Chief Constable")],
    also={
        "forces": ["Dorset Police"],
        "judgements": [
            {"force": W, "period": "2015", "pillar": LEG, "question": "fair-treatment-public",
             "grade": G},
            {"force": W, "period": "2017", "pillar": LEG, "question": "fair-treatment-public",
             "grade": G},
            {"force": W, "period": "2017", "pillar": LEG, "question": "fair-treatment-workforce",
             "grade": G},
        ],
    },
    notes=[
        COMMON_NOTE,
        "The page lists every report about the force. Each PEEL report listed is an inspection "
        "the document is about, graded or not: 15 PEEL inspections, from PEEL efficiency 2014 to "
        "PEEL 2023-25, including the ungraded leadership reports of 2016 and 2017, the 2016 "
        "legitimacy report (its summary has no grade word) and the 2018/19 integrated report "
        "(pillar PEEL, no grades given). Each item's meta line names its inspectorate (HMIC or "
        "HMICFRS), so each inspection carries it.",
        "Not inspections: both custody reports (joint with HM Inspectorate of Prisons), the "
        "stalking super-complaint investigation, the vetting thematic, the JTAI, the 2016 child "
        "protection inspection, the 2014 and 2017 crime data integrity inspections (the 2017 one "
        "'graded requires improvement' is not a PEEL judgement, nor is it PEEL 2021/22's "
        "crime-recording area) and 'Police integrity and corruption' 2014.",
        "2023-25: four areas are named with grades; 'adequate in the remaining four areas' names "
        "no area, so it gives nothing. Victim service 'did not grade'. 2021/22: 'inadequate at "
        "responding to the public'; the cause of concern is described, not quoted, so it is "
        "not a statement.",
        "Pillar grades 2015-2017 are whole-pillar judgements (question null). 'an improvement on "
        "its 2015 grade' names no grade; the 2015 effectiveness grade comes from its own item. "
        "'judged good at treating the public and our workforce legitimately' (2017) and 'good "
        "at treating people fairly and with respect' (2015) are the pillar summaries; the "
        "question-level readings are in also_acceptable.",
        "People: 'Chief Constable Adaeze Morrow-Lisle' is named in a related-content link. "
        "'Dorset & Wiltshire Fire and Rescue Service' names a fire service, not Dorset Police; "
        "Dorset is in also_acceptable forces only.",
        "Genre: a force's listing page; no genre fits, so national-release as for other "
        "listings. Cookie notice and 'page last reviewed' dates are distractors.",
        "The 2022 and earlier accordion panels are collapsed (<details> without 'open'); their "
        "text is one click away and is treated as visible, as on the real pages this imitates.",
    ]))

# ko02 -- Devon and Cornwall OPCC 'HMICFRS reports' register (HTML, cp1252, CRLF) ---------
DC = "Devon and Cornwall Police"
GOLDS.append(gold(
    "ko02.html", "response-record", [DC], [HF],
    [insp(DC, P2325, inspectorate=HF), insp(DC, P2122, inspectorate=HF)],
    grades(DC, P2325, [(RESP, RI), (INV, RI), (PVP, A), (PREV, G)]),
    people=[person("Rosalind Penhaligon", "commissioner", DC, "Commissioner")],
    encoding="cp1252",
    notes=[
        COMMON_NOTE,
        "The register has two PEEL rows (2023-25 and 2021/22), both inspections of the force by "
        "HMICFRS. The other nine rows (an online child sexual abuse revisit, custody joint with "
        "HM Inspectorate of Prisons, activism and impartiality, the stalking super-complaint, the "
        "rape joint inspection with HMCPSI, an accelerated cause of concern revisit, the vetting "
        "thematic, a JTAI and a Devon & Somerset fire service report) are not PEEL inspections.",
        "The grades come from the paragraph above the table: 'The most recent PEEL report, "
        "published in February 2025' is the 2023-25 row. 'Previous grades from the 2021/22 PEEL "
        "inspection can be found in that report' gives none. 'preventing and deterring crime' "
        "-> preventing-crime.",
        "The accelerated cause of concern revisit (2023) does not say which PEEL inspection it "
        "follows, and no cause of concern text is quoted.",
        "People: 'The Commissioner, Rosalind Penhaligon' (title before the name, so the title is "
        "'Commissioner'). The Chief Constable is not named. The page is windows-1252 with CRLF "
        "line endings and says so in its meta tag.",
        "Genre: a commissioner's register of responses; response-record is the nearest.",
    ]))

# ko03 -- Gloucestershire police and crime panel paper (PDF) -----------------------------
GL = "Gloucestershire Constabulary"
GOLDS.append(gold(
    "ko03.pdf", "response-record", [GL], [HF],
    [insp(GL, P2325, inspectorate=HF), insp(GL, P2122, inspectorate=HF),
     insp(GL, "2017", EFF, None)],
    grades(GL, P2325, list(zip(KEYS8, [A, G, RI, I, RI, A, A, RI])))
    + grades(GL, P2122, [(PPT, A), (PREV, A), (RESP, RI), (INV, I), (PVP, A), (MOS, G)])
    + [pillar_grade(GL, "2017", EFF, G)],
    afis=[
        stmt(GL, P2325, LFM,
             "The constabulary should improve its understanding of the demand it faces, so that "
             "it can allocate its workforce to where it is most needed."),
        stmt(GL, P2325, LFM,
             "The constabulary should make sure its change programme has clear milestones and "
             "that it measures the benefits achieved."),
    ],
    recs=[
        stmt(GL, P2325, INV,
             "Within six months, the constabulary should make sure that every investigation is "
             "allocated to an investigator with the skills and capacity to progress it, and that "
             "supervisors review each investigation at set intervals."),
        stmt(GL, P2325, INV,
             "Within six months, the constabulary should make sure it complies with the Code of "
             "Practice for Victims of Crime, recording when each victim has been updated and "
             "what they were told."),
    ],
    coc=[
        stmt(GL, P2325, INV,
             "The constabulary does not carry out effective investigations for a large "
             "proportion of the crimes reported to it, and too many victims are not kept "
             "informed or told the outcome of their case."),
    ],
    people=[
        person("Ivor Castellan-Reed", "commissioner", GL, "Commissioner"),
        person("Imogen Sallis", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Ruth Garside", "chief-constable", GL, "Chief Constable"),
    ],
    notes=[
        COMMON_NOTE,
        "PEEL 2023-25: eight grades from the table. The 2021/22 column gives six grades; the two "
        "'n/a - different area' cells give nothing. 2021/22 takes HMICFRS: the paper's context "
        "is HMICFRS reports and PEEL 2021/22 was an HMICFRS inspection named in the same table.",
        "Custody (section 4): its two causes of concern and fourteen recommendations belong to a "
        "joint custody inspection, not PEEL. The quoted cause of concern ('could not "
        "demonstrate that the use of force in custody was proportionate ...') and the quoted "
        "recommendation ('every use of force in custody is recorded ...') are left out.",
        "The national sex offender thematic's quoted recommendation is addressed to chief "
        "constables collectively: not a force recommendation. Fire service grades (good / "
        "requires improvement) and the 2019 standalone crime data integrity grade (requires "
        "improvement) are not PEEL judgements.",
        "'In the 2017 PEEL effectiveness inspection the constabulary was judged good' gives a "
        "2017 Effectiveness judgement; no inspectorate is stated for it, so null.",
        "The two AFIs are bullets under a lead-in that ends in a colon; the lead-in is the "
        "paper's own sentence, not part of the AFIs, and each bullet is a full AFI sentence. "
        "They explain the leadership and force management grade -> leadership-management. No "
        "update is given for any statement (the response is a background paper).",
        "People: 'the Commissioner, Mr Ivor Castellan-Reed' (honorific dropped, title "
        "'Commissioner'); 'His Majesty\u2019s Inspector of Constabulary, Imogen Sallis'; 'the "
        "Chief Constable, Ruth Garside'.",
        "Genre: a panel paper; response-record is the nearest.",
    ]))

# ko04 -- West Mercia chief constable's blog (Markdown) ----------------------------------
WM = "West Mercia Police"
GOLDS.append(gold(
    "ko04.md", "press-release", [WM, "Warwickshire Police"], [HF],
    [insp(WM, P2122, inspectorate=HF), insp(WM, "2017", LEG, HF)],
    grades(WM, P2122, [(RESP, I), (INV, RI)]) + [pillar_grade(WM, "2017", LEG, G)],
    recs=[
        stmt(WM, P2122, RESP,
             "Within three months, the force should make sure that it has enough trained call "
             "handlers at peak times to answer emergency calls within the national standard.",
             True),
        stmt(WM, P2122, RESP,
             "Within six months, the force should introduce a structured risk assessment for "
             "every call and audit its use each month.", True),
    ],
    coc=[
        stmt(WM, P2122, RESP,
             "The force is not answering emergency and non-emergency calls quickly enough, and "
             "it does not always assess the risk to callers accurately, which means that "
             "vulnerable people may not get the help they need.", True),
    ],
    people=[
        person("Tobias Wrenfield", "chief-constable", WM, "Chief Constable"),
        person("Harriet Osei", "chief-constable", WM, "Deputy Chief Constable", "deputy"),
    ],
    also={"inspections": [insp(WM, P2325, inspectorate=HF)]},
    notes=[
        COMMON_NOTE,
        "The revisit is a follow-up of the PEEL 2021/22 cause of concern, not a new inspection "
        "(the blog says so): the inspection is 2021/22. The cause of concern and its two "
        "recommendations are quoted 'as the inspectorate set out in 2022' -> 2021/22, "
        "responding-to-public.",
        "has_force_update: true for all three. The Chief Constable's 'What we have done' section "
        "is the force's own account of progress against them (call handlers -> recommendation "
        "1; THRIVE+ risk assessment and audit -> recommendation 2; the cause of concern closed). "
        "Unsure: a reader who wants an update directly under each item would mark only the "
        "last true.",
        "Custody (eleven recommendations), the Herefordshire JTAI and the vetting thematic are "
        "not PEEL. 'crime data integrity inspection in 2018 graded us requires improvement' is a "
        "standalone inspection: no judgement.",
        "'we were last graded under the old pillar system in 2017, when HMICFRS judged West "
        "Mercia good for legitimacy' gives a 2017 Legitimacy judgement with HMICFRS. The 2023-25 "
        "inspection is only expected ('expected to begin this autumn'), so it is in "
        "also_acceptable.",
        "Warwickshire Police is a former partner, named in passing. People: the author (front "
        "matter 'Chief Constable Tobias Wrenfield') and 'Deputy Chief Constable Harriet Osei' "
        "in a related-post link.",
        "Genre: a force blog post; press-release is the nearest.",
    ]))

# ko05 -- Dorset PCC performance report with regulatory findings appendix (DOCX) ----------
D = "Dorset Police"
GOLDS.append(gold(
    "ko05.docx", "response-record", [D], [HF],
    [insp(D, P2325, inspectorate=HF)],
    grades(D, P2325, list(zip(KEYS8, [G, O, G, A, G, G, G, A]))),
    afis=[
        stmt(D, P2325, INV,
             "The force should make sure that investigation plans are recorded for all crimes "
             "that are allocated for investigation, and that supervisors review them.", True),
        stmt(D, P2325, INV,
             "The force should improve how it uses outcome 16 (victim does not support action) "
             "in domestic abuse cases, and consider evidence-led prosecutions more often.", True),
        stmt(D, P2325, LFM,
             "The force should make sure it has a reliable understanding of the demand on its "
             "investigative teams, so that it can match resources to that demand.", False),
        stmt(D, P2325, RESP,
             "The force should reduce the number of non-emergency calls that are abandoned.", True),
    ],
    people=[
        person("Hugo Ventham", "commissioner", D, "Police and Crime Commissioner for Dorset"),
        person("Owen Tallis", "chief-constable", D, "Deputy Chief Constable", "deputy"),
    ],
    also={
        "forces": ["Wiltshire Police"],
        "inspections": [insp(D, P2122, inspectorate=None)],
        "judgements": grades(D, P2122, [(PREV, O)]),
    },
    notes=[
        COMMON_NOTE,
        "Table C2 (title row merged across both columns, 'Dorset Police - PEEL 2023-25 "
        "(HMICFRS)') gives eight grades. Table C1's other rows are not PEEL: the custody "
        "inspection, the fire and rescue service row ('Effectiveness: Good. Efficiency: Good. "
        "People: Requires improvement' are fire pillars, not police ones), the 2018 crime data "
        "integrity inspection ('Good'), the vetting thematic and an internal audit ('Limited "
        "assurance').",
        "'graded outstanding at preventing crime, as it was in 2021/22' states the 2021/22 grade "
        "only by reference ('as it was'), like 'the same grade as last year': also_acceptable.",
        "Table C3: has_force_update is true where the progress cell gives progress; AFI 3's cell "
        "is '\u2013', so false. 'Area' cells give the question.",
        "People: the PCC signs the foreword with the title on the next line ('Police and Crime "
        "Commissioner for Dorset'); 'Deputy Chief Constable Owen Tallis' is a person with "
        "qualifier deputy; Assistant Chief Constable Si\u00e2n Ferrow is not a person fact. The "
        "Chief Constable is not named. The Word header 'OFFICIAL' and footer are not body text.",
        "'Dorset & Wiltshire Fire and Rescue Service' names a fire service; Wiltshire Police is "
        "in also_acceptable forces only. 'remains good' (crime recording practice) is a "
        "distractor.",
        "Genre: a commissioner's performance report; response-record is the nearest.",
    ]))

# ko06 -- Avon and Somerset timeline graphic (PDF) ---------------------------------------
AS = "Avon and Somerset Constabulary"
ins6, j6 = [], []
for period, who, pairs in [
        ("2014", H, [(EFF, G), (EFC, G)]),
        ("2015", H, [(EFF, G), (EFC, G), (LEG, G)]),
        ("2016", H, [(EFF, G), (EFC, O), (LEG, G), (LDR, None)]),
        ("2017", HF, [(EFF, G), (EFC, O), (LEG, G)]),
        (P1819, HF, [(EFF, G), (EFC, O), (LEG, G)])]:
    for pillar, gr in pairs:
        ins6.append(insp(AS, period, pillar, who))
        if gr:
            j6.append(pillar_grade(AS, period, pillar, gr))
ins6 += [insp(AS, P2122, inspectorate=HF), insp(AS, P2325, inspectorate=HF)]
j6 += grades(AS, P2122, [(PREV, G), (RESP, A), (INV, RI), (PVP, A), (WORK, G), (LFM, O)])
j6 += grades(AS, P2325, list(zip(KEYS8, [G, G, A, RI, A, G, G, G])))
GOLDS.append(gold(
    "ko06.pdf", "national-release", [AS], [H, HF], ins6, j6,
    also={"inspections": [insp(AS, P1819, PEEL, HF)]},
    notes=[
        COMMON_NOTE,
        "A timeline of cards in a CSS grid (two rows of six). Solid cards are PEEL; dashed cards "
        "(crime data integrity 2014 'Not graded' and 2018 'Requires improvement', national child "
        "protection 2016, custody 2019 with HM Inspectorate of Prisons, the 2021 super-complaint) "
        "are not PEEL and give nothing. Each card title names its inspectorate.",
        "2014: effectiveness and efficiency only ('Legitimacy was not graded in 2014' gives no "
        "inspection). 2016 leadership is a PEEL inspection, 'Not graded'.",
        "2018/19 pillar grades are judgements with pillars Effectiveness / Efficiency / "
        "Legitimacy and period 2018/19, each with its pillar inspection (as corpus13 q08); the "
        "integrated PEEL 2018/19 inspection is in also_acceptable. The card's year (2019) is the "
        "publication year; the period is 2018/19. Likewise the 2021/22 card sits at 2022 and the "
        "2023-25 card at 2025.",
        "2021/22 names six of the eleven areas ('Five further areas - see report' gives nothing). "
        "'Developing a positive workplace' -> workforce; 'Good use of resources' -> "
        "leadership-management, graded Outstanding (the 'Good' in its name is not a grade).",
        "The legend lists the whole grading scale and gives nothing. Avon Fire and Rescue "
        "Service and Devon & Somerset Fire and Rescue Service are in the footnote only.",
        "Genre: a force infographic; national-release as for other listings.",
    ]))

# ko07 -- Staffordshire Commissioner's tracker export (CSV, cp1252, CRLF) ------------------
ST = "Staffordshire Police"
GOLDS.append(gold(
    "ko07.csv", "response-record", [ST], [HF],
    [insp(ST, P2325, inspectorate=HF), insp(ST, P2122, inspectorate=HF)],
    grades(ST, P2325, [(INV, RI), (PVP, A), (RESP, G)]),
    afis=[
        stmt(ST, P2325, INV,
             "The force should make sure that it carries out thorough initial investigations, so "
             "that evidence is not lost.", True),
        stmt(ST, P2325, INV,
             "The force should improve the quality of supervision of investigations.", False),
        stmt(ST, P2325, PVP,
             "The force should make sure that officers complete a risk assessment at every "
             "domestic abuse incident and that the assessment is reviewed by a supervisor.", True),
        stmt(ST, P2325, RESP,
             "The force should make sure it records the vulnerability of callers consistently in "
             "its call handling system.", True),
        stmt(ST, P2122, LFM,
             "The force should develop a workforce plan that sets out the skills it will need "
             "over the next five years.", True),
    ],
    encoding="cp1252",
    notes=[
        COMMON_NOTE,
        "Only the PEEL rows (P23-01 to P23-04, P21-07) are facts. The custody cause of concern "
        "and recommendation (C25-01, C25-02), the 2019 crime data integrity recommendation and "
        "its 'Requires improvement' grade (CDI-19-02), the vetting thematic and stalking "
        "super-complaint recommendations to chief constables (T22-11, SC24-03) and the "
        "Staffordshire Fire and Rescue Service AFIs and grades (F23-04, F23-05) are not.",
        "Judgements: the 'Grade (where given)' column states the PEEL 2023-25 grade of each AFI "
        "row's area (investigating crime RI, protecting vulnerable people adequate, responding "
        "to the public good). P21-07's grade cell is empty. 'Good use of resources' (2021/22) -> "
        "leadership-management.",
        "has_force_update: true where 'Latest update' is filled; P23-02's is empty.",
        "The inspectorate cell says HMICFRS for every PEEL row. No person is named (owners are "
        "posts). The file is windows-1252 (en dashes in '2023\u201325') with CRLF line endings; "
        "the trailing note row is not data.",
        "check_gold needs a space on each side of a statement, which a quoted CSV cell never "
        "has, so text/ko07.csv renders the same rows with tab-separated cells for the check.",
        "Genre: a commissioner's tracker; response-record.",
    ]))

# ko08 -- Leicestershire joint audit, risk and assurance panel paper (DOCX) ----------------
L = "Leicestershire Police"
GOLDS.append(gold(
    "ko08.docx", "response-record", [L], [HF],
    [insp(L, P2325, inspectorate=HF),
     insp(L, "2017", EFC, HF), insp(L, "2017", LEG, HF), insp(L, "2017", EFF, HF)],
    grades(L, P2325, list(zip(KEYS8, [A, G, G, A, G, O, G, G])))
    + [pillar_grade(L, "2017", EFC, G), pillar_grade(L, "2017", LEG, G),
       pillar_grade(L, "2017", EFF, RI)],
    afis=[
        stmt(L, P2325, PPT,
             "The force should make sure that the reasons for using force are recorded on every "
             "occasion, and that the data is reviewed by its external scrutiny panel.", True),
        stmt(L, P2325, INV,
             "The force should make sure that victims are told when their case is closed and "
             "why.", True),
        stmt(L, P2325, PPT,
             "The force should improve how it engages with young people and communities who have "
             "less trust in the police.", False),
    ],
    people=[
        person("Lionel Farquharson", "inspector", HF,
               "His Majesty\u2019s Inspector of Constabulary"),
        person("Ayesha Rattray-Moss", "commissioner", L, "Police and Crime Commissioner"),
        person("Robert Anstey-Kerr", "chief-constable", L, "Chief Constable"),
    ],
    also={
        "inspections": [insp(L, P2122, inspectorate=HF), insp(L, P1819, inspectorate=HF)],
        "judgements": grades(L, P2122, [(PREV, G), (PVP, G)]),
    },
    notes=[
        COMMON_NOTE,
        "PEEL 2023-25: eight grades in the coloured table. The 'Change since PEEL 2021/22' "
        "column uses arrows only: '\u2194 same grade' for preventing crime and protecting "
        "vulnerable people implies a 2021/22 grade of good without stating it (like 'the same "
        "grade as last year'), so those two and the 2021/22 inspection are in also_acceptable. "
        "'\u2191'/'\u2193' imply no particular grade.",
        "Paragraph 4 gives the 2017 pillar grades (efficiency good, legitimacy good, "
        "effectiveness 'required improvement'), HMICFRS. 'inspected under the integrated PEEL "
        "model since 2018/19' names no single inspection: the 2018/19 inspection is in "
        "also_acceptable.",
        "The PEEL spotlight report on anti-social behaviour is national: its recommendation to "
        "all chief constables is not a force recommendation. The custody report (joint with HM "
        "Inspectorate of Prisons) is not PEEL. The group-based CSE thematic is national.",
        "AFIs: each is in Word's 'Intense Quote' style under a bold 'AFI n - Area' label and is "
        "followed by 'Force position:'. AFI 6's position says only that it will be reported in "
        "September 2025, which is no update: false. Unsure: a grader could count any 'Force "
        "position' as an update.",
        "People: 'His Majesty\u2019s Inspector of Constabulary Lionel Farquharson'; 'The Police "
        "and Crime Commissioner, Ayesha Rattray-Moss'; 'Chief Constable Robert Anstey-Kerr' in "
        "the contact line. The cover table's 'Report of: Chief Constable' names nobody.",
        "Genre: a joint audit panel paper; response-record.",
    ]))

# ko09 -- West Midlands Police FOI response (PDF) ----------------------------------------
WMP = "West Midlands Police"
ins9, j9 = [], []
for period, pillar, who, gr in [
        ("2014", EFC, H, G),
        ("2015", EFC, H, G), ("2015", EFF, H, RI), ("2015", LEG, H, G),
        ("2016", EFC, H, G), ("2016", LEG, H, RI), ("2016", LDR, H, None), ("2016", EFF, H, G),
        ("2017", EFC, HF, G), ("2017", LEG, HF, G), ("2017", EFF, HF, G),
        (P1819, EFF, HF, RI), (P1819, EFC, HF, G), (P1819, LEG, HF, G)]:
    ins9.append(insp(WMP, period, pillar, who))
    if gr:
        j9.append(pillar_grade(WMP, period, pillar, gr))
ins9 += [insp(WMP, P2122, inspectorate=HF), insp(WMP, P2325, inspectorate=HF)]
j9 += grades(WMP, P2122, [(INV, RI)])
GOLDS.append(gold(
    "ko09.pdf", "national-release", [WMP], [HF, H], ins9, j9,
    also={"inspections": [insp(WMP, P1819, PEEL, HF), insp(WMP, "2017", LDR, HF)]},
    notes=[
        COMMON_NOTE,
        "The table's first column is the year of publication; the period comes from the report "
        "title ('PEEL: Police effectiveness 2015' published in 2016 -> 2015; 'Police "
        "effectiveness 2017' published in 2018 -> 2017). Each row names its inspectorate.",
        "Not PEEL: crime data integrity 2014 ('Not graded') and 2018 ('Requires improvement'), "
        "the 2014 domestic abuse inspection, national child protection 2015, both custody "
        "inspections (with HM Inspectorate of Prisons), the Birmingham JTAI, the 'Safe to "
        "share?' super-complaint, the vetting thematic and activism and impartiality.",
        "2018/19: the grade cell gives three pillar grades -> pillar judgements and pillar "
        "inspections; the integrated PEEL 2018/19 inspection is in also_acceptable (as ko06).",
        "2021/22: 'good in three, adequate in five and requires improvement in one (investigating "
        "crime)' names only investigating crime; the counts give nothing.",
        "2023-25: 'Fieldwork complete - report not yet published'. The inspection has taken "
        "place and is listed, so it is an inspection with no judgement.",
        "Note 2 says the 2017 leadership report was combined with efficiency: that 2017 "
        "leadership inspection is in also_acceptable. The 2016 leadership report is a listed, "
        "'Not graded' PEEL inspection.",
        "No person is named (the letter is signed by the FOI officer's post). 'Cheshire SK9 5AF' "
        "is the Information Commissioner's address, not Cheshire Constabulary. West Midlands "
        "Fire Service is not a police force.",
        "Genre: an FOI response listing; national-release as for other listings.",
    ]))

# ko10 -- Warwickshire PCC annual report chapter (DOCX) -----------------------------------
WK = "Warwickshire Police"
GOLDS.append(gold(
    "ko10.docx", "response-record", [WK, WM], [HF],
    [insp(WK, P2325, inspectorate=HF), insp(WK, P2122, inspectorate=HF)],
    grades(WK, P2325, [(PPT, G), (RESP, G), (MOS, G), (LFM, G), (INV, A), (PREV, A),
                       (WORK, A), (PVP, RI)])
    + grades(WK, P2122, [(INV, I)]),
    afis=[
        stmt(WK, P2325, PVP,
             "The force should make sure that it uses all the legal powers available to it, "
             "including domestic abuse protection notices and orders, to protect victims of "
             "domestic abuse.", True),
    ],
    people=[
        person("Eleanor Gadsby-Walsh", "commissioner", WK,
               "Police and Crime Commissioner for Warwickshire"),
        person("Alexandra Kyte-Morgan", "chief-constable", WK, "Chief Constable"),
    ],
    notes=[
        COMMON_NOTE,
        "PEEL 2023-25 grades are all in prose: 'graded good in four areas: police powers and "
        "public treatment, responding to the public, managing offenders and suspects, and "
        "leadership and force management'; 'Investigating crime has moved from inadequate to "
        "adequate'; 'also judged adequate at preventing crime and in building, supporting and "
        "protecting its workforce'; 'Protecting vulnerable people was graded requires "
        "improvement'.",
        "2021/22: 'the 2021/22 report, when the force was graded inadequate for investigating "
        "crime' (and 'moved from inadequate'). HMICFRS: the same paragraph speaks of 'the "
        "inspectorate's Engage process' for it.",
        "The AFI is in Word's 'Quote' style after a lead-in ending in a colon that belongs to "
        "the report, not the AFI. The Chief Constable's reported figures that follow are the "
        "force's update: true.",
        "The custody recommendation in a 'List Bullet' paragraph ('all detainees are offered a "
        "copy of their rights ...') belongs to the joint custody inspection: not a PEEL "
        "recommendation. 'no recommendations to the force and identified no cause of concern' "
        "gives nothing. Fire service grades (good / requires improvement) are not police "
        "judgements. 'good practice' and the five-point scale sentence are distractors.",
        "West Mercia Police is named as a former partner, with no grade. People: the PCC signs "
        "the opening quote name-first ('Eleanor Gadsby-Walsh, Police and Crime Commissioner for "
        "Warwickshire'); 'The Chief Constable, Alexandra Kyte-Morgan'.",
        "Genre: a commissioner's annual report; response-record is the nearest.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", path)


if __name__ == "__main__":
    main()
