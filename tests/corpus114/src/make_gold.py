"""Write gold/ni01.json ... gold/ni10.json for corpus114 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

H, HF = "HMIC", "HMICFRS"
EFF, EFFIC, LEG, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "PEEL"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
# 2021/22 and 2023-25 area keys
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"


def insp(force, period, pillar=PEEL, inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def jd(force, period, pillar, question, grade):
    return {"force": force, "period": period, "pillar": pillar, "question": question, "grade": grade}


def grades(force, period, pairs, pillar=PEEL):
    return [jd(force, period, pillar, q, g) for q, g in pairs]


def stmt(force, period, pillar, question, text, update=False):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(),
         coc=(), people=(), also=None, notes=None, encoding="utf-8"):
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

# ni01 -- police and crime panel report for a confirmation hearing (PDF), Derbyshire, 2015
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "ni01.pdf", "response-record",
    [F, "Leicestershire Police", "Nottinghamshire Police"], [H],
    [insp(F, "2015", EFF, H), insp(F, "2015", EFFIC, H), insp(F, "2015", LEG, H)],
    [jd(F, "2015", EFF, None, G), jd(F, "2015", EFFIC, None, G), jd(F, "2015", LEG, None, G),
     jd(F, "2015", EFF, "preventing-crime", G), jd(F, "2015", EFF, "investigating-crime", G),
     jd(F, "2015", EFF, "protecting-vulnerable", RI)],
    afis=[
        stmt(F, "2015", EFF, "protecting-vulnerable",
             "The constabulary should make sure that risk assessments for victims of domestic abuse are "
             "completed at the first point of contact and are reviewed by a supervisor within 24 hours."),
        stmt(F, "2015", EFF, "protecting-vulnerable",
             "The constabulary should improve how it identifies missing and absent children who are at risk "
             "of sexual exploitation, and share that information with its partners."),
        stmt(F, "2015", EFF, "protecting-vulnerable",
             "The constabulary should reduce the time taken to examine seized digital devices in cases "
             "involving vulnerable victims."),
    ],
    people=[
        person("Hardev Sandhu", "commissioner", F, "Police and Crime Commissioner"),
        person("Rachel Onslow", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Malcolm Treadwell", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The grades table gives the three 2015 pillar grades; paragraph 4.2 gives three effectiveness "
        "question grades in prose. The efficiency paragraph has no grade word for its questions.",
        "The three AFIs sit in a box headed by the effectiveness report, with no question heading. The first "
        "two are plainly about vulnerable people; the third (digital devices 'in cases involving vulnerable "
        "victims') is keyed protecting-vulnerable too, although investigating-crime would also be defensible "
        "(check_gold does not allow the same text twice, so no alternative is recorded). No force update "
        "follows them.",
        "Malcolm Treadwell is still Chief Constable at the date of the report (he retires on 31 May 2016), "
        "so he is a main person fact. The PCC is named after a title with place words ('the Police and Crime "
        "Commissioner for Derbyshire, Hardev Sandhu'); as in corpus13, a title before the name is taken as "
        "the office alone. The candidate's earlier rank of Assistant Chief Constable in Nottinghamshire gives "
        "nothing.",
        "Leicestershire (as 'Leicestershire Constabulary', the name she joined) and Nottinghamshire are "
        "named in passing; 'Their inspection results are not part of this report' gives nothing. Dates of "
        "publication, the advert and the hearing (2016) are not the period.",
    ]))

# ni02 -- PCC's report to the panel proposing a Chief Constable (DOCX), Gwent, PEEL 2018/19
F = "Gwent Police"
P = "2018/19"
GOLDS.append(gold(
    "ni02.docx", "response-record",
    [F, "South Wales Police", "Dyfed-Powys Police"], [HF],
    [insp(F, P, PEEL, HF)],
    grades(F, P, [("protecting-vulnerable", G), ("serious-organised-crime", G),
                  ("fair-treatment-workforce", RI)]),
    afis=[
        stmt(F, P, PEEL, "fair-treatment-workforce",
             "The force should improve how it identifies and responds to the wellbeing needs of its officers "
             "and staff, in particular those working in the public protection unit.", True),
        stmt(F, P, PEEL, "fair-treatment-workforce",
             "The force should make sure that its processes for selection and promotion are fair and are seen "
             "to be fair by the workforce.", True),
        stmt(F, P, PEEL, "planning-future",
             "The force should make sure it has a sound understanding of the capabilities and skills of its "
             "workforce, so that it can plan for the future.", False),
    ],
    people=[
        person("Siân Pritchard-Evans", "chief-constable", F, "Temporary Chief Constable", "temporary"),
        person("Jeff Cuthbertson-Lloyd", "commissioner", F, "Police and Crime Commissioner for Gwent"),
    ],
    also={
        "judgements": [jd(F, P, EFF, None, G), jd(F, P, EFFIC, None, G), jd(F, P, LEG, None, RI)],
        "people": [person("Geraint Mostyn", "chief-constable", F, "Chief Constable")],
    },
    notes=[
        "Following dev12: every 2018/19 fact has pillar PEEL. Paragraph 3.1 grades the three pillars "
        "('good at keeping people safe and reducing crime (effectiveness)', 'good at operating efficiently', "
        "legitimacy 'requires improvement'); 2018/19 pillar grades go in also_acceptable. The report gives no "
        "single overall grade.",
        "Paragraph 3.2: 'inadequate in places' is not a grade; the question grade is 'requiring improvement'. "
        "Treatment of the workforce -> fair-treatment-workforce.",
        "has_force_update: the 'Candidate's response' is given by the force's Temporary Chief Constable, so "
        "it counts as the force's response for AFIs 1 and 2. AFI 3's response is only 'To be developed ... "
        "after appointment', so false. Questions of the AFIs by content: wellbeing and promotion -> "
        "fair-treatment-workforce; workforce skills for the future -> planning-future (as in dev12).",
        "People: Geraint Mostyn had already retired (28 February 2019) when the report was written: a former "
        "chief constable, also_acceptable only (corpus13 convention). The commissioner signs with name then "
        "title, so the full title is kept. The independent member is not a person fact. The Word header "
        "(bilingual office name) and footer are not body text. Her earlier roles (ACC in Dyfed-Powys, South "
        "Wales) give only forces.",
    ]))

# ni03 -- PCC news page announcing the preferred candidate (HTML), Lincolnshire, PEEL 2021/22
F = "Lincolnshire Police"
P = "2021/22"
GOLDS.append(gold(
    "ni03.html", "press-release",
    [F, "Norfolk Constabulary", "Humberside Police", "Suffolk Constabulary"], [HF],
    [insp(F, P, PEEL, HF)],
    grades(F, P, [(PREV, G), (MOS, G), (CDI, G), (RESP, A), (INV, A), (PVP, RI)]),
    afis=[
        stmt(F, P, PEEL, PVP,
             "The force should make sure that it carries out and records a risk assessment for every child "
             "who is reported missing, and reviews it at each stage of the search."),
    ],
    people=[
        person("Marcus Whitelaw", "commissioner", F, "Police and Crime Commissioner"),
        person("Oliver Brandreth", "chief-constable", "Norfolk Constabulary", "Deputy Chief Constable", "deputy"),
        person("Yasmin Kaur", "chief-constable", F, "Temporary Chief Constable", "temporary"),
    ],
    also={
        "areas_for_improvement": [
            stmt(F, P, PEEL, RESP,
                 "It also asked Lincolnshire to improve the speed with which it answers non-emergency calls "
                 "on 101."),
        ],
        "people": [person("Duncan Ferris", "chief-constable", F, "Chief Constable")],
    },
    notes=[
        "'rated good in five, adequate in three and requires improvement in one' is a count without areas "
        "and gives nothing by itself; the next paragraph names six areas with grades, which are the "
        "judgements ('recording data about crime' -> crime-recording). The other two good areas are never "
        "named. 'good in every area' (candidate quote) is an ambition, not a grade.",
        "The blockquoted AFI follows 'the area that most concerned him' (vulnerable people) -> "
        "protecting-vulnerable. The 101 sentence paraphrases a second AFI in reported form; it is in "
        "also_acceptable only.",
        "People: Oliver Brandreth is a serving Deputy Chief Constable of Norfolk Constabulary, so his "
        "organisation is Norfolk. Yasmin Kaur is first named 'Temporary Chief Constable'. Duncan Ferris has "
        "retired (former chief constable): also_acceptable. The PCC's title precedes the name "
        "('Lincolnshire's Police and Crime Commissioner, Marcus Whitelaw').",
        "Inspectorate named in full and as HMICFRS. Dates (advert, hearing, November 2022) are not the "
        "period.",
    ]))

# ni04 -- candidate information pack (PDF), Thames Valley, PEEL 2023-25
F = "Thames Valley Police"
GOLDS.append(gold(
    "ni04.pdf", "press-release",
    [F, "Hampshire Constabulary", "Kent Police", "Surrey Police", "Sussex Police",
     "Metropolitan Police Service"], [HF],
    [insp(F, "2023-25", PEEL, HF), insp(F, "2021/22", PEEL, None)],
    grades(F, "2023-25", [(PPT, A), (PREV, G), (RESP, RI), (INV, RI), (PVP, A), (MOS, G), (WORK, A),
                          (LFM, A)])
    + grades(F, "2021/22", [(PREV, G), (INV, RI)]),
    afis=[
        stmt(F, "2023-25", PEEL, RESP,
             "The force should answer emergency calls within ten seconds and reduce the number of "
             "non-emergency calls that are abandoned."),
        stmt(F, "2023-25", PEEL, RESP,
             "The force should make sure that it attends incidents within the times it has set, and tell "
             "callers when it will be late."),
        stmt(F, "2023-25", PEEL, INV,
             "The force should make sure that investigations are supervised effectively, that they have a "
             "clear plan, and that victims are updated as agreed in the Code of Practice for Victims of "
             "Crime."),
        stmt(F, "2023-25", PEEL, PPT,
             "The force should improve how it records the reasons for stop and search, and make sure that "
             "supervisors review the records."),
    ],
    people=[
        person("Helena Marchbank", "chief-constable", F, "Chief Constable"),
        person("Edmund Fairweather-Cole", "commissioner", F, "Police and Crime Commissioner for Thames Valley"),
        person("Tariq Hollins", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "Genre: a commissioner's candidate pack fits no genre well; press-release (a public document from "
        "the commissioner's side) is the nearest. Unsure.",
        "The 2023-25 table gives eight grades ('Police powers and public treatment' -> treatment-of-public, "
        "'Building, supporting and protecting the workforce' -> workforce, 'Leadership and force "
        "management' -> leadership-management). 'Crime data integrity: Not inspected in this round' gives "
        "nothing. The five-point-scale sentence gives nothing. The welcome letter repeats two grades.",
        "The 2021/22 sentence gives two 2021/22 judgements. It names no inspectorate for that inspection "
        "('In the previous PEEL inspection'), so its inspectorate is null.",
        "Royal Berkshire Fire and Rescue Service's 'judged good' is a fire inspection: nothing. 'did not "
        "identify any cause of concern' and 'eleven areas for improvement' (a count) give nothing. The four "
        "listed AFIs have no force update ('progress ... is reported to' a meeting is not an update).",
        "People: Helena Marchbank is still Chief Constable (leaving in June). The DCC is named 'The Deputy "
        "Chief Constable, Tariq Hollins'. Hampshire appears as 'Hampshire and Isle of Wight Constabulary' and "
        "Kent, Surrey, Sussex and the Metropolitan Police Service only in passing. The closing date and "
        "hearing date (2024) are not the period.",
    ]))

# ni05 -- job advert for Deputy Chief Constable (DOCX), Hertfordshire, PEEL 2017 (+2016)
F = "Hertfordshire Constabulary"
GOLDS.append(gold(
    "ni05.docx", "press-release",
    [F, "Cambridgeshire Constabulary", "Bedfordshire Police"], [H, HF],
    [insp(F, "2017", EFFIC, HF), insp(F, "2017", LEG, HF), insp(F, "2016", EFF, H)],
    [jd(F, "2017", EFFIC, None, G), jd(F, "2017", LEG, None, G), jd(F, "2016", EFF, None, G)],
    afis=[
        stmt(F, "2017", LEG, "fair-treatment-public",
             "The constabulary should improve how it monitors the use of force by its officers, so that it "
             "can identify and act on any disproportionality."),
        stmt(F, "2017", LEG, "ethical-lawful-workforce",
             "The constabulary should ensure that its vetting of officers and staff complies with the "
             "national guidance, and clear its backlog of vetting reviews."),
    ],
    people=[
        person("Gareth Linacre", "chief-constable", F, "Chief Constable"),
        person("Fiona Aldridge", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "'In the PEEL 2017 programme HMICFRS judged it to be good at operating efficiently and good in the way "
        "it treats the public and its workforce' gives the 2017 efficiency and legitimacy pillar grades "
        "(HMICFRS). 'In 2016 HMIC had graded the constabulary good at keeping people safe and reducing crime' "
        "gives the 2016 effectiveness grade (HMIC). The 2017 effectiveness report 'is expected': nothing.",
        "The two bullets follow 'The 2017 legitimacy report did, however, say that:'. The lead-in is not an "
        "AFI and each bullet is a complete AFI, so they are two statements (not one joined statement). "
        "Questions by content: use of force and disproportionality -> fair-treatment-public; vetting -> "
        "ethical-lawful-workforce. No update is given; the advert only assigns responsibility.",
        "The efficiency remark about workforce plans is a paraphrase, not an AFI. The 'The role' numbered "
        "list is duties, not statements.",
        "People: Fiona Aldridge is the serving Hertfordshire DCC who leaves to become Chief Constable of "
        "Cambridgeshire; she is recorded with her present title. The Police and Crime Commissioner is unnamed. "
        "The Word header is not body text. Closing date and assessment dates (2018) are not the period.",
    ]))

# ni06 -- a new Chief Constable's welcome message (HTML), Merseyside, PEEL 2016
F = "Merseyside Police"
GOLDS.append(gold(
    "ni06.html", "press-release",
    [F, "Lancashire Constabulary", "Cheshire Constabulary"], [H],
    [insp(F, "2016", EFF, H), insp(F, "2016", EFFIC, H), insp(F, "2016", LEG, H)],
    [jd(F, "2016", EFF, None, G), jd(F, "2016", EFFIC, None, O), jd(F, "2016", LEG, None, G)],
    afis=[
        stmt(F, "2016", EFF, None,
             "The force should improve the quality of its investigations into crimes against vulnerable "
             "victims, making sure that all lines of enquiry are pursued and that investigators are properly "
             "supervised."),
        stmt(F, "2016", EFF, None,
             "The force should ensure that officers and staff understand the signs of modern slavery and "
             "human trafficking, and record and refer cases correctly."),
        stmt(F, "2016", LEG, None,
             "The force should make sure that its officers and staff know how to report wrongdoing "
             "confidentially, and have confidence that they will be supported when they do."),
    ],
    people=[
        person("Bernadette Okafor", "chief-constable", F, "Chief Constable"),
        person("Jane Kennerley", "commissioner", F, "Police and Crime Commissioner"),
    ],
    also={
        "judgements": [jd(F, "2016", LEG, "fair-treatment-public", G)],
        "people": [person("Anthony Redgrave", "chief-constable", F, "Chief Constable")],
    },
    notes=[
        "'good at keeping people safe and reducing crime, outstanding in how efficiently it operates, and "
        "good at treating people fairly and with respect' gives the three 2016 pillar grades. The legitimacy "
        "phrase echoes the fair-treatment-public question, so that question grade is in also_acceptable.",
        "The three AFIs are full-sentence bullets after the lead-in 'those are my priorities:', which is not "
        "itself an AFI, so they are three statements. The page names no report section for them: pillars by "
        "content, question null ('the key of that section, or null where none fits'). By content they would be "
        "protecting-vulnerable, serious-organised-crime and ethical-lawful-workforce; check_gold does not "
        "allow the same text twice, so these are not recorded as alternatives. "
        "'We already have work under way on each of them' is too general to be an update: false.",
        "People: Sir Anthony Redgrave 'retired last week' (former chief constable, also_acceptable; 'Sir' "
        "dropped, title from 'our Chief Constable'). Bernadette Okafor's earlier ranks in Lancashire (ACC) and "
        "Cheshire (DCC) give only forces. Merseyside Fire and Rescue Service is a partner, not a force.",
    ]))

# ni07 -- panel minutes of a confirmation hearing (TXT), Suffolk, PEEL 2014
F = "Suffolk Constabulary"
GOLDS.append(gold(
    "ni07.txt", "response-record",
    [F, "Norfolk Constabulary", "Essex Police"], [H],
    [insp(F, "2014", EFF, H), insp(F, "2014", EFFIC, H)],
    [jd(F, "2014", EFF, None, G), jd(F, "2014", EFFIC, None, G)],
    people=[
        person("Tim Passmore-Grey", "commissioner", F, "Police and Crime Commissioner for Suffolk"),
        person("Carol Sturgess", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    also={
        "areas_for_improvement": [
            stmt(F, "2014", EFF, None,
                 "the constabulary should improve the way it identifies repeat and vulnerable victims when "
                 "they first contact the police."),
        ],
        "people": [person("Douglas Farrant", "chief-constable", F, "Chief Constable")],
    },
    notes=[
        "'in HMIC's PEEL assessment for 2014 Suffolk Constabulary had been graded good for effectiveness and "
        "good for efficiency' gives two 2014 pillar grades. 'HMIC had not graded legitimacy in 2014' gives "
        "nothing. 'a good track record of achieving savings' is from HMIC's Valuing the Police report, not a "
        "PEEL grade: nothing.",
        "The AFI is reported speech inside the minutes ('the same report had said that the constabulary "
        "should ...'), so it is in also_acceptable only; 2014 has no question keys, so question null.",
        "People: the preferred candidate, Neil Ransome, is an Assistant Chief Constable (of Norfolk) and is "
        "not a person fact even though the Panel recommends him as Chief Constable. Carol Sturgess is first "
        "named as 'the Deputy Chief Constable, Carol Sturgess' who 'had been acting as Chief Constable'; her "
        "title is kept as written, so the qualifier is 'deputy' (acting is not in the title). Douglas Farrant "
        "announced his retirement and had left by 1 January 2015: a former chief constable, also_acceptable. "
        "Councillors and officers of the Panel are not person facts.",
        "Meeting dates (2015) and '2018/19' (a budget year) are not periods.",
    ]))

# ni08 -- chief officer team biographies (Markdown), West Mercia, PEEL 2021/22
F = "West Mercia Police"
P = "2021/22"
GOLDS.append(gold(
    "ni08.md", "press-release",
    [F, "West Midlands Police", "Staffordshire Police", "Warwickshire Police", "Nottinghamshire Police",
     "Avon and Somerset Constabulary"], [HF],
    [insp(F, P, PEEL, HF)],
    grades(F, P, [(PREV, G), (PPT, A), (RESP, I), (INV, RI), (PVP, A), (MOS, G), (WORK, A), (LFM, RI),
                  (CDI, A)]),
    coc=[
        stmt(F, P, PEEL, RESP,
             "West Mercia Police does not answer emergency and non-emergency calls quickly enough, and does "
             "not always identify vulnerable callers when they first make contact.", True),
    ],
    people=[
        person("Jonathan Ashby-Reeve", "commissioner", F, "Police and Crime Commissioner"),
        person("Alison Whitcombe", "chief-constable", F, "Chief Constable"),
        person("Ravinder Sohal", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    also={
        "recommendations": [
            stmt(F, P, PEEL, RESP,
                 "HMICFRS recommended that within six months the force should make sure that calls are "
                 "answered promptly and that call handlers use a structured triage process to identify risk "
                 "and vulnerability.", True),
        ],
    },
    notes=[
        "The Markdown table gives nine 2021/22 grades: 'Treatment of the public' -> treatment-of-public, "
        "'Developing a positive workplace' -> workforce, 'Good use of resources' -> leadership-management "
        "('Good' in the area name is not a grade), 'Recording data about crime' -> crime-recording.",
        "The cause of concern is the block quote after 'the cause of concern the inspectorate raised about the "
        "force's response to the public'. The 101 waiting-time sentence is the force's update on it "
        "(has_force_update true).",
        "The recommendation is only reported ('HMICFRS recommended that within six months the force should "
        "...'), so it is in also_acceptable.",
        "People: Peter Lindqvist, her predecessor, is named without any title, so he gives no person fact. "
        "Hugh Pemberton is an Assistant Chief Constable (not a person fact); the Director of Enabling "
        "Services is not a chief officer of the kinds in GOLD-FORMAT. Career lines name five other forces "
        "only in passing. 'Queen's Police Medal' and dates (2022, 2023) are not facts.",
        "Genre: a force's 'about us' page fits no genre; press-release is the nearest. Unsure.",
    ]))

# ni09 -- local news report of a confirmation hearing (TXT), Bedfordshire, PEEL 2017 (+2016)
F = "Bedfordshire Police"
GOLDS.append(gold(
    "ni09.txt", "press-release",
    [F, "Leicestershire Police", "Hertfordshire Constabulary", "Cambridgeshire Constabulary",
     "Metropolitan Police Service", "Thames Valley Police", "Kent Police"], [HF],
    [insp(F, "2017", EFF, HF), insp(F, "2017", LEG, HF), insp(F, "2017", EFFIC, HF)],
    [jd(F, "2017", EFF, None, RI), jd(F, "2017", LEG, None, G), jd(F, "2017", EFFIC, None, RI)],
    afis=[
        stmt(F, "2017", EFF, SOC,
             "The force should improve its understanding of the nature and scale of serious and organised "
             "crime in Bedfordshire, including gang activity, and use this to direct its resources.", True),
    ],
    people=[
        person("Garry Nesbitt", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Jonathan Pryce-Heywood", "chief-constable", F, "Chief Constable"),
        person("Kathryn Holloway-Marsh", "commissioner", F, "police and crime commissioner"),
    ],
    also={
        "inspections": [insp(F, "2016", EFF, None)],
        "judgements": [jd(F, "2016", EFF, None, RI)],
    },
    notes=[
        "The article is dated May 2018. 'In March, HMICFRS said Bedfordshire Police requires improvement at "
        "keeping people safe and reducing crime' is the 2017 effectiveness report (published March 2018); "
        "'December's report' on legitimacy is 2017 legitimacy; 'HMICFRS's finding last year that the force's "
        "efficiency required improvement' is the 2017 efficiency report (published in 2017). All HMICFRS.",
        "'the same grade it received the previous year' names no grade word for 2016 (GOLD-FORMAT "
        "convention), so the 2016 effectiveness judgement and its inspection are in also_acceptable only.",
        "The AFI is quoted verbatim by a councillor from 'the effectiveness report'; serious and organised "
        "crime -> serious-organised-crime. The DCC's answer about the gangs taskforce is the force's update. "
        "The text is given without the surrounding quotation marks, which are punctuation of the article, "
        "not part of the statement; check_gold therefore reports it as not found (its whole-span match needs "
        "a space on each side).",
        "People: Garry Nesbitt is first named 'Deputy Chief Constable Garry Nesbitt'. Jonathan Pryce-Heywood "
        "is still Chief Constable of Bedfordshire (leaving on 8 June for Leicestershire Police). The PCC's "
        "title is lowercase as written ('the county's police and crime commissioner'), which comes after her "
        "name. Councillors and the reporter are not person facts. Other forces (Leicestershire, "
        "Hertfordshire, Cambridgeshire, the Met, Thames Valley, Kent) are named in passing.",
    ]))

# ni10 -- job advert for Chief Constable (TXT), Warwickshire, PEEL 2023-25
F = "Warwickshire Police"
P = "2023-25"
GOLDS.append(gold(
    "ni10.txt", "press-release",
    [F, "West Mercia Police", "West Midlands Police"], [HF],
    [insp(F, P, PEEL, HF)],
    grades(F, P, [(PREV, G), (MOS, G), (PVP, A), (WORK, A), (LFM, A), (PPT, A), (INV, RI), (RESP, I)]),
    recs=[
        stmt(F, P, PEEL, RESP,
             "It recommended that by 31 December 2024 the force should: increase the proportion of emergency "
             "calls answered within ten seconds, in line with the national standard; and make sure that its "
             "call handlers use a structured risk assessment for every call and that supervisors audit their "
             "use of it."),
    ],
    coc=[
        stmt(F, P, PEEL, RESP,
             "The force does not answer emergency and non-emergency calls quickly enough, and it does not "
             "always assess the risk to callers consistently, so it cannot be sure that vulnerable people get "
             "the right response."),
    ],
    people=[
        person("Philippa Carrington", "commissioner", F, "Police and Crime Commissioner"),
        person("Kieran Doherty-Lane", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The advert never writes '2023-25'; the period follows from 'latest PEEL inspection ... published by "
        "HMICFRS in June 2024' and the 2023-25 area names ('building, supporting and protecting its "
        "workforce', 'leadership and force management'). Grades are in a bulleted prose list whose items "
        "share grades; 'its treatment of the public is adequate' -> treatment-of-public.",
        "The recommendation is a lead-in with two numbered items, kept as one statement with its items "
        "joined (GOLD-FORMAT convention). It and the cause of concern sit under responding to the public. "
        "No force update is given. 'an outstanding leader' is not a grade; 'Engage' is HMICFRS's monitoring "
        "process, not a fact kind.",
        "People: the PCC is named title-first; Kieran Doherty-Lane is the serving Chief Constable (retiring "
        "in December). The Chief Executive is not a person fact. West Mercia (the former alliance) and West "
        "Midlands are named in passing. Closing and hearing dates (2024) are not the period.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        path = os.path.join(GOLD, stem + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        print("wrote", path)


if __name__ == "__main__":
    main()
