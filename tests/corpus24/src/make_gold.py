"""Write gold/j01.json ... gold/j10.json for corpus24 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122 = "2023-25", "2021/22"
H, HF = "HMIC", "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"


def insp(force, period, pillar="PEEL", inspectorate=None):
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

# j01 -- PCC s55 letter (DOCX), Lincolnshire, PEEL 2023-25 ---------------------------------
F = "Lincolnshire Police"
GOLDS.append(gold(
    "j01.docx", "response-record", [F, "Nottinghamshire Police"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PREV, G), (MOS, G), (PPT, A), (RESP, A), (PVP, A), (WORK, A), (LFM, A),
                      (INV, RI)])
    + grades(F, P2122, [(INV, I)]),
    afis=[
        stmt(F, P2325, INV,
             "The force should make sure that investigations are subject to regular and "
             "effective supervision, and that investigation plans are recorded and followed.",
             True),
        stmt(F, P2325, INV,
             "The force should improve how it records and considers the wishes of victims "
             "before it closes an investigation because of evidential difficulties.", True),
        stmt(F, P2325, PVP,
             "The force should make sure that when officers attend incidents involving "
             "children, they record the voice of the child and share concerns with partner "
             "agencies without delay.", True),
        stmt(F, P2325, RESP,
             "The force should reduce the time it takes to answer non-emergency calls, and make "
             "sure that repeat and vulnerable callers are identified when they first make "
             "contact.", False),
        stmt(F, P2325, WORK,
             "The force should understand why officers with less than three years' service are "
             "leaving, and act on what it finds.", True),
        stmt(F, P2325, PPT,
             "The force should improve the quality of the grounds recorded for stop and search, "
             "and make sure that supervisors review those records.", True),
    ],
    people=[
        person("Marcus Hebblethwaite", "commissioner", F,
               "Police and Crime Commissioner for Lincolnshire"),
        person("Imogen Tranter", "chief-constable", F, "Chief Constable"),
        person("Sarah Okwuosa", "inspector", HF, "His Majesty's Inspector of Constabulary"),
    ],
    notes=[
        "Grades are in one prose paragraph: 'graded good at preventing crime and at managing "
        "offenders and suspects'; 'judged adequate for police powers and public treatment, for "
        "responding to the public, for protecting vulnerable people, for building, supporting "
        "and protecting the workforce and for leadership and force management' (a list whose "
        "items contain commas); 'requires improvement in investigating crime'. Victims: not "
        "graded, nothing.",
        "'real progress from the 2021/22 inspection, when investigating crime was graded "
        "inadequate' -> a 2021/22 judgement (HMICFRS, the letter's inspectorate).",
        "AFIs sit in a two-column table 'Area for improvement | Chief Constable's response'; "
        "each area is a sub-heading row merged across both columns, which gives the question. "
        "The responding-to-the-public row's response cell says 'Response not yet received', so "
        "has_force_update is false.",
        "People: the PCC is named only in the signature, name then 'Police and Crime "
        "Commissioner for Lincolnshire' (kept in full). 'the Chief Constable, Imogen Tranter' "
        "-> 'Chief Constable'. HMI title keeps the straight apostrophe of the Word text. "
        "Assistant Chief Constable Daniel Roper is not a person fact; the Home Secretary is "
        "unnamed.",
        "Nottinghamshire Police is named as a partner of the rural crime team: forces only. "
        "'no cause of concern and makes no recommendations', 'innovative practice' and the "
        "national thematic recommendations to all chief constables give nothing. The Word "
        "header ('OFFICIAL') and footer are not body text.",
    ]))

# j02 -- Home Office template (PDF), Nottinghamshire, PEEL 2021/22 ------------------------
F = "Nottinghamshire Police"
GOLDS.append(gold(
    "j02.pdf", "response-record", [F, "Derbyshire Constabulary"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, RI), (MOS, A), (SOC, G),
                      (WORK, A), (LFM, A), (CDI, A)]),
    afis=[
        stmt(F, P2122, INV,
             "The force should make sure that it offers victims the opportunity to make a victim "
             "personal statement, and that it records whether they accepted.", True),
        stmt(F, P2122, INV,
             "The force should improve the quality of the investigation plans prepared for "
             "crimes allocated to local investigation teams.", True),
        stmt(F, P2122, RESP,
             "The force should improve the way it manages calls that are waiting for a "
             "response, so that it keeps callers informed and reassesses risk when there is a "
             "delay.", True),
    ],
    recs=[
        stmt(F, P2122, PVP,
             "Within six months, the force should make sure that officers and staff identify "
             "and record the vulnerability of every person involved in a domestic abuse "
             "incident, including children.", True),
        stmt(F, P2122, PVP,
             "Within six months, the force should make sure that referrals to the multi-agency "
             "safeguarding hub are reviewed and acted on within the timescales set by the local "
             "safeguarding partnership.", True),
        stmt(F, P2122, PVP,
             "Within twelve months, the force should make sure that it has enough trained "
             "investigators in its public protection unit to manage its caseload safely.", True),
    ],
    coc=[
        stmt(F, P2122, PVP,
             "The force does not consistently identify and protect vulnerable people, "
             "particularly children who live in households where domestic abuse takes place.",
             False),
    ],
    people=[
        person("Elspeth Rowntree", "commissioner", F,
               "Police and Crime Commissioner for Nottinghamshire"),
        person("Darius Pemberton", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The Home Office template's fields (Report title, Date of publication, Force, PCC "
        "name) come first. The grades table lists ten 2021/22 areas: 'Good use of resources' "
        "-> leadership-management (its 'Good' is part of the name; the grade cell says "
        "Adequate), 'Developing a positive workplace' -> workforce, 'Recording data about "
        "crime' -> crime-recording. Victims 'Not graded' gives nothing. The count sentence "
        "('good in three areas, adequate in five ...') repeats the table.",
        "The cause of concern is a boxed paragraph under 'Cause of concern: protecting "
        "vulnerable people'; the three recommendations follow it, each with its own "
        "'Response of the force' block (true). The cause of concern itself has no response "
        "of its own: false.",
        "Only three of the 'nine areas for improvement' are quoted; the rest are counted, not "
        "facts. 'there are none' (recommendations to the PCC) gives nothing.",
        "People: the PCC appears as the value of the 'PCC name' field and in the signature "
        "'Elspeth Rowntree / Police and Crime Commissioner for Nottinghamshire', the title "
        "used. 'the Chief Constable, Darius Pemberton' -> 'Chief Constable'.",
        "Derbyshire Constabulary hosts the regional unit: forces only. The template guidance "
        "box (56 days, version dated 2022) is a distractor.",
    ]))

# j03 -- PCC website listing page (HTML), Cambridgeshire, PEEL 2023-25 + 2014 --------------
F = "Cambridgeshire Constabulary"
GOLDS.append(gold(
    "j03.html", "response-record",
    [F, "Bedfordshire Police", "Hertfordshire Constabulary"], [HF, H],
    [insp(F, P2325, inspectorate=HF), insp(F, "2014", "Efficiency", H)],
    grades(F, P2325, [(PREV, G), (MOS, G), (LFM, G), (PPT, A), (RESP, A), (INV, A), (WORK, A),
                      (PVP, RI)])
    + grades(F, "2014", [(None, G)], pillar="Efficiency"),
    people=[
        person("Anita Rowbotham", "commissioner", F, "Police and Crime Commissioner"),
    ],
    also={
        "inspections": [insp(F, P2122, inspectorate=HF),
                        insp(F, "2017", "Legitimacy", HF)],
    },
    notes=[
        "A PCC website page listing inspection reports as cards. The PEEL 2023-25 card "
        "lists eight grades as 'Grade: Area' list items. The card's count ('one cause of "
        "concern and seven areas for improvement') quotes no statement.",
        "The PEEL 2021/22 card gives counts only ('good in four areas and adequate in five; "
        "one area required improvement'), so no judgement; the 2021/22 inspection and the "
        "2017 legitimacy report (listed with no grade) are only in also_acceptable.",
        "The archive accordion: 'PEEL: Police efficiency 2014 ... HMIC graded the "
        "constabulary good for efficiency' -> 2014 Efficiency Good (HMIC). The page names "
        "HMIC ('Her Majesty's Inspectorate of Constabulary (HMIC)') as well as HMICFRS. The "
        "2017 legitimacy report sits under 'Reports published before 2018 (HMIC)', but 2017 "
        "reports were HMICFRS's, so its also_acceptable inspection says HMICFRS.",
        "Thematic, joint major crime unit and custody cards give nothing ('found to be "
        "effective', 'two recommendations', 'eleven recommendations' are not quoted). "
        "Bedfordshire Police and Hertfordshire Constabulary share the unit: forces only.",
        "'Police and Crime Commissioner Anita Rowbotham' is title-first. Cookie notice date, "
        "plan years and 'Good causes fund' are distractors. Genre: a PCC's own page of "
        "inspection responses; response-record is the nearest fit.",
    ]))

# j04 -- police and crime panel report (PDF), Derbyshire, PEEL 2021/22 ---------------------
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "j04.pdf", "response-record", [F, "Nottinghamshire Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (SOC, G),
                      (WORK, A), (LFM, A), (CDI, G)]),
    afis=[
        stmt(F, P2122, RESP,
             "The force should make sure that it answers emergency calls within the national "
             "standard of ten seconds.", True),
        stmt(F, P2122, RESP,
             "The force should review how it allocates incidents that need a scheduled "
             "appointment, so that victims are seen at the time they were promised.", True),
        stmt(F, P2122, PPT,
             "The force should make sure that it gathers and understands the views of "
             "communities that have less trust and confidence in the police.", True),
        stmt(F, P2122, PVP,
             "The force should make sure that officers understand and use the powers available "
             "to them to protect victims of stalking.", False),
        stmt(F, P2122, WORK,
             "The force should make sure that supervisors hold regular wellbeing conversations "
             "with their teams and record them.", True),
        stmt(F, P2122, LFM,
             "The force should improve its understanding of the demand on its investigation "
             "teams, so that it can plan how to deploy its resources.", True),
    ],
    people=[
        person("Wendell Ashcroft", "commissioner", F, "Police and Crime Commissioner"),
        person("Fergus Lomond", "chief-constable", F, "Chief Constable"),
        person("Abigail Tenniswood", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    notes=[
        "'Recommendation: That the Panel notes the report ...' is the panel paper's own "
        "recommendation, not an inspection recommendation. The report says there are no "
        "causes of concern and no recommendations.",
        "Table 1 crosses a page break (the running header and page number fall inside it). "
        "Area names are 2021/22: 'Treatment of the public' -> treatment-of-public, "
        "'Developing a positive workplace' -> workforce, 'Good use of resources' -> "
        "leadership-management, 'Recording data about crime' -> crime-recording. The key "
        "listing all five grades and 'good practice' (drones) are distractors; 'good in four "
        "and adequate in five' repeats the table.",
        "Appendix A is a RAG tracker; the question comes from the Area cell. AFI 4's update "
        "cell is 'No update received this quarter.' -> false; the others carry the "
        "constabulary's update -> true.",
        "People: 'Report of: Wendell Ashcroft, Police and Crime Commissioner' (name then "
        "title). 'HM Inspector of Constabulary Abigail Tenniswood' and 'Chief Constable "
        "Fergus Lomond' are title-first. The Chief Executive is unnamed.",
        "Nottinghamshire Police is named for joint work: forces only.",
    ]))

# j05 -- accountability board minutes (DOCX), West Mercia, PEEL 2021/22 --------------------
F = "West Mercia Police"
GOLDS.append(gold(
    "j05.docx", "response-record", [F, "Warwickshire Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(RESP, I), (INV, RI), (PVP, RI), (PREV, G)]),
    afis=[
        stmt(F, P2122, INV,
             "The force should make sure that investigations are allocated to staff with the "
             "appropriate skills and that supervisors review them regularly.", True),
        stmt(F, P2122, PVP,
             "The force should improve how it shares information with partner agencies about "
             "children who go missing from home.", True),
        stmt(F, P2122, WORK,
             "The force should make sure that its wellbeing support reaches officers and staff "
             "who work in the control room.", False),
    ],
    coc=[
        stmt(F, P2122, RESP,
             "West Mercia Police is not answering emergency and non-emergency calls promptly "
             "enough, and it does not consistently identify the vulnerability of callers, so "
             "some people who need help wait too long for it.", True),
    ],
    people=[
        person("Bronwen Tudor-Hayes", "commissioner", F, "Police and Crime Commissioner"),
        person("Owen Farraday", "chief-constable", F, "Chief Constable"),
        person("Sunita Marr", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "Minutes, item 3.1: 'graded the force inadequate at responding to the public and found "
        "that it requires improvement both in investigating crime and in protecting vulnerable "
        "people'; 'had been graded good for preventing crime and anti-social behaviour'. 'The "
        "remaining grades ... are not repeated here' gives nothing.",
        "The cause of concern is quoted in Word's 'Quote' style; it is about answering calls, "
        "so its question is responding-to-public (the minute heading names no area). 'The "
        "Chief Constable explained ...' directly after it reports the force's progress -> "
        "true. 'Of the three recommendations ... two are complete' quotes no recommendation.",
        "AFIs are 'Quote' paragraphs under bold area labels. Investigating crime and "
        "protecting vulnerable people are followed by the DCC's / CC's progress -> true. The "
        "workplace AFI ('Developing a positive workplace' -> workforce) is followed by 'No "
        "update on this area had been prepared' -> false.",
        "People come from the 'Present' table (name | role). The Deputy Chief Constable is "
        "chief-constable with qualifier deputy. The Assistant Chief Constable, the Chief "
        "Executive, the Head of Assurance and the apologies are not person facts.",
        "Warwickshire Police (the former alliance partner) is named in passing. The national "
        "vetting inspection's recommendations to all chief constables, 'good practice' and "
        "the actions table are distractors. The Word header is not body text.",
    ]))

# j06 -- tracker export (CSV), Hertfordshire, PEEL 2021/22 and 2023-25 ---------------------
F = "Hertfordshire Constabulary"
GOLDS.append(gold(
    "j06.csv", "response-record", [F], [HF],
    [insp(F, P2122, inspectorate=HF), insp(F, P2325, inspectorate=HF)],
    afis=[
        stmt(F, P2122, CDI,
             "The force should make sure that it records as crimes all reports of anti-social "
             "behaviour that should be recorded as crimes.", True),
        stmt(F, P2122, WORK,
             "The force should improve how it monitors the workload of its detective "
             "constables.", True),
        stmt(F, P2325, INV,
             "The force should make sure that its investigations are of a consistently high "
             "standard and are effectively supervised.", True),
        stmt(F, P2325, PVP,
             "The force should make sure that it identifies vulnerability at the first point of "
             "contact, and that it records the reasons for the risk assessment it makes.", True),
        stmt(F, P2325, RESP,
             "The force should improve how quickly it answers non-emergency calls, including "
             "those made through its online reporting channels.", False),
        stmt(F, P2325, PPT,
             "The force should make sure that officers use body-worn video during every stop "
             "and search encounter, and that supervisors review the footage.", True),
        stmt(F, P2325, WORK,
             "The force should make sure that officers and staff know how to use its \"Speak "
             "Up\" channels, and that the concerns they raise are acted on.", True),
    ],
    notes=[
        "A tracker export: UTF-8 with a byte-order mark, CRLF row ends, LF line breaks "
        "inside quoted cells, doubled quotes around \"Speak Up\". Period from the 'Source "
        "report' cell ('HMICFRS PEEL 2021/22', 'HMICFRS PEEL 2023\u201325'); question from "
        "the Area cell ('Recording data about crime' -> crime-recording, 'Developing a "
        "positive workplace' and 'Building, supporting and protecting the workforce' -> "
        "workforce).",
        "has_force_update: true where the Update cell holds the force's progress (closed "
        "rows included); H24-03's Update cell is empty -> false.",
        "Left out: N-VMM-12 (a national thematic recommendation to all chief constables) and "
        "C23-04 (a joint custody inspection recommendation): not PEEL facts. Owners (ACC "
        "initials, T/ACC) are not people. No grades are stated, so there are no judgements.",
        "check_gold cannot match statements in the raw CSV (cells are bounded by commas and "
        "quotes, not spaces), so text/j06.csv renders the cells tab-separated as a "
        "spreadsheet shows them.",
    ]))

# j07 -- bilingual PCC statement (HTML), South Wales, PEEL 2023-25 -------------------------
F = "South Wales Police"
GOLDS.append(gold(
    "j07.html", "press-release", [F, "Gwent Police", "Dyfed-Powys Police"], [HF],
    [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(PREV, O), (PPT, G), (PVP, G), (LFM, G), (RESP, A), (INV, A), (MOS, A),
                      (WORK, A)]),
    afis=[
        stmt(F, P2325, RESP,
             "The force should make sure that it answers non-emergency calls promptly, and that "
             "it calls back people who abandon their call when it would be appropriate to do "
             "so."),
        stmt(F, P2325, INV,
             "The force should make sure that investigations are allocated to officers with the "
             "right skills, and that they are supervised in line with its own policy."),
        stmt(F, P2325, MOS,
             "The force should make sure that it manages the risk posed by registered sex "
             "offenders in line with national guidance, and that home visits take place when "
             "they are due."),
    ],
    people=[
        person("Emrys Llewellyn-Price", "commissioner", F,
               "Police and Crime Commissioner for South Wales"),
        person("Gwenllian Morse", "chief-constable", F, "Chief Constable"),
        person("Rhodri Castell", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "Bilingual page: an English column and a Welsh column (lang=cy) say the same things. "
        "Only the English facts are gold, each once (no duplicates); the Welsh grades "
        "('rhagorol', 'dda', 'ddigonol'), the Welsh AFIs and the Welsh titles ('Comisiynydd "
        "Heddlu a Throseddu De Cymru', 'Arolygydd Cwnstabliaeth EF', 'Prif Gwnstabl') are "
        "the same facts in translation.",
        "Grades: 'judged outstanding at preventing crime'; 'graded good for police powers and "
        "public treatment, for protecting vulnerable people and for leadership and force "
        "management'; 'adequate for responding to the public, investigating crime, managing "
        "offenders and suspects, and building, supporting and protecting the workforce'. The "
        "CC's quote repeats the outstanding grade. Organised crime 'was not graded'.",
        "AFIs are list items that start with a bold area label ('Responding to the public:'), "
        "which gives the question; the text starts after the label. The lead-in 'The report "
        "sets out three areas for improvement:' is followed by full-sentence bullets, so each "
        "bullet is its own statement. No force response follows any of them: false.",
        "People: the HMI is 'His Majesty\u2019s Inspector of Constabulary, Rhodri Castell' "
        "(title-first, curly apostrophe); 'Chief Constable Gwenllian Morse'; the PCC signs "
        "'Emrys Llewellyn-Price / Police and Crime Commissioner for South Wales'.",
        "Gwent Police and Dyfed-Powys Police share the regional unit (also as 'Heddlu Gwent' "
        "and 'Heddlu Dyfed-Powys' in Welsh): forces only. 'Heddlu De Cymru' is South Wales "
        "Police.",
    ]))

# j08 -- PCC email newsletter (TXT, cp1252, CRLF), Suffolk, PEEL 2023-25 -------------------
F = "Suffolk Constabulary"
GOLDS.append(gold(
    "j08.txt", "press-release", [F, "Norfolk Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(MOS, O), (PREV, G), (RESP, G), (LFM, G), (INV, A), (PVP, A),
                      (WORK, RI)]),
    people=[
        person("Rowan Ashdown", "chief-constable", F, "Chief Constable"),
        person("Delyth Marchbank", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Gideon Ashworth", "commissioner", F,
               "Police and Crime Commissioner for Suffolk"),
    ],
    encoding="cp1252",
    notes=[
        "An email newsletter saved as text: cp1252 (curly quotes, en dashes, middle dot, "
        "pound sign) with CRLF line endings.",
        "Grades: 'rated the constabulary outstanding for managing offenders and suspects, and "
        "good for preventing crime, responding to the public, and leadership and force "
        "management'; 'Investigating crime and protecting vulnerable people were both found to "
        "be adequate'; 'building, supporting and protecting the workforce was judged to "
        "require improvement'. Police powers and public treatment 'was also examined' and "
        "the quote 'fair and well explained' gives no grade word.",
        "'no causes of concern' and 'seven areas for improvement' are counts. 'good causes' "
        "(the fund) is a distractor.",
        "People: 'Chief Constable Rowan Ashdown said'; 'His Majesty's Inspector of "
        "Constabulary Delyth Marchbank said' (straight apostrophe here, curly elsewhere in "
        "the email); the PCC signs off name then 'Police and Crime Commissioner for Suffolk'.",
        "Norfolk Constabulary shares the control room: forces only.",
    ]))

# j09 -- PFCC joint police + fire response (PDF), Cumbria, PEEL 2023-25 --------------------
F = "Cumbria Constabulary"
GOLDS.append(gold(
    "j09.pdf", "response-record", [F, "Lancashire Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, G), (RESP, G), (INV, A), (PVP, A), (MOS, G), (WORK, O),
                      (LFM, G)]),
    afis=[
        stmt(F, P2325, INV,
             "The constabulary should make sure that investigations are completed without "
             "unnecessary delay and that victims are updated in line with the Victims' Code.",
             True),
        stmt(F, P2325, INV,
             "The constabulary should improve how it uses digital forensics, so that devices are "
             "examined quickly enough to progress investigations.", True),
        stmt(F, P2325, PVP,
             "The constabulary should make sure that its officers consistently complete and "
             "record risk assessments when they attend domestic abuse incidents.", False),
    ],
    people=[
        person("Alastair Penruddock", "commissioner", F,
               "Police, Fire and Crime Commissioner for Cumbria"),
        person("Bethany Rowe", "chief-constable", F, "Chief Constable"),
        person("Louisa Ferrand", "inspector", HF, "His Majesty's Inspector of Constabulary"),
    ],
    notes=[
        "A PFCC's joint response to a police PEEL report (Part A) and a fire and rescue "
        "service inspection (Part B). Everything in Part B is a distractor: the eleven fire "
        "judgements (including 'Inadequate' and 'Requires improvement'), the fire cause of "
        "concern ('The service hasn't done enough ...'), the fire AFIs ('The service should "
        "...'), the Chief Fire Officer. None is a police fact.",
        "Part A: grades table of eight 2023-25 areas. AFIs in a three-column table 'Area for "
        "improvement | Chief Constable's response | PFCC comment' with area rows spanning all "
        "columns. The domestic abuse AFI's response cell says 'Not provided at the time of "
        "writing.' -> false (the PFCC comment is not the force's update). The fourth AFI is "
        "only described, not quoted.",
        "Serious and organised crime 'was not graded'. Lancashire Constabulary (regional "
        "unit partner) is named in passing: forces only.",
        "People: HMI title-first ('His Majesty's Inspector of Constabulary Louisa Ferrand'); "
        "'Chief Constable Bethany Rowe'; the PFCC signs name then 'Police, Fire and Crime "
        "Commissioner for Cumbria'.",
    ]))

# j10 -- PCC response to PEEL effectiveness 2016 (DOCX), Gloucestershire --------------------
F = "Gloucestershire Constabulary"
GOLDS.append(gold(
    "j10.docx", "response-record",
    [F, "Avon and Somerset Constabulary", "Wiltshire Police"], [H],
    [insp(F, "2016", "Effectiveness", H), insp(F, "2015", "Effectiveness", H),
     insp(F, "2016", "Legitimacy", H)],
    grades(F, "2016", [(None, RI), ("preventing-crime", G), ("investigating-crime", RI),
                       ("protecting-vulnerable", RI), ("serious-organised-crime", G)],
           pillar="Effectiveness")
    + grades(F, "2015", [(None, G)], pillar="Effectiveness")
    + grades(F, "2016", [(None, G)], pillar="Legitimacy"),
    afis=[
        stmt(F, "2016", "protecting-vulnerable",
             "The constabulary should improve its understanding of the nature and scale of child "
             "sexual exploitation in the county.", True, pillar="Effectiveness"),
        stmt(F, "2016", "protecting-vulnerable",
             "The constabulary should ensure that officers attending domestic abuse incidents "
             "complete a risk assessment, and that each assessment is reviewed by a supervisor.",
             True, pillar="Effectiveness"),
        stmt(F, "2016", "preventing-crime",
             "The constabulary should evaluate its problem-solving work so that it knows which "
             "approaches reduce demand.", False, pillar="Effectiveness"),
    ],
    recs=[
        stmt(F, "2016", "investigating-crime",
             "The constabulary should immediately review how it allocates crimes for "
             "investigation, so that each is given to an officer with the skills and experience "
             "to deal with it.", True, pillar="Effectiveness"),
        stmt(F, "2016", "investigating-crime",
             "The constabulary should, within six months, ensure that supervisors review "
             "investigations at regular intervals and record clear plans for each.", True,
             pillar="Effectiveness"),
        stmt(F, "2016", "investigating-crime",
             "The constabulary should ensure that victims are updated on the progress of their "
             "case in line with the Code of Practice for Victims of Crime.", True,
             pillar="Effectiveness"),
    ],
    coc=[
        stmt(F, "2016", "investigating-crime",
             "HMIC is concerned that Gloucestershire Constabulary does not investigate crime to "
             "a consistent standard. Too many investigations are poorly supervised, and victims "
             "are not always kept informed about the progress of their case.", False,
             pillar="Effectiveness"),
    ],
    people=[
        person("Dennis Okoro", "inspector", H, "HM Inspector of Constabulary"),
        person("Alec Drummond-Fry", "chief-constable", F, "Chief Constable"),
        person("Maria Fenwick", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Cedric Holloway", "commissioner", F,
               "Police and Crime Commissioner for Gloucestershire"),
    ],
    also={"inspections": [insp(F, "2016", "Efficiency", H)]},
    notes=[
        "Overall: 'HMIC's overall judgement is that Gloucestershire Constabulary requires "
        "improvement in the way it keeps people safe and reduces crime' and the merged title "
        "row of the table ('Overall judgement: Requires improvement'). Question grades from "
        "the table; specialist capabilities 'Ungraded' gives nothing. The key sentence "
        "listing HMIC's four grades is a distractor.",
        "'In 2015 HMIC judged the constabulary to be good at keeping people safe and reducing "
        "crime' -> 2015 Effectiveness Good. 'The legitimacy report, published in December "
        "2016, judged the constabulary to be good' -> 2016 Legitimacy Good. The efficiency "
        "report is mentioned with no grade: its inspection is only in also_acceptable.",
        "The cause of concern (two sentences, 'Intense Quote' style) is followed by three "
        "numbered recommendations, each with a 'Constabulary response:' paragraph -> true; "
        "the cause of concern has no response of its own -> false. AFIs are bullets, each "
        "followed by a response, except the preventing-crime AFI, after which the PCC says "
        "the Chief Constable's response 'was not available' -> false.",
        "The 'national recommendation' to every force is national, not a force "
        "recommendation.",
        "People: 'HM Inspector of Constabulary Dennis Okoro', 'Chief Constable Alec "
        "Drummond-Fry', 'Deputy Chief Constable Maria Fenwick' (qualifier deputy), and the "
        "signature 'Cedric Holloway / Police and Crime Commissioner for Gloucestershire'.",
        "Avon and Somerset Constabulary and Wiltshire Police (tri-force specialist "
        "operations) are named with no grade: forces only. The Word header and footer are not "
        "body text.",
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
