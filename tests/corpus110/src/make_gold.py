"""Write gold/ne01.json ... gold/ne10.json for corpus110 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
EFF, EFI, LEG, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "PEEL"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
APOS = "\u2019"


def insp(force, period, pillar=PEEL, inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def jd(force, period, pillar, question, grade):
    return {"force": force, "period": period, "pillar": pillar, "question": question, "grade": grade}


def stmt(force, period, pillar, question, text, update):
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

# ne01 -- HMICFRS cause of concern revisit letter (PDF), Devon and Cornwall, 2021/22 -------
F = "Devon and Cornwall Police"
GOLDS.append(gold(
    "ne01.pdf", "response-record", [F], [HF],
    [insp(F, P2122, inspectorate=HF)],
    [jd(F, P2122, PEEL, "responding-to-public", I),
     jd(F, P2122, PEEL, "investigating-crime", RI),
     jd(F, P2122, PEEL, "protecting-vulnerable", RI),
     jd(F, P2122, PEEL, "preventing-crime", G)],
    recs=[
        stmt(F, P2122, PEEL, "responding-to-public",
             "The force should make sure that it has enough call handlers on duty to meet demand, so "
             "that 999 calls are answered within ten seconds and 101 calls are not abandoned.", True),
        stmt(F, P2122, PEEL, "responding-to-public",
             "The force should make sure that call handlers use a structured risk assessment for every "
             "call and record the outcome, so that repeat and vulnerable callers are identified.", True),
        stmt(F, P2122, PEEL, "responding-to-public",
             "The force should make sure that supervisors in the control room review the grading of "
             "incidents where attendance is delayed, and that callers are told when to expect a "
             "response.", False),
    ],
    coc=[stmt(F, P2122, PEEL, "responding-to-public",
              "The force is not answering emergency and non-emergency calls quickly enough, and it does "
              "not always identify and assess the risk to vulnerable callers at the first point of "
              "contact.", True)],
    people=[
        person("Gareth Pellow", "inspector", HF, "His Majesty" + APOS + "s Inspector of Constabulary"),
        person("Harriet Trevenna", "chief-constable", F, "Chief Constable"),
        person("Alun Pascoe", "commissioner", F,
               "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    ],
    notes=[
        "Genre: no genre fits an inspectorate's letter; response-record is the closest (the letter "
        "records the force's response to a cause of concern and its recommendations).",
        "The letter is dated March 2024 and published 26 March 2024; the inspection it follows up is "
        "PEEL 2021/22 ('our 2021/22 PEEL inspection report'). The four grades in the Background section "
        "are 2021/22 judgements.",
        "has_force_update: the paragraph 'Progress against the cause of concern' and the 'What we found' "
        "paragraphs report what the force has done (the force's progress, as assessed by the HMI), so "
        "they count as the force's update. Recommendation 3 was 'not assessed during the revisit': false.",
        "'eleven areas for improvement' is a count with no text: nothing. 'His Majesty's Chief "
        "Inspector of Constabulary' is unnamed: not a person. Devon and Somerset Fire and Rescue "
        "Service is not a police force.",
        "The HMI's title is taken from the Letter information block (name, then title); the second "
        "title line (Fire & Rescue Services) is left out.",
    ]))

# ne02 -- Chief Constable's s55(4) comments letter to the PCC (DOCX), Leicestershire, Eff 2016
F = "Leicestershire Police"
PASS = ["Derbyshire Constabulary", "Nottinghamshire Police", "Northamptonshire Police", "Lincolnshire Police"]
GOLDS.append(gold(
    "ne02.docx", "response-record", [F] + PASS, [H],
    [insp(F, "2016", EFF, H), insp(F, "2015", EFF, None)],
    [jd(F, "2016", EFF, None, RI),
     jd(F, "2016", EFF, "preventing-crime", G),
     jd(F, "2016", EFF, "serious-organised-crime", G),
     jd(F, "2016", EFF, "investigating-crime", RI),
     jd(F, "2016", EFF, "protecting-vulnerable", RI),
     jd(F, "2015", EFF, None, RI)],
    afis=[
        stmt(F, "2016", EFF, "investigating-crime",
             "The force should improve the quality and supervision of its investigations, so that all "
             "reasonable lines of enquiry are followed.", True),
        stmt(F, "2016", EFF, "investigating-crime",
             "The force should ensure that it has enough trained detectives to investigate serious and "
             "complex crime.", True),
        stmt(F, "2016", EFF, "protecting-vulnerable",
             "The force should ensure that officers attending domestic abuse incidents complete risk "
             "assessments to a consistent standard and that these are reviewed promptly.", True),
        stmt(F, "2016", EFF, "preventing-crime",
             "The force should evaluate its neighbourhood problem-solving work and share what works "
             "across the force.", False),
    ],
    people=[
        person("Rupert Ashcombe", "commissioner", F, "Police and Crime Commissioner for Leicestershire"),
        person("Priya Landsdowne", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Marcus Ellery", "chief-constable", F, "Chief Constable"),
        person("Helen Marchbank", "inspector", H, "HM Inspector of Constabulary"),
    ],
    notes=[
        "A Chief Constable's letter to the PCC giving the comments a PCC must invite under section "
        "55(4) before responding: genre response-record.",
        "'In the 2015 effectiveness inspection the force was also judged to require improvement' gives "
        "a 2015 Effectiveness judgement (grade word stated). The document does not say which "
        "inspectorate made it, so that inspection's inspectorate is null; the 2016 one is HMIC's.",
        "Specialist capabilities: 'HMIC did not grade' -> nothing. 'good deal' is a distractor.",
        "The AFI table has the AFI in column 2 and the force comment in column 3; E16-04's comment is "
        "'\u2013', so has_force_update is false. 'eight areas for improvement' is a count; only the four "
        "quoted ones are facts.",
        "The four East Midlands forces are named only as EMSOU partners: in forces, no inspection. "
        "Assistant Chief Constable Tom Gravell is not a person fact; the DCC is (qualifier deputy).",
        "The Word page header ('OFFICIAL') and footer are not part of the visible body.",
    ]))

# ne03 -- HMICFRS engage letter (HTML), Lincolnshire, 2023-25 causes of concern -------------
F = "Lincolnshire Police"
GOLDS.append(gold(
    "ne03.html", "response-record", [F], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    [jd(F, P2122, PEEL, "responding-to-public", G),
     jd(F, P2122, PEEL, "managing-offenders", A)],
    recs=[
        stmt(F, P2325, PEEL, "responding-to-public",
             "To address this cause of concern, we recommend that within three months the force should: "
             "review how it grades and allocates incidents, so that the grade reflects the risk to the "
             "caller; and make sure that supervisors actively manage incidents that have not been "
             "attended within the target time.", False),
        stmt(F, P2325, PEEL, "investigating-crime",
             "We recommend that within six months the force should make sure that every investigation "
             "has a documented plan that is reviewed by a supervisor at regular intervals.", False),
    ],
    coc=[
        stmt(F, P2325, PEEL, "responding-to-public",
             "The force is not attending calls for service within its own published attendance times, and "
             "some victims, including vulnerable victims, wait too long for officers to arrive.", False),
        stmt(F, P2325, PEEL, "investigating-crime",
             "The force does not allocate, supervise and carry out investigations well enough, and "
             "victims do not always get the support they need.", False),
        stmt(F, P2325, PEEL, "managing-offenders",
             "The force does not have enough capacity or capability to manage the risk posed by the "
             "registered sex offenders living in Lincolnshire.", False),
        stmt(F, P2325, PEEL, "leadership-management",
             "The force does not understand the demand it faces well enough to plan its workforce and its "
             "budget.", False),
        stmt(F, P2325, PEEL, "leadership-management",
             "The force does not have adequate strategic plans in place to show how it will deliver its "
             "priorities within the resources available to it.", False),
    ],
    people=[
        person("Rowan Ashdown", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Daniel Kettleby", "chief-constable", F, "Chief Constable"),
        person("Marion Stowe", "commissioner", F, "Police and Crime Commissioner for Lincolnshire"),
    ],
    notes=[
        "The causes of concern come from the PEEL 2023-25 fieldwork ('our PEEL 2023\u201325 inspection'), "
        "so they and their recommendations have period 2023-25; the 2023-25 grades are not given "
        "('will be published in the PEEL report'). The 2021/22 grades (good, adequate) are stated.",
        "The first recommendation is a lead-in followed by two bullets: one statement with the bullets "
        "joined. Causes 3-5 have no recommendations in the letter.",
        "'Understanding demand' and 'Strategic planning' map to leadership-management (leadership and "
        "force management).",
        "No force update is given: the force is asked for an improvement plan by 31 January 2025.",
        "The footer's list of all five grade words gives no judgement. 'His Majesty's Chief Inspector' "
        "is unnamed. 'CBE' is a post-nominal, left out of the name.",
    ]))

# ne04 -- HMIC letter closing a 2016 cause of concern (TXT), West Midlands, Eff 2016 ---------
F = "West Midlands Police"
GOLDS.append(gold(
    "ne04.txt", "response-record", [F, "Staffordshire Police"], [H],
    [insp(F, "2016", EFF, H), insp(F, "2015", EFF, H)],
    [jd(F, "2016", EFF, None, G),
     jd(F, "2016", EFF, "preventing-crime", G),
     jd(F, "2016", EFF, "investigating-crime", G),
     jd(F, "2016", EFF, "serious-organised-crime", G),
     jd(F, "2016", EFF, "protecting-vulnerable", RI),
     jd(F, "2015", EFF, "protecting-vulnerable", RI)],
    afis=[stmt(F, "2016", EFF, "protecting-vulnerable",
               "The force should ensure that all officers and staff understand the signs of child sexual "
               "exploitation and know how to report them.", True)],
    recs=[stmt(F, "2016", EFF, "protecting-vulnerable",
               "To address this cause of concern, HMIC recommended that the force should immediately: make "
               "sure that call takers use the missing and absent categories correctly; give call takers "
               "and frontline officers the knowledge they need to recognise the warning signs of child "
               "sexual exploitation; and make sure that supervisors oversee missing person enquiries and "
               "direct safeguarding action without delay.", True)],
    coc=[stmt(F, "2016", EFF, "protecting-vulnerable",
              "The force's response to children who go missing from home is a cause of concern. Some "
              "reports are wrongly classified as absent rather than missing, risk is not always assessed "
              "at the right level, and information that a child may be at risk of sexual exploitation is "
              "not consistently taken into account.", True)],
    people=[
        person("Anthony Redfern", "chief-constable", F, "Chief Constable"),
        person("Victoria Oakes", "inspector", H, "HM Inspector of Constabulary"),
        person("Declan Horrigan", "commissioner", F, "Police and Crime Commissioner for the West Midlands"),
    ],
    notes=[
        "Letter dated 11 May 2017 (before HMICFRS was formed in July 2017), so HMIC. The inspection is "
        "PEEL effectiveness 2016.",
        "'In our 2015 vulnerability inspection we judged the force to require improvement at protecting "
        "vulnerable people' gives a 2015 Effectiveness judgement for protecting-vulnerable; 'our' in an "
        "HMIC letter makes its inspectorate HMIC.",
        "The cause of concern is two sentences, kept whole. The recommendation is a lead-in with (a)-(c) "
        "sub-items: one statement.",
        "has_force_update: paragraph 6 ('The force's progress') answers the cause of concern and its "
        "recommendation; paragraph 7 gives the force's figures for the AFI. All true.",
        "Specialist capabilities 'not graded': nothing. Staffordshire Police is named in passing. The "
        "Assistant Chief Constable is unnamed. 'good awareness' is a distractor.",
        "The Chief Constable is first named title-first ('Chief Constable Anthony Redfern QPM'), so his "
        "title is 'Chief Constable'; the PCC is named name-first with the full title.",
    ]))

# ne05 -- Chief Constable's message to staff (MD), North Wales, PEEL 2018/19 ---------------
F = "North Wales Police"
GOLDS.append(gold(
    "ne05.md", "press-release", [F, "Dyfed-Powys Police", "Gwent Police"], [HF],
    [insp(F, P1819, PEEL, HF)],
    [jd(F, P1819, PEEL, None, G),
     jd(F, P1819, PEEL, "planning-future", O)],
    afis=[
        stmt(F, P1819, PEEL, "protecting-vulnerable",
             "The force should improve how it shares information with partner agencies about children who "
             "are at risk of exploitation.", True),
        stmt(F, P1819, PEEL, "investigating-crime",
             "The force should make sure that it has enough trained investigators to meet demand in its "
             "public protection units.", True),
        stmt(F, P1819, PEEL, "ethical-lawful-workforce",
             "The force should make sure that its counter-corruption unit has the capacity to act on all "
             "the intelligence it receives.", True),
        stmt(F, P1819, PEEL, "fair-treatment-workforce",
             "The force should make sure that supervisors hold regular and meaningful wellbeing "
             "conversations with the people in their teams.", False),
    ],
    people=[
        person("Owain Bevan-Hughes", "chief-constable", F, "Chief Constable"),
        person("Joanne Lathbury", "inspector", HF, "Her Majesty's Inspector of Constabulary"),
        person("Ffion Madoc", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Iwan Pritchard-Rees", "commissioner", F, "Police and Crime Commissioner"),
    ],
    also={"judgements": [
        jd(F, P1819, EFF, None, G),
        jd(F, P1819, EFI, None, O),
        jd(F, P1819, LEG, None, G),
    ]},
    notes=[
        "A chief constable's letter to staff; no genre fits, press-release is the closest (an "
        "announcement of the result). Unsure.",
        "2018/19 follows dev12: the overall 'good force' and the question grade ('how well we plan for "
        "the future ... outstanding' -> planning-future) have pillar PEEL; the three pillar grades "
        "(good, outstanding, good) are in also_acceptable.",
        "The AFIs have no explicit section; keys chosen by subject. The first three have an 'On the "
        "first/second/third' paragraph giving the force's action; the fourth is deferred ('I will write "
        "to you separately'): false.",
        "'one of only a handful of forces to receive that grade' names no other force. Dyfed-Powys and "
        "Gwent are named in passing. 'good practice' is a distractor. The HMI's title comes before the "
        "name ('Her Majesty's Inspector of Constabulary, Joanne Lathbury'). The PCC's title is taken "
        "without 'Our'.",
    ]))

# ne06 -- PCC's letter to HMCI (DOCX), Warwickshire, Legitimacy 2017 ------------------------
F = "Warwickshire Police"
WM = "West Mercia Police"
GOLDS.append(gold(
    "ne06.docx", "response-record", [F, WM], [HF, H],
    [insp(F, "2017", LEG, HF), insp(F, "2016", LEG, H)],
    [jd(F, "2017", LEG, None, RI),
     jd(F, "2017", LEG, "fair-treatment-public", G),
     jd(F, "2017", LEG, "ethical-lawful-workforce", RI),
     jd(F, "2017", LEG, "fair-treatment-workforce", RI),
     jd(F, "2016", LEG, None, G)],
    afis=[
        stmt(F, "2017", LEG, "ethical-lawful-workforce",
             "The force should ensure that it has the capacity and capability to identify and act on "
             "intelligence about officers and staff who may abuse their position for a sexual purpose.", True),
        stmt(F, "2017", LEG, "ethical-lawful-workforce",
             "The force should ensure that all officers and staff are vetted to the level required by "
             "national guidance.", True),
        stmt(F, "2017", LEG, "fair-treatment-workforce",
             "The force should improve the way it identifies and supports officers and staff who are "
             "experiencing stress or trauma.", False),
    ],
    people=[
        person("Thomas Winsor", "inspector", HF, "HM Chief Inspector of Constabulary"),
        person("Philippa Hartigan", "commissioner", F, "Police and Crime Commissioner for Warwickshire"),
        person("Graham Ashworth-Vale", "chief-constable", F, "Chief Constable"),
    ],
    also={"inspections": [insp(WM, "2017", LEG, HF)],
          "judgements": [jd(WM, "2017", LEG, None, RI)]},
    notes=[
        "A PCC's section 55 response written as a letter to HM Chief Inspector: response-record.",
        "'having been judged good by HMIC in 2016' gives the 2016 Legitimacy judgement, inspectorate "
        "HMIC (named). The 2017 inspection is HMICFRS's (named).",
        "'West Mercia Police received the same overall grade' names no grade word for West Mercia, so, "
        "like 'same grade as last year', its 2017 requires-improvement grade is in also_acceptable only.",
        "The AFI table's second column is the Chief Constable's progress; 'Update to follow.' is no "
        "update (false).",
        "Sir Thomas Winsor is the addressee, named name-first: title 'HM Chief Inspector of "
        "Constabulary', 'Sir' dropped. The Home Secretary is not a person fact. The Word header and "
        "footer are not body text.",
    ]))

# ne07 -- Police and crime panel chair's letter to the PCC (PDF), Gloucestershire, 2021/22 --
F = "Gloucestershire Constabulary"
GOLDS.append(gold(
    "ne07.pdf", "response-record", [F, "Wiltshire Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    [jd(F, P2122, PEEL, "crime-recording", I),
     jd(F, P2122, PEEL, "leadership-management", I),
     jd(F, P2122, PEEL, "responding-to-public", RI),
     jd(F, P2122, PEEL, "investigating-crime", RI),
     jd(F, P2122, PEEL, "protecting-vulnerable", RI),
     jd(F, P2122, PEEL, "preventing-crime", A),
     jd(F, P2122, PEEL, "treatment-of-public", A),
     jd(F, P2122, PEEL, "managing-offenders", G)],
    coc=[
        stmt(F, P2122, PEEL, "responding-to-public",
             "The constabulary is not answering calls from the public quickly enough, and it does not "
             "always assess the risk to callers properly when they first make contact.", True),
        stmt(F, P2122, PEEL, "crime-recording",
             "The constabulary does not record crime accurately enough, and too many reports of violent and "
             "sexual offences are not recorded as crimes when they should be.", False),
    ],
    people=[
        person("Callum Deverill", "commissioner", F, "Police and Crime Commissioner for Gloucestershire"),
        person("Rhodri Penhallow", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "A panel chair's letter to the PCC: genre response-record (closest). The Panel's own two "
        "recommendations to the Commissioner are not PEEL recommendations and give nothing.",
        "'making good use of its resources' is the 2021/22 area 'good use of resources' -> "
        "leadership-management, graded inadequate; its 'good' is not a grade. 'recording data about "
        "crime' -> crime-recording. 'in its treatment of the public' -> treatment-of-public.",
        "'five causes of concern' is a count; only the two quoted are facts. The first is followed by "
        "the Chief Constable's figures given to the Panel (true); for the second the Panel 'was not "
        "given an update' (false).",
        "The Chair of the Panel is not a commissioner, chief constable or inspector: not a person fact. "
        "The HMI in the cc line is unnamed. Wiltshire Police is named in passing.",
    ]))

# ne08 -- PCC website post with letter to the Home Secretary (HTML), Surrey, Eff 2015 --------
F = "Surrey Police"
GOLDS.append(gold(
    "ne08.html", "response-record", [F, "Sussex Police"], [H],
    [insp(F, "2015", EFF, H), insp(F, "2015", EFI, H)],
    [jd(F, "2015", EFF, "protecting-vulnerable", I),
     jd(F, "2015", EFI, "using-resources", G)],
    recs=[stmt(F, "2015", EFF, "protecting-vulnerable",
               "HMIC recommended that the force should, within three months: make sure that every victim "
               "of domestic abuse receives a risk assessment from a trained officer at the first contact; "
               "review how high-risk cases are referred to the multi-agency risk assessment conference; "
               "and put in place proper supervision of domestic abuse investigations.", True)],
    coc=[stmt(F, "2015", EFF, "protecting-vulnerable",
              "The force does not assess and manage the risk to victims of domestic abuse well enough, and "
              "in too many cases officers do not take positive action or make sure that victims are "
              "safeguarded.", True)],
    people=[
        person("Keith Harcombe", "commissioner", F, "Police and Crime Commissioner"),
        person("Colin Ravensdale", "chief-constable", F, "Acting Chief Constable", "acting"),
        person("Roger Milburn", "inspector", H, "HM Inspector of Constabulary"),
    ],
    notes=[
        "PEEL: Police effectiveness 2015 (vulnerability): 'inadequate at protecting from harm those who "
        "are vulnerable, and supporting victims' -> Effectiveness 2015, protecting-vulnerable. No overall "
        "effectiveness grade is given.",
        "'HMIC's efficiency inspection published last autumn, which judged the force to be good at using "
        "its resources' (letter of January 2016) -> Efficiency 2015, using-resources, Good. The period is "
        "inferred from 'last autumn'.",
        "The recommendation is a lead-in with three bullets: one statement. The Acting Chief Constable's "
        "actions 'on these points' are the force's update for both the cause of concern and the "
        "recommendation.",
        "Titles: 'Surrey's Police and Crime Commissioner, Keith Harcombe' -> 'Police and Crime "
        "Commissioner'; 'The Acting Chief Constable, Colin Ravensdale' -> 'Acting Chief Constable'. "
        "Sussex Police is named in passing. Theresa May is the addressee and not a person fact.",
    ]))

# ne09 -- PCC's letter to the HMI (TXT, cp1252, CRLF), Norfolk, PEEL 2014 -------------------
F = "Norfolk Constabulary"
S = "Suffolk Constabulary"
GOLDS.append(gold(
    "ne09.txt", "response-record", [F, S], [H], 
    [insp(F, "2014", EFF, H), insp(F, "2014", EFI, H), insp(S, "2014", EFI, H)],
    [jd(F, "2014", EFF, None, G),
     jd(F, "2014", EFI, None, G),
     jd(S, "2014", EFI, None, G)],
    afis=[
        stmt(F, "2014", EFF, "preventing-crime",
             "The constabulary should make better use of its crime analysis to direct patrols to the places "
             "and times where victims are most at risk.", True),
        stmt(F, "2014", EFF, "investigating-crime",
             "The constabulary should improve the quality of the initial investigation carried out by "
             "response officers, so that evidence is secured at the first opportunity.", False),
    ],
    people=[
        person("Elaine Castleford", "inspector", H, "HM Inspector of Constabulary"),
        person("Jonathan Wexham", "chief-constable", F, "Chief Constable"),
        person("Graham Tilney", "commissioner", F, "Police and Crime Commissioner for Norfolk"),
    ],
    encoding="cp1252",
    also={"judgements": [
        jd(F, "2014", EFF, "preventing-crime", G),
        jd(F, "2014", EFF, "investigating-crime", G),
    ]},
    notes=[
        "cp1252 with CRLF line endings (en dashes and a pound sign).",
        "PEEL 2014: 'good at cutting crime' is the 2014 effectiveness judgement (HMIC's 2014 question "
        "'How effective is the force at cutting crime?') -> Effectiveness 2014, question null; 'good in "
        "its efficiency' -> Efficiency 2014. Suffolk 'also judged good for efficiency this year' -> "
        "Suffolk Efficiency 2014, with its own inspection.",
        "The 2014 sub-questions ('reducing crime and preventing offending', 'investigating offending') "
        "do not match the 2015-17 keys exactly, so their grades are in also_acceptable only. Anti-social "
        "behaviour has no grade word. The crime data integrity inspection gives nothing.",
        "AFI keys follow their subject. The first AFI is followed by the Chief Constable's action (true); "
        "for the second the PCC has 'not yet received the Chief Constable's plan' (false).",
        "The HMI is addressed name-first ('HM Inspector of Constabulary \u2013 Eastern Region'); the "
        "region is left out of the title. The Chief Constable is first named as 'the Chief Constable, "
        "Jonathan Wexham'. The Home Secretary is not a person fact.",
    ]))

# ne10 -- HMICFRS letter closing engage (MD), Cleveland, 2018/19 causes of concern ------------
F = "Cleveland Police"
GOLDS.append(gold(
    "ne10.md", "response-record", [F, "Durham Constabulary"], [HF],
    [insp(F, P1819, PEEL, HF), insp(F, P2122, PEEL, HF)],
    [jd(F, P1819, PEEL, "protecting-vulnerable", I),
     jd(F, P1819, PEEL, "planning-future", I),
     jd(F, P2122, PEEL, "preventing-crime", A)],
    coc=[
        stmt(F, P1819, PEEL, "preventing-crime",
             "The force does not give enough priority to preventing crime and anti-social behaviour. It "
             "lacks a clear strategy for prevention, and the officers and staff who carry out prevention "
             "work do not understand which problems they should be tackling.", True),
        stmt(F, P1819, PEEL, "understanding-demand",
             "The force does not understand the demand it faces well enough. Without that understanding it "
             "cannot produce coherent workforce and financial plans.", True),
        stmt(F, P1819, PEEL, "fair-treatment-public",
             "The force does not engage well enough with the communities it serves, so public expectations "
             "have little influence on its priorities.", True),
    ],
    people=[
        person("Alasdair Brennand", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Mark Helsby", "chief-constable", F, "Chief Constable"),
        person("Gareth Tindale", "commissioner", F, "Cleveland Police and Crime Commissioner"),
    ],
    also={"judgements": [
        jd(F, P1819, EFF, None, I),
        jd(F, P1819, EFI, None, I),
        jd(F, P1819, LEG, None, I),
    ]},
    notes=[
        "Letter of September 2023 about the causes of concern from PEEL 2018/19. The pillar grades "
        "('inadequate for effectiveness, efficiency and legitimacy') are in also_acceptable, following "
        "dev12; no overall 2018/19 grade is stated. 'inadequate at protecting vulnerable people and at "
        "planning for the future' gives two question grades with pillar PEEL.",
        "'In our 2021/22 PEEL inspection we graded the force as adequate at preventing crime' gives a "
        "2021/22 judgement.",
        "'six causes of concern ... Three of them were closed in 2022' is a count: only the three quoted "
        "are facts. Each has a 'Progress:' paragraph (true), including the one that stays open.",
        "Keys: prevention -> preventing-crime; demand -> understanding-demand; community engagement -> "
        "fair-treatment-public (2018/19 keys, as dev12). Durham Constabulary is named in passing.",
        "The Letter information table gives 'name, title': the PCC's title is 'Cleveland Police and "
        "Crime Commissioner' as written.",
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
