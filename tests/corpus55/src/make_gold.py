"""Write gold/kz01.json ... gold/kz10.json for corpus55 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
HF = "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI = "crime-recording"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
RSQ = "\u2019"  # curly apostrophe as printed in the PDFs and HTML

LANC, KENT, HUMB = "Lancashire Constabulary", "Kent Police", "Humberside Police"
DERB, CLEV, CUMB = "Derbyshire Constabulary", "Cleveland Police", "Cumbria Constabulary"


def insp(force, period, pillar="PEEL", inspectorate=HF):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


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


HMI_C = "His Majesty" + RSQ + "s Inspector of Constabulary"     # curly (PDF / HTML)
HMI_S = "His Majesty's Inspector of Constabulary"              # straight (Word)
HERMI_C = "Her Majesty" + RSQ + "s Inspector of Constabulary"
HERMI_S = "Her Majesty's Inspector of Constabulary"

# Grades used across the corpus (one source of truth, so documents agree)
LANC_2325 = [(PPT, G), (PREV, G), (RESP, O), (INV, G), (PVP, A), (MOS, G), (WORK, A), (LFM, G)]
KENT_2325 = [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, G), (MOS, G), (WORK, G), (LFM, A)]
DERB_2325 = [(PPT, G), (PREV, A), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (WORK, G), (LFM, A)]
CLEV_2122 = [(PPT, I), (PREV, I), (RESP, I), (INV, RI), (PVP, I), (MOS, RI), (WORK, I), (LFM, I), (CDI, RI)]
CUMB_2325 = [(PPT, G), (PREV, G), (RESP, G), (INV, A), (PVP, RI), (MOS, A), (WORK, G), (LFM, G)]
HUMB_2325 = [(PPT, O), (PREV, G), (RESP, G), (INV, G), (PVP, O), (MOS, G), (WORK, O), (LFM, G)]
HUMB_2122 = [(PPT, O), (PREV, O), (RESP, G), (INV, G), (PVP, G), (MOS, O), (WORK, O), (LFM, G), (CDI, G)]

GOLDS = []

# kz01 -- Lancashire PEEL 2023-25 full report (PDF, 14 pages) ----------------------------
F = LANC
GOLDS.append(gold(
    "kz01.pdf", "peel-report-2021", [F, CUMB], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, LANC_2325) + grades(F, P2122, [(RESP, G)]),
    afis=[
        stmt(F, P2325, PPT, "The force should make sure that its officers record the reasons for each stop "
             "and search in enough detail for a supervisor to judge whether the grounds were reasonable."),
        stmt(F, P2325, INV, "The force should make sure that victims" + RSQ + " decisions to withdraw support for "
             "an investigation are recorded with their reasons, and that an evidence-led prosecution is "
             "considered where appropriate."),
        stmt(F, P2325, PVP, "The force should improve how it manages the risk to children who go missing from "
             "home or care, so that: a return home interview is offered to every child within 72 hours of "
             "their return; information from the interview is shared with the officer reviewing the case; "
             "and repeat episodes are identified and escalated to a supervisor."),
        stmt(F, P2325, PVP, "The force should make sure that supervisors review domestic abuse risk "
             "assessments within the time set in its own policy."),
        stmt(F, P2325, WORK, "The force should make sure that its wellbeing support reaches staff working in "
             "the force control room, including those who work night shifts."),
    ],
    people=[
        person("Gideon Farrant-Lowe", "inspector", HF, HMI_C),
        person("Sasha Merridew", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The judgements table has one column per grade (Outstanding | Good | Adequate | Requires improvement "
        "| Inadequate) and the areas sit in the cells below; the RI and Inadequate cells are empty. Each area "
        "chapter repeats its grade on a line of its own.",
        "'When we last inspected the force, in 2021/22, we graded it as good in this area' (responding) gives "
        "a 2021/22 judgement.",
        "AFI 3 is a lead-in ending 'so that:' plus three bullets, joined into one statement.",
        "Distractors: the five-point scale in 'About our inspection'; 'promising practice' and 'innovative "
        "practice' boxes with 'good example'/'good work'; Lancashire Fire and Rescue Service 'judged ... good' "
        "(a fire inspection); 'We have not found a cause of concern'; victim service not graded. Cumbria "
        "Constabulary appears only in the call-answering data: no inspection, no grade.",
    ]))

# kz02 -- Kent PEEL 2023-25 report web page (HTML) ----------------------------------------
F = KENT
GOLDS.append(gold(
    "kz02.html", "peel-report-2021", [F], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, KENT_2325) + grades(F, P2122, [(RESP, A)]),
    afis=[
        stmt(F, P2325, PPT, "The force should improve how it uses the feedback of its external scrutiny "
             "panels, so that the lessons they identify are shared with the officers who use force."),
        stmt(F, P2325, INV, "The force should make sure that investigation plans are recorded on all crime "
             "reports and that they are reviewed by a supervisor at regular intervals."),
        stmt(F, P2325, INV, "The force should improve the timeliness with which it examines digital devices, "
             "so that investigations are not delayed."),
        stmt(F, P2325, LFM, "The force should make sure that it understands the demand in its control room, so "
             "that it can plan its workforce accordingly."),
    ],
    recs=[
        stmt(F, P2325, RESP, "Within six months, the force should: increase the number of trained call handlers "
             "so that it meets the national standard for answering emergency calls; make sure that call "
             "handlers use a structured process to assess risk and vulnerability for every call; and reduce "
             "the number of non-emergency calls that are abandoned before they are answered."),
    ],
    coc=[
        stmt(F, P2325, RESP, "Kent Police isn" + RSQ + "t answering emergency and non-emergency calls quickly "
             "enough, and it doesn" + RSQ + "t always assess the risk to callers properly. This means that some "
             "vulnerable people may not get the help they need when they first contact the police."),
    ],
    people=[
        person("Philippa Okonedo-Marsh", "inspector", HF, HMI_C),
        person("Owain Thackeray", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Grades appear on cards ('area' + grade span) and again in the <summary> of each open <details> "
        "accordion ('Investigating crime \u2013 Adequate'). All accordions are open, so a browser shows them.",
        "'In 2021/22 we graded Kent Police as adequate at responding to the public' gives a 2021/22 judgement.",
        "The single recommendation is a lead-in 'Within six months, the force should:' plus three bullets, "
        "joined into one statement (GOLD-FORMAT convention).",
        "Distractors: the grading-scale sentence with 'outstanding', 'adequate', 'requires improvement', "
        "'inadequate' in italics; 'innovative practice' with 'good use of resources'; Kent Fire and Rescue "
        "Service 'judged good'; cookie notice date; 'Police force: Kent' meta line.",
        "The Police and Crime Commissioner is only linked, unnamed: no person.",
    ]))

# kz03 -- Derbyshire PEEL 2023-25 report (PDF, 10 pages) ----------------------------------
F = DERB
DERB_COC = ("Derbyshire Constabulary doesn" + RSQ + "t investigate crime well enough. Investigations are often "
            "allocated to officers without the right training, supervision is inconsistent, and too many "
            "victims are not updated about their case.")
GOLDS.append(gold(
    "kz03.pdf", "peel-report-2021", [F, HUMB, CLEV], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, DERB_2325) + grades(F, P2122, [(INV, A)]),
    afis=[
        stmt(F, P2325, PREV, "The force should evaluate its problem-solving activity so that it understands "
             "which approaches reduce crime and antisocial behaviour, and share what it learns."),
        stmt(F, P2325, RESP, "The force should make sure that its control room staff record the vulnerability "
             "of callers consistently, using the THRIVE model."),
        stmt(F, P2325, PVP, "The force should make sure it makes timely applications for domestic violence "
             "protection notices and orders where they would protect victims."),
        stmt(F, P2325, LFM, "The force should make sure its plans for the control room and investigations "
             "workforce are based on a full understanding of current and future demand."),
    ],
    recs=[
        stmt(F, P2325, INV, "Within six months, the force should make sure that investigations are allocated to "
             "officers and staff who have the training and experience to carry them out."),
        stmt(F, P2325, INV, "Within six months, the force should make sure that supervisors review "
             "investigations at set intervals and record clear instructions for what should be done next."),
        stmt(F, P2325, INV, "Within nine months, the force should make sure that victims receive regular updates "
             "on the progress of their investigation, in line with the Code of Practice for Victims of Crime."),
    ],
    coc=[stmt(F, P2325, INV, DERB_COC)],
    people=[
        person("Tamsin Vardy", "inspector", HF, HMI_C),
        person("Rachel Dunleavy", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Grades table 'Area of policing | Grade | Direction since our last inspection'. The arrows, dashes and "
        "'New area' in the third column name no 2021/22 grade, so they give no judgement.",
        "'In 2021/22 we judged the force to be adequate at investigating crime' gives one 2021/22 judgement.",
        "The cause of concern sits in its own chapter; its note says it relates to 'Investigating crime', so "
        "it and its three recommendations take investigating-crime.",
        "Humberside Police and Cleveland Police appear only with call-answering percentages: forces, no "
        "inspection. 'Promising practice ... looks like good practice', 'a balanced budget for 2025/26', the "
        "five-point scale in 'About the data' and Derbyshire Fire and Rescue Service are distractors. The "
        "'Engage phase' sentence gives no fact.",
    ]))

# kz04 -- Derbyshire Engage letter (DOCX) -------------------------------------------------
GOLDS.append(gold(
    "kz04.docx", "peel-report-2021", [F], [HF],
    [insp(F, P2325)],
    grades(F, P2325, [(INV, RI), (PPT, G), (WORK, G)]),
    coc=[stmt(F, P2325, INV, DERB_COC)],
    people=[
        person("Tamsin Vardy", "inspector", HF, HMI_S),
        person("Rachel Dunleavy", "chief-constable", F, "Chief Constable"),
        person("Colm Arkwright", "commissioner", F, "Police and Crime Commissioner for Derbyshire"),
    ],
    notes=[
        "An HMI's letter, not a report; genre peel-report-2021 is the nearest fit (an inspectorate document "
        "about one force's 2023-25 inspection).",
        "'graded the force as requiring improvement at investigating crime' and 'its grades of good for police "
        "powers and public treatment and for building, supporting and protecting the workforce' give three "
        "judgements. 'The force's other grades' is not a grade.",
        "The cause of concern is quoted in Word's Quote style, word for word as in kz03; the recommendations "
        "are only counted ('I do not repeat them here'). No force update.",
        "The letterhead (HMICFRS name and address) is in the Word page header, which is not body text; the "
        "body names HMICFRS ('HMICFRS monitors ...'). Assistant Chief Constable Hugh Penrose is not a person "
        "fact. The commissioner's title follows his name, so it is kept in full.",
    ]))

# kz05 -- Cleveland PEEL 2021/22 report (PDF) ---------------------------------------------
F = CLEV
CLEV_COC1 = ("The force doesn" + RSQ + "t answer calls from the public quickly enough, and it doesn" + RSQ + "t "
             "assess the risk to callers well enough to make sure that those who are most vulnerable get a "
             "prompt response.")
CLEV_R1 = ("Within three months, the force should make sure that it has enough call handlers on each shift to "
           "answer emergency calls within the national standard.")
CLEV_R2 = ("Within three months, the force should introduce a structured risk assessment for all calls and make "
           "sure that call handlers are trained to use it.")
GOLDS.append(gold(
    "kz05.pdf", "peel-report-2021", [F], [HF],
    [insp(F, P2122), insp(F, P1819, "Effectiveness"), insp(F, P1819, "Efficiency"),
     insp(F, P1819, "Legitimacy")],
    grades(F, P2122, CLEV_2122)
    + grades(F, P1819, [(None, I)], "Effectiveness") + grades(F, P1819, [(None, I)], "Efficiency")
    + grades(F, P1819, [(None, I)], "Legitimacy"),
    afis=[
        stmt(F, P2122, PPT, "The force should improve how it engages with communities that have historically "
             "had low levels of trust in the police."),
        stmt(F, P2122, MOS, "The force should make sure that the risk assessments of registered sex offenders "
             "are completed on time, and that the backlog of visits is cleared."),
        stmt(F, P2122, WORK, "The force should make sure that officers and staff have the time and the support "
             "they need to complete mandatory training."),
        stmt(F, P2122, LFM, "The force should improve its understanding of the demand it faces and use this to "
             "plan its workforce."),
        stmt(F, P2122, CDI, "The force should make sure that reports of violence against the person are recorded "
             "as crimes within 24 hours, in line with the Home Office Counting Rules."),
    ],
    recs=[
        stmt(F, P2122, RESP, CLEV_R1),
        stmt(F, P2122, RESP, CLEV_R2),
        stmt(F, P2122, PVP, "Within six months, the force should make sure that officers identify children at "
             "risk of exploitation and refer them to partner agencies without delay."),
        stmt(F, P2122, PVP, "Within six months, the force should make sure that domestic abuse risk assessments "
             "are completed for every incident and reviewed by a supervisor."),
    ],
    coc=[
        stmt(F, P2122, RESP, CLEV_COC1),
        stmt(F, P2122, PVP, "The force isn" + RSQ + "t doing enough to identify and protect vulnerable people, "
             "including children at risk of exploitation and victims of domestic abuse."),
    ],
    people=[
        person("Ewan Castlereagh", "inspector", HF, HERMI_C),
        person("Ruairi Denholm", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "PEEL 2021/22 shape: a two-column table with one row per grade (Outstanding ... Inadequate) and the "
        "areas listed in the right-hand cell; three rows say 'No areas'. 2021/22 names: 'Engaging with and "
        "treating the public with fairness and respect' -> treatment-of-public, 'Developing a positive "
        "workplace' -> workforce, 'Good use of resources' -> leadership-management (its 'Good' is not a "
        "grade), 'Recording data about crime' -> crime-recording.",
        "'when we inspected it in 2018/19 we graded it as inadequate for effectiveness, for efficiency and for "
        "legitimacy' gives three pillar judgements for 2018/19, each with its own pillar inspection. The "
        "integrated PEEL 2018/19 inspection is in also_acceptable.",
        "Disrupting serious organised crime is 'inspected separately': no grade. Victim service is not graded. "
        "Cleveland Fire Brigade 'judged good' is a fire inspection. 'good practice' in the grades note is a "
        "distractor.",
        "Cause-of-concern headings carry the area ('Cause of concern 1: Responding to the public'), which gives "
        "the question of each cause of concern and its recommendations.",
        "The 2021/22 report predates September 2022, so the HMI is 'Her Majesty's Inspector of Constabulary'.",
    ],
    also={"inspections": [insp(F, P1819)]}))

# kz06 -- Cleveland accelerated cause of concern revisit letter (DOCX, 2022) ---------------
GOLDS.append(gold(
    "kz06.docx", "peel-report-2021", [F], [],
    [insp(F, P2122, inspectorate=None)],
    grades(F, P2122, [(RESP, I)]),
    recs=[stmt(F, P2122, RESP, CLEV_R1), stmt(F, P2122, RESP, CLEV_R2)],
    coc=[stmt(F, P2122, RESP, CLEV_COC1)],
    people=[
        person("Ewan Castlereagh", "inspector", HF, HERMI_S),
        person("Imogen Pask", "chief-constable", F, "Acting Chief Constable", "acting"),
        person("Harold Tennant", "commissioner", F, "Police and Crime Commissioner for Cleveland"),
    ],
    notes=[
        "Letter, genre peel-report-2021 as the nearest fit.",
        "'graded the force as inadequate in six areas of policing, including responding to the public' names "
        "only one of the six areas, so it gives one judgement (as corpus13 q10's 'three areas, including ...').",
        "The body never names the inspectorate: the full name is only in the Word page header, and the HMI's "
        "title does not count. So inspectorates is empty and the inspection's inspectorate is null.",
        "The two recommendations sit in the first column of a 'Recommendation | What we found | Status' table. "
        "'What we found' is the inspectorate's own finding, and the merged note row says the force's own "
        "account of progress 'has not been reproduced here', so has_force_update is false. Unsure: a grader "
        "could read the findings column as an update.",
        "Acting Chief Constable -> qualifier acting. The commissioner's title follows his name, kept in full.",
        "The second cause of concern (protecting vulnerable people) is mentioned but not quoted: no fact.",
    ]))

# kz07 -- Humberside force page (HTML) ----------------------------------------------------
F = HUMB
GOLDS.append(gold(
    "kz07.html", "national-release", [F, CLEV, DERB, LANC], [HF],
    [insp(F, P2325), insp(F, P2122), insp(F, P1819, "Effectiveness"), insp(F, P1819, "Efficiency"),
     insp(F, P1819, "Legitimacy")],
    grades(F, P2325, HUMB_2325) + grades(F, P2122, HUMB_2122)
    + grades(F, P1819, [(None, G)], "Effectiveness") + grades(F, P1819, [(None, G)], "Efficiency")
    + grades(F, P1819, [(None, G)], "Legitimacy"),
    people=[
        person("Tamsin Vardy", "inspector", HF, HMI_C),
        person("Ifeoma Castleton", "chief-constable", F, "Chief Constable"),
        person("Gregory Salt", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "An inspectorate force page: no genre fits exactly; national-release as for corpus13's listing pages. "
        "Unsure: peel-report-2021 is also defensible.",
        "Three grade tables: 2023-25 (8 areas), 2021/22 (9 areas with 2021/22 names, including 'Good use of "
        "resources' -> leadership-management and 'Recording data about crime' -> crime-recording) and 2018/19 "
        "pillars (Effectiveness, Efficiency, Legitimacy, question null). The integrated PEEL 2018/19 inspection "
        "is in also_acceptable.",
        "Not facts: PEEL 2025-27 (no grades; also not a period the schema has); the standalone 2019 crime data "
        "integrity inspection 'graded good' (no PEEL period); Humberside Fire and Rescue Service grades; "
        "the two scales described in prose. Cleveland, Derbyshire and Lancashire are 'most similar forces' "
        "in the sidebar: forces only.",
        "People from the 'Force facts' sidebar are 'label: name', so the title is the label.",
    ],
    also={"inspections": [insp(F, P1819)]}))

# kz08 -- PEEL spotlight report extract (TXT, cp1252, CRLF) --------------------------------
GOLDS.append(gold(
    "kz08.txt", "national-release", [HUMB, KENT, LANC, DERB, CUMB, CLEV], [HF],
    [insp(HUMB, P2325), insp(KENT, P2325), insp(LANC, P2325), insp(DERB, P2325), insp(CUMB, P2325)],
    grades(HUMB, P2325, [(PVP, O)]) + grades(KENT, P2325, [(PVP, G)]) + grades(LANC, P2325, [(PVP, A)])
    + grades(DERB, P2325, [(PVP, A)]) + grades(CUMB, P2325, [(PVP, RI)]),
    people=[person("Lionel Brathwaite", "inspector", HF, "His Majesty" + RSQ + "s Chief Inspector of Constabulary")],
    encoding="cp1252",
    notes=[
        "Windows-1252 with CRLF line endings (curly quotes and en dashes).",
        "Table 1 is a space-aligned text table whose caption names the area (protecting vulnerable people); "
        "prose repeats Humberside's and Cumbria's grades.",
        "Not facts: the national counts ('a small number were outstanding ...'); Lancashire's 'area for "
        "improvement about ...' (paraphrase, not its text); the two recommendations addressed to all chief "
        "constables and to national bodies, which the report says are not recommendations to the forces named; "
        "Cleveland Police named with no grade; 'good practice'.",
        "'Sir Lionel Brathwaite' -> name without the honorific.",
    ]))

# kz09 -- Cumbria PEEL 2023-25 report (PDF) -----------------------------------------------
F = CUMB
GOLDS.append(gold(
    "kz09.pdf", "peel-report-2021", [F, LANC], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, CUMB_2325) + grades(F, P2122, [(PVP, RI)]),
    afis=[
        stmt(F, P2325, INV, "The force should reduce the time it takes to complete investigations into rape and "
             "other serious sexual offences, and keep victims informed of the reasons for any delay."),
        stmt(F, P2325, PVP, "The force should make sure that it identifies and records repeat victims of domestic "
             "abuse, so that officers can take account of their history when they assess risk."),
        stmt(F, P2325, PVP, "The force should make decisions on applications under the domestic violence "
             "disclosure scheme within the time set by national guidance."),
        stmt(F, P2325, MOS, "The force should make sure that it manages the risk posed by registered sex offenders "
             "who are awaiting an initial assessment."),
    ],
    people=[
        person("Gideon Farrant-Lowe", "inspector", HF, HMI_C),
        person("Lowenna Strickland", "chief-constable", F, "Temporary Chief Constable", "temporary"),
        person("Morag Elstree", "commissioner", F, "Police, Fire and Crime Commissioner"),
    ],
    also={"people": [person("Morag Elstree", "commissioner", F,
                            "Police, Fire and Crime Commissioner for Cumbria")]},
    notes=[
        "Grades are group headings (Good / Adequate / Requires improvement / Not graded) with the areas listed "
        "under each; the section headings repeat them ('Investigating crime \u2014 Adequate').",
        "'In 2021/22 we found that the force required improvement in protecting vulnerable people' gives a "
        "2021/22 judgement.",
        "AFIs are unnumbered bullets under 'Area for improvement' / 'Areas for improvement' labels.",
        "'the Police, Fire and Crime Commissioner for Cumbria, Morag Elstree': the title comes before the name, "
        "so the office alone is the main title (corpus13 convention); the full form is in also_acceptable.",
        "Lancashire Constabulary is named in the innovative practice box with no grade. 'No area was graded "
        "outstanding or inadequate', 'good practice', the scale in the footnote and Cumbria Fire and Rescue "
        "Service are distractors.",
    ]))

# kz10 -- Kent accelerated cause of concern revisit letter (DOCX, 2025) --------------------
F = KENT
GOLDS.append(gold(
    "kz10.docx", "peel-report-2021", [F], [],
    [insp(F, P2325, inspectorate=None)],
    grades(F, P2325, [(RESP, RI), (LFM, A)]),
    recs=[
        stmt(F, P2325, RESP, "Within six months, the force should: increase the number of trained call handlers "
             "so that it meets the national standard for answering emergency calls; make sure that call "
             "handlers use a structured process to assess risk and vulnerability for every call; and reduce "
             "the number of non-emergency calls that are abandoned before they are answered.", True),
    ],
    coc=[
        stmt(F, P2325, RESP, "Kent Police isn" + RSQ + "t answering emergency and non-emergency calls quickly "
             "enough, and it doesn" + RSQ + "t always assess the risk to callers properly. This means that some "
             "vulnerable people may not get the help they need when they first contact the police."),
    ],
    people=[
        person("Philippa Okonedo-Marsh", "inspector", HF, HMI_S),
        person("Owain Thackeray", "chief-constable", F, "Chief Constable"),
        person("Bernadette Quayle", "commissioner", F, "Kent Police and Crime Commissioner"),
    ],
    also={"people": [person("Bernadette Quayle", "commissioner", F, "Police and Crime Commissioner")]},
    notes=[
        "Letter; genre peel-report-2021 as the nearest fit. The body never names the inspectorate (only the "
        "Word page header says HMICFRS), so inspectorates is empty and the inspection's inspectorate is null.",
        "'graded the force as requires improvement for responding to the public' and 'the grade of adequate we "
        "gave the force for leadership and force management' give two judgements.",
        "The recommendation is a Quote-style lead-in plus three List Bullet paragraphs, joined. A 'Force "
        "response:' paragraph follows it directly, so has_force_update is true for the recommendation and "
        "false for the cause of concern (the response does not follow it directly).",
        "'national guidance ... that all chief constables will be expected to follow' is not a "
        "recommendation. The CC is addressed by name then title on separate lines ('Owain Thackeray / Chief "
        "Constable'); 'Dear Owain' adds nothing.",
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
